/** "Cite this view": a citation text for a permalink, naming the dataset edition and its sources. */
import type { Dataset } from '../types.ts';
import { personAliases, redact } from '../redact/anonymise.ts';

/** What the caller knows about the view being cited. */
export interface CiteOptions {
  /** The view's permalink. */
  url: string;
  /** What the view shows, in a phrase: "Diaspora groups among the signatories". */
  summary: string;
  /** ISO date the view was accessed, `YYYY-MM-DD`. */
  accessed: string;
  /** Redact people's names in the summary and the sources (the presenter option). */
  hidePeople?: boolean;
}

/**
 * A citation in running text:
 * `Coalition Atlas, dataset v1 (edition 2022-09-02). “Diaspora groups”. https://… (accessed
 * 2026-11-22). Sources: OHCHR, “Assessment…” (2022-08-31); VOA, “…” (n.d.).`
 * With a dataset `title`, it follows the name: `Coalition Atlas: The coalition behind …, dataset
 * v1 (…)`. Sources are every document of the dataset, in dataset order.
 */
export function citeView(ds: Dataset, opts: CiteOptions): string {
  const map = opts.hidePeople === true ? personAliases(ds) : new Map<string, string>();
  const text = (s: string) => redact(s, ds, map);
  const summary = text(opts.summary.trim());
  // The dataset's own title, when it has one: "Coalition Atlas: The coalition behind …".
  const title = ds.title === undefined ? '' : `: ${text(ds.title)}`;
  const sources = ds.documents
    .map((d) => `${text(d.publisher)}, “${text(d.title)}” (${d.date ?? 'n.d.'})`)
    .join('; ');
  return [
    `Coalition Atlas${title}, dataset v${ds.version} (edition ${ds.edition}).`,
    ...(summary === '' ? [] : [`“${summary}”${/[.!?]$/.test(summary) ? '' : '.'}`]),
    `${opts.url} (accessed ${opts.accessed}).`,
    ...(sources === '' ? [] : [`Sources: ${sources}.`]),
  ].join(' ');
}
