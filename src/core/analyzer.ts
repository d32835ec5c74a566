/**
 * The analyser: text + language → mentions, claims and diagnostics. Sentences are cached by their
 * text, so after an edit only the sentences it touched go through claim extraction again.
 */
import { extractClaims, headWord, isPluralText, mayHoldClaim, mayRefer, openingTerms, type Antecedent } from './claims/extract';
import { mayRestate, restatedClaims } from './claims/restatement';
import { BACKGROUND_RULE_IDS } from './claims/rules';
import type { ClaimContext, ExtractedClaim } from './claims/types';
import type { SentenceMention } from './claims/tokens';
import type { Mention } from './entities/matcher';
import { abbreviationKey, abbreviationsUsed, type DefinedAbbreviations } from './entities/abbreviations';
import { termsOfSentence } from './entities/sentenceTerms';
import { changedSpan } from './changedSpan';
import { editRegion } from './editRegion';
import { assemble, reassemble } from './assembly';
import { DOCUMENTS_KEPT, blockSteps, endsMasked, makeBlocks, opensContext, toEnd, proseOf, shiftBlock, type Block, type BlockInput, type BlockResult, type BlockSettings, type AssembledMemo, type DocumentState } from './blocks';
import { suggestRewrite } from './fixes';
import { createHintFinder, type HintFinder } from './hints';
import { describeConditions } from './conditions';
import type { DiagnosticCode } from './diagnosticCodes';
import { CONFIDENCE, verdictConfidence } from './confidence';
import { judgeClaim, type ClaimStatus, type Judgement, type JudgementPath } from './judge';
import { buildIndex, isPhenotype, type IndexTries, type LexiconIndex } from './lexicon/lexiconIndex';
import type { CompiledLexicon, Provenance } from './lexicon/types';
import { createLineIndex } from './positions';
import { detached } from './detach';
import { notReadDiagnostic, readableTerms, type NotRead } from './notices';
import { extractProse } from './prose';
import { splitSentences } from './sentences';
import { claimKey, findSuppressions, type Suppressions } from './suppression';
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
  /** Id of the claim rule that read the claim. */
  rule: string;
  /** How directly it was read: in one clause, across clauses, through a pronoun. */
  reach: ExtractedClaim['reach'];
  /** How the pair reached the review's statements (same pair, opposite process, class, near concept). */
  path: JudgementPath;
  /** How the review states what the verdict rests on: stated, inferred by the curators, or said of a class. */
  provenance: Provenance;
  /** Confidence of the verdict in [0, 1]. */
  confidence: number;
  /** Conditions the review gives that the sentence does not name, as "key:value". */
  missing?: string[];
  /** For a contested verdict: the review's statements that agree and those that oppose (interaction ids). */
  sides?: { agreeing: string[]; opposing: string[] };
}

export type { DiagnosticCode } from './diagnosticCodes';

/** How firmly a contradiction is reported: a confident one, a hedged claim, or a possible one (below the confidence line). */
export type Certainty = 'confident' | 'hedged' | 'possible';

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
  /** For claim findings: the verdict's confidence. */
  confidence?: number;
  /** For contradictions: confident, hedged or possible. */
  certainty?: Certainty;
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
  /** Contradictions at or above this confidence are Warnings; below it, Information or nothing. */
  minConfidence?: number;
}

/** An analysis read in slices (Analyzer.analyzeInSteps). */
export interface AnalysisSteps {
  /** Reads on while `more()` says so; the result once the whole document is read, else undefined. */
  run(more: () => boolean): AnalysisResult | undefined;
}

export interface Analyzer {
  readonly index: LexiconIndex;
  analyze(doc: TextDocumentLike, options?: AnalyzeOptions): AnalysisResult;
  /**
   * The same analysis, read in slices: a host reading a long document for the first time calls `run`
   * again until it returns the result, doing other work between calls. Each call reads on, block by
   * block, while `more()` says so. Sentences read stay cached even if the steps are abandoned.
   */
  analyzeInSteps(doc: TextDocumentLike, options?: AnalyzeOptions): AnalysisSteps;
  /** Cache figures, for benchmarks and tests of incrementality. */
  /** `ruleErrors`: reading rules that failed on a sentence (a defect; the fuzz tests require none). */
  stats(): { cachedSentences: number; extractions: number; ruleErrors: number };
  /** Drops what is kept about a document (the host calls it when the document closes). */
  forget(uri: string): void;
  dispose(): void;
}

