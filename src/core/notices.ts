/**
 * Notices for text Mechlens did not read in full. Some work is per pair of terms, so a sentence is read
 * for claims only up to the limits in `LIMITS`; past them the author is told, never silently skipped.
 */
import { LIMITS } from './limits';
import type { Range } from './types';

/** Why a sentence was not read in full, and how big it was. */
export interface NotRead {
  /** Too long, too many terms, or a reading rule failed on it ('rule': a defect of ours). */
  reason: 'length' | 'terms' | 'rule';
  /** Characters (length) or terms (terms) of the sentence; 0 for a failed rule. */
  size: number;
  /** The rule that failed (reason 'rule'). */
  rule?: string;
}

/** Blanks as `\s` knows them: ASCII and Unicode spaces, tabs, line breaks, the byte-order mark. */
function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters other than blanks: masked markup (a long \cite key, a link target) leaves only blanks. */
function inkLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isBlank(text.charCodeAt(i))) n++;
  return n;
}

/** What of a sentence's terms claim reading may take, or why it takes none or only some. */
export function readableTerms<T>(text: string, mentions: readonly T[]): { read: readonly T[]; notRead?: NotRead } {
  const length = inkLength(text);
  if (length > LIMITS.sentenceMaxChars) return { read: [], notRead: { reason: 'length', size: length } };
  if (mentions.length > LIMITS.sentenceMaxTerms) return { read: mentions.slice(0, LIMITS.sentenceMaxTerms), notRead: { reason: 'terms', size: mentions.length } };
  return { read: mentions };
}

const count = (n: number): string => n.toLocaleString('en');

export function notReadMessage(notRead: NotRead): string {
  if (notRead.reason === 'rule') return `Read in part: the reading rule "${notRead.rule ?? '?'}" failed on this sentence (a defect in Mechlens, please report the sentence); the other rules' readings are shown.`;
  return notRead.reason === 'length'
    ? `Not read for claims: this sentence has ${count(notRead.size)} characters besides blanks; Mechlens reads sentences of up to ${count(LIMITS.sentenceMaxChars)}.`
    : `Read in part: this sentence names ${count(notRead.size)} terms; Mechlens reads claims among its first ${count(LIMITS.sentenceMaxTerms)}. Split it to have the rest checked.`;
}

export function notReadDiagnostic(notRead: NotRead, range: Range): { range: Range; severity: 'information'; code: 'not-read'; message: string; refs: number[]; interactions: string[] } {
  return { range, severity: 'information', code: 'not-read', message: notReadMessage(notRead), refs: [], interactions: [] };
}
