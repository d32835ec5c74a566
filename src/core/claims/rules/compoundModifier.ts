/**
 * Compounds: "RANKL-induced osteoclast formation", "IL-4-mediated inhibition of NFATc1", "M1-derived
 * TNF-α" (a source, read as secretion). "IFN-γ-primed MSCs" only describes the cells and claims nothing.
 */
import type { Sign } from '../../lexicon/relations';
import { COMPOUND_CUES, DETERMINERS, NOMINAL_CUES, NOMINAL_DENIALS, NOUN_MODIFIERS, SCAFFOLD_NOUNS, TISSUE_WORDS } from '../grammar';
import { hasComma } from '../tokens';
import { emit, turningPrefixBefore, type ClaimSink } from '../sink';
import { entityAhead } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { coordinatorAt, groupRight, single } from '../sentence/groups';
import { nominalPolarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { compoundCueWord, isAdverbish, isEnt, isModifier, mentionOf, spanOfToks, suspendedCompoundPartner, word } from '../sentence/words';
import type { Rule } from './rule';

function readCompounds(v: SentenceView, sink: ClaimSink): void {
  const { toks, n } = v;
  for (let i = 0; i < n; i++) {
    if (toks[i].ent === undefined || !isModifier(v, i)) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const cueAt = compoundCueAt(v, i);
    const compound = COMPOUND_CUES[compoundCueWord(v, cueAt)];
    if (compound === 'modifier') continue;
    if (compound === 'producer' || compound === 'expresser') {
      readProducer(v, sink, i, compound, frame.hedged);
      continue;
    }
    let j = cueAt + 1;
    // ("RANKL-mediated human osteoclast development": a word of species or origin the tagger takes for a noun.)
    // ("RANKL-stimulated protein expression of NFATc1": so may a scaffold noun before another.)
    while (j < n && (DETERMINERS.has(word(v, j)) || toks[j].tags.has('Adjective') || NOUN_MODIFIERS.has(word(v, j)) || (SCAFFOLD_NOUNS.has(word(v, j)) && SCAFFOLD_NOUNS.has(word(v, j + 1)))) && toks[j].ent === undefined && NOMINAL_CUES[word(v, j)] === undefined) j++;
    const nominal = NOMINAL_CUES[word(v, j)];
    let target: number | undefined;
    let sign: Sign = compound === 'source' ? 0 : compound;
    if (nominal !== undefined && (word(v, j + 1) === 'of' || word(v, j + 1) === 'in')) {
      let k = j + 2;
      // Skip determiners, scaffolds and other modifiers: "increase in TNF-α-induced nuclear translocation of c-Fos".
      while (k < n && k < j + 10 && !isEnt(v, k) && (DETERMINERS.has(word(v, k)) || word(v, k) === 'of' || toks[k].ent !== undefined || COMPOUND_CUES[word(v, k)] !== undefined || toks[k].tags.has('Adjective') || SCAFFOLD_NOUNS.has(word(v, k)))) k++;
      if (isEnt(v, k)) { target = k; sign = nominal; }
    } else if (isEnt(v, j)) {
      target = j;
      // "IDO-mediated T-cell inhibition": a nominal cue after the head gives the compound its direction.
      const headNominal = NOMINAL_CUES[word(v, groupRight(v, j).last + 1)];
      if (headNominal !== undefined && compound !== 'source' && !hasComma(toks[groupRight(v, j).last])) sign = (sign * headNominal) as Sign;
      // "TNF-α-induced ERK and JNK activation": the compound reaches every term the head noun governs.
      for (const k of groupRight(v, j).ents.slice(1)) emitCompound(v, sink, i, k, compound, sign, -1, frame.hedged);
    } else if (v.toks[j]?.tags.has('Noun') && v.toks[j].ent === undefined) {
      // "TGF-β1-induced differentiation of human MSCs", "TNF-induced proliferation … in human MSCs":
      // the noun names the process of a cell named after "of" or "in".
      const cell = cellAfter(v, j);
      const m = cell ? mentionOf(v, cell.first) : undefined;
      const process = m && m.type === 'cell' ? v.lexicon.compositeOf(m.id, word(v, j)) : undefined;
      if (process !== undefined && cell) {
        emitCellProcess(v, sink, i, j, cell.first, process, sign, frame.hedged);
        continue;
      }
      // "TNF-α-induced invasion and proliferation of human MSCs": the noun and the cell's process term
      // coordinated with it.
      const coordinated = (word(v, j + 1) === 'and' || word(v, j + 1) === 'or') && isEnt(v, j + 2) ? mentionOf(v, j + 2) : undefined;
      const ofCell = coordinated !== undefined && !hasComma(toks[j]) ? v.lexicon.cellOf(coordinated.id) : undefined;
      if (ofCell !== undefined) {
        const first = v.lexicon.compositeOf(ofCell, word(v, j));
        if (first !== undefined && first !== coordinated?.id) emitCellProcess(v, sink, i, j, j + 2, first, sign, frame.hedged);
        emitCompound(v, sink, i, j + 2, compound, sign, -1, frame.hedged);
        continue;
      }
      // "RANKL-induced expression of NFATc1", "TNF-α-induced secretion of IL-6": X raises (or lowers) Y.
      if (SCAFFOLD_NOUNS.has(word(v, j)) && word(v, j + 1) === 'of') {
        const first = entityAfterOf(v, j + 2);
        // ("… expression of TLR2, p-IκBα and NFATc1": every member of the list after "of".)
        if (first !== undefined) for (const k of groupRight(v, first).ents.slice(1)) emitCompound(v, sink, i, k, compound, sign, -1, frame.hedged);
        target = first;
      }
    }
    if (target === undefined) continue;
    emitCompound(v, sink, i, target, compound, sign, nominal !== undefined && target !== j ? j : -1, frame.hedged);
  }
}

/** Where the cue of the compound whose term is at i stands ("RANKL- and TNF-induced": after TNF, for RANKL too). */
function compoundCueAt(v: SentenceView, i: number): number {
  const partner = suspendedCompoundPartner(v, i);
  return (partner >= 0 ? partner : i) + 1;
}

function compoundCue(v: SentenceView, i: number): { cueSpan: { start: number; end: number }; cueText: string } {
  const cue = compoundCueAt(v, i);
  return { cueSpan: spanOfToks(v, cue, cue), cueText: v.toks[cue].text };
}

/** The claim of the compound at i on the process (of the cell ending at cellAt) its head noun at j names. */
function emitCellProcess(v: SentenceView, sink: ClaimSink, i: number, j: number, cellAt: number, process: string, sign: Sign, hedged: boolean): void {
  const sm = mentionOf(v, i);
  const pol = nominalPolarity(v, i, cellAt);
  emit(sink, {
    kind: 'interaction', subject: sm.id, object: process, relation: sign === 1 ? 'promotes' : 'inhibits', sign,
    negated: pol.negated, hedged: pol.hedged || hedged, passive: false, context: contextFor(v, clauseStart(v, i), cellAt, single(i)),
    subjectSpan: { start: sm.start, end: sm.end }, objectSpan: { start: v.toks[j].ostart, end: v.toks[cellAt].oend },
    ...compoundCue(v, i),
  });
}

/**
 * "IL-6 had no effect on TNF-α-induced osteoclast formation", "no difference in IL-4-induced NFATc1
 * suppression", "without affecting RANKL-induced osteoclast formation": a denial before the compound at i
 * that belongs to another head (a noun, a verb or a preposition stands between them) is not the
 * compound's. "No / the absence of RANKL-induced osteoclast formation" denies the compound's own claim.
 */
function deniesAnotherHead(v: SentenceView, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = word(v, j);
    if (NOMINAL_DENIALS.has(w) || (w === 'of' && NOMINAL_DENIALS.has(word(v, j - 1)))) return false;
    if (DETERMINERS.has(w) || v.toks[j].tags.has('Adjective') || isAdverbish(v, j)) continue;
    return true;
  }
  return false;
}

