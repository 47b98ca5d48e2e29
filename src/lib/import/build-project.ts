/**
 * Build the map of an import: the base plus its letters through the pipeline's own
 * `buildDataset`, so the page shows what `npm run data` would write. A failed build keeps the
 * work and says every reason, as the command line does.
 */
import { buildDataset, type BuildInput } from '../pipeline/build.ts';
import { BuildError } from '../pipeline/issues.ts';
import type { Dataset } from '../types.ts';
import { assemble } from './assemble.ts';
import type { ImportProject } from './project.ts';

/** The built dataset, or the build's messages; the assembled input either way. */
export type ProjectBuild = { input: BuildInput } & ({ dataset: Dataset } | { errors: string[] });

/** `buildProject(builtinInput(), project)` → the merged dataset, or why it cannot be built. */
export function buildProject(base: BuildInput, project: ImportProject): ProjectBuild {
  const input = assemble(base, project);
  try {
    return { input, dataset: buildDataset(input) };
  } catch (error) {
    if (error instanceof BuildError) return { input, errors: error.errors };
    throw error;
  }
}
