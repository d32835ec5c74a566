/**
 * One candidate sentence as the claim rules see it, built once as plain data: its tokens (entity
 * mentions masked), the mentions, and where the sentence turns into a question or a hedge. The query
 * modules beside this file (words, groups, clauses, polarity, args, qualifiers, verbCue,
 * coreference) answer questions about it; rules never keep state of their own on it.
 */
import { REMOVAL_PARTICIPLES } from '../grammar';
import { getNlp, type Nlp } from '../nlp';
import { tokenize, type SentenceMention, type Tok } from '../tokens';
import { frameBounds } from './polarity';

/** What the extractor may ask of the lexicon. */
export interface ExtractionLexicon {
  /** The composite process for a cell and an action word ("msc" + "proliferation" → msc-proliferation). */
  compositeOf(cellId: string, action: string): string | undefined;
  /** The term a whole text names ("osteoclastogenesis" → osteoclastogenesis), if exactly one. */
  termNamed(text: string): string | undefined;
  /** The cell a composite process belongs to (msc-proliferation → msc), if it is one. */
  cellOf(processId: string): string | undefined;
  /** Is `id` a member of the class `classId` (TNF-α of the pro-inflammatory cytokines)? */
  isMemberOf(id: string, classId: string): boolean;
  /** Is the term a class the lexicon names members of (osteogenic markers: ALP, RUNX2 …)? */
  isClass(id: string): boolean;
  /** Is the term a class the review states nothing of itself, only of its members ("cytokines"): a category? */
  isCategory(id: string): boolean;
  /** Is the term a kind of another term of its own type (M2 macrophages of macrophages)? */
  isSubtype(id: string): boolean;
  /** Is the term a macrophage phenotype (M1, M2): a state of the cells, which "regulatory" only describes? */
  isPhenotype(id: string): boolean;
  /** The process that stands for a cell's formation or activity (osteoclast → osteoclastogenesis), if any. */
  activityOf(cellId: string): string | undefined;
  /** Does the review state anything of `subject` acting on `object` (in this direction)? */
  statesPair(subject: string, object: string): boolean;
  /** Is the word an action some cell's composite process is named by ("proliferation", "apoptosis")? */
  isActionWord(word: string): boolean;
  /** Is the term an ailment, a disease or an inflammatory process ("improved joint inflammation" lessens it)? */
  isAilment(id: string): boolean;
  /** Is the term the loss of another (macrophage depletion, immunodeficiency): a model that lacks it? */
  isRemoval(id: string): boolean;
}

export const NO_LEXICON: ExtractionLexicon = { compositeOf: () => undefined, termNamed: () => undefined, cellOf: () => undefined, isMemberOf: () => false, isClass: () => false, isCategory: () => false, isSubtype: () => false, isPhenotype: () => false, activityOf: () => undefined, statesPair: () => false, isActionWord: () => false, isAilment: () => false, isRemoval: () => false };

export interface SentenceView {
  readonly text: string;
  readonly toks: readonly Tok[];
  readonly mentions: readonly SentenceMention[];
  readonly n: number;
  /** Lowercased sentence with entity placeholders, for phrase tests. */
  readonly masked: string;
  readonly lexicon: ExtractionLexicon;
  readonly nlp: Nlp;
  /** First "whether"/"if" token (claims after it are questions), or n. */
  readonly firstSkip: number;
  /** Where a study's question ends ("we examined X and found that …": the finding verb), or n. */
  readonly skipEnd: number;
  /** First hedging token ("suggest", "possibly", "unclear"), or n. */
  readonly firstHedge: number;
  /**
   * Does the sentence hold a participle of removal ("mutated", "deleted" …)? Asked of every subject candidate
   * (scope.ts), and most sentences have none: found once here.
   */
  readonly removalParticiple: boolean;
}

export function buildView(text: string, mentions: SentenceMention[], lexicon: ExtractionLexicon): SentenceView {
  const sentence = tokenize(text, mentions);
  const base = { text, toks: sentence.toks, mentions: sentence.mentions, n: sentence.toks.length, masked: sentence.masked, lexicon, nlp: getNlp() };
  const removalParticiple = base.toks.some((t) => REMOVAL_PARTICIPLES.has(t.lower));
  return Object.freeze({ ...base, ...frameBounds(base.toks), removalParticiple });
}
