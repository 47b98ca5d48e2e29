/**
 * Classification facts (`{ value, basis, doc?, quote?, note? }`) → a value and its Provenance,
 * with the basis rules of data/curation/README.md enforced.
 */
import type { Provenance } from '../types.ts';
import type { Fact } from './curation-schema.ts';
import { placeOf, type Place } from './countries.ts';
import { SEP } from './issues.ts';
import { locateQuote } from './quotes.ts';
import type { IndexedDocument } from './sources.ts';

/** A fact turned into contract form. */
export interface ResolvedFact<T> {
  value: T | null;
  provenance: Provenance;
}

/**
 * Check the basis rules and locate a document quote. Errors are pushed with `where › field`.
 * `{ value: 'DE', basis: 'document', doc: 'voa', quote: 'Munich-based' }` →
 * `{ value: 'DE', provenance: { basis: 'document', citation: { doc: 'voa', start, end, quote } } }`.
 */
export function resolveFact<T extends string>(
  fact: Fact & { value: T | null },
  docs: ReadonlyMap<string, IndexedDocument>,
  where: string,
  errors: string[],
): ResolvedFact<T> {
  const fail = (message: string) => errors.push(`${where}: ${message}`);
  const provenance: Provenance = { basis: fact.basis };
  if (fact.basis === 'document') {
    if (fact.doc === undefined || fact.quote === undefined) {
      fail(
        'basis "document" needs "doc" and "quote": the phrase of that document that states the fact',
      );
    } else {
      const found = locateQuote(docs, {
        doc: fact.doc,
        quote: fact.quote,
        occurrence: fact.occurrence,
      });
      if (found.error !== undefined) fail(found.error);
      else provenance.citation = found.citation;
    }
  } else {
    if (fact.doc !== undefined || fact.quote !== undefined || fact.occurrence !== undefined) {
      fail(`"doc", "quote" and "occurrence" belong only to basis "document", not "${fact.basis}"`);
    }
    if (fact.note === undefined) {
      fail(`basis "${fact.basis}" needs a "note" saying what it rests on`);
    }
  }
  if (fact.note !== undefined) provenance.note = fact.note;
  return { value: fact.value, provenance };
}

/** The country fact plus its derived region; an unknown code is an error, not a silent null. */
export function resolveCountry(
  fact: Fact & { value: string | null },
  docs: ReadonlyMap<string, IndexedDocument>,
  where: string,
  errors: string[],
): ResolvedFact<string> & Place {
  const resolved = resolveFact(fact, docs, `${where}${SEP}country`, errors);
  if (resolved.value === null) return { ...resolved, region: null, subregion: null };
  const place = placeOf(resolved.value);
  if (place === null) {
    errors.push(
      `${where}${SEP}country: "${resolved.value}" is not an ISO 3166-1 alpha-2 code known to world-countries (the United Kingdom is GB)`,
    );
    return { ...resolved, region: null, subregion: null };
  }
  return { ...resolved, ...place };
}
