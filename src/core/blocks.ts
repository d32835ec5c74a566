/**
 * Paragraph blocks: the unit of incremental analysis. A document is cut after every blank line; each
 * block keeps its results in document coordinates, and an edit before it only shifts them.
 */
import type { AnalysisResult, ClaimResult, DiagnosticResult, MentionResult } from './analyzer';
import { detached } from './detach';
import { blankLines } from './lineBreaks';
import type { LineIndex } from './positions';
import { proseLanguageOf } from './prose';
import type { Sentence } from './sentences';
import type { Range } from './types';

/** What a block's results depend on besides its text: changing either means analysing afresh. */
export interface BlockSettings {
  hints: boolean;
  minConfidence: number;
}

/** How many documents' block results are kept for incremental re-analysis. */
export const DOCUMENTS_KEPT = 32;

export interface BlockResult {
  sentenceCount: number;
  /** The sentence cache keys this block was read from: while the block lives, they stay cached. */
  sentenceKeys: string[];
  mentions: MentionResult[];
  claims: ClaimResult[];
  /** `claim` indices are relative to this block's claims until assembly. */
  diagnostics: DiagnosticResult[];
  /** Abbreviations the block defines for terms, in order: they name those terms in the blocks after it. */
  defines: Array<{ abbr: string; id: string }>;
}

export interface Block extends BlockResult {
  start: number;
  end: number;
  startLine: number;
  endLine: number;
  /**
   * The block's prose as the whole document's extraction gave it (its text with markup masked, same
   * offsets), which an edit compares with the block read alone. Kept per block, not as one string for
   * the document: that string rebuilt at every edit (a 100,000-word manuscript's is over a megabyte)
   * cost more than the re-reading.
   */
  prose: string;
}

export interface BlockInput {
  start: number;
  end: number;
  sentences: Sentence[];
  text: string;
  lines: Pick<LineIndex, 'positionAt'>;
  lineBase: number;
  offsetBase: number;
}

/**
 * Per block (keyed by its diagnostics array, which survives a block being shifted along the text), the
 * diagnostics with document-wide claim indices, kept while the index base is unchanged.
 */
export type AssembledMemo = WeakMap<DiagnosticResult[], { base: number; diagnostics: DiagnosticResult[] }>;

export interface DocumentState {
  /** Carried from state to state so unchanged blocks keep their assembled diagnostics (same objects). */
  memo: AssembledMemo;
  text: string;
  languageId: string;
  blocks: Block[];
  settings: BlockSettings;
  lineCount: number;
  /** The document's result, assembled from the blocks; kept so an edit re-assembles only what it moved. Never handed out (callers get copies). */
  result: AnalysisResult;
}

/**
 * Paragraph blocks of text[from, to): split after blank lines; each sentence belongs to one block.
 * `prose` is the prose of text[from, to) (the same offsets, from `from`).
 */
export function makeBlocks(
  text: string, from: number, to: number, sentences: readonly Sentence[],
  analyzeBlock: (b: { start: number; end: number; sentences: Sentence[] }) => BlockResult,
  lines: Pick<LineIndex, 'positionAt'>,
  prose: string,
): Block[] {
  return toEnd(blockSteps(text, from, to, sentences, analyzeBlock, lines, prose));
}

/**
 * makeBlocks one block at a time: it pauses after each block (a host reading a long document in slices
 * answers other requests between them) and returns the blocks when the last is made.
 */
export function* blockSteps(
  text: string, from: number, to: number, sentences: readonly Sentence[],
  analyzeBlock: (b: { start: number; end: number; sentences: Sentence[] }) => BlockResult,
  lines: Pick<LineIndex, 'positionAt'>,
  prose: string,
): Generator<void, Block[], void> {
  const starts = [from];
  for (const b of blankLines(text, from, to)) if (b.end < to) starts.push(b.end);
  const blocks: Block[] = [];
  let k = 0;
  for (let b = 0; b < starts.length; b++) {
    const start = starts[b];
    const end = b + 1 < starts.length ? starts[b + 1] : to;
    const own: Sentence[] = [];
    while (k < sentences.length && sentences[k].start < end) own.push(sentences[k++]);
    const result = analyzeBlock({ start, end, sentences: own });
    // Detached: a slice would keep alive the whole text of this version, which the prose may be cut from.
    blocks.push(blockOf(result, start, end, lines.positionAt(start).line, lines.positionAt(end).line, detached(prose.slice(start - from, end - from))));
    if (own.length > 0) yield;
  }
  return blocks;
}

