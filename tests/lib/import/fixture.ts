/**
 * The import fixtures (tests/fixtures/import/README.md) and a project built from them the way
 * the page builds one: each letter drafted against the map as it stood before it.
 */
import { readFileSync } from 'node:fs';
import { buildProject } from '../../../src/lib/import/build-project.ts';
import { knownIndex } from '../../../src/lib/import/drafts.ts';
import { createLetter, letterIds, proposeMeta } from '../../../src/lib/import/letter.ts';
import { emptyProject, type ImportProject } from '../../../src/lib/import/project.ts';
import { buildDataset, serialise, type BuildInput } from '../../../src/lib/pipeline/build.ts';
import { datasetInput } from '../../../src/lib/import/reverse.ts';
import { readInputs } from '../../../src/node/pipeline-io.ts';
import type { Dataset } from '../../../src/lib/types.ts';

const dir = new URL('../../fixtures/import/', import.meta.url);
/** A fixture file's text. */
export const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8');
/** The project root, whose data/ is the built-in map. */
export const root = new URL('../../../', import.meta.url).pathname;

/** The built-in map's inputs as `npm run data` reads them. */
export const builtin = (): BuildInput => readInputs(root);

/** Add one letter (drafted against the current map) and rebuild. */
export function addLetter(
  base: BuildInput,
  project: ImportProject,
  text: string,
  originalFile: string,
  publisher = 'Fixture publisher',
): { project: ImportProject; dataset: Dataset } {
  const before = project.letters.length === 0 ? null : buildProject(base, project);
  const nodes = before && 'dataset' in before ? before.dataset.nodes : baseNodes(base);
  const meta = { ...proposeMeta(text, originalFile), publisher };
  const input = before?.input ?? base;
  const taken = {
    docs: new Set(((input.sources as { id: string }[]) ?? []).map((s) => s.id)),
    nodes: new Set(nodes.map((n) => n.id)),
    files: new Set(input.texts.keys()),
  };
  const letter = createLetter(text, meta, letterIds(meta, taken), knownIndex(nodes));
  const next = { ...project, letters: [...project.letters, letter] };
  const built = buildProject(base, next);
  if (!('dataset' in built)) throw new Error(built.errors.join('\n'));
  return { project: next, dataset: built.dataset };
}

let committed: Dataset | null = null;
/** The nodes a first letter is drafted against: the built-in map's, an opened map's, or none. */
function baseNodes(base: BuildInput): Dataset['nodes'] {
  if (base.signatories === undefined)
    return (base.sources as unknown[]).length === 0 ? [] : buildDataset(base).nodes;
  committed ??= JSON.parse(fixture('../../../data/coalition.json')) as Dataset;
  return committed.nodes;
}

/** Letters A then B on the built-in map. */
export function twoLetters(): { base: BuildInput; project: ImportProject; dataset: Dataset } {
  const base = builtin();
  const a = addLetter(base, emptyProject('builtin'), fixture('letter-a.txt'), 'letter-a.txt');
  const b = addLetter(base, a.project, fixture('letter-b.md'), 'letter-b.md');
  return { base, ...b };
}

/** The built-in map with letter A, as "Download dataset (.json)" writes it: a map to open. */
export function withLetterA(): Dataset {
  const a = addLetter(builtin(), emptyProject('builtin'), fixture('letter-a.txt'), 'letter-a.txt');
  return JSON.parse(serialise(a.dataset)) as Dataset;
}

/** Letter B added to the opened map of letter A (rebuilt from it by `datasetInput`). */
export function letterBOnOpened(): { base: BuildInput; project: ImportProject; dataset: Dataset } {
  const base = datasetInput(withLetterA());
  const project = emptyProject({ title: 'The map with letter A', key: 'fixture' });
  return { base, ...addLetter(base, project, fixture('letter-b.md'), 'letter-b.md') };
}
