/**
 * One candidate sentence as the claim rules see it: tokens (entities masked), entity groups, clause
 * bounds, subjects and objects, negation and hedging, context — the shared grammar the verb, nominal
 * and attribute rules build on. Claims are collected through emit/emitPairs.
 */
import type { Sign } from '../lexicon/relations';
import { contextOf } from './context';
import {
  AUXILIARIES, CLAUSE_BREAKERS, COMPOUND_CUES, DETERMINERS, FAILURE_VERBS, FROM_VERBS, HEDGE_VERBS, HEDGE_WORDS, MODAL_HEDGES,
  NEGATORS, NOMINAL_CUES, REVERSING_SUBJECT_NOUNS, SCAFFOLD_NOUNS, STEERING_VERBS, VERB_CUES,
} from './cues';
import { getNlp } from './nlp';
import { endsClause, hasComma, tokenize, type SentenceMention } from './tokens';
import type { ClaimContext, ExtractedClaim } from './types';


export const PREPOSITIONS = new Set([
  'by', 'from', 'in', 'on', 'with', 'to', 'into', 'at', 'under', 'via', 'through', 'toward', 'towards', 'against',
  'between', 'among', 'within', 'after', 'during', 'for', 'of', 'upon', 'onto', 'across', 'than', 'like', 'versus', 'vs',
  'without', 'despite', 'before', 'unlike', 'including', 'involving', 'following', 'besides',
]);
export const LINEAGE_INTO = new Set(['into', 'toward', 'towards', 'to']);
/** "contact with MSCs", "exposure to TNF-α": the entity after these acts, it is not a side remark. */
export const CONTACT_WORDS = new Set([
  'contact', 'co-culture', 'coculture', 'co-culturing', 'interaction', 'interactions', 'incubation', 'treatment', 'stimulation',
  'exposure', 'priming', 'preconditioning', 'pretreatment', 'culture', 'cocultured', 'co-cultured', 'treated', 'stimulated', 'exposed',
]);
/** "X was shown to inhibit Y", "X cannot be induced to differentiate": the subject stays X. */
export const RAISING_WORDS = new Set(['able', 'unable', 'induced', 'made', 'shown', 'found', 'reported', 'known', 'observed', 'demonstrated', 'likely', 'unlikely', 'thought', 'believed', 'expected', 'predicted', 'said']);
/** "is required for" is a requirement adjective, not the verb "requires". */
const BE_FORMS_LOCAL = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
export const CONTINUATION = new Set(['thereby', 'thus', 'hence', 'thereafter', 'subsequently', 'consequently', 'then', 'further', 'ultimately', 'eventually', 'finally', 'also', 'in', 'turn']);

export interface Group {
  first: number;
  last: number;
  ents: number[];
}

export interface Cue {
  at: number;
  /** Last token of a multi-word cue (give rise to). */
  lastAt: number;
  relation: string;
  sign: Sign;
  lineage: 'forward' | 'backward' | undefined;
  /** "X requires Y": the grammatical object is the actor. */
  swap?: boolean;
}

/** What the extractor may ask of the lexicon: the composite process for a cell and an action word. */
export interface ExtractionLexicon {
  compositeOf(cellId: string, action: string): string | undefined;
}

export const NO_LEXICON: ExtractionLexicon = { compositeOf: () => undefined };

/** Verbs whose cell object really names its recruitment: "MSCs attract macrophages". */
export const RECRUITING_LEMMAS = new Set(['recruit', 'attract', 'mobilize', 'mobilise', 'repel']);

