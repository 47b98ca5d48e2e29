/**
 * A popover's open state and how it is dismissed, one rule for every menu and disclosure in the
 * header (ExportMenu, ViewOptions): Escape inside the widget closes it and gives the focus back
 * to its trigger; a press outside it closes it and leaves the focus where the press put it.
 * Escape's default is prevented so the page's own Escape (which clears the selection) does not
 * also run. Wire it with two attachments: `{@attach popover.root}` on the element that holds the
 * trigger and the panel, `{@attach popover.trigger}` on the button.
 */
import type { Attachment } from 'svelte/attachments';

export class Popover {
  open = $state(false);

  #trigger: HTMLElement | undefined;
  readonly #onclose: (() => void) | undefined;

  /** `onclose` runs on every close, for what the widget resets with it (a sub-panel, say). */
  constructor(onclose?: () => void) {
    this.#onclose = onclose;
  }

  /** Close it; with `refocus`, the focus goes back to the trigger. */
  close(refocus = true): void {
    this.open = false;
    this.#onclose?.();
    if (refocus) this.#trigger?.focus();
  }

  /** The widget's root: Escape within it and presses outside it close the popover. */
  root: Attachment<HTMLElement> = (el) => {
    const onkeydown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !this.open) return;
      e.preventDefault();
      this.close();
    };
    const onpointerdown = (e: PointerEvent) => {
      if (this.open && e.target instanceof Node && !el.contains(e.target)) this.close(false);
    };
    el.addEventListener('keydown', onkeydown);
    window.addEventListener('pointerdown', onpointerdown);
    return () => {
      el.removeEventListener('keydown', onkeydown);
      window.removeEventListener('pointerdown', onpointerdown);
    };
  };

  /** The button that opens it, which gets the focus back on Escape. */
  trigger: Attachment<HTMLElement> = (el) => {
    this.#trigger = el;
    return () => {
      if (this.#trigger === el) this.#trigger = undefined;
    };
  };
}
