/**
 * Text for XML and HTML (the SVG map, the HTML report): labels come from user lexicons and sentences
 * from manuscripts, so any of them may hold markup, quotes or characters XML 1.0 does not allow.
 */

/**
 * Characters an XML 1.0 document may not hold at all, not even as a character reference: C0 controls
 * other than tab, newline and carriage return, U+FFFE and U+FFFF, and lone surrogates (which no UTF-8
 * file can carry). Each becomes U+FFFD, so one bad label cannot make the whole document unreadable.
 */
export const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe as element content and as a quoted attribute value, in XML and in HTML. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"']/g, (c) => ENTITY[c]);
}
