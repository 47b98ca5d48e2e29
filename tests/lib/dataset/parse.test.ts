import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DatasetError,
  MAX_ISSUES,
  parseDataset,
  parseDatasetText,
} from '../../../src/lib/dataset/parse.ts';
import type { Dataset } from '../../../src/lib/types.ts';

/** data/examples/minimal.json: the documented minimal valid file (1 document, 3 nodes, 2 links). */
const minimalText = readFileSync(
  new URL('../../../data/examples/minimal.json', import.meta.url),
  'utf8',
);
const minimal = (): Dataset => JSON.parse(minimalText) as Dataset;

function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DatasetError) return error.issues;
    throw error;
  }
  throw new Error('expected a DatasetError');
}

describe('parseDataset', () => {
  it('accepts the minimal example and returns its content', () => {
    const raw = minimal();
    const data = parseDataset(raw);
    expect(data).toEqual(raw);
    expect(data.nodes.map((n) => n.id)).toEqual([
      'example-letter',
      'example-uyghur-association-in-finland',
      'high-commissioner',
    ]);
  });

  it('does not mutate its input', () => {
    const raw = minimal();
    const before = JSON.stringify(raw);
    parseDataset(raw);
    (raw.nodes[0] as { kind: string }).kind = 'nope';
    const bad = JSON.stringify(raw);
    expect(() => parseDataset(raw)).toThrow(DatasetError);
    expect(JSON.stringify(raw)).toBe(bad);
    expect(before).not.toBe(bad);
  });

  const cases: {
    name: string;
    edit: (d: Dataset) => void;
    expected: { path: string; message: string }[];
  }[] = [
    {
      name: 'kind outside the vocabulary',
      edit: (d) => ((d.nodes[2] as { kind: string }).kind = 'agency'),
      expected: [
        {
          path: 'nodes[2].kind',
          message:
            'expected one of organisation, person, coalition, government, intergovernmental, media, report, got "agency"',
        },
      ],
    },
    {
      name: 'missing field',
      edit: (d) => delete (d.links[0] as Partial<Dataset['links'][0]>).relation,
      expected: [{ path: 'links[0].relation', message: 'is missing' }],
    },
    {
      name: 'wrong version',
      edit: (d) => (d.version = 2),
      expected: [{ path: 'version', message: 'this app reads version 1 files, got 2' }],
    },
    {
      name: 'node without citations',
      edit: (d) => (d.nodes[2]!.citations = []),
      expected: [{ path: 'nodes[2].citations', message: 'needs at least one citation' }],
    },
    {
      name: 'bad date',
      edit: (d) => (d.documents[0]!.date = '1 May 2022'),
      expected: [{ path: 'documents[0].date', message: 'expected an ISO date YYYY-MM-DD' }],
    },
    {
      name: 'quote not at its offsets',
      edit: (d) => (d.nodes[2]!.citations[0]!.start += 1),
      expected: [
        {
          path: 'nodes[2].citations[0].quote',
          message:
            'nodes[2] (id "high-commissioner"): citation quote does not match the document text at 83–99',
        },
      ],
    },
    {
      name: 'offsets past the end of the text',
      edit: (d) => (d.nodes[2]!.citations[0]!.end = 9999),
      expected: [
        {
          path: 'nodes[2].citations[0]',
          message:
            'nodes[2] (id "high-commissioner"): citation offsets 82–9999 are outside document "letter" (length 160)',
        },
      ],
    },
    {
      name: 'unknown document',
      edit: (d) => (d.nodes[0]!.citations[0]!.doc = 'nope'),
      expected: [
        {
          path: 'nodes[0].citations[0].doc',
          message:
            'nodes[0] (id "example-letter"): citation names document "nope", which is not in documents',
        },
      ],
    },
    {
      name: 'duplicate node id',
      edit: (d) => (d.nodes[2]!.id = 'example-letter'),
      expected: [
        { path: 'nodes[2].id', message: 'nodes[2] (id "example-letter"): duplicate node id' },
        {
          path: 'links[0].target',
          message:
            'links[0] (id "example-letter--addressed_to--high-commissioner"): target "high-commissioner" is not a node id',
        },
      ],
    },
    {
      name: 'duplicate link id',
      edit: (d) => d.links.push(structuredClone(d.links[0]!)),
      expected: [
        {
          path: 'links[2].id',
          message:
            'links[2] (id "example-letter--addressed_to--high-commissioner"): duplicate link id',
        },
      ],
    },
    {
      name: 'dangling link end',
      edit: (d) => {
        d.links[0]!.source = 'ghost';
        d.links[0]!.id = 'ghost--addressed_to--high-commissioner';
      },
      expected: [
        {
          path: 'links[0].source',
          message:
            'links[0] (id "ghost--addressed_to--high-commissioner"): source "ghost" is not a node id',
        },
      ],
    },
    {
      name: 'link id not source--relation--target',
      edit: (d) => (d.links[0]!.id = 'x'),
      expected: [
        {
          path: 'links[0].id',
          message:
            'links[0] (id "x"): id should be "example-letter--addressed_to--high-commissioner" (source--relation--target)',
        },
      ],
    },
    {
      name: 'document basis without citation',
      edit: (d) => delete d.nodes[1]!.countryProvenance!.citation,
      expected: [
        {
          path: 'nodes[1].countryProvenance.citation',
          message:
            'nodes[1] (id "example-uyghur-association-in-finland"): basis "document" needs a citation',
        },
      ],
    },
    {
      name: 'citation with another basis',
      edit: (d) =>
        (d.nodes[1]!.groupProvenance!.citation = structuredClone(d.nodes[1]!.citations[0]!)),
      expected: [
        {
          path: 'nodes[1].groupProvenance.citation',
          message:
            'nodes[1] (id "example-uyghur-association-in-finland"): a citation is allowed only with basis "document", not "name"',
        },
      ],
    },
    {
      name: 'a provenance citation not at its offsets',
      edit: (d) => (d.nodes[1]!.countryProvenance!.citation!.start += 1),
      expected: [
        {
          path: 'nodes[1].countryProvenance.citation.quote',
          message: expect.stringMatching(
            /^nodes\[1\] \(id "example-uyghur-association-in-finland"\): citation quote does not match the document text at \d+–\d+$/,
          ) as string,
        },
      ],
    },
  ];

  it.each(cases)('reports $name', ({ edit, expected }) => {
    const data = minimal();
    edit(data);
    expect(issuesOf(() => parseDataset(data))).toEqual(expected);
  });

  it('lists semantic problems beside shape ones, skipping entries whose shape is broken', () => {
    const data = minimal();
    (data.nodes[2] as { kind: string }).kind = 'agency';
    data.links[1]!.target = 'ghost';
    data.links[0]!.citations[0]!.quote = 'x'; // in the same entry as a shape issue: skipped
    delete (data.links[0] as Partial<Dataset['links'][0]>).relation;
    expect(issuesOf(() => parseDataset(data)).map((i) => i.path)).toEqual([
      'nodes[2].kind',
      'links[0].relation',
      'links[1].id',
      'links[1].target',
    ]);
  });

  it('keeps only the shape problems when the semantic checks cannot run', () => {
    const data = minimal();
    delete (data.nodes[0] as Partial<Dataset['nodes'][0]>).citations;
    data.links[1]!.target = 'ghost';
    expect(issuesOf(() => parseDataset(data))).toEqual([
      { path: 'nodes[0].citations', message: 'is missing' },
    ]);
  });

  it('summarises in the error message', () => {
    const data = minimal();
    (data.nodes[2] as { kind: string }).kind = 'agency';
    data.version = 2;
    expect(() => parseDataset(data)).toThrow(
      'The dataset is not valid: 2 problems. version: this app reads version 1 files, got 2; nodes[2].kind: expected one of organisation',
    );
  });

  it(`caps the list at ${MAX_ISSUES} with an "… and N more" line`, () => {
    const data = minimal();
    for (let i = 0; i < 60; i += 1)
      data.nodes.push({ ...structuredClone(data.nodes[2]!), kind: 'bad' as 'person' });
    const issues = issuesOf(() => parseDataset(data));
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toEqual({ path: '', message: '… and 10 more' });
    expect(() => parseDataset(data)).toThrow(
      /^The dataset is not valid: 60 problems\. .*; … and 55 more$/,
    );
  });

  it('rejects a non-object', () => {
    expect(issuesOf(() => parseDataset(null))).toEqual([
      { path: '(top level)', message: 'expected Object, got null' },
    ]);
  });
});

describe('parseDatasetText', () => {
  it('parses valid JSON text', () => {
    expect(parseDatasetText(minimalText).edition).toBe('2022-05-01');
  });

  it('says clearly when the text is not JSON', () => {
    expect(() => parseDatasetText('{"version":')).toThrow(
      /^The dataset file could not be read: 1 problem\. not valid JSON \(.+\); is this the data\/coalition\.json built by npm run data\?$/,
    );
  });
});
