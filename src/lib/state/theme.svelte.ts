/**
 * Light or dark: follows the system until the reader picks one, then remembers the choice
 * (localStorage) and writes it to `<html data-theme>`, where app.css reads it.
 */
const KEY = 'coalition-atlas:theme';
type Theme = 'light' | 'dark';

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

function storedTheme(): Theme | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null; // storage blocked (private mode, file://): follow the system
  }
}

export class ThemeState {
  current: Theme = $state(storedTheme() ?? systemTheme());

  constructor() {
    this.#write();
  }

  toggle(): void {
    this.current = this.current === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, this.current);
    } catch {
      // not remembered; the toggle still works for this page
    }
    this.#write();
  }

  #write(): void {
    if (typeof document !== 'undefined') document.documentElement.dataset.theme = this.current;
  }
}
