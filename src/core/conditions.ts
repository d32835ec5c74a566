/**
 * The condition vocabulary: one table of the context keys the review qualifies its statements with,
 * their values, the words authors use for each value, and an order where one exists. The extractor
 * (what a sentence names), the judge (what must match), the lexicon schema (allowed values), the
 * messages and the mechanism snippets all read this table; nothing else lists condition words.
 */

export type ConditionKeyName = 'concentration' | 'oxygen' | 'stage' | 'exposure' | 'setting' | 'source' | 'condition' | 'model';

export interface ConditionValue {
  /** Canonical value, as the lexicon writes it. */
  readonly value: string;
  /** Position on the key's scale (low < high; early < resolution < late), where the key has one. */
  readonly rank?: number;
  /** How a message or snippet says it: "at high concentration", "under hypoxia". */
  readonly phrase: string;
  /** How a snippet qualifies the subject: "High-dose", "Hypoxic". */
  readonly adjective: string;
  /**
   * Regular-expression sources (lowercase text, word-bounded by the caller) for the words a sentence
   * uses. Each is a plain alternation of literal words and optional separators: no nested quantifiers.
   */
  readonly patterns: readonly string[];
}

export interface ConditionKey {
  readonly key: ConditionKeyName;
  /** value: a closed vocabulary below; entity: a lexicon id (a cell, a treatment); text: free words. */
  readonly kind: 'value' | 'entity' | 'text';
  readonly description: string;
  readonly values: readonly ConditionValue[];
  /**
   * Restricting keys limit where a statement holds: a sentence that does not name the condition cannot
   * be flatly contradicted by it (the verdict is context-dependent). Dose, oxygen and stage are the
   * review's own switches of direction; a source restricts only a mediator the review ties to the other
   * phenotype (IL-6, an M1 factor, acting on M2 polarization when it comes from MSCs: see the judge).
   * Setting, condition and model describe the experiment: compared when a sentence names them, never
   * assumed from silence.
   */
  readonly restricting: boolean;
}

const DOSE_WORDS = '(?:dose|doses|concentration|concentrations)';

export const CONDITION_KEYS: readonly ConditionKey[] = Object.freeze([
  {
    key: 'concentration', kind: 'value', restricting: true,
    description: 'Dose or concentration of the subject.',
    values: [
      {
        value: 'low', rank: 0, phrase: 'at low concentration', adjective: 'Low-dose',
        patterns: [
          `(?:low|lower|small|smaller|physiological|moderate|minimal|minute|trace|tiny|modest|subtle|subtoxic|sub-toxic|nanomolar)[\\s-]+${DOSE_WORDS}`,
          '(?:low|lower|small|minute|trace|tiny|modest)\\s+(?:level|levels|amount|amounts|quantities)\\s+of',
          'low[\\s-]?dose',
        ],
      },
      {
        value: 'high', rank: 1, phrase: 'at high concentration', adjective: 'High-dose',
        patterns: [
          `(?:high|higher|excessive|elevated|large|supraphysiological)[\\s-]+${DOSE_WORDS}`,
          '(?:high|higher|excessive|elevated|large)\\s+(?:level|levels|amount|amounts)\\s+of',
          'high[\\s-]?dose',
          'in excess',
        ],
      },
    ],
  },
  {
    key: 'oxygen', kind: 'value', restricting: true,
    description: 'Oxygen tension of the culture or tissue.',
    values: [
      { value: 'normoxia', rank: 0, phrase: 'under normoxia', adjective: 'Normoxic', patterns: ['normoxia', 'normoxic'] },
      { value: 'hypoxia', rank: 1, phrase: 'under hypoxia', adjective: 'Hypoxic', patterns: ['hypoxia', 'hypoxic', 'low[\\s-]oxygen'] },
    ],
  },
  {
    key: 'stage', kind: 'value', restricting: true,
    description: 'Stage of the inflammatory response or of repair.',
    values: [
      {
        value: 'early', rank: 0, phrase: 'in the early (acute, transient) stage', adjective: 'Early',
        patterns: [
          'acute\\s+(?:phase|stage|inflammation|inflammatory)',
          // ("at earlier stages", "in the early phases": the comparative and the plural say the same.)
          'earl(?:y|ier)\\s+(?:phases?|stages?|periods?|inflammation|bone|fracture|inflammatory)',
          'transient', 'initial', 'temporary', 'short-lived', 'short-term', 'first days',
          // "a pro-regenerative inflammatory response", "a well-controlled inflammation": the kind repair needs
          '(?:pro-?regenerative|pro-?reparative|well-?controlled|well-?regulated|controlled|balanced|appropriate|beneficial)\\s+(?:inflammation|inflammatory)',
          // "requires a local inflammatory reaction to initiate the reparative process": what starts repair is early
          'initiat(?:e|es|ed|ing|ion)\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:bone|tissue|fracture)\\s+)?(?:repair|reparative|healing|regenerat)',
        ],
      },
      { value: 'resolution', rank: 1, phrase: 'in the resolution stage', adjective: 'Resolving', patterns: ['resolution', 'resolving'] },
      {
        value: 'late', rank: 2, phrase: 'in the late (prolonged, chronic) stage', adjective: 'Prolonged',
        patterns: [
          'later?\\s+(?:phases?|stages?|periods?)',
          // ("chronic liver inflammation", "persistent low-grade inflammation": one word may say where or how much.)
          // ("an overwhelming posttraumatic inflammation", "an exaggerated immune response": inflammation beyond measure.)
          '(?:prolonged|chronic|persistent|sustained|excessive|long-lasting|long-term|protracted|unresolved|uncontrolled|nonresolving|non-resolving|overwhelming|exaggerated|dysregulated|unchecked|unrestrained|overactive)\\s+(?:[a-z-]+\\s+)?(?:inflammation|inflammatory|immune)',
          // "persistent M1 polarization", "prolonged exposure to TNF-α", "sustained activation"
          '(?:prolonged|chronic|persistent|sustained|excessive|long-lasting|long-term|protracted)\\s+(?:m1|exposure|activation|polari[sz]ation|presence|stimulation)',
          // "inflammaging", "inflamm-aging": the chronic low-grade inflammation of age
          'inflamm-?aging',
        ],
      },
    ],
  },
  {
    // The review's "hypoxia, LPS treatment and heat shock pretreatment strengthen MSCs" [112] is about cells
    // treated before use: LPS or hypoxia acting on MSCs throughout ("LPS inhibited osteogenic differentiation
    // of PDLSCs") is another experiment, not a contradiction.
    key: 'exposure', kind: 'value', restricting: true,
    description: 'How the subject met the cells: as a pretreatment (preconditioning, priming) before they are used.',
    values: [
      {
        value: 'pretreatment', phrase: 'as a pretreatment', adjective: 'As a pretreatment,',
        patterns: [
          'pre-?treat(?:ed|ment|ments|ing)?', 'pre-?condition(?:ed|ing)?', 'prim(?:ed|ing)', 'pre-?exposed', 'pre-?exposure',
          'pre-?stimulat(?:ed|ion)', 'pre-?incubat(?:ed|ion)', 'licens(?:ed|ing)',
        ],
      },
    ],
  },
  {
    key: 'setting', kind: 'value', restricting: false,
    description: 'Where the finding was made.',
    values: [
      { value: 'in-vitro', rank: 0, phrase: 'in vitro', adjective: 'In vitro,', patterns: ['in\\s+vitro'] },
      { value: 'co-culture', phrase: 'in co-culture', adjective: 'In co-culture,', patterns: ['co-culture', 'coculture', 'co-cultured', 'cocultured'] },
      { value: 'in-vivo', rank: 1, phrase: 'in vivo', adjective: 'In vivo,', patterns: ['in\\s+vivo'] },
    ],
  },
  {
    key: 'source', kind: 'entity', restricting: true,
    description: 'Entity id of the cell that produces the subject (m1-macrophage, msc …).',
    values: [],
  },
  {
    key: 'condition', kind: 'entity', restricting: false,
    description: 'Entity id of a treatment, condition or biomaterial under which the statement holds.',
    values: [],
  },
  {
    key: 'model', kind: 'text', restricting: false,
    description: 'Experimental or disease model, in a few words (rat calvarial defect, osteoarthritic mouse joints).',
    values: [],
  },
]);

