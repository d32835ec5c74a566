/**
 * Finds the regular-expression shapes that backtrack super-linearly on some input: a repeated group
 * holding an unbounded quantifier (`(a+)*`), and two unbounded quantifiers in a row that can take the
 * same character with nothing required between them (`\s*\|?\s*`). Whether two pieces can take the
 * same character is decided by trying each on a set of probe characters, so classes, escapes and
 * Unicode properties are compared by what they match, not by how they are written.
 */

/** One element of a sequence: an atom (literal, class, escape, group) with its quantifier. */
interface Piece {
  source: string;
  /** The atom alone, to test which characters it matches. */
  atom: string;
  group?: Alternatives;
  min: number;
  /** Infinity for *, + and {n,}. */
  max: number;
}

type Alternatives = Piece[][];

export interface Shape {
  kind: 'nested' | 'adjacent' | 'rescan';
  detail: string;
}

/** Characters the pieces are tried on: ASCII, blanks and letters from the wider Unicode range. */
const PROBES = [
  ...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)),
  '\u00a0', '\u2003', '\u3000', '\u200b', '\ufeff', 'é', 'α', 'β', 'γ', 'κ', 'Ω', '–', '—', '’', '“', '…', 'ß', '中', '\ud83d', '\ude00',
];

function parseAlternatives(src: string, at: number): { alts: Alternatives; end: number } {
  const alts: Alternatives = [[]];
  let i = at;
  while (i < src.length && src[i] !== ')') {
    if (src[i] === '|') { alts.push([]); i++; continue; }
    const start = i;
    let group: Alternatives | undefined;
    if (src[i] === '\\') {
      const kind = src[i + 1];
      if ((kind === 'p' || kind === 'P') && src[i + 2] === '{') i = src.indexOf('}', i) + 1;
      else if (kind === 'u' && src[i + 2] === '{') i = src.indexOf('}', i) + 1;
      else if (kind === 'u') i += 6;
      else if (kind === 'x') i += 4;
      else if (kind === 'c') i += 3;
      else i += 2;
    } else if (src[i] === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if (src[i] === '(') {
      let j = i + 1;
      if (src[j] === '?') {
        j++;
        if (src[j] === '<' && src[j + 1] !== '=' && src[j + 1] !== '!') j = src.indexOf('>', j) + 1; // named group
        else j++; // ?: ?= ?! ?<= ?<!
        if (src[j - 1] === '<') j++;
      }
      const inner = parseAlternatives(src, j);
      group = inner.alts;
      i = inner.end + 1;
    } else {
      i++;
    }
    const atom = src.slice(start, i);
    let min = 1;
    let max = 1;
    const q = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(src.slice(i));
    if (q) {
      if (q[0][0] === '*') { min = 0; max = Infinity; } else if (q[0][0] === '+') { min = 1; max = Infinity; } else if (q[0][0] === '?') { min = 0; max = 1; } else {
        min = Number(q[1]);
        max = q[2] === undefined ? min : q[3] === '' ? Infinity : Number(q[3]);
      }
      i += q[0].length;
    }
    const lookaround = /^\(\?(?:=|!|<=|<!)/.test(atom);
    if (/^[\^$]$/.test(atom) || /^\\[bB]$/.test(atom) || lookaround) { min = 0; max = 0; } // zero-width: takes no character
    alts[alts.length - 1].push({ source: src.slice(start, i), atom, group, min, max });
  }
  return { alts, end: i };
}

/** The probe characters a piece's atom can start with (a group: any of its alternatives' first pieces). */
function firstChars(p: Piece, flags: string): Set<string> {
  const out = new Set<string>();
  if (p.max === 0) return out;
  if (p.group) {
    for (const alt of p.group) {
      for (const q of alt) {
        for (const c of firstChars(q, flags)) out.add(c);
        if (q.min > 0) break;
      }
    }
    return out;
  }
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${p.atom})$`, flags.replace(/[gy]/g, ''));
  } catch {
    return new Set(PROBES); // an atom that does not stand alone (a backreference): assume the worst
  }
  if (/^\\\d$/.test(p.atom)) return new Set(PROBES);
  for (const c of PROBES) if (re.test(c)) out.add(c);
  return out;
}

/** All characters a piece can take anywhere (for a group: every atom inside it). */
function anyChars(p: Piece, flags: string): Set<string> {
  if (!p.group) return firstChars(p, flags);
  const out = new Set<string>();
  for (const alt of p.group) for (const q of alt) for (const c of anyChars(q, flags)) out.add(c);
  return out;
}

const overlaps = (a: Set<string>, b: Set<string>): boolean => [...a].some((c) => b.has(c));

/** Every unbounded piece inside some alternatives, at any depth. */
function unboundedIn(alts: Alternatives): Piece[] {
  const out: Piece[] = [];
  for (const alt of alts) for (const p of alt) {
    if (p.max === Infinity) out.push(p);
    if (p.group) out.push(...unboundedIn(p.group));
  }
  return out;
}

/** Characters a piece can start with: its atom's, or for a group its alternatives' firsts. */
function startChars(p: Piece, flags: string): Set<string> {
  return p.group ? alternativesFirsts(p.group, flags) : firstChars(p, flags);
}

/** Characters a sequence can start with: its pieces up to and including the first that must take one. */
function sequenceFirsts(seq: Piece[], flags: string): Set<string> {
  const out = new Set<string>();
  for (const p of seq) {
    for (const c of startChars(p, flags)) out.add(c);
    if (p.min > 0 && p.max > 0) break;
  }
  return out;
}

function alternativesFirsts(alts: Alternatives, flags: string): Set<string> {
  const out = new Set<string>();
  for (const seq of alts) for (const c of sequenceFirsts(seq, flags)) out.add(c);
  return out;
}

/**
 * A repeated group is unambiguous when every alternative of its body must take a character that none of
 * the body's unbounded pieces can take (a separator: "-" in `(?:-\w+)*`): iterations cannot then trade
 * characters. Without one (`(a+)+`, `(\s*x?)*`) the same text splits into iterations in many ways.
 */
function hasSeparator(body: Alternatives, flags: string): boolean {
  const loose = new Set<string>();
  for (const u of unboundedIn(body)) for (const c of anyChars(u, flags)) loose.add(c);
  return body.every((seq) => seq.some((p) => p.min > 0 && p.max > 0 && !p.group && !overlaps(firstChars(p, flags), loose)));
}

interface Context {
  flags: string;
  /** False when the expression is anchored (only one start, or starts only after line breaks). */
  restarts: boolean;
  /** Anchored at line starts: a run rescans only if it can cross a line break. */
  lineStarts: boolean;
  out: Shape[];
}

/**
 * Walks one set of alternatives. `before`: the pieces that must take a character before these
 * alternatives begin; `mandatoryAfter`: something after them must still take one, so a long run taken
 * here can still end in failure.
 */
function check(alts: Alternatives, ctx: Context, before: Piece[], mandatoryAfter: boolean): void {
  for (const seq of alts) {
    const prefix = [...before];
    seq.forEach((p, k) => {
      const mustFollow = mandatoryAfter || seq.slice(k + 1).some((q) => q.min > 0 && q.max > 0);
      if (p.group) {
        if (p.max > 1 && unboundedIn(p.group).length > 0 && !hasSeparator(p.group, ctx.flags)) ctx.out.push({ kind: 'nested', detail: p.source });
        check(p.group, ctx, prefix, mustFollow || p.max > 1);
      }
      if (p.max === Infinity) {
        const mine = anyChars(p, ctx.flags);
        // Two unbounded pieces in a row, the first able to take what the second starts with, trade characters.
        for (let j = k + 1; j < seq.length; j++) {
          const q = seq[j];
          if (q.max === Infinity && overlaps(mine, startChars(q, ctx.flags))) ctx.out.push({ kind: 'adjacent', detail: `${p.source} … ${q.source}` });
          if (q.min > 0 && q.max > 0) break;
        }
        // A run that may still fail, inside which a new match can start and reach this piece again: every
        // start rescans it (`\[[^\]]+\]` over "[[[[…").
        const restartsInside = ctx.lineStarts ? mine.has('\n') || mine.has('\r') : ctx.restarts && prefix.every((q) => overlaps(startChars(q, ctx.flags), mine));
        if (mustFollow && restartsInside) ctx.out.push({ kind: 'rescan', detail: p.source });
      }
      if (p.min > 0 && p.max > 0) prefix.push(p);
    });
  }
}

/** The super-linear shapes in one regular expression (source and flags as written). */
export function riskyShapes(source: string, flags = ''): Shape[] {
  const out: Shape[] = [];
  const alts = parseAlternatives(source, 0).alts;
  // Each top-level alternative on its own. Anchored at the start: one start only.
  for (const seq of alts) {
    const atStart = seq[0]?.atom === '^';
    const restarts = !flags.includes('y') && !atStart;
    check([seq], { flags, restarts, lineStarts: atStart && flags.includes('m'), out }, [], false);
  }
  return out;
}
