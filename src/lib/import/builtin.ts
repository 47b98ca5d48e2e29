/**
 * The built-in map's inputs in the page: the five documents and the curation files, bundled as
 * they are on disk (a chunk of its own, loaded only when letters are added to the built-in map,
 * never with the explorer). Building them gives
 * data/coalition.json byte for byte; a test checks it.
 */
import type { BuildInput } from '../pipeline/build.ts';
import actors from '../../../data/curation/actors.json';
import about from '../../../data/curation/dataset.json';
import signatories from '../../../data/curation/signatories.json';
import sources from '../../../data/sources/sources.json';

const texts = import.meta.glob<string>('../../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** A fresh copy each time: the importer adds to it. */
export function builtinInput(): BuildInput {
  const byName = new Map(
    Object.entries(texts).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
  );
  return {
    sources: structuredClone(sources),
    texts: new Map([...byName].sort(([a], [b]) => (a < b ? -1 : 1))),
    signatories: structuredClone(signatories),
    actors: structuredClone(actors),
    about: structuredClone(about),
  };
}
