/** Counted nouns, the one place English plurals are made. */

/** `plural(1, 'connection')` → "1 connection"; `plural(3, 'source')` → "3 sources". */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
