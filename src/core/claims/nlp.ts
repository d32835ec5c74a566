/**
 * compromise, set up once for this domain: the cue verbs are taught to its lexicon (so "attenuates"
 * is tagged as a verb, not a plural noun) and their inflections are generated from its conjugator,
 * so that every surface form maps back to its lemma. Loaded on first use: the editor does not pay
 * for it at activation.
 */
import nlp from 'compromise';
import { VERB_CUES } from './cues';

export interface Term {
  text: string;
  /** Lowercased text without surrounding punctuation. */
  lower: string;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Offset in the string given to compromise. */
  start: number;
  end: number;
}

export interface Nlp {
  terms(text: string): Term[];
  /** Lemma of a cue verb form ("attenuated" → "attenuate"), or undefined. */
  cueLemma(form: string): string | undefined;
  /** Verb forms that are past participles of cue verbs (for passives). */
  isParticiple(form: string): boolean;
}

let shared: Nlp | undefined;

export function getNlp(): Nlp {
  if (shared) return shared;
  const words: Record<string, string> = {};
  for (const lemma of Object.keys(VERB_CUES)) if (!lemma.includes('-')) words[lemma] = 'Infinitive';
  nlp.addWords(words);
  const lemmaOf = new Map<string, string>();
  const participles = new Set<string>();
  for (const lemma of Object.keys(VERB_CUES)) {
    lemmaOf.set(lemma, lemma);
    const forms = (nlp(lemma).verbs().conjugate()[0] ?? {}) as Record<string, string>;
    for (const [kind, form] of Object.entries(forms)) {
      if (kind === 'FutureTense' || !form) continue;
      lemmaOf.set(form.toLowerCase(), lemma);
      if (kind === 'PastTense' || kind === 'Participle') participles.add(form.toLowerCase());
    }
  }
  // Hyphenated spellings of up/down-regulation.
  for (const [k, v] of [...lemmaOf]) if (/^(up|down)regulat/.test(k)) lemmaOf.set(k.replace(/^(up|down)/, '$1-'), v);
  shared = {
    terms(text: string): Term[] {
      const json = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{
        terms: Array<{ text: string; pre: string; post: string; tags: string[]; offset: { start: number; length: number } }>;
      }>;
      const out: Term[] = [];
      for (const sentence of json) {
        for (const t of sentence.terms) {
          out.push({
            text: t.text,
            lower: t.text.toLowerCase(),
            pre: t.pre,
            post: t.post,
            tags: new Set(t.tags),
            start: t.offset.start,
            end: t.offset.start + t.offset.length,
          });
        }
      }
      return out;
    },
    cueLemma(form: string): string | undefined {
      return lemmaOf.get(form.toLowerCase());
    },
    isParticiple(form: string): boolean {
      return participles.has(form.toLowerCase());
    },
  };
  return shared;
}
