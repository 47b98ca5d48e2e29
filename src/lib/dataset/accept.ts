/**
 * The shape check's fast path: for a document, node or link, true only when valibot's
 * `safeParse` against its schema (schema.ts) would find no issue and give back an equal value,
 * with the same keys in the same order, so the entry itself can stand for valibot's output.
 * Anything else (a wrong value, an unknown key, keys in another order, an object that is not
 * plain) is left to valibot, which words the issues. Valibot copies every object and array of an
 * entry and builds a result for each value; at 20,000 actors that was 200–370 ms of the
 * opening's critical path, about half of it at 5,000 (issue 10). `tests/lib/dataset/accept.test.ts`
 * checks this against valibot on every entry of two datasets and thousands of broken ones.
 *
 * The rules mirror schema.ts rule for rule; a change there must be made here (the test fails
 * on a valid entry that is refused, or a broken one that is accepted).
 */
import { BASES, DOCUMENT_KINDS, GROUPS, NODE_KINDS, RELATIONS } from '../types.ts';
import { COUNTRY_CODE, ISO_DAY, ISO_PARTIAL } from './schema.ts';

type Check = (v: unknown) => boolean;
/** A field: its key, its check, and whether it may be absent (valibot's `optional`). */
type Field = readonly [key: string, check: Check, optional?: 'optional'];

const string: Check = (v) => typeof v === 'string';
const nonEmpty: Check = (v) => typeof v === 'string' && v.length > 0;
const offset: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const boolean: Check = (v) => typeof v === 'boolean';
const matching =
  (re: RegExp): Check =>
  (v) =>
    typeof v === 'string' && re.test(v);
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const oneOf = (options: readonly string[]): Check => {
  const set = new Set<unknown>(options);
  return (v) => set.has(v);
};
const arrayOf =
  (check: Check, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min) return false;
    // Indexed, not `every`: valibot reads a hole as `undefined`, which fails a check.
    for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
    return true;
  };

/**
 * A plain object with exactly the fields' keys that are present, in the fields' order (valibot
 * writes its output in the schema's order, and leaves out optional keys that are absent), each
 * passing its check.
 */
function objectOf(fields: readonly Field[]): Check {
  return (v) => {
    if (v === null || typeof v !== 'object') return false;
    // Plain: valibot reads keys with `in`, which also sees what another prototype holds.
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return false;
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record);
    let k = 0;
    for (const [key, check, optional] of fields) {
      if (keys[k] === key) {
        if (!check(record[key])) return false;
        k++;
      } else if (optional === undefined) return false;
    }
    return k === keys.length;
  };
}

const citation = objectOf([
  ['doc', nonEmpty],
  ['start', offset],
  ['end', offset],
  ['quote', string],
]);
const provenance = objectOf([
  ['basis', oneOf(BASES)],
  ['citation', citation, 'optional'],
  ['note', string, 'optional'],
]);
const citations = arrayOf(citation, 1);
const isoPartial = matching(ISO_PARTIAL);

/** Per list of the file, the check of one entry. */
export const ACCEPT = {
  documents: objectOf([
    ['id', nonEmpty],
    ['title', string],
    ['publisher', string],
    ['publisherNote', string, 'optional'],
    ['date', nullable(matching(ISO_DAY))],
    ['dateNote', string],
    ['kind', oneOf(DOCUMENT_KINDS)],
    ['file', string],
    ['originalFile', string],
    ['text', string],
  ]),
  nodes: objectOf([
    ['id', nonEmpty],
    ['kind', oneOf(NODE_KINDS)],
    ['name', nonEmpty],
    ['aliases', arrayOf(string)],
    ['citations', citations],
    ['description', string],
    ['group', nullable(oneOf(GROUPS))],
    ['groupProvenance', nullable(provenance)],
    ['tags', arrayOf(string)],
    ['country', nullable(matching(COUNTRY_CODE))],
    ['countryProvenance', nullable(provenance)],
    ['region', nullable(string)],
    ['subregion', nullable(string)],
    ['date', nullable(isoPartial)],
    ['dateNote', nullable(string)],
    ['signatory', boolean],
  ]),
  links: objectOf([
    ['id', nonEmpty],
    ['source', nonEmpty],
    ['target', nonEmpty],
    ['relation', oneOf(RELATIONS)],
    ['citations', citations],
    ['date', nullable(isoPartial)],
    ['until', isoPartial, 'optional'],
    ['note', nullable(string)],
  ]),
} as const satisfies Record<'documents' | 'nodes' | 'links', Check>;
