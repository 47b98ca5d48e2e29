import { afterEach, describe, expect, it } from 'vitest';
import { Popover } from '../../src/state/popover.svelte.ts';

/** A widget as the header's menus are: a root holding a trigger and a panel, beside other page. */
function widget(onclose?: () => void) {
  document.body.innerHTML = `
    <div id="root"><button id="trigger">Menu</button><div id="panel"><button id="item">Item</button></div></div>
    <button id="elsewhere">Elsewhere</button>`;
  const byId = (id: string) => document.getElementById(id)!;
  const popover = new Popover(onclose);
  const detachRoot = popover.root(byId('root'));
  const detachTrigger = popover.trigger(byId('trigger'));
  const detach = () => {
    if (typeof detachRoot === 'function') detachRoot();
    if (typeof detachTrigger === 'function') detachTrigger();
  };
  return { popover, byId, detach };
}

const key = (el: HTMLElement, k: string) => {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
  el.dispatchEvent(e);
  return e;
};
// jsdom has no PointerEvent constructor; the popover reads only the target.
const press = (el: HTMLElement) =>
  el.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));

afterEach(() => (document.body.innerHTML = ''));

describe('Popover', () => {
  it('Escape inside closes it, prevents the page’s Escape and refocuses the trigger', () => {
    const { popover, byId } = widget();
    popover.open = true;
    byId('item').focus();
    const e = key(byId('item'), 'Escape');
    expect(popover.open).toBe(false);
    expect(e.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(byId('trigger'));
  });

  it('Escape while closed is left to the page', () => {
    const { popover, byId } = widget();
    const e = key(byId('trigger'), 'Escape');
    expect(popover.open).toBe(false);
    expect(e.defaultPrevented).toBe(false);
  });

  it('other keys leave it open', () => {
    const { popover, byId } = widget();
    popover.open = true;
    expect(key(byId('item'), 'ArrowDown').defaultPrevented).toBe(false);
    expect(popover.open).toBe(true);
  });

  it('a press outside closes it without moving the focus; a press inside does not', () => {
    const { popover, byId } = widget();
    popover.open = true;
    byId('item').focus();
    press(byId('panel'));
    expect(popover.open).toBe(true);
    press(byId('elsewhere'));
    expect(popover.open).toBe(false);
    expect(document.activeElement).toBe(byId('item'));
  });

  it('runs onclose on every close', () => {
    let closes = 0;
    const { popover, byId } = widget(() => (closes += 1));
    popover.open = true;
    key(byId('item'), 'Escape');
    popover.open = true;
    press(byId('elsewhere'));
    popover.close(false);
    expect(closes).toBe(3);
  });

  it('listens no more once detached', () => {
    const { popover, byId, detach } = widget();
    popover.open = true;
    detach();
    press(byId('elsewhere'));
    key(byId('item'), 'Escape');
    expect(popover.open).toBe(true);
  });
});
