/**
 * `npm run data -- --check`, as CI runs it: exit code and message on the committed data.
 */
import { spawnSync } from 'node:child_process';
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
});
