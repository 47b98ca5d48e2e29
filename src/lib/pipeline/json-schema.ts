/**
 * `data/coalition.schema.json`, generated from the same valibot schema the app checks with, so
 * outside users validate against exactly the contract the app enforces (the shape half: the
 * semantic rules are in data/README.md and `src/lib/dataset/check.ts`).
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from '../dataset/schema.ts';

/** The JSON Schema (draft-07) of data/coalition.json, as a plain object. */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DatasetSchema, { errorMode: 'throw' });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...schema,
    title: 'Coalition Atlas dataset',
    description:
      'data/coalition.json: documents, nodes and links, each fact cited to its sentence. Beyond this shape: ids are unique, links point at node ids, and documents[doc].text.slice(start, end) === quote for every citation (see data/README.md).',
  };
}
