/**
 * The dataset's own title and description, from `data/curation/dataset.json`: curated words
 * that the app shows instead of wording its own, so they must stay within what the documents say.
 */
import type { Dataset } from '../types.ts';
import { SEP } from './issues.ts';

/** The fields the file may hold, both optional. */
export type About = Pick<Dataset, 'title' | 'description'>;

const FIELDS = ['title', 'description'] as const;

/**
 * Check the parsed file: `{ "title": "…", "description": "…" }`, each optional, non-blank,
 * trimmed. A missing file (`undefined`) is no title and no description. Every problem is
 * an error naming the file and field: `data/curation/dataset.json › title: must be text`.
 */
export function readAbout(raw: unknown, file: string): { about: About; errors: string[] } {
  if (raw === undefined) return { about: {}, errors: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { about: {}, errors: [`${file}: expected an object with "title" and "description"`] };
  }
  const about: About = {};
  const errors: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const field = FIELDS.find((f) => f === key);
    if (field === undefined) {
      errors.push(`${file}${SEP}${key}: unknown field; expected "title" or "description"`);
    } else if (typeof value !== 'string' || value.trim() === '') {
      errors.push(`${file}${SEP}${key}: must be text (leave the field out when there is none)`);
    } else {
      about[field] = value.trim();
    }
  }
  return { about, errors };
}
