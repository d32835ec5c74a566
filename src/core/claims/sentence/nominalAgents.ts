/**
 * A nominalisation and its agent: "inhibition of NFATc1 by IL-4", "the secretion of OSM by macrophages",
 * "the secretion of PGE2 from MSCs", "IL-4 inhibition of NFATc1". Read by the nominal-of-by rule, and by
 * the means rule for the actor of a title with no verb.
 */
import type { Sign } from '../../lexicon/relations';
import { namesMolecule } from '../../network/families';
import { DETERMINERS, EFFECT_PARTICIPLES, MEDIUM_NOUNS, NEUTRAL_NOMINALS, NOMINAL_AGENT_WORDS, NOMINAL_CUES, NOUN_MODIFIERS, SCAFFOLD_NOUNS, SOURCE_NOMINALS } from '../grammar';
import { endsClause, hasComma } from '../tokens';
import { entityInList, entityPastDescription } from './args';
import { groupLeft, groupRight, single, type Group } from './groups';
import { cellsTreatedAfter } from './treatment';
import type { SentenceView } from './view';
import { entityPastQualifiers, inducerPhraseStart, isEnt, isVerbAt, mentionOf, word } from './words';

export interface NominalAgents {
  /** The terms the nominal acts on (after "of" or "in"). */
  objects: Group;
  agents: Group;
  /** The nominal's direction (0 for a neutral or source nominal). */
  sign: Sign;
  /** The relation of a source nominal ("secretion" → secretes), when it is one. */
  source?: string;
  /** How the agent is named: after "by", after "from", as the cells a product is found in, or as the term the nominal is made of. */
  via: 'by' | 'from' | 'in' | 'compound';
}

/** Most words that only qualify an agent after "by" ("recombinant murine IL-4"). */
const AGENT_QUALIFIER_REACH = 3;

/** Past words that only qualify the term after "by" (source, kind: NOUN_MODIFIERS) to that term; k itself when none follows. */
function pastAgentQualifiers(v: SentenceView, k: number): number {
  let i = k;
  while (i < k + AGENT_QUALIFIER_REACH && i < v.n && !isEnt(v, i) && NOUN_MODIFIERS.has(word(v, i)) && word(v, i) !== 'in' && !hasComma(v.toks[i])) i++;
  return isEnt(v, i) ? i : k;
}

/**
 * Does word w name a nominal's agent: "by", or what is used ("repair of bone defects in aged rats using
 * MSCs") — though not a product's maker: "the expression of RUNX2 using qPCR".
 */
function namesAgent(w: string, source: string | undefined): boolean {
  return w === 'by' || (source === undefined && NOMINAL_AGENT_WORDS.has(w));
}