interface SentenceAnalysis {
  mentions: Mention[];
  claims: Array<{ claim: ExtractedClaim; judgement: Judgement }>;
  /** Set when the sentence was too long or too dense to read in full (see notices.ts). */
  notRead?: NotRead;
  /** Abbreviations the sentence defines for terms ("skeletal macrophages (sMΦ)"). */
  defines: ReadonlyArray<{ abbr: string; id: string }>;
}

export interface AnalyzerInit {
  lexicon: CompiledLexicon;
  /** The lexicon's tries as the build made them (generated/lexicon-tries.json, the bundled lexicon's only). */
  tries?: IndexTries;
  /** Sentences kept in the cache; the oldest are dropped past this. */
  cacheLimit?: number;
}

/** The result of a block without sentences, shared: its arrays are never written to. */
const NOTHING_READ: BlockResult = Object.freeze({
  defines: Object.freeze([]) as unknown as BlockResult['defines'],
  sentenceCount: 0, sentenceKeys: Object.freeze([]) as unknown as string[], mentions: Object.freeze([]) as unknown as MentionResult[],
  claims: Object.freeze([]) as unknown as ClaimResult[], diagnostics: Object.freeze([]) as unknown as DiagnosticResult[],
});

/** A block offset as a document position (the block's lines may be counted from its own start). */
function positionIn(b: Pick<BlockInput, 'lines' | 'lineBase' | 'offsetBase'>, offset: number): Position {
  const p = b.lines.positionAt(offset - b.offsetBase);
  return { line: p.line + b.lineBase, character: p.character };
}

function rangeIn(b: Pick<BlockInput, 'lines' | 'lineBase' | 'offsetBase'>, start: number, end: number): Range {
  return { start: positionIn(b, start), end: positionIn(b, end) };
}

/** Is a finding on these lines silenced by a suppression comment of its block (`startLine` its first line)? */
function silencedAt(silenced: Suppressions, startLine: number, r: Range, key?: string): boolean {
  if (silenced.lines.size === 0 && silenced.claims.size === 0) return false;
  for (let l = r.start.line; l <= r.end.line; l++) {
    if (silenced.lines.has(l - startLine)) return true;
    if (key !== undefined && silenced.claims.get(l - startLine)?.has(key)) return true;
  }
  return false;
}

/** Every so many analyses, cached sentences unused for as long and held by no document are dropped. */
const CACHE_SWEEP_EVERY = 64;

