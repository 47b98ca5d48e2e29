/**
 * The signatory list, parsed from the letter itself: every non-blank line after the line
 * "Signatories:", trimmed, with its span in the letter (the span the `signed` link cites).
 */
import type { Span } from './phrase.ts';

/** One printed signatory: its name exactly as printed and where it is printed. */
export interface PrintedSignatory extends Span {
  name: string;
  /** 1-based line number in the letter, for messages. */
  line: number;
}

/** The heading that opens the list; the list runs to the end of the letter. */
export const SIGNATORIES_HEADING = 'Signatories:';

/**
 * `parseSignatoryList('…\nSignatories:\n\nA\nB\n')` → `{ signatories: [A at 16–17, B at 18–19], errors: [] }`.
 * A missing heading, an empty list or a name printed twice is an error.
 */
export function parseSignatoryList(
  text: string,
  where: string,
): { signatories: PrintedSignatory[]; errors: string[] } {
  const signatories: PrintedSignatory[] = [];
  const errors: string[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let inList = false;
  lines.forEach((raw, index) => {
    const lineStart = offset;
    offset += raw.length + 1;
    // A trailing \r (CRLF files) or stray spaces are not part of the name.
    const name = raw.trim();
    if (!inList) {
      inList = name === SIGNATORIES_HEADING;
      return;
    }
    if (name === '') return;
    const start = lineStart + raw.indexOf(name);
    signatories.push({ name, start, end: start + name.length, line: index + 1 });
  });
  if (!inList) {
    errors.push(
      `${where}: no line "${SIGNATORIES_HEADING}" found, so the signatory list cannot be read`,
    );
  } else if (signatories.length === 0) {
    errors.push(`${where}: no names follow "${SIGNATORIES_HEADING}"`);
  }
  const seen = new Map<string, number>();
  for (const s of signatories) {
    const first = seen.get(s.name);
    if (first !== undefined) {
      errors.push(
        `${where} › line ${s.line}: "${s.name}" is printed twice (first on line ${first})`,
      );
    } else {
      seen.set(s.name, s.line);
    }
  }
  return { signatories, errors };
}
