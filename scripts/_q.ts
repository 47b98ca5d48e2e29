import { readFileSync } from 'node:fs';
import { parseDataset } from '../src/lib/dataset/parse.ts';
import { createSearch } from '../src/lib/search/search.ts';
const file = process.argv[2]!;
const ds = parseDataset(JSON.parse(readFileSync(file, 'utf8')));
const search = createSearch(ds);
for (const q of process.argv.slice(3)) {
  const hits = search(q, 12);
  console.log(`== ${q} (${hits.length})`);
  for (const h of hits.slice(0, 5)) console.log(`   ${h.name.slice(0, 60)} [${h.field}: ${h.matched.slice(0, 50)}] ${h.score.toFixed(2)}`);
}
