/**
 * Judges one claim against the lexicon: supports, contradicts, context-dependent, contested or unknown.
 * Interaction claims compare signs under compatible conditions; lineage claims use the cells' ancestry;
 * attribute claims compare with the entity's stated attributes; secretion by M1/M2 cells is checked
 * against the product's stated polarization. Every judgement says how directly it reached the review's
 * statements (its path) and how firmly the review states them (provenance).
 */
import { CHEMOTACTIC_ACTIONS } from './claims/grammar';
import type { ExtractedClaim } from './claims/types';
import { CONDITION_KEYS, describeConditions, type ConditionKeyName, type Conditions } from './conditions';
import { characterProcesses, judgeByCharacter } from './inflammatoryCharacter';
import { isPhenotype, type LexiconIndex } from './lexicon/lexiconIndex';
import { SYMMETRIC_RELATIONS } from './lexicon/relations';
import type { CompiledEntity, CompiledInteraction, InteractionContext, Provenance } from './lexicon/types';
import { MOLECULE_TYPES } from './lexicon/types';

export type ClaimStatus = 'supports' | 'contradicts' | 'context-dependent' | 'contested' | 'unknown';

/**
 * How the claim's pair reached the review's statements: the same pair; the object's opposite process
 * (M1 vs M2 polarization); the process standing for a phenotype's expansion (M2 macrophages ~ M2
 * polarization) or, more loosely, for a cell's activity in general ("promotes MSCs" ~ MSC activation);
 * the subject's class; the object's class, only in agreement ("IL-10 lowers IL-1β" ~ "anti-inflammatory
 * cytokines lower pro-inflammatory cytokines"); the class and a near concept of the object ("hydrogels promote osteogenesis" ~
 * "scaffolds enhance MSC osteogenesis"); the class's members; a near concept (osteogenesis ~ osteoblast
 * differentiation); near concepts of both terms; the inflammatory character of both terms, when the review states nothing
 * about the pair.
 */
export type JudgementPath = 'direct' | 'opposite' | 'activity' | 'cell-activity' | 'class' | 'class-near' | 'members' | 'object-class' | 'near' | 'near-both' | 'chain' | 'character';

export interface Judgement {
  status: ClaimStatus;
  /** The encoded statements the judgement rests on. */
  interactions: CompiledInteraction[];
  refs: number[];
  /** A sentence naming what the review says, for messages. */
  statement?: string;
  path: JudgementPath;
  /** The weakest provenance among the statements the verdict rests on. */
  provenance: Provenance;
  /** Conditions the review states for its statement that the sentence does not name. */
  missing?: Conditions;
  /** For contested verdicts: the review's statements on each side. */
  sides?: { agreeing: CompiledInteraction[]; opposing: CompiledInteraction[] };
}

const COMPARED_KEYS: readonly ConditionKeyName[] = CONDITION_KEYS.map((k) => k.key).filter((k) => k !== 'model');
const RESTRICTING_KEYS: readonly ConditionKeyName[] = CONDITION_KEYS.filter((k) => k.restricting).map((k) => k.key);

function unknown(): Judgement {
  return { status: 'unknown', interactions: [], refs: [], path: 'direct', provenance: 'stated' };
}

/** A verdict of agreement on the given statements, reached by `path`; `provenance` defaults to the weakest of them. */
function supportedBy(list: readonly CompiledInteraction[], index: LexiconIndex, path: JudgementPath, provenance: Provenance = weakest(list)): Judgement {
  return { status: 'supports', interactions: [...list], refs: uniqueRefs(list.map((x) => x.refs)), statement: describeAll(list, index), path, provenance };
}

function uniqueRefs(lists: ReadonlyArray<readonly number[]>): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