/** The nominal at i with its objects and agents, or undefined when it has no agent. */
export function nominalAgents(v: SentenceView, i: number): NominalAgents | undefined {
  const { toks, n } = v;
  const source = SOURCE_NOMINALS[word(v, i)];
  // ("IL-10 secretion by M2 macrophages", "IDO expression by MSCs": the product named before the nominal.)
  const product = source !== undefined ? productBefore(v, i, source) ?? productAfterSource(v, i, source) : undefined;
  if (product) return product;
  const nominal = NEUTRAL_NOMINALS.has(word(v, i)) || source !== undefined ? 0 : NOMINAL_CUES[word(v, i)];
  if (nominal === undefined || toks[i].ent !== undefined || !(word(v, i + 1) === 'of' || word(v, i + 1) === 'in')) return undefined;
  // "the secretion of the soluble factors OSM and BMP-2 by …": a class noun may stand before the terms.
  const past = source !== undefined ? entityPastDescription(v, i + 2) : entityPastQualifiers(v, i + 2);
  // ("inhibition of RANKL-induced osteoclastogenesis by IL-4": the object is the term after the inducer.)
  const k = inducedObjectAt(v, i + 2) ?? past;
  if (k < 0) return undefined;
  const objects = groupRight(v, k);
  // ("expression in the modulation of lymphocyte proliferation by MSCs": cells make products, not processes.)
  if (source !== undefined && objects.ents.every((e) => mentionOf(v, e).type === 'process')) return undefined;
  let a = objects.last + 1;
  // "regulation of osteoclastogenesis and RANK expression by TGF-β1": the last term's scaffold noun.
  if (SCAFFOLD_NOUNS.has(word(v, a)) && !hasComma(toks[a - 1])) a++;
  // "inhibition of osteoclastogenesis during inflammation by IL-10": a short phrase of time or place may intervene.
  if (/^(during|in|at|within|under|after)$/.test(word(v, a))) {
    let b = a + 1;
    while (b < Math.min(n, a + 5) && !namesAgent(word(v, b), source) && !hasComma(toks[b - 1])) b++;
    if (namesAgent(word(v, b), source)) a = b;
  }
  // ("the inhibition of proliferation exerted by IFN-γ": a participle of acting before "by".)
  if (source === undefined && EFFECT_PARTICIPLES.has(word(v, a)) && word(v, a + 1) === 'by' && !hasComma(toks[a - 1])) a++;
  // ("the secretion of TGF-β1 and its matrix ligands, decorin and biglycan, by …": products the lexicon
  // does not name may follow the terms before the source.)
  if (source !== undefined && word(v, a) !== 'by' && word(v, a) !== 'from') a = unnamedProductsEnd(v, a);
  const base = { objects, sign: nominal as Sign, ...(source !== undefined ? { source } : {}) };
  // "the expression of IDO in MSCs", "of CD200 on marrow MSCs": cells a product is expressed or made in
  // make it (unless a "by" names another maker: "the expression of RANKL in osteoblasts by IL-6").
  const placed = source !== undefined ? cellsPlacedAt(v, a) : undefined;
  if (placed) return { ...base, agents: placed, via: 'in' };
  // "the secretion of PGE2 from MSCs": a source may follow "from" as well as "by".
  if (namesAgent(word(v, a), source) || (source !== undefined && word(v, a) === 'from')) {
    const via = word(v, a) === 'from' ? 'from' : 'by';
    a++;
    while (a < n && DETERMINERS.has(word(v, a))) a++;
    // ("the inhibition of NFATc1 by exogenous IL-4", "by human MSCs": words that only qualify the agent.)
    a = pastAgentQualifiers(v, a);
    // ("the expression of RANKL in osteoblasts induced by IL-6": a molecule after "by" induces the product;
    // it does not make it.)
    if (isEnt(v, a) && source !== undefined && namesMolecule(mentionOf(v, a).type)) return undefined;
    // ("repair … using hypoxia preconditioned BMSCs": the treated cells act.)
    if (isEnt(v, a)) return { ...base, agents: cellsTreatedAfter(v, groupRight(v, a)) ?? groupRight(v, a), via };
    // ("enhancement of Y by conditioned media from gingiva-derived MSCs": the cells act through their medium.)
    const conditioners = source === undefined ? cellsConditioningAt(v, a) : undefined;
    if (conditioners) return { ...base, agents: conditioners, via };
    // ("by mesenchymal sub-populations and macrophages": the sources the lexicon names, past one it does not.)
    const listed = source !== undefined ? entityInList(v, a) : undefined;
    return listed ? { ...base, agents: listed, via } : undefined;
  }
  // ("both the up-regulation of RANKL and the down-regulation of OPG by IL-1α": a nominal coordinated after
  // this one shares its agent.)
  const shared = source === undefined ? coordinatedNominalAgents(v, a) : undefined;
  if (shared) return { ...base, agents: shared, via: 'by' };
  // "IL-6 induction of osteoclast differentiation", "IL-4 inhibition of NFATc1": the agent is the term the
  // nominal is made of.
  if (source === undefined && word(v, i + 1) === 'of' && i > 0 && isEnt(v, i - 1) && !hasComma(toks[i - 1])) return { ...base, agents: groupLeft(v, i - 1), via: 'compound' };
  return undefined;
}

/** Most tokens of unnamed products between a source nominal's terms and its "by". */
const UNNAMED_PRODUCTS_REACH = 8;

/**
 * Past plain products coordinated after the terms ("and its matrix ligands, decorin and biglycan,"): the
 * "by" or "from" that ends them, or `a` itself when none does within reach (no term, verb or clause end
 * between).
 */
function unnamedProductsEnd(v: SentenceView, a: number): number {
  if (word(v, a) !== 'and' && !hasComma(v.toks[a - 1])) return a;
  for (let j = a; j < Math.min(v.n, a + UNNAMED_PRODUCTS_REACH); j++) {
    if (word(v, j) === 'by' || word(v, j) === 'from') return j;
    if (isEnt(v, j) || isVerbAt(v, j) || endsClause(v.toks[j])) return a;
  }
  return a;
}

/** "… and (the) down-regulation of OPG by IL-1α" at `a`: the agents after "by" of the nominal coordinated there. */
function coordinatedNominalAgents(v: SentenceView, a: number): Group | undefined {
  if (word(v, a) !== 'and' || hasComma(v.toks[a - 1])) return undefined;
  let k = a + 1;
  while (k < v.n && DETERMINERS.has(word(v, k))) k++;
  const next = NOMINAL_CUES[word(v, k)] !== undefined || NEUTRAL_NOMINALS.has(word(v, k)) ? nominalAgents(v, k) : undefined;
  return next?.via === 'by' ? next.agents : undefined;
}

/**
 * "inhibition of RANKL-induced osteoclastogenesis by IL-4", "of hormone and cytokine-stimulated
 * osteoclastogenesis": the term after an inducer phrase that opens at `k` (past determiners), which is what
 * the nominal acts on; undefined when no such phrase opens there.
 */
function inducedObjectAt(v: SentenceView, k: number): number | undefined {
  let j = k;
  while (j < v.n && DETERMINERS.has(word(v, j))) j++;
  for (let t = j + 1; t < Math.min(v.n, j + 7); t++) if (isEnt(v, t)) return inducerPhraseStart(v, t) === j ? t : undefined;
  return undefined;
}

