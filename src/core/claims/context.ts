/** Context qualifiers a sentence gives its claim: dose, oxygen, stage of inflammation, setting. */
import type { ClaimContext } from './types';

export function contextOf(phrase: string): ClaimContext {
  const p = phrase.toLowerCase();
  const ctx: ClaimContext = {};
  // A dose names the actor's amount ("high concentrations of TNF-α"); "higher levels of SR" in the
  // object says what changed, not under which dose, so levels and amounts count only before "of".
  if (/\b(high|higher|excessive|elevated|large|supraphysiological)[\s-]+(dose|doses|concentrations?)\b|\b(high|higher|excessive|elevated|large)\s+(levels?|amounts?)\s+of\b|\bhigh[\s-]?dose\b|\bin excess\b/.test(p)) ctx.concentration = 'high';
  else if (/\b(low|lower|small|smaller|physiological|moderate|minimal|minute|trace|tiny|modest|subtle|sub-?toxic|nanomolar)[\s-]+(dose|doses|concentrations?)\b|\b(low|lower|small|minute|trace|tiny|modest)\s+(levels?|amounts?|quantities)\s+of\b|\blow[\s-]?dose\b/.test(p)) ctx.concentration = 'low';
  if (/\bhypoxi(a|c)\b|\blow[\s-]oxygen\b/.test(p)) ctx.oxygen = 'hypoxia';
  else if (/\bnormoxi(a|c)\b/.test(p)) ctx.oxygen = 'normoxia';
  if (/\bacute\s+(phase|stage|inflammation|inflammatory)\b/.test(p)) ctx.stage = 'acute';
  else if (/\bresolution\b|\bresolving\b/.test(p)) ctx.stage = 'resolution';
  else if (/\bearly\s+(phase|stage|period|inflammation)\b|\bearly\s+(bone|fracture|inflammatory)\b|\b(transient|initial|temporary|short-lived|first days)\b/.test(p)) ctx.stage = 'early';
  else if (/\blate\s+(phase|stage|period)\b|\b(prolonged|chronic|persistent|sustained|excessive|long-lasting|protracted|unresolved|uncontrolled)\s+(inflammation|inflammatory|immune)\b/.test(p)) ctx.stage = 'late';
  if (/\bin\s+vitro\b/.test(p)) ctx.setting = 'in-vitro';
  else if (/\bin\s+vivo\b/.test(p)) ctx.setting = 'in-vivo';
  return ctx;
}

/** The context keys the judge compares (model and free text are not compared). */
export const COMPARED_CONTEXT_KEYS = ['concentration', 'oxygen', 'stage', 'source'] as const;
