import { strict as assert } from 'node:assert';
import { createAnalyzer, findMentions, mentionsOf } from '../../src/core';
import { definitionsIn, longFormStart } from '../../src/core/entities/abbreviations';
import { analyzer, bundled } from '../support/lexicon';

/** The abbreviations a sentence defines, as "ABBR=id". */
function defined(sentence: string): string[] {
  const mentions = findMentions(sentence, 0, sentence.length, analyzer().index);
  const index = analyzer().index;
  return definitionsIn(sentence, mentions, (id) => index.entities.get(id)?.synonyms ?? []).map((d) => `${d.abbr}=${d.id}`);
}

/** The terms the analyser finds in a text, as "written=id". */
function terms(text: string): string[] {
  return createAnalyzer({ lexicon: bundled() }).analyze({ text, languageId: 'markdown' }).mentions.map((m) => `${m.text}=${m.id}`);
}

describe('abbreviations an author defines', () => {
  it('are found when their letters abbreviate the words ending in a term', () => {
    assert.deepEqual(defined('Bone marrow-derived macrophages (BMMs) were cultured.'), ['BMMs=macrophage']);
    assert.deepEqual(defined('We isolated synovial mesenchymal stem cells (SMSCs) from the knee.'), ['SMSCs=msc']);
    // A Greek letter stands for its Latin sound: Φ for the "ph" of macrophages.
    assert.deepEqual(defined('Skeletal macrophages (sMΦ) support repair.'), ['sMΦ=bone-macrophage']);
    // Two words with one space, each with capitals, and the term read wherever the author writes it.
    assert.deepEqual(defined('Rare earth nanomaterials (RE NMs) are emerging biomaterials.'), ['RE NMs=biomaterial-scaffold']);
    assert.ok(terms('Rare earth nanomaterials (RE NMs) are new.\n\nRE NMs raised osteogenesis.').includes('RE NMs=biomaterial-scaffold'));
    // Not two words of which one is a plain word.
    assert.deepEqual(defined('Bone marrow-derived macrophages (BMM cells) were cultured.'), []);
  });

  it('are not found for what is no abbreviation of the term', () => {
    // The term is the tail of a longer hyphenated name.
    assert.deepEqual(defined('Granulocyte-macrophage colony-stimulating factor (GM-CSF) was added.'), []);
    // The parentheses follow no term, or hold no abbreviation of it.
    assert.deepEqual(defined('IL-10 knockout (KO) mice lost bone.'), []);
    assert.deepEqual(defined('Macrophages (TRAP) were counted.'), []);
    assert.deepEqual(defined('Macrophages (n) were counted.'), []);
    // Letters that take in a subset word name the subset, which the lexicon does not hold: not the whole class.
    assert.deepEqual(defined('MSCs act through the induction of regulatory T cells (Tregs).'), ['Tregs=']);
    assert.ok(!terms('MSCs act through the induction of regulatory T cells (Tregs).\n\nIDO raised Treg numbers.').some((t) => t.startsWith('Treg=')));
    // The first half of a split name, and a spelling the lexicon knows already.
    assert.deepEqual(defined('Interleukin (IL)-10 was measured.'), []);
    assert.deepEqual(defined('Tumour necrosis factor alpha (TNF-α) was measured.'), []);
  });

  it('redefine a spelling the lexicon reads as another term only when they spell out the whole term', () => {
    // OC reads as osteoclasts in the lexicon; this author spells it out as osteocalcin.
    assert.deepEqual(defined('BMP-2 raised alkaline phosphatase and osteocalcin (OC) in both cells.'), ['OC=osteocalcin']);
    const later = terms('BMP-2 raised osteocalcin (OC) in both cells.\n\nTGF-β1 lowered OC expression.');
    assert.deepEqual(later.filter((t) => t.startsWith('OC=')), ['OC=osteocalcin', 'OC=osteocalcin']);
    // The letters spell the cells, not the transplantation the term names: BMSCs keep their reading.
    assert.deepEqual(defined('Transplantation of bone marrow mesenchymal stem cells (BMSCs) helps repair.'), []);
    // Two letters found across three words, one spelling none, abbreviate something else.
    assert.deepEqual(defined('MSCs reduced joint inflammation (RA) in mice.'), []);
    assert.deepEqual(defined('BMP-2 raised osteocalcin (OC) levels.'), ['OC=osteocalcin']);
  });

  it('name nothing once the author spells them out as something the lexicon does not name', () => {
    // OB reads as osteoblasts in the lexicon; this author means a surgical complication.
    assert.deepEqual(defined('Skin grafts fail through ongoing bleeding (OB).'), ['OB=']);
    const later = terms('Skin grafts fail through ongoing bleeding (OB).\n\nMSCs alleviated OB in grafts.');
    assert.ok(!later.some((t) => t.startsWith('OB=')), later.join(', '));
    // Words that hold the term the letters name keep it: "osteoblast cells (OB)".
    assert.deepEqual(defined('The number of osteoblast cells (OB) rose.'), []);
    assert.ok(terms('The number of osteoblast cells (OB) rose.\n\nOB formed bone.').includes('OB=osteoblast'));
    // So do words that share one with a spelling of the term: another name of it, or a slip of the pen.
    assert.deepEqual(defined('The Ras-associated protein-1 (Rap1) pathway was active.'), []);
    assert.deepEqual(defined('They belong to the bone morphometric proteins (BMPs).'), []);
  });

  it('match letters in order, reading back from the end, the first at a word start', () => {
    assert.equal(longFormStart('BMMs', 'murine bone marrow-derived macrophages'), 'murine '.length);
    assert.equal(longFormStart('TRAP', 'macrophages'), -1);
    assert.equal(longFormStart('KO', 'IL-10 knockout'), 'IL-10 '.length, 'KO stands for "knockout" alone');
    assert.equal(longFormStart('sMΦ', 'skeletal macrophages'), 0);
  });

  it('name their term from the definition on, in the same and in later paragraphs, as written and in the plural or singular', () => {
    const text = 'BMMs were used.\n\nBone marrow-derived macrophages (BMMs) were cultured, and BMMs fused.\n\nEach BMM and the sMΦ were counted.';
    assert.deepEqual(terms(text), ['macrophages=macrophage', 'BMMs=macrophage', 'BMMs=macrophage', 'BMM=macrophage']);
  });

  it('make claims about the term judged against the review', () => {
    const a = createAnalyzer({ lexicon: bundled() });
    const text = 'Synovial mesenchymal stem cells (SMSCs) were cultured.\n\nIFN-γ promoted the proliferation of SMSCs.';
    const r = a.analyze({ text, languageId: 'markdown' });
    assert.deepEqual(r.claims.map((c) => `${c.subject} ${c.relation} ${c.object} ${c.status}`), ['ifn-gamma promotes msc-proliferation contradicts']);
    assert.deepEqual(r.diagnostics.map((d) => `${d.code} ${d.severity} line ${d.range.start.line}`), ['contradiction warning line 2']);
    // Without the definition the same sentence names one term and no claim.
    assert.deepEqual(a.analyze({ text: 'IFN-γ promoted the proliferation of SMSCs.', languageId: 'markdown' }).claims, []);
  });

  it('stop naming the term when an edit removes the definition, and start when one adds it', () => {
    const a = createAnalyzer({ lexicon: bundled() });
    const uri = 'mem://abbr.md';
    const withDefinition = 'Synovial mesenchymal stem cells (SMSCs) were cultured.\n\nOther text.\n\nIFN-γ promoted the proliferation of SMSCs.';
    const without = withDefinition.replace(' (SMSCs)', '');
    const fresh = (text: string) => createAnalyzer({ lexicon: bundled() }).analyze({ text, languageId: 'markdown' });
    assert.equal(a.analyze({ uri, text: withDefinition, languageId: 'markdown' }).claims.length, 1);
    assert.deepEqual(a.analyze({ uri, text: without, languageId: 'markdown' }), fresh(without));
    assert.equal(fresh(without).claims.length, 0);
    assert.deepEqual(a.analyze({ uri, text: withDefinition, languageId: 'markdown' }), fresh(withDefinition));
  });

  it('are found by the workspace’s term search too', () => {
    const found = mentionsOf('Skeletal macrophages (sMΦ) matter.\n\nThe sMΦ-derived signals help.', 'markdown', analyzer().index, 'bone-macrophage');
    assert.deepEqual(found.map((m) => `${m.text}@${m.range.start.line}`), ['Skeletal macrophages@0', 'sMΦ@0', 'sMΦ@2']);
  });
});
