/**
 * The offline app's built-in data (vite.config.ts, `dataBlocks`): each file of `data/` it
 * bundles is a block `<script type="application/json" id="data/coalition.json">…</script>` at
 * the end of the page. A talk file written with people's names hidden carries its own dataset
 * with names hidden, and replaces these blocks: the story with its name-free copy, everything
 * else (the dataset, its layout, the documents and curation the importer builds from) with
 * `null`, so no name is left in the file.
 */

/** A block's id is the file's path under the project: `data/story.json`. */
const BLOCK = /<script type="application\/json" id="(data\/[^"]+)">([^<]*)<\/script>/g;

/** The id of the built-in dataset's block: `null` in it means the data was withheld. */
export const DATASET_BLOCK = 'data/coalition.json';
export const STORY_BLOCK = 'data/story.json';

/** JSON for a block: `<` written `\u003c` (the same JSON), so no text closes the element early. */
export function blockJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * `html` with each data block's JSON replaced by `swap(id, json)`. Blocks are searched after
 * `</head>` only: the app's code, in the head, may spell the same markup.
 * `swapDataBlocks(html, () => 'null')` withholds every one.
 */
export function swapDataBlocks(html: string, swap: (id: string, json: string) => string): string {
  const head = Math.max(0, html.lastIndexOf('</head>'));
  const body = html.slice(head);
  const swapped = body.replace(
    BLOCK,
    (_, id: string, json: string) =>
      `<script type="application/json" id="${id}">${swap(id, json)}</script>`,
  );
  return html.slice(0, head) + swapped;
}

/** The ids of the data blocks in `html`, in order. */
export function dataBlockIds(html: string): string[] {
  const body = html.slice(Math.max(0, html.lastIndexOf('</head>')));
  return [...body.matchAll(BLOCK)].map((m) => m[1]!);
}

/**
 * True in a page whose built-in data was withheld (a talk file written with names hidden):
 * there is no built-in map to add a letter to, only the talk's own dataset.
 */
export function builtInWithheld(doc: Document): boolean {
  return doc.getElementById(DATASET_BLOCK)?.textContent === 'null';
}
