/**
 * The analyser: text + language → mentions, claims and diagnostics. Sentences are cached by their
 * text, so after an edit only the sentences it touched go through claim extraction again.
 */
import { extractClaims, mayHoldClaim } from './claims/extract';
import type { ClaimContext, ExtractedClaim } from './claims/types';
import { findMentions, type Mention } from './entities/matcher';
import { assemble, DOCUMENTS_KEPT, makeBlocks, opensContext, shiftBlock, type BlockInput, type BlockResult, type DocumentState } from './blocks';
import { suggestRewrite } from './fixes';
import { createHintFinder, type HintFinder } from './hints';
import { judgeClaim, type ClaimStatus, type Judgement } from './judge';
import { buildIndex, type LexiconIndex } from './lexicon/lexiconIndex';
import type { CompiledLexicon } from './lexicon/types';
import { createLineIndex } from './positions';
import { extractProse } from './prose';
import { splitSentences } from './sentences';
import { suppressedLines } from './suppression';
import type { Position, Range, Severity, Span, TextDocumentLike } from './types';

export interface ClaimResult {
  range: Range;
  kind: ExtractedClaim['kind'];
  subject: string;
  relation: string;
  sign: 1 | -1 | 0;
  object: string | null;
  negated: boolean;
  hedged: boolean;
  /** Context qualifiers the sentence names, as "key:value". */
  context: string[];
  status: ClaimStatus;
  interactions: string[];
  refs: number[];
  attribute?: { name: string; value: string };
  /** What the review says, when the claim was matched. */
  statement?: string;
  /** The word(s) carrying the relation, for quick fixes. */
  cueRange?: Range;
  cueText?: string;
  passive: boolean;
  /** The whole sentence the claim is in. */
  sentenceRange: Range;
}

export type DiagnosticCode = 'contradiction' | 'context-dependent' | 'unknown-term';

export interface DiagnosticResult {
  range: Range;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  refs: number[];
  interactions: string[];
  /** Index into the claims of the same result. */
  claim?: number;
  /** For unknown-term hints: the lexicon spelling meant. */
  suggestion?: string;
  /** For contradictions: rewriting these words makes the claim agree with the review. */
  fix?: { range: Range; newText: string };
}

export interface MentionResult {
  range: Range;
  id: string;
  text: string;
}

export interface AnalysisResult {
  mentions: MentionResult[];
  claims: ClaimResult[];
  diagnostics: DiagnosticResult[];
  sentenceCount: number;
}

export interface AnalyzeOptions {
  /** Near-miss term hints ("did you mean"). */
  hints?: boolean;
}

export interface Analyzer {
  readonly index: LexiconIndex;
  analyze(doc: TextDocumentLike, options?: AnalyzeOptions): AnalysisResult;
  /** Cache figures, for benchmarks and tests of incrementality. */
  stats(): { cachedSentences: number; extractions: number };
  /** Drops what is kept about a document (the host calls it when the document closes). */
  forget(uri: string): void;
  dispose(): void;
}

interface SentenceAnalysis {
  mentions: Mention[];
  claims: Array<{ claim: ExtractedClaim; judgement: Judgement }>;
}

export interface AnalyzerInit {
  lexicon: CompiledLexicon;
  /** Sentences kept in the cache; the oldest are dropped past this. */
  cacheLimit?: number;
}

