/**
 * The inline script at the top of index.html (scripts/prerender.ts builds it): start the
 * `?data=` dataset's download before the page's script has arrived (lib/dataset/early.ts).
 */
import { fetchEarly } from '../lib/dataset/early.ts';

fetchEarly(location.search, location.href);
