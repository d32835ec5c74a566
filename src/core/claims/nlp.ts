/**
 * compromise for this domain: its tokenizer and first-pass tagger read each candidate sentence, and
 * every inflected form of a cue verb maps back to its lemma through a table compromise's conjugator
 * built at build time.
 */
// Inflections of the cue verbs, conjugated by compromise at build time (scripts/verb-forms.ts).
import verbForms from '../../../generated/verb-forms.json';
import { loadCompromise } from '../tagger/compromise';

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

/**
 * The tagger is created on first use (the editor does not pay for it at activation). compromise keeps
 * its lexicon process-wide, so one instance serves every analyser.
 */
export function getNlp(): Nlp {
  if (shared) return shared;
  // compromise knows every cue verb form with its tag ("attenuates" is a verb, not a plural noun): the
  // build taught them to the model it loads (scripts/compromise-model.ts).
  const nlp = loadCompromise();
  const lemmaOf = new Map(Object.entries(verbForms.lemmas));
  const participles = new Set(verbForms.participles);
  shared = {
    terms(text: string): Term[] {
      // Tokenizer, lexicon and compromise's first-pass tagger (lexicon, suffix, case and regex rules).
      // Its second, sentence-level pass costs more than all of this and changes nothing the clause
      // rules below look at: they find passives, relatives and coordination themselves.
      const doc = nlp.tokenize(text);
      doc.compute(['lexicon', 'preTagger']);
      const out: Term[] = [];
      let at = 0;
      for (const sentence of doc.docs as Array<Array<{ text: string; pre: string; post: string; tags: Set<string> }>>) {
        for (const t of sentence) {
          // compromise keeps every character in pre/text/post, so offsets are their running sum.
          const start = at + t.pre.length;
          const end = start + t.text.length;
          at = end + t.post.length;
          out.push({ text: t.text, lower: t.text.toLowerCase(), pre: t.pre, post: t.post, tags: t.tags, start, end });
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
