/**
 * `npm run data`: build data/coalition.json and data/coalition.schema.json from the sources and
 * the curation, then print the quality report. `npm run data -- --check` builds in memory and
 * fails when the committed files are stale (CI and the tests use it).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, serialise } from '../src/lib/pipeline/build.ts';
import { readInputs, readText, writeText } from '../src/lib/pipeline/io.ts';
import { BuildError } from '../src/lib/pipeline/issues.ts';
import { datasetJsonSchema } from '../src/lib/pipeline/json-schema.ts';
import { qualityReport } from '../src/lib/pipeline/report.ts';
import { staleMessage, staleOutputs } from '../src/lib/pipeline/stale.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputs = { data: 'data/coalition.json', schema: 'data/coalition.schema.json' };

function main(): number {
  const check = process.argv.includes('--check');
  let data: string;
  let schema: string;
  let report: string;
  try {
    const dataset = buildDataset(readInputs(root));
    data = serialise(dataset);
    schema = serialise(datasetJsonSchema());
    report = qualityReport(dataset);
  } catch (error) {
    if (error instanceof BuildError) {
      console.error(error.message);
      console.error(
        'Fix the entries above (data/curation/README.md describes the format), then run npm run data again.',
      );
      return 1;
    }
    throw error;
  }
  if (check) {
    const fresh = { [outputs.data]: data, [outputs.schema]: schema };
    const stale = staleOutputs(fresh, (path) => readText(join(root, path)));
    if (stale.length > 0) {
      console.error(staleMessage(stale));
      return 1;
    }
    console.log(`${outputs.data} and ${outputs.schema} are up to date.`);
    return 0;
  }
  writeText(join(root, outputs.data), data);
  writeText(join(root, outputs.schema), schema);
  console.log(`Wrote ${outputs.data} and ${outputs.schema}.\n`);
  console.log(report);
  return 0;
}

process.exitCode = main();