function contextList(ctx: ClaimContext | undefined): string[] {
  return Object.entries(ctx ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}:${v as string}`);
}

/**
 * The process of a cell's action ("apoptosis" of T cells → T-cell apoptosis); for a cell with no such
 * process of its own, its nearest cell class's ("apoptosis of B cells" → lymphocyte apoptosis).
 */
function compositeOfCell(index: LexiconIndex, cell: string, action: string): string | undefined {
  const own = index.compositeActions.get(cell)?.get(action);
  if (own !== undefined) return own;
  for (const parent of index.classesOf(cell)) {
    if (index.entities.get(parent)?.type !== 'cell') continue;
    const inherited = index.compositeActions.get(parent)?.get(action);
    if (inherited !== undefined) return inherited;
  }
  return undefined;
}

/** A disease, or a process the lexicon marks pro-inflammatory (inflammation itself): what betterment acts against. */
function isAilment(index: LexiconIndex, id: string): boolean {
  const entity = index.entities.get(id);
  return entity?.type === 'disease' || (entity?.type === 'process' && entity.attributes?.inflammatory === 'pro');
}

export function createAnalyzer(init: AnalyzerInit): Analyzer {
  const index = buildIndex(init.lexicon, init.tries);
  const limit = init.cacheLimit ?? 200_000;
  let cache = new Map<string, SentenceAnalysis>();
  // When each cached sentence was last needed, counted in analyses: a sentence typed over and left
  // behind is dropped by the next sweep, so memory stays flat while an author types.
  const lastUsed = new Map<string, number>();
  let analyses = 0;
  let extractions = 0;
  // Reading rules that threw on a sentence (each such sentence also gets a "not read in full" notice).
  let ruleErrors = 0;
  let hints: HintFinder | undefined;
  let disposed = false;

  let actionWordSet: ReadonlySet<string> | undefined;
  const namedTerms = new Map<string, string | undefined>();
  const extractionLexicon = {
    compositeOf: (cell: string, action: string): string | undefined => compositeOfCell(index, cell, action.toLowerCase()),
    // (A kind of a cell's process is that cell's too: M2 polarization, of macrophage polarization.)
    cellOf: (processId: string): string | undefined => index.entities.get(processId)?.composite?.of ?? index.classesOf(processId).map((c) => index.entities.get(c)?.composite?.of).find((x) => x !== undefined),
    isMemberOf: (id: string, classId: string): boolean => index.classesOf(id).includes(classId),
    isClass: (id: string): boolean => (index.members.get(id)?.length ?? 0) > 0,
    isCategory: (id: string): boolean => index.isCategory(id),
    isSubtype: (id: string): boolean => index.classesOf(id).some((c) => index.entities.get(c)?.type === index.entities.get(id)?.type),
    isPhenotype: (id: string): boolean => isPhenotype(index.entities.get(id)),
    activityOf: (cellId: string): string | undefined => index.entities.get(cellId)?.attributes?.activityProcess,
    statesPair: (subject: string, object: string): boolean => index.statementsBetween(subject, object).length > 0,
    isAilment: (id: string): boolean => isAilment(index, id),
    isRemoval: (id: string): boolean => index.entities.get(id)?.attributes?.removes !== undefined,
    isActionWord: (word: string): boolean => {
      actionWordSet ??= singleWordActions(index);
      return actionWordSet.has(word.toLowerCase());
    },
    termNamed: (text: string): string | undefined => {
      if (!namedTerms.has(text)) namedTerms.set(text, wholeTerm(text, index));
      return namedTerms.get(text);
    },
  };
  /**
   * One sentence's mentions and judged claims, cached by its text — and, when it has a word that may
   * refer back ("it", "these cells"), by the terms of the sentence before it too; when it writes an
   * abbreviation the document defined, by that definition.
   */
  const sentenceKey = (text: string, previous: readonly Antecedent[], used: DefinedAbbreviations | undefined, earlierCells: readonly string[] | undefined, earlierEffects: string | undefined): string => {
    let key = previous.length > 0 && mayRefer(text) ? `${text}\u0001${previous.map((p) => p.id).join(' ')}` : text;
    if (used) key = `${key}\u0002${abbreviationKey(used)}`;
    if (earlierEffects !== undefined) key = `${key}\u0004${earlierEffects}`;
    return earlierCells !== undefined ? `${key}\u0003${earlierCells.join(' ')}` : key;
  };

  /**
   * The claims of the sentence before, for a sentence that may name one of its effects again ("this
   * effect"), with what of them keys the cache; undefined when the sentence cannot restate one.
   */
  const earlierEffectsFor = (text: string, earlier: readonly ExtractedClaim[]): { claims: readonly ExtractedClaim[]; key: string } | undefined => {
    if (earlier.length === 0 || !mayRestate(text)) return undefined;
    return { claims: earlier, key: earlier.map((c) => `${c.subject}|${c.relation}|${c.object ?? ''}|${c.sign}|${c.negated}|${c.hedged}|${c.agreementOnly === true}`).join(' ') };
  };

  // The first words of the lexicon's cell actions ("proliferation", "osteogenic"): a sentence without one
  // cannot need the cell an earlier sentence named, and its cache key does not name that cell.
  let actionWords: RegExp | undefined;
  const mayNameAction = (text: string): boolean => {
    actionWords ??= wordPattern(firstWordsOfActions(index));
    return actionWords.test(text);
  };

  /** The terms of a sentence as the claim readers take them: with their type, and whether they are ambiguous. */
  const toSentenceMentions = (read: readonly Mention[]): SentenceMention[] =>
    read.map((m) => ({ start: m.start, end: m.end, id: m.id, type: index.entities.get(m.id)?.type ?? 'unknown', ambiguous: m.ids.length > 1, ...(m.earlierCell ? { earlierCell: true } : {}), ...(m.member ? { member: true } : {}) }));

  const analyzeSentence = (key: string, text: string, previous: readonly Antecedent[], used: DefinedAbbreviations | undefined, earlierCells: readonly string[] | undefined, earlierClaims: readonly ExtractedClaim[]): SentenceAnalysis => {
    const refers = key.startsWith(`${text}\u0001`);
    const cached = cache.get(key);
    if (cached) {
      lastUsed.set(key, analyses);
      return cached;
    }
    const { mentions, defines } = termsOfSentence(text, index, used, earlierCells);
    let claims: SentenceAnalysis['claims'] = [];
    let notRead: NotRead | undefined;
    const ids = mentions.map((m) => m.id);
    if (mayHoldClaim(text, refers ? [...ids, ...previous.map((p) => p.id)] : ids, index.relatable)) {
      const readable = readableTerms(text, mentions);
      notRead = readable.notRead;
      if (readable.read.length > 0) {
        extractions++;
        const sentenceMentions = toSentenceMentions(readable.read);
        let failed: string | undefined;
        claims = extractClaims(text, sentenceMentions, extractionLexicon, refers ? previous : [], (rule) => {
          failed ??= rule;
          ruleErrors++;
        }).map((claim) => ({ claim, judgement: judged(claim) }))
          .filter(({ claim, judgement }) => !claim.agreementOnly || judgement.status === 'supports');
        if (failed !== undefined) notRead ??= { reason: 'rule', size: 0, rule: failed };
      }
    }
    // ("… This inhibitory effect was associated with …": a sentence with no claim of its own may name an
    // effect of the sentence before again.)
    // (A link named as background, "through direct interaction between MSCs and lymphocytes", is no claim
    // of that kind.)
    if (claims.every(({ claim }) => BACKGROUND_RULE_IDS.has(claim.rule)) && notRead === undefined && earlierClaims.length > 0) {
      const restated = restatedClaims(text, toSentenceMentions(mentions), extractionLexicon, earlierClaims).map((claim) => ({ claim, judgement: judged(claim) }));
      if (restated.length > 0) claims = [...restated, ...claims];
    }
    const result: SentenceAnalysis = notRead ? { mentions, claims, notRead, defines } : { mentions, claims, defines };
    if (cache.size >= limit) {
      cache = new Map([...cache].slice(Math.floor(limit / 2)));
      for (const k of lastUsed.keys()) if (!cache.has(k)) lastUsed.delete(k);
    }
    cache.set(key, result);
    lastUsed.set(key, analyses);
    return result;
  };

  // A judgement depends only on what the claim says, not on where: the same claim is judged once.
  const judgements = new Map<string, Judgement>();
  const judged = (claim: ExtractedClaim): Judgement => {
    const key = judgementKey(claim);
    let j = judgements.get(key);
    if (!j) {
      j = judgeClaim(claim, index);
      if (judgements.size >= limit) judgements.clear();
      judgements.set(key, j);
    }
    return j;
  };

  /** The terms of a sentence, in order, as antecedents for the next one's references. */
  const antecedentsOf = (text: string, mentions: readonly Mention[]): Antecedent[] => {
    const named = mentions.filter((m) => m.ids.length === 1);
    const opens = openingTerms(text, named.map((m) => m.start));
    return named.map((m, k) => {
      const type = index.entities.get(m.id)?.type ?? 'unknown';
      return { id: m.id, type, plural: type === 'cell' || isPluralText(text.slice(m.start, m.end)), opens: opens[k], head: headWord(text.slice(m.start, m.end)) };
    });
  };

  /**
   * Mentions, claims and diagnostics of one block of sentences, positioned by `lines` shifted by `lineBase`;
   * `defined` are the abbreviations the blocks before it defined.
   */
  const analyzeBlock = (block: BlockInput, settings: BlockSettings, defined: DefinedAbbreviations): BlockResult => {
    const { text, sentences } = block;
    if (sentences.length === 0) return NOTHING_READ; // a paragraph of markup only: nothing to build
    const out: BlockResult = { sentenceCount: sentences.length, sentenceKeys: [], mentions: [], claims: [], diagnostics: [], defines: [] };
    let abbreviations = defined;
    let lastCells: readonly string[] = []; // the cells the paragraph named, the last first, for actions named without one
    const range = (a: number, b: number): Range => rangeIn(block, a, b);
    const silenced = findSuppressions(text.slice(block.start, block.end));
    const startLine = positionIn(block, block.start).line;
    const isSilenced = (r: Range, key?: string): boolean => silencedAt(silenced, startLine, r, key);
    const known: Span[] = [];
    let previous: Antecedent[] = [];
    let earlier: readonly ExtractedClaim[] = [];
    for (const sentence of sentences) {
      const used = abbreviationsUsed(sentence.text, abbreviations);
      const earlierCells = lastCells.length > 0 && mayNameAction(sentence.text) ? lastCells : undefined;
      const effects = earlierEffectsFor(sentence.text, earlier);
      const key = sentenceKey(sentence.text, previous, used, earlierCells, effects?.key);
      out.sentenceKeys.push(key);
      const analysis = analyzeSentence(key, sentence.text, previous, used, earlierCells, effects?.claims ?? []);
      previous = antecedentsOf(sentence.text, analysis.mentions);
      earlier = analysis.claims.map((c) => c.claim);
      lastCells = recentCells(analysis.mentions, index, lastCells);
      if (analysis.defines.length > 0) {
        abbreviations = withDefinitions(abbreviations, analysis.defines);
        out.defines.push(...analysis.defines);
      }
      for (const m of analysis.mentions) {
        const a = sentence.start + m.start;
        const b = sentence.start + m.end;
        out.mentions.push({ range: range(a, b), id: m.id, text: detached(text.slice(a, b)) }); // outlives this version of the text
        if (settings.hints) known.push({ start: a, end: b });
      }
      if (analysis.notRead) {
        const r = range(sentence.start, sentence.end);
        if (!isSilenced(r)) out.diagnostics.push(notReadDiagnostic(analysis.notRead, r));
      }
      if (analysis.claims.length === 0) continue;
      const sentenceRange = range(sentence.start, sentence.end);
      for (const { claim, judgement } of analysis.claims) {
        const r = range(sentence.start + claim.span.start, sentence.start + claim.span.end);
        const claimIndex = out.claims.length;
        const result = claimResult(claim, judgement, r, sentenceRange);
        if (claim.cueSpan) result.cueRange = range(sentence.start + claim.cueSpan.start, sentence.start + claim.cueSpan.end);
        out.claims.push(result);
        if (isSilenced(r, claimKey(claim.subject, claim.object))) continue;
        const diagnostic = diagnosticFor(claim, judgement, result, claimIndex, settings);
        if (!diagnostic) continue;
        const rewrite = diagnostic.code === 'contradiction' ? suggestRewrite(claim, judgement) : undefined;
        if (rewrite) diagnostic.fix = { range: range(sentence.start + rewrite.start, sentence.start + rewrite.end), newText: rewrite.newText };
        out.diagnostics.push(diagnostic);
      }
    }
    if (settings.hints && sentences.length > 0) {
      hints ??= createHintFinder(index);
      for (const h of hints.find(sentences, known)) {
        const r = range(h.start, h.end);
        if (isSilenced(r)) continue;
        out.diagnostics.push({
          range: r, severity: 'hint', code: 'unknown-term',
          message: `Unknown term "${h.text}": did you mean ${h.suggestion}${labelNote(h.suggestion, index.entities.get(h.id)?.label)}?`,
          refs: [], interactions: [], suggestion: h.suggestion,
        });
      }
    }
    // Most paragraphs find nothing: they share the empty arrays (a file of a million paragraphs).
    if (out.mentions.length === 0) out.mentions = NOTHING_READ.mentions;
    if (out.claims.length === 0) out.claims = NOTHING_READ.claims;
    if (out.diagnostics.length === 0) out.diagnostics = NOTHING_READ.diagnostics;
    if (out.defines.length === 0) out.defines = NOTHING_READ.defines;
    return out;
  };

  const claimResult = (claim: ExtractedClaim, judgement: Judgement, r: Range, sentenceRange: Range): ClaimResult => ({
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
    cueText: claim.cueText,
    passive: claim.passive,
    sentenceRange,
    rule: claim.rule,
    reach: claim.reach,
    path: judgement.path,
    provenance: judgement.provenance,
    confidence: verdictConfidence(claim.confidence, judgement.path, judgement.provenance),
    ...(judgement.missing ? { missing: contextList(judgement.missing) } : {}),
    ...(judgement.sides ? { sides: { agreeing: judgement.sides.agreeing.map((x) => x.id), opposing: judgement.sides.opposing.map((x) => x.id) } } : {}),
  });

  const diagnosticFor = (claim: ExtractedClaim, judgement: Judgement, result: ClaimResult, claimIndex: number, settings: BlockSettings): DiagnosticResult | undefined => {
    const base = { range: result.range, refs: judgement.refs, interactions: judgement.interactions.map((x) => x.id), claim: claimIndex, confidence: result.confidence };
    if (judgement.status === 'contradicts') {
      const certainty: Certainty = claim.hedged ? 'hedged' : result.confidence >= settings.minConfidence ? 'confident' : 'possible';
      if (certainty === 'possible' && result.confidence < CONFIDENCE.possibleFloor) return undefined;
      const why = certainty === 'possible' ? possibleReason(result) : '';
      return {
        ...base,
        severity: certainty === 'confident' ? 'warning' : 'information',
        code: 'contradiction',
        certainty,
        message: `${certainty === 'possible' ? 'Possible contradiction of the review' : 'Contradicts the review'}: ${judgement.statement ?? ''}${why}`.trim(),
      };
    }
    if (judgement.status === 'contested') {
      return { ...base, severity: 'information', code: 'contested', message: `The review states both directions: ${judgement.statement ?? ''}` };
    }
    if (judgement.status === 'context-dependent') {
      const s = index.entities.get(claim.subject)?.label ?? claim.subject;
      const o = index.entities.get(claim.object ?? '')?.label ?? claim.object;
      const message = judgement.missing
        ? `Depends on context in the review: ${judgement.statement ?? ''}. The review says so only ${describeConditions(judgement.missing, (id) => index.entities.get(id)?.label ?? id)}; name the condition if your claim is about it.`
        : `Depends on context in the review: ${judgement.statement ?? ''}. Name the condition (dose, oxygen, stage or source) under which ${s} acts on ${o}.`;
      return { ...base, severity: 'information', code: 'context-dependent', message };
    }
    return undefined;
  };

  /**
   * Whole-document analysis: prose, sentences, then block by block (so later edits can be incremental),
   * pausing after each block of sentences.
   */
  function* fullSteps(doc: TextDocumentLike, settings: BlockSettings): Generator<void, DocumentState, void> {
    const prose = extractProse(doc.text, doc.languageId);
    const sentences = splitSentences(prose.text, 0, prose.text.length, prose.breaks);
    const lines = createLineIndex(doc.text);
    let defined: DefinedAbbreviations = NO_ABBREVIATIONS;
    const blocks = yield* blockSteps(doc.text, 0, doc.text.length, sentences, (b) => {
      const result = analyzeBlock({ start: b.start, end: b.end, sentences: b.sentences, text: doc.text, lines, lineBase: 0, offsetBase: 0 }, settings, defined);
      defined = withDefinitions(defined, result.defines);
      return result;
    }, lines, prose.text);
    const memo: AssembledMemo = new WeakMap();
    return { text: doc.text, languageId: doc.languageId, blocks, settings, lineCount: lines.lineCount, memo, result: assemble(blocks, memo) };
  }

  /**
   * After an edit: re-read only the blocks (paragraphs) the edit touched (see editRegion), provided the edit cannot change
   * how text elsewhere is read (no code fence, comment or environment opened or closed); shift the rest.
   */
  const analyzeEdit = (state: DocumentState, doc: TextDocumentLike): DocumentState | undefined => {
    const oldText = state.text;
    const newText = doc.text;
    const { prefix: p, suffix: q } = changedSpan(oldText, newText);
    const blocks = state.blocks;
    const delta = newText.length - oldText.length;
    const { first: i, last: j } = editRegion(blocks, newText, p, oldText.length - q, delta);
    const oldStart = blocks[i].start;
    const oldEnd = blocks[j].end;
    const newEnd = oldEnd + delta;
    const oldRegion = oldText.slice(oldStart, oldEnd);
    const newRegion = newText.slice(oldStart, newEnd);
    if (opensContext(oldRegion, doc.languageId, oldStart === 0) || opensContext(newRegion, doc.languageId, oldStart === 0)) return undefined;
    if (extractProse(oldRegion, doc.languageId).text !== proseOf(blocks, i, j)) return undefined; // inside a code block or comment
    // A region whose prose is blank — blank text, or markup masked either way ("\verb+…+") — shows nothing
    // of whether it lies inside a code block ("\begin{verbatim}" left open above it): when the text before
    // it ends in masked markup, read the document afresh.
    if (proseOf(blocks, i, j).trim() === '' && endsMasked(blocks, i, oldText)) return undefined;
    const regionProse = extractProse(newRegion, doc.languageId);
    const sentences = splitSentences(regionProse.text, 0, regionProse.text.length, regionProse.breaks).map((s) => ({ start: s.start + oldStart, end: s.end + oldStart, text: s.text }));
    const localLines = createLineIndex(newRegion);
    const lineBase = blocks[i].startLine;
    let defined = definedBefore(blocks, i);
    const fresh = makeBlocks(newText, oldStart, newEnd, sentences, (b) => {
      const result = analyzeBlock({ start: b.start, end: b.end, sentences: b.sentences, text: newText, lines: localLines, lineBase, offsetBase: oldStart }, state.settings, defined);
      defined = withDefinitions(defined, result.defines);
      return result;
    }, {
      positionAt: (o: number) => { const x = localLines.positionAt(o - oldStart); return { line: x.line + lineBase, character: x.character }; },
    }, regionProse.text);
    // An abbreviation defined, undefined or redefined changes how every later paragraph reads: read them all.
    if (!sameDefinitions(blocks.slice(i, j + 1), fresh)) return undefined;
    const lineDelta = (fresh.length > 0 ? fresh[fresh.length - 1].endLine : lineBase) - blocks[j].endLine;
    const after = blocks.slice(j + 1).map((b) => (delta === 0 && lineDelta === 0 ? b : shiftBlock(b, delta, lineDelta)));
    const result = reassemble(state.result, blocks, { from: i, to: j + 1, added: fresh, after, afterUnchanged: lineDelta === 0 }, state.memo);
    return {
      text: newText, languageId: doc.languageId, blocks: [...blocks.slice(0, i), ...fresh, ...after], settings: state.settings,
      lineCount: state.lineCount + lineDelta, memo: state.memo, result,
    };
  };

  const states = new Map<string, DocumentState>();

  /** Drops cached sentences no open document holds and no analysis needed for a while (text typed over). */
  const sweepCache = (): void => {
    const live = new Set<string>();
    for (const state of states.values()) for (const b of state.blocks) for (const k of b.sentenceKeys) live.add(k);
    for (const [key, used] of lastUsed) {
      if (analyses - used <= CACHE_SWEEP_EVERY || live.has(key)) continue;
      lastUsed.delete(key);
      cache.delete(key);
    }
  };
  const settingsOf = (options: AnalyzeOptions): BlockSettings => ({ hints: options.hints === true, minConfidence: options.minConfidence ?? CONFIDENCE.defaultMinConfidence });

  /** The kept state a document's next analysis starts from: the same text, or an edit of it read incrementally. */
  const incremental = (doc: TextDocumentLike, settings: BlockSettings): DocumentState | undefined => {
    const previous = doc.uri !== undefined ? states.get(doc.uri) : undefined;
    if (!previous || previous.languageId !== doc.languageId || !sameSettings(previous.settings, settings)) return undefined;
    return previous.text === doc.text ? previous : analyzeEdit(previous, doc);
  };

  /** Keeps a document's new state (for its next edit) and hands out its result. */
  const finish = (doc: TextDocumentLike, state: DocumentState): AnalysisResult => {
    if (++analyses % CACHE_SWEEP_EVERY === 0) sweepCache();
    if (doc.uri !== undefined) {
      states.delete(doc.uri);
      states.set(doc.uri, state);
      if (states.size > DOCUMENTS_KEPT) states.delete(states.keys().next().value as string);
    }
    // A kept document's result is the next edit's starting point: its arrays are frozen, not copied (20,000
    // mentions copied at every keystroke cost more than reading the edited sentence).
    return doc.uri !== undefined ? frozenResult(state.result) : state.result;
  };

  const analyze = (doc: TextDocumentLike, options: AnalyzeOptions = {}): AnalysisResult => {
    if (disposed) throw new Error('the analyzer was disposed');
    const settings = settingsOf(options);
    return finish(doc, incremental(doc, settings) ?? toEnd(fullSteps(doc, settings)));
  };

  const analyzeInSteps = (doc: TextDocumentLike, options: AnalyzeOptions = {}): AnalysisSteps => {
    const settings = settingsOf(options);
    let steps: Generator<void, DocumentState, void> | undefined;
    let result: AnalysisResult | undefined;
    return {
      run(more: () => boolean): AnalysisResult | undefined {
        if (result !== undefined) return result;
        if (disposed) throw new Error('the analyzer was disposed');
        if (steps === undefined) {
          const kept = incremental(doc, settings);
          if (kept !== undefined) return (result = finish(doc, kept)); // an edit: quick, no steps
          steps = fullSteps(doc, settings);
        }
        for (;;) {
          const next = steps.next();
          if (next.done === true) return (result = finish(doc, next.value));
          if (!more()) return undefined;
        }
      },
    };
  };

  return Object.freeze({
    index,
    analyze,
    analyzeInSteps,
    stats: () => ({ cachedSentences: cache.size, extractions, ruleErrors }),
    forget(uri: string): void {
      states.delete(uri);
    },
    dispose(): void {
      disposed = true;
      cache.clear();
      lastUsed.clear();
      judgements.clear();
      states.clear();
    },
  });
}

const NO_ABBREVIATIONS: DefinedAbbreviations = new Map();

/** The result with its arrays frozen (freezing one again costs nothing), in an object of the caller's own. */
function frozenResult(r: AnalysisResult): AnalysisResult {
  return { mentions: Object.freeze(r.mentions) as MentionResult[], claims: Object.freeze(r.claims) as ClaimResult[], diagnostics: Object.freeze(r.diagnostics) as DiagnosticResult[], sentenceCount: r.sentenceCount };
}

/** The one unambiguous term that spans all of `text`, if any. */
function wholeTerm(text: string, index: LexiconIndex): string | undefined {
  const found = termsOfSentence(text, index, undefined).mentions;
  return found.length === 1 && found[0].start === 0 && found[0].end === text.length && found[0].ids.length === 1 ? found[0].id : undefined;
}

/** How many cells named before an action without its own cell may stand for it. */
const RECENT_CELLS = 3;

/**
 * The cells the paragraph has named, the last first: those the sentence names, itself or through one of
 * their processes ("MSC proliferation"), not an implied one, then those named before.
 */
function recentCells(mentions: readonly Mention[], index: LexiconIndex, before: readonly string[]): readonly string[] {
  const named: string[] = [];
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.ids.length !== 1 || m.earlierCell) continue;
    const cell = index.compositeActions.has(m.id) ? m.id : index.entities.get(m.id)?.composite?.of;
    if (cell !== undefined && !named.includes(cell)) named.push(cell);
  }
  if (named.length === 0) return before;
  return [...named, ...before.filter((c) => !named.includes(c))].slice(0, RECENT_CELLS);
}

/** Any of the words, whole, in any case. */
function wordPattern(words: ReadonlySet<string>): RegExp {
  const escaped = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // linear: one alternation of fixed words between two single-character lookarounds.
  return new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'iu');
}

/** The one-word actions of the lexicon's composite processes ("proliferation", "apoptosis"). */
function singleWordActions(index: LexiconIndex): Set<string> {
  const words = new Set<string>();
  for (const actions of index.compositeActions.values()) for (const spelling of actions.keys()) if (/^\p{L}+$/u.test(spelling)) words.add(spelling);
  return words;
}

function firstWordsOfActions(index: LexiconIndex): Set<string> {
  const words = new Set<string>();
  for (const actions of index.compositeActions.values()) for (const spelling of actions.keys()) words.add(spelling.split(/[^\p{L}]+/u).find((w) => w !== '') ?? spelling);
  return words;
}

/** `defined` with `defines` added (a new map: block results and cache keys keep the old one). */
function withDefinitions(defined: DefinedAbbreviations, defines: ReadonlyArray<{ abbr: string; id: string }>): DefinedAbbreviations {
  if (defines.length === 0) return defined;
  const out = new Map(defined);
  for (const d of defines) out.set(d.abbr, d.id);
  return out;
}

/** The abbreviations blocks[0, i) define. */
function definedBefore(blocks: readonly Block[], i: number): DefinedAbbreviations {
  let defined = NO_ABBREVIATIONS;
  for (let k = 0; k < i; k++) defined = withDefinitions(defined, blocks[k].defines);
  return defined;
}

function sameDefinitions(a: readonly Block[], b: readonly Block[]): boolean {
  const flat = (blocks: readonly Block[]): string => blocks.flatMap((x) => x.defines.map((d) => `${d.abbr}=${d.id}`)).join(' ');
  return flat(a) === flat(b);
}

/** Everything a judgement depends on: kind, the pair, relation and sign, negation, context, attribute (and whether it is exerted), own output. */
function judgementKey(c: ExtractedClaim): string {
  const ctx = contextList(c.context).join(',');
  return `${c.kind}|${c.subject}|${c.object ?? ''}|${c.relation}|${c.sign}|${c.negated}|${ctx}|${c.attribute ? `${c.attribute.name}:${c.attribute.value}:${c.attribute.exerted === true}` : ''}|${c.ownOutput === true}`;
}

function sameSettings(a: BlockSettings, b: BlockSettings): boolean {
  return a.hints === b.hints && a.minConfidence === b.minConfidence;
}

/** Why a contradiction is only possible: what made the reading or the statement less certain. */
function possibleReason(c: ClaimResult): string {
  const bits: string[] = [];
  if (c.provenance === 'inferred') bits.push('the review does not state this directly (a curator inference)');
  if (c.provenance === 'class-level') bits.push('the review says it of a group this term belongs to');
  if (c.reach === 'pronoun') bits.push('read through a pronoun');
  if (c.reach === 'earlier-sentence') bits.push('the cell was named in an earlier sentence');
  if (c.reach === 'across-clauses') bits.push('read across clauses');
  if (c.path === 'class' || c.path === 'members' || c.path === 'object-class') bits.push('reached through a class');
  if (c.path === 'near') bits.push('reached through a near concept');
  if (c.path === 'near-both') bits.push('reached through near concepts of both terms');
  if (c.path === 'class-near') bits.push('reached through a class and a near concept');
  if (c.path === 'opposite') bits.push('read on the opposite process');
  if (c.path === 'cell-activity') bits.push('read on the cell’s activity in general');
  if (c.path === 'character') bits.push('judged on the inflammatory character of both terms');
  const model = c.context.find((x) => x.startsWith('model:'));
  if (model) bits.push(`said of a model the review does not discuss (${model.slice(6)})`);
  return bits.length > 0 ? ` (${bits.join('; ')}; confidence ${c.confidence.toFixed(2)})` : ` (confidence ${c.confidence.toFixed(2)})`;
}

function labelNote(spelling: string, label: string | undefined): string {
  return label !== undefined && label !== spelling ? ` (${label})` : '';
}

