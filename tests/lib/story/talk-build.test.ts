/**
 * "Download this talk as one file" with and without people's names hidden, on a stand-in of
 * the offline app: a page whose built-in data blocks (as vite.config.ts writes them) name the
 * people of tests/fixtures/mini-dataset.json.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/dataset/parse.ts';
import { blockJson, dataBlockIds, swapDataBlocks } from '../../../src/lib/story/data-blocks.ts';
import { datasetRef, type StoryFile } from '../../../src/lib/story/draft.ts';
import { parseStory } from '../../../src/lib/story/story.ts';
import { buildTalk } from '../../../src/lib/story/talk-build.ts';
import { readTalk, TALK_ELEMENT_ID } from '../../../src/lib/story/talk-file.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import mini from '../../fixtures/mini-dataset.json' with { type: 'json' };

const ds = mini as Dataset;
const people = ds.nodes.filter((n) => n.kind === 'person');

const story: StoryFile = {
  title: 'Dolkun Isa, in his words',
  dataset: datasetRef(ds),
  steps: [
    {
      id: 'isa',
      title: 'Dolkun Isa',
      caption: 'Isa said the report matters.',
      notes: 'Ask Dolkun about Geneva.',
      citations: [{ doc: 'voa-diaspora-groups', quote: 'Dolkun Isa, president of the World' }],
      view: {
        filters: {},
        highlight: ['dolkun-isa'],
        selection: 'dolkun-isa',
        zoom: 'selection',
        asOf: null,
      },
    },
  ],
};
const builtInStory = { title: 'Built in', steps: story.steps.map(({ notes: _, ...s }) => s) };

/** The offline app in small: code in the head that spells a block, the blocks in the body. */
const block = (id: string, value: unknown) =>
  `<script type="application/json" id="${id}">${blockJson(value)}</script>`;
const app = [
  '<!DOCTYPE html><html><head><script type="module">',
  'const b = \'<script type="application/json" id="data/story.json">\';',
  '</script></head><body><div id="app"></div>',
  block('data/coalition.json', ds),
  block('data/layout.json', { key: 'k', positions: { 'dolkun-isa': [1, 2] } }),
  block('data/story.json', builtInStory),
  block('data/sources/voa.txt', ds.documents[1]!.text),
  '</body></html>',
].join('\n');

const positions = new Map(ds.nodes.map((n, i) => [n.id, { x: i, y: -i }]));
const input = {
  html: app,
  stories: [{ id: 'draft-1', story }],
  source: ds,
  positions,
  builtInStory,
};

function talkOf(html: string) {
  const open = `<script type="application/json" id="${TALK_ELEMENT_ID}">`;
  const at = html.lastIndexOf(open);
  return readTalk(html.slice(at + open.length, html.indexOf('</script>', at)));
}

describe('buildTalk', () => {
  it('with names shown: the app as it is, the dataset and stories as they are', () => {
    const html = buildTalk({ ...input, hidePeople: false });
    expect(html.startsWith(app.slice(0, app.indexOf('</head>')))).toBe(true);
    expect(html).toContain(block('data/coalition.json', ds));
    expect(talkOf(html)).toMatchObject({ dataset: ds, hidePeople: false, stories: [{ story }] });
  });

  describe('with names hidden', () => {
    const html = buildTalk({ ...input, hidePeople: true });
    const talk = talkOf(html);

    it('names nobody, anywhere in the file', () => {
      const words = people.flatMap((p) => [p.name, p.id, ...p.name.split(' ')]);
      expect(words.filter((w) => html.includes(w))).toEqual([]);
    });

    it('keeps the built-in story, name-free, and withholds the rest of the built-in data', () => {
      expect(dataBlockIds(html)).toEqual([
        'data/coalition.json',
        'data/layout.json',
        'data/story.json',
        'data/sources/voa.txt',
      ]);
      const blocks = new Map<string, string>();
      swapDataBlocks(html, (id, json) => (blocks.set(id, json), json));
      expect(blocks.get('data/coalition.json')).toBe('null');
      expect(blocks.get('data/sources/voa.txt')).toBe('null');
      expect(JSON.parse(blocks.get('data/story.json')!)).toMatchObject({
        title: 'Built in',
        steps: [{ title: 'Person 1', view: { selection: 'person-1' } }],
      });
    });

    it('carries a dataset the app accepts, laid out as on screen, and stories that fit it', () => {
      expect(talk?.hidePeople).toBe(true);
      const carried = parseDataset(talk!.dataset);
      expect(carried.positions?.['person-1']).toEqual([
        positions.get('dolkun-isa')!.x,
        positions.get('dolkun-isa')!.y,
      ]);
      const [first] = talk!.stories;
      expect(first!.story.steps[0]).toMatchObject({
        notes: 'Ask Person 1 about Geneva.',
        citations: [{ quote: 'Person 1, president of the World' }],
      });
      expect(parseStory(first!.story, carried, { strict: false }).errors).toEqual([]);
      expect(first!.story.dataset).toEqual(datasetRef(carried));
    });
  });
});
