/**
 * The lexicon audit (shared/audit/lexicon-audit.md), item by item: what the checker now says of a probe
 * sentence written for each finding, and what the lexicon now holds. The probes are plain active-voice
 * sentences in our own words; the assertions are about the review's knowledge, not about reading rules.
 */
import { strict as assert } from 'node:assert';
import { findMentions, mechanismSnippet } from '../../src/core';
import type { CompiledInteraction } from '../../src/core/lexicon/types';
import { analyzer, bundled } from '../support/lexicon';

type Status = 'supports' | 'contradicts' | 'context-dependent' | 'contested' | 'unknown';

interface Judged {
  status: Status;
  provenance: string;
  path: string;
  refs: number[];
  diagnostics: Array<{ code: string; severity: string }>;
}

/** The verdict on the claim linking subject and object in a one-sentence text. */
function judge(text: string, subject: string, object: string): Judged {
  const r = analyzer().analyze({ text, languageId: 'markdown' });
  const k = r.claims.findIndex((c) => c.subject === subject && c.object === object);
  const got = r.claims.map((c) => `${c.subject} ${c.relation} ${c.object ?? ''} ${c.status}`).join(' | ') || '(no claim)';
  assert.ok(k >= 0, `"${text}": no claim ${subject} → ${object}; got ${got}`);
  const c = r.claims[k];
  return { status: c.status as Status, provenance: c.provenance, path: c.path, refs: c.refs, diagnostics: r.diagnostics.filter((d) => d.claim === k) };
}

function expectStatus(text: string, subject: string, object: string, expected: Status | Status[]): Judged {
  const j = judge(text, subject, object);
  const allowed = Array.isArray(expected) ? expected : [expected];
  assert.ok(allowed.includes(j.status), `"${text}": ${subject} → ${object} is ${j.status}, expected ${allowed.join(' or ')}`);
  return j;
}

/** Never a Warning: neither a contradiction nor anything shown at warning severity. */
function noWarning(j: Judged, text: string): void {
  assert.ok(!j.diagnostics.some((d) => d.severity === 'warning'), `"${text}" is reported as a Warning`);
}

/** The entities a phrase names, each with the text it was found in. */
function mentions(phrase: string): string[] {
  return findMentions(phrase, 0, phrase.length, analyzer().index).map((m) => `${m.id}@${phrase.slice(m.start, m.end)}`);
}

/** The entity a whole phrase resolves to. */
function resolvesTo(phrase: string, id: string): void {
  const found = findMentions(phrase, 0, phrase.length, analyzer().index);
  const whole = found.find((m) => m.start === 0 && m.end === phrase.length);
  assert.ok(whole?.ids.includes(id), `"${phrase}" → ${mentions(phrase).join(', ') || 'nothing'}, expected ${id}`);
}

function interaction(id: string): CompiledInteraction {
  const x = bundled().interactions.find((i) => i.id === id);
  assert.ok(x, `no interaction ${id}`);
  return x;
}

function pair(subject: string, object: string): CompiledInteraction[] {
  return bundled().interactions.filter((i) => i.subject === subject && i.object === object);
}

