/**
 * The layout worker waits while the reader is at work: on a machine with two cores, a
 * 5,000-actor layout running through the first seconds took the core that keystrokes, clicks
 * and the compositor needed (a keystroke 20–40 ms instead of under 16, issue 10). The layout
 * is only a refinement of a picture already shown, so it goes on once the input is quiet.
 */

/** Input that says a reader is at work (a pointer move only with a button held: a drag). */
const BUSY_EVENTS = ['keydown', 'input', 'click', 'pointerdown', 'pointermove', 'wheel'] as const;

/** The layout goes on this long after the last such input. */
export const QUIET_MS = 400;

const busyEvent = (e: Event) => e.type !== 'pointermove' || (e as PointerEvent).buttons !== 0;

/**
 * Calls `busy(true)` at the first input on `target` (captured, so every element's counts) and
 * `busy(false)` once `quietMs` pass without another; returns a function that stops watching.
 */
export function watchInput(
  target: EventTarget,
  busy: (on: boolean) => void,
  quietMs = QUIET_MS,
): () => void {
  let on = false;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const poke = (e: Event) => {
    if (!busyEvent(e)) return;
    if (!on) {
      on = true;
      busy(true);
    }
    clearTimeout(quiet);
    quiet = setTimeout(() => {
      on = false;
      busy(false);
    }, quietMs);
  };
  const options = { capture: true, passive: true };
  for (const type of BUSY_EVENTS) target.addEventListener(type, poke, options);
  return () => {
    clearTimeout(quiet);
    for (const type of BUSY_EVENTS) target.removeEventListener(type, poke, options);
  };
}
