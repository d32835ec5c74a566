/**
 * Quick-fix suggestions for contradictions, computed in the core so the editor and the CLI agree:
 * the verb rewritten to the review's relation in the same form ("promotes" → "inhibits",
 * "is activated by" → "is inhibited by"), a nominal or an attribute swapped. Each touches only the cue.
 */
import verbForms from '../../generated/verb-forms.json';
import type { ExtractedClaim } from './claims/types';
import type { Judgement } from './judge';
import type { Span } from './types';

export interface Rewrite extends Span {
  newText: string;
}

type Kind = 'infinitive' | 'present' | 'past' | 'gerund' | 'participle';
const conjugations = verbForms.conjugations as Record<string, Record<Kind, string>>;
const lemmas = verbForms.lemmas as Record<string, string>;

/** The lexicon relation as a verb lemma: "inhibits" → "inhibit", "downregulates" → "downregulate". */
function relationLemma(relation: string): string | undefined {
  const lemma = lemmas[relation];
  return lemma && conjugations[lemma] ? lemma : undefined;
}

function keepCase(model: string, text: string): string {
  return model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase() ? text[0].toUpperCase() + text.slice(1) : text;
}

const NOMINAL_OPPOSITES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  activation: 'inhibition', inhibition: 'activation', increase: 'decrease', decrease: 'increase', upregulation: 'downregulation',
  downregulation: 'upregulation', induction: 'suppression', suppression: 'induction', promotion: 'inhibition', enhancement: 'suppression',
  stimulation: 'inhibition', reduction: 'increase', elevation: 'reduction', rise: 'fall', blockade: 'activation', degradation: 'stabilization',
});

/** The rewrite of a contradicted claim's cue, relative to its sentence; undefined when not unambiguous. */
export function suggestRewrite(claim: ExtractedClaim, judgement: Judgement): Rewrite | undefined {
  if (judgement.status !== 'contradicts' || !claim.cueSpan || !claim.cueText || claim.negated) return undefined;
  const cue = claim.cueText;
  if (claim.kind === 'attribute' && claim.attribute?.name === 'inflammatory') {
    const swapped = /^pro/i.test(cue) ? cue.replace(/^pro/i, (m) => keepCase(m, 'anti')) : cue.replace(/^anti/i, (m) => keepCase(m, 'pro'));
    return swapped !== cue ? { ...claim.cueSpan, newText: swapped } : undefined;
  }
  if (claim.kind !== 'interaction' || claim.sign === 0) return undefined;
  const statements = judgement.interactions;
  if (statements.length === 0 || new Set(statements.map((x) => x.relation)).size !== 1 || statements[0].sign !== -claim.sign) return undefined;
  const target = relationLemma(statements[0].relation);
  const lower = cue.toLowerCase();
  const nominal = NOMINAL_OPPOSITES[lower];
  if (nominal) return { ...claim.cueSpan, newText: keepCase(cue, nominal) };
  const lemma = lemmas[lower];
  if (!target || !lemma || !conjugations[lemma] || /\s/.test(cue)) return undefined;
  const forms = conjugations[lemma];
  const kind = (Object.keys(forms) as Kind[]).find((k) => forms[k] === lower);
  if (!kind) return undefined;
  return { ...claim.cueSpan, newText: keepCase(cue, conjugations[target][kind]) };
}
