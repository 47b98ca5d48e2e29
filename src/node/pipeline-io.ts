/**
 * The pipeline's only file access: read the inputs, write the outputs. Everything else is pure.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FILES, type BuildInput } from '../lib/pipeline/build.ts';
import { BuildError } from '../lib/pipeline/issues.ts';

/** Parsed JSON, or undefined when the file does not exist; invalid JSON throws with the file name. */
export function readJson(path: string, label = path): unknown {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BuildError([`${label}: not valid JSON (${reason})`], { cause: error });
  }
}

/** Read sources.json, every .txt beside it, and the curation files under `root`. */
export function readInputs(root: string): BuildInput {
  const files = DEFAULT_FILES;
  const dir = join(root, files.sourcesDir);
  const texts = new Map<string, string>();
  // Byte for byte: read as UTF-8 and keep everything, BOM and line ends included.
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    texts.set(name, readFileSync(join(dir, name), 'utf8'));
  }
  return {
    sources: readJson(join(root, files.sources), files.sources),
    texts,
    signatories: readJson(join(root, files.signatories), files.signatories),
    actors: readJson(join(root, files.actors), files.actors),
    about: readJson(join(root, files.about), files.about),
    files,
  };
}

/** The text of a file, or null when it does not exist. */
export function readText(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** Write text as UTF-8. */
export function writeText(path: string, text: string): void {
  writeFileSync(path, text, 'utf8');
}