/** The claim of the compound at i on the term at target; nominalAt is the nominal cue carrying it, or -1. */
function emitCompound(v: SentenceView, sink: ClaimSink, i: number, target: number, compound: Sign | 'source', statedSign: Sign, nominalAt: number, hedged: boolean): void {
  const sm = mentionOf(v, i);
  const om = mentionOf(v, target);
  if (sm.ambiguous || om.ambiguous || sm.id === om.id) return;
  // ("IL-10-mediated anti-inflammatory signalling": raising what works against a process lowers it.)
  const prefix = turningPrefixBefore(v, om);
  if (prefix === 'non' || (prefix !== undefined && compound === 'source')) return;
  const sign = (prefix === 'anti' ? -statedSign : statedSign) as Sign;
  const nominal = nominalPolarity(v, i, target);
  const pol = deniesAnotherHead(v, i) ? { ...nominal, negated: false } : nominal;
  if (compound === 'source') {
    const lineage = sm.type === 'cell' && om.type === 'cell';
    // ("muscle-derived osteoprogenitor cells": a tissue names where the cells were taken from, no lineage.)
    if (lineage && TISSUE_WORDS.has(v.text.slice(sm.start, sm.end).toLowerCase())) return;
    // ("macrophage-derived osteoclastogenesis": what a source gives is a product, not a process; no secretion.)
    if (!lineage && om.type === 'process') return;
    // ("MSC-derived exosomes offer advantages in treating myocardial injury": a vesicle's source named in its noun
    // phrase says where the vesicles were taken from; the sentence claims nothing of their release.)
    if (om.type === 'component') return;
    emit(sink, {
      kind: lineage ? 'lineage' : 'interaction', subject: sm.id, object: om.id, relation: lineage ? 'differentiates-into' : 'secretes', sign: 0,
      negated: pol.negated, hedged: pol.hedged || hedged, passive: false, context: {},
      subjectSpan: { start: sm.start, end: sm.end }, objectSpan: { start: om.start, end: om.end }, ...compoundCue(v, i),
    });
    return;
  }
  const cueAt = nominalAt >= 0 ? nominalAt : compoundCueAt(v, i);
  emit(sink, {
    kind: 'interaction', subject: sm.id, object: om.id, relation: sign === 1 ? 'promotes' : 'inhibits', sign,
    negated: pol.negated, hedged: pol.hedged || hedged, passive: false, context: contextFor(v, clauseStart(v, i), target, single(i)),
    subjectSpan: { start: sm.start, end: sm.end }, objectSpan: { start: om.start, end: om.end },
    cueSpan: spanOfToks(v, cueAt, cueAt), cueText: v.toks[cueAt].text,
  });
}

