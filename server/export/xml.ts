// XML text for the GraphML and GEXF writers. Hand-written because they stream element by element, which
// the XML builders on npm do not do without holding the document; escaping is the whole of it.

// Characters XML 1.0 cannot hold at all (C0 controls but tab, newline, return; U+FFFE/FFFF; lone surrogates).
// eslint-disable-next-line no-control-regex -- control characters are what this drops
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Text without the characters XML cannot hold. */
export const xmlChars = (value: string) => value.replace(NOT_XML, '');

/** Text safe inside an XML attribute value or element: escaped, characters XML cannot hold dropped. */
export function xmlText(value: string): string {
  // Tab, newline and return as character references, so that attribute-value normalisation keeps them.
  return value.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c]);
}
