/**
 * Text as XML 1.0 character data or attribute value. User lexicons may hold anything: markup
 * characters are escaped; characters XML 1.0 cannot carry at all, even as references (C0 controls
 * other than tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates), are dropped;
 * tab, line breaks and the characters a terminal acts on (DEL, C1 controls, bidirectional and line
 * separators) are written as character references, so a reader gets them back exactly (a raw line break
 * in an attribute would be read as a space) and a terminal never sees them raw.
 */
import { TERMINAL_UNSAFE } from '../../unsafeText';

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Markup characters, and what a terminal acts on (of C0, only tab and line breaks are left by then). */
const ESCAPED = new RegExp(`[&<>"']|${TERMINAL_UNSAFE.source}`, 'g');

const NAMED: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(ESCAPED, (c) => NAMED[c] ?? `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}
