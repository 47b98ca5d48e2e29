import { describe, expect, it } from 'vitest';
import { citeView } from '../../../src/lib/export/cite.ts';
import { fixture } from './helpers.ts';

describe('citeView', () => {
  const ds = fixture();
  const url = 'https://example.org/atlas/?group=diaspora#view';
  const base = { url, accessed: '2026-11-22' };

  it('names the edition, the view, the permalink and every source', () => {
    expect(citeView(ds, { ...base, summary: 'Diaspora groups among the signatories' })).toBe(
      'Coalition Atlas, dataset v1 (edition 2022-09-02). “Diaspora groups among the signatories”. ' +
        `${url} (accessed 2026-11-22). Sources: ` +
        'Example Uyghur Association in Finland, “Joint letter to the High Commissioner” (2022-03-08); ' +
        'Voice of Example, “Groups & activists call out the UN” (n.d.); ' +
        'OHCHR, “OHCHR assessment released” (2022-08-31); ' +
        "Mission of the People's Republic of China, “Response to the so-called “assessment”” (2022-09-01); " +
        'Voice of Example, “Diaspora groups: report «not enough»” (2022-09-02).',
    );
  });

  it('contains the url and all five document titles', () => {
    const text = citeView(ds, { ...base, summary: 'All' });
    expect(text).toContain(url);
    expect(ds.documents).toHaveLength(5);
    for (const d of ds.documents) expect(text).toContain(d.title);
  });

  const summaries = [
    { name: 'adds a full stop', summary: 'The letter', expected: '“The letter”. https' },
    {
      name: 'keeps the summary’s own stop',
      summary: 'Who signed?',
      expected: '“Who signed?” https',
    },
    { name: 'trims', summary: '  The letter ', expected: '“The letter”. https' },
    { name: 'leaves out an empty summary', summary: ' ', expected: '(edition 2022-09-02). https' },
  ];
  for (const { name, summary, expected } of summaries) {
    it(`summary: ${name}`, () => expect(citeView(ds, { ...base, summary })).toContain(expected));
  }

  it('hides people named in the summary when asked', () => {
    const text = citeView(ds, { ...base, summary: 'Aysel Tohti and the letter', hidePeople: true });
    expect(text).toContain('“Person 1 and the letter”.');
    expect(text).not.toContain('Tohti');
  });

  it('names the dataset by its own title when it has one, people hidden in it', () => {
    const titled = { ...fixture(), title: 'What Aysel Tohti signed' };
    expect(citeView(titled, { ...base, summary: 'All' })).toMatch(
      /^Coalition Atlas: What Aysel Tohti signed, dataset v1 \(edition 2022-09-02\)\. “All”\./,
    );
    expect(citeView(titled, { ...base, summary: 'All', hidePeople: true })).toMatch(
      /^Coalition Atlas: What Person 1 signed, dataset v1 /,
    );
  });

  it('does not mutate the dataset', () => {
    const data = fixture();
    citeView(data, { ...base, summary: 'x', hidePeople: true });
    expect(data).toEqual(fixture());
  });
});
