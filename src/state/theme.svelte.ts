/**
 * Light, dark or high contrast (for projectors: near-black, white text; offered in presenter
 * view): follows the system until the reader picks one, then remembers the choice
 * (localStorage) and writes it to `<html data-theme>`, where styles/themes.css reads it.
 */
const KEY = 'coalition-atlas:theme';
export type Theme = 'light' | 'dark' | 'contrast';

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

const isTheme = (v: unknown): v is Theme => v === 'light' || v === 'dark' || v === 'contrast';

function storedTheme(): Theme | null {
  // index.html's inline script has applied the stored choice already (else the system's).
  const applied = typeof document === 'undefined' ? null : document.documentElement.dataset.theme;
  if (isTheme(applied)) return applied;
  try {
    const v = localStorage.getItem(KEY);
    return isTheme(v) ? v : null;
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
    this.set(this.current === 'light' ? 'dark' : 'light');
  }

  /** High contrast on, or back to the theme it replaced. */
  toggleContrast(): void {
    if (this.current === 'contrast') this.set(this.#before);
    else {
      this.#before = this.current;
      this.set('contrast');
    }
  }

  /** The theme an export draws in: high contrast exports as dark. */
  get base(): 'light' | 'dark' {
    return this.current === 'light' ? 'light' : 'dark';
  }

  #before: 'light' | 'dark' = 'dark';

  set(theme: Theme): void {
    this.current = theme;
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
