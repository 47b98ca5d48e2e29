/**
 * The inline script at the top of index.html (scripts/prerender.ts builds it): start the
 * `?data=` dataset's download before the page's script has arrived, or else preload the
 * built-in dataset's files, which scripts/prerender.ts lists on this script
 * (`data-builtin`, a JSON array of addresses). See lib/dataset/early.ts.
 */
import { fetchEarly, preloadFiles } from '../lib/dataset/early.ts';

const builtin = document.currentScript?.dataset.builtin;
if (!fetchEarly(location.search, location.href) && builtin) {
  preloadFiles(JSON.parse(builtin) as string[]);
}
