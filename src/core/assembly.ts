/**
 * A document's result from its paragraph blocks: their mentions, claims and diagnostics in order, claim
 * indices made document-wide. After an edit the result before it is reused: the blocks before the edit
 * are the same objects at the same places, and so are those after it when the edit added or removed
 * no line (block results are positioned by line); only the re-read blocks are added one by one.
 */
import type { AnalysisResult, DiagnosticResult } from './analyzer';
import type { AssembledMemo, Block } from './blocks';

/** The diagnostics of a block with claim indices counted from `base` (kept per block while `base` holds). */
function diagnosticsAt(memo: AssembledMemo, b: Block, base: number): DiagnosticResult[] {
  let assembled = memo.get(b.diagnostics);
  if (!assembled || assembled.base !== base) {
    assembled = { base, diagnostics: b.diagnostics.map((d) => (d.claim === undefined || base === 0 ? d : { ...d, claim: d.claim + base })) };
    memo.set(b.diagnostics, assembled);
  }
  return assembled.diagnostics;
}

/** Appends the results of `blocks` to `out`; `claimBase` claims come before `out`'s in the document. */
function appendBlocks(out: AnalysisResult, blocks: readonly Block[], memo: AssembledMemo, claimBase = 0): void {
  for (const b of blocks) {
    const base = claimBase + out.claims.length;
    for (const m of b.mentions) out.mentions.push(m);
    for (const c of b.claims) out.claims.push(c);
    out.sentenceCount += b.sentenceCount;
    if (b.diagnostics.length === 0) continue;
    for (const d of diagnosticsAt(memo, b, base)) out.diagnostics.push(d);
  }
}

/**
 * `before` with before[from, to) replaced by `middle`, as one new array of the exact length: a 100,000-word
 * manuscript has some 20,000 mentions, and fresh memory is what costs (slices and concatenations of
 * them took about 2 ms per edit on the development machine).
 */
function replaced<T>(before: readonly T[], from: number, to: number, middle: readonly T[]): T[] {
  const out = new Array<T>(before.length - (to - from) + middle.length);
  let k = 0;
  for (let x = 0; x < from; x++) out[k++] = before[x];
  for (const m of middle) out[k++] = m;
  for (let x = to; x < before.length; x++) out[k++] = before[x];
  return out;
}

/** The document's result from all its blocks. */
export function assemble(blocks: readonly Block[], memo: AssembledMemo): AnalysisResult {
  const result: AnalysisResult = { mentions: [], claims: [], diagnostics: [], sentenceCount: 0 };
  appendBlocks(result, blocks, memo);
  return result;
}

/** How many results blocks[from, to) hold, of each kind. */
interface Counts { mentions: number; claims: number; diagnostics: number; sentences: number }

function countOf(blocks: readonly Block[], from: number, to: number): Counts {
  const n: Counts = { mentions: 0, claims: 0, diagnostics: 0, sentences: 0 };
  for (let k = from; k < to; k++) {
    const b = blocks[k];
    n.mentions += b.mentions.length;
    n.claims += b.claims.length;
    n.diagnostics += b.diagnostics.length;
    n.sentences += b.sentenceCount;
  }
  return n;
}

/** An edit's effect on the blocks: blocks[from, to) of the old list became `added`; `after` follow them. */
export interface BlockReplacement {
  from: number;
  to: number;
  added: readonly Block[];
  after: readonly Block[];
  /** The blocks after the edit have the very results they had (the edit added or removed no line). */
  afterUnchanged: boolean;
}

/**
 * The result of the edited document from the result `before` of `oldBlocks`: equal, element for element,
 * to assembling the new blocks afresh.
 */
export function reassemble(before: AnalysisResult, oldBlocks: readonly Block[], edit: BlockReplacement, memo: AssembledMemo): AnalysisResult {
  const head = countOf(oldBlocks, 0, edit.from);
  const gone = countOf(oldBlocks, edit.from, edit.to);
  if (!edit.afterUnchanged) {
    // The blocks after the edit were moved to other lines: their results are new objects, added one by one.
    const result: AnalysisResult = {
      mentions: before.mentions.slice(0, head.mentions), claims: before.claims.slice(0, head.claims),
      diagnostics: before.diagnostics.slice(0, head.diagnostics), sentenceCount: head.sentences,
    };
    appendBlocks(result, edit.added, memo);
    appendBlocks(result, edit.after, memo);
    return result;
  }
  const added: AnalysisResult = { mentions: [], claims: [], diagnostics: [], sentenceCount: 0 };
  appendBlocks(added, edit.added, memo, head.claims);
  const result: AnalysisResult = {
    mentions: replaced(before.mentions, head.mentions, head.mentions + gone.mentions, added.mentions),
    claims: replaced(before.claims, head.claims, head.claims + gone.claims, added.claims),
    diagnostics: before.diagnostics,
    sentenceCount: before.sentenceCount - gone.sentences + added.sentenceCount,
  };
  if (added.claims.length === gone.claims) {
    result.diagnostics = replaced(before.diagnostics, head.diagnostics, head.diagnostics + gone.diagnostics, added.diagnostics);
    return result;
  }
  // The claims after the edit moved in the list: their diagnostics' claim indices move with them.
  result.diagnostics = before.diagnostics.slice(0, head.diagnostics);
  for (const d of added.diagnostics) result.diagnostics.push(d);
  let base = head.claims + added.claims.length;
  for (const b of edit.after) {
    if (b.diagnostics.length > 0) for (const d of diagnosticsAt(memo, b, base)) result.diagnostics.push(d);
    base += b.claims.length;
  }
  return result;
}