export function formatRefs(refs: readonly number[]): string {
  if (refs.length === 0) return '';
  const sorted = [...new Set(refs)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}-${sorted[j]}` : j > i ? `${sorted[i]},${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return `[${parts.join(',')}]`;
}

function labelIn(entities: ReadonlyMap<string, CompiledEntity>): (id: string) => string {
  return (id) => entities.get(id)?.label ?? id;
}

function contextPhrase(ctx: InteractionContext | undefined, entities: ReadonlyMap<string, CompiledEntity>): string {
  const text = describeConditions(ctx, labelIn(entities));
  return text ? ` (${text})` : '';
}

/** "IL-4 inhibits NFATc1 [104]" */
export function describeInteraction(x: CompiledInteraction, entities: ReadonlyMap<string, CompiledEntity>): string {
  const s = entities.get(x.subject)?.label ?? x.subject;
  const o = entities.get(x.object)?.label ?? x.object;
  const inferred = x.provenance === 'inferred' ? ' (curator inference)' : x.provenance === 'class-level' ? ' (said of its class)' : '';
  return `${s}${contextPhrase(x.context, entities)} ${x.relation.replace(/-/g, ' ')} ${o} ${formatRefs(x.refs)}${inferred}`.trim();
}

function describeAll(list: readonly CompiledInteraction[], index: LexiconIndex): string {
  return list.map((x) => describeInteraction(x, index.entities)).join('; ');
}

/** Does an interaction's context fit what the sentence says? A key both name must agree. */
function compatible(ix: InteractionContext | undefined, claim: Conditions): boolean {
  for (const key of COMPARED_KEYS) {
    const a = ix?.[key];
    const b = claim[key];
    if (a !== undefined && b !== undefined && a !== b) return false;
  }
  return true;
}

/** How many of the interaction's context keys the sentence names (to prefer the most specific match). */
function specificity(ix: InteractionContext | undefined, claim: Conditions): number {
  let n = 0;
  for (const key of COMPARED_KEYS) if (ix?.[key] !== undefined && claim[key] === ix[key]) n++;
  return n;
}

/**
 * The review's conditions on these statements that the sentence leaves unnamed. A source counts only
 * when the review names other cells that secrete the mediator too and ties it to another phenotype than
 * its source's (IL-6 is an M1 factor; the review's "IL-6 promotes M2 polarization" is about IL-6 from MSCs).
 */
function missingConditions(statements: readonly CompiledInteraction[], claim: Conditions, index: LexiconIndex): Conditions | undefined {
  const out: Conditions = {};
  for (const key of RESTRICTING_KEYS) {
    if (claim[key] !== undefined) continue;
    // A statement that holds without the condition makes the condition no restriction.
    const values = statements.map((x) => x.context?.[key]);
    if (values.some((v) => v === undefined)) continue;
    const value = values[0] as string;
    if (key === 'source' && !statements.every((x) => sourceDecides(x.subject, x.context?.source as string, index))) continue;
    out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function sourceDecides(subject: string, source: string, index: LexiconIndex): boolean {
  const attributes = index.entities.get(subject)?.attributes;
  const own = attributes?.polarization;
  if (own !== 'M1' && own !== 'M2') return false;
  if (!(attributes?.secretedBy ?? []).some((cell) => cell !== source)) return false;
  return index.entities.get(source)?.attributes?.polarization !== own;
}

/** Two opposing statements differ by a condition (so the review's answer depends on it) rather than clash. */
function separatedByCondition(a: readonly CompiledInteraction[], b: readonly CompiledInteraction[]): boolean {
  for (const x of a) {
    for (const y of b) {
      const same = COMPARED_KEYS.concat('model').every((k) => x.context?.[k] === y.context?.[k]);
      if (same) return false;
    }
  }
  return true;
}

/** Provenances from the firmest to the weakest: what the review states, what it says of a group, what a curator inferred. */
const BY_FIRMNESS: readonly Provenance[] = ['stated', 'class-level', 'inferred'];
const BY_WEAKNESS: readonly Provenance[] = [...BY_FIRMNESS].reverse();

function weakest(list: readonly CompiledInteraction[]): Provenance {
  return BY_WEAKNESS.find((p) => list.some((x) => x.provenance === p)) ?? 'stated';
}

/** The statements of the firmest provenance among `list`. */
function firmest(list: readonly CompiledInteraction[]): CompiledInteraction[] {
  for (const provenance of BY_FIRMNESS) {
    const of = list.filter((x) => (x.provenance ?? 'stated') === provenance);
    if (of.length > 0) return of;
  }
  return [...list];
}

export function judgeClaim(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  switch (claim.kind) {
    case 'attribute':
      return judgeAttribute(claim, index);
    case 'lineage':
      return judgeLineage(claim, index);
    default:
      return judgeOwnAction(claim, index) ?? (claim.sign === 0 ? judgeUnsigned(claim, index) : judgeSigned(claim, index));
  }
}

/**
 * Cells moving of their own ("MSCs homed to the fracture site": MSCs further MSC homing): the review
 * agrees when it has something drive that action, for it takes the action as happening. A denial is left
 * to the ordinary reading (the review says nothing of cells that do not move). Undefined when the object
 * is not the subject's own action or nothing drives it.
 */
function judgeOwnAction(claim: ExtractedClaim, index: LexiconIndex): Judgement | undefined {
  if (claim.relation !== 'promotes' || claim.negated || claim.object === undefined) return undefined;
  // (Only moving to a place: "MSCs promote MSC proliferation" or "… increased their motility" say more.)
  const actions = index.compositeActions.get(claim.subject);
  const own = actions !== undefined && [...actions].some(([action, id]) => id === claim.object && CHEMOTACTIC_ACTIONS.has(action));
  if (!own) return undefined;
  const driving = (index.byObject.get(claim.object) ?? []).filter((x) => x.sign === 1 && x.subject !== claim.subject);
  return driving.length > 0 ? supportedBy(driving, index, 'near') : undefined;
}

interface Found {
  list: CompiledInteraction[];
  path: JudgementPath;
}

/** A statement read with its sign flipped (its wording kept: the message quotes what the review says). */
function readReversed(x: CompiledInteraction): CompiledInteraction {
  return { ...x, sign: (-x.sign) as 1 | -1 };
}

/** No subject passed through yet: the start of every reading of signedFor. */
const NOT_PASSED: ReadonlySet<string> = new Set();

/**
 * Interactions for a pair, tried from the most to the least direct reading: the pair itself; the process
 * that stands for a cell's activity ("X increases M2 macrophages" ~ "X promotes M2 polarization"); the
 * object's opposite process read with the sign flipped; a near concept of the object, then of the
 * subject (osteogenesis ~ osteoblast differentiation); what the review says of the subject's class.
 * `passed` holds the subjects a reading through an isoform's family or a removed entity has already
 * judged: a user lexicon whose entities name each other (each the other's family, or each removing the
 * other) ends there instead of recurring without end.
 */
/** Every statement: signedFor's default filter. */
const ANY_STATEMENT = (): boolean => true;

function signedFor(subject: string, object: string, index: LexiconIndex, inherit = true, viaClasses = true, passed = NOT_PASSED, fits: (x: CompiledInteraction) => boolean = ANY_STATEMENT): Found {
  const pair = (s: string, o: string): CompiledInteraction[] => (index.byPair.get(`${s}|${o}`) ?? []).filter((x) => x.sign !== 0 && fits(x));
  const activity = index.entities.get(object)?.attributes?.activityProcess;
  const direct = pair(subject, object);
  if (direct.length > 0) return { list: direct, path: 'direct' };
  // An isoform the review names only as its family ("TGF-β1 inhibits ALP" ~ "TGF-β enhances ALP"): read
  // as if the claim named the family (short of the family's own classes, which come after the isoform's
  // near concepts).
  const family = index.entities.get(subject)?.attributes?.isoformOf;
  if (family !== undefined && inherit && !passed.has(family)) {
    const asFamily = signedFor(family, object, index, true, false, new Set(passed).add(subject), fits);
    if (asFamily.list.length > 0) return asFamily;
  }
  if (activity !== undefined) {
    const viaActivity = pair(subject, activity);
    if (viaActivity.length > 0) return { list: viaActivity, path: isPhenotype(index.entities.get(object)) ? 'activity' : 'cell-activity' };
  }
  const objects = activity === undefined ? [object] : [object, activity];
  // Promoting M1 polarization works against M2 polarization: read the claim on the opposite process.
  for (const o of objects) {
    const opposite = index.entities.get(o)?.attributes?.opposite;
    if (opposite === undefined) continue;
    // The statements keep their own wording (the message quotes what the review says); only the sign is read flipped.
    const flipped = pair(subject, opposite).map(readReversed);
    if (flipped.length > 0) return { list: flipped, path: 'opposite' };
  }
  // "Macrophages speed healing" is judged by "macrophage depletion prolongs healing", read reversed.
  const removed = (index.removers.get(subject) ?? []).flatMap((r) => objects.flatMap((o) => pair(r, o))).map(readReversed);
  if (removed.length > 0) return { list: removed, path: 'opposite' };
  // And the other way: "Macrophage depletion delays healing" is judged by what the review says macrophages
  // do to healing, read reversed.
  const removes = index.entities.get(subject)?.attributes?.removes;
  const viaRemoved = removes === undefined ? [] : objects.flatMap((o) => pair(removes, o)).map(readReversed);
  if (viaRemoved.length > 0) return { list: viaRemoved, path: 'opposite' };
  // Two steps: what the review says of the removed entity and a near concept or class ("macrophage depletion
  // increased bone formation" ~ "macrophages promote osteoblast differentiation", read reversed). Never a
  // Warning by itself (CONFIDENCE.path).
  if (removes !== undefined && inherit && !passed.has(removes)) {
    const removed = signedFor(removes, object, index, true, true, new Set(passed).add(subject), fits);
    if (removed.list.length > 0) return { list: removed.list.map(readReversed), path: 'near-both' };
  }
  if (!inherit) return { list: [], path: 'direct' };
  const nearObjects = objects.flatMap((o) => index.near.get(o) ?? []).flatMap((n) => pair(subject, n));
  if (nearObjects.length > 0) return { list: nearObjects, path: 'near' };
  const nearSubjects = (index.near.get(subject) ?? []).flatMap((n) => objects.flatMap((o) => pair(n, o)));
  if (nearSubjects.length > 0) return { list: nearSubjects, path: 'near' };
  // Near on both sides ("STAT3 promotes bone formation" ~ "the STAT3–C/EBPδ–Cbfa1 pathway promotes
  // osteoblast differentiation"): two steps from the claim, never a Warning by itself (CONFIDENCE.path).
  const nearObjectIds = objects.flatMap((o) => index.near.get(o) ?? []);
  const nearBoth = (index.near.get(subject) ?? []).flatMap((n) => nearObjectIds.flatMap((o) => pair(n, o)));
  if (nearBoth.length > 0) return { list: nearBoth, path: 'near-both' };
  // "X inhibits bone resorption" is judged by what the review says X does to osteoclasts, the cells whose
  // activity that process (or a near one) is.
  const processes = [...objects, ...objects.flatMap((o) => index.near.get(o) ?? [])];
  const performed = [...new Set(processes.flatMap((o) => index.performers.get(o) ?? []))].filter((c) => c !== object).flatMap((c) => pair(subject, c));
  if (performed.length > 0) return { list: performed, path: 'cell-activity' };
  // "M2 polarization promotes bone repair" is judged by what the review says of M2 macrophages.
  const performers = (index.performers.get(subject) ?? []).filter((c) => c !== subject).flatMap((c) => objects.flatMap((o) => pair(c, o)));
  if (performers.length > 0) return { list: performers, path: 'activity' };
  // "The immunomodulatory capacity of MSCs induces M2 polarization" is judged by what the review says MSCs
  // do: a capacity acts for its cell, read on the cell's activity in general.
  const owner = index.capacityOwners.get(subject);
  const viaOwner = owner === undefined ? [] : objects.flatMap((o) => pair(owner, o));
  if (viaOwner.length > 0) return { list: viaOwner, path: 'cell-activity' };
  if (!viaClasses) return { list: [], path: 'direct' };
  // What the review says of a class ("growth factors secreted by MSCs") holds for its named members (VEGF),
  // the nearest class first (TGF-β1 → TGF-β → growth factors).
  for (const parent of index.classesOf(subject)) {
    for (const o of objects) {
      const inherited = pair(parent, o);
      if (inherited.length > 0) return { list: inherited, path: 'class' };
    }
  }
  // Two steps, like near-both: what the class does to a near concept of the object. Never a Warning by
  // itself (CONFIDENCE.path).
  for (const parent of index.classesOf(subject)) {
    const inherited = nearObjectIds.flatMap((o) => pair(parent, o));
    if (inherited.length > 0) return { list: inherited, path: 'class-near' };
  }
  // A claim about a general process ("BMP-2 induces MSC differentiation") meets what the review says of
  // its kinds ("BMP-2 promotes osteogenic differentiation of MSCs").
  // Processes only, and only when the kinds agree: a class of cells has members the review treats
  // differently (MSCs curb M1 and promote M2 macrophages).
  if (index.entities.get(object)?.type === 'process') {
    const kinds = (index.members.get(object) ?? []).flatMap((m) => pair(subject, m));
    if (kinds.length > 0 && new Set(kinds.map((x) => x.sign)).size === 1) return { list: kinds, path: 'members' };
  }
  return { list: [], path: 'direct' };
}

/** What the review says of a class's members about this object ("TGF-β" ~ TGF-β1, "IL-1" ~ IL-1β). */
function byMembers(subject: string, object: string, claim: ExtractedClaim, index: LexiconIndex): CompiledInteraction[] {
  return (index.members.get(subject) ?? []).flatMap((m) => signedFor(m, object, index, false).list).filter((x) => compatible(x.context, claim.context));
}

/** What the review says of a class's members about a near concept of this object, or through their own near concepts. */
function nearOfMembers(subject: string, object: string, claim: ExtractedClaim, index: LexiconIndex): CompiledInteraction[] {
  // (Families of molecules only: exosomes or macrophages in general do not do what one kind of them does.)
  if (!MOLECULE_TYPES.has(index.entities.get(subject)?.type ?? '')) return [];
  return (index.members.get(subject) ?? []).flatMap((m) => {
    const found = signedFor(m, object, index, true, false);
    return found.path === 'near' ? found.list : [];
  }).filter((x) => compatible(x.context, claim.context));
}

/** What the review says of a class's members about this object with no direction ("TNF-α acts on NF-κB"). */
function undirectedOfMembers(subject: string, object: string, claim: ExtractedClaim, index: LexiconIndex): CompiledInteraction[] {
  return (index.members.get(subject) ?? []).flatMap((m) => index.byPair.get(`${m}|${object}`) ?? []).filter((x) => x.relation === 'regulates' && compatible(x.context, claim.context));
}

function judgeSigned(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  const object = claim.object ?? '';
  let found = signedFor(claim.subject, object, index);
  // Statements found first that all hold in another setting ("in vivo" for a co-culture finding) say
  // nothing of the claim: look further along the same paths for ones that fit it.
  // (When those are the subject's own, the review treats it apart from its class — "M1 macrophages promote
  // bone formation early" — and what it says of the class, "macrophages promote bone repair", does not
  // decide a claim in the other setting: "the sustained presence of M1 macrophages impairs healing".)
  if (found.list.length > 0 && !found.list.some((x) => compatible(x.context, claim.context))) {
    const own = found.path !== 'class' && found.path !== 'class-near';
    found = signedFor(claim.subject, object, index, true, !own, NOT_PASSED, (x) => compatible(x.context, claim.context));
  }
  if (found.list.length === 0) {
    // A claim about a class: judged by what the review says of its members. When they act in opposite
    // directions, the answer depends on which member is meant.
    const members = byMembers(claim.subject, object, claim, index);
    // (A category the review states nothing of itself, only of its groups — "cytokines" — acts as its
    // groups do; when they act in opposite directions in any setting, which one is meant decides.)
    const spread = index.isCategory(claim.subject) ? byMembers(claim.subject, object, { ...claim, context: {} }, index) : members;
    // ("Cytokines promote inflammation": an author who names the category means the group that acts so — the
    // pro-inflammatory cytokines — and the review agrees with that group; only a denial needs the group named.)
    const agreeing = index.isCategory(claim.subject) && !claim.negated ? members.filter((x) => x.sign === claim.sign) : [];
    if (new Set(spread.map((x) => x.sign)).size > 1 && agreeing.length > 0) return supportedBy(agreeing, index, 'members');
    if (new Set(spread.map((x) => x.sign)).size > 1) {
      return {
        status: 'context-dependent', interactions: spread, refs: uniqueRefs(spread.map((x) => x.refs)), statement: describeAll(spread, index),
        path: 'members', provenance: weakest(spread),
      };
    }
    if (new Set(members.map((x) => x.sign)).size > 1) {
      return {
        status: 'context-dependent', interactions: members, refs: uniqueRefs(members.map((x) => x.refs)), statement: describeAll(members, index),
        path: 'members', provenance: weakest(members),
      };
    }
    // ("Pro-inflammatory cytokines activate NF-κB": the review has IFN-γ inhibit it and TNF-α act on it with no
    // direction given; which member is meant decides, so the members' one direction is no contradiction.)
    const claimed = claim.negated ? -claim.sign : claim.sign;
    const undirected = members.length > 0 && members.every((x) => x.sign !== claimed) ? undirectedOfMembers(claim.subject, object, claim, index) : [];
    if (undirected.length > 0) {
      const both = [...members, ...undirected];
      return { status: 'context-dependent', interactions: both, refs: uniqueRefs(both.map((x) => x.refs)), statement: describeAll(both, index), path: 'members', provenance: weakest(both) };
    }
    if (members.length > 0) {
      found = { list: members, path: 'members' };
    } else {
      // ("BMPs promote osteogenesis": the review has BMP-2 promote MSC osteogenic differentiation.) Two steps, a
      // member and a near concept of the object: when the members agree, the class acts as they do; never a
      // Warning by itself (CONFIDENCE.path).
      const near = nearOfMembers(claim.subject, object, claim, index);
      if (near.length > 0 && new Set(near.map((x) => x.sign)).size === 1) found = { list: near, path: 'class-near' };
    }
  }
  // A user's exception for this pair replaces what the review says about it.
  const exceptions = found.list.filter((x) => x.exception === true);
  const candidates = (exceptions.length > 0 ? exceptions : found.list).filter((x) => compatible(x.context, claim.context));
  if (candidates.length === 0) return neutralOnly(claim, index);
  const base = { path: found.path };
  let chosen = candidates;
  if (new Set(candidates.map((x) => x.sign)).size > 1) {
    // The sentence may name the condition that decides; otherwise the review's answer depends on it,
    // or — when no condition separates the two directions — the review disagrees with itself.
    const top = Math.max(...candidates.map((x) => specificity(x.context, claim.context)));
    const specific = candidates.filter((x) => specificity(x.context, claim.context) === top);
    if (top === 0 || new Set(specific.map((x) => x.sign)).size > 1) {
      const positive = candidates.filter((x) => x.sign === 1);
      const negative = candidates.filter((x) => x.sign === -1);
      const claimed = claim.negated ? -claim.sign : claim.sign;
      const [agreeing, opposing] = claimed === 1 ? [positive, negative] : [negative, positive];
      const all = { interactions: candidates, refs: uniqueRefs(candidates.map((x) => x.refs)), ...base, provenance: weakest(candidates) };
      // Both directions stated with no condition between them: the review disagrees with itself.
      if (!separatedByCondition(positive, negative)) {
        return { ...all, status: 'contested', statement: `${describeAll(agreeing, index)}; but also ${describeAll(opposing, index)}`, sides: { agreeing, opposing } };
      }
      // The review states the claim's direction plainly and the other one only under a condition: supported.
      const plain = agreeing.filter((x) => !RESTRICTING_KEYS.some((k) => x.context?.[k] !== undefined));
      if (plain.length > 0 && !claim.negated) {
        return { status: 'supports', interactions: plain, refs: uniqueRefs(plain.map((x) => x.refs)), statement: describeAll(plain, index), ...base, provenance: weakest(plain) };
      }
      return { ...all, status: 'context-dependent', statement: describeAll(candidates, index) };
    }
    chosen = specific;
  }
  // Statements in one direction: what the review states outright outweighs what is inferred beside it.
  chosen = firmest(chosen);
  const sign = chosen[0].sign;
  const refs = uniqueRefs(chosen.map((x) => x.refs));
  const statement = describeAll(chosen, index);
  const provenance = weakest(chosen);
  // "X does not inhibit Y" against "X inhibits Y" contradicts; "X does not promote Y" agrees with it.
  const agrees = (claim.sign === sign) !== claim.negated;
  const missing = missingConditions(chosen, claim.context, index);
  if (agrees) return { status: 'supports', interactions: chosen, refs, statement, ...base, provenance, missing };
  // The review states the opposite only under a condition the sentence does not name: not a flat
  // contradiction — unless it also states it plainly of a near concept ("IL-6 promotes bone formation
  // early in repair" and, plainly, "IL-6 promotes osteoblast differentiation").
  if (missing) {
    const plain = plainNearStatements(claim, index);
    if (plain.length > 0 && plain.every((x) => x.sign === sign) && found.path === 'direct') {
      return { status: 'contradicts', interactions: plain, refs: uniqueRefs(plain.map((x) => x.refs)), statement: describeAll(plain, index), path: 'near', provenance: weakest(plain) };
    }
    return { status: 'context-dependent', interactions: chosen, refs, statement, ...base, provenance, missing };
  }
  // "MSCs reduce macrophage polarization": the review has them promote polarization as a whole, but it also
  // has them lower one of its kinds (M1 polarization) — which kind is meant decides.
  // ("MSCs reduce macrophage recruitment": the review has MSCs promote it, but has a kind of them, apoptotic
  // MSCs, inhibit it — which kind of the subject is meant decides.)
  const claimed = claim.negated ? -claim.sign : claim.sign;
  const split = [...membersInDirection(claim, object, claimed, index), ...subjectKindsInDirection(claim, object, claimed, index)];
  if (split.length > 0) {
    const both = [...chosen, ...split];
    return { status: 'context-dependent', interactions: both, refs: uniqueRefs(both.map((x) => x.refs)), statement: describeAll(both, index), path: 'members', provenance: weakest(both) };
  }
  // (A category the review states nothing of itself is judged through one of its groups; when none agrees, another
  // may still act the other way, so which one is meant decides. A group that agrees was taken above.)
  if (found.path === 'members' && index.isCategory(claim.subject)) return { status: 'context-dependent', interactions: chosen, refs, statement, ...base, provenance };
  // ("Activated MSCs increased IL-6 and VEGF secretion" against MSCs lowering macrophage IL-6: a cell raising a
  // product the review also has it make may speak of its own output — whose output is meant decides.)
  // ("IFN-γ augmented RANKL in B cells" against "IFN-γ cuts the RANKL/RANK signal short through TRAF6"): what
  // acts on a signalling pathway says nothing of the amount of a near concept that is no pathway (its ligand),
  // so it cannot be contradicted through it.
  if (found.path === 'near' && index.entities.get(object)?.type !== 'pathway' && chosen.every((x) => index.entities.get(x.object)?.type === 'pathway')) return unknown();
  const own = ownOutputBeside(claim, sign, index);
  if (own.length > 0) {
    const both = [...chosen, ...own];
    return { status: 'context-dependent', interactions: both, refs: uniqueRefs(both.map((x) => x.refs)), statement: describeAll(both, index), ...base, provenance: weakest(both) };
  }
  return { status: 'contradicts', interactions: chosen, refs, statement, ...base, provenance };
}

/**
 * The review's statements that a cell makes the product a claim has it raise, when the review has the cell
 * lower that product (in other cells) and the sentence names no other cell: the claim may be about the cell's
 * own output. Empty otherwise.
 */
function ownOutputBeside(claim: ExtractedClaim, statedSign: number, index: LexiconIndex): CompiledInteraction[] {
  if (claim.ownOutput !== true || claim.negated || claim.sign !== 1 || statedSign !== -1 || index.entities.get(claim.subject)?.type !== 'cell') return [];
  return makingStatements(claim, index);
}

/** The review's statements that the claim's subject makes (secretes, expresses …) its object, in the claim's setting. */
function makingStatements(claim: ExtractedClaim, index: LexiconIndex): CompiledInteraction[] {
  return (index.byPair.get(`${claim.subject}|${claim.object ?? ''}`) ?? []).filter((x) => isMaking(x.relation) && compatible(x.context, claim.context));
}

/** What the review says of the subject acting on the object's members (its kinds) in the given direction. */
function membersInDirection(claim: ExtractedClaim, object: string, sign: number, index: LexiconIndex): CompiledInteraction[] {
  return (index.members.get(object) ?? []).flatMap((m) => signedFor(claim.subject, m, index).list).filter((x) => x.sign === sign && compatible(x.context, claim.context));
}

/** What the review says of the subject's kinds acting on the object in the given direction. */
function subjectKindsInDirection(claim: ExtractedClaim, object: string, sign: number, index: LexiconIndex): CompiledInteraction[] {
  return (index.members.get(claim.subject) ?? []).flatMap((m) => index.byPair.get(`${m}|${object}`) ?? []).filter((x) => x.sign === sign && compatible(x.context, claim.context));
}

/** Signed statements from the claim's subject to a near concept of its object that hold under no restricting condition. */
function plainNearStatements(claim: ExtractedClaim, index: LexiconIndex): CompiledInteraction[] {
  const object = claim.object ?? '';
  return (index.near.get(object) ?? [])
    .flatMap((n) => (index.byPair.get(`${claim.subject}|${n}`) ?? []))
    .filter((x) => x.sign !== 0 && compatible(x.context, claim.context) && !RESTRICTING_KEYS.some((k) => x.context?.[k] !== undefined));
}

/**
 * A directed claim where the review relates the pair only without a direction ("TNF-α acts on NF-κB"):
 * the claim is consistent with the review and can never contradict it.
 */
function neutralOnly(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  const made = raisesWhatItMakes(claim, index);
  if (made) return made;
  const throughClass = byObjectClass(claim, index, (x) => x.sign === claim.sign);
  if (throughClass) return throughClass;
  // ("MCP-1 stimulates CCR2" where the review has CCL2 bind CCR2: a ligand that raises or activates its
  // binding partner agrees with the binding; lowering it says more than the review does.)
  const bound = claim.sign === 1 && !claim.negated ? index.statementsOfPair(claim.subject, claim.object ?? '').filter((x) => SYMMETRIC_RELATIONS.has(x.relation) && compatible(x.context, claim.context)) : [];
  if (bound.length > 0) return supportedBy(bound, index, 'direct');
  const direct = (index.byPair.get(`${claim.subject}|${claim.object ?? ''}`) ?? []).filter((x) => x.relation === 'regulates');
  const around = direct.length > 0 ? direct : index.statementsBetween(claim.subject, claim.object ?? '').filter((x) => x.relation === 'regulates');
  const neutral = around.filter((x) => compatible(x.context, claim.context));
  if (neutral.length === 0 && around.length === 0) return byCharacter(claim, index);
  if (neutral.length === 0 || claim.negated) return unknown();
  return supportedBy(neutral, index, 'near');
}

/**
 * "EVs modulate inflammation": a sign-neutral claim about a pair the review relates only through one
 * entity between them (EVs steer macrophage polarization [51], which shapes inflammation [75]). The
 * review relates the pair, so the background agrees with it. Directed claims are not judged this way: a
 * chain of two statements says nothing of the direct effect, and a third factor may act too.
 */
function byChain(claim: ExtractedClaim, index: LexiconIndex): Judgement | undefined {
  const chain = index.chainBetween(claim.subject, claim.object ?? '').filter((x) => compatible(x.context, claim.context));
  if (chain.length < 2 || claim.negated) return undefined;
  return supportedBy(chain, index, 'chain', 'inferred');
}

/**
 * "IL-10 lowers IL-1β" meets "anti-inflammatory cytokines lower pro-inflammatory cytokines": what the review
 * says of the object's class (from the subject or the subject's class), nearest class first. Only ever
 * agreement: a class's members may be treated differently (over-broad inheritance), so a statement about
 * the class never makes a claim about one member a contradiction. `agrees` picks the statements that say
 * what the claim says.
 */
function byObjectClass(claim: ExtractedClaim, index: LexiconIndex, agrees: (x: CompiledInteraction) => boolean, subjectClasses = true): Judgement | undefined {
  if (claim.negated || claim.object === undefined) return undefined;
  // (A near concept of the subject counts as the subject's class does: "MSC transplantation lowers IL-1β"
  // meets "MSCs lower pro-inflammatory cytokines".)
  const subjects = subjectClasses ? [claim.subject, ...index.classesOf(claim.subject), ...(index.near.get(claim.subject) ?? [])] : [claim.subject];
  for (const parent of index.classesOf(claim.object)) {
    const said = subjects.flatMap((s) => index.byPair.get(`${s}|${parent}`) ?? []).filter((x) => compatible(x.context, claim.context));
    if (said.length === 0) continue;
    const agreeing = said.filter(agrees);
    // (The class is treated both ways, or the other way: no verdict from it.)
    if (agreeing.length !== said.length) return undefined;
    return supportedBy(agreeing, index, 'object-class', 'class-level');
  }
  return undefined;
}

/** The last resort for a pair the review never relates: the inflammatory character of both terms. */
function byCharacter(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  const verdict = judgeByCharacter(claim, index);
  if (!verdict) return unknown();
  return { status: verdict.agrees ? 'supports' : 'contradicts', interactions: [], refs: verdict.refs, statement: verdict.statement, path: 'character', provenance: 'inferred' };
}

const SECRETION_RELATIONS = new Set(['secretes']);

/** Relations that state a link without a direction: "X regulates / affects / plays a role in Y". */
const NEUTRAL_RELATIONS = new Set(['regulates']);

function judgeUnsigned(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  if (claim.object === undefined) return unknown();
  if (NEUTRAL_RELATIONS.has(claim.relation)) return judgeNeutral(claim, index);
  const pair = index.statementsOfPair(claim.subject, claim.object);
  // A secreted factor is also expressed: "MSCs express IDO" agrees with "MSCs secrete IDO" (and the converse).
  const same = pair.filter((x) => x.relation === claim.relation || (isMaking(claim.relation) && isMaking(x.relation)));
  if (same.length > 0) {
    const status: ClaimStatus = claim.negated ? 'contradicts' : 'supports';
    return { status, interactions: same, refs: uniqueRefs(same.map((x) => x.refs)), statement: describeAll(same, index), path: 'direct', provenance: weakest(same) };
  }
  const produced = claim.negated ? undefined : judgeProducer(claim, index);
  if (produced) return produced;
  // The product's own polarization decides first: "M2 macrophages secrete TNF-α" contradicts though
  // macrophages secrete cytokines.
  const source = claim.relation === 'secretes' && !claim.negated ? judgeSecretionSource(claim, index) : unknown();
  if (source.status !== 'unknown') return source;
  // ("MSC exosomes transfer mitochondria" ~ "MSC extracellular vesicles transfer mitochondria": what the review
  // says its class does, the member does too — in agreement only, as a class may hold members it treats apart.)
  const ofSubjectClass = claim.negated ? undefined : bySubjectClass(claim, index);
  if (ofSubjectClass) return ofSubjectClass;
  // ("MSCs secrete VEGF-A" ~ "MSCs secrete VEGF"; "exosomes transfer miR-222" ~ "exosomes transfer miRNAs":
  // the subject itself, not its class, makes the product's class.)
  return byObjectClass(claim, index, (x) => x.relation === claim.relation || (isMaking(claim.relation) && isMaking(x.relation)), false) ?? unknown();
}

/** The same unsigned relation stated of a class of the subject (nearest first), as a verdict of agreement. */
function bySubjectClass(claim: ExtractedClaim, index: LexiconIndex): Judgement | undefined {
  for (const parent of index.classesOf(claim.subject)) {
    const said = index.statementsOfPair(parent, claim.object ?? '').filter((x) => x.relation === claim.relation && compatible(x.context, claim.context));
    if (said.length > 0) return supportedBy(said, index, 'class', 'class-level');
  }
  return undefined;
}

/** Relations of making: secreting or expressing. */
function isMaking(relation: string): boolean {
  return SECRETION_RELATIONS.has(relation) || relation === 'expresses';
}

/** The review's naming of `cell` among the makers of `product` (its `secretedBy`), as a verdict. */
function madeBy(product: CompiledEntity, cell: string, path: JudgementPath, index: LexiconIndex): Judgement {
  const label = index.entities.get(cell)?.label ?? cell;
  return { status: 'supports', interactions: [], refs: product.refs, statement: `${product.label} is made by ${label} ${formatRefs(product.refs)}`.trim(), path, provenance: 'stated' };
}

/**
 * "MSCs secrete chemokines", "MSCs express chemokines": the review names the cell among the product's
 * producers (its `secretedBy`), or says the cell makes one of the product's members (MSCs secrete CCL2).
 */
function judgeProducer(claim: ExtractedClaim, index: LexiconIndex): Judgement | undefined {
  if (!isMaking(claim.relation)) return undefined;
  const product = index.entities.get(claim.object ?? '');
  if (!product) return undefined;
  if (product.attributes?.secretedBy?.includes(claim.subject) === true) return madeBy(product, claim.subject, 'direct', index);
  // ("Macrophages secrete TNF-α": the review names a kind of them, M1 macrophages, as its source.)
  const kind = product.attributes?.secretedBy?.find((s) => index.entities.get(s)?.attributes?.isA?.includes(claim.subject) === true);
  if (kind !== undefined) return madeBy(product, kind, 'members', index);
  const made = kindsOf(product.id, index).flatMap((m) => index.byPair.get(`${claim.subject}|${m}`) ?? []).filter((x) => isMaking(x.relation));
  if (made.length === 0) return undefined;
  return supportedBy(made, index, 'members');
}

/** How many levels of kinds a product class is searched through ("cytokines" → anti-inflammatory cytokines → IL-10). */
const KIND_DEPTH = 3;

/**
 * The kinds of a product class, nearest first, down to KIND_DEPTH levels: "MSCs secrete cytokines" holds
 * when the review has them make any kind of cytokine, named in a group of its own (IL-10, an
 * anti-inflammatory cytokine).
 */
function kindsOf(id: string, index: LexiconIndex): string[] {
  const seen = new Set<string>([id]);
  let level = [id];
  const out: string[] = [];
  for (let depth = 0; depth < KIND_DEPTH && level.length > 0; depth++) {
    level = level.flatMap((x) => index.members.get(x) ?? []).filter((m) => !seen.has(m));
    for (const m of level) { seen.add(m); out.push(m); }
  }
  return out;
}

/**
 * "X regulates Y", "the role of X in Y": background authors cite. It gives no direction, so the review
 * supports it whenever it relates the pair at all; "X did not affect Y" denies what the review states.
 */
function judgeNeutral(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  const object = claim.object ?? '';
  const any = (index.byPair.get(`${claim.subject}|${object}`) ?? []).filter((x) => x.relation !== 'differentiates-into');
  const found: Found = any.length > 0 ? { list: any, path: 'direct' } : signedFor(claim.subject, object, index);
  const around = found.list.length > 0 ? found.list : index.statementsBetween(claim.subject, object);
  const list = around.length > 0 ? around : byMembers(claim.subject, object, claim, index);
  if (list.length === 0) return byReversePair(claim, index) ?? byPerformedProcess(claim, index) ?? byChain(claim, index) ?? byCharacter(claim, index);
  const path = found.list.length > 0 ? found.path : around.length > 0 ? betweenPath(claim.subject, object, around, index) : 'members';
  const base = { interactions: list, refs: uniqueRefs(list.map((x) => x.refs)), statement: describeAll(list, index), path, provenance: weakest(list) };
  if (!claim.negated) return { ...base, status: 'supports' };
  // (What the review says of the object's class agrees with a claim on its member, but a denial on the
  // member does not deny it: "SDF-1 does not affect fracture healing" against "SDF-1 promotes tissue
  // regeneration", as byObjectClass never contradicts either.)
  if (path === 'object-class') return unknown();
  // ("UC-MSCs did not alter collagen I/III ratios" against "MSCs regulate osteoblast differentiation"): a denial
  // on a near concept denies only a directed statement on the concept the review names ("no effect of IL-6 on
  // ALP" against "IL-6 promotes osteoblast differentiation"), not a link it gives no direction.
  if ((path === 'near' || path === 'near-both') && list.every((x) => x.sign === 0)) return unknown();
  // A denial contradicts only a directed statement; "X does not regulate Y" against "X regulates Y" too.
  return { ...base, status: 'contradicts' };
}

/**
 * "Immune reactions decide the fate of implanted scaffolds" where the review has scaffolds shaping the
 * immune response: a link without a direction relates the pair either way round.
 */
function byReversePair(claim: ExtractedClaim, index: LexiconIndex): Judgement | undefined {
  if (claim.negated) return undefined;
  // (Only statements of influence: that MSCs secrete TSP-1 says nothing of TSP-1 acting on MSCs.)
  const back = (index.byPair.get(`${claim.object ?? ''}|${claim.subject}`) ?? []).filter((x) => (x.sign !== 0 || NEUTRAL_RELATIONS.has(x.relation)) && compatible(x.context, claim.context));
  if (back.length === 0) return undefined;
  return supportedBy(back, index, 'direct');
}

/**
 * "IL-6 acts on immune cells" where the review has IL-6 driving M2 polarization: a link with no direction
 * to cells is supported by what the review says the subject does to a process those cells (or their kinds)
 * perform.
 */
function byPerformedProcess(claim: ExtractedClaim, index: LexiconIndex): Judgement | undefined {
  if (claim.negated || claim.object === undefined) return undefined;
  const cells = new Set([claim.object, ...kindsOf(claim.object, index)]);
  const said: CompiledInteraction[] = [];
  for (const [process, performers] of index.performers) {
    if (!performers.some((c) => cells.has(c))) continue;
    said.push(...(index.byPair.get(`${claim.subject}|${process}`) ?? []).filter((x) => compatible(x.context, claim.context)));
  }
  if (said.length === 0) return undefined;
  return supportedBy(said, index, 'near');
}

/**
 * How the statements that relate a pair around its terms (statementsBetween) reach the claim: through a
 * class of the subject when every one of them is about such a class ("IL-8 did not affect MSC
 * osteogenesis" meets "pro-inflammatory cytokines regulate MSC osteogenesis"), and then through a near
 * concept too when none names the object itself; otherwise through near concepts.
 */
function betweenPath(subject: string, object: string, list: readonly CompiledInteraction[], index: LexiconIndex): JudgementPath {
  // ("SDF-1 regulates fracture healing" meets "SDF-1 promotes tissue regeneration": every statement is
  // about a class of the object.)
  const objectClasses = new Set(index.classesOf(object));
  if (list.every((x) => objectClasses.has(x.object) || objectClasses.has(x.subject))) return 'object-class';
  const classes = new Set(index.classesOf(subject));
  const aboutClass = (x: CompiledInteraction): boolean => classes.has(x.subject) || classes.has(x.object);
  if (!list.every(aboutClass)) return 'near';
  return list.some((x) => x.object === object || x.subject === object) ? 'class' : 'class-near';
}

/**
 * "MSCs increased IDO expression", "M1 macrophages raised TNF-α": a cell raising what the review says it
 * makes agrees with the review (through the statement of making, a near reading). Only a rise: a cell
 * lowering a product it makes may well act on others' production, so nothing is said of a fall.
 */
function raisesWhatItMakes(claim: ExtractedClaim, index: LexiconIndex): Judgement | undefined {
  if (claim.negated || claim.sign !== 1 || index.entities.get(claim.subject)?.type !== 'cell') return undefined;
  const made = makingStatements(claim, index);
  if (made.length > 0) return supportedBy(made, index, 'near');
  const producer = judgeProducer({ ...claim, relation: 'secretes' }, index);
  if (producer) return { ...producer, path: 'near' };
  // ("Macrophages raise VEGF-A" ~ "macrophages secrete VEGF": the cells make the product's class.)
  const ofClass = byObjectClass(claim, index, (x) => isMaking(x.relation), false);
  return ofClass ? { ...ofClass, path: 'near' } : undefined;
}

/** "M2 macrophages secrete TNF-α": the review ties TNF-α to M1 cells. */
function judgeSecretionSource(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  const cell = claim.subject;
  const product = index.entities.get(claim.object ?? '');
  const pol = product?.attributes?.polarization;
  const cellPol = index.entities.get(cell)?.attributes?.polarization;
  if (!product || !pol || !isPhenotype(index.entities.get(cell)) || pol === 'M1/M2' || pol === 'M0') return unknown();
  const statement = `${product.label} is associated with ${pol} macrophages ${formatRefs(product.refs)}`.trim();
  const secretors = product.attributes?.secretedBy ?? [];
  const status: ClaimStatus = pol === cellPol || secretors.includes(cell) ? 'supports' : 'contradicts';
  return { status, interactions: [], refs: product.refs, statement, path: 'direct', provenance: 'stated' };
}

function judgeAttribute(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  const e = index.entities.get(claim.subject);
  const attr = claim.attribute;
  if (!e || !attr) return unknown();
  const stated = attr.name === 'inflammatory' ? e.attributes?.inflammatory : e.attributes?.polarization;
  if (stated === undefined && attr.name === 'inflammatory' && attr.exerted === true) return judgeExertedCharacter(claim, index);
  if (stated === undefined || stated === 'M0') return unknown();
  const words: Record<string, string> = { pro: 'pro-inflammatory', anti: 'anti-inflammatory', M1: 'associated with M1 macrophages', M2: 'associated with M2 macrophages', dual: 'pro- or anti-inflammatory, depending on its source and setting', 'M1/M2': 'associated with M1 or M2 macrophages, depending on its source and setting' };
  const statement = `${e.label} is ${words[stated] ?? stated} ${formatRefs(e.refs)}`.trim();
  // ("IL-6, a major proinflammatory cytokine": the review has IL-6 act both ways — an M1 factor, and from MSCs
  // a driver of M2 polarization — so which one the sentence means depends on where it comes from.)
  if (stated === 'dual' || stated === 'M1/M2') return { status: 'context-dependent', interactions: [], refs: e.refs, statement, path: 'direct', provenance: 'stated' };
  const agrees = (stated === attr.value) !== claim.negated;
  return { status: agrees ? 'supports' : 'contradicts', interactions: [], refs: e.refs, statement, path: 'direct', provenance: 'stated' };
}

/**
 * "MSCs exert anti-inflammatory effects": a term the review gives no character of its own is judged by what
 * the review has it do to the processes that have one ("MSCs inhibit inflammation", "MSCs promote M2
 * polarization": anti-inflammatory), when all of that points one way. A curator's inference, so never a Warning.
 */
function judgeExertedCharacter(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  if (claim.attribute === undefined) return unknown();
  let shown = 0;
  const statements: CompiledInteraction[] = [];
  for (const process of characterProcesses(index)) {
    const raises: ExtractedClaim = { ...claim, kind: 'interaction', attribute: undefined, object: process.id, relation: 'promotes', sign: 1, negated: false };
    const j = judgeSigned(raises, index);
    // (Only what the review says with a direction: "macrophages regulate inflammation" shows no character.)
    if ((j.status !== 'supports' && j.status !== 'contradicts') || j.interactions.length === 0 || j.interactions.some((x) => x.sign === 0)) continue;
    const implied = j.status === 'supports' ? process.sign : -process.sign;
    if (shown !== 0 && implied !== shown) return unknown();
    shown = implied;
    statements.push(...j.interactions);
  }
  if (shown === 0 || statements.length === 0) return unknown();
  const agrees = (claim.attribute.value === (shown > 0 ? 'pro' : 'anti')) !== claim.negated;
  const unique = [...new Set(statements)];
  return { status: agrees ? 'supports' : 'contradicts', interactions: unique, refs: uniqueRefs(unique.map((x) => x.refs)), statement: describeAll(unique, index), path: 'direct', provenance: 'inferred' };
}

function judgeLineage(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  const from = claim.subject;
  const into = claim.object;
  if (into === undefined) return unknown();
  const target = index.entities.get(into);
  const ancestors = index.ancestors.get(into);
  const direct = (index.byPair.get(`${from}|${into}`) ?? []).filter((x) => x.relation === 'differentiates-into');
  const knownOrigins = [...(ancestors ?? [])].map((id) => index.entities.get(id)?.label ?? id);
  // The refs of the review's lineage statements for this cell (else the cell's own refs).
  const allOrigins = (index.byObject.get(into) ?? []).filter((x) => x.relation === 'differentiates-into');
  // Figure-level summaries cite whole ranges; the specific statements are the ones worth quoting.
  const specific = allOrigins.filter((x) => x.refs.length <= 4);
  const origins = specific.length > 0 ? specific : allOrigins;
  const refs = uniqueRefs(origins.length > 0 ? [...origins.map((x) => x.refs), ...direct.map((x) => x.refs)] : [target?.refs ?? [], ...direct.map((x) => x.refs)]);
  const statement = `${target?.label ?? into} derives from ${knownOrigins.slice(0, 4).join(', ')} ${formatRefs(refs)}`.trim();
  const related = ancestors?.has(from) === true || direct.length > 0 || isKindOfAncestor(from, ancestors, index) || isClassOfAncestor(from, ancestors, index);
  const base = { interactions: direct, refs, path: 'direct' as const, provenance: weakest(direct) };
  if (related) return { ...base, status: claim.negated ? 'contradicts' : 'supports', statement };
  if (!ancestors || ancestors.size === 0 || claim.negated) return unknown();
  // The claimed origin is not among the review's origins for this cell, nor a descendant-equivalent of one.
  const fromIsDescendant = index.ancestors.get(from)?.has(into) === true;
  // An origin the review never discusses (no section, no reference) may lie upstream of the ones it names
  // ("hematopoietic stem cells differentiate into osteoclasts"): its list of origins cannot rule it out.
  const fromEntity = index.entities.get(from);
  if (!fromIsDescendant && fromEntity !== undefined && fromEntity.refs.length === 0 && (fromEntity.sections ?? []).length === 0) return unknown();
  const siblingsOfOrigin = [...ancestors].some((a) => (index.entities.get(from)?.attributes?.isA ?? []).includes(a));
  if (siblingsOfOrigin) return unknown();
  // A general origin: one the review states no lineage of in a statement of its own, belonging to no class
  // that has one, whose entry only sums up what it gives rise to ("progenitor cells" of osteoblasts and
  // osteoclasts in a figure) — its summary cannot rule out what else such cells become ("periosteal
  // progenitor cells differentiate into chondrocytes"). Bone macrophages are macrophages, whose lineage counts.
  if (!fromIsDescendant && isGeneralOrigin(fromEntity, index)) return unknown();
  // An origin the review names beside the cell as another origin of the same descendant ("the myeloid
  // precursor cells that give rise to macrophages": the review has precursor cells and macrophages both give
  // rise to osteoclasts) may lie upstream of the origins it names for the cell.
  if (!fromIsDescendant && sharesDescendant(from, into, index)) return unknown();
  // ("MSC-derived osteoblasts differentiate to an adipocyte phenotype": an origin that itself descends from one
  // of the cell's stated origins switches between two of that origin's lineages; the review's origins say
  // nothing against such a switch. A general origin shared by two lineages does not count.)
  if (!fromIsDescendant && descendsFromOriginOf(from, ancestors, index)) return unknown();
  const fromLabel = index.entities.get(from)?.label ?? from;
  return {
    ...base, status: 'contradicts',
    statement: fromIsDescendant ? `${fromLabel} derives from ${target?.label ?? into}, not the reverse` : `${statement}; not from ${fromLabel}`,
  };
}

/** Is the entity a general origin: a summary of what it gives rise to, no lineage statement, no class? */
function isGeneralOrigin(entity: CompiledEntity | undefined, index: LexiconIndex): boolean {
  if (entity === undefined || (entity.attributes?.differentiatesInto ?? []).length === 0 || (entity.attributes?.isA ?? []).length > 0) return false;
  return !(index.bySubject.get(entity.id) ?? []).some((x) => x.relation === 'differentiates-into');
}

/** Does `from` descend from one of `origins` that is no general origin (a sibling lineage of the same source)? */
function descendsFromOriginOf(from: string, origins: ReadonlySet<string>, index: LexiconIndex): boolean {
  return [...(index.ancestors.get(from) ?? [])].some((a) => origins.has(a) && !isGeneralOrigin(index.entities.get(a), index));
}

/** Does some cell derive from both `a` and `b` (two origins the review names for one descendant)? */
function sharesDescendant(a: string, b: string, index: LexiconIndex): boolean {
  for (const ancestors of index.ancestors.values()) if (ancestors.has(a) && ancestors.has(b)) return true;
  return false;
}

/**
 * Is `from` a class one of the origins belongs to ("osteoclasts originate from immune cells": macrophages,
 * an origin the review names, are immune cells)? Naming the broader class is no other origin.
 */
function isClassOfAncestor(from: string, ancestors: ReadonlySet<string> | undefined, index: LexiconIndex): boolean {
  if (!ancestors) return false;
  for (const origin of ancestors) if (index.classesOf(origin).includes(from)) return true;
  return false;
}

function isKindOfAncestor(from: string, ancestors: ReadonlySet<string> | undefined, index: LexiconIndex): boolean {
  if (!ancestors) return false;
  for (const parent of index.entities.get(from)?.attributes?.isA ?? []) if (ancestors.has(parent)) return true;
  return false;
}