/** "IL-10 secretion by M2 macrophages": the source nominal at i (its relation `source`) after its product, before "by / from" and the source. */
function productBefore(v: SentenceView, i: number, source: string): NominalAgents | undefined {
  if (i === 0 || !isEnt(v, i - 1) || hasComma(v.toks[i - 1])) return undefined;
  // ("IDO expression in MSCs", "CD200 expression on marrow MSCs")
  const placed = cellsPlacedAt(v, i + 1);
  if (placed) return { objects: groupLeft(v, i - 1), agents: placed, sign: 0, source, via: 'in' };
  if (!/^(by|from)$/.test(word(v, i + 1))) return undefined;
  let a = i + 2;
  while (a < v.n && DETERMINERS.has(word(v, a))) a++;
  // (Only cells make a product here: in "the regulation of RANK expression by TGF-β1" and "stimulation of
  // NO production by IFN-γ", "by" gives the agent of the nominal before.)
  // ("TNF-α production from granulocytes and macrophages": a list may open with cells the lexicon does not know.)
  const group = isEnt(v, a) ? groupRight(v, a) : entityInList(v, a);
  if (!group || mentionOf(v, group.first).type !== 'cell') return undefined;
  const agents = group.ents.every((k) => mentionOf(v, k).type === 'cell') ? group : single(group.first);
  return { objects: groupLeft(v, i - 1), agents, sign: 0, source, via: word(v, i + 1) === 'by' ? 'by' : 'from' };
}

/** Most plain words between "from" and the cells that conditioned a medium ("from gingiva-derived or ligament-derived MSCs"). */
const CONDITIONER_REACH = 8;

/**
 * "(conditioned) medium from / of MSCs" at `a`: the cells that conditioned the medium, when only plain
 * words stand between (no verb, comma or clause end); otherwise undefined.
 */
function cellsConditioningAt(v: SentenceView, a: number): Group | undefined {
  let k = word(v, a) === 'conditioned' ? a + 1 : a;
  if (!MEDIUM_NOUNS.has(word(v, k)) || !/^(from|of)$/.test(word(v, k + 1)) || hasComma(v.toks[k])) return undefined;
  const end = Math.min(v.n, k + 2 + CONDITIONER_REACH);
  for (k += 2; k < end; k++) {
    // (A term or word joined by a hyphen only says where the cells come from: "ligament-derived".)
    const hyphened = v.toks[k].post === '-' || v.toks[k - 1].post === '-';
    if (isEnt(v, k) && !hyphened) return mentionOf(v, k).type === 'cell' ? groupRight(v, k) : undefined;
    if ((isVerbAt(v, k) && !hyphened) || endsClause(v.toks[k]) || hasComma(v.toks[k])) return undefined;
  }
  return undefined;
}

/** Most plain words (articles, adjectives, nouns) between "in" and the cells ("in the cultured marrow MSCs"). */
const PLACE_MODIFIER_REACH = 3;

/**
 * "in MSCs", "on the cultured macrophages", "of ASCs" at `a`: the cells a product is found in, when only
 * plain modifiers stand between and no "by" follows them to name another maker; otherwise undefined.
 */
function cellsPlacedAt(v: SentenceView, a: number): Group | undefined {
  if (!/^(in|on|of|within)$/.test(word(v, a)) || hasComma(v.toks[a - 1])) return undefined;
  let k = a + 1;
  while (k < Math.min(v.n, a + 1 + PLACE_MODIFIER_REACH) && !isEnt(v, k) && (DETERMINERS.has(word(v, k)) || ((v.toks[k].tags.has('Adjective') || v.toks[k].tags.has('Noun')) && !isVerbAt(v, k) && !hasComma(v.toks[k])))) k++;
  if (!isEnt(v, k) || mentionOf(v, k).type !== 'cell') return undefined;
  const cells = groupRight(v, k);
  if (!cells.ents.every((e) => mentionOf(v, e).type === 'cell')) return undefined;
  // ("the expression of RANKL in osteoblasts induced by IL-6": an agent after the cells acts on the product.)
  for (let j = cells.last + 1; j < Math.min(v.n, cells.last + 4); j++) if (word(v, j) === 'by' || word(v, j) === 'from') return undefined;
  return cells;
}

/** "the production by MSCs of IDO": the source nominal at i with its cells after "by" and its product after "of". */
function productAfterSource(v: SentenceView, i: number, source: string): NominalAgents | undefined {
  if (word(v, i + 1) !== 'by') return undefined;
  let a = i + 2;
  while (a < v.n && DETERMINERS.has(word(v, a))) a++;
  if (!isEnt(v, a) || mentionOf(v, a).type !== 'cell') return undefined;
  const agents = groupRight(v, a);
  if (word(v, agents.last + 1) !== 'of' || hasComma(v.toks[agents.last])) return undefined;
  const k = entityPastDescription(v, agents.last + 2);
  if (k < 0 || !namesMolecule(mentionOf(v, k).type)) return undefined;
  return { objects: groupRight(v, k), agents, sign: 0, source, via: 'by' };
}
