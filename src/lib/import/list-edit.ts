/**
 * The person's adjustments to a proposed list, as pure functions on the items: each returns a
 * new array and leaves its input alone, so every step can be saved and undone.
 */
import type { ListItem } from './detect.ts';

/** Split item `i` at character `at` of its name: "A B" at 1 → "A", "B" (both trimmed). */
export function splitItem(items: readonly ListItem[], i: number, at: number): ListItem[] {
  const item = items[i];
  if (!item) return [...items];
  const left = item.name.slice(0, at).trim();
  const right = item.name.slice(at).trim();
  if (left === '' || right === '') return [...items];
  return [
    ...items.slice(0, i),
    { ...item, name: left },
    { ...item, name: right },
    ...items.slice(i + 1),
  ];
}

/** Split item `i` at every occurrence of `separator` (a comma or a semicolon, say). */
export function splitItemOn(items: readonly ListItem[], i: number, separator: string): ListItem[] {
  const item = items[i];
  if (!item || separator === '') return [...items];
  const parts = item.name
    .split(separator)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return [...items.slice(0, i), ...parts.map((name) => ({ ...item, name })), ...items.slice(i + 1)];
}

/** Join item `i` with the next one, one space between: a name broken over two lines. */
export function joinWithNext(items: readonly ListItem[], i: number): ListItem[] {
  const a = items[i];
  const b = items[i + 1];
  if (!a || !b) return [...items];
  return [...items.slice(0, i), { ...a, name: `${a.name} ${b.name}` }, ...items.slice(i + 2)];
}

/** Remove item `i`: a line that is not a name ("and 40 more", a footnote). */
export function removeItem(items: readonly ListItem[], i: number): ListItem[] {
  return items.filter((_, j) => j !== i);
}

/** Replace item `i`'s name (dropping markup the person saw), trimmed. */
export function renameItem(items: readonly ListItem[], i: number, name: string): ListItem[] {
  return items.map((item, j) => (j === i ? { ...item, name: name.trim() } : item));
}
