/**
 * An exact pre-filter for the search of descriptions and source sentences (search.ts
 * `textHit`): the query must start a word of the text, so an actor can only match when one of
 * its text's words starts with the query's first word. Its words are listed once, sorted, each
 * with the actors that have it; a query looks up the range of words with that start and tests
 * only their actors, not every sentence of every actor (at 20,000 actors, 8 ms a keystroke,
 * issue 10). Results are unchanged: it only leaves out actors that cannot match.
 */

/** A word as `atWordStart` sees one: a run of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;
const LEADING_WORD = /^[\p{L}\p{N}]+/u;

export class TextWords {
  readonly #postings = new Map<string, number[]>();
  #words: string[] = [];
  #lists: number[][] = [];
  #count = 0;

  /** Index entry `i`'s texts (folded, as searched). Entries are added in order. */
  add(i: number, texts: readonly string[]): void {
    this.#count = Math.max(this.#count, i + 1);
    for (const text of texts)
      for (const [w] of text.matchAll(WORD)) {
        this.#post(w, i);
        // `atWordStart` reads the one UTF-16 unit before a match, and half of an astral letter
        // is not a letter: a word also starts after one.
        for (let k = 1; k < w.length; k++)
          if (w.charCodeAt(k - 1) >= 0xdc00 && w.charCodeAt(k - 1) <= 0xdfff)
            this.#post(w.slice(k), i);
      }
  }

  #post(w: string, i: number): void {
    const list = this.#postings.get(w);
    if (!list) this.#postings.set(w, [i]);
    else if (list.at(-1) !== i) list.push(i);
  }

  /** Sort the words; call once after the last `add`. */
  finish(): void {
    this.#words = [...this.#postings.keys()].sort();
    this.#lists = this.#words.map((w) => this.#postings.get(w)!);
    this.#postings.clear();
  }

  /**
   * The entries whose texts may hold the folded query `q` at the start of a word (1 each), or
   * null when the query does not start with a letter or digit (then every entry may).
   * `candidates('munich')` → entries with a word starting "munich".
   */
  candidates(q: string): Uint8Array | null {
    const first = LEADING_WORD.exec(q)?.[0];
    if (first === undefined) return null;
    const out = new Uint8Array(this.#count);
    const words = this.#words;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]! < first) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < words.length && words[j]!.startsWith(first); j++)
      for (const i of this.#lists[j]!) out[i] = 1;
    return out;
  }
}
