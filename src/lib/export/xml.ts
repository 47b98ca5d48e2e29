/** Escaping shared by the XML exports (GEXF, GraphML). */

/**
 * Characters XML 1.0 forbids even as references (C0 controls but tab, CR, LF; lone surrogates;
 * U+FFFE, U+FFFF): a document holding one is not well-formed, so they are dropped.
 */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text content: `a < b & "c"` → `a &lt; b &amp; &quot;c&quot;`; illegal characters removed, CR
 * written as a reference (parsers would fold a raw CR LF into LF).
 */
export function escapeXml(text: string): string {
  return text
    .replace(ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/**
 * An attribute value. Parsers turn a raw tab or line break in an attribute into a space, so
 * those are written as character references to survive the round trip.
 */
export function escapeXmlAttr(text: string): string {
  return escapeXml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** `<name a="1">` from ordered attribute pairs; pairs with an undefined value are left out. */
export function attrs(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXmlAttr(String(v))}"`)
    .join('');
}
