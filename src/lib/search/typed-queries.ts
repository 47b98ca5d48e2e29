/**
 * Queries the way people type a long name they half remember, generated for every name and
 * alias of every actor: the search benchmark's input (`npm run bench:search`). Seeded, so the
 * same dataset gives the same queries on every run, and each query depends only on its own
 * name, so adding an actor changes no other actor's queries.
 *
 * The rules are the benchmark's definition, written down so that nobody tunes them to the
 * matcher:
 * - a word is a run of text between spaces, without the brackets or commas around it (nobody
 *   types the parentheses of "(OMCT)"); a lone dash is not a word;
 * - a *long* word has 5 letters or more; a *small* word is one of `SMALL_WORDS` ("of", "in"…);
 * - **left-out**: one word that is not small, chosen at random, is dropped (names of 2+ words);
 * - **reordered**: the words shuffled into another order (names of 2+ words);
 * - **slips**: one slip in each long word, anywhere but its first letter: two neighbours
 *   swapped, a letter dropped, doubled, or replaced by its neighbour on a QWERTY keyboard
 *   (names with a long word);
 * - **plain**: accents dropped and lower case, "le comite pour la liberte a hong-kong" (every
 *   name);
 * - **prefixes**: each long word cut to its first 4 letters or more, but not all of them, as
 *   typed before the list shows the name ("Dutc Uyghu Huma Righ Found"); short words stay
 *   whole (names with a long word).
 *
 * A query is **ambiguous** when three or more *other* actors have a name or alias of no more
 * words than the name it came from in which every query word is a word or the start of one:
 * nothing in the query then says which of four or more equally good names was meant
 * ("Uyghur Academy" for Uyghur Academy Japan). Ambiguous queries are run and reported, but kept
 * out of the hit rate.
 */
import type { Dataset } from '../types.ts';
import { fold } from '../text/fold.ts';
import { SMALL_WORDS, words } from './words.ts';

export const QUERY_CLASSES = {
  'left-out': 'a word left out',
  reordered: 'words reordered',
  slips: 'one slip in each long word',
  plain: 'no accents, lower case',
  prefixes: 'prefixes of words, as typed',
} as const;
export type QueryClass = keyof typeof QUERY_CLASSES;

export interface TypedQuery {
  cls: QueryClass;
  query: string;
  /** The actor meant. */
  id: string;
  /** The name or alias the query was made from. */
  source: string;
  ambiguous: boolean;
}

/** Shortest long word: it gets a slip, or is cut to a prefix. */
export const LONG_WORD = 5;
/** Shortest prefix a long word is cut to. */
export const MIN_PREFIX = 4;
/** Other actors matching a query as well as the one meant, from which it is ambiguous. */
export const AMBIGUOUS_FROM = 3;

/** A generator of numbers in [0, 1) from a string seed (FNV-1a, then mulberry32). */
export function seeded(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random: () => number, n: number) => Math.floor(random() * n);

