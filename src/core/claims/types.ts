/** Claims as the extractor finds them in one sentence (offsets relative to the sentence). */
import type { Sign } from '../lexicon/relations';
import type { Conditions } from '../conditions';
import type { Span } from '../types';

/** The conditions a sentence names for its claim (keys and values from the condition table). */
export type ClaimContext = Conditions;

export type ClaimKind = 'interaction' | 'lineage' | 'attribute';

/**
 * How directly a claim was read: within one clause, across clauses (the actor of an earlier clause or
 * event), or through a pronoun or definite description that stands for an earlier term.
 */
export type ClaimReach = 'clause' | 'across-clauses' | 'pronoun' | 'earlier-sentence';

export interface ExtractedClaim {
  kind: ClaimKind;
  subject: string;
  /** Entity id; absent for attribute claims. */
  object?: string;
  relation: string;
  sign: Sign;
  negated: boolean;
  hedged: boolean;
  passive: boolean;
  context: ClaimContext;
  /**
   * For attribute claims: which attribute and the value the sentence gives it; `exerted` when the sentence
   * gives it as an effect the term exerts ("MSCs exert anti-inflammatory effects"), not as what the term is.
   */
  attribute?: { name: 'inflammatory' | 'polarization'; value: string; exerted?: boolean };
  /** Whole claim, subject to object. */
  span: Span;
  subjectSpan: Span;
  objectSpan?: Span;
  /** The word(s) carrying the relation, for quick fixes that rewrite the verb. */
  cueSpan?: Span;
  cueText?: string;
  /** Id of the rule that read the claim. */
  rule: string;
  reach: ClaimReach;
  /** How sure the reading is, before judgement (rule base × reach × the rule's own doubt). */
  confidence: number;
  /**
   * The clause holds only under a condition the review does not speak to ("in the absence of RANKL"):
   * agreeing with the review it still confirms it; disagreeing, it says nothing against it.
   */
  agreementOnly?: boolean;
  /**
   * The subject is a cell and the sentence names no other cell: a product the claim has it raise may be its own
   * output ("Activated MSCs increased IL-6 secretion"), not the output of cells it acts on.
   */
  ownOutput?: boolean;
}
