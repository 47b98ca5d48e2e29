import { describe, expect, it } from 'vitest';
import { attrs, escapeXml, escapeXmlAttr } from '../../../src/lib/export/xml.ts';

describe('escapeXml', () => {
  const cases = [
    {
      name: 'the five specials',
      input: `a < b & "c" > 'd'`,
      expected: 'a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;',
    },
    {
      name: 'accents and typographic quotes stay',
      input: 'Ouïghours “x” – «y»',
      expected: 'Ouïghours “x” – «y»',
    },
    {
      name: 'C0 controls dropped, tab and LF kept',
      input: 'a\u0000b\u000Cc\td\ne',
      expected: 'abc\td\ne',
    },
    { name: 'CR written as a reference', input: 'a\r\nb', expected: 'a&#13;\nb' },
    { name: 'lone surrogate and U+FFFE dropped', input: 'a\uD800b\uFFFEc', expected: 'abc' },
    { name: 'astral characters kept', input: 'flag 🇫🇮', expected: 'flag 🇫🇮' },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => expect(escapeXml(input)).toBe(expected));
  }
});

describe('escapeXmlAttr', () => {
  it('writes tab and line breaks as references', () => {
    expect(escapeXmlAttr('a\tb\nc\r\nd')).toBe('a&#9;b&#10;c&#13;&#10;d');
  });
});

describe('attrs', () => {
  it('writes pairs in order and leaves out undefined', () => {
    expect(
      attrs([
        ['id', 'a&b'],
        ['x', 1.5],
        ['y', undefined],
      ]),
    ).toBe(' id="a&amp;b" x="1.5"');
  });
});
