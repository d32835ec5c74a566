/**
 * A claim rule: one phenomenon of how authors state a relation, read from a sentence view. Each rule
 * is one file with its id, the phenomenon in a sentence, its reader and its own examples; the examples
 * run as tests (test/core/rules.test.ts) against the bundled lexicon.
 */
import type { ClaimSink } from '../sink';
import type { SentenceView } from '../sentence/view';

export interface RuleExample {
  /** A sentence in our own words with the rule's construction. */
  text: string;
  /**
   * Claims this rule must read from it, as "subject relation object" with lexicon ids; "!" after the
   * relation marks a negated claim, "?" a hedged one ("il-4 inhibits nfatc1", "ccl2 recruits! msc").
   */
  reads?: readonly string[];
  /** Claims no rule may read from it (the wrong reading the rule exists to avoid). */
  not?: readonly string[];
}

export interface Rule {
  readonly id: string;
  readonly phenomenon: string;
  /** How often the rule's reading is right on real prose, as a base confidence in [0, 1]. */
  readonly confidence: number;
  /**
   * Whether the rule reads background only (a link named as a topic, "the crosstalk between X and Y"):
   * such claims do not keep a sentence from restating an effect of the sentence before.
   */
  readonly background?: boolean;
  read(view: SentenceView, sink: ClaimSink): void;
  readonly examples: readonly RuleExample[];
}
