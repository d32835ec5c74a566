/** Claims as the extractor finds them in one sentence (offsets relative to the sentence). */
import type { Sign } from '../lexicon/relations';
import type { Span } from '../types';

export interface ClaimContext {
  concentration?: 'low' | 'high';
  oxygen?: 'hypoxia' | 'normoxia';
  stage?: 'acute' | 'early' | 'resolution' | 'late';
  /** Entity id of the cell named as the subject's source ("M1-derived TNF-α"). */
  source?: string;
  setting?: 'in-vitro' | 'in-vivo' | 'co-culture';
}

export type ClaimKind = 'interaction' | 'lineage' | 'attribute';

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
  /** For attribute claims: which attribute and the value the sentence gives it. */
  attribute?: { name: 'inflammatory' | 'polarization'; value: string };
  /** Whole claim, subject to object. */
  span: Span;
  subjectSpan: Span;
  objectSpan?: Span;
  /** The word(s) carrying the relation, for quick fixes that rewrite the verb. */
  cueSpan?: Span;
  cueText?: string;
}