export function createView(text: string, mentions: SentenceMention[], lexicon: ExtractionLexicon) {
  const sentence = tokenize(text, mentions);
  const { toks } = sentence;
  const nlp = getNlp();
  const claims: ExtractedClaim[] = [];
  const n = toks.length;
  const isEnt = (i: number): boolean => i >= 0 && i < n && toks[i].ent !== undefined && !isModifier(i);
  const word = (i: number): string => (i >= 0 && i < n ? toks[i].lower : '');
  /** "X-induced …": an entity glued by a hyphen to a compound cue modifies what follows. */
  function isModifier(i: number): boolean {
    const t = toks[i];
    return t.ent !== undefined && t.post === '-' && i + 1 < n && COMPOUND_CUES[toks[i + 1].lower] !== undefined;
  }
  const isAdverbish = (i: number): boolean => toks[i].tags.has('Adverb') && !toks[i].tags.has('Negative') && !NEGATORS.has(word(i));
  /** "multinucleated osteoclasts", "engrafted MSCs": a participle used as an adjective before a noun. */
  const isParticipleAdjective = (i: number): boolean => {
    const t = toks[i];
    if (!t || t.ent !== undefined || !/(ed|en)$/.test(t.lower) || t.post.trim() !== '') return false;
    const next = toks[i + 1];
    return next !== undefined && (next.ent !== undefined || (next.tags.has('Noun') && !next.tags.has('Pronoun')));
  };

  // --- entity groups -------------------------------------------------------------------------------
  const isVerbAt = (i: number): boolean => {
    const t = toks[i];
    if (!t || t.ent !== undefined) return false;
    return (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle')) || nlp.cueLemma(t.lower) !== undefined && !t.tags.has('Noun');
  };
  /** Group to the right of entity token i (an object): stops before a member that starts a new clause. */
  const groupRight = (i: number): Group => {
    const g = groupRightRaw(i);
    // "… promote X, IL-1β, IL-6 and TNF-α from M1 cells inhibit it": a comma list followed by its own verb
    // is the next clause's subject, not more objects.
    const firstComma = g.ents.findIndex((_e, k) => k > 0 && hasComma(toks[g.ents[k - 1]]));
    if (firstComma > 0) {
      for (let k = g.last + 1; k < Math.min(n, g.last + 7); k++) {
        if (hasComma(toks[k - 1]) || endsClause(toks[k - 1])) break;
        if (isVerbAt(k) && !(nlp.isParticiple(word(k)) && word(k + 1) === 'by')) {
          const ents = g.ents.slice(0, firstComma);
          return { first: g.first, last: ents[ents.length - 1], ents };
        }
      }
    }
    return g;
  };
  const groupRightRaw = (i: number): Group => {
    const g: Group = { first: i, last: i, ents: [i] };
    let j = i;
    const pending: number[] = [];
    for (;;) {
      if (toks[j].post.trim() === '/' && isEnt(j + 1)) { g.ents.push(j + 1); g.last = j + 1; j++; continue; } // "CXCL3/CXCL6/CXCL14"
      if (hasComma(toks[j]) && isEnt(j + 1)) { pending.push(j + 1); j++; continue; }
      const coord = coordinatorAt(j + 1);
      if (coord > 0 && isEnt(j + 1 + coord)) {
        const k = j + 1 + coord;
        let after = k + 1;
        while (after < n && isAdverbish(after)) after++;
        if (isVerbAt(after) && !hasComma(toks[k])) break; // "… NFATc1 and TNF-α promotes …": a new clause
        g.ents.push(...pending, k);
        pending.length = 0;
        j = k;
        g.last = k;
        continue;
      }
      break;
    }
    return g;
  };
  /** Group to the left of entity token i (a subject or patient). */
  const groupLeft = (i: number): Group => {
    const g: Group = { first: i, last: i, ents: [i] };
    let j = i;
    let closed = false;
    for (;;) {
      if (j > 0 && toks[j - 1].post.trim() === '/' && isEnt(j - 1)) { j -= 1; g.ents.unshift(j); g.first = j; continue; }
      const before = coordinatorEndingAt(j - 1);
      if (before > 0 && isEnt(j - 1 - before)) { j = j - 1 - before; g.ents.unshift(j); g.first = j; closed = true; continue; }
      if (closed && isEnt(j - 1) && hasComma(toks[j - 1])) { j -= 1; g.ents.unshift(j); g.first = j; continue; }
      break;
    }
    return g;
  };
  function coordinatorAt(i: number): number {
    const w = word(i);
    if (w === 'nor') return 1;
    if (w === 'and' || w === 'or' || w === 'plus' || w === '&' || w === 'and/or') return word(i + 1) === 'both' ? 2 : 1;
    if (w === 'as' && word(i + 1) === 'well' && word(i + 2) === 'as') return 3;
    return 0;
  }
  function coordinatorEndingAt(i: number): number {
    const w = word(i);
    if (w === 'nor') return 1;
    if (w === 'and' || w === 'or' || w === 'plus' || w === '&' || w === 'and/or') return 1;
    if (w === 'as' && word(i - 1) === 'well' && word(i - 2) === 'as') return 3;
    return 0;
  }

  // --- clause structure ----------------------------------------------------------------------------
  /** "but not" inside a phrase ("IL-4, but not IL-13, inhibits …") does not open a new clause. */
  const breaks = (j: number): boolean => CLAUSE_BREAKERS.has(word(j)) && !(word(j) === 'but' && word(j + 1) === 'not');
  const clauseStart = (i: number): number => {
    for (let j = i - 1; j >= 0; j--) {
      if (endsClause(toks[j])) return j + 1;
      if (breaks(j)) return j + 1;
    }
    return 0;
  };
  const clauseEnd = (i: number): number => {
    for (let j = i; j < n; j++) {
      if (endsClause(toks[j])) return j;
      if (j > i && breaks(j)) return j - 1;
    }
    return n - 1;
  };
  /** Skips determiners, adjectives, numbers and adverbs leftwards from i; returns the first other token. */
  const prevContent = (i: number): number => {
    let j = i;
    // A comma closes the phrase before it: "In vitro, IL-4 …" — IL-4 is not inside "in vitro".
    if (j >= 0 && hasComma(toks[j])) return -1;
    while (j >= 0 && toks[j].ent === undefined && (DETERMINERS.has(word(j)) || toks[j].tags.has('Adjective') || toks[j].tags.has('Value') || isAdverbish(j) || isParticipleAdjective(j)) && !PREPOSITIONS.has(word(j))) j--;
    return j;
  };
  /** Is the group starting at token `first` inside a prepositional phrase (not a subject)? Returns the scaffold sign. */
  const headInfo = (first: number): { prepositional: boolean; reverse: boolean } => {
    let p = prevContent(first - 1);
    let reverse = false;
    for (let hops = 0; hops < 3; hops++) {
      if (p < 0) return { prepositional: false, reverse };
      const w = word(p);
      // "Blocking CXCR4 reduced MSC homing" = CXCR4 promotes MSC homing: a gerund that removes the
      // actor reverses its effect ("knocking down", "depleting", "neutralizing" …).
      if (/ing$/.test(w) && toks[p].ent === undefined && p === first - 1) {
        const lemma = nlp.cueLemma(w);
        if (lemma !== undefined && VERB_CUES[lemma]?.sign === -1) return { prepositional: false, reverse: !reverse };
        if (/^(knocking|deleting|silencing|removing|ablating|depleting|lacking)$/.test(w)) return { prepositional: false, reverse: !reverse };
      }
      // "by M1 exosomes": a term modifying the next one belongs to the same phrase; look past it.
      if (toks[p].ent !== undefined && !hasComma(toks[p]) && p === first - 1) {
        p = prevContent(p - 1);
        continue;
      }
      if (w === 'of' || w === 'in') {
        const noun = prevContent(p - 1);
        const nw = word(noun);
        // "expression of X" is X; "expression in X" is about where, and X is not the actor.
        const head = w === 'of' ? SCAFFOLD_NOUNS.has(nw) || REVERSING_SUBJECT_NOUNS.has(nw) || NOMINAL_CUES[nw] !== undefined : NOMINAL_CUES[nw] !== undefined;
        if (noun >= 0 && head) {
          // "the absence of TNF-α delays …", "repression of NFATc1 attenuates …": the actor's effect is reversed.
          if (REVERSING_SUBJECT_NOUNS.has(nw) || NOMINAL_CUES[nw] === -1) reverse = !reverse;
          p = prevContent(noun - 1);
          continue;
        }
        return { prepositional: true, reverse };
      }
      if (w === 'as' && word(p - 1) === 'such') return { prepositional: false, reverse };
      if (w === 'with' || w === 'to') {
        const before = prevContent(p - 1);
        const t = toks[before];
        if (t && t.ent === undefined && CONTACT_WORDS.has(word(before))) {
          return { prepositional: false, reverse };
        }
      }
      return { prepositional: PREPOSITIONS.has(w), reverse };
    }
    return { prepositional: true, reverse };
  };

  /** Subject (or passive patient) of a cue at index v: the last non-prepositional group in its clause region. */
  const subjectBefore = (v: number, regionStart: number): { group: Group; reverse: boolean; composites?: string[] } | undefined => {
    let best: { group: Group; reverse: boolean; composites?: string[] } | undefined;
    // "TNF-α, a cytokine secreted by M1 cells, promotes …": what sits between the last two commas is an aside.
    let end = v;
    if (v - 1 >= regionStart && hasComma(toks[v - 1])) {
      let c = v - 2;
      while (c >= regionStart && !hasComma(toks[c])) c--;
      if (c >= regionStart) end = c + 1;
    }
    for (let j = regionStart; j < end; j++) {
      if (!isEnt(j)) continue;
      const g = groupRight(j);
      if (g.last >= end) continue;
      const gl = groupLeft(g.last);
      const info = headInfo(gl.first);
      const composites = gl.first === g.last ? compositesBefore(gl.first) : undefined;
      if (!info.prepositional || composites) best = { group: { first: gl.first, last: g.last, ents: [...new Set([...gl.ents, ...g.ents])] }, reverse: info.reverse, composites };
      j = g.last;
    }
    return best;
  };

  /** Object of an active cue: first entity group to the right within the clause; also the direction it carries. */
  const objectAfter = (v: number, stop: number, lemma?: string): { group: Group; sign: Sign; negated: boolean; replace?: string[] } | undefined => {
    let sign: Sign = 1;
    let negated = false;
    let from = v + 1;
    if (lemma !== undefined && FROM_VERBS.has(lemma)) {
      // "protects MSCs from apoptosis": the thing prevented follows "from", and may be the cell's own process.
      if (isEnt(v + 1) && word(v + 2) === 'from') {
        const cell = sentence.mentions[toks[v + 1].ent as number];
        const id = lexicon.compositeOf(cell.id, word(v + 3)) ?? lexicon.compositeOf(cell.id, `${word(v + 3)} ${word(v + 4)}`);
        if (id !== undefined) return { group: { first: v + 1, last: v + 1, ents: [v + 1] }, sign, negated, replace: [id] };
      }
      let k = v + 1;
      while (k <= stop && k < v + 8 && word(k) !== 'from') k++;
      if (word(k) !== 'from') return undefined;
      from = k;
    }
    for (let j = from, steps = 0; j <= stop && steps < 12; j++, steps++) {
      const w = word(j);
      if (isEnt(j)) {
        let g = groupRight(j);
        const after = word(g.last + 1);
        const compoundSign = NOMINAL_CUES[after];
        if (compoundSign !== undefined && !toks[g.last].post.includes(',')) sign = (sign * compoundSign) as Sign; // "NFATc1 activation"
        // "skews macrophages toward M2", "conversion of macrophages into M2 macrophages": the phenotype is the object.
        const objectText = text.slice(toks[g.first].ostart, toks[g.first].oend).toLowerCase();
        const steering = lemma === undefined || STEERING_VERBS.has(lemma) || /polari[sz]ation|transition|conversion|switch|shift/.test(objectText)
          || [j - 1, j - 2, j - 3].some((x) => x > v && /^(conversion|polari[sz]ation|shift|switch|transition|transformation|reprogramming)$/.test(word(x)));
        const target = steering ? phenotypeTarget(g.last + 1, stop) : undefined;
        if (target) return { group: target.group, sign: (sign * target.sign) as Sign, negated };
        if (lemma !== undefined && RECRUITING_LEMMAS.has(lemma) && g.ents.length === 1) {
          const cell = sentence.mentions[toks[g.first].ent as number];
          const id = lexicon.compositeOf(cell.id, 'recruitment');
          if (id !== undefined) return { group: g, sign, negated, replace: [id] };
        }
        const composites = g.ents.length === 1 ? compositesBefore(g.first) : undefined;
        return { group: g, sign, negated, replace: composites };
      }
      if (w === 'no' || w === 'without') { negated = !negated; continue; }
      // "hinders their transition from the M1 to the M2 phenotype"
      if (['from', 'toward', 'towards', 'to', 'into'].includes(w) && /^(conversion|polari[sz]ation|shift|switch|transition|transformation|reprogramming)$/.test(word(j - 1))) {
        const target = phenotypeTarget(j, stop);
        if (target) return { group: target.group, sign: (sign * target.sign) as Sign, negated };
      }
      if (toks[j].ent !== undefined) continue; // a modifier entity ("RANKL-induced"): the head follows
      if (j > v + 1 && (hasComma(toks[j - 1]) || endsClause(toks[j - 1]))) return undefined;
      if (['which', 'that', 'whereas', 'while', 'by', 'but', 'response', 'upon', 'after', 'following', 'during', 'despite', 'because', 'due', 'unlike'].includes(w)) return undefined;
      const nominal = NOMINAL_CUES[w];
      if (nominal !== undefined && !toks[j].tags.has('Verb')) { sign = (sign * nominal) as Sign; continue; }
      if (SCAFFOLD_NOUNS.has(w) || DETERMINERS.has(w) || COMPOUND_CUES[w] !== undefined) continue;
      if (['of', 'in', 'on', 'to', 'toward', 'towards', 'into', 'for', 'up', 'down', 'both', 'directly', 'not', 'only', 'but', 'also'].includes(w)) continue;
      if (toks[j].tags.has('Adjective') || toks[j].tags.has('Adverb') || toks[j].tags.has('Value') || isParticipleAdjective(j)) continue;
      if (isVerbAt(j)) return undefined;
      if (toks[j].tags.has('Noun')) continue; // "promotes the osteogenic potential of MSCs"
      return undefined;
    }
    return undefined;
  };

  /** Words of a verb group: auxiliaries, modals, negation, adverbs, "fail to", "appear to". */
  const inVerbGroup = (j: number): boolean => {
    const w = word(j);
    // compromise splits "cannot" into "cannot" and an empty negative term: both belong to the group.
    if (w === '' && toks[j].tags.has('Negative')) return true;
    return AUXILIARIES.has(w) || NEGATORS.has(w) || FAILURE_VERBS.has(w) || HEDGE_WORDS.has(w) || HEDGE_VERBS.has(w) || MODAL_HEDGES.has(w)
      || isAdverbish(j) || ['to', 'able', 'longer', 'only', 'also', 'then', 'thereby', 'thus', 'further', 'induced', 'made', 'shown', 'found',
        'reported', 'known', 'observed', 'demonstrated', 'predicted', 'unlikely', 'likely', 'going'].includes(w);
  };
  /**
   * Negation and hedging of one verb: only its own verb group counts, so "X is not conducive to Y,
   * as it can damage Z" does not negate "damage".
   */
  /**
   * "the apoptosis of engrafted MSCs", "the viability and the migration of co-cultured MSCs": a cell
   * after "of" with modifiers in between still names the cell's process. Returns the process ids.
   */
  const compositesBefore = (k: number): string[] | undefined => {
    const cell = sentence.mentions[toks[k].ent as number];
    if (cell.type !== 'cell') return undefined;
    let j = k - 1;
    while (j >= 0 && toks[j].ent === undefined && (toks[j].tags.has('Adjective') || isParticipleAdjective(j) || DETERMINERS.has(word(j)) || /(ed|ing)$/.test(word(j)) && !hasComma(toks[j]))) j--;
    if (word(j) !== 'of') return undefined;
    const ids: string[] = [];
    j--;
    for (let guard = 0; guard < 4 && j >= 0; guard++) {
      const one = lexicon.compositeOf(cell.id, word(j));
      const two = j > 0 ? lexicon.compositeOf(cell.id, `${word(j - 1)} ${word(j)}`) : undefined;
      const id = two ?? one;
      if (id === undefined) break;
      ids.push(id);
      j -= two !== undefined ? 2 : 1;
      while (j >= 0 && DETERMINERS.has(word(j))) j--;
      if (!(word(j) === 'and' || word(j) === 'or' || hasComma(toks[j] ?? toks[0]))) break;
      j--;
      while (j >= 0 && DETERMINERS.has(word(j))) j--;
    }
    return ids.length > 0 ? ids : undefined;
  };

  /**
   * "… macrophages toward the M2 phenotype", "… from the M1 to the M2 state", "… away from the M2-like
   * phenotype": the phenotype a steering verb names, with −1 for "away from".
   */
  const phenotypeTarget = (from: number, stop: number): { group: Group; sign: Sign } | undefined => {
    let k = from;
    let sign: Sign = 1;
    if (word(k) === 'away' && word(k + 1) === 'from') { sign = -1; k += 2; }
    else if (word(k) === 'from') {
      let t = k + 1;
      while (t <= stop && t < k + 6 && !['to', 'toward', 'towards', 'into'].includes(word(t))) t++;
      if (t > stop || t >= k + 6) return undefined;
      k = t + 1;
    } else if (['toward', 'towards', 'to', 'into'].includes(word(k))) k++;
    else return undefined;
    for (let steps = 0; k <= stop && steps < 5; k++, steps++) {
      if (isEnt(k)) {
        const m = sentence.mentions[toks[k].ent as number];
        return m.type === 'cell' ? { group: groupRight(k), sign } : undefined;
      }
      if (hasComma(toks[k]) || endsClause(toks[k])) return undefined;
    }
    return undefined;
  };

  const polarity = (from: number, to: number): { negated: boolean; hedged: boolean } => {
    let negated = false;
    let hedged = false;
    let start = to;
    while (start - 1 >= Math.max(0, from) && inVerbGroup(start - 1) && !hasComma(toks[start - 1])) start--;
    for (let j = start; j < to; j++) {
      const w = word(j);
      if ((w === 'not' || w === "n't") && word(j + 1) === 'only') continue;
      if (NEGATORS.has(w) || (FAILURE_VERBS.has(w) && (word(j + 1) === 'to' || w === 'unable'))) negated = !negated;
      if (w === 'no' && word(j + 1) === 'longer') continue;
      if (MODAL_HEDGES.has(w) || HEDGE_WORDS.has(w)) hedged = true;
    }
    return { negated, hedged };
  };
  // Where the sentence turns into a question ("whether", "if") or a hedge ("suggest", "possibly"): found
  // once, so asking for a clause's frame costs nothing however many cues the sentence has.
  let firstSkip = n;
  let firstHedge = n;
  for (let j = 0; j < n && firstSkip === n; j++) {
    const w = word(j);
    if (w === 'whether' || (w === 'if' && word(j - 1) !== 'as' && word(j - 1) !== 'even')) firstSkip = j;
    else if (firstHedge === n && (HEDGE_VERBS.has(w) || HEDGE_WORDS.has(w) || w === 'possible' || w === 'unclear' || w === 'unknown' || w === 'hypothesis')) firstHedge = j;
  }
  /** Hedges and "whether"/"if" earlier in the sentence govern every clause after them. */
  const sentenceFrame = (v: number): { skip: boolean; hedged: boolean } => ({ skip: firstSkip < v, hedged: firstHedge < v });

  const spanOfToks = (a: number, b: number): { start: number; end: number } => ({ start: toks[a].ostart, end: toks[b].oend });
  const contextFor = (from: number, to: number, subjectGroup: Group): ClaimContext => {
    const ctx = contextOf(text.slice(toks[Math.max(0, from)].ostart, toks[Math.min(n - 1, to)].oend));
    const source = sourceOf(subjectGroup);
    if (source !== undefined) ctx.source = source;
    return ctx;
  };
  /** "M1-derived TNF-α", "TNF-α secreted by M1 macrophages", "exosomes from M1 macrophages". */
  const sourceOf = (g: Group): string | undefined => {
    const mod = g.first - 1;
    if (mod >= 1 && COMPOUND_CUES[word(mod)] === 'source' && toks[mod - 1].ent !== undefined) {
      const m = sentence.mentions[toks[mod - 1].ent as number];
      if (m.type === 'cell') return m.id;
    }
    let j = g.last + 1;
    if (['secreted', 'released', 'produced', 'derived', 'generated', 'isolated'].includes(word(j))) j++;
    if ((word(j) === 'by' || word(j) === 'from' || word(j) === 'of') && j !== g.last + 1 || word(j) === 'from') {
      let k = j + 1;
      while (k < n && DETERMINERS.has(word(k))) k++;
      if (toks[k]?.ent !== undefined) {
        const m = sentence.mentions[toks[k].ent as number];
        if (m.type === 'cell') return m.id;
      }
    }
    return undefined;
  };

  const emit = (c: Omit<ExtractedClaim, 'span'> & { span?: { start: number; end: number } }): void => {
    const parts = [c.subjectSpan, c.objectSpan, c.cueSpan].filter((s): s is { start: number; end: number } => s !== undefined);
    const span = c.span ?? { start: Math.min(...parts.map((s) => s.start)), end: Math.max(...parts.map((s) => s.end)) };
    if (claims.some((x) => x.subject === c.subject && x.object === c.object && x.relation === c.relation && x.negated === c.negated)) return;
    claims.push({ ...c, span });
  };
  const mentionOf = (tokIndex: number): SentenceMention => sentence.mentions[toks[tokIndex].ent as number];
  const pairUp = (subjects: Group, objects: Group, respectively: boolean): Array<[number, number]> => {
    if (respectively && subjects.ents.length === objects.ents.length) return subjects.ents.map((s, k) => [s, objects.ents[k]]);
    const out: Array<[number, number]> = [];
    for (const s of subjects.ents) for (const o of objects.ents) out.push([s, o]);
    return out;
  };
  const emitPairs = (cue: Cue, subj: Group, obj: Group, sign: Sign, extra: { negated: boolean; hedged: boolean; passive: boolean; ctx: ClaimContext; end: number; objectIds?: string[]; subjectIds?: string[] }): void => {
    const respectively = text.slice(toks[obj.last].oend, toks[Math.min(n - 1, obj.last + 3)].oend).toLowerCase().includes('respectively');
    const pairs: Array<[SentenceMention, SentenceMention]> = [];
    for (const [s, o] of pairUp(subj, obj, respectively)) {
      const sms = extra.subjectIds ? extra.subjectIds.map((id) => ({ ...mentionOf(s), id, type: 'process' })) : [mentionOf(s)];
      const oms = extra.objectIds ? extra.objectIds.map((id) => ({ ...mentionOf(o), id, type: 'process' })) : [mentionOf(o)];
      for (const a of sms) for (const b of oms) pairs.push([a, b]);
    }
    for (const [sm, om] of pairs) {
      if (sm.ambiguous || om.ambiguous || sm.id === om.id) continue;
      const lineage = cue.lineage !== undefined;
      if (lineage && (sm.type !== 'cell' || om.type !== 'cell')) continue;
      const [from, into] = cue.lineage === 'backward' ? [om, sm] : [sm, om];
      emit({
        kind: lineage ? 'lineage' : 'interaction',
        subject: lineage ? from.id : sm.id,
        object: lineage ? into.id : om.id,
        relation: lineage ? 'differentiates-into' : sign === cue.sign ? cue.relation : sign === 1 ? 'promotes' : sign === -1 ? 'inhibits' : cue.relation,
        sign: lineage ? 0 : sign,
        negated: extra.negated,
        hedged: extra.hedged,
        passive: extra.passive,
        context: extra.ctx,
        subjectSpan: { start: sm.start, end: sm.end },
        objectSpan: { start: om.start, end: om.end },
        cueSpan: spanOfToks(cue.at, cue.lastAt),
        cueText: text.slice(toks[cue.at].ostart, toks[cue.lastAt].oend),
      });
    }
  };

  // --- verb cues -------------------------------------------------------------------------------------
  const verbCueAt = (i: number): Cue | undefined => {
    const t = toks[i];
    if (t.ent !== undefined) return undefined;
    const w = t.lower;
    if ((w === 'give' || w === 'gives' || w === 'gave' || w === 'giving' || w === 'given') && word(i + 1) === 'rise' && word(i + 2) === 'to') {
      return { at: i, lastAt: i + 2, relation: 'differentiates-into', sign: 0, lineage: 'forward' };
    }
    if (/^(become|becomes|became|mature|matures|matured|develop|develops|developed|transform|transforms|transformed|turn|turns)$/.test(w) && (LINEAGE_INTO.has(word(i + 1)) || /^becom|^became/.test(w))) {
      return { at: i, lastAt: /^becom|^became/.test(w) ? i : i + 1, relation: 'differentiates-into', sign: 0, lineage: 'forward' };
    }
    if (/^(derive|derives|derived|originate|originates|originated|arise|arises|arose|come|comes|stem|stems|stemmed)$/.test(w) && word(i + 1) === 'from') {
      return { at: i, lastAt: i + 1, relation: 'differentiates-into', sign: 0, lineage: 'backward' };
    }
    if (/^(lead|leads|led|leading|contribute|contributes|contributed|contributing)$/.test(w) && word(i + 1) === 'to') {
      return { at: i, lastAt: i + 1, relation: 'promotes', sign: 1, lineage: undefined };
    }
    if (/^(result|results|resulted|resulting)$/.test(w) && word(i + 1) === 'in') return { at: i, lastAt: i + 1, relation: 'promotes', sign: 1, lineage: undefined };
    if (/^(require|requires|required|requiring|need|needs|needed)$/.test(w) && !BE_FORMS_LOCAL.has(word(i - 1))) return { at: i, lastAt: i, relation: 'promotes', sign: 1, lineage: undefined, swap: true };
    if (/^(depend|depends|depended|rely|relies|relied)$/.test(w) && word(i + 1) === 'on') return { at: i, lastAt: i + 1, relation: 'promotes', sign: 1, lineage: undefined, swap: true };
    const lemma = nlp.cueLemma(w);
    if (lemma === undefined) return undefined;
    // "release of IL-6", "increase of …": a cue word followed by "of" is a noun here, not a verb.
    if (word(i + 1) === 'of' && !isEnt(i - 1) && !AUXILIARIES.has(word(i - 1))) return undefined;
    // "sustained release of …", "an increased expression of …": a participle describing a noun.
    if (/ed$/.test(w) && !isEnt(i - 1) && !AUXILIARIES.has(word(i - 1)) && !(i > 0 && isAdverbish(i - 1)) && toks[i + 1]?.ent === undefined
      && toks[i + 1]?.tags.has('Noun') && !toks[i + 1]?.tags.has('Pronoun') && word(i + 1) !== 'by') return undefined;
    // A noun use ("an increase in", "the release of") is a nominal cue, not a verb.
    if (t.tags.has('Noun') && !t.tags.has('Verb')) {
      const p = word(i - 1);
      const verbContext = isEnt(i - 1) || AUXILIARIES.has(p) || NEGATORS.has(p) || ['which', 'that', 'who', 'to', 'also', 'then', 'further', 'thereby'].includes(p) || (i > 0 && isAdverbish(i - 1));
      if (p !== 'that' && DETERMINERS.has(p) || (t.tags.has('Plural') && !verbContext)) return undefined;
    }
    if (lemma === 'differentiate') {
      if (!LINEAGE_INTO.has(word(i + 1))) return undefined;
      return { at: i, lastAt: i + 1, relation: 'differentiates-into', sign: 0, lineage: 'forward' };
    }
    const cue = VERB_CUES[lemma];
    return { at: i, lastAt: i, relation: cue.relation, sign: cue.sign, lineage: undefined };
  };

  return { text, lexicon, toks, sentence, nlp, claims, n, isEnt, word, isAdverbish, isParticipleAdjective, isVerbAt, groupRight, groupRightRaw, groupLeft, clauseStart, clauseEnd, prevContent, headInfo, subjectBefore, objectAfter, inVerbGroup, compositesBefore, phenotypeTarget, polarity, sentenceFrame, spanOfToks, contextFor, sourceOf, emit, mentionOf, pairUp, emitPairs, verbCueAt, isModifier, coordinatorAt, coordinatorEndingAt };
}

export type View = ReturnType<typeof createView>;
