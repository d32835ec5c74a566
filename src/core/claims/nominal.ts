/**
 * Claims without a main verb: nominalisations ("inhibition of X by Y", "Y-mediated activation of X"),
 * compounds ("RANKL-induced osteoclast formation"), effect and agent nouns ("an inhibitory effect of X
 * on Y", "a negative regulator of Y"), and change verbs ("OPG rises in response to TNF-α").
 */
import type { Sign } from '../lexicon/relations';
import { AGENT_NOUNS, BE_FORMS, CHANGE_VERBS, COMPOUND_CUES, DETERMINERS, EFFECT_ADJECTIVES, HEDGE_WORDS, MODAL_HEDGES, NOMINAL_CUES, PREDICATE_ADJECTIVES, PRECURSOR_NOUNS, REGULATOR_ADJECTIVES, REQUIREMENT_ADJECTIVES, SCAFFOLD_NOUNS, SOURCE_NOUNS } from './cues';
import type { Group, View } from './view';

export function extractNominalClaims(view: View): void {
  const { toks, n, isEnt, word, isAdverbish, groupRight, clauseStart, subjectBefore, polarity, sentenceFrame, spanOfToks, contextFor, emit, mentionOf, emitPairs, isModifier } = view;
  function nominalClaims(): void {
    for (let i = 0; i < n; i++) {
      const w = word(i);
      const frame = sentenceFrame(i);
      if (frame.skip) continue;
      // "X-induced Y" / "X-mediated inhibition of Y" / "the X-induced increase in Y"
      if (toks[i].ent !== undefined && isModifier(i)) {
        const compound = COMPOUND_CUES[word(i + 1)];
        if (compound === 'modifier') continue; // "IFN-γ-primed MSCs": describes the cell, claims nothing
        let j = i + 2;
        while (j < n && (DETERMINERS.has(word(j)) || toks[j].tags.has('Adjective')) && toks[j].ent === undefined && NOMINAL_CUES[word(j)] === undefined) j++;
        const nominal = NOMINAL_CUES[word(j)];
        let target: number | undefined;
        let sign: Sign = compound === 'source' ? 0 : compound;
        if (nominal !== undefined && (word(j + 1) === 'of' || word(j + 1) === 'in')) {
          let k = j + 2;
          // Skip determiners, scaffolds and other modifiers: "increase in TNF-α-induced nuclear translocation of c-Fos".
          while (k < n && k < j + 10 && !isEnt(k) && (DETERMINERS.has(word(k)) || SCAFFOLD_NOUNS.has(word(k)) || word(k) === 'of' || toks[k].ent !== undefined || COMPOUND_CUES[word(k)] !== undefined || toks[k].tags.has('Adjective'))) k++;
          if (isEnt(k)) { target = k; sign = nominal; }
        } else if (isEnt(j)) {
          target = j;
        }
        if (target === undefined) continue;
        const sm = mentionOf(i);
        const om = mentionOf(target);
        if (sm.ambiguous || om.ambiguous || sm.id === om.id) continue;
        const pol = nominalPolarity(i, target);
        if (compound === 'source') {
          const lineage = sm.type === 'cell' && om.type === 'cell';
          emit({
            kind: lineage ? 'lineage' : 'interaction', subject: sm.id, object: om.id, relation: lineage ? 'differentiates-into' : 'secretes', sign: 0,
            negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, context: {},
            subjectSpan: { start: sm.start, end: sm.end }, objectSpan: { start: om.start, end: om.end }, cueSpan: spanOfToks(i + 1, i + 1), cueText: toks[i + 1].text,
          });
          continue;
        }
        emit({
          kind: 'interaction', subject: sm.id, object: om.id, relation: sign === 1 ? 'promotes' : 'inhibits', sign,
          negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, context: contextFor(clauseStart(i), target, { first: i, last: i, ents: [i] }),
          subjectSpan: { start: sm.start, end: sm.end }, objectSpan: { start: om.start, end: om.end },
          cueSpan: spanOfToks(nominal !== undefined && target !== j ? j : i + 1, nominal !== undefined && target !== j ? j : i + 1),
          cueText: nominal !== undefined && target !== j ? toks[j].text : toks[i + 1].text,
        });
        continue;
      }
      // "inhibition of X by Y"
      const nominal = NOMINAL_CUES[w];
      if (nominal !== undefined && toks[i].ent === undefined && (word(i + 1) === 'of' || word(i + 1) === 'in')) {
        let k = i + 2;
        while (k < n && (DETERMINERS.has(word(k)) || SCAFFOLD_NOUNS.has(word(k)) || word(k) === 'of') && !isEnt(k)) k++;
        if (!isEnt(k)) continue;
        const objects = groupRight(k);
        let a = objects.last + 1;
        if (word(a) !== 'by') continue;
        a++;
        while (a < n && DETERMINERS.has(word(a))) a++;
        if (!isEnt(a)) continue;
        const agents = groupRight(a);
        const pol = nominalPolarity(i, agents.last);
        emitPairs({ at: i, lastAt: i, relation: nominal === 1 ? 'promotes' : 'inhibits', sign: nominal, lineage: undefined }, agents, objects, nominal, {
          negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(clauseStart(i), agents.last, agents), end: agents.last,
        });
        continue;
      }
      // "an inhibitory effect of X on Y", "X has a stimulatory effect on Y"
      const adj = EFFECT_ADJECTIVES[w];
      if (adj !== undefined && /^(effects?|roles?|influences?|impacts?|actions?|activity)$/.test(word(i + 1))) {
        let k = i + 2;
        let subj: Group | undefined;
        if (word(k) === 'of') {
          k++;
          while (k < n && DETERMINERS.has(word(k))) k++;
          if (isEnt(k)) { subj = groupRight(k); k = subj.last + 1; }
        }
        if (!subj) {
          const found = subjectBefore(i, clauseStart(i));
          subj = found?.group;
        }
        if (!subj || !(word(k) === 'on' || word(k) === 'in' || word(k) === 'toward' || word(k) === 'towards')) continue;
        k++;
        while (k < n && (DETERMINERS.has(word(k)) || SCAFFOLD_NOUNS.has(word(k)) || word(k) === 'of') && !isEnt(k)) k++;
        if (!isEnt(k)) continue;
        const pol = polarity(subj.last + 1, i);
        emitPairs({ at: i, lastAt: i + 1, relation: adj === 1 ? 'promotes' : 'inhibits', sign: adj, lineage: undefined }, subj, groupRight(k), adj, {
          negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(clauseStart(i), k, subj), end: k,
        });
        continue;
      }
      // "X is a potent inducer of Y", "a negative regulator of Y", "the main source of Y", "X is essential for Y",
      // "X is detrimental to Y"
      let agentSign = AGENT_NOUNS[w];
      if ((w === 'regulator' || w === 'modulator' || w === 'mediator') && REGULATOR_ADJECTIVES[word(i - 1)] !== undefined) agentSign = REGULATOR_ADJECTIVES[word(i - 1)];
      const required = REQUIREMENT_ADJECTIVES.has(w) && word(i + 1) === 'for';
      const predicate = PREDICATE_ADJECTIVES[w] !== undefined && ['for', 'to', 'toward', 'towards'].includes(word(i + 1)) ? PREDICATE_ADJECTIVES[w] : undefined;
      const source = (SOURCE_NOUNS.has(w) || PRECURSOR_NOUNS.has(w)) && (word(i + 1) === 'of' || (PRECURSOR_NOUNS.has(w) && word(i + 1) === 'for'));
      if ((agentSign !== undefined && agentSign !== 0 && (word(i + 1) === 'of' || (w === 'brake' && word(i + 1) === 'on'))) || required || predicate !== undefined || source) {
        const sign: Sign = source ? 0 : required ? 1 : predicate !== undefined ? predicate : (agentSign as Sign);
        if (required && (w === 'important' || w === 'key' || w === 'pivotal') && word(i - 1) !== 'is' && word(i - 1) !== 'are') continue;
        let k = i + 2;
        while (k < n && (DETERMINERS.has(word(k)) || SCAFFOLD_NOUNS.has(word(k)) || word(k) === 'of') && !isEnt(k)) k++;
        if (!isEnt(k)) continue;
        let c = i - 1;
        while (c >= 0 && (DETERMINERS.has(word(c)) || toks[c].tags.has('Adjective') || isAdverbish(c))) c--;
        if (!(BE_FORMS.has(word(c)) || word(c) === 'as' || word(c) === 'remains' || word(c) === 'remain')) continue;
        const found = subjectBefore(c, clauseStart(c));
        if (!found) continue;
        const pol = polarity(found.group.last + 1, i);
        const lineage = PRECURSOR_NOUNS.has(w) ? 'forward' as const : undefined;
        emitPairs({ at: i, lastAt: i + 1, relation: source ? 'secretes' : sign === 1 ? 'promotes' : 'inhibits', sign, lineage }, found.group, groupRight(k), sign, {
          negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(clauseStart(c), k, found.group), end: k,
        });
      }
    }
  }

  /** "OPG output rises in response to TNF-α", "MSC numbers fall after IL-1β treatment". */
  function changeClaims(): void {
    for (let i = 1; i < n; i++) {
      const sign = CHANGE_VERBS[word(i)];
      if (sign === undefined) continue;
      let k = i + 1;
      if (word(k) === 'in' && word(k + 1) === 'response' && word(k + 2) === 'to') k += 3;
      else if (['upon', 'after', 'following', 'with'].includes(word(k))) k += 1;
      else continue;
      while (k < n && (DETERMINERS.has(word(k)) || SCAFFOLD_NOUNS.has(word(k)) || word(k) === 'of') && !isEnt(k)) k++;
      if (!isEnt(k)) continue;
      const frame = sentenceFrame(i);
      if (frame.skip) continue;
      const patient = subjectBefore(i, clauseStart(i));
      if (!patient) continue;
      const pol = polarity(patient.group.last + 1, i);
      const agents = groupRight(k);
      emitPairs({ at: i, lastAt: i, relation: sign === 1 ? 'increases' : 'reduces', sign, lineage: undefined }, agents, patient.group, sign, {
        negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(clauseStart(i), agents.last, agents), end: agents.last,
      });
    }
  }

  /** Negation of a nominal claim: "no inhibition of …", "… was not observed", "absence of …-induced …". */
  function nominalPolarity(from: number, to: number): { negated: boolean; hedged: boolean } {
    let negated = false;
    let hedged = false;
    for (let j = Math.max(0, from - 3); j < from; j++) {
      if (word(j) === 'no' || word(j) === 'without' || word(j) === 'lack' || word(j) === 'absence') negated = true;
      if (MODAL_HEDGES.has(word(j)) || HEDGE_WORDS.has(word(j))) hedged = true;
    }
    for (let j = to + 1; j < Math.min(n, to + 6); j++) {
      if (word(j) === 'not' || word(j) === 'never') {
        if (/^(observed|detected|seen|found|occur|occurred|apparent|evident)$/.test(word(j + 1)) || word(j + 1) === 'be') negated = true;
      }
      if (MODAL_HEDGES.has(word(j))) hedged = true;
    }
    return { negated, hedged };
  }

  nominalClaims();
  changeClaims();
}
