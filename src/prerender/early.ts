/**
 * The inline script at the top of index.html (scripts/prerender.ts builds it, `#ahead`): with
 * a parameter in the address, the app's modules and its dataset (a `?data=` file, else the
 * built-in one) are requested now, before the page's script has been asked for. A plain
 * address shows the prerendered picture first, and src/prerender/frame.ts asks once it is
 * painted. See ahead.ts.
 */
import { readAhead, requestAhead } from './ahead.ts';

if (location.search !== '') requestAhead(readAhead(document.currentScript));
