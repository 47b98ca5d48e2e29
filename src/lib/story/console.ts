/**
 * The presenter console and the audience window talk in these messages (BroadcastChannel, and
 * window.postMessage where file:// gives each window an opaque origin and the channel stays
 * silent). The audience window owns the story; it sends what the console shows, already
 * written out (people's names hidden when they are), so the console needs no dataset. Either
 * window drives: the console sends moves, the audience applies them and answers with its state.
 */

/** One step as the console shows it. */
export interface ConsoleStep {
  title: string;
  /** The caption as the audience reads it (paragraphs split at blank lines). */
  caption: string;
  notes: string;
  /** Each source: who says it (the chip's label), the document's title and the quote. */
  sources: { label: string; doc: string; quote: string }[];
}

/** What the audience window shows: sent on every change and on request. */
export interface ConsoleState {
  story: string;
  /** 0-based step on screen, or -1 when no story step is shown. */
  index: number;
  total: number;
  current: ConsoleStep | null;
  next: ConsoleStep | null;
}

export type ConsoleMessage =
  | { kind: 'state'; state: ConsoleState }
  /** The console asks for the state (it just opened, or reloaded). */
  | { kind: 'hello' }
  | { kind: 'move'; move: 'next' | 'previous' | 'start' | 'exit' }
  | { kind: 'go'; index: number };

/** Every message carries who sent it and a number, so one that arrives twice is applied once. */
export interface Envelope {
  app: 'coalition-atlas-talk';
  from: string;
  seq: number;
  message: ConsoleMessage;
}

export const CHANNEL = 'coalition-atlas-talk';

/** True for an envelope of this protocol (postMessage also carries other pages' messages). */
export function isEnvelope(data: unknown): data is Envelope {
  if (typeof data !== 'object' || data === null) return false;
  const e = data as Partial<Envelope>;
  return (
    e.app === 'coalition-atlas-talk' &&
    typeof e.from === 'string' &&
    typeof e.seq === 'number' &&
    typeof e.message === 'object' &&
    e.message !== null
  );
}

/**
 * Drop repeats: the same envelope may come by both routes. `fresh(seen, env)` is true the first
 * time a sender's number is seen (numbers only grow per sender).
 */
export function fresh(seen: Map<string, number>, env: Envelope): boolean {
  const last = seen.get(env.from) ?? -1;
  if (env.seq <= last) return false;
  seen.set(env.from, env.seq);
  return true;
}

/** The keys a presentation clicker sends, and what they do (the same as the story bar's). */
export function clickerMove(key: string): 'next' | 'previous' | null {
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') return 'next';
  if (key === 'ArrowLeft' || key === 'PageUp') return 'previous';
  return null;
}

/** `m:ss` (or `h:mm:ss`) for the console's clock: `clock(75_000)` → `'1:15'`. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
