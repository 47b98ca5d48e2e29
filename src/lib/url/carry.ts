/**
 * What a new dataset keeps of the address when one is opened from a file: how to show (hide
 * people's names, presenter view, graph or list), never what to show (ids, filters, dates and
 * `data=` belong to the old dataset). Hiding names must survive the switch: people may be at risk.
 */

/** Parameters about presentation, carried to the next dataset. */
export const CARRIED = ['anon', 'present', 'view'] as const;

/** `carriedSearch('?node=x&anon=1&group=ngo')` → `'?anon=1'`; `''` when nothing is carried. */
export function carriedSearch(search: string): string {
  const from = new URLSearchParams(search);
  const kept = CARRIED.flatMap((key) => {
    const value = from.get(key);
    return value === null ? [] : [`${key}=${encodeURIComponent(value)}`];
  });
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}