/** "IL-4-secreting MSCs": the cells named after the compound secrete (or express) the term before it. */
function readProducer(v: SentenceView, sink: ClaimSink, i: number, kind: 'producer' | 'expresser', hedged: boolean): void {
  let j = compoundCueAt(v, i) + 1;
  while (j < v.n && (DETERMINERS.has(word(v, j)) || v.toks[j].tags.has('Adjective')) && v.toks[j].ent === undefined) j++;
  if (!isEnt(v, j)) return;
  const product = mentionOf(v, i);
  // ("IL-10-producing monocytes and/or macrophages": every cell of the list the compound describes, even
  // when the list is the subject of the verb after it.)
  for (const k of describedCells(v, j)) {
    const producer = mentionOf(v, k);
    if (product.ambiguous || producer.ambiguous || product.id === producer.id || producer.type !== 'cell') continue;
    emit(sink, {
      kind: 'interaction', subject: producer.id, object: product.id, relation: kind === 'producer' ? 'secretes' : 'expresses', sign: 0,
      negated: false, hedged, passive: false, context: {},
      subjectSpan: { start: producer.start, end: producer.end }, objectSpan: { start: product.start, end: product.end },
      ...compoundCue(v, i),
    });
  }
}

/** The cells from j on joined by coordinators ("monocytes and/or macrophages"), j itself first. */
function describedCells(v: SentenceView, j: number): number[] {
  const cells = [j];
  let k = j;
  for (;;) {
    const coord = coordinatorAt(v, k + 1);
    const next = k + 1 + coord;
    if (coord === 0 || hasComma(v.toks[k]) || !isEnt(v, next) || mentionOf(v, next).type !== 'cell') return cells;
    cells.push(next);
    k = next;
  }
}

/** The term right after "of", past determiners and adjectives ("of the soluble NFATc1"), if any. */
function entityAfterOf(v: SentenceView, from: number): number | undefined {
  let k = from;
  while (k < v.n && k < from + 4 && !isEnt(v, k) && (DETERMINERS.has(word(v, k)) || v.toks[k].tags.has('Adjective'))) k++;
  return isEnt(v, k) ? k : undefined;
}

/** The cell named after "of" or "in" within a few words of token j ("proliferation and NF-κB activation in MSCs"). */
function cellAfter(v: SentenceView, j: number): { first: number } | undefined {
  for (let k = j + 1; k < Math.min(v.n, j + 8); k++) {
    if (hasComma(v.toks[k - 1])) return undefined;
    if (word(v, k) === 'of' || word(v, k) === 'in') {
      const g = entityAhead(v, k + 1, 6);
      return g && mentionOf(v, g.first).type === 'cell' ? g : undefined;
    }
  }
  return undefined;
}

