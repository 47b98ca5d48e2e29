import { describe, expect, it } from 'vitest';
import { isEmbed, withoutEmbed } from '../../../src/lib/url/embed.ts';
import { iframeSnippet, withEmbed } from '../../../src/lib/export/embed-code.ts';

const BASE = 'https://example.org/atlas/';

describe('isEmbed', () => {
  const cases = [
    { input: '?embed=1', expected: true },
    { input: 'node=wuc&embed=1', expected: true },
    { input: '?embed=0', expected: false },
    { input: '?embed=yes', expected: false },
    { input: '?embedded=1', expected: false },
    { input: '', expected: false },
  ];
  for (const { input, expected } of cases) {
    it(`"${input}" → ${expected}`, () => expect(isEmbed(input)).toBe(expected));
  }
});

describe('withoutEmbed and withEmbed', () => {
  const cases = [
    { name: 'only embed', embedded: `${BASE}?embed=1`, full: BASE },
    {
      name: 'a view, order kept',
      embedded: `${BASE}?node=world-uyghur-congress&group=diaspora,faith&embed=1`,
      full: `${BASE}?node=world-uyghur-congress&group=diaspora,faith`,
    },
    {
      name: 'encoded values stay encoded',
      embedded: `${BASE}?q=caf%C3%A9%20x&embed=1`,
      full: `${BASE}?q=caf%C3%A9%20x`,
    },
  ];
  for (const { name, embedded, full } of cases) {
    it(`${name}: out`, () => expect(withoutEmbed(embedded)).toBe(full));
    it(`${name}: in`, () => expect(withEmbed(full)).toBe(embedded));
  }

  it('embed in the middle, a hash, embed=0: all dropped on the way out', () => {
    expect(withoutEmbed(`${BASE}?embed=0&node=a&embed=1#x`)).toBe(`${BASE}?node=a#x`);
  });

  it('never doubles the parameter and drops the hash on the way in', () => {
    expect(withEmbed(`${BASE}?node=a&embed=1#x`)).toBe(`${BASE}?node=a&embed=1`);
  });
});

describe('iframeSnippet', () => {
  it('frames the embedded view with a title, escaped', () => {
    expect(iframeSnippet(`${BASE}?node=a&q=x"y`, 'A & "B"')).toBe(
      `<iframe src="${BASE}?node=a&amp;q=x%22y&amp;embed=1" title="Coalition Atlas: A &amp; &quot;B&quot;" ` +
        'width="100%" height="600" style="border:0" loading="lazy" allow="fullscreen"></iframe>',
    );
  });
});
