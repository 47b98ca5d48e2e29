/**
 * Writes the synthetic documents sentence by sentence and remembers where each name and each
 * sentence starts, so every citation is the exact slice of its document (what `checkDataset`
 * requires of real data too).
 */
import type { Citation } from '../types.ts';

/** Sentences per document: real sources are pages, not one 2 MB text. */
export const SENTENCES_PER_DOCUMENT = 1500;

/** One document being written. */
export class DocumentWriter {
  #text = '';
  #sentences = 0;
  constructor(readonly id: string) {}

  get full(): boolean {
    return this.#sentences >= SENTENCES_PER_DOCUMENT;
  }
  get text(): string {
    return this.#text;
  }

  /**
   * Append a sentence made of `parts` (plain strings and names) and a full stop; returns the
   * citation of the whole sentence and one per name, in order.
   * `write(['A', ' signed ', 'B'], [0, 2])` → sentence "A signed B." and citations of A and B.
   */
  write(
    parts: readonly string[],
    names: readonly number[],
  ): { sentence: Citation; names: Citation[] } {
    if (this.#text !== '') this.#text += ' ';
    const start = this.#text.length;
    // Quotes come from the parts, not from slicing the growing text: a slice of a string built
    // by `+=` flattens it each time, which made a 20,000-actor dataset take half a minute.
    const found: Citation[] = [];
    let sentence = '';
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (names.includes(i)) found.push(this.#cite(start + sentence.length, part));
      sentence += part;
    }
    sentence += '.';
    this.#text += sentence;
    this.#sentences += 1;
    // A paragraph break now and then, so the reader shows paragraphs, not one block.
    if (this.#sentences % 12 === 0) this.#text += '\n';
    return { sentence: this.#cite(start, sentence), names: found };
  }

  #cite(start: number, quote: string): Citation {
    return { doc: this.id, start, end: start + quote.length, quote };
  }
}
