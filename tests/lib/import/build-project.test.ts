import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/lib/import/assemble.ts';
import { builtinInput } from '../../../src/lib/import/builtin.ts';
import { inputFiles } from '../../../src/lib/import/files.ts';
import { zip } from '../../../src/lib/import/zip.ts';
import { buildDataset, serialise } from '../../../src/lib/pipeline/build.ts';
import { fixture, letterBOnOpened, root, twoLetters } from './fixture.ts';

const signersOf = (data: ReturnType<typeof twoLetters>['dataset'], letter: string) =>
  new Set(
    data.links.filter((l) => l.relation === 'signed' && l.target === letter).map((l) => l.source),
  );

describe('the built-in map in the page', () => {
  it('builds data/coalition.json byte for byte from the bundled inputs', () => {
    expect(serialise(buildDataset(builtinInput()))).toBe(fixture('../../../data/coalition.json'));
  });
});

describe('two letters added to the built-in map', () => {
  const { project, dataset } = twoLetters();
  const [a, b] = project.letters;

  it('proposes the lists after "Signed by:" and "Endorsed by", names as printed', () => {
    expect(a!.list.map((i) => i.name)).toEqual([
      'World Uyghur Congress',
      'Amnesty International',
      'Tibet Action Institute',
      'Japan Uyghur Association',
      'Uyghur Academy (Turkey)',
      "Uyghur Women's Network in Sweden",
      'Students for a Free Hong Kong',
      'Nordic Institute for Minority Studies',
      'Bright Harbour Association',
    ]);
    expect(b!.list.length).toBe(7);
    expect([a!.title, a!.date, b!.title, b!.date]).toEqual([
      'Joint statement: the Uyghur region after the UN assessment',
      '2023-06-14',
      'Call for accountability',
      '2024-02-02',
    ]);
  });

  it('makes one node per actor across letters, with a signed link to each letter', () => {
    const signersA = signersOf(dataset, a!.node);
    const signersB = signersOf(dataset, b!.node);
    const march = signersOf(dataset, 'open-letter-2022-03-08');
    const both = [...signersA].filter((id) => signersB.has(id)).sort();
    expect(both).toEqual([
      'amnesty-international',
      'uyghur-women-s-network-in-sweden',
      'world-uyghur-congress',
    ]);
    expect([signersA.size - both.length, signersB.size - both.length]).toEqual([6, 4]);
    expect([...signersA].filter((id) => march.has(id)).length).toBe(4);
    expect([...signersB].filter((id) => march.has(id)).length).toBe(4);
    const wuc = dataset.nodes.find((n) => n.id === 'world-uyghur-congress')!;
    const docs = new Set(wuc.citations.map((c) => c.doc));
    expect(docs.has(a!.doc) && docs.has(b!.doc) && docs.has('open-letter')).toBe(true);
  });

  it("carries a known actor's classification and drafts new ones from their names", () => {
    expect(a!.review['Amnesty International']).toEqual({
      as: 'same',
      id: 'amnesty-international',
      how: 'name',
    });
    const sweden = dataset.nodes.find((n) => n.id === 'uyghur-women-s-network-in-sweden')!;
    expect([sweden.group, sweden.country, sweden.groupProvenance?.basis, sweden.tags]).toEqual([
      'diaspora',
      'SE',
      'name',
      ['women'],
    ]);
    const bright = dataset.nodes.find((n) => n.id === 'bright-harbour-association')!;
    expect([bright.group, bright.country, bright.countryProvenance?.basis]).toEqual([
      null,
      null,
      'curated',
    ]);
    // Letter B drafted against the map with letter A in it: the Swedish network is known there.
    expect(b!.review["Uyghur Women's Network in Sweden"]).toEqual({
      as: 'same',
      id: 'uyghur-women-s-network-in-sweden',
      how: 'name',
    });
  });
});

describe('sources/ and curation/ that npm run data rebuilds byte for byte', () => {
  it.each([
    { name: 'two letters on the built-in map', make: twoLetters },
    {
      name: 'letter B on a map opened from a file (the built-in with letter A)',
      make: letterBOnOpened,
    },
  ])(
    '$name',
    ({ make }) => {
      const dir = mkdtempSync(join(tmpdir(), 'import-'));
      const input = make();
      const files = inputFiles(assemble(input.base, input.project));
      for (const f of files) {
        const path = join(dir, 'data', f.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, f.text);
      }
      copyFileSync(join(root, 'data/story.json'), join(dir, 'data/story.json'));
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/build-data.ts', `--root=${dir}`],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(readFileSync(join(dir, 'data/coalition.json'), 'utf8')).toBe(serialise(input.dataset));
      // The zip holds the same files: unzip lists them.
      writeFileSync(join(dir, 'data.zip'), zip(files));
      const listed = execFileSync('unzip', ['-Z1', join(dir, 'data.zip')], { encoding: 'utf8' });
      expect(listed.trim().split('\n')).toEqual(files.map((f) => f.path));
    },
    60_000,
  );
});
