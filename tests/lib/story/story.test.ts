import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../src/lib/story/story.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import mini from '../../fixtures/mini-dataset.json' with { type: 'json' };

const ds = mini as Dataset;
const voa = ds.documents.find((d) => d.id === 'voa-diaspora-groups')!.text;

/** A valid two-step story over the mini dataset; each test changes one thing. */
function goodStory() {
  return {
    title: 'Mini story',
    steps: [
      {
        id: 'letter',
        title: 'The letter',
        caption: 'On 8 March 2022 organisations wrote to the High Commissioner.',
        citations: [{ doc: 'open-letter', quote: '8 March, 2022' }],
        view: {
          filters: { coalitions: ['open-letter-2022-03-08'] },
          highlight: [],
          selection: 'open-letter-2022-03-08',
          zoom: 'selection',
          asOf: '2022-03-08',
        },
      },
      {
        id: 'diaspora',
        title: 'Diaspora groups',
        caption: 'Uyghur diaspora groups urged action.',
        // Typed with a straight apostrophe; the text prints ’ (folded when locating).
        citations: [{ doc: 'voa-diaspora-groups', quote: "her office's long-awaited assessment" }],
        view: {
          filters: { groups: ['diaspora'], regions: ['Europe', 'Asia'] },
          highlight: ['world-uyghur-congress', 'japan-uyghur-association'],
          selection: null,
          zoom: 'highlight',
          asOf: null,
        },
      },
    ],
  };
}

describe('parseStory: a good story', () => {
  it('resolves every quote to the exact text and offsets, and keeps the views', () => {
    const raw = goodStory();
    const before = JSON.stringify(raw);
    const { story, errors } = parseStory(raw, ds);
    expect(errors).toEqual([]);
    expect(story.title).toBe('Mini story');
    expect(story.steps.map((s) => s.id)).toEqual(['letter', 'diaspora']);
    const start = voa.indexOf('her office’s long-awaited assessment');
    expect(story.steps[1]!.citations).toEqual([
      {
        doc: 'voa-diaspora-groups',
        start,
        end: start + 36,
        quote: 'her office’s long-awaited assessment',
      },
    ]);
    expect(story.steps[1]!.view).toEqual({
      filters: { groups: ['diaspora'], regions: ['Europe', 'Asia'] },
      highlight: ['world-uyghur-congress', 'japan-uyghur-association'],
      selection: null,
      zoom: 'highlight',
      asOf: null,
    });
    expect(JSON.stringify(raw)).toBe(before);
  });

  it('takes "occurrence" for a quote printed more than once', () => {
    const raw = goodStory();
    raw.steps[1]!.citations = [
      { doc: 'voa-diaspora-groups', quote: 'World Uyghur Congress', occurrence: 2 } as never,
    ];
    const { story, errors } = parseStory(raw, ds);
    expect(errors).toEqual([]);
    expect(story.steps[1]!.citations[0]).toMatchObject({
      start: 628,
      end: 649,
      quote: 'World Uyghur Congress',
    });
  });
});

type Raw = ReturnType<typeof goodStory>;
type Step = Raw['steps'][number];

describe('parseStory: a bad story gets one message per problem', () => {
  const cases: { name: string; edit: (step: Step) => void; expected: string[] }[] = [
    {
      name: 'unknown node in highlight and selection (reported once)',
      edit: (s) => {
        s.view.highlight = ['ghost'];
        s.view.selection = 'ghost';
      },
      expected: ['step "diaspora": node "ghost" is not in the dataset'],
    },
    {
      name: 'quote not found',
      edit: (s) =>
        (s.citations = [{ doc: 'voa-diaspora-groups', quote: 'Bachelet visited Urumqi' }]),
      expected: [
        'step "diaspora": quote "Bachelet visited Urumqi" is not in "voa-diaspora-groups"',
      ],
    },
    {
      name: 'ambiguous quote',
      edit: (s) => (s.citations = [{ doc: 'voa-diaspora-groups', quote: 'World Uyghur Congress' }]),
      expected: [
        'step "diaspora": quote "World Uyghur Congress" occurs 2 times in "voa-diaspora-groups" (at 344, 628); add "occurrence": N (1-based) or quote more words',
      ],
    },
    {
      name: 'unknown document',
      edit: (s) => (s.citations = [{ doc: 'voa', quote: 'Munich-based' }]),
      expected: [
        'step "diaspora": unknown document "voa" (known: open-letter, voa-diaspora-groups)',
      ],
    },
    {
      name: 'no citations',
      edit: (s) => (s.citations = []),
      expected: [
        'step "diaspora": "citations" must be a non-empty array of { "doc", "quote" }: every caption needs its source',
      ],
    },
    {
      name: 'filter values outside the vocabularies',
      edit: (s) => (s.view.filters = { groups: ['exiles'], regions: ['Oceania'] } as never),
      expected: [
        'step "diaspora": filter groups value "exiles" is not in the dataset (known: academic, diaspora, faith, individual, international, national, professional, solidarity)',
        'step "diaspora": filter regions value "Oceania" is not in the dataset (known: Americas, Asia, Europe)',
      ],
    },
    {
      name: 'a coalition filter naming a node that is not a coalition',
      edit: (s) => (s.view.filters = { coalitions: ['ohchr'] } as never),
      expected: [
        'step "diaspora": filter coalitions value "ohchr" is not in the dataset (known: open-letter-2022-03-08, wuc-statement-2022-08-31)',
      ],
    },
    {
      name: 'a misspelt key, a bad zoom and a bad date',
      edit: (s) => {
        Object.assign(s.view, { hightlight: [], zoom: 'close', asOf: '31 August 2022' });
      },
      expected: [
        'step "diaspora": unknown field "hightlight" in view (known: filters, highlight, selection, zoom, asOf, display)',
        'step "diaspora": view.zoom must be one of fit, highlight, selection',
        'step "diaspora": view.asOf must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null, not "31 August 2022"',
      ],
    },
    {
      name: 'zoom with nothing to frame',
      edit: (s) => Object.assign(s.view, { zoom: 'selection', selection: null }),
      expected: ['step "diaspora": view.zoom is "selection" but view.selection is null'],
    },
    {
      name: 'empty title, duplicate id',
      edit: (s) => Object.assign(s, { id: 'letter', title: ' ' }),
      expected: [
        'step "letter": duplicate step id: each step needs its own URL',
        'step "letter": "title" must be a non-empty string',
      ],
    },
    {
      name: 'an id that is not a slug (named by position)',
      edit: (s) => (s.id = 'The Diaspora'),
      expected: [
        'step 2: "id" must be a slug such as "april-letter" (lower-case letters, digits, "-")',
      ],
    },
  ];

  it.each(cases)('$name', ({ edit, expected }) => {
    const raw = goodStory();
    edit(raw.steps[1]!);
    const { story, errors } = parseStory(raw, ds);
    expect(errors).toEqual(expected);
    expect(story.steps.map((s) => s.id)).toEqual(['letter']);
  });

  it.each([
    {
      name: 'not an object',
      raw: [1, 2],
      expected: ['the story must be an object { "title": "…", "steps": [ … ] }'],
    },
    {
      name: 'no title, no steps',
      raw: { steps: [] },
      expected: [
        'the story needs a "title" (a non-empty string)',
        'the story has no steps: add at least one',
      ],
    },
    {
      name: 'a step that is not an object',
      raw: { title: 't', steps: ['x'] },
      expected: ['step 1: must be an object with id, title, caption, citations and view'],
    },
  ])('the story itself: $name', ({ raw, expected }) => {
    expect(parseStory(raw, ds).errors).toEqual(expected);
  });
});
