/**
 * Paragraph blocks: the unit of incremental analysis. A document is cut after every blank line; each
 * block keeps its results in document coordinates, and an edit before it only shifts them.
 */
import type { AnalysisResult, ClaimResult, DiagnosticResult, MentionResult } from './analyzer';
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
  mentions: MentionResult[];
  claims: ClaimResult[];
  /** `claim` indices are relative to this block's claims until assembly. */
  diagnostics: DiagnosticResult[];
}

export interface Block extends BlockResult {
  start: number;
  end: number;
  startLine: number;
  endLine: number;
}

export interface BlockInput {
  start: number;
  end: number;
  sentences: Sentence[];
  text: string;
  prose: string;
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
  prose: string;
  blocks: Block[];
  settings: BlockSettings;
  lineCount: number;
}

/** Paragraph blocks of text[from, to): split after blank lines; each sentence belongs to one block. */
export function makeBlocks(
  text: string, from: number, to: number, sentences: readonly Sentence[],
  analyzeBlock: (b: { start: number; end: number; sentences: Sentence[] }) => BlockResult,
  lines: Pick<LineIndex, 'positionAt'>,
): Block[] {
  const starts = [from];
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = from;
  for (let m = blank.exec(text); m && m.index + m[0].length < to; m = blank.exec(text)) {
    starts.push(m.index + m[0].length);
    blank.lastIndex = m.index + m[0].length - 1;
  }
  const blocks: Block[] = [];
  let k = 0;
  for (let b = 0; b < starts.length; b++) {
    const start = starts[b];
    const end = b + 1 < starts.length ? starts[b + 1] : to;
    const own: Sentence[] = [];
    while (k < sentences.length && sentences[k].start < end) own.push(sentences[k++]);
    const result = analyzeBlock({ start, end, sentences: own });
    blocks.push({ ...result, start, end, startLine: lines.positionAt(start).line, endLine: lines.positionAt(end).line });
  }
  return blocks;
}

const shiftRange = (r: Range, lines: number): Range => ({
  start: { line: r.start.line + lines, character: r.start.character },
  end: { line: r.end.line + lines, character: r.end.character },
});

/** A block moved by an edit before it: same content, offsets and lines shifted. */
export function shiftBlock(b: Block, delta: number, lineDelta: number): Block {
  if (lineDelta === 0) return { ...b, start: b.start + delta, end: b.end + delta };
  return {
    sentenceCount: b.sentenceCount,
    start: b.start + delta,
    end: b.end + delta,
    startLine: b.startLine + lineDelta,
    endLine: b.endLine + lineDelta,
    mentions: b.mentions.map((m) => ({ ...m, range: shiftRange(m.range, lineDelta) })),
    claims: b.claims.map((c) => ({
      ...c, range: shiftRange(c.range, lineDelta), sentenceRange: shiftRange(c.sentenceRange, lineDelta),
      cueRange: c.cueRange ? shiftRange(c.cueRange, lineDelta) : undefined,
    })),
    diagnostics: b.diagnostics.map((d) => ({ ...d, range: shiftRange(d.range, lineDelta), ...(d.fix ? { fix: { ...d.fix, range: shiftRange(d.fix.range, lineDelta) } } : {}) })),
  };
}

/** The document's result from its blocks: claim indices become document-wide. */
export function assemble(state: DocumentState): AnalysisResult {
  const result: AnalysisResult = { mentions: [], claims: [], diagnostics: [], sentenceCount: 0 };
  for (const b of state.blocks) {
    const base = result.claims.length;
    for (const m of b.mentions) result.mentions.push(m);
    for (const c of b.claims) result.claims.push(c);
    let assembled = state.memo.get(b.diagnostics);
    if (!assembled || assembled.base !== base) {
      assembled = { base, diagnostics: b.diagnostics.map((d) => (d.claim === undefined || base === 0 ? d : { ...d, claim: d.claim + base })) };
      state.memo.set(b.diagnostics, assembled);
    }
    for (const d of assembled.diagnostics) result.diagnostics.push(d);
  }
  for (const b of state.blocks) result.sentenceCount += b.sentenceCount;
  return result;
}

/** Would an edit of this text change how the text after it is read (a code fence, comment, environment)? */
export function opensContext(region: string, languageId: string, atStart: boolean): boolean {
  if (proseLanguageOf(languageId) === 'latex') return /\\(begin|end)\b|\$\$|\\\[|\\\]/.test(region);
  if (proseLanguageOf(languageId) === 'markdown') return /```|~~~|<!--|-->|\$\$/.test(region) || (atStart && /^---/.test(region));
  return false;
}

