/**
 * Text as XML 1.0 character data or attribute value. User lexicons may hold anything: markup
 * characters are escaped; characters XML 1.0 cannot carry at all, even as references (C0 controls
 * other than tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates), are dropped;
 * tab, line breaks and the characters a terminal acts on (DEL, C1 controls, bidirectional and line
 * separators) are written as character references, so a reader gets them back exactly (a raw line break
 * in an attribute would be read as a space) and a terminal never sees them raw.
 */
import { TERMINAL_UNSAFE } from '../../unsafeText';
import { NOT_XML } from '../xml';

/** Markup characters, and what a terminal acts on (of C0, only tab and line breaks are left by then). */
const ESCAPED = new RegExp(`[&<>"']|${TERMINAL_UNSAFE.source}`, 'g');

const NAMED: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(ESCAPED, (c) => NAMED[c] ?? `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}
