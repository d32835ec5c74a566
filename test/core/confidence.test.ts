/**
 * Confidence and how findings are reported: only confident contradictions are Warnings, less certain
 * ones are "possible contradictions" (Information), the line moves with minConfidence, one reading can
 * be silenced without silencing the line, and every claim says which rule read it and how directly.
 */
import { strict as assert } from 'node:assert';
import { claimsNote, CONDITION_KEYS, CONFIDENCE, describeConditions, findSuppressions, readingLine } from '../../src/core';
import { conditionsIn } from '../../src/core/conditions';
import { analyzer } from '../support/lexicon';

function contradictions(text: string, minConfidence?: number) {
  return analyzer().analyze({ text, languageId: 'markdown' }, { minConfidence }).diagnostics.filter((d) => d.code === 'contradiction');
}

describe('confidence', () => {
  it('a plain contradiction read in one clause is a confident Warning', () => {
    const [d] = contradictions('IL-4 promotes NFATc1.');
    assert.equal(d.severity, 'warning');
    assert.equal(d.certainty, 'confident');
    assert.ok((d.confidence ?? 0) >= CONFIDENCE.defaultMinConfidence);
  });

  it('a contradiction resting on a curator inference is only a possible one, and says why', () => {
    // The lexicon's "NF-κB promotes M2 polarization" side is inferred, so is the TRAF6 → NF-κB step.
    const r = analyzer().analyze({ text: 'TRAF6 inhibits NF-κB.', languageId: 'markdown' });
    const claim = r.claims.find((c) => c.subject === 'traf6' && c.object === 'nf-kappab');
    assert.ok(claim, 'the claim is read');
    assert.equal(claim.provenance, 'inferred');
    const d = r.diagnostics.find((x) => x.claim === r.claims.indexOf(claim));
    assert.ok(d, 'it is reported');
    assert.equal(d.severity, 'information');
    assert.equal(d.certainty, 'possible');
    assert.match(d.message, /^Possible contradiction of the review: .*curator inference/);
  });

  it('a statement the review makes outright outweighs an inferred one in the same direction', () => {
    // The review states that low TNF-α furthers MSC osteogenesis; the lexicon also holds an inferred step beside it.
    const r = analyzer().analyze({ text: 'Low concentrations of TNF-α inhibit the osteogenic differentiation of MSCs.', languageId: 'markdown' });
    const claim = r.claims.find((c) => c.subject === 'tnf-alpha' && c.object === 'msc-osteogenic-differentiation');
    assert.ok(claim, 'the claim is read');
    assert.equal(claim.provenance, 'stated');
    const d = r.diagnostics.find((x) => x.claim === r.claims.indexOf(claim));
    assert.equal(d?.severity, 'warning');
  });

  it('", which" after a lowered object may stand for the lowering: what it says of the object is only a possible contradiction', () => {
    // The review has NFATc1 driving osteoclast formation; "which" here may be NFATc1 or IL-4's inhibition of it.
    const certaintyOfObjectClaim = (text: string) => {
      const r = analyzer().analyze({ text, languageId: 'markdown' });
      const claim = r.claims.findIndex((c) => c.subject === 'nfatc1' && c.object === 'osteoclastogenesis');
      return r.diagnostics.find((d) => d.code === 'contradiction' && d.claim === claim)?.certainty;
    };
    assert.equal(certaintyOfObjectClaim('IL-4 inhibits NFATc1, which in turn suppresses osteoclastogenesis.'), 'possible');
    // After a raised object the pronoun is the object, as surely as in one clause.
    assert.equal(certaintyOfObjectClaim('IL-4 induces NFATc1, which in turn suppresses osteoclastogenesis.'), 'confident');
  });

  it('minConfidence moves the line between a Warning and a possible contradiction', () => {
    assert.equal(contradictions('IL-4 promotes NFATc1.', 0.95)[0].certainty, 'possible');
    assert.equal(contradictions('IL-4 promotes NFATc1.', 0.5)[0].certainty, 'confident');
  });

  it('hedged contradictions stay hedged (Information), whatever their confidence', () => {
    const [d] = contradictions('IL-4 may promote NFATc1.');
    assert.equal(d.certainty, 'hedged');
    assert.equal(d.severity, 'information');
  });

  it('a verb coordinated with one whose actor the clause names is read in that clause; a purpose or means phrase reaches across', () => {
    const r = analyzer().analyze({ text: 'IL-4 lowered IL-6 and promoted NFATc1, while inhibiting osteoclastogenesis.', languageId: 'markdown' });
    const coordinated = r.claims.find((c) => c.subject === 'il-4' && c.object === 'nfatc1');
    const whileGerund = r.claims.find((c) => c.subject === 'il-4' && c.object === 'osteoclastogenesis');
    assert.equal(coordinated?.reach, 'clause');
    assert.equal(whileGerund?.reach, 'clause');
    assert.ok(contradictions('IL-4 lowered IL-6 and promoted NFATc1.').some((d) => d.severity === 'warning'));
    const purpose = analyzer().analyze({ text: 'IL-4 lowered IL-6 to promote NFATc1.', languageId: 'markdown' }).claims.find((c) => c.object === 'nfatc1');
    assert.equal(purpose?.reach, 'across-clauses');
  });

  it('a claim read through a pronoun records it and carries less confidence than the same claim in one clause', () => {
    const direct = analyzer().analyze({ text: 'IL-4 promotes NFATc1.', languageId: 'markdown' }).claims[0];
    const r = analyzer().analyze({ text: 'IL-4 is secreted by M2 macrophages. It promotes NFATc1.', languageId: 'markdown' });
    const viaPronoun = r.claims.find((c) => c.subject === 'il-4' && c.object === 'nfatc1');
    assert.ok(viaPronoun, 'the pronoun is resolved to IL-4');
    assert.equal(viaPronoun.reach, 'pronoun');
    assert.equal(viaPronoun.rule, 'verb-clause');
    assert.ok(viaPronoun.confidence < direct.confidence);
  });
});

