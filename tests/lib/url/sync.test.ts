import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_TIMERS, UrlSync } from '../../../src/lib/url/sync.ts';

const DELAY = 250;

/** A history that records what was written, and a sync over it and vitest's fake timers. */
function setup(query = '', key = 'k0') {
  const written: string[] = [];
  const sync = new UrlSync({
    history: {
      pushState: (_d, _u, url) => written.push(`push ${url}`),
      replaceState: (_d, _u, url) => written.push(`replace ${url}`),
    },
    timers: PAGE_TIMERS,
    around: () => ['/atlas/', '#top'],
    delay: DELAY,
  });
  sync.reset(query, key);
  return { sync, written };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('UrlSync: push or replace', () => {
  it('pushes a new entry at once when the key changes (a selection)', () => {
    const { sync, written } = setup();
    sync.update('?node=a', 'k1');
    expect(written).toEqual(['push /atlas/?node=a#top']);
  });

  it('replaces after a pause when only the query changes (typing), once for a burst', () => {
    const { sync, written } = setup();
    sync.update('?q=u', 'k0');
    vi.advanceTimersByTime(DELAY - 1);
    sync.update('?q=uy', 'k0');
    vi.advanceTimersByTime(DELAY - 1);
    sync.update('?q=uyg', 'k0');
    expect(written).toEqual([]);
    vi.advanceTimersByTime(DELAY);
    expect(written).toEqual(['replace /atlas/?q=uyg#top']);
  });

  it('writes nothing when the view serialises to the address it has', () => {
    const { sync, written } = setup('?group=diaspora', 'k0');
    sync.update('?group=diaspora', 'k0');
    vi.runAllTimers();
    expect(written).toEqual([]);
  });

  it('a query typed, then Enter within the pause: the query is kept in the entry being left', () => {
    const { sync, written } = setup();
    sync.update('?q=wuc', 'k0');
    vi.advanceTimersByTime(100);
    sync.update('?node=world-uyghur-congress', 'k1');
    expect(written).toEqual([
      'replace /atlas/?q=wuc#top',
      'push /atlas/?node=world-uyghur-congress#top',
    ]);
    vi.runAllTimers();
    expect(written).toHaveLength(2);
  });

  it('flush writes a waiting replacement now, and only once', () => {
    const { sync, written } = setup();
    sync.update('?q=amnesty', 'k0');
    sync.flush();
    expect(written).toEqual(['replace /atlas/?q=amnesty#top']);
    vi.runAllTimers();
    sync.flush();
    expect(written).toHaveLength(1);
  });

  it('reset (Back or Forward) drops a waiting replacement and takes the address as written', () => {
    const { sync, written } = setup();
    sync.update('?q=typed', 'k0');
    sync.reset('?node=b', 'k2');
    vi.runAllTimers();
    expect(written).toEqual([]);
    sync.update('?node=b', 'k2');
    expect(written).toEqual([]);
  });

  it('cancel stops the clock but keeps the replacement for the next update to decide', () => {
    const { sync, written } = setup();
    sync.update('?q=x', 'k0');
    sync.cancel();
    vi.runAllTimers();
    expect(written).toEqual([]);
    sync.update('?node=c', 'k3');
    expect(written).toEqual(['replace /atlas/?q=x#top', 'push /atlas/?node=c#top']);
  });

  it('after a push, the next change of query alone replaces that new entry', () => {
    const { sync, written } = setup();
    sync.update('?node=a', 'k1');
    sync.update('?node=a&q=x', 'k1');
    vi.advanceTimersByTime(DELAY);
    expect(written).toEqual(['push /atlas/?node=a#top', 'replace /atlas/?node=a&q=x#top']);
  });
});
