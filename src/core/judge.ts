/**
 * Judges one claim against the lexicon: supports, contradicts, context-dependent or unknown.
 * Interaction claims compare signs under compatible contexts; lineage claims use the cells' ancestry;
 * attribute claims compare with the entity's stated attributes; secretion by M1/M2 cells is checked
 * against the product's stated polarization.
 */
import type { ClaimContext, ExtractedClaim } from './claims/types';
import type { LexiconIndex } from './lexicon/lexiconIndex';
import type { CompiledEntity, CompiledInteraction, InteractionContext } from './lexicon/types';

export type ClaimStatus = 'supports' | 'contradicts' | 'context-dependent' | 'unknown';

export interface Judgement {
  status: ClaimStatus;
  /** The encoded statements the judgement rests on. */
  interactions: CompiledInteraction[];
  refs: number[];
  /** A sentence naming what the review says, for messages. */
  statement?: string;
}

const CONTEXT_KEYS = ['concentration', 'oxygen', 'stage', 'source'] as const;

function unknown(): Judgement {
  return { status: 'unknown', interactions: [], refs: [] };
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

function contextPhrase(ctx: InteractionContext | undefined, entities: ReadonlyMap<string, CompiledEntity>): string {
  if (!ctx) return '';
  const bits: string[] = [];
  if (ctx.concentration) bits.push(`at ${ctx.concentration} concentration`);
  if (ctx.oxygen) bits.push(`under ${ctx.oxygen}`);
  if (ctx.stage) bits.push(`in the ${ctx.stage} stage`);
  if (ctx.source) bits.push(`from ${entities.get(ctx.source)?.label ?? ctx.source}`);
  if (ctx.condition) bits.push(`with ${entities.get(ctx.condition)?.label ?? ctx.condition}`);
  return bits.length ? ` (${bits.join(', ')})` : '';
}

/** "IL-4 inhibits NFATc1 [104]" */
export function describeInteraction(x: CompiledInteraction, entities: ReadonlyMap<string, CompiledEntity>): string {
  const s = entities.get(x.subject)?.label ?? x.subject;
  const o = entities.get(x.object)?.label ?? x.object;
  return `${s}${contextPhrase(x.context, entities)} ${x.relation.replace(/-/g, ' ')} ${o} ${formatRefs(x.refs)}`.trim();
}

/** Does an interaction's context fit what the sentence says? Unnamed keys fit anything. */
function compatible(ix: InteractionContext | undefined, claim: ClaimContext): boolean {
  for (const key of CONTEXT_KEYS) {
    const a = ix?.[key];
    const b = claim[key];
    if (a !== undefined && b !== undefined && a !== b) return false;
  }
  return true;
}

/** How many of the interaction's context keys the sentence names (to prefer the most specific match). */
function specificity(ix: InteractionContext | undefined, claim: ClaimContext): number {
  let n = 0;
  for (const key of CONTEXT_KEYS) if (ix?.[key] !== undefined && claim[key] === ix[key]) n++;
  return n;
}

export function judgeClaim(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  switch (claim.kind) {
    case 'attribute':
      return judgeAttribute(claim, index);
    case 'lineage':
      return judgeLineage(claim, index);
    default:
      return claim.sign === 0 ? judgeUnsigned(claim, index) : judgeSigned(claim, index);
  }
}

/**
 * Interactions for a pair; when there are none and the object is a cell, those for the process that
 * stands for that cell's activity ("X increases M2 macrophages" ~ "X promotes M2 polarization").
 */
function signedFor(subject: string, object: string, index: LexiconIndex, inherit = true): CompiledInteraction[] {
  const pair = (s: string, o: string): CompiledInteraction[] => (index.byPair.get(`${s}|${o}`) ?? []).filter((x) => x.sign !== 0);
  const activity = index.entities.get(object)?.attributes?.activityProcess;
  const objects = activity === undefined ? [object] : [object, activity];
  for (const o of objects) {
    const direct = pair(subject, o);
    if (direct.length > 0) return direct;
  }
  // Promoting M1 polarization works against M2 polarization: read the claim on the opposite process.
  for (const o of objects) {
    const opposite = index.entities.get(o)?.attributes?.opposite;
    if (opposite === undefined) continue;
    // The statements keep their own wording (the message quotes what the review says); only the sign is read flipped.
    const flipped = pair(subject, opposite).map((x) => ({ ...x, sign: (-x.sign) as 1 | -1 }));
    if (flipped.length > 0) return flipped;
  }
  if (!inherit) return [];
  // What the review says of a class ("growth factors secreted by MSCs") holds for its named members (VEGF).
  for (const parent of index.entities.get(subject)?.attributes?.isA ?? []) {
    for (const o of objects) {
      const inherited = pair(parent, o);
      if (inherited.length > 0) return inherited;
    }
  }
  return [];
}

function judgeSigned(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  const object = claim.object ?? '';
  const all = signedFor(claim.subject, object, index);
  if (all.length === 0) {
    // A claim about a class whose members act in opposite directions depends on which member is meant.
    const byMembers = (index.members.get(claim.subject) ?? []).flatMap((m) => signedFor(m, object, index, false)).filter((x) => compatible(x.context, claim.context));
    if (new Set(byMembers.map((x) => x.sign)).size > 1) {
      return {
        status: 'context-dependent',
        interactions: byMembers,
        refs: uniqueRefs(byMembers.map((x) => x.refs)),
        statement: byMembers.map((x) => describeInteraction(x, index.entities)).join('; '),
      };
    }
  }
  // A user's exception for this pair replaces what the review says about it.
  const exceptions = all.filter((x) => x.exception === true);
  const candidates = (exceptions.length > 0 ? exceptions : all).filter((x) => compatible(x.context, claim.context));
  if (candidates.length === 0) return unknown();
  const signs = new Set(candidates.map((x) => x.sign));
  let chosen = candidates;
  if (signs.size > 1) {
    // The sentence may name the context that decides; otherwise the review's answer depends on it.
    const top = Math.max(...candidates.map((x) => specificity(x.context, claim.context)));
    const specific = candidates.filter((x) => specificity(x.context, claim.context) === top);
    if (top === 0 || new Set(specific.map((x) => x.sign)).size > 1) {
      return {
        status: 'context-dependent',
        interactions: candidates,
        refs: uniqueRefs(candidates.map((x) => x.refs)),
        statement: candidates.map((x) => describeInteraction(x, index.entities)).join('; '),
      };
    }
    chosen = specific;
  }
  const sign = chosen[0].sign;
  const refs = uniqueRefs(chosen.map((x) => x.refs));
  const statement = chosen.map((x) => describeInteraction(x, index.entities)).join('; ');
  const agrees = claim.sign === sign;
  if (claim.negated) {
    // "X does not inhibit Y" against "X inhibits Y" contradicts; "X does not promote Y" agrees with it.
    return { status: agrees ? 'contradicts' : 'supports', interactions: chosen, refs, statement };
  }
  return { status: agrees ? 'supports' : 'contradicts', interactions: chosen, refs, statement };
}

const SECRETION_RELATIONS = new Set(['secretes']);

function judgeUnsigned(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  // "X regulates Y" gives no direction: the review can neither support nor contradict it.
  if (claim.object === undefined || claim.relation === 'regulates') return unknown();
  const pair = index.byPair.get(`${claim.subject}|${claim.object}`) ?? [];
  const same = pair.filter((x) => x.relation === claim.relation || (SECRETION_RELATIONS.has(claim.relation) && x.relation === 'expresses'));
  if (same.length > 0 && !claim.negated) {
    return { status: 'supports', interactions: same, refs: uniqueRefs(same.map((x) => x.refs)), statement: same.map((x) => describeInteraction(x, index.entities)).join('; ') };
  }
  if (same.length > 0 && claim.negated) {
    return { status: 'contradicts', interactions: same, refs: uniqueRefs(same.map((x) => x.refs)), statement: same.map((x) => describeInteraction(x, index.entities)).join('; ') };
  }
  if (claim.relation === 'secretes' && !claim.negated) return judgeSecretionSource(claim, index);
  return unknown();
}

/** "M2 macrophages secrete TNF-α": the review ties TNF-α to M1 cells. */
function judgeSecretionSource(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  const cell = claim.subject;
  const product = index.entities.get(claim.object ?? '');
  const pol = product?.attributes?.polarization;
  const cellPol = cell === 'm1-macrophage' ? 'M1' : cell === 'm2-macrophage' ? 'M2' : undefined;
  if (!product || !pol || !cellPol || pol === 'M1/M2' || pol === 'M0') return unknown();
  const statement = `${product.label} is associated with ${pol} macrophages ${formatRefs(product.refs)}`.trim();
  const secretors = (product.attributes?.secretedBy ?? []);
  if (pol === cellPol || secretors.includes(cell)) return { status: 'supports', interactions: [], refs: product.refs, statement };
  return { status: 'contradicts', interactions: [], refs: product.refs, statement };
}

function judgeAttribute(claim: ExtractedClaim, index: LexiconIndex): Judgement {
  const e = index.entities.get(claim.subject);
  const attr = claim.attribute;
  if (!e || !attr) return unknown();
  const stated = attr.name === 'inflammatory' ? e.attributes?.inflammatory : e.attributes?.polarization;
  if (stated === undefined || stated === 'dual' || stated === 'M1/M2' || stated === 'M0') return unknown();
  const words: Record<string, string> = { pro: 'pro-inflammatory', anti: 'anti-inflammatory', M1: 'associated with M1 macrophages', M2: 'associated with M2 macrophages' };
  const statement = `${e.label} is ${words[stated] ?? stated} ${formatRefs(e.refs)}`.trim();
  const agrees = stated === attr.value;
  if (claim.negated) return agrees ? { status: 'contradicts', interactions: [], refs: e.refs, statement } : { status: 'supports', interactions: [], refs: e.refs, statement };
  return { status: agrees ? 'supports' : 'contradicts', interactions: [], refs: e.refs, statement };
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
  const related = ancestors?.has(from) === true || direct.length > 0 || isKindOfAncestor(from, ancestors, index);
  if (related) {
    return claim.negated ? { status: 'contradicts', interactions: direct, refs, statement } : { status: 'supports', interactions: direct, refs, statement };
  }
  if (!ancestors || ancestors.size === 0 || claim.negated) return unknown();
  // The claimed origin is not among the review's origins for this cell, nor a descendant-equivalent of one.
  const fromIsDescendant = index.ancestors.get(from)?.has(into) === true;
  const siblingsOfOrigin = [...ancestors].some((a) => (index.entities.get(from)?.attributes?.isA ?? []).includes(a));
  if (siblingsOfOrigin) return unknown();
  const fromLabel = index.entities.get(from)?.label ?? from;
  return {
    status: 'contradicts', interactions: direct, refs,
    statement: fromIsDescendant ? `${fromLabel} derives from ${target?.label ?? into}, not the reverse` : `${statement}; not from ${fromLabel}`,
  };
}

function isKindOfAncestor(from: string, ancestors: ReadonlySet<string> | undefined, index: LexiconIndex): boolean {
  if (!ancestors) return false;
  for (const parent of index.entities.get(from)?.attributes?.isA ?? []) if (ancestors.has(parent)) return true;
  return false;
}
