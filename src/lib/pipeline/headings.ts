/**
 * Section headings. A label such as "US response" or "China's defense" above a section of a
 * news report names a topic; it is not a place where an actor acts or is addressed, so no
 * mention is counted inside one (data/README.md, "Rebuilding", step 4).
 *
 * A heading is a line that stands alone (the start of the text or a blank line before it, a
 * blank line after it), of at most four words made of letters, digits, apostrophes and
 * hyphens only, with more text after it. So a sentence is never a heading ("Accountability can
 * wait no longer." ends with a stop), nor is a closing byline ("Brianna Lyman" ends the
 * report), nor "Source: www.victimsofcommunism.org". The letter's signatory lines also look like
 * headings; they are claimed by their signatories before any phrase is searched, so this rule
 * never takes a mention from them.
 */
import type { Span } from './phrase.ts';

const MAX_WORDS = 4;
/** Words of letters, marks and digits, joined by apostrophes (straight or curly) or hyphens. */
const HEADING =
  /^[\p{L}\p{M}\p{N}]+(?:['\u2019-][\p{L}\p{M}\p{N}]+)*(?:\s+[\p{L}\p{M}\p{N}]+(?:['\u2019-][\p{L}\p{M}\p{N}]+)*)*$/u;
/** `\s` covers U+00A0, which the scraped texts put on otherwise empty lines. */
const BLANK = /^\s*$/;

/**
 * The spans of a text's section headings, trimmed, in text order.
 * `sectionHeadings('Intro.\n\nUS response\n\nBlinken said.')` → `[{ start: 8, end: 19 }]`.
 */
export function sectionHeadings(text: string): Span[] {
  const lines: { start: number; line: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, line });
    at += line.length + 1;
  }
  const blank = (i: number) => i < 0 || i >= lines.length || BLANK.test(lines[i]!.line);
  let lastText = lines.length - 1;
  while (lastText >= 0 && blank(lastText)) lastText -= 1;
  const spans: Span[] = [];
  lines.forEach(({ start, line }, i) => {
    const trimmed = line.trim();
    if (i >= lastText || !blank(i - 1) || !blank(i + 1)) return;
    if (!HEADING.test(trimmed) || trimmed.split(/\s+/).length > MAX_WORDS) return;
    const offset = start + line.indexOf(trimmed);
    spans.push({ start: offset, end: offset + trimmed.length });
  });
  return spans;
}
