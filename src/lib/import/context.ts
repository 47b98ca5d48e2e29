/**
 * "Add a letter…" as a context: Root owns the importer (loaded on first use) and sets this;
 * the header button asks it to open. Outside a Root there is no importer and no button.
 */
import { createContext } from 'svelte';

export interface LetterImporter {
  /** Open the importer on the work in progress (or a new one on the map that is open). */
  open(): void;
}

export const [getImporter, setImporter, hasImporter] = createContext<LetterImporter>();
