/**
 * "Open a dataset…" as a context: Root owns the current dataset and sets the opener; any
 * control below it (the header button) asks it to open a file. Components outside a Root (a
 * component test of Header) see no opener and show no button.
 */
import { createContext } from 'svelte';

export interface DatasetOpener {
  /** Check `file`, then switch to it or show what is wrong; the view is untouched until then. */
  open(file: File): void;
  /** True while a file is being read and checked. */
  readonly busy: boolean;
}

export const [getOpener, setOpener, hasOpener] = createContext<DatasetOpener>();
