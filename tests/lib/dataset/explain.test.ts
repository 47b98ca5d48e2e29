import { describe, expect, it } from 'vitest';
import { explainIssues } from '../../../src/lib/dataset/explain.ts';

const raw = {
  documents: [{ id: 'letter' }],
  nodes: [{ id: 'a' }, { kind: 'x' }, 'oops'],
  links: [{ id: 'a--signed--b' }],
};

describe('explainIssues', () => {
  const cases = [
    {
      name: 'shape issue: entry from the raw file',
      issue: { path: 'links[0].relation', message: 'is missing' },
      expected: { field: 'links[0].relation', entry: 'a--signed--b', reason: 'is missing' },
    },
    {
      name: 'semantic issue: the owner prefix is dropped',
      issue: {
        path: 'nodes[0].citations[0].doc',
        message: 'nodes[0] (id "a"): citation names document "nope", which is not in documents',
      },
      expected: {
        field: 'nodes[0].citations[0].doc',
        entry: 'a',
        reason: 'citation names document "nope", which is not in documents',
      },
    },
    {
      name: 'document prefix without id',
      issue: { path: 'documents[0].id', message: 'documents[0]: duplicate document id "letter"' },
      expected: {
        field: 'documents[0].id',
        entry: 'letter',
        reason: 'duplicate document id "letter"',
      },
    },
    {
      name: 'entry without an id',
      issue: { path: 'nodes[1].kind', message: 'expected one of …' },
      expected: { field: 'nodes[1].kind', entry: null, reason: 'expected one of …' },
    },
    {
      name: 'entry that is not an object',
      issue: { path: 'nodes[2]', message: 'expected Object, got "oops"' },
      expected: { field: 'nodes[2]', entry: null, reason: 'expected Object, got "oops"' },
    },
    {
      name: 'top level',
      issue: { path: 'version', message: 'is missing' },
      expected: { field: 'version', entry: null, reason: 'is missing' },
    },
  ];

  it.each(cases)('$name', ({ issue, expected }) => {
    const before = JSON.stringify(raw);
    expect(explainIssues(raw, [issue])).toEqual([expected]);
    expect(JSON.stringify(raw)).toBe(before);
  });

  it('works without a parsed file (the text was not JSON)', () => {
    expect(explainIssues(null, [{ path: '', message: 'not valid JSON (…)' }])).toEqual([
      { field: '', entry: null, reason: 'not valid JSON (…)' },
    ]);
  });
});
