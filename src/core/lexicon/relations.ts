/**
 * The closed relation vocabulary of the lexicon. A relation's sign is what the judge compares:
 * +1 raises its object, −1 lowers it, 0 states a link without a direction.
 */
export type Sign = 1 | -1 | 0;

export const RELATION_SIGNS: Readonly<Record<string, Sign>> = Object.freeze({
  promotes: 1,
  activates: 1,
  induces: 1,
  increases: 1,
  enhances: 1,
  stimulates: 1,
  upregulates: 1,
  recruits: 1,
  inhibits: -1,
  suppresses: -1,
  reduces: -1,
  blocks: -1,
  degrades: -1,
  downregulates: -1,
  prevents: -1,
  secretes: 0,
  binds: 0,
  expresses: 0,
  'differentiates-into': 0,
  transfers: 0,
  regulates: 0,
});

export type Relation = keyof typeof RELATION_SIGNS;

/**
 * Relations that hold both ways round: "TRAF6 binds RANK" is also "RANK binds TRAF6". A statement with
 * one of these relates its pair in either order.
 */
export const SYMMETRIC_RELATIONS: ReadonlySet<string> = new Set<Relation>(['binds']);

export function isRelation(value: unknown): value is Relation {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RELATION_SIGNS, value);
}

export function signOf(relation: string): Sign {
  // Own properties only: "constructor" or "toString" (inherited by every object) is no relation.
  return isRelation(relation) ? RELATION_SIGNS[relation] : 0;
}

/** The plain relation of a sign: what a cue word with only a direction ("inhibition of", "an inducer of") states. */
export function relationOfSign(sign: Sign): 'promotes' | 'inhibits' | 'regulates' {
  return sign === 1 ? 'promotes' : sign === -1 ? 'inhibits' : 'regulates';
}

/** How a relation reads in a sentence ("differentiates-into" → "differentiates into"). */
export function relationPhrase(relation: string): string {
  return relation.replace(/-/g, ' ');
}
