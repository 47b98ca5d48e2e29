/**
 * `npm run data -- --check`, as CI runs it: exit code and message on the committed data.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('scripts/build-data.ts --check', () => {
  it('exits 0 and says the committed files are up to date', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-data.ts', '--check'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      'data/coalition.json, data/coalition.schema.json, data/layout.json are up to date.\n',
    );
    expect(run.status).toBe(0);
  }, 30_000);

  it('stops with the step and the reason when the story no longer fits the dataset', () => {
    const story = JSON.parse(readFileSync(join(root, 'data/story.json'), 'utf8'));
    const first = story.steps[0];
    first.view.highlight = [...first.view.highlight, 'no-such-node'];
    const path = join(mkdtempSync(join(tmpdir(), 'story-')), 'story.json');
    writeFileSync(path, JSON.stringify(story));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-data.ts', '--check', `--story=${path}`],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.stderr).toBe(
      `${path} does not fit the dataset:\n  step "${first.id}": node "no-such-node" is not in the dataset\n`,
    );
    expect(run.status).toBe(1);
  }, 30_000);
});
