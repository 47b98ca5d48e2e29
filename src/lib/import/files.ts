/**
 * The pipeline's input as the files `npm run data` reads: `sources/` (sources.json and every
 * text, byte for byte) and `curation/` (signatories.json, actors.json, letters.json and each
 * letter's list). Unzipped over `data/`, they rebuild the same dataset.
 */
import { serialise, type BuildInput } from '../pipeline/build.ts';

/** One file: its path under `data/` and its exact text. */
export interface InputFile {
  path: string;
  text: string;
}

/** `inputFiles(assemble(base, project))` → the files, in a stable order. */
export function inputFiles(input: BuildInput): InputFile[] {
  const files: InputFile[] = [{ path: 'sources/sources.json', text: serialise(input.sources) }];
  for (const [name, text] of [...input.texts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (text !== undefined) files.push({ path: `sources/${name}`, text });
  }
  if (input.signatories !== undefined)
    files.push({ path: 'curation/signatories.json', text: serialise(input.signatories) });
  files.push({ path: 'curation/actors.json', text: serialise(input.actors) });
  if (input.about !== undefined)
    files.push({ path: 'curation/dataset.json', text: serialise(input.about) });
  if (input.letters !== undefined) {
    files.push({ path: 'curation/letters.json', text: serialise(input.letters) });
    for (const [name, raw] of input.lists ?? [])
      files.push({ path: `curation/${name}`, text: serialise(raw) });
  }
  return files;
}