/** Runs steps to their end: the value they return. */
export function toEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/**
 * A block from its results and place. Written out field by field: an object spread here cost a few
 * microseconds per block, seconds for a document of a million blank lines.
 */
function blockOf(r: BlockResult, start: number, end: number, startLine: number, endLine: number, prose: string): Block {
  return { sentenceCount: r.sentenceCount, sentenceKeys: r.sentenceKeys, mentions: r.mentions, claims: r.claims, diagnostics: r.diagnostics, defines: r.defines, start, end, startLine, endLine, prose };
}

/** The prose of blocks[i..j], as the document's extraction gave it. */
export function proseOf(blocks: readonly Block[], i: number, j: number): string {
  let out = '';
  for (let k = i; k <= j; k++) out += blocks[k].prose;
  return out;
}

const shiftRange = (r: Range, lines: number): Range => ({
  start: { line: r.start.line + lines, character: r.start.character },
  end: { line: r.end.line + lines, character: r.end.character },
});

/** A block moved by an edit before it: same content, offsets and lines shifted. */
export function shiftBlock(b: Block, delta: number, lineDelta: number): Block {
  if (lineDelta === 0) return blockOf(b, b.start + delta, b.end + delta, b.startLine, b.endLine, b.prose);
  return {
    prose: b.prose,
    defines: b.defines,
    sentenceCount: b.sentenceCount,
    sentenceKeys: b.sentenceKeys,
    start: b.start + delta,
    end: b.end + delta,
    startLine: b.startLine + lineDelta,
    endLine: b.endLine + lineDelta,
    mentions: b.mentions.map((m) => ({ ...m, range: shiftRange(m.range, lineDelta) })),
    claims: b.claims.map((c) => ({
      ...c, range: shiftRange(c.range, lineDelta), sentenceRange: shiftRange(c.sentenceRange, lineDelta),
      // (Only when the claim has one: a claim read with no cue has no such key, shifted or fresh.)
      ...(c.cueRange ? { cueRange: shiftRange(c.cueRange, lineDelta) } : {}),
    })),
    diagnostics: b.diagnostics.map((d) => ({ ...d, range: shiftRange(d.range, lineDelta), ...(d.fix ? { fix: { ...d.fix, range: shiftRange(d.fix.range, lineDelta) } } : {}) })),
  };
}

/**
 * Would an edit of this text change how the text after it is read? Only constructs that may span
 * paragraphs can: a code fence, an HTML comment, display math or front matter in Markdown, an
 * environment in LaTeX. Everything else is read within its paragraph (see lineBreaks.paragraphEnds).
 */
/**
 * Does the last text before block i (past blank blocks) end in markup the extraction masked — a code
 * block, a comment or an environment that may still be open? Then a blank block after it cannot show
 * whether it lies inside.
 */
export function endsMasked(blocks: readonly Block[], i: number, text: string): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const b = blocks[k];
    let at = b.end - 1;
    while (at >= b.start && /\s/.test(text[at])) at--;
    if (at >= b.start) return b.prose[at - b.start] !== text[at];
  }
  return false;
}

export function opensContext(region: string, languageId: string, atStart: boolean): boolean {
  if (proseLanguageOf(languageId) === 'latex') return /\\(begin|end)\b/.test(region);
  if (proseLanguageOf(languageId) === 'markdown') return /```|~~~|<!--|-->|\$\$/.test(region) || (atStart && /^---/.test(region));
  return false;
}