/** The words a person would type of a name: `typedWords('Human Rights in China (HRIC)')`. */
export function typedWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map((w) => w.replace(/^[([{"“,;:]+|[)\]}"”,;:]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

const letters = (w: string) => [...w].filter((c) => /\p{L}/u.test(c)).length;
const isLong = (w: string) => letters(w) >= LONG_WORD;

const QWERTY = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** A key next to `c` on a QWERTY keyboard (same row), in the same case; `c` if none. */
function neighbourKey(c: string, random: () => number): string {
  const lower = c.toLowerCase();
  const row = QWERTY.find((r) => r.includes(lower));
  if (!row) return c;
  const at = row.indexOf(lower);
  const near = [row[at - 1], row[at + 1]].filter((k): k is string => k !== undefined);
  const key = near[pick(random, near.length)]!;
  return c === lower ? key : key.toUpperCase();
}

/** One slip in `w`, never on its first letter: `slip('Uyghur', …)` → "Uyhgur" (say). */
export function slip(w: string, random: () => number): string {
  const chars = [...w];
  const at = 1 + pick(random, chars.length - 1);
  const kind = pick(random, 4);
  const next = at + 1 < chars.length ? at + 1 : at - 1;
  if (kind === 0 && next >= 1 && chars[at] !== chars[next]) {
    [chars[at], chars[next]] = [chars[next]!, chars[at]!];
  } else if (kind === 1) chars.splice(at, 1);
  else if (kind === 2) chars.splice(at, 0, chars[at]!);
  else {
    const key = neighbourKey(chars[at]!, random);
    if (key === chars[at])
      chars.splice(at, 1); // not a letter: drop it instead
    else chars[at] = key;
  }
  return chars.join('');
}

function shuffled(ws: string[], random: () => number): string[] | null {
  if (new Set(ws.map((w) => w.toLowerCase())).size < 2) return null;
  for (;;) {
    const out = [...ws];
    for (let i = out.length - 1; i > 0; i--) {
      const j = pick(random, i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    if (out.join(' ').toLowerCase() !== ws.join(' ').toLowerCase()) return out;
  }
}

/** The query of class `cls` for one name, or null when the class does not apply to it. */
export function makeQuery(cls: QueryClass, name: string, random: () => number): string | null {
  const ws = typedWords(name);
  switch (cls) {
    case 'left-out': {
      if (ws.length < 2) return null;
      const open = ws.flatMap((w, i) => (SMALL_WORDS.has(fold(w)) ? [] : [i]));
      const out = open.length > 0 ? open[pick(random, open.length)]! : pick(random, ws.length);
      return ws.filter((_, i) => i !== out).join(' ');
    }
    case 'reordered':
      return ws.length < 2 ? null : (shuffled(ws, random)?.join(' ') ?? null);
    case 'slips':
      return ws.some(isLong) ? ws.map((w) => (isLong(w) ? slip(w, random) : w)).join(' ') : null;
    case 'plain':
      return fold(name);
    case 'prefixes':
      if (!ws.some(isLong)) return null;
      return ws
        .map((w) => (isLong(w) ? w.slice(0, MIN_PREFIX + pick(random, w.length - MIN_PREFIX)) : w))
        .join(' ');
  }
}

/** Is every word of `query` a word of `name`, or the start of one? */
const fits = (query: string[], name: string[]) =>
  query.every((q) => name.some((w) => w.startsWith(q)));

/**
 * The ambiguity rule: `rivals(id, source, query)` lists the other actors with a name or alias
 * of no more words than `source` in which every word of `query` is a word or the start of one.
 * With the Uyghur Academy and its five namesakes, "Uyghur Academy" made from Uyghur Academy
 * Japan has six rivals; "Academy Japan" none.
 */
export function rivalsOf(ds: Dataset): (id: string, source: string, query: string) => string[] {
  const actors = ds.nodes.map((n) => ({
    id: n.id,
    names: [n.name, ...n.aliases].map((s) => words(fold(s))),
  }));
  return (id, source, query) => {
    const size = words(fold(source)).length;
    const qw = words(fold(query));
    return actors
      .filter((a) => a.id !== id && a.names.some((ws) => ws.length <= size && fits(qw, ws)))
      .map((a) => a.id);
  };
}

/** Every query of every class for every name and alias of every actor of `ds`. */
export function typedQueries(ds: Dataset, seed = 'coalition-atlas'): TypedQuery[] {
  const rivals = rivalsOf(ds);
  const out: TypedQuery[] = [];
  for (const n of ds.nodes) {
    for (const source of [n.name, ...n.aliases]) {
      for (const cls of Object.keys(QUERY_CLASSES) as QueryClass[]) {
        const query = makeQuery(cls, source, seeded(`${seed}|${n.id}|${source}|${cls}`));
        if (query === null) continue;
        const ambiguous = rivals(n.id, source, query).length >= AMBIGUOUS_FROM;
        out.push({ cls, query, id: n.id, source, ambiguous });
      }
    }
  }
  return out;
}