describe('lexicon audit', () => {
  describe('§2.2 context lost', () => {
    it('F017: the [106] dose split reaches MSC osteogenic differentiation and MSC differentiation', () => {
      const high = 'High concentrations of TNF-α inhibit osteogenic differentiation of MSCs.';
      noWarning(expectStatus(high, 'tnf-alpha', 'msc-osteogenic-differentiation', 'supports'), high);
      expectStatus('Low concentrations of TNF-α promote osteogenic differentiation of MSCs.', 'tnf-alpha', 'msc-osteogenic-differentiation', 'supports');
      const all = 'High concentrations of TNF-α inhibit MSC differentiation.';
      noWarning(expectStatus(all, 'tnf-alpha', 'msc-differentiation', 'supports'), all);
      // Without a dose the review's answer depends on it: never a flat contradiction.
      const plain = 'TNF-α inhibits osteogenic differentiation of MSCs.';
      noWarning(expectStatus(plain, 'tnf-alpha', 'msc-osteogenic-differentiation', 'context-dependent'), plain);
      for (const o of ['msc-osteogenic-differentiation', 'msc-differentiation', 'bone-formation']) {
        const bySign = new Map(pair('tnf-alpha', o).filter((x) => x.context?.concentration).map((x) => [x.sign, x.context?.concentration]));
        assert.equal(bySign.get(1), 'low', o);
        assert.equal(bySign.get(-1), 'high', o);
      }
    });

    it('F119: high-dose TNF-α and bone formation is no longer contradicted by the undosed [62] statement', () => {
      const text = 'High concentrations of TNF-α inhibit bone formation.';
      const j = expectStatus(text, 'tnf-alpha', 'bone-formation', 'supports');
      noWarning(j, text);
      assert.ok(j.refs.includes(106));
    });

    it('F190: transient, acute and early inflammation are one stage, and the wound-healing sentence is encoded', () => {
      expectStatus('The temporary inflammatory response promotes wound healing.', 'inflammation', 'tissue-regeneration', 'supports');
      expectStatus('Early inflammation promotes bone repair.', 'inflammation', 'bone-repair', 'supports');
      expectStatus('Acute inflammation promotes MSC osteogenic differentiation.', 'inflammation', 'msc-osteogenic-differentiation', 'supports');
    });

    it('F199: the secondary osteopathies follow prolonged inflammation only', () => {
      expectStatus('Prolonged inflammation promotes osteoporosis.', 'inflammation', 'osteoporosis', 'supports');
      const acute = 'Acute inflammation promotes osteoporosis.';
      assert.notEqual(judge(acute, 'inflammation', 'osteoporosis').status, 'supports', acute);
      for (const o of ['osteoporosis', 'bone-necrosis', 'hyperostosis', 'secondary-osteopathy']) {
        assert.ok(pair('inflammation', o).every((x) => x.context?.stage === 'late'), o);
      }
    });
  });

  describe('§2.3 wrong refs', () => {
    it('F002, F003: [2] is cited for MSCs and macrophages as regulators of inflammation', () => {
      assert.ok(expectStatus('MSCs regulate inflammation.', 'msc', 'inflammation', 'supports').refs.includes(2));
      assert.ok(expectStatus('Macrophages regulate inflammation.', 'macrophage', 'inflammation', 'supports').refs.includes(2));
    });

    it('F075: the monocyte → macrophage lineage no longer cites the osteoclast-precursor studies', () => {
      const x = interaction('monocyte-differentiates-into-macrophage');
      assert.ok(!x.refs.some((r) => r >= 90 && r <= 92), x.refs.join(','));
      assert.match(x.note ?? '', /Uncited in the review/);
    });

    it('F151, F219, F220, F302, F336, F337: statements the review leaves uncited say so, and that their ref only locates them', () => {
      for (const id of ['inflammatory-microenvironment-reduces-msc-survival', 'monocyte-secretes-il-12', 'macrophage-secretes-il-12', 'il-12-promotes-immune-response',
        'il-6-promotes-osteoblast-differentiation', 'co-culture-enhances-msc-immunomodulation', 'co-culture-enhances-msc-osteogenic-differentiation']) {
        assert.match(interaction(id).note ?? '', /Uncited in the review: \[[\d,-]+\] is .*not as evidence/, id);
      }
    });
  });

  describe('§2.4 missing facts', () => {
    const cases: Array<[string, string, string, string, number?]> = [
      ['F027', 'Macrophages promote phagocytosis.', 'macrophage', 'phagocytosis', 13],
      ['F027', 'Macrophages promote efferocytosis.', 'macrophage', 'efferocytosis', 14],
      ['F071', 'MSCs reduce microbial stimulation of immune cells.', 'msc', 'microbial-immune-stimulation', 26],
      ['F110', 'Macrophages secrete IL-10.', 'macrophage', 'il-10'],
      ['F162', 'Mitochondrial dysfunction inhibits MSC differentiation.', 'mitochondrial-dysfunction', 'msc-differentiation', 72],
      ['F175', 'CXCL1 binds CXCR2.', 'cxcl1', 'cxcr2', 40],
      ['F331', 'CXCL3 regulates cytoskeletal actin.', 'cxcl3', 'cytoskeletal-actin', 30],
      ['F382', 'Macrophage polarization regulates disease progression.', 'macrophage-polarization', 'disease-development', 12],
      ['F384', 'MSCs regulate orthopedic diseases.', 'msc', 'orthopedic-disease', 17],
      ['F386', 'Macrophage polarization regulates inflammation.', 'macrophage-polarization', 'inflammation', 75],
      ['F387', 'TSG-6 regulates inflammatory cell migration.', 'tsg-6', 'inflammatory-cell-migration'],
      ['F389', 'Osteoblasts regulate bone homeostasis.', 'osteoblast', 'bone-homeostasis', 87],
      ['F389', 'Osteoclasts regulate bone homeostasis.', 'osteoclast', 'bone-homeostasis', 87],
    ];
    for (const [id, text, s, o, ref] of cases) {
      it(`${id}: "${text}" is supported`, () => {
        const j = expectStatus(text, s, o, 'supports');
        if (ref !== undefined) assert.ok(j.refs.includes(ref), `${text} refs ${j.refs.join(',')}`);
      });
    }

    it('F384: respiratory and urological diseases, named by the review, are now used', () => {
      assert.ok(pair('msc', 'respiratory-disease').length > 0 && pair('msc', 'urological-disease').length > 0);
    });
  });

  describe('§2.4 partial gaps', () => {
    it('P1: M1 macrophages promoting MSC migration is not contradicted by the hypoxic finding', () => {
      const text = 'M1 macrophages promote MSC migration.';
      noWarning(expectStatus(text, 'm1-macrophage', 'msc-migration', ['supports', 'context-dependent']), text);
      expectStatus('Under hypoxia, M1 macrophages reduce MSC migration.', 'm1-macrophage', 'msc-migration', 'supports');
    });

    it('P2: miR-466 reaches the members the review’s long pathway name resolves to', () => {
      const text = 'MiR-466 secreted by MSCs increases the phagocytic ability of macrophages by downregulating the Toll-interleukin-1 receptor domain-containing adaptor protein (TIRAP)-Myeloid differentiation primary response gene 88 (MyD88)-nuclear factor kappa-B (NF-κB) signaling pathway.';
      expectStatus(text, 'mir-466', 'tirap', 'supports');
      assert.equal(expectStatus('MiR-466 downregulates MyD88.', 'mir-466', 'myd88', 'supports').provenance, 'class-level');
    });

    it('P3–P5: what the review says of inflammatory and anti-inflammatory factors as a class is encoded on the class', () => {
      assert.equal(expectStatus('Inflammatory factors promote MSC migration.', 'pro-inflammatory-cytokine', 'msc-migration', 'supports').path, 'direct');
      assert.equal(expectStatus('Inflammatory factors activate MSC immunomodulation.', 'pro-inflammatory-cytokine', 'msc-immunomodulation', 'supports').path, 'direct');
      assert.equal(expectStatus('Anti-inflammatory factors reduce IL-6.', 'anti-inflammatory-cytokine', 'il-6', 'supports').path, 'direct');
    });

    it('P6: M2 anti-inflammatory factors promote osteoblasts and inhibit osteoclasts, as a class; members the review names are stated, IL-12 (named, but tied to M1 elsewhere) stays class-level', () => {
      assert.equal(expectStatus('Anti-inflammatory factors inhibit osteoclasts.', 'anti-inflammatory-cytokine', 'osteoclast', 'supports').path, 'direct');
      assert.equal(expectStatus('Anti-inflammatory factors promote osteoblast differentiation.', 'anti-inflammatory-cytokine', 'osteoblast-differentiation', 'supports').path, 'direct');
      assert.equal(expectStatus('IL-10 inhibits osteoclasts.', 'il-10', 'osteoclast', 'supports').provenance, 'stated');
      assert.equal(expectStatus('IL-12 inhibits osteoclasts.', 'il-12', 'osteoclast', 'supports').provenance, 'class-level');
      const text = 'IL-12 promotes osteoclasts.';
      noWarning(expectStatus(text, 'il-12', 'osteoclast', 'contradicts'), text);
    });

    it('P7–P9: angiogenic differentiation, the macrophage in co-culture, and TNF-α as a promoter of MSCs', () => {
      expectStatus('TNF-α promotes angiogenic differentiation of MSCs.', 'tnf-alpha', 'msc-angiogenic-differentiation', 'supports');
      expectStatus('Macrophages inhibit CXCL1.', 'macrophage', 'cxcl1', 'supports');
      expectStatus('TNF-α promotes MSCs.', 'tnf-alpha', 'msc', 'supports');
    });

    it('P10, P11: inferred links are marked as inferences', () => {
      assert.equal(expectStatus('MSCs promote macrophages.', 'msc', 'macrophage', 'supports').provenance, 'inferred');
      assert.equal(expectStatus('TGF-β inhibits macrophage accumulation.', 'tgf-beta', 'macrophage-accumulation', 'supports').provenance, 'inferred');
    });

    it('P12: changes in chemical composition enhance chondrogenesis', () => {
      expectStatus('Changes in chemical composition enhance chondrogenesis.', 'chemical-stimulation', 'msc-chondrogenic-differentiation', 'supports');
    });
  });

  describe('§4 over-read and inferred entries', () => {
    it('#258: controlling macrophage activation gives no direction for chondrogenesis', () => {
      const r = analyzer().analyze({ text: 'Macrophage activation inhibits chondrogenesis.', languageId: 'markdown' });
      assert.ok(!r.claims.some((c) => c.status === 'contradicts'), r.claims.map((c) => c.status).join(','));
      assert.ok(pair('macrophage-activation', 'msc-chondrogenic-differentiation').every((x) => x.relation === 'regulates'));
    });

    it('#222, #95, #325, #114, #310, #410, #413, #414, #435, #455, #512, #513 and the receptor steps are curator inferences', () => {
      const inferred: Array<[string, string]> = [['hmgb1-tlr4-nfkb', 'm2-polarization'], ['tirap-myd88-nfkb', 'phagocytosis'], ['tirap-myd88-nfkb', 'm2-polarization'],
        ['syndecan-3-cam', 'm2-polarization'], ['traf6', 'nf-kappab'], ['nf-kappab', 'osteoclastogenesis'], ['c-fos', 'osteoclastogenesis'], ['opg', 'bone-resorption'],
        ['runx2', 'osteoblast-differentiation'], ['dlx5', 'msc-osteogenic-differentiation'], ['runx2', 'msc-osteogenic-differentiation'], ['cd44', 'nf-kappab'], ['il-6r', 'jak-stat'],
        ['cxcr2', 'dlx5'], ['cxcr2', 'runx2'], ['ccr1', 'dlx5'], ['ccr1', 'runx2']];
      for (const [s, o] of inferred) {
        const xs = pair(s, o).filter((x) => x.sign !== 0);
        assert.ok(xs.length > 0 && xs.every((x) => x.provenance === 'inferred' && /Inferred|attributes|encoded at/i.test(x.note ?? '')), `${s} → ${o}`);
      }
      for (const [text, s, o] of [['HMGB1/TLR4/NF-κB signaling promotes M1 polarization.', 'hmgb1-tlr4-nfkb', 'm1-polarization'], ['RUNX2 inhibits osteoblast differentiation.', 'runx2', 'osteoblast-differentiation'], ['OPG promotes bone resorption.', 'opg', 'bone-resorption']]) {
        noWarning(judge(text, s, o), text);
      }
    });

    it('#319–#322: CCL2 or CXCL12 alone carries the heterodimer’s effect only as class-level', () => {
      assert.equal(expectStatus('CCL2 promotes M2 polarization.', 'ccl2', 'm2-polarization', 'supports').provenance, 'class-level');
      assert.equal(expectStatus('CXCL12 upregulates IL-10.', 'cxcl12', 'il-10', 'supports').provenance, 'class-level');
    });

    it('#575, #576: the Figure 1 summary no longer turns a phenotype-dependent claim into a contradiction', () => {
      for (const [text, o] of [['Macrophages inhibit MSC proliferation.', 'msc-proliferation'], ['Macrophages inhibit MSC migration.', 'msc-migration']]) {
        const j = judge(text, 'macrophage', o);
        assert.notEqual(j.status, 'contradicts', text);
        noWarning(j, text);
      }
      expectStatus('Macrophages promote MSC proliferation.', 'macrophage', 'msc-proliferation', 'supports');
    });

    it('#38: MSCs curb uncontrolled immune responses, so enhancing the immune response is not a contradiction', () => {
      const text = 'MSCs enhance the immune response.';
      noWarning(expectStatus(text, 'msc', 'immune-response', 'context-dependent'), text);
      expectStatus('MSCs inhibit uncontrolled immune responses.', 'msc', 'immune-response', 'supports');
    });
  });

  describe('§5 spellings', () => {
    it('TIR / Toll-interleukin-1 receptor is its own entity, never IL-1', () => {
      resolvesTo('Toll-interleukin-1 receptor', 'tir');
      resolvesTo('TIR', 'tir');
      assert.ok(!mentions('TIR: Toll-interleukin-1 receptor').some((m) => m.startsWith('il-1')));
      resolvesTo('Toll-interleukin-1 receptor domain-containing adaptor protein', 'tirap');
    });

    it('"the IL-6 family cytokine OSM" names OSM and its family, not IL-6', () => {
      const found = mentions('the IL-6 family cytokine OSM');
      assert.ok(!found.some((m) => m.startsWith('il-6@')), found.join(', '));
      assert.ok(found.some((m) => m.startsWith('osm@')) && found.some((m) => m.startsWith('il-6-family@')), found.join(', '));
    });

    it('the review’s other unresolved terms resolve', () => {
      const terms: Array<[string, string]> = [['muscle', 'myocyte'], ['ligament', 'ligament-cell'], ['signaling and transcription activator', 'stat'], ['cytoskeletal actin', 'cytoskeletal-actin'],
        ['special coatings', 'special-coating'], ['mitochondrial metabolic damage', 'mitochondrial-dysfunction'], ['bone messengers', 'bone-messenger'],
        ['angiogenic differentiation', 'msc-angiogenic-differentiation'], ['orthopedic diseases', 'orthopedic-disease'], ['cortical bone cell network', 'cortical-bone-cell-network'],
        ['Janus kinase (JAK)/signaling and transcription activator (STAT)1/STAT3 signaling pathway', 'jak-stat1-stat3'],
        ['HMGB1/toll-like receptor 4 (TLR4)/NF-κB signaling pathway', 'hmgb1-tlr4-nfkb']];
      for (const [phrase, id] of terms) resolvesTo(phrase, id);
      assert.deepEqual(mentions('differentiate into muscle, ligament, endotheliocytes').map((m) => m.split('@')[0]), ['myocyte', 'ligament-cell', 'endothelial-cell']);
    });
  });

  describe('§6 the review’s internal inconsistencies', () => {
    const contested: Array<[string, string, string]> = [
      ['TNF-α promotes bone resorption.', 'tnf-alpha', 'bone-resorption'],
      ['TNF-α inhibits bone resorption.', 'tnf-alpha', 'bone-resorption'],
      ['IL-10 inhibits TNF-α.', 'il-10', 'tnf-alpha'],
      // (IL-4 meets the same odd class statement of [27] as IL-10, and is not warned by its one side.)
      ['IL-4 reduced TNF-α.', 'il-4', 'tnf-alpha'],
      ['NF-κB promotes M2 polarization.', 'nf-kappab', 'm2-polarization'],
      ['NF-κB inhibits M2 polarization.', 'nf-kappab', 'm2-polarization'],
      ['TNF-α increases osteoclast-specific genes.', 'tnf-alpha', 'osteoclast-specific-gene'],
    ];
    for (const [text, s, o] of contested) {
      it(`"${text}" is contested, citing both sides`, () => {
        const j = expectStatus(text, s, o, 'contested');
        noWarning(j, text);
        assert.ok(j.diagnostics.some((d) => d.code === 'contested'));
      });
    }

    it('the contested sides are honest about provenance: each pair has a stated or class statement and a marked counterpart', () => {
      assert.ok(pair('tnf-alpha', 'bone-resorption').some((x) => x.sign === -1 && x.provenance === 'stated'));
      assert.ok(pair('tnf-alpha', 'bone-resorption').some((x) => x.sign === 1 && x.provenance === 'inferred'));
      assert.ok(pair('il-10', 'tnf-alpha').some((x) => x.sign === -1 && x.provenance === 'class-level'));
      assert.ok(pair('anti-inflammatory-cytokine', 'tnf-alpha').some((x) => x.sign === -1 && x.provenance === 'class-level'));
      assert.ok(pair('nf-kappab', 'm2-polarization').every((x) => x.provenance === 'inferred'));
    });
  });

  describe('§7 other context risks', () => {
    it('#256: the early stage of adipogenesis is not the inflammatory stage', () => {
      for (const x of [...pair('co-culture', 'p38-erk-elk1'), ...pair('macrophage', 'p38-erk-elk1')]) {
        assert.equal(x.context?.stage, undefined, x.id);
        assert.match(x.context?.model ?? '', /adipogenesis/);
      }
    });

    it('miR-222: hypoxia stays with the exosomes’ source, not with what miR-222 does', () => {
      const x = pair('mir-222', 'msc-apoptosis');
      assert.ok(x.length === 1 && x[0].context?.oxygen === undefined);
      assert.ok(bundled().interactions.some((i) => i.subject === 'm1-exosome' && i.object === 'mir-222' && i.context?.oxygen === 'hypoxia'));
      expectStatus('miR-222 induces MSC apoptosis.', 'mir-222', 'msc-apoptosis', 'supports');
      expectStatus('miR-222 inhibits MSC apoptosis.', 'mir-222', 'msc-apoptosis', 'contradicts');
    });

    it('mechanism snippets say the dose, the hypoxia and the TSG-6 chain’s net effect', () => {
      const index = analyzer().index;
      const snippet = (id: string): string => {
        const m = bundled().mechanisms.find((x) => x.id === id);
        assert.ok(m, id);
        return mechanismSnippet(index, m, 'plaintext');
      };
      assert.match(snippet('high-tnf-smurf1-runx2-osteoblast'), /High-dose TNF-α.*net effect is that TNF-α inhibits osteoblast differentiation/);
      assert.match(snippet('hypoxic-m1-exosome-mir222-msc-apoptosis'), /Hypoxic .*miR-222/);
      assert.match(snippet('tnf-tsg6-cd44-nfkb-m2'), /net effect is that TNF-α promotes M2 polarization/);
    });
  });

  describe('near concepts', () => {
    const near: Array<[string, string, string, string]> = [
      ['osteoclast formation ~ bone resorption', 'IL-4 inhibits bone resorption.', 'il-4', 'bone-resorption'],
      ['osteogenic marker ~ osteogenic differentiation', 'IL-13 increases ALP expression.', 'il-13', 'alp'],
      ['osteoclast marker ~ osteoclast formation', 'IFN-γ decreases TRAP expression.', 'ifn-gamma', 'trap'],
      ['M2-derived exosomes ~ M2 macrophages', 'M2 macrophage-derived exosomes promote osteogenic differentiation of MSCs.', 'm2-exosome', 'msc-osteogenic-differentiation'],
      ['MSC homing ~ migration ~ recruitment', 'IL-1β promotes MSC homing.', 'il-1beta', 'msc-homing'],
      ['anti-inflammatory phenotype ~ M2 polarization', 'MSCs promote an anti-inflammatory phenotype.', 'msc', 'anti-inflammatory-phenotype'],
      ['self-renewal ~ MSC proliferation', 'IL-1β inhibits MSC self-renewal.', 'il-1beta', 'msc-self-renewal'],
    ];
    for (const [what, text, s, o] of near) {
      it(`${what}: "${text}"`, () => {
        assert.equal(expectStatus(text, s, o, 'supports').path, 'near');
      });
    }

    it('the osteogenesis family is mutually near', () => {
      const index = analyzer().index;
      const fam = ['msc-osteogenic-differentiation', 'osteoblast-differentiation', 'bone-formation', 'bone-mineralization'];
      for (const a of fam) for (const b of fam) if (a !== b) assert.ok(index.near.get(a)?.includes(b), `${a} ~ ${b}`);
    });
  });

  describe('spellings authors use', () => {
    it('resolve to the review’s entity', () => {
      const cases: Array<[string, string]> = [
        ['TNF', 'tnf-alpha'], ['Tnf', 'tnf-alpha'], ['TNFα', 'tnf-alpha'], ['TNF alpha', 'tnf-alpha'], ['rhTNF-α', 'tnf-alpha'],
        ['TNF-α-stimulated gene 6', 'tsg-6'], ['TNF-stimulated gene 6', 'tsg-6'], ['tumor necrosis factor-inducible gene 6', 'tsg-6'], ['TNF alpha-induced protein 6', 'tsg-6'],
        ['matrix metalloprotease-1', 'mmp1'], ['MMP-1', 'mmp1'], ['mOSM', 'osm'], ['hOSM', 'osm'], ['rhBMP-2', 'bmp-2'], ['rmIL-4', 'il-4'], ['sRANKL', 'rankl'],
        ['adipocyte differentiation', 'msc-adipogenic-differentiation'], ['adipogenesis', 'msc-adipogenic-differentiation'], ['adipogenic markers', 'adipogenic-marker'],
        ['dental pulp stem cells', 'msc'], ['DPSCs', 'msc'], ['adipose-derived stromal cells', 'msc'], ['adipose-derived stem cells', 'msc'], ['bone marrow stromal cells', 'msc'],
        ['mesenchymal progenitor cells', 'msc'], ['muscle-derived stromal cells', 'msc'],
        ['osteolysis', 'bone-resorption'], ['bone loss', 'bone-resorption'], ['osteoinduction', 'msc-osteogenic-differentiation'], ['fracture healing', 'bone-repair'],
        ['self-renewal', 'msc-self-renewal'], ['pre-fusion osteoclasts', 'pre-osteoclast'], ['pOCs', 'pre-osteoclast'],
        ['osteoclast formation', 'osteoclastogenesis'], ['osteoclastic differentiation', 'osteoclastogenesis'], ['osteoblastic differentiation', 'osteoblast-differentiation'],
        ['osteogenic potential', 'msc-osteogenic-differentiation'], ['M2 repolarization', 'm2-polarization'], ['M1 macrophage-derived exosomes', 'm1-exosome'],
      ];
      for (const [phrase, id] of cases) resolvesTo(phrase, id);
    });

    it('IL-1α is its own entity under IL-1, never IL-1β', () => {
      for (const s of ['IL-1α', 'IL-1alpha', 'interleukin-1α']) resolvesTo(s, 'il-1alpha');
      assert.ok(!mentions('IL-1α').some((m) => m.startsWith('il-1beta')));
      assert.deepEqual(bundled().entities.find((e) => e.id === 'il-1alpha')?.attributes?.isA, ['il-1']);
    });

    it('the review’s MSCs are generic, and the lexicon says so', () => {
      assert.match(bundled().entities.find((e) => e.id === 'msc')?.note ?? '', /treats MSCs generically/);
    });
  });
});