function contextList(ctx: ClaimContext): string[] {
  return Object.entries(ctx)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}:${v as string}`);
}

export function createAnalyzer(init: AnalyzerInit): Analyzer {
  const index = buildIndex(init.lexicon);
  const limit = init.cacheLimit ?? 200_000;
  let cache = new Map<string, SentenceAnalysis>();
  let extractions = 0;
  let hints: HintFinder | undefined;
  let disposed = false;

  const extractionLexicon = {
    compositeOf: (cell: string, action: string): string | undefined => index.compositeActions.get(cell)?.get(action.toLowerCase()),
  };
  const analyzeSentence = (text: string): SentenceAnalysis => {
    const cached = cache.get(text);
    if (cached) return cached;
    const mentions = findMentions(text, 0, text.length, index);
    let claims: SentenceAnalysis['claims'] = [];
    if (mayHoldClaim(text, mentions.map((m) => m.id), index.relatable)) {
      extractions++;
      const sentenceMentions = mentions.map((m) => ({ start: m.start, end: m.end, id: m.id, type: index.entities.get(m.id)?.type ?? 'unknown', ambiguous: m.ids.length > 1 }));
      claims = extractClaims(text, sentenceMentions, extractionLexicon).map((claim) => ({ claim, judgement: judgeClaim(claim, index) }));
    }
    const result = { mentions, claims };
    if (cache.size >= limit) cache = new Map([...cache].slice(Math.floor(limit / 2)));
    cache.set(text, result);
    return result;
  };

  /** Mentions, claims and diagnostics of one block of sentences, positioned by `lines` shifted by `lineBase`. */
  const analyzeBlock = (block: BlockInput, withHints: boolean): BlockResult => {
    const { text, prose, sentences, lines, lineBase, offsetBase } = block;
    const out: BlockResult = { sentenceCount: sentences.length, mentions: [], claims: [], diagnostics: [] };
    const pos = (offset: number): Position => {
      const p = lines.positionAt(offset - offsetBase);
      return { line: p.line + lineBase, character: p.character };
    };
    const range = (a: number, b: number): Range => ({ start: pos(a), end: pos(b) });
    const silenced = suppressedLines(text.slice(block.start, block.end));
    const startLine = pos(block.start).line;
    const isSilenced = (r: Range): boolean => {
      for (let l = r.start.line; l <= r.end.line; l++) if (silenced.has(l - startLine)) return true;
      return false;
    };
    const known: Span[] = [];
    for (const sentence of sentences) {
      const analysis = analyzeSentence(sentence.text);
      for (const m of analysis.mentions) {
        const a = sentence.start + m.start;
        const b = sentence.start + m.end;
        out.mentions.push({ range: range(a, b), id: m.id, text: text.slice(a, b) });
        if (withHints) known.push({ start: a, end: b });
      }
      if (analysis.claims.length === 0) continue;
      const sentenceRange = range(sentence.start, sentence.end);
      for (const { claim, judgement } of analysis.claims) {
        const r = range(sentence.start + claim.span.start, sentence.start + claim.span.end);
        const claimIndex = out.claims.length;
        out.claims.push({
          range: r,
          kind: claim.kind,
          subject: claim.subject,
          relation: claim.relation,
          sign: claim.sign,
          object: claim.object ?? null,
          negated: claim.negated,
          hedged: claim.hedged,
          context: contextList(claim.context),
          status: judgement.status,
          interactions: judgement.interactions.map((x) => x.id),
          refs: judgement.refs,
          attribute: claim.attribute,
          statement: judgement.statement,
          cueRange: claim.cueSpan ? range(sentence.start + claim.cueSpan.start, sentence.start + claim.cueSpan.end) : undefined,
          cueText: claim.cueText,
          passive: claim.passive,
          sentenceRange,
        });
        if (isSilenced(r)) continue;
        const diagnostic = diagnosticFor(claim, judgement, r, claimIndex);
        if (!diagnostic) continue;
        const rewrite = suggestRewrite(claim, judgement);
        if (rewrite) diagnostic.fix = { range: range(sentence.start + rewrite.start, sentence.start + rewrite.end), newText: rewrite.newText };
        out.diagnostics.push(diagnostic);
      }
    }
    if (withHints && sentences.length > 0) {
      hints ??= createHintFinder(index);
      for (const h of hints.find(prose, sentences, known)) {
        const r = range(h.start, h.end);
        if (isSilenced(r)) continue;
        out.diagnostics.push({
          range: r, severity: 'hint', code: 'unknown-term',
          message: `Unknown term "${h.text}": did you mean ${h.suggestion}${labelNote(h.suggestion, index.entities.get(h.id)?.label)}?`,
          refs: [], interactions: [], suggestion: h.suggestion,
        });
      }
    }
    return out;
  };

  const diagnosticFor = (claim: ExtractedClaim, judgement: Judgement, range: Range, claimIndex: number): DiagnosticResult | undefined => {
    if (judgement.status === 'contradicts') {
      return {
        range,
        severity: claim.hedged ? 'information' : 'warning',
        code: 'contradiction',
        message: `Contradicts the review: ${judgement.statement ?? ''}`.trim(),
        refs: judgement.refs,
        interactions: judgement.interactions.map((x) => x.id),
        claim: claimIndex,
      };
    }
    if (judgement.status === 'context-dependent') {
      const s = index.entities.get(claim.subject)?.label ?? claim.subject;
      const o = index.entities.get(claim.object ?? '')?.label ?? claim.object;
      return {
        range,
        severity: 'information',
        code: 'context-dependent',
        message: `Depends on context in the review: ${judgement.statement ?? ''}. Name the condition (dose, oxygen, stage or source) under which ${s} acts on ${o}.`,
        refs: judgement.refs,
        interactions: judgement.interactions.map((x) => x.id),
        claim: claimIndex,
      };
    }
    return undefined;
  };

  /** Whole-document analysis: prose, sentences, then block by block (so later edits can be incremental). */
  const analyzeFull = (doc: TextDocumentLike, withHints: boolean): DocumentState => {
    const prose = extractProse(doc.text, doc.languageId);
    const sentences = splitSentences(prose.text, 0, prose.text.length, prose.breaks);
    const lines = createLineIndex(doc.text);
    const blocks = makeBlocks(doc.text, 0, doc.text.length, sentences, (b) => analyzeBlock({ ...b, text: doc.text, prose: prose.text, lines, lineBase: 0, offsetBase: 0 }, withHints), lines);
    return { text: doc.text, languageId: doc.languageId, prose: prose.text, blocks, withHints, lineCount: lines.lineCount, memo: new WeakMap() };
  };

  /**
   * After an edit: re-read only the blocks (paragraphs) the edit touched, provided the edit cannot change
   * how text elsewhere is read (no code fence, comment or environment opened or closed); shift the rest.
   */
  const analyzeEdit = (state: DocumentState, doc: TextDocumentLike): DocumentState | undefined => {
    const oldText = state.text;
    const newText = doc.text;
    const limit = Math.min(oldText.length, newText.length);
    let p = 0;
    while (p < limit && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
    let q = 0;
    while (q < limit - p && oldText.charCodeAt(oldText.length - 1 - q) === newText.charCodeAt(newText.length - 1 - q)) q++;
    const blocks = state.blocks;
    // The blocks around the change, one more on each side: an edit at a boundary may join or split them.
    let i = 0;
    while (i + 1 < blocks.length && blocks[i + 1].start <= p) i++;
    i = Math.max(0, i - 1);
    let j = i;
    while (j + 1 < blocks.length && blocks[j].end < oldText.length - q) j++;
    j = Math.min(blocks.length - 1, j + 1);
    const oldStart = blocks[i].start;
    const oldEnd = blocks[j].end;
    const delta = newText.length - oldText.length;
    const newEnd = oldEnd + delta;
    const oldRegion = oldText.slice(oldStart, oldEnd);
    const newRegion = newText.slice(oldStart, newEnd);
    if (opensContext(oldRegion, doc.languageId, oldStart === 0) || opensContext(newRegion, doc.languageId, oldStart === 0)) return undefined;
    if (extractProse(oldRegion, doc.languageId).text !== state.prose.slice(oldStart, oldEnd)) return undefined; // inside a code block or comment
    const regionProse = extractProse(newRegion, doc.languageId);
    const sentences = splitSentences(regionProse.text, 0, regionProse.text.length, regionProse.breaks).map((s) => ({ ...s, start: s.start + oldStart, end: s.end + oldStart }));
    const localLines = createLineIndex(newRegion);
    const lineBase = blocks[i].startLine;
    const prose = state.prose.slice(0, oldStart) + regionProse.text + state.prose.slice(oldEnd);
    const fresh = makeBlocks(newText, oldStart, newEnd, sentences, (b) => analyzeBlock({ ...b, text: newText, prose, lines: localLines, lineBase, offsetBase: oldStart }, state.withHints), {
      positionAt: (o: number) => { const x = localLines.positionAt(o - oldStart); return { line: x.line + lineBase, character: x.character }; },
    });
    const lineDelta = (fresh.length > 0 ? fresh[fresh.length - 1].endLine : lineBase) - blocks[j].endLine;
    const after = blocks.slice(j + 1).map((b) => (delta === 0 && lineDelta === 0 ? b : shiftBlock(b, delta, lineDelta)));
    return {
      text: newText, languageId: doc.languageId, prose, blocks: [...blocks.slice(0, i), ...fresh, ...after], withHints: state.withHints,
      lineCount: state.lineCount + lineDelta, memo: state.memo,
    };
  };

  const states = new Map<string, DocumentState>();
  const analyze = (doc: TextDocumentLike, options: AnalyzeOptions = {}): AnalysisResult => {
    if (disposed) throw new Error('the analyzer was disposed');
    const withHints = options.hints === true;
    const previous = doc.uri !== undefined ? states.get(doc.uri) : undefined;
    let state: DocumentState | undefined;
    if (previous && previous.languageId === doc.languageId && previous.withHints === withHints) {
      state = previous.text === doc.text ? previous : analyzeEdit(previous, doc);
    }
    state ??= analyzeFull(doc, withHints);
    if (doc.uri !== undefined) {
      states.delete(doc.uri);
      states.set(doc.uri, state);
      if (states.size > DOCUMENTS_KEPT) states.delete(states.keys().next().value as string);
    }
    return assemble(state);
  };

  return Object.freeze({
    index,
    analyze,
    stats: () => ({ cachedSentences: cache.size, extractions }),
    forget(uri: string): void {
      states.delete(uri);
    },
    dispose(): void {
      disposed = true;
      cache.clear();
      states.clear();
    },
  });
}

function labelNote(spelling: string, label: string | undefined): string {
  return label !== undefined && label !== spelling ? ` (${label})` : '';
}

