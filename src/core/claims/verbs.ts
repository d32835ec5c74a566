/**
 * Claims carried by verbs: active and passive voice, coordination, relative clauses, infinitive and
 * participle continuations, lineage verbs, with negation, hedging and context.
 */
import type { Sign } from '../lexicon/relations';
import { AUXILIARIES, BE_FORMS, DETERMINERS, FAILURE_VERBS, HEDGE_VERBS, NEGATORS, SCAFFOLD_NOUNS } from './cues';
import { CONTACT_WORDS, RAISING_WORDS, CONTINUATION, type Group, type View } from './view';
import { hasComma } from './tokens';

export function extractVerbClaims(view: View): void {
  const { toks, nlp, n, isEnt, word, isAdverbish, groupRight, groupLeft, clauseStart, clauseEnd, subjectBefore, objectAfter, polarity, sentenceFrame, contextFor, mentionOf, emitPairs, verbCueAt } = view;
  /** The last verb's claim: its actor, where its object ended, and whether it sat in a relative clause. */
  interface Done { subj: Group; objEnd: number; cueAt: number; relative?: boolean }
  let previous: Done | undefined;
  for (let v = 0; v < n; v++) {
    const cue = verbCueAt(v);
    if (!cue) continue;
    const frame = sentenceFrame(v);
    if (frame.skip) { previous = undefined; continue; }
    const cs = clauseStart(v);
    const ce = clauseEnd(cue.lastAt);
    // Passive: a form of "be" before the participle and an agent after "by".
    let b = v - 1;
    while (b >= cs && (isAdverbish(b) || NEGATORS.has(word(b)))) b--;
    const participle = nlp.isParticiple(word(v)) || toks[v].tags.has('Passive') || toks[v].tags.has('PastTense');
    const bePassive = participle && b >= 0 && BE_FORMS.has(word(b));
    const reducedPassive = participle && !bePassive && b >= 0 && isEnt(b) && word(cue.lastAt + 1) === 'by';
    if (participle && !bePassive && !reducedPassive && b >= 0 && isEnt(b) && b === v - 1 && /ed$|en$/.test(word(v)) && ['from', 'in', 'at', 'into', 'to', 'with', 'through', 'via', 'under', 'on'].includes(word(cue.lastAt + 1))) {
      continue; // "mitochondria transferred from MSCs …", "OPG produced in …": a modifier of the subject, not the main verb
    }
    if ((bePassive || reducedPassive) && cue.lineage === undefined) {
      let k = cue.lastAt + 1;
      while (k <= ce && (isAdverbish(k) || word(k) === 'not')) k++;
      // The agent: "by X", or the lab's "following / after / upon X treatment", "in response to X".
      if (word(k) === 'by') k++;
      else if (['following', 'after', 'upon'].includes(word(k))) k++;
      else if (word(k) === 'in' && word(k + 1) === 'response' && word(k + 2) === 'to') k += 3;
      else {
        // "In the presence of TNF-α, X is suppressed": the agent named at the clause's start.
        let found = -1;
        for (let t = cs; t + 3 < v && found < 0; t++) if (word(t) === 'presence' && word(t + 1) === 'of' && isEnt(t + 2)) found = t + 2;
        if (found < 0) { previous = undefined; continue; }
        const agent = groupRight(found);
        const patient = subjectBefore(b, agent.last + 1);
        if (patient) {
          const pol = polarity(patient.group.last + 1, v);
          emitPairs(cue, agent, patient.group, cue.sign, {
            negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(cs, v, agent), end: v,
          });
        }
        continue;
      }
      while (k <= ce && (DETERMINERS.has(word(k)) || SCAFFOLD_NOUNS.has(word(k)) || CONTACT_WORDS.has(word(k)) || word(k) === 'of' || (word(k) === 'with' && CONTACT_WORDS.has(word(k - 1))) || toks[k].tags.has('Adjective')) && !isEnt(k)) k++;
      if (!isEnt(k)) continue;
      const agent = groupRight(k);
      const patient = reducedPassive ? { group: groupLeft(b), reverse: false } : subjectBefore(b, previous && previous.cueAt >= cs ? previous.objEnd + 1 : cs);
      if (!patient) continue;
      const pol = polarity(patient.group.last + 1, v);
      emitPairs(cue, agent, patient.group, cue.sign, {
        negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(cs, agent.last, agent), end: agent.last,
      });
      // A reduced relative ("TGF-β secreted by MSCs impairs …") sits inside the subject: the main verb still needs it.
      if (!reducedPassive) previous = { subj: agent, objEnd: agent.last, cueAt: v };
      continue;
    }
    // Active voice: who acts?
    let s = v - 1;
    while (s >= cs && (isAdverbish(s) || AUXILIARIES.has(word(s)) || NEGATORS.has(word(s)) || CONTINUATION.has(word(s)) || HEDGE_VERBS.has(word(s))
      || (word(s) === 'to' && (HEDGE_VERBS.has(word(s - 1)) || FAILURE_VERBS.has(word(s - 1)) || RAISING_WORDS.has(word(s - 1))))
      || (RAISING_WORDS.has(word(s)) && word(s + 1) === 'to'))) s--;
    let subject: { group: Group; reverse: boolean; composites?: string[] } | undefined;
    const lw = word(s);
    let relative = false;
    if ((lw === 'which' || lw === 'that' || lw === 'who') && s >= 1) {
      // Relative clause: the antecedent is the group just before the pronoun.
      const a = s - 1;
      relative = true;
      if (isEnt(a)) subject = { group: groupLeft(a), reverse: false };
      else if (previous) subject = { group: previous.subj, reverse: false };
    } else if (previous?.relative && s >= 0 && hasComma(toks[s]) && previous.objEnd === s) {
      // "M2 macrophages, which secrete TGF-β1, support …": after the relative clause the antecedent acts.
      subject = { group: previous.subj, reverse: false };
    } else if (previous && (lw === 'and' || lw === 'or' || lw === 'to' || lw === 'by' || lw === 'in' || toks[v].tags.has('Gerund') && (s < 0 || hasComma(toks[s]) || CONTINUATION.has(word(s + 1))))) {
      subject = { group: previous.subj, reverse: false }; // coordinated verb, purpose or means: same actor
    } else {
      const regionStart = previous && previous.cueAt >= cs ? previous.objEnd + 1 : cs;
      subject = subjectBefore(s + 1, regionStart);
    }
    if (!subject) { continue; }
    if (cue.lineage === 'backward' && isEnt(v - 1) && mentionOf(v - 1).type !== 'cell') continue; // "TGF-β3 derived from M2 cells": a source, not a lineage
    const object = objectAfter(cue.lastAt, ce, nlp.cueLemma(word(v)));
    if (!object) {
      // "a cytokine produced by M1 macrophages": a participle with an agent describes a noun; it is no clause.
      if (word(cue.lastAt + 1) !== 'by') previous = { subj: subject.group, objEnd: cue.lastAt, cueAt: v, relative };
      continue;
    }
    const pol = polarity(subject.group.last + 1, v);
    if (object.negated) pol.negated = !pol.negated;
    if (word(subject.group.first - 1) === 'neither') pol.negated = !pol.negated; // "Neither X nor Y promotes …"
    let sign = (cue.sign * object.sign) as Sign;
    if (subject.reverse) sign = (-sign) as Sign;
    const [actor, acted] = cue.swap ? [object.group, subject.group] : [subject.group, object.group];
    emitPairs(cue, actor, acted, sign, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(cs, object.group.last, subject.group), end: object.group.last,
      objectIds: object.replace, subjectIds: subject.composites,
    });
    previous = { subj: subject.group, objEnd: object.group.last, cueAt: v, relative };
  }

}
