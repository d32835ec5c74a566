/**
 * The analyser: text + language → mentions, claims and diagnostics. Sentences are cached by their
 * text, so after an edit only the sentences it touched go through claim extraction again.
 */
import { extractClaims, mayHoldClaim } from './claims/extract';
import type { ClaimContext, ExtractedClaim } from './claims/types';
import { findMentions, type Mention } from './entities/matcher';
import { createHintFinder, type HintFinder } from './hints';
import { judgeClaim, type ClaimStatus, type Judgement } from './judge';
import { buildIndex, type LexiconIndex } from './lexicon/lexiconIndex';
import type { CompiledLexicon } from './lexicon/types';
import { createLineIndex } from './positions';
import { extractProse } from './prose';
import { splitSentences } from './sentences';
import { suppressedLines } from './suppression';
import type { Range, Severity, Span, TextDocumentLike } from './types';

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
    if (mayHoldClaim(text, mentions.length)) {
      extractions++;
      const sentenceMentions = mentions.map((m) => ({ start: m.start, end: m.end, id: m.id, type: index.entities.get(m.id)?.type ?? 'unknown', ambiguous: m.ids.length > 1 }));
      claims = extractClaims(text, sentenceMentions, extractionLexicon).map((claim) => ({ claim, judgement: judgeClaim(claim, index) }));
    }
    const result = { mentions, claims };
    if (cache.size >= limit) cache = new Map([...cache].slice(Math.floor(limit / 2)));
    cache.set(text, result);
    return result;
  };

  const analyze = (doc: TextDocumentLike, options: AnalyzeOptions = {}): AnalysisResult => {
    if (disposed) throw new Error('the analyzer was disposed');
    const prose = extractProse(doc.text, doc.languageId);
    const sentences = splitSentences(prose.text, 0, prose.text.length, prose.breaks);
    const lines = createLineIndex(doc.text);
    const silenced = suppressedLines(doc.text);
    const result: AnalysisResult = { mentions: [], claims: [], diagnostics: [], sentenceCount: sentences.length };
    const entities = index.entities;
    const isSilenced = (r: Range): boolean => {
      for (let l = r.start.line; l <= r.end.line; l++) if (silenced.has(l)) return true;
      return false;
    };
    const abs = (base: number, s: Span): Range => lines.rangeOf(base + s.start, base + s.end);
    for (const sentence of sentences) {
      const analysis = analyzeSentence(sentence.text);
      for (const m of analysis.mentions) {
        result.mentions.push({ range: abs(sentence.start, m), id: m.id, text: doc.text.slice(sentence.start + m.start, sentence.start + m.end) });
      }
      if (analysis.claims.length === 0) continue;
      const sentenceRange = lines.rangeOf(sentence.start, sentence.end);
      for (const { claim, judgement } of analysis.claims) {
        const range = abs(sentence.start, claim.span);
        const claimIndex = result.claims.length;
        result.claims.push({
          range,
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
          cueRange: claim.cueSpan ? abs(sentence.start, claim.cueSpan) : undefined,
          cueText: claim.cueText,
          passive: claim.passive,
          sentenceRange,
        });
        if (isSilenced(range)) continue;
        if (judgement.status === 'contradicts') {
          result.diagnostics.push({
            range,
            severity: claim.hedged ? 'information' : 'warning',
            code: 'contradiction',
            message: `Contradicts the review: ${judgement.statement ?? ''}`.trim(),
            refs: judgement.refs,
            interactions: judgement.interactions.map((x) => x.id),
            claim: claimIndex,
          });
        } else if (judgement.status === 'context-dependent') {
          const s = entities.get(claim.subject)?.label ?? claim.subject;
          const o = entities.get(claim.object ?? '')?.label ?? claim.object;
          result.diagnostics.push({
            range,
            severity: 'information',
            code: 'context-dependent',
            message: `Depends on context in the review: ${judgement.statement ?? ''}. Name the condition (dose, oxygen, stage or source) under which ${s} acts on ${o}.`,
            refs: judgement.refs,
            interactions: judgement.interactions.map((x) => x.id),
            claim: claimIndex,
          });
        }
      }
    }
    if (options.hints) {
      hints ??= createHintFinder(index);
      for (const h of hints.find(prose.text, sentences, result.mentions.length > 0 ? analyzeMentionsSpans(sentences, analyzeSentence) : [])) {
        const range = lines.rangeOf(h.start, h.end);
        if (isSilenced(range)) continue;
        result.diagnostics.push({
          range, severity: 'hint', code: 'unknown-term',
          message: `Unknown term "${h.text}": did you mean ${h.suggestion}${labelNote(h.suggestion, index.entities.get(h.id)?.label)}?`,
          refs: [], interactions: [], suggestion: h.suggestion,
        });
      }
    }
    result.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return result;
  };

  return Object.freeze({
    index,
    analyze,
    stats: () => ({ cachedSentences: cache.size, extractions }),
    dispose(): void {
      disposed = true;
      cache.clear();
    },
  });
}

function labelNote(spelling: string, label: string | undefined): string {
  return label !== undefined && label !== spelling ? ` (${label})` : '';
}

/** Absolute spans of all mentions (the hint finder must not flag a known term). */
function analyzeMentionsSpans(sentences: ReadonlyArray<{ start: number; text: string }>, analyzeSentence: (t: string) => SentenceAnalysis): Span[] {
  const out: Span[] = [];
  for (const s of sentences) for (const m of analyzeSentence(s.text).mentions) out.push({ start: s.start + m.start, end: s.start + m.end });
  return out;
}
