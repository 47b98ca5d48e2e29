/**
 * The wire between the audience window and the presenter console: every message goes out on a
 * BroadcastChannel and, to each known window, by window.postMessage (from file:// each window
 * has an opaque origin and Chromium's channel may not reach the other). A message arriving by
 * both routes is applied once (`fresh`). Peers are learnt from the windows that write to us
 * (`event.source`) and from `window.opener`/`window.open`.
 */
import {
  CHANNEL,
  fresh,
  isEnvelope,
  type ConsoleMessage,
  type Envelope,
} from '../lib/story/console.ts';

/** The channel, or null where the browser refuses it (some opaque origins): postMessage goes on alone. */
function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  } catch {
    return null;
  }
}

export class TalkLink {
  readonly #id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  #seq = 0;
  readonly #seen = new Map<string, number>();
  readonly #peers = new Set<Window>();
  readonly #channel: BroadcastChannel | null;
  readonly #onmessage: (m: ConsoleMessage) => void;
  readonly #listener = (e: MessageEvent) => this.#receive(e.data, e.source);

  constructor(onmessage: (m: ConsoleMessage) => void) {
    this.#onmessage = onmessage;
    const channel = openChannel();
    this.#channel = channel;
    if (channel) channel.onmessage = (e) => this.#receive(e.data, null);
    window.addEventListener('message', this.#listener);
    if (window.opener) this.addPeer(window.opener as Window);
  }

  addPeer(w: Window | null): void {
    if (w && w !== window) this.#peers.add(w);
  }

  send(message: ConsoleMessage): void {
    this.#seq += 1;
    const env: Envelope = { app: 'coalition-atlas-talk', from: this.#id, seq: this.#seq, message };
    // A state holds Svelte proxies at most through plain copies; clone-safe either way.
    const data = JSON.parse(JSON.stringify(env)) as Envelope;
    try {
      this.#channel?.postMessage(data);
    } catch {
      // closed channel: the other route still works
    }
    for (const peer of this.#peers) {
      if (peer.closed) this.#peers.delete(peer);
      else peer.postMessage(data, '*');
    }
  }

  #receive(data: unknown, source: MessageEventSource | null): void {
    if (!isEnvelope(data) || data.from === this.#id || !fresh(this.#seen, data)) return;
    if (source && 'postMessage' in source && !(source instanceof MessagePort)) {
      this.addPeer(source as Window);
    }
    this.#onmessage(data.message);
  }

  close(): void {
    window.removeEventListener('message', this.#listener);
    this.#channel?.close();
    this.#peers.clear();
  }
}
