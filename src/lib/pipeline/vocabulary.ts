/**
 * Curation vocabulary that the data contract leaves open: the allowed tags (data/curation/README.md).
 * A tag outside this list stops the build, so facets stay few and spelled one way.
 */
export const TAGS = [
  'uyghur-solidarity',
  'tibet',
  'hong-kong',
  'vietnam',
  'burma',
  'china-democracy',
  'korea',
  'lgbti',
  'women',
  'youth',
  'students',
  'christian',
  'jewish',
  'muslim',
  'buddhist',
  'kazakh',
  'africa',
  'lawyers',
  'business',
  'atrocity-prevention',
  'torture',
  'media',
  'research',
] as const;
/** One allowed tag. */
export type Tag = (typeof TAGS)[number];

/** The letter whose printed list the pipeline parses, and the coalition node its signers sign. */
export const LETTER = { doc: 'open-letter', node: 'open-letter-2022-03-08' } as const;