describe('silencing one reading', () => {
  it('a claim key in the suppression comment silences that claim only', () => {
    const text = 'IL-4 promotes NFATc1 and TNF-α inhibits LRG1. <!-- mechlens-disable-line il-4>nfatc1 -->';
    const r = analyzer().analyze({ text, languageId: 'markdown' });
    const keys = r.diagnostics.filter((d) => d.code === 'contradiction').map((d) => `${r.claims[d.claim as number].subject}>${r.claims[d.claim as number].object}`);
    assert.deepEqual(keys, ['tnf-alpha>lrg1']);
  });

  it('finds whole-line and per-claim suppressions in one pass, in LaTeX too', () => {
    const s = findSuppressions('a\n% mechlens-disable-next-line il-4>nfatc1 tnf-alpha>lrg1\nb\nc <!-- mechlens-disable-line -->\n');
    assert.deepEqual([...s.lines], [3]);
    assert.deepEqual([...(s.claims.get(2) ?? [])], ['il-4>nfatc1', 'tnf-alpha>lrg1']);
  });
});

describe('the reading shown in the hover', () => {
  it('names subject, relation, object, rule, reach and the verdict with refs and confidence', () => {
    const r = analyzer().analyze({ text: 'IL-4 does not inhibit NFATc1.', languageId: 'markdown' });
    const line = readingLine(r.claims[0], analyzer().index);
    assert.match(line, /\*\*IL\\-4\*\* → does not inhibit → \*\*NFATc1\*\*/);
    assert.match(line, /rule `verb-clause`, in one clause/);
    const note = claimsNote(r.claims, analyzer().index) ?? '';
    assert.match(note, /Contradicts the review:.*IL\\-4 inhibits NFATc1 \\\[104\\\].*confidence 0\.\d\d/);
    // A condition the sentence names is part of the reading. (A denial at a stated dose is not read
    // against the review at all: the dose is named here on a claim that states a direction.)
    const dosed = analyzer().analyze({ text: 'IL-4 promotes NFATc1 at high concentrations.', languageId: 'markdown' });
    const dosedLine = readingLine(dosed.claims[0], analyzer().index);
    assert.match(dosedLine, /\*\*IL\\-4\*\* → promotes → \*\*NFATc1\*\*/);
    assert.match(dosedLine, /at high concentration/);
    assert.match(claimsNote(dosed.claims, analyzer().index) ?? '', /Contradicts the review:.*IL\\-4 inhibits NFATc1 \\\[104\\\]/);
  });

  it('a contested pair shows both of the review’s statements', () => {
    const r = analyzer().analyze({ text: 'NF-κB promotes M2 polarization.', languageId: 'markdown' });
    const c = r.claims.find((x) => x.status === 'contested');
    assert.ok(c, 'contested');
    assert.ok(c.sides && c.sides.agreeing.length > 0 && c.sides.opposing.length > 0);
    assert.match(claimsNote([c], analyzer().index) ?? '', /The review states both directions/);
    const d = r.diagnostics.find((x) => x.code === 'contested');
    assert.equal(d?.severity, 'information');
  });
});