export const compoundModifier: Rule = {
  id: 'compound-modifier',
  phenomenon: 'A term hyphenated to a cue participle modifies what follows: "X-induced Y", "X-mediated inhibition of Y", "M1-derived Y", "IL-4-secreting MSCs".',
  confidence: 0.85,
  read: readCompounds,
  examples: [
    { text: 'High-dose TNF-α blocks RUNX2 expression by promoting SMURF1-mediated degradation of the protein.', reads: ['smurf1 inhibits runx2'], not: ['tnf-alpha inhibits smurf1'] },
    { text: 'MSCs provoke NK cells for enhanced IL-12/IL-18-induced IFN-γ secretion.', not: ['msc induces il-12'] },
    { text: 'IL-10-mediated anti-inflammatory signalling was studied.', reads: ['il-10 inhibits inflammation'], not: ['il-10 promotes inflammation'] },
    { text: 'MSC-derived anti-inflammatory signalling was studied.', not: ['msc secretes inflammation'] },
    { text: 'Noggin blocked BMP2/7-induced osteogenesis.', reads: ['bmp-2 promotes bone-formation'] },
    { text: 'RANKL-positive osteoblasts lined the resorption lacunae.', reads: ['osteoblast expresses rankl'] },
    { text: 'IL-10-producing monocytes and/or macrophages were increased in the lungs.', reads: ['monocyte secretes il-10', 'macrophage secretes il-10'] },
    { text: 'TNF-α produced by activated macrophages inhibited MSC osteogenesis.', not: ['macrophage inhibits msc-osteogenic-differentiation'] },
    { text: 'The drug enhanced RANKL-stimulated protein expression of TLR2, c-Fos and NFATc1.', reads: ['rankl promotes nfatc1', 'rankl promotes c-fos'] },
    { text: 'TGF-β1 curbed RANKL-mediated human osteoclast development.', reads: ['rankl promotes osteoclastogenesis'] },
    // ("the <term> <participle> …" with no other verb after: the participle is the verb, not a compound.)
    { text: 'An antibody against the M-CSF receptor blocked osteoclast formation.', not: ['csf1r inhibits osteoclastogenesis'] },
    { text: 'RANKL-induced osteoclast differentiation was measured.', reads: ['rankl promotes osteoclastogenesis'] },
    { text: 'IL-4-mediated inhibition of NFATc1 was reported.', reads: ['il-4 inhibits nfatc1'] },
    { text: 'IL-10 curbed RANKL- and TNF-induced osteoclast formation.', reads: ['rankl promotes osteoclastogenesis', 'tnf-alpha promotes osteoclastogenesis'] },
    { text: 'A TNF receptor antibody curbed RANKL- (and TNF-α-) induced osteoclast formation.', reads: ['rankl promotes osteoclastogenesis', 'tnf-alpha promotes osteoclastogenesis'], not: ['tnf-alpha promotes rankl'] },
    { text: 'IL-10 curbed RANKL- (and TNF-α) induced osteoclast formation.', reads: ['rankl promotes osteoclastogenesis', 'tnf-alpha promotes osteoclastogenesis'], not: ['il-10 inhibits rankl'] },
    { text: 'IL-4 inhibited TNF-α and RANKL-induced osteoclast formation.', reads: ['tnf-alpha promotes osteoclastogenesis', 'rankl promotes osteoclastogenesis'], not: ['il-4 inhibits tnf-alpha'] },
    { text: 'Bone mass is kept by bone resorption and osteoblast-mediated bone formation.', reads: ['osteoblast promotes bone-formation'], not: ['bone-resorption promotes bone-formation'] },
    { text: 'IFN-γ-primed MSCs were injected.', not: ['ifn-gamma promotes msc'] },
    { text: 'IL-4-secreting MSCs enhanced osteogenesis.', reads: ['msc secretes il-4'], not: ['il-4 secretes msc'] },
    { text: 'TGF-β1-overexpressing BMSCs were implanted into the defect.', not: ['msc expresses tgf-beta1'] },
    { text: 'TNF-α-induced proliferation of human MSCs was measured.', reads: ['tnf-alpha promotes msc-proliferation'] },
    { text: 'The role of IRAK1 in TNF-induced proliferation and NF-κB activation in human MSCs', reads: ['tnf-alpha promotes msc-proliferation'] },
    { text: 'IFN-γ suppressed the RANKL-induced expression of NFATc1 in macrophages.', reads: ['rankl promotes nfatc1'] },
    { text: 'Mesenchymal stem cell derived CCL2 speeds up wound closure.', reads: ['msc secretes ccl2'] },
    // (A vesicle's source in its noun phrase says where it was taken from, not that the cells release it.)
    { text: 'Bone marrow MSC-derived exosomes delayed the progression of osteoarthritis.', not: ['msc secretes exosome'] },
    { text: 'Blocking the receptor lowered TNF-α-induced ERK and JNK activation.', reads: ['tnf-alpha promotes erk', 'tnf-alpha promotes jnk'] },
    { text: 'Macrophage derived osteoclasts were counted.', reads: ['macrophage differentiates-into osteoclast'] },
    { text: 'Monocyte-derived osteoclastogenesis was measured.', not: ['monocyte secretes osteoclastogenesis'] },
    { text: 'Muscle-derived osteoprogenitor cells were scarce after trauma.', not: ['myocyte differentiates-into pre-osteoblast'] },
    { text: 'A receptor isoform mediates IL-1β induced proliferation of MSCs.', reads: ['il-1beta promotes msc-proliferation'] },
    { text: 'IL-6 derived from MSCs polarized macrophages toward the M2 phenotype.', not: ['msc promotes macrophage'] },
    { text: 'IKK-2 is required for TNF-α-induced invasion and proliferation of human MSCs.', reads: ['tnf-alpha promotes msc-proliferation'] },
  ],
};
