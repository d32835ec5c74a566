/**
 * A product found in cells: "IL-10 was expressed in M2 macrophages", "High levels of TNF-α were detected
 * in M1 cells", "CCL2 is produced in MSCs", "CD200 was found on MSCs" (a surface molecule), "MCP-1, present in
 * MSC-conditioned medium, …" (set off after the product). The cells express (or make) the product; "was not
 * detected in" denies it.
 */
import { BE_FORMS, DETERMINERS, FOUND_IN_PARTICIPLES, NOUN_MODIFIERS, PLACE_ADVERBS, SPECIAL_MODELS } from '../grammar';
import { namesMolecule } from '../../network/families';
import { emitPairs, type ClaimSink } from '../sink';
import { subjectBefore } from '../sentence/args';
import { clauseEnd, clauseStart } from '../sentence/clauses';
import { groupLeft, groupRight, type Group } from '../sentence/groups';
import { hasComma } from '../tokens';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isAdverbish, isEnt, mentionOf, word } from '../sentence/words';
import type { Rule } from './rule';

/**
 * A term a cell may be said to express or make: a secreted mediator, a signalling molecule (not a pathway)
 * or a small molecule ("PGE2 was detected in MSCs"; a drug found in cells makes a pair the review never
 * states, which stays unjudged).
 */
function isProduct(type: string): boolean {
  return (namesMolecule(type) && type !== 'pathway') || type === 'small-molecule';
}


/** "… in M2 macrophages but also in M1 cells": the cells named after "but also in" are places too. */
function withAlsoCells(v: SentenceView, g: Group): Group {
  const k = g.last + 1;
  if (!(word(v, k) === 'but' && word(v, k + 1) === 'also' && word(v, k + 2) === 'in') || !isEnt(v, k + 3) || mentionOf(v, k + 3).type !== 'cell') return g;
  const more = groupRight(v, k + 3);
  return { first: g.first, last: more.last, ents: [...g.ents, ...more.ents] };
}

/** Most words from one "in" to the next of a coordinated place ("in the gingival tissues of the mice and in macrophages"). */
const PLACE_REACH = 10;

/**
 * The first cell term named as a place from the "in" at p: the one right after it ("in reparative M2-like
 * macrophages", "in DM-BMSCs": an adjective or a model only says which cells), or after a later "and in"
 * of the same clause when the first place is no cell ("in the gingival tissues and in macrophages").
 */
function placedCellsAt(v: SentenceView, p: number, end: number): number | undefined {
  let at: number | undefined = p;
  while (at !== undefined) {
    let k = at + 1;
    while (k < v.n && (DETERMINERS.has(word(v, k)) || NOUN_MODIFIERS.has(word(v, k)) || SPECIAL_MODELS.has(word(v, k)) || (v.toks[k].tags.has('Adjective') && v.toks[k].ent === undefined)) && !isEnt(v, k)) k++;
    if (isEnt(v, k) && mentionOf(v, k).type === 'cell') return k;
    at = nextPlaceAfter(v, k, Math.min(end, at + PLACE_REACH));
  }
  return undefined;
}

/** The "in" of "… and in" between k and end, or undefined. */
function nextPlaceAfter(v: SentenceView, k: number, end: number): number | undefined {
  for (let j = k; j < end; j++) if (word(v, j) === 'and' && word(v, j + 1) === 'in') return j + 1;
  return undefined;
}

function readExpressedIn(v: SentenceView, sink: ClaimSink): void {
  for (let i = 1; i < v.n; i++) {
    const relation = FOUND_IN_PARTICIPLES[word(v, i)];
    if (relation === undefined) continue;
    // ("detected not only in M2 macrophages but also in …", "found mainly in …")
    let p = i + 1;
    if (word(v, p) === 'not' && word(v, p + 1) === 'only') p += 2;
    else if (PLACE_ADVERBS.has(word(v, p))) p++;
    // ("CD200 was found on hMSCs": a surface molecule is placed "on" the cells.)
    if (word(v, p) !== 'in' && word(v, p) !== 'on') continue;
    let b = i - 1;
    while (b > 0 && (isAdverbish(v, b) || word(v, b) === 'not')) b--;
    // ("MCP-1, present in MSC-conditioned medium, …": set off after its product, with no copula.)
    const aside = !BE_FORMS.has(word(v, b)) && b === i - 1 && hasComma(v.toks[b]) && isEnt(v, b);
    if (!BE_FORMS.has(word(v, b)) && !aside) continue;
    const k = placedCellsAt(v, p, clauseEnd(v, p));
    if (k === undefined) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const cs = clauseStart(v, b);
    const product = aside ? { group: groupLeft(v, b), reverse: false } : subjectBefore(v, b, cs);
    if (!product || product.reverse || !product.group.ents.every((e) => isProduct(mentionOf(v, e).type))) continue;
    const cells = withAlsoCells(v, groupRight(v, k));
    const pol = polarity(v, product.group.last + 1, i);
    emitPairs(v, sink, { at: i, lastAt: i + 1, relation, sign: 0, lineage: undefined }, cells, product.group, 0, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: true, ctx: contextFor(v, cs, clauseEnd(v, k), cells),
    });
  }
}

export const expressedIn: Rule = {
  id: 'expressed-in',
  phenomenon: 'A product said to be expressed, detected or made in or on cells ("IL-10 was expressed in M2 macrophages", "CD200 was found on MSCs", "MCP-1, present in MSC-conditioned medium, …").',
  confidence: 0.8,
  read: readExpressedIn,
  examples: [
    { text: 'IL-10 was highly expressed in M2 macrophages.', reads: ['m2-macrophage expresses il-10'] },
    { text: 'High levels of TNF-α were detected in M1 macrophages.', reads: ['m1-macrophage expresses tnf-alpha'] },
    { text: 'TNF-α was not detected in M2 macrophages.', reads: ['m2-macrophage expresses! tnf-alpha'] },
    { text: 'IL-10 mRNA was detected not only in reparative M2 macrophages but also in M1 macrophages.', reads: ['m2-macrophage expresses il-10', 'm1-macrophage expresses il-10'] },
    { text: 'Osteoclast formation was increased in IL-10-deficient mice.', not: ['macrophage expresses osteoclastogenesis'] },
    { text: 'TGF-β1 was detected in DM-BMSCs from the treated rats.', reads: ['msc expresses tgf-beta1'] },
    { text: 'IL-10 was increased in the serum of the treated rats and in macrophages cultured with their plasma.', reads: ['macrophage expresses il-10'] },
    { text: 'CD200 has recently been found on human MSCs.', reads: ['msc expresses cd200'] },
    { text: 'MCP-1, present in MSC-conditioned medium, promotes the migration of monocytes.', reads: ['msc expresses ccl2'] },
    { text: 'PGE2 was detected in MSCs.', reads: ['msc expresses pge2'] },
  ],
};