export const CONDITION_KEY_NAMES: readonly ConditionKeyName[] = CONDITION_KEYS.map((k) => k.key);

const byKey = new Map(CONDITION_KEYS.map((k) => [k.key, k]));

export function conditionKey(key: string): ConditionKey | undefined {
  return byKey.get(key as ConditionKeyName);
}

export function conditionValue(key: string, value: string): ConditionValue | undefined {
  return byKey.get(key as ConditionKeyName)?.values.find((v) => v.value === value);
}

/** The canonical values of a closed key, for the schema and validation. */
export function valuesOf(key: ConditionKeyName): string[] {
  return (byKey.get(key)?.values ?? []).map((v) => v.value);
}

/** A context as the lexicon and the claims carry it: key → canonical value (or entity id, or text). */
export type Conditions = Partial<Record<ConditionKeyName, string>>;

/** One compiled matcher per closed value, built once: [key, value, regexp]. */
const MATCHERS: ReadonlyArray<{ key: ConditionKeyName; value: string; re: RegExp }> = CONDITION_KEYS.flatMap((k) =>
  k.values.map((v) => ({ key: k.key, value: v.value, re: new RegExp(`\\b(?:${v.patterns.join('|')})\\b`) })));

/**
 * The closed-vocabulary conditions a phrase names. When a phrase names two values of one key, the
 * first-mentioned wins ("the resolution of early inflammation" is about resolution).
 */
export function conditionsIn(phrase: string): Conditions {
  const p = phrase.toLowerCase();
  const out: Conditions = {};
  const at: Partial<Record<ConditionKeyName, number>> = {};
  for (const m of MATCHERS) {
    const found = m.re.exec(p);
    if (!found) continue;
    const seen = at[m.key];
    if (seen === undefined || found.index < seen) {
      out[m.key] = m.value;
      at[m.key] = found.index;
    }
  }
  return out;
}

/** Conditions written as "key:value" (claims and network edges carry them so) back as one object. */
export function conditionsOf(pairs: readonly string[] | undefined): Conditions {
  const out: Conditions = {};
  for (const item of pairs ?? []) {
    const at = item.indexOf(':');
    if (at > 0) (out as Record<string, string>)[item.slice(0, at)] = item.slice(at + 1);
  }
  return out;
}

/** "at high concentration, under hypoxia, from M1 macrophages" — entity values through `label`. */
export function describeConditions(ctx: Conditions | undefined, label: (id: string) => string): string {
  if (!ctx) return '';
  const bits: string[] = [];
  for (const k of CONDITION_KEYS) {
    const value = ctx[k.key];
    if (value === undefined) continue;
    if (k.kind === 'value') bits.push(conditionValue(k.key, value)?.phrase ?? value);
    else if (k.key === 'source') bits.push(`from ${label(value)}`);
    else if (k.key === 'condition') bits.push(`with ${label(value)}`);
    else bits.push(`in ${value}`);
  }
  return bits.join(', ');
}
