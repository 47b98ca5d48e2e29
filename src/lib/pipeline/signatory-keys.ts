/**
 * Pairing the printed signatory list with signatories.json: every printed name needs an entry,
 * every entry needs a printed name, and both are spelt exactly alike.
 */
import type { Placed } from './curation.ts';
import type { PrintedSignatory } from './signatories.ts';

/** Names that differ only in spaces or quote style: a hint when a key does not match. */
function loose(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Each printed name with its entry, in printed order; the unmatched on either side are errors.
 * `rejected`: keys whose entry failed its shape check (reported already).
 */
export function matchSignatories<T>(
  printed: readonly PrintedSignatory[],
  entries: ReadonlyMap<string, Placed<T>>,
  rejected: ReadonlySet<string>,
  files: { letter: string; signatories: string },
): { pairs: [PrintedSignatory, Placed<T>][]; errors: string[] } {
  const errors: string[] = [];
  const pairs: [PrintedSignatory, Placed<T>][] = [];
  const looseKeys = new Map([...entries.keys()].map((k) => [loose(k), k]));
  for (const p of printed) {
    const placed = entries.get(p.name);
    if (placed) {
      pairs.push([p, placed]);
      continue;
    }
    if (rejected.has(p.name)) continue; // its entry is malformed, and that is reported
    const near = looseKeys.get(loose(p.name));
    const hint =
      near === undefined
        ? ''
        : `; the entry ${JSON.stringify(near)} differs only in spaces or quote marks: use the name exactly as printed`;
    errors.push(
      `${files.signatories}: no entry for ${JSON.stringify(p.name)}, printed on line ${p.line} of ${files.letter}${hint}`,
    );
  }
  const printedNames = new Set(printed.map((p) => p.name));
  const loosePrinted = new Map(printed.map((p) => [loose(p.name), p]));
  for (const [key, placed] of entries) {
    if (printedNames.has(key)) continue;
    const near = loosePrinted.get(loose(key));
    const hint = near
      ? ` (line ${near.line} prints ${JSON.stringify(near.name)}: copy it exactly)`
      : '';
    errors.push(
      `${placed.where}: not printed in the signatory list of ${files.letter}; keys must be names exactly as printed there${hint}`,
    );
  }
  return { pairs, errors };
}
