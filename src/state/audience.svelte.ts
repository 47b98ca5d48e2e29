/**
 * The audience window's side of the presenter console: it sends what is on screen (the step,
 * the next one, their notes and sources, written out with people hidden when they are) on
 * every change, and applies the console's moves to the story on screen. Create once, in the
 * root component's initialisation (it sets up effects).
 */
import { chipLabels } from '../lib/evidence/source-label.ts';
import type { ConsoleMessage, ConsoleState, ConsoleStep } from '../lib/story/console.ts';
import type { StoryStep } from '../lib/story/types.ts';
import type { StorySlot } from './story-slot.svelte.ts';
import type { StoryState } from './story.svelte.ts';
import { TalkLink } from './talk-link.svelte.ts';

/** A step written out for the console. */
function consoleStep(story: StoryState, step: StoryStep | undefined): ConsoleStep | null {
  if (!step) return null;
  const { app } = story;
  const docOf = (id: string) => app.dataset.documents.find((d) => d.id === id);
  const names = new Set(app.dataset.nodes.flatMap((n) => [n.name, ...n.aliases]));
  const labels = chipLabels(
    step.citations.map((c) => ({
      quote: c.quote,
      doc: docOf(c.doc) ?? { publisher: c.doc, kind: 'news-report' as const },
    })),
    (q) => names.has(q),
  );
  return {
    title: app.redact(step.title),
    caption: app.redact(step.caption),
    notes: app.redact(step.notes),
    sources: step.citations.map((c, i) => ({
      label: app.redact(labels[i] ?? c.doc),
      doc: docOf(c.doc)?.title ?? c.doc,
      quote: app.redact(c.quote),
    })),
  };
}

/** What the console shows for `story` (null: no story loaded yet). */
export function consoleState(story: StoryState | null): ConsoleState {
  if (!story) return { story: '', index: -1, total: 0, current: null, next: null };
  const { steps } = story.story;
  const i = story.index;
  return {
    story: story.app.redact(story.story.title),
    index: i,
    total: steps.length,
    current: consoleStep(story, steps[i]),
    next: consoleStep(story, steps[i + 1]),
  };
}

export class Audience {
  readonly link: TalkLink;
  readonly #slot: StorySlot;

  constructor(slot: StorySlot) {
    this.#slot = slot;
    this.link = new TalkLink((m) => void this.#apply(m));
    $effect(() => {
      const state = consoleState(this.#slot.story);
      this.link.send({ kind: 'state', state });
    });
    $effect(() => () => this.link.close());
  }

  /** "Open presenter console": a second window on the same file, `?console=1`. */
  openConsole(): Window | null {
    const url = `${location.pathname}?console=1`;
    const w = window.open(url, 'coalition-atlas-console', 'popup,width=1000,height=720');
    this.link.addPeer(w);
    return w;
  }

  async #apply(m: ConsoleMessage): Promise<void> {
    if (m.kind === 'hello') {
      this.link.send({ kind: 'state', state: consoleState(this.#slot.story) });
      return;
    }
    if (m.kind === 'state') return;
    const story = this.#slot.story ?? (await this.#slot.ensure());
    if (!story) return;
    if (m.kind === 'go') {
      if (!story.active) story.start(m.index);
      else story.goTo(m.index);
    } else if (m.move === 'next') {
      if (story.active) story.next();
      else story.start(0);
    } else if (m.move === 'previous') story.previous();
    else if (m.move === 'start') story.start(0);
    else story.exit();
  }
}
