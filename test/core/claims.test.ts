/** Claim extraction and judgement, phenomenon by phenomenon. */
import { strict as assert } from 'node:assert';
import { analyzer, claimsOf } from '../support/lexicon';

function has(text: string, expected: string, lang = 'markdown'): void {
  const claims = claimsOf(text, lang);
  assert.ok(claims.includes(expected), `"${text}"\n  expected: ${expected}\n  got: ${claims.join(' | ') || '(none)'}`);
}

function none(text: string, lang = 'markdown'): void {
  const claims = claimsOf(text, lang).filter((c) => / (supports|contradicts|context-dependent)$/.test(c));
  assert.deepEqual(claims, [], `"${text}" should make no judged claim`);
}

describe('claims', () => {
  it('active voice, both outcomes', () => {
    has('IL-4 promotes NFATc1.', 'il-4 promotes nfatc1 contradicts');
    has('IL-4 suppresses NFATc1 in osteoclast precursors.', 'il-4 suppresses nfatc1 supports');
  });

  it('a treatment arm named by "the treatment" or "the intervention" is the treatment named before it', () => {
    has('Rats were given MSC transplantation after infarction. Serum IL-6 was lower in the intervention group than in controls.', 'msc-therapy reduces il-6 supports');
    has('Rats were given MSC transplantation after infarction. IL-6 showed a clear decrease in the treatment group.', 'msc-therapy reduces il-6 supports');
  });

  it('a term changed in no stated direction bears on its partner in no stated direction, and never contradicts', () => {
    has('Dysregulation of tissue macrophages leads to impaired wound healing.', 'macrophage regulates tissue-regeneration supports');
    has('Dysregulated macrophages lead to impaired wound healing.', 'macrophage regulates tissue-regeneration supports');
    has('Dysregulation of tissue monocytes/macrophages leads to impaired wound healing.', 'macrophage regulates tissue-regeneration supports');
    has('Aberrant macrophage activity results in poor wound healing.', 'macrophage-activation regulates tissue-regeneration supports');
    has('TNF-α caused dysregulation of osteoclast formation.', 'tnf-alpha regulates osteoclastogenesis supports');
  });

  it('a singular noun after "these" qualifies the noun after it and refers to nothing ("these cell fate decisions")', () => {
    const claims = claimsOf('Stem cells drive tissue regeneration. A loss of control over these cell fate decisions may cause defects in regeneration.');
    assert.ok(claims.includes('msc promotes tissue-regeneration supports'), claims.join(' | '));
    assert.ok(!claims.some((c) => c.startsWith('msc inhibits tissue-regeneration')), claims.join(' | '));
  });

  it('"knock-out" and "knock-down" take a term away as "knockout" and "knockdown" do', () => {
    has('CCR2 knock-out mice showed less macrophage recruitment.', 'ccr2 promotes macrophage-recruitment supports');
    has('Knock-down of CCR2 reduced macrophage recruitment.', 'ccr2 promotes macrophage-recruitment supports');
  });

  it('passive voice', () => {
    has('NFATc1 is inhibited by IL-4.', 'il-4 inhibits nfatc1 supports');
    has('NFATc1 was strongly activated by IL-4 [104].', 'il-4 activates nfatc1 contradicts');
  });

  it('negation: does not, never, failed to, no … of', () => {
    has('IL-4 does not inhibit NFATc1.', 'il-4 not inhibits nfatc1 contradicts');
    has('IL-4 never inhibits NFATc1.', 'il-4 not inhibits nfatc1 contradicts');
    has('IL-4 failed to suppress NFATc1.', 'il-4 not suppresses nfatc1 contradicts');
    has('We saw no inhibition of NFATc1 by IL-4.', 'il-4 not inhibits nfatc1 contradicts');
    has('IFN-γ does not promote MSC proliferation.', 'ifn-gamma not promotes msc-proliferation supports');
  });

  it('"neither … nor" negates both; "X, but not Y," keeps X as the actor', () => {
    has('Neither IL-4 nor IL-13 promotes M2 polarization.', 'il-13 not promotes m2-polarization contradicts');
    has('Neither IL-4 nor IL-13 promotes M2 polarization.', 'il-4 not promotes m2-polarization contradicts');
    has('IL-4, but not IL-13, inhibits NFATc1.', 'il-4 inhibits nfatc1 supports');
  });

  it('"not only … but also" is not a negation', () => {
    has('IL-4 not only inhibits NFATc1 but also blocks osteoclast formation.', 'il-4 inhibits nfatc1 supports');
  });

  it('hedged claims are claims, reported as Information', () => {
    const r = require('../support/lexicon').analyzer().analyze({ text: 'IL-4 may promote NFATc1.', languageId: 'markdown' });
    assert.equal(r.diagnostics[0]?.code, 'contradiction');
    assert.equal(r.diagnostics[0]?.severity, 'information');
    assert.equal(r.claims[0].hedged, true);
  });

  it('removing an actor reverses its effect ("the absence of X delays Y", "blocking X reduced Y")', () => {
    has('Blocking CXCR4 reduced MSC homing to the fracture.', 'cxcr4 promotes msc-homing supports');
    has('The absence of TNF-α and IL-6 delays the differentiation of MSCs.', 'tnf-alpha promotes msc-differentiation supports');
    has('Depleting macrophages impaired bone repair.', 'macrophage promotes bone-repair supports');
  });

  it('"Y requires X" and "Y depends on X" make X the actor', () => {
    has('Osteoclast formation requires NFATc1.', 'nfatc1 promotes osteoclastogenesis supports');
    has('MSC homing depends on the SDF-1/CXCR4 axis [60].', 'sdf1-cxcr4-axis promotes msc-homing supports');
  });

  it('questions and "whether" clauses are not claims', () => {
    none('Does IL-4 promote NFATc1?');
    none('We asked whether IL-4 promotes NFATc1.');
    none('If IL-4 promotes NFATc1, osteoclasts should increase.');
  });

  it('a question ends where the finding that answers it starts', () => {
    has('We asked whether IL-4 alters NFATc1 and found that IL-4 promotes NFATc1.', 'il-4 promotes nfatc1 contradicts');
    none('We asked whether IL-4 promotes NFATc1 in these cells.');
  });

  it('coordinated subjects and objects', () => {
    const c = claimsOf('IL-1β, IL-6, TNF-α and IFN-γ inhibit MSC proliferation [4,5].');
    for (const s of ['il-1beta', 'il-6', 'tnf-alpha', 'ifn-gamma']) assert.ok(c.includes(`${s} inhibits msc-proliferation supports`), c.join(' | '));
    has('IFN-γ inhibits NF-κB and c-fos.', 'ifn-gamma inhibits c-fos supports');
  });

  it('nominalisations', () => {
    has('IL-4-mediated activation of NFATc1 drives osteoclastogenesis.', 'il-4 promotes nfatc1 contradicts');
    has('The inhibition of MSC migration by LRG1 was marked.', 'lrg1 inhibits msc-migration contradicts');
    has('The IFN-γ-induced increase in osteoclast formation was striking.', 'ifn-gamma promotes osteoclastogenesis contradicts');
    has('RANKL-induced osteoclast formation was weakened.', 'rankl promotes osteoclastogenesis supports');
  });

  it('relative clauses: "TNF-α induces LRG1, which recruits MSCs"', () => {
    has('TNF-α induces LRG1, which recruits MSCs.', 'lrg1 promotes msc-recruitment supports');
    has('TNF-α induces LRG1, which recruits MSCs.', 'tnf-alpha induces lrg1 supports');
  });

  it('after a relative clause or an appositive, the head noun acts', () => {
    has('M2 macrophages, which secrete TGF-β1, support MSC chondrogenesis.', 'm2-macrophage promotes msc-chondrogenic-differentiation supports');
    has('OSM, an IL-6 family cytokine produced by M1 macrophages, drives the osteogenic differentiation of MSCs.', 'osm promotes msc-osteogenic-differentiation supports');
  });

  it('context qualifiers decide between the review’s context-dependent statements', () => {
    has('High concentrations of TNF-α inhibit osteoblast differentiation.', 'tnf-alpha inhibits osteoblast-differentiation supports');
    has('Low-dose TNF-α suppresses osteoblast differentiation.', 'tnf-alpha suppresses osteoblast-differentiation contradicts');
    has('TNF-α inhibits osteoblast differentiation.', 'tnf-alpha inhibits osteoblast-differentiation context-dependent');
  });

  it('attribute claims', () => {
    has('IL-10 is a pro-inflammatory cytokine.', 'il-10 is inflammatory:pro contradicts');
    has('IL-10 is an anti-inflammatory cytokine.', 'il-10 is inflammatory:anti supports');
    has('M1 macrophages are anti-inflammatory.', 'm1-macrophage is inflammatory:anti contradicts');
    // A term the review gives no character of its own is judged by its effects when the sentence has it exert
    // one: the review has MSCs inhibit inflammation and promote M2 polarization. What they could do is no such
    // statement ("the anti-inflammatory potential of MSCs").
    has('In vitro experiments showed anti-inflammatory effects of MSCs.', 'msc is inflammatory:anti supports');
    has('MSCs exert pro-inflammatory effects.', 'msc is inflammatory:pro contradicts');
    has('MSCs are anti-inflammatory.', 'msc is inflammatory:anti unknown');
    // (Only statements with a direction show a character: the review has immune cells regulate inflammation.)
    has('Immune cells exert anti-inflammatory effects.', 'immune-cell is inflammatory:anti unknown');
    none('Several studies have demonstrated the anti-inflammatory potential of MSCs.');
    none('MSCs have anti-inflammatory properties.');
    none('This study aimed to investigate the anti-inflammatory effects of MSCs.');
    has('Targeting TRAF6 caused the MSCs to exert anti-inflammatory effects.', 'msc is inflammatory:anti supports');
    // (The spelling with the alternative name in parentheses names the same cells.)
    has('Human mesenchymal stem (stromal) cells promote the resolution of acute lung injury.', 'msc inhibits respiratory-disease supports');
  });

  it('lineage claims', () => {
    has('MSCs differentiate into osteoclasts.', 'msc differentiates-into osteoclast contradicts');
    has('MSCs differentiate into osteoblasts.', 'msc differentiates-into osteoblast supports');
    has('Osteoclasts derive from macrophages.', 'macrophage differentiates-into osteoclast supports');
  });

  it('secretion by the wrong macrophage phenotype', () => {
    has('TNF-α is secreted by M2 macrophages.', 'm2-macrophage secretes tnf-alpha contradicts');
  });

  it('a product the review says a cell makes, or one of whose members it makes', () => {
    // The review: chemokines come from MSCs and macrophages; MSCs secrete CCL2.
    has('MSCs secrete chemokines.', 'msc secretes chemokine supports');
    has('MSCs express a variety of chemokines.', 'msc expresses chemokine supports');
  });

  it('a product class the review names only through the groups of its kinds', () => {
    // The review: MSCs release IL-10 and TGF-β1, kinds of anti-inflammatory cytokines, which are cytokines.
    has('MSCs secrete cytokines.', 'msc secretes cytokine supports');
    // It names no cytokine made by osteoclasts.
    has('Osteoclasts secrete cytokines.', 'osteoclast secretes cytokine unknown');
  });

  it('lineage from precursor cells in general', () => {
    has('Osteoclasts are derived from hematopoietic precursor cells.', 'precursor-cell differentiates-into osteoclast supports');
  });

  it('lineage from a class that holds an origin the review names, but not from another member of it', () => {
    // The review derives osteoclasts from macrophages, which are immune cells; T cells are immune cells too.
    has('Osteoclasts originate from immune cells.', 'immune-cell differentiates-into osteoclast supports');
    has('Osteoclasts originate from T cells.', 't-cell differentiates-into osteoclast contradicts');
  });

  it('lineage from another origin of the same descendant is not ruled out', () => {
    // The review has precursor cells and macrophages both give rise to osteoclasts, and derives macrophages
    // from monocytes: myeloid precursors upstream of macrophages are not another origin it excludes.
    has('Myeloid precursor cells give rise to macrophages.', 'precursor-cell differentiates-into macrophage unknown');
    // MSCs give rise to no cell that macrophages do.
    has('MSCs give rise to macrophages.', 'msc differentiates-into macrophage contradicts');
  });

  it('methods sentences, captions and unrelated verbs stay silent', () => {
    none('RANKL and IL-4 were quantified by ELISA.');
    none('Figure 2. IL-4, NFATc1 and RANKL staining in pre-OCs.');
    none('IL-4 levels correlated with NFATc1.');
  });

  it('sign-neutral background is supported when the review relates the pair, and never contradicts', () => {
    has('IL-4 regulates NFATc1.', 'il-4 regulates nfatc1 supports');
    has('IL-4 affects NFATc1.', 'il-4 regulates nfatc1 supports');
    none('IL-4 regulates CXCR4.');
    // Either way round: the review has IL-4 acting on NFATc1 and scaffolds shaping the immune response.
    has('NFATc1 regulates IL-4.', 'nfatc1 regulates il-4 supports');
    has('The immune response affects implanted scaffolds.', 'immune-response regulates biomaterial-scaffold supports');
    // (Making or carrying is no influence: that macrophages secrete OSM, or exosomes carry miRNAs, says nothing of the reverse.)
    has('OSM affects macrophages.', 'osm regulates macrophage unknown');
    has('MiRNAs regulate exosomes.', 'mirna regulates exosome unknown');
    // Cells are acted on through what they do: the review has IL-6 driving macrophages' M2 polarization.
    has('IL-6 affects immune cells.', 'il-6 regulates immune-cell supports');
  });

  it("a ligand's receptor the lexicon has no term for is not the ligand, but blocking or signalling through it is the ligand's signal", () => {
    none('MSCs raised the TNF-α receptor on macrophages.');
    none('MSCs raised the expression of the receptor for IL-10 on macrophages.');
    has('An IL-4 receptor antagonist restored NFATc1 in the precursors.', 'il-4 inhibits nfatc1 supports');
  });

  it('a cell raising what the review says it makes agrees with the review; lowering it says nothing', () => {
    has('MSCs increased IDO expression.', 'msc increases ido supports');
    has('M1 macrophages increased TNF-α.', 'm1-macrophage increases tnf-alpha supports');
    has('MSCs reduced IDO.', 'msc reduces ido unknown');
    // (A kind of the cells makes it: M1 macrophages are macrophages.)
    has('Macrophages secrete TNF-α.', 'macrophage secretes tnf-alpha supports');
    // (A member of what the cells make: the review has macrophages secrete VEGF.)
    has('Macrophages increase VEGF-A.', 'macrophage increases vegf-a supports');
  });

  it("what the review says a class does (transfer, secrete) agrees with a member doing it, and never denies the member", () => {
    // The review: MSC extracellular vesicles transfer mitochondria [55]; exosomes are extracellular vesicles.
    has('MSC-derived exosomes transfer mitochondria to macrophages.', 'exosome transfers mitochondria supports');
    has('Exosomes do not transfer mitochondria.', 'exosome not transfers mitochondria unknown');
  });

  it('a miRNA the lexicon lacks ("miR-182-5p") counts as a miRNA carried by vesicles, but what it does itself is not judged', () => {
    // The review: exosomes carry miRNAs; it names what only its own miRNAs (miR-466, miR-223-3p …) do.
    has('In conclusion, miR-182-5p transferred by the exosomes derived from BM-MSCs protected against injury by targeting TLR4.', 'exosome transfers mirna supports');
    has('MSC exosomes transfer miR-21 to macrophages.', 'exosome transfers mirna supports');
    none('Cell transfection showed that miR-423-5p regulates osteogenesis in bone marrow mesenchymal stem cells.');
    // What a cargo does, named with the carrier that brought it, is the carrier's (the cells before it only say whose).
    has('miR-21 carried by MSC exosomes promoted M2 polarization.', 'exosome promotes m2-polarization supports');
    has('MiR-146a-5p delivered by cord MSC extracellular vesicles modulates the inflammatory response.', 'extracellular-vesicle regulates inflammation supports');
    none('Besides, miR-146a-5p decreased IRAK1, which inhibited the nuclear translocation of NF-κB p65.');
    has('miR-223 promotes M2 polarization.', 'mir-223-3p promotes m2-polarization supports');
  });

  it('what acts on a signalling pathway is not contradicted by a claim about the amount of its ligand', () => {
    // The review: IFN-γ cuts the RANKL/RANK signal short through TRAF6 [101]; it says nothing of RANKL's amount.
    has('Upon activation, B cells expressed RANKL, which was further augmented by interferon-γ (IFN-γ).', 'ifn-gamma enhances rankl unknown');
    has('IFN-γ increased RANKL expression in B cells.', 'ifn-gamma increases rankl unknown');
    has('IFN-γ activated RANKL/RANK signalling.', 'ifn-gamma activates rankl-rank contradicts');
  });

  it('a denial on a near concept contradicts a directed statement, not a link the review gives no direction', () => {
    // The review links MSCs to osteoblast differentiation without a direction; it has IL-6 promote it [116].
    has('Additionally, UC-MSCs did not alter collagen I/III ratios.', 'msc not regulates collagen-1a1 unknown');
    has('We were unable to identify any effects of IL-6 on alkaline phosphatase activity.', 'il-6 not regulates alp contradicts');
  });

  it("a treatment given with a named agent the lexicon does not know is that agent's, not the review's pretreatment", () => {
    none('Pretreatment with NPS2390, a CaR inhibitor, antagonized strontium ranelate-induced mineralization.');
    has('Hypoxic pretreatment enhanced MSC survival.', 'hypoxia enhances msc-survival contradicts');
  });

  it('a denial in the absence of a named gene speaks of its loss, whether or not the lexicon names it', () => {
    none('The inhibitory effect of IL-4 on osteoclast formation was not observed in the absence of STAT6.');
    none('IL-4 did not inhibit osteoclast formation in the absence of STAT6.');
    has('IL-4 did not inhibit osteoclast formation.', 'il-4 not inhibits osteoclastogenesis contradicts');
  });

  it('muscle and tendon repair are tissue repair', () => {
    has('Macrophage depletion impaired skeletal muscle regeneration.', 'macrophage-depletion inhibits tissue-regeneration supports');
    has('Impaired Skeletal Muscle Regeneration Induced by Macrophage Depletion', 'macrophage-depletion inhibits tissue-regeneration supports');
  });

  it("a denial about one tissue's own cells does not deny what the review says of the cells", () => {
    none('In general, intestinal macrophages do not produce proinflammatory cytokines against commensal bacteria.');
    has('Macrophages do not produce proinflammatory cytokines.', 'macrophage not secretes pro-inflammatory-cytokine contradicts');
  });

  it('a failed graft of cells the lexicon names no therapy of does not deny what the review says of the cells', () => {
    none('Transplantation of macrophages failed to improve the repair of tibial defects.');
    none('Macrophage injection did not improve bone repair.');
    none('Transplanted macrophages did not enhance bone healing.');
    has('Macrophages transplanted into the defect enhanced bone healing.', 'macrophage enhances bone-repair supports');
    has('Macrophages did not enhance bone healing.', 'macrophage not enhances bone-repair contradicts');
    // (A therapy the lexicon names is its own term, and a failure of it is a contradiction.)
    has('MSC transplantation did not enhance bone healing.', 'msc-therapy not enhances bone-repair contradicts');
  });

  it('a category judged through its groups is never contradicted: it agrees with the group that acts so', () => {
    // The review: anti-inflammatory cytokines prevent inflammation [34,36], pro-inflammatory ones promote it
    // [15-19]; of cytokines as such it says nothing. A denial leaves open which group is meant.
    has('Cytokines inhibit inflammation.', 'cytokine inhibits inflammation supports');
    has('Cytokines promote inflammation.', 'cytokine promotes inflammation supports');
    has('Cytokines do not inhibit inflammation.', 'cytokine not inhibits inflammation context-dependent');
  });

  it("a ratio's slash divides its two terms: what lowers the ratio lowers the first, and says nothing against the second", () => {
    // The review: MSCs shift macrophages from M1 to M2 [29,54,84]; a lower M1/M2 share agrees, it does not lower M2.
    has('MSCs decreased the ratio of M1/M2 macrophages.', 'msc reduces m1-macrophage supports');
    assert.ok(!claimsOf('MSCs decreased the ratio of M1/M2 macrophages.').some((c) => c.startsWith('msc reduces m2-macrophage')));
    assert.ok(!claimsOf('The ratio of iNOS+/CD206+ macrophages was decreased after MSC injection.').some((c) => c.includes('m2-macrophage')));
    // A slash outside a ratio still lists: both are lowered.
    has('MSCs decreased M1/M2 macrophages.', 'msc reduces m2-macrophage contradicts');
  });

  it('mouse gene symbols (Rankl, Il6, Tnfrsf11b) are the terms they name', () => {
    has('IL-6 enhanced Rankl expression in osteocytes.', 'il-6 enhances rankl supports');
    has('Il6 increased Tnfsf11 expression.', 'il-6 increases rankl supports');
    has('IL-4 reduced Nfatc1 and Acp5 expression.', 'il-4 reduces nfatc1 supports');
  });

  it('the BMP family is judged by the one member the review names; other numbered members are not the family', () => {
    // The review: macrophages secrete BMP-2 [39,73]; BMP-2 activates SMAD signalling [111].
    has('Macrophages secrete BMPs.', 'macrophage secretes bmp supports');
    has('BMP signaling activates Smad signaling.', 'bmp activates smad-signalling supports');
    // BMP-4 and BMP-7 are not BMP-2: nothing the review says of BMP-2 judges them.
    assert.ok(!claimsOf('BMP-7 inhibits osteoblast differentiation.').some((c) => / (supports|contradicts)$/.test(c)));
    assert.ok(!claimsOf('Bone morphogenetic protein-4 activates Smad signaling.').some((c) => c.startsWith('bmp ')));
  });

  it('a carrier named with what it contains is what acts', () => {
    has('Scaffolds containing BMP-4 promote M2 macrophage polarization.', 'biomaterial-scaffold promotes m2-polarization supports');
  });

  it('a list of objects runs past "as assessed by"', () => {
    has('OSM increased BMP4, BMP7, Runx-2, and osteocalcin as assessed by immunoblotting.', 'osm increases osteocalcin supports');
  });

  it('inferences the review invites are judged, and marked as inferences', () => {
    // Polarized macrophages' factors steer MSC osteogenic activity [3]: no direction, so any agrees.
    has('Macrophage polarization contributes to the osteogenic differentiation of MSCs.', 'macrophage-polarization promotes msc-osteogenic-differentiation supports');
    // MSC vesicles cut macrophage cytokines [49] and shift macrophages to M2 [28,52,53].
    has('MSC-derived exosomes reduced inflammation.', 'exosome reduces inflammation supports');
    for (const text of ['Macrophage polarization contributes to the osteogenic differentiation of MSCs.', 'MSC-derived exosomes reduced inflammation.']) {
      const claim = analyzer().analyze({ text, languageId: 'markdown' }).claims.find((c) => c.status === 'supports');
      assert.equal(claim?.provenance, 'inferred', text);
    }
  });

  it('a gene or construct name glued to a term ("sFgl2-MSCs", "C-MSCs") leaves the term a term; a word prefix does not', () => {
    has('The sFgl2-MSCs enhanced the phagocytosis ability of macrophages.', 'msc enhances phagocytosis supports');
    has('C-MSCs induced bone regeneration.', 'msc induces bone-repair supports');
    // ("Non-MSCs" are other cells: a word prefix keeps its term.)
    assert.ok(!claimsOf('Non-MSCs inhibited T cell proliferation.').some((c) => c.startsWith('msc ')));
  });

  it('"anti" glued to a symbol without its hyphen removes the factor, as "anti-" does', () => {
    has('An antiIL-6 antibody reduced osteoclast formation.', 'il-6 promotes osteoclastogenesis supports');
  });

  it('"in the absence of" takes a finding out of judgement only when it names a term', () => {
    // The review: IL-1β, like other inflammatory factors, curbs MSC proliferation [4,5].
    has('IL-1β enhanced CFU-F formation in the absence of further supplements.', 'il-1beta enhances msc-proliferation contradicts');
    assert.ok(!claimsOf('IL-1β enhanced CFU-F formation in the absence of TNF-α.').some((c) => c.endsWith(' contradicts')));
  });

  it('an enzyme named after a term is not the term', () => {
    has('Soluble RANKL cleaved by TNF-α converting enzyme (TACE) contributes to osteoclastogenesis.', 'rankl promotes osteoclastogenesis supports');
    assert.ok(!claimsOf('TNF-α converting enzyme cleaves RANKL.').some((c) => c.startsWith('tnf-alpha ')));
  });

  it('reference numbers glued to a term (a superscript lost in copying) do not hide the term', () => {
    has('Periodontitis shows increased bone destruction due to enhanced osteoclastogenesis1,2.', 'osteoclastogenesis promotes bone-resorption supports');
  });

  it('an action that harms the cell it is said of is no claim on the cell', () => {
    none('MSCs induced T cell anergy.');
    none('MSCs induced a profound T cell hyporesponsiveness.');
    has('MSCs induced T cell apoptosis.', 'msc induces t-cell-apoptosis supports');
  });
  it('LaTeX sentences with citations and math Greek', () => {
    has('TNF-$\\alpha$ secreted by M1 macrophages inhibits MSC proliferation~\\cite{zhang2024}.', 'tnf-alpha inhibits msc-proliferation supports', 'latex');
    has('\\emph{IL-4} promotes \\textbf{NFATc1}~\\cite{x}.', 'il-4 promotes nfatc1 contradicts', 'latex');
  });
});
