/**
 * Suppression comments, the same for the editor and the CLI:
 * `<!-- mechlens-disable-line -->`, `<!-- mechlens-disable-next-line -->`, `% mechlens-disable-line`,
 * `% mechlens-disable-next-line`. Followed by claim keys (`subject>object`, lexicon ids), a comment
 * silences only those claims on its line: `<!-- mechlens-disable-line il-4>nfatc1 -->` is how "This
 * reading is wrong" silences one reading and keeps every other finding of the line.
 */
import { CR, LF } from './lineBreaks';

const MARKER = /(<!--|%)[ \t]*mechlens-disable-(next-)?line\b([^\r\n]*)/g;
// Tested on one blank-separated word at a time: over a whole line, a failed match at every start was quadratic.
const CLAIM_KEY = /^[a-z0-9][a-z0-9-]*>[a-z0-9][a-z0-9-]*$/;

export interface Suppressions {
  /** 0-based lines whose diagnostics are all silenced. */
  readonly lines: ReadonlySet<number>;
  /** 0-based lines where only the claims with these keys are silenced. */
  readonly claims: ReadonlyMap<number, ReadonlySet<string>>;
}

const NONE: Suppressions = { lines: new Set(), claims: new Map() };

/** The key a suppression comment names a claim by. */
export function claimKey(subject: string, object: string | null | undefined): string {
  return `${subject}>${object ?? ''}`;
}

export function findSuppressions(text: string): Suppressions {
  if (!text.includes('mechlens-disable')) return NONE;
  const lines = new Set<number>();
  const claims = new Map<number, Set<string>>();
  // Lines are counted once, forwards, as the markers come in order.
  let line = 0;
  let at = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m[1] === '%' && m.index > 0 && text[m.index - 1] === '\\') continue; // an escaped \% is text
    line += lineBreaksIn(text, at, m.index);
    at = m.index;
    const target = m[2] ? line + 1 : line;
    const rest = m[1] === '<!--' ? m[3].split('-->')[0] : m[3];
    const keys = rest.split(/[^a-z0-9>-]+/).filter((word) => CLAIM_KEY.test(word));
    if (keys.length === 0) {
      lines.add(target);
      continue;
    }
    const set = claims.get(target) ?? new Set<string>();
    for (const k of keys) set.add(k);
    claims.set(target, set);
  }
  return { lines, claims };
}

/** Line breaks (CRLF, LF, lone CR) in text[from, to). */
function lineBreaksIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/** Lines whose diagnostics are all silenced (kept for hosts that only need whole lines). */
export function suppressedLines(text: string): ReadonlySet<number> {
  return findSuppressions(text).lines;
}
