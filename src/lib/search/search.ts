/**
 * Search over names, aliases, countries, descriptions and the sentences that mention each
 * actor: the app's only use of fuse.js. Both sides are folded (accents, case, curly quotes,
 * white space), so "federation euro-mediterraneenne" finds "Fédération Euro-méditerranéenne".
 *
 * Fuse finds and scores fuzzy matches; on top of it, hits are ranked in tiers so a reader who
 * types an exact name, acronym or the start of a word gets that actor first, not the one whose
 * long text happens to score well.
 */
import Fuse, { type FuseResult } from 'fuse.js';
import { excerptContext } from '../evidence/context.ts';
import { countryName } from '../graph/countries.ts';
import type { Dataset, Group, NodeKind } from '../types.ts';

/** Searched fields and their weights: a hit on the name counts most, on an excerpt least. */
export const KEYS = [
  { name: 'name', weight: 3 },
  { name: 'aliases', weight: 2.5 },
  { name: 'country', weight: 1.2 },
  { name: 'description', weight: 0.6 },
  { name: 'excerpt', weight: 0.5 },
] as const;
/** Fuse's 0 (exact) … 1 (anything) cut-off: 0.3 lets about one typo in four letters through, not "munich" → "michel". */
export const THRESHOLD = 0.3;
/** Matches shorter than this are noise ("a", "of"). */
export const MIN_MATCH_CHARS = 2;
/** Results returned when the caller gives no limit. */
export const DEFAULT_LIMIT = 12;
/** Longest excerpt indexed per citation: the sentence, cut around the mention. */
export const EXCERPT_CHARS = 200;
/** An excerpt hit this close (in characters) to the actor's own mention ranks higher. */
export const NEAR_MENTION = 40;

/** One result, best first; `matched` is the original text of the field that matched. */
export interface SearchHit {
  id: string;
  name: string;
  kind: NodeKind;
  group: Group | null;
  score: number;
  field: 'name' | 'alias' | 'country' | 'description' | 'excerpt';
  matched: string;
}

type Field = SearchHit['field'];
const FIELD_OF: Record<(typeof KEYS)[number]['name'], Field> = {
  name: 'name',
  aliases: 'alias',
  country: 'country',
  description: 'description',
  excerpt: 'excerpt',
};
/** Letters NFD does not decompose, folded by hand (Turkic ı, Nordic ø, German ß, …). */
const LETTERS: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};

/** Fold for matching: `fold('  Fédération “Forcées”')` → `federation "forcees"`. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıøłđßæœ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What Fuse indexes: folded copies, and the originals to report as `matched`. */
interface Entry {
  i: number;
  name: string;
  aliases: string[];
  country: string;
  description: string;
  excerpt: string[];
  /** Folded position of the actor's own mention in each excerpt. */
  mentionAt: number[];
  raw: Record<Field, string[]>;
}

function entries(ds: Dataset): Entry[] {
  const texts = new Map(ds.documents.map((d) => [d.id, d.text]));
  return ds.nodes.map((n, i) => {
    const excerpts = new Map<string, number>();
    for (const c of n.citations) {
      const text = texts.get(c.doc);
      if (text === undefined) continue;
      const x = excerptContext(text, c.start, c.end, EXCERPT_CHARS);
      const sentence = `${x.before}${x.match}${x.after}`;
      if (!excerpts.has(sentence)) excerpts.set(sentence, fold(x.before).length);
    }
    const country = n.country === null ? '' : countryName(n.country);
    return {
      i,
      name: fold(n.name),
      aliases: n.aliases.map(fold),
      country: fold(country),
      description: fold(n.description),
      excerpt: [...excerpts.keys()].map(fold),
      mentionAt: [...excerpts.values()],
      raw: {
        name: [n.name],
        alias: n.aliases,
        country: [country],
        description: [n.description],
        excerpt: [...excerpts.keys()],
      },
    };
  });
}

const acronym = (s: string) =>
  s
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w) && !['of', 'the', 'and', 'for', 'in', 'de', 'la'].includes(w))
    .map((w) => w[0])
    .join('');

/**
 * Rank tier, lower first: 0 the name or an alias is the query; 1 a name or alias starts with
 * it, has a word starting with it, or has it as acronym; 2 a name, alias or country contains
 * it; 3 the description contains it; 4 an excerpt has it next to the actor's mention (closer
 * ranks first: "Munich-based World Uyghur Congress" is about the Congress more than about a
 * statement named earlier in the sentence); 5 any other fuzzy match.
 */
function tier(e: Entry, q: string): number {
  const names = [e.name, ...e.aliases];
  if (names.includes(q)) return 0;
  if (names.some((n) => n.startsWith(q) || n.includes(` ${q}`) || acronym(n) === q)) return 1;
  if ([...names, e.country].some((n) => n.includes(q))) return 2;
  if (e.description.includes(q)) return 3;
  let nearest = Infinity;
  e.excerpt.forEach((x, k) => {
    const at = x.indexOf(q);
    if (at !== -1) nearest = Math.min(nearest, Math.abs(at - e.mentionAt[k]!));
  });
  // The fraction orders tier 4 by distance without reaching tier 5.
  return nearest <= NEAR_MENTION ? 4 + nearest / (NEAR_MENTION + 1) : 5;
}

/** The field to show for a hit: the first, in KEYS order, that contains the query, else matched. */
function bestField(result: FuseResult<Entry>, q: string): { field: Field; matched: string } {
  const e = result.item;
  const matches = result.matches ?? [];
  const order = KEYS.map((k) => k.name);
  const sorted = [...matches].sort(
    (a, b) =>
      order.indexOf(a.key as (typeof order)[number]) -
      order.indexOf(b.key as (typeof order)[number]),
  );
  const pick = sorted.find((m) => m.value?.includes(q)) ?? sorted[0];
  const field = FIELD_OF[(pick?.key ?? 'name') as (typeof order)[number]];
  return { field, matched: e.raw[field][pick?.refIndex ?? 0] ?? e.raw.name[0]! };
}

/**
 * Build the index once; the returned function answers queries, best first.
 * `createSearch(ds)('omct')[0].name` → "World Organisation Against Torture (OMCT)".
 */
export function createSearch(ds: Dataset): (query: string, limit?: number) => SearchHit[] {
  const fuse = new Fuse(entries(ds), {
    keys: KEYS.map((k) => ({ ...k })),
    threshold: THRESHOLD,
    minMatchCharLength: MIN_MATCH_CHARS,
    // A word may be anywhere in a long name or sentence; Fuse otherwise favours the start.
    ignoreLocation: true,
    includeScore: true,
    includeMatches: true,
  });
  return (query, limit = DEFAULT_LIMIT) => {
    const q = fold(query);
    if (q.length < MIN_MATCH_CHARS) return [];
    return fuse
      .search(q)
      .map((r) => ({ r, t: tier(r.item, q) }))
      .sort((a, b) => a.t - b.t || (a.r.score ?? 1) - (b.r.score ?? 1) || a.r.item.i - b.r.item.i)
      .slice(0, limit)
      .map(({ r }) => {
        const n = ds.nodes[r.item.i]!;
        const { field, matched } = bestField(r, q);
        return {
          id: n.id,
          name: n.name,
          kind: n.kind,
          group: n.group,
          score: r.score ?? 1,
          field,
          matched,
        };
      });
  };
}
