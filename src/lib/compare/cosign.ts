/**
 * The co-signature graph: the actors who signed the dataset's letters, two of them linked when
 * they signed at least `min` letters together (the link's weight: how many). It shows the core
 * of a movement, which the letter hubs of the ordinary graph hide in their stars.
 *
 * Nothing is invented: a co-signature link restates the `signed` links of its two ends, and
 * carries their citations (for each letter both signed, the sentence of each signature), so
 * its panel shows the evidence as any other link's does. The result is a dataset of the same
 * contract (relation `co_signed`), which every view reads unchanged; node ids are the original
 * ones, so a selection, a search hit or a pin means the same actor in both graphs.
 */
import type { Citation, Dataset, GraphLink, GraphNode } from '../types.ts';
import { lettersOf, signersByLetter, type LetterRef } from './letters.ts';

/** The relation of a co-signature link (derived here, never in a source file). */
export const CO_SIGNED = 'co_signed';

/**
 * The most pairs one view may draw. Past it the graph is a hairball and its layout a freeze:
 * the view asks for a higher threshold instead (`tooMany`).
 */
export const MAX_PAIRS = 20_000;

export type CoSignature =
  | {
      ok: true;
      dataset: Dataset;
      /** Link id → how many letters its two ends signed together. */
      weight: ReadonlyMap<string, number>;
      letters: readonly LetterRef[];
    }
  | { ok: false; pairs: number; reason: string };

/**
 * A pair's stroke weight from its letters together: 1.5 more per letter (1 → 1, 2 → 2.5,
 * 3 → 4: told apart on a projector), up to 6 letters, past which a line would cover the actors
 * it joins. The SVG and the Canvas layers both draw with it.
 */
export const strokeWeight = (letters: number): number => 1 + 1.5 * (Math.min(6, letters) - 1);

/** `${a}--co_signed--${b}`, the ends in id order: one link per pair. */
export const coSignedId = (a: string, b: string): string =>
  a < b ? `${a}--${CO_SIGNED}--${b}` : `${b}--${CO_SIGNED}--${a}`;

/** A citation's identity, to list each sentence once. */
const citationKey = (c: Citation) => `${c.doc}:${c.start}-${c.end}`;

/** The letters' names as the note says them: "A (2023-06-14); B (undated)". */
const letterList = (letters: readonly LetterRef[]) =>
  letters.map((l) => `${l.name} (${l.date ?? 'undated'})`).join('; ');

/**
 * `coSignature(ds, 2)`: the pairs that signed two letters or more together. `min` is clamped to
 * 1..(number of letters). A dataset with fewer than two letters has no co-signature graph.
 */
export function coSignature(ds: Dataset, min: number): CoSignature {
  const letters = lettersOf(ds);
  if (letters.length < 2)
    return { ok: false, pairs: 0, reason: 'it needs two letters or more, each with two signers' };
  const k = Math.max(1, Math.min(letters.length, Math.floor(min)));
  const signers = signersByLetter(ds.links);
  const letterIds = new Set(letters.map((l) => l.id));

  // Each signer's letters; only those with k letters or more can be in a pair of weight k.
  const lettersBy = new Map<string, string[]>();
  for (const l of letters)
    for (const s of signers.get(l.id) ?? []) lettersBy.set(s, [...(lettersBy.get(s) ?? []), l.id]);
  const eligible = (id: string) => (lettersBy.get(id)?.length ?? 0) >= k;

  // Pair counts, letter by letter, over eligible signers only; the visits are bounded so a
  // huge letter at a low threshold is refused in milliseconds, not after a freeze.
  const shared = new Map<string, number>();
  let visits = 0;
  for (const l of letters) {
    const list = [...(signers.get(l.id) ?? [])].filter(eligible).sort();
    visits += (list.length * (list.length - 1)) / 2;
    if (visits > MAX_PAIRS * 50) return tooMany(visits, k);
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const key = coSignedId(list[i] as string, list[j] as string);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  const kept = [...shared].filter(([, n]) => n >= k);
  if (kept.length > MAX_PAIRS) return tooMany(kept.length, k);
  if (kept.length === 0)
    return { ok: false, pairs: 0, reason: `no two actors signed ${together(k)} together` };

  // The signature links, to cite: signer → letter → its `signed` link.
  const signedLink = new Map<string, GraphLink>();
  for (const link of ds.links)
    if (link.relation === 'signed' && letterIds.has(link.target))
      signedLink.set(`${link.source}>${link.target}`, link);
  const byId = new Map(ds.nodes.map((n) => [n.id, n]));
  const letterRef = new Map(letters.map((l) => [l.id, l]));

  const links: GraphLink[] = [];
  const weight = new Map<string, number>();
  const ends = new Set<string>();
  for (const [id, n] of kept) {
    const [a, b] = id.split(`--${CO_SIGNED}--`) as [string, string];
    const both = (lettersBy.get(a) ?? []).filter((l) => lettersBy.get(b)?.includes(l));
    const citations = new Map<string, Citation>();
    for (const letter of both)
      for (const end of [a, b])
        for (const c of signedLink.get(`${end}>${letter}`)?.citations ?? [])
          citations.set(citationKey(c), c);
    const refs = both.map((l) => letterRef.get(l)).filter((l): l is LetterRef => l !== undefined);
    links.push({
      id,
      source: a,
      target: b,
      relation: CO_SIGNED,
      citations: [...citations.values()],
      // The pair holds from the letter that made it k together (letters are in date order,
      // undated last): on the timeline it appears when it first meets the threshold.
      date: refs[k - 1]?.date ?? null,
      note: `Both signed ${refs.length === 1 ? 'one letter' : `${refs.length} letters`}: ${letterList(refs)}. Drawn by the co-signature graph from their signatures, cited below.`,
    });
    weight.set(id, n);
    ends.add(a).add(b);
  }
  links.sort((x, y) => (x.id < y.id ? -1 : 1));
  const nodes = ds.nodes.filter((n): n is GraphNode => ends.has(n.id) && byId.has(n.id));
  const dataset: Dataset = { ...ds, nodes, links };
  // Positions a file carries are laid out for its own links, not these.
  delete dataset.positions;
  return {
    ok: true,
    dataset,
    weight,
    letters,
  };
}

/** "a letter", "2 letters". */
const together = (k: number) => (k === 1 ? 'a letter' : `${k} letters`);

function tooMany(pairs: number, k: number): CoSignature {
  return {
    ok: false,
    pairs,
    reason: `over ${MAX_PAIRS.toLocaleString('en')} pairs signed ${together(k)} together; choose a higher number`,
  };
}