describe('condition table', () => {
  it('maps authors’ words to one value per key, the first-mentioned winning', () => {
    assert.deepEqual(conditionsIn('under transient inflammation'), { stage: 'early' });
    assert.deepEqual(conditionsIn('in acute inflammation'), { stage: 'early' });
    assert.deepEqual(conditionsIn('prolonged inflammation in vivo'), { stage: 'late', setting: 'in-vivo' });
    assert.deepEqual(conditionsIn('after prolonged exposure to TNF-α'), { stage: 'late' });
    assert.deepEqual(conditionsIn('persistent M1 polarization'), { stage: 'late' });
    // Inflammation beyond measure is the review's harmful kind, as excessive inflammation is.
    assert.deepEqual(conditionsIn('an overwhelming posttraumatic inflammation'), { stage: 'late' });
    assert.deepEqual(conditionsIn('an exaggerated immune response'), { stage: 'late' });
    // Comparatives and plurals of the stage words name the same stages.
    assert.deepEqual(conditionsIn('at later stages of healing'), { stage: 'late' });
    assert.deepEqual(conditionsIn('in the earlier phases of repair'), { stage: 'early' });
    // What starts repair acts early; starting something else says nothing of the stage.
    assert.deepEqual(conditionsIn('an inflammatory reaction to initiate the reparative process'), { stage: 'early' });
    assert.deepEqual(conditionsIn('inflammation initiates bone repair'), { stage: 'early' });
    assert.deepEqual(conditionsIn('VEGF expression is initiated by macrophages'), {});
    assert.deepEqual(conditionsIn('high concentrations of TNF-α under hypoxia'), { concentration: 'high', oxygen: 'hypoxia' });
    assert.deepEqual(conditionsIn('the resolution of early inflammation'), { stage: 'resolution' });
  });

  it('does not take a condition from the name of a molecule', () => {
    const named = analyzer().analyze({ text: 'Hypoxia-inducible factor-1α promotes MSC osteogenic differentiation.', languageId: 'markdown' });
    const claim = named.claims.find((c) => c.subject === 'hif-1alpha');
    assert.ok(claim, 'the claim is read');
    assert.ok(!(claim.context ?? []).includes('oxygen:hypoxia'), String(claim.context));
    const under = analyzer().analyze({ text: 'Under hypoxia, IL-6 promotes MSC osteogenic differentiation.', languageId: 'markdown' });
    assert.ok((under.claims.find((c) => c.subject === 'il-6')?.context ?? []).includes('oxygen:hypoxia'));
  });

  it('orders values where the key has a scale, and words them for messages', () => {
    const stage = CONDITION_KEYS.find((k) => k.key === 'stage');
    assert.deepEqual(stage?.values.map((v) => v.value), ['early', 'resolution', 'late']);
    assert.deepEqual(stage?.values.map((v) => v.rank), [0, 1, 2]);
    assert.equal(describeConditions({ concentration: 'high', source: 'm1-macrophage' }, (id) => (id === 'm1-macrophage' ? 'M1 macrophage' : id)), 'at high concentration, from M1 macrophage');
  });

  it('a condition the review states and the sentence omits gives context-dependent, never a contradiction', () => {
    // The review states that exosomes of hypoxic M1 macrophages reduce MSC viability [63]; nothing else.
    const r = analyzer().analyze({ text: 'M1 macrophage exosomes increase MSC viability.', languageId: 'markdown' });
    const c = r.claims.find((x) => x.object === 'msc-viability');
    assert.ok(c, 'read');
    assert.notEqual(c.status, 'contradicts');
  });

  it('a contradiction reached through near concepts of both terms is only a possible one', () => {
    const r = analyzer().analyze({ text: 'STAT3 inhibits bone formation.', languageId: 'markdown' });
    const claim = r.claims.find((c) => c.subject === 'stat3' && c.object === 'bone-formation');
    assert.ok(claim, 'the claim is read');
    assert.equal(claim.path, 'near-both');
    assert.equal(claim.status, 'contradicts');
    const d = r.diagnostics.find((x) => x.claim === r.claims.indexOf(claim));
    assert.ok(d, 'it is reported');
    assert.equal(d.severity, 'information');
    assert.equal(d.certainty, 'possible');
  });

  it('a finding about treated cells contradicts what the review says of the cells only possibly', () => {
    // The review: macrophages promote MSC osteogenesis [39,73]; LPS-stimulated macrophages are cells a treatment changed.
    const r = analyzer().analyze({ text: 'LPS-stimulated macrophages inhibited MSC osteogenesis.', languageId: 'markdown' });
    const claim = r.claims.find((c) => c.subject === 'macrophage' && c.object === 'msc-osteogenic-differentiation');
    assert.ok(claim, 'the claim is read');
    assert.ok(claim.context.includes('model:LPS-stimulated macrophages'), claim.context.join(','));
    const d = r.diagnostics.find((x) => x.claim === r.claims.indexOf(claim));
    assert.ok(d, 'it is reported');
    assert.equal(d.severity, 'information');
    // Words naming the tissue or donor may stand between the treatment and the cells.
    const thymic = analyzer().analyze({ text: 'Exosomes from LPS-stimulated human thymic MSCs enhanced inflammation.', languageId: 'markdown' });
    assert.ok(thymic.claims.some((c) => c.subject === 'msc' && c.context.includes('model:LPS-stimulated human thymic MSCs')), thymic.claims.map((c) => c.context.join(',')).join(' | '));
    assert.ok(!thymic.diagnostics.some((x) => x.code === 'contradiction' && x.severity === 'warning'));
    // Engineered cells alike.
    const knockdown = analyzer().analyze({ text: 'MSCs with TSG-6 knockdown promoted TNF-α secretion.', languageId: 'markdown' });
    assert.ok(!knockdown.diagnostics.some((x) => x.code === 'contradiction' && x.severity === 'warning'));
    // Untreated cells: the same sentence is a Warning.
    const plain = analyzer().analyze({ text: 'Macrophages inhibited MSC osteogenesis.', languageId: 'markdown' });
    assert.ok(plain.diagnostics.some((x) => x.code === 'contradiction' && x.severity === 'warning'));
  });

  /**
   * A claim read in a model the review does not discuss (named in its context) is no Warning, while the
   * same claim said plainly is one.
   */
  function assertOnlyPossiblyInModel(text: string, subject: string, object: string, model: string, plainText: string): void {
    const r = analyzer().analyze({ text, languageId: 'markdown' });
    const claim = r.claims.find((c) => c.subject === subject && c.object === object);
    assert.ok(claim, `the claim is read: ${text}`);
    assert.ok(claim.context.includes(`model:${model}`), claim.context.join(','));
    assert.ok(!r.diagnostics.some((x) => x.code === 'contradiction' && x.severity === 'warning'), text);
    const plain = analyzer().analyze({ text: plainText, languageId: 'markdown' });
    assert.ok(plain.diagnostics.some((x) => x.code === 'contradiction' && x.severity === 'warning'), plainText);
  }

  it('a factor made by cancer cells contradicts what the review says of the factor only possibly', () => {
    // The review: IL-3 inhibits osteoclast differentiation [94]; myeloma cells are a disease setting it does not discuss.
    assertOnlyPossiblyInModel('IL-3 expression by myeloma cells increases osteoclast formation.', 'il-3', 'osteoclastogenesis', 'myeloma cells', 'IL-3 increases osteoclast formation.');
  });

  it('cells taken from one arm of an experiment contradict what the review says of the cells only possibly', () => {
    // The review: MSCs differentiate into chondrocytes [38]; cells from a treatment group are a model of that treatment.
    assertOnlyPossiblyInModel('The MSCs from the treated group were not able to differentiate into chondrocytes.', 'msc', 'chondrocyte', 'MSCs from the treated group', 'The MSCs were not able to differentiate into chondrocytes.');
  });

  it('a denial judged against what the review says of the subject\'s class contradicts it only possibly', () => {
    // The review: pro-inflammatory cytokines (IL-8 among them) regulate MSC osteogenesis [39,73]; one member
    // without an effect does not deny what is said of the class.
    const r = analyzer().analyze({ text: 'IL-8 had no effect on the osteogenic differentiation of MSCs.', languageId: 'markdown' });
    const claim = r.claims.find((c) => c.subject === 'il-8' && c.object === 'msc-osteogenic-differentiation');
    assert.ok(claim, 'the claim is read');
    assert.equal(claim.path, 'class');
    assert.ok(!r.diagnostics.some((x) => x.code === 'contradiction' && x.severity === 'warning'));
    assert.ok(r.diagnostics.some((x) => x.code === 'contradiction' && x.certainty === 'possible'));
  });

  it('an origin the review never discusses is not contradicted by the origins it names', () => {
    // The review: osteoclast precursors come from monocytes and macrophages [90-93]; it does not discuss hematopoietic stem cells.
    const r = analyzer().analyze({ text: 'Osteoclast progenitor cells derived from hematopoietic stem cells differentiate into osteoclasts.', languageId: 'markdown' });
    assert.ok(r.claims.some((c) => c.subject === 'hematopoietic-stem-cell'), 'the stem cells are read as hematopoietic, not as MSCs');
    assert.ok(!r.claims.some((c) => c.subject === 'msc'));
    assert.ok(!r.diagnostics.some((x) => x.code === 'contradiction'), r.diagnostics.map((x) => x.message).join(' | '));
    // An origin the review does discuss still contradicts.
    const msc = analyzer().analyze({ text: 'Osteoclast precursors derived from MSCs differentiate into osteoclasts.', languageId: 'markdown' });
    assert.ok(msc.diagnostics.some((x) => x.code === 'contradiction' && x.severity === 'warning'));
  });

  it('a denial of a further rise over another treatment\'s is no denial of the factor\'s effect', () => {
    // The review: RANKL promotes osteoclast differentiation [90-93]; "not above that in vitamin D3-treated cultures" compares with another stimulus.
    const r = analyzer().analyze({ text: 'RANKL did not increase osteoclast formation above that in vitamin D3-treated cultures.', languageId: 'markdown' });
    assert.ok(!r.diagnostics.some((x) => x.code === 'contradiction'), r.diagnostics.map((x) => x.message).join(' | '));
    const plain = analyzer().analyze({ text: 'RANKL did not increase osteoclast formation.', languageId: 'markdown' });
    assert.ok(plain.diagnostics.some((x) => x.code === 'contradiction' && x.severity === 'warning'));
  });

  it('a denial set against what mammals do is about another animal and contradicts nothing', () => {
    // The review: RANKL promotes osteoclast differentiation [90-93].
    const r = analyzer().analyze({ text: 'Unlike mammals, RANKL did not increase osteoclast formation in the fish.', languageId: 'markdown' });
    assert.ok(!r.diagnostics.some((x) => x.code === 'contradiction'), r.diagnostics.map((x) => x.message).join(' | '));
    const plain = analyzer().analyze({ text: 'RANKL did not increase osteoclast formation in the fish.', languageId: 'markdown' });
    assert.ok(plain.diagnostics.some((x) => x.code === 'contradiction'));
  });

  it('a finding about resting cells contradicts what the review says of activated cells only possibly', () => {
    // The review: MSCs, once inflammation activates them, steer macrophage polarization [27,29,32].
    for (const text of ['Unstimulated MSCs did not affect macrophage polarization.', 'Conditioned medium from MSCs under normal culture conditions did not affect macrophage polarization.']) {
      const r = analyzer().analyze({ text, languageId: 'markdown' });
      const claim = r.claims.find((c) => c.subject === 'msc' && c.object === 'macrophage-polarization');
      assert.ok(claim, `the claim is read: ${text}`);
      assert.ok(claim.context.some((x) => x.startsWith('model:')), claim.context.join(','));
      assert.ok(!r.diagnostics.some((x) => x.code === 'contradiction' && x.severity === 'warning'), text);
    }
    const plain = analyzer().analyze({ text: 'MSCs did not affect macrophage polarization.', languageId: 'markdown' });
    assert.ok(plain.diagnostics.some((x) => x.code === 'contradiction' && x.severity === 'warning'));
  });

  it('a member of a class meets what the review says of the class about a near concept, and no more than possibly contradicts it', () => {
    // The review: biomaterial scaffolds enhance the osteogenic effect of MSCs [116]; hydrogels are scaffolds.
    const agree = analyzer().analyze({ text: 'Hydrogels promote osteogenesis.', languageId: 'markdown' });
    const claim = agree.claims.find((c) => c.subject === 'hydrogel' && c.object === 'bone-formation');
    assert.ok(claim, 'the claim is read');
    assert.equal(claim.path, 'class-near');
    assert.equal(claim.status, 'supports');
    const deny = analyzer().analyze({ text: 'Hydrogels inhibit osteogenesis.', languageId: 'markdown' });
    const d = deny.diagnostics.find((x) => deny.claims[x.claim ?? -1]?.path === 'class-near');
    assert.ok(d, 'the opposite claim is reported');
    assert.equal(d.severity, 'information');
    assert.equal(d.certainty, 'possible');
  });

  it('a family of molecules acts as its member does on a near concept; a class of vesicles does not', () => {
    // The review: BMP-2 promotes MSC osteogenic differentiation [39,73,111]; osteoblast differentiation is near it.
    const agree = analyzer().analyze({ text: 'Bone morphogenetic proteins promote osteoblast differentiation.', languageId: 'markdown' });
    const claim = agree.claims.find((c) => c.subject === 'bmp' && c.object === 'osteoblast-differentiation');
    assert.ok(claim, 'the claim is read');
    assert.equal(claim.path, 'class-near');
    assert.equal(claim.status, 'supports');
    const deny = analyzer().analyze({ text: 'Bone morphogenetic proteins inhibit osteoblast differentiation.', languageId: 'markdown' });
    const d = deny.diagnostics.find((x) => deny.claims[x.claim ?? -1]?.subject === 'bmp');
    assert.equal(d?.certainty, 'possible', 'two steps from the review: never a Warning by itself');
    // Exosomes in general are not the M1 macrophages' exosomes the review speaks of.
    const vesicles = analyzer().analyze({ text: 'Exosomes promote osteogenesis.', languageId: 'markdown' });
    const read = vesicles.claims.find((c) => c.subject === 'exosome' && c.object === 'bone-formation');
    assert.ok(read, 'the claim is read');
    assert.equal(read.status, 'unknown');
  });

  it('a near concept of the subject meets what the review says of the object\'s class, only in agreement', () => {
    // The review: MSCs lower pro-inflammatory cytokines [27,29,49,54]; IL-1β is one; MSC therapy is near MSCs.
    const agree = analyzer().analyze({ text: 'MSC transplantation lowered IL-1β.', languageId: 'markdown' });
    const claim = agree.claims.find((c) => c.subject === 'msc-therapy' && c.object === 'il-1beta');
    assert.ok(claim, 'the claim is read');
    assert.equal(claim.path, 'object-class');
    assert.equal(claim.status, 'supports');
    const deny = analyzer().analyze({ text: 'MSC transplantation raised IL-1β.', languageId: 'markdown' });
    const raised = deny.claims.find((c) => c.subject === 'msc-therapy' && c.object === 'il-1beta');
    assert.ok(raised, 'the opposite claim is read');
    assert.notEqual(raised.status, 'contradicts');
    assert.ok(!deny.diagnostics.some((x) => x.code === 'contradiction'));
  });

  it('a role in a whole process is supported by what the review says of a part, a direction is not', () => {
    // The review: STAT3 promotes osteoclast formation [109,110]; bone remodeling is made of resorption and
    // formation (lexicon parts).
    const role = analyzer().analyze({ text: 'STAT3 participates in bone remodeling.', languageId: 'markdown' });
    const claim = role.claims.find((c) => c.subject === 'stat3' && c.object === 'bone-remodeling');
    assert.ok(claim, 'the claim is read');
    assert.equal(claim.status, 'supports');
    assert.ok(claim.refs.includes(109));
    const directed = analyzer().analyze({ text: 'STAT3 suppresses bone remodeling.', languageId: 'markdown' });
    assert.ok(!directed.claims.some((c) => c.status === 'supports' || c.status === 'contradicts'), 'raising or lowering a part says nothing of the whole');
  });

  it('an isoform the review names only as its family is judged as the family, at full strength', () => {
    // The review: TGF-β enhances ALP [107]; TGF-β1 is an isoform of TGF-β (lexicon isoformOf).
    const r = analyzer().analyze({ text: 'TGF-β1 inhibited alkaline phosphatase activity.', languageId: 'markdown' });
    const claim = r.claims.find((c) => c.subject === 'tgf-beta1' && c.object === 'alp');
    assert.ok(claim, 'the claim is read');
    assert.equal(claim.path, 'direct');
    assert.equal(claim.status, 'contradicts');
    assert.ok(r.diagnostics.some((x) => x.code === 'contradiction' && x.severity === 'warning'));
  });
});
