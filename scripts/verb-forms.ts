/**
 * Build step: every inflected form of the cue verbs, conjugated once with compromise, so the checker
 * does not conjugate ~250 verbs at every start. Output: generated/verb-forms.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { VERB_CUES } from '../src/core/claims/grammar';

export interface VerbForms {
  /** Surface form → lemma. */
  lemmas: Record<string, string>;
  /** Past tense and participle forms (for passives and reduced relatives). */
  participles: string[];
  /** compromise's tag for each form, taught to its lexicon so its tagger reads them as verbs. */
  tags: Record<string, string>;
  /** Every form of each lemma by kind, for quick fixes that swap one verb for another in the same form. */
  conjugations: Record<string, { infinitive: string; present: string; past: string; gerund: string; participle: string }>;
}

export function buildVerbForms(): VerbForms {
  const lemmas: Record<string, string> = {};
  const participles = new Set<string>();
  const tags: Record<string, string> = {};
  const conjugations: VerbForms['conjugations'] = {};
  // compromise only conjugates words it knows as verbs: teach it the lemmas first (upregulate, attenuate …).
  const infinitives: Record<string, string> = {};
  for (const lemma of Object.keys(VERB_CUES)) if (!lemma.includes('-')) infinitives[lemma] = 'Infinitive';
  nlp.addWords(infinitives);
  // Hyphenated lemmas (up-regulate) come from the hyphen rule below: compromise would conjugate them as
  // a particle plus a verb and hand "regulates" to "down-regulate".
  for (const lemma of Object.keys(VERB_CUES).filter((l) => !l.includes('-')).sort()) {
    lemmas[lemma] = lemma;
    tags[lemma] = 'Infinitive';
    const forms = (nlp(lemma).verbs().conjugate()[0] ?? {}) as Record<string, string>;
    conjugations[lemma] = {
      infinitive: lemma,
      present: (forms.PresentTense ?? `${lemma}s`).toLowerCase(),
      past: (forms.PastTense ?? `${lemma}d`).toLowerCase(),
      gerund: (forms.Gerund ?? `${lemma}ing`).toLowerCase(),
      participle: (forms.Participle ?? forms.PastTense ?? `${lemma}d`).toLowerCase(),
    };
    for (const [kind, form] of Object.entries(forms)) {
      if (kind === 'FutureTense' || !form) continue;
      const f = form.toLowerCase();
      lemmas[f] ??= lemma;
      if (kind === 'PastTense' || kind === 'Participle') participles.add(f);
      if (f !== lemma && !tags[f]) tags[f] = kind === 'Participle' ? 'PastTense' : kind;
    }
  }
  // British spellings: stabilise, neutralised, polarising.
  for (const [form, lemma] of Object.entries({ ...lemmas })) {
    if (/iz(e|es|ed|ing)$/.test(form)) {
      const uk = form.replace(/iz(e|es|ed|ing)$/, 'is$1');
      lemmas[uk] ??= lemma;
      if (participles.has(form)) participles.add(uk);
      if (tags[form] && !tags[uk]) tags[uk] = tags[form];
    }
  }
  // Hyphenated spellings: up-regulates, down-regulated.
  for (const [form, lemma] of Object.entries({ ...lemmas })) {
    if (/^(up|down)regulat/.test(form)) lemmas[form.replace(/^(up|down)/, '$1-')] = lemma;
  }
  const sorted: Record<string, string> = {};
  for (const k of Object.keys(lemmas).sort()) sorted[k] = lemmas[k];
  const sortedTags: Record<string, string> = {};
  for (const k of Object.keys(tags).sort()) sortedTags[k] = tags[k];
  return { lemmas: sorted, participles: [...participles].sort(), tags: sortedTags, conjugations };
}

export function serializeVerbForms(forms: VerbForms): string {
  return `${JSON.stringify(forms, null, 1)}\n`;
}

export function main(root: string): number {
  writeFileSync(join(root, 'generated', 'verb-forms.json'), serializeVerbForms(buildVerbForms()));
  return 0;
}
