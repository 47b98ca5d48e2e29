/**
 * `npm run data`: build data/coalition.json and data/coalition.schema.json from the sources and
 * the curation, check the default story (data/story.json) against the result, then print the
 * quality report. `npm run data -- --check` builds in memory and
 * fails when the committed files are stale (CI and the tests use it).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, serialise } from '../src/lib/pipeline/build.ts';
import { readInputs, readText, writeText } from '../src/node/pipeline-io.ts';
import { BuildError } from '../src/lib/pipeline/issues.ts';
import { datasetJsonSchema } from '../src/lib/pipeline/json-schema.ts';
import { qualityReport } from '../src/lib/pipeline/report.ts';
import { staleMessage, staleOutputs } from '../src/lib/pipeline/stale.ts';
import { computeLayout } from '../src/lib/graph/layout.ts';
import { layoutFile } from '../src/lib/graph/layout-cache.ts';
import { parseStory } from '../src/lib/story/story.ts';

/** `--root=DIR` builds another copy of the project's data/ folder (the importer's test uses it). */
const rootArg = process.argv.find((a) => a.startsWith('--root='));
const root = rootArg
  ? resolve(rootArg.slice('--root='.length))
  : join(dirname(fileURLToPath(import.meta.url)), '..');
const outputs = {
  data: 'data/coalition.json',
  schema: 'data/coalition.schema.json',
  // A cache of the deterministic layout, so the app's first frame does not wait for it.
  layout: 'data/layout.json',
};
/** The default story; `--story=PATH` checks another file instead (the tests use it). */
const storyArg = process.argv.find((a) => a.startsWith('--story='));
const storyFile = storyArg ? storyArg.slice('--story='.length) : 'data/story.json';

function main(): number {
  const check = process.argv.includes('--check');
  let data: string;
  let schema: string;
  let report: string;
  let layout: string;
  try {
    const dataset = buildDataset(readInputs(root));
    data = serialise(dataset);
    schema = serialise(datasetJsonSchema());
    report = qualityReport(dataset);
    layout = `${JSON.stringify(layoutFile(dataset, computeLayout(dataset)))}\n`;
    // The story quotes the documents and names nodes: a dataset change can break it.
    const storyText = readText(resolve(root, storyFile));
    if (storyText === null) {
      console.error(`${storyFile} is missing: the app needs its default story.`);
      return 1;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(storyText);
    } catch (e) {
      console.error(`${storyFile} is not valid JSON: ${(e as Error).message}`);
      return 1;
    }
    const story = parseStory(raw, dataset);
    if (story.errors.length > 0) {
      console.error(`${storyFile} does not fit the dataset:`);
      for (const e of story.errors) console.error(`  ${e}`);
      return 1;
    }
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
    const fresh = { [outputs.data]: data, [outputs.schema]: schema, [outputs.layout]: layout };
    const stale = staleOutputs(fresh, (path) => readText(join(root, path)));
    if (stale.length > 0) {
      console.error(staleMessage(stale));
      return 1;
    }
    console.log(`${Object.values(outputs).join(', ')} are up to date.`);
    return 0;
  }
  writeText(join(root, outputs.data), data);
  writeText(join(root, outputs.schema), schema);
  writeText(join(root, outputs.layout), layout);
  console.log(`Wrote ${Object.values(outputs).join(', ')}.\n`);
  console.log(report);
  return 0;
}

process.exitCode = main();
