/**
 * What is wrong with a list before it is used, each problem with its line (1-based, as an
 * editor shows it) and what to do: a name twice, an empty name, markup, a paragraph.
 */
import { foldPhrase } from '../pipeline/fold.ts';
import type { ListItem } from './detect.ts';

/** One problem: which item, and the message a person acts on. */
export interface ListProblem {
  item: number;
  message: string;
}

/** HTML tags, Markdown emphasis, links or headings inside a name. */
const MARKUP = /<\/?[a-z][^>]*>|\*\*|__|\[[^\]]*\]\([^)]*\)|^#{1,6}\s|`/i;

/** Longer than this, a line is a sentence, not a name. */
export const MAX_NAME = 160;

/** `listProblems([{name:'A',line:3},{name:'A',line:5}])` → item 1: "A" is listed twice… */
export function listProblems(items: readonly ListItem[]): ListProblem[] {
  const problems: ListProblem[] = [];
  const seen = new Map<string, ListItem>();
  items.forEach((item, i) => {
    const at = `Line ${item.line + 1}`;
    const add = (message: string) => problems.push({ item: i, message: `${at}: ${message}` });
    if (item.name === '') {
      add('the name is empty; remove the line or type the name.');
      return;
    }
    if (MARKUP.test(item.name))
      add(`"${item.name}" contains markup (tags, ** or links); remove it to keep the name.`);
    if (item.name.length > MAX_NAME)
      add(
        `${item.name.length} characters is a sentence, not a name; the list may start too early.`,
      );
    const key = foldPhrase(item.name).toLowerCase();
    const first = seen.get(key);
    if (first)
      add(`"${item.name}" is listed twice (also line ${first.line + 1}); remove one of them.`);
    else seen.set(key, item);
  });
  return problems;
}

/** Markup taken out of a name: `**World Uyghur Congress**` → `World Uyghur Congress`. */
export function stripMarkup(name: string): string {
  return name
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/^#{1,6}\s+/, '')
    .trim();
}
