/**
 * The ten kinds of real-prose failure (issue "Verdicts a scientist trusts on real prose"), one block
 * each, with sentences in our own words built like the ones authors write.
 */
import { strict as assert } from 'node:assert';
import { analyzer, claimsOf } from '../support/lexicon';

function has(text: string, expected: string): void {
  const claims = claimsOf(text);
  assert.ok(claims.includes(expected), `"${text}"\n  expected: ${expected}\n  got: ${claims.join(' | ') || '(none)'}`);
}

function lacks(text: string, pattern: RegExp): void {
  const claims = claimsOf(text);
  assert.ok(!claims.some((c) => pattern.test(c)), `"${text}" should not read ${pattern}; got ${claims.join(' | ')}`);
}

describe('real-prose phenomena', () => {
  it('1. a second argument brought in by a comparison or contrast cue', () => {
    has('IL-6, like TNF-α, promotes osteoclast differentiation.', 'tnf-alpha promotes osteoclastogenesis supports');
    has('IL-6 works in synergy with TNF-α to promote osteoclast formation.', 'tnf-alpha promotes osteoclastogenesis supports');
    // What a term does acting synergistically with a partner is the pair's effect: it may agree, never contradict.
    lacks('IL-23 acted synergistically with IL-18 to block osteoclastogenesis.', /contradicts$/);
    lacks('IL-23 synergizes with IL-18 to block osteoclastogenesis.', /contradicts$/);
    has('Osteoclast formation was promoted by RANKL but not by IL-4.', 'il-4 not promotes osteoclastogenesis supports');
    has('TNF-α, not IL-10, induced LRG1.', 'tnf-alpha induces lrg1 supports');
    // Examples in an aside stand for the class before it when no term names the actor.
    has('Several cytokines, such as IL-1β and TNF-α, curb MSC proliferation.', 'tnf-alpha inhibits msc-proliferation supports');
    // An object pronoun in the second clause is the first clause's process.
    has('MSC proliferation was measured, and TNF-α stimulated it.', 'tnf-alpha stimulates msc-proliferation contradicts');
    // Both directions in one sentence, each under its own condition: the one that disagrees warns of nothing.
    has('TNF-α directly inhibits MSC proliferation but indirectly stimulates it.', 'tnf-alpha inhibits msc-proliferation supports');
    lacks('TNF-α directly inhibits MSC proliferation but indirectly stimulates it.', / contradicts$/);
    // A compound that only describes the object the verb acts on is no second direction for the pair.
    has('LPS pretreatment inhibited LPS-induced MSC apoptosis.', 'lps inhibits msc-apoptosis contradicts');
  });

  it('2. pronouns, possessives and definite descriptions', () => {
    // "their depletion": the cells taken away, read reversed; the first clause's verb does not reach past
    // ", and" into the second clause for its object.
    has('Macrophages regulate repair, and their depletion delays fracture healing.', 'macrophage promotes bone-repair supports');
    lacks('Macrophages are key regulators of bone repair, and their depletion delays healing.', / contradicts$/);
    has('Macrophages regulate repair, and macrophage depletion delays healing.', 'macrophage-depletion inhibits bone-repair supports');
    lacks('Macrophages regulate repair, and macrophage depletion delays healing.', /^macrophage regulates macrophage-depletion/);
    // "its blockade" is left alone: which singular term it means is too often open.
    lacks('IL-4 inhibits NFATc1, and its blockade restores osteoclast formation.', /^nfatc1 /);
    has('IL-1β reaches the MSCs and suppresses their proliferation.', 'il-1beta suppresses msc-proliferation supports');
    has('IL-4 is secreted by M2 macrophages. It inhibits NFATc1.', 'il-4 inhibits nfatc1 supports');
    // A subject pronoun opening a sentence goes on with the subject before: when no term named it (a drug
    // the lexicon does not know), "it" is not the term inside that sentence's object.
    lacks('Compound Z inhibited RANKL-mediated osteoclast formation. Furthermore, it suppressed cathepsin K.', /^rankl suppresses/);
    has('In mice, IL-4 inhibited osteoclast formation. Furthermore, it suppressed cathepsin K.', 'il-4 suppresses cathepsin-k supports');
    has('It was found that MSCs contributed to bone repair. They also increased M2 macrophages.', 'msc increases m2-macrophage supports');
    has('MSCs release TSG-6. The protein shifts macrophages toward the M2 phenotype.', 'tsg-6 promotes m2-macrophage supports');
    // A name right after the noun, one the lexicon does not know, is what the description names.
    lacks('IL-6 was high. The cytokine IL-1RA reduced RANKL.', /^il-6 /);
    lacks('It is well known that MSCs are multipotent.', /^it /);
    has('TNF-α induces osteoclast formation. This process is inhibited by IL-4.', 'il-4 inhibits osteoclastogenesis supports');
    // A subordinate clause without a comma: the process of the main clause is what "the process" names.
    has('Cells showed mineralization while tolerized macrophages inhibited the process.', 'macrophage inhibits bone-mineralization contradicts');
    // A rise named again by "this induction / increase / formation"; not when the phrase names its own term.
    has('Medium from macrophages raised ALP in MSCs. This induction was prevented by an anti-BMP-2 antibody.', 'bmp-2 promotes alp supports');
    has('IL-6 induced the formation of osteoclasts. This formation was abolished by the addition of human OPG.', 'opg blocks osteoclastogenesis supports');
    lacks('IL-1β raised RANKL. This increase in bone formation was blocked by IL-1 receptor antagonists.', /^il-1 \S+ rankl/);
    // An adjective coordinated before the cells' action shares its noun: the possessive still names the action.
    has('Pretreatment of MSCs improved their regenerative and immunomodulatory capacities.', 'preconditioning enhances msc-immunomodulation supports');
    // A cell's action after "their" belongs to the nearest cells, past treatments that have no actions.
    has('Pretreatment of MSCs with IFN-γ or LPS strengthened their osteogenic activity.', 'lps enhances msc-osteogenic-differentiation supports');
    // A term that only modifies a hyphened compound, alone or coordinated ("TNF-α and RANKL-induced"), is no
    // referent for a later "it"; the answer after "with the result that" is claimed, the question is not.
    has('We tested whether IL-10 could block TNF-α and RANKL-induced osteoclastogenesis, with the result that it blocked osteoclast formation.', 'il-10 blocks osteoclastogenesis supports');
    lacks('We tested whether IL-10 could block TNF-α and RANKL-induced osteoclastogenesis, with the result that it blocked osteoclast formation.', /^(tnf-alpha|rankl) inhibits/);
  });

  it('2b. a cell named in an earlier sentence of the paragraph is the cell of an action named alone', () => {
    has('Synovial MSCs were cultured with IL-1β. IL-1β raised proliferation strongly.', 'il-1beta increases msc-proliferation contradicts');
    has('We isolated human BMSCs. TNF-α did not affect cell migration.', 'tnf-alpha not regulates msc-migration contradicts');
    // The latest cell that has the action: osteoblasts named last do not proliferate in the lexicon, MSCs do.
    has('MSCs were isolated and differentiated into osteoblasts. IFN-γ inhibited proliferation.', 'ifn-gamma inhibits msc-proliferation supports');
    // A cell name the lexicon lacks after "of" is still the cells; a plain "of" object is the action's own.
    has('We isolated human BMSCs. CXCL12 improved the vertical migration of mMSCs.', 'cxcl12 enhances msc-migration supports');
    lacks('We isolated human BMSCs. Systemic administration of aspirin lowered IFN-γ.', /msc-therapy/);
    // Cells named after a treatment glued to its participle are other cells, even raised to the end of the sentence.
    lacks('We isolated human BMSCs. IL-1β raised mineralization in, while lowering the proliferation of, BMP9-induced C3H10T1/2 cells.', /msc-proliferation/);
    // Not when the sentence names a cell of its own, nor in another paragraph.
    lacks('Synovial MSCs were cultured with IL-1β. In macrophages, IL-1β raised proliferation.', /msc-proliferation/);
    lacks('Synovial MSCs were cultured with IL-1β.\n\nIL-1β raised proliferation strongly.', /msc-proliferation/);
    // Nor when the action has a term of its own as its "of" object.
    lacks('We isolated human BMSCs. TNF-α raised the activation of STAT3.', /msc-activation/);
    // (A gene's name the lexicon does not know, right before the action, says whose action it is.)
    lacks('We isolated human BMSCs. These results suggest that sustained Smo activation inhibits bone formation.', /msc-activation/);
    lacks('We isolated human BMSCs. YAP activation inhibited bone formation.', /msc-activation/);
    has('We isolated human BMSCs. Sustained activation inhibited bone formation.', 'msc-activation inhibits bone-formation contradicts');
  });

  it('2c. an effect of the sentence before, named again, is restated', () => {
    const restated = (text: string): string[] => analyzer().analyze({ text, languageId: 'markdown' }).claims
      .filter((c) => c.rule === 'effect-restatement')
      .map((c) => `${c.subject} ${c.relation} ${c.object} ${c.status}`);
    assert.deepEqual(restated('IL-4 inhibited osteoclast formation. This inhibitory effect was associated with more esterase-positive cells.'), ['il-4 inhibits osteoclastogenesis supports']);
    assert.deepEqual(restated('IL-10 inhibited osteoclast formation. However, the mechanism of this action remains unclear.'), ['il-10 inhibits osteoclastogenesis supports']);
    // The phrase's direction picks the effect among two.
    assert.deepEqual(restated('IL-4 inhibited osteoclast formation and RANKL promoted it. This inhibitory effect was transient.'), ['il-4 inhibits osteoclastogenesis supports']);
    // A restated contradiction is a possible one: the sentence before carries the warning.
    const twice = analyzer().analyze({ text: 'TGF-β decreased ALP activity. The decrease became apparent after 24 hours.', languageId: 'markdown' });
    assert.deepEqual(twice.claims.map((c) => `${c.rule} ${c.status}`), ['verb-clause contradicts', 'effect-restatement contradicts']);
    assert.deepEqual(twice.diagnostics.filter((d) => d.code === 'contradiction').map((d) => `${d.range.start.character} ${d.severity}`), ['0 warning', '30 information']);
    // An effect the sentence before binds to a condition is restated as it was read there: agreeing, never contradicting.
    assert.deepEqual(restated('Although IL-4 can promote osteoclast formation in myeloma cells, IL-4 inhibited osteoclast formation in healthy cells. This inhibitory effect was transient.'), ['il-4 inhibits osteoclastogenesis supports']);
    const bound = analyzer().analyze({ text: 'IL-4 increased osteoclast formation at 24 h but decreased osteoclast formation at 48 h. This stimulatory effect was transient.', languageId: 'markdown' });
    assert.deepEqual(bound.diagnostics.filter((d) => d.code === 'contradiction'), []);
    // A link named only as background ("through the interaction between …") is no claim of the sentence's own.
    assert.deepEqual(restated('IL-4 inhibited osteoclast formation. This inhibitory effect needed direct interaction between osteoblasts and osteoclasts.'), ['il-4 inhibits osteoclastogenesis supports']);
    // What the effect is said to be mediated by carries it: it does to the effect's object what the effect did.
    assert.deepEqual(restated('IL-4 inhibited osteoclast formation. This effect was found to be mediated by IL-10.'), ['il-4 inhibits osteoclastogenesis supports', 'il-10 inhibits osteoclastogenesis supports']);
    // Not an effect a study asks about, one of two with no direction named, one with terms of its own, nor across paragraphs.
    assert.deepEqual(restated('IL-4 inhibited osteoclast formation. The aim was to investigate this effect.'), []);
    assert.deepEqual(restated('IL-4 inhibited osteoclast formation. We examined whether such effects occur in vivo.'), []);
    assert.deepEqual(restated('IL-4 inhibited osteoclast formation and RANKL promoted it. This effect was transient.'), []);
    // A plural phrase names every effect one actor had in the sentence before; two actors' effects stay apart.
    assert.deepEqual(restated('IL-4 inhibited osteoclast formation and promoted M2 polarization. The mechanism of these effects is not known.'), ['il-4 inhibits osteoclastogenesis supports', 'il-4 promotes m2-polarization supports']);
    assert.deepEqual(restated('IL-4 inhibited osteoclast formation and RANKL promoted it. These effects were transient.'), []);
    assert.deepEqual(restated('IL-4 inhibited osteoclast formation. The effect of IL-6 on osteoblasts was not studied.'), []);
    assert.deepEqual(restated('IL-4 inhibited osteoclast formation.\n\nThis effect was transient.'), []);
  });

  it('3. the actor of an event stated across clauses', () => {
    // After a preposition and its determiner, a word the tagger took for a verb heads the noun phrase: the
    // cause phrase names no event with an actor of its own.
    lacks('Mice lacking Fos (encoding c-Fos) develop osteopetrosis due to an early differentiation block in the osteoclast lineage.', /^c-fos blocks/);
    // Behind "a relatively", a form in -ed describes the noun after it: the MSCs turned into an aged state are
    // not the actor of the reduction the unnamed inhibitor brings about.
    lacks('The inhibitor 3-methyladenine could turn young MSCs into a relatively aged state by reducing their osteogenic differentiation.', /^msc reduces/);
    // "It" opening a sentence goes on with the subject before, a compound the lexicon does not know, not with a
    // term its verb acted on ("Curcumin inhibited RANKL-induced …", "… suppressed X, Y and Z").
    lacks('Curcumin inhibited RANKL-induced osteoclast formation. It also reduced NFATc1 expression.', /^rankl reduces nfatc1/);
    lacks('Hesperetin effectively suppressed RANKL-induced osteoclastogenesis, bone resorption and actin ring formation. It also suppressed c-Fos.', /^(rankl|bone-resorption) suppresses c-fos/);
    // (After "that", such a form may be the verb of the clause it opens.)
    has('It was shown that systemically delivered MSCs can home to the defect and promote bone regeneration.', 'msc promotes bone-repair supports');
    has('In the cells IL-4 blocks RANKL.', 'il-4 blocks rankl supports');
    // A cell's action left bare is the action of the cell the paragraph named last, unless a word glued to
    // it names what was given ("Particle-infusion" is no infusion of the MSCs named before).
    has('Synovial MSCs were cultured. IL-1β enhanced proliferation.', 'il-1beta enhances msc-proliferation contradicts');
    lacks('Mice received MSC injections. Particle-infusion raised the M1 macrophage share.', /msc-therapy/);
    // A clause joined after a verb, with a subject of its own the lexicon does not name, is not the first clause's.
    lacks('TNF-α was reduced, and the marker Arg1 was increased by IL-4.', /^il-4 increases tnf-alpha/);
    lacks('IL-4 was added and the compound GW inhibited NFATc1.', /^il-4 inhibits nfatc1/);
    has('Macrophage depletion occurred, leading to a delay in tissue healing.', 'macrophage-depletion inhibits tissue-regeneration supports');
    has('U0126 lowered ERK signalling and blocked TNF-α-induced MSC proliferation.', 'tnf-alpha promotes msc-proliferation contradicts');
    lacks('U0126 lowered ERK signalling and blocked TNF-α-induced MSC proliferation.', /^msc-proliferation /);
    has('A kinase inhibitor lowered TNF-α-induced ERK and JNK activation.', 'tnf-alpha promotes jnk supports');
    // A nominal cue after the head of a compound, or after a swapped subject, gives the direction.
    has('IL-4-mediated NFATc1 suppression was seen.', 'il-4 inhibits nfatc1 supports');
    has('NFATc1 suppression depends on IL-4.', 'il-4 inhibits nfatc1 supports');
    // A verb acting on a directed effect acts on that effect's target: reversing TNF-α's stimulatory effect on
    // osteoclast formation lowers osteoclast formation; it says nothing of TNF-α itself.
    has('IL-4 reversed the stimulatory effect of TNF-α on osteoclast formation.', 'il-4 reduces osteoclastogenesis supports');
    lacks('IL-4 reversed the stimulatory effect of TNF-α on osteoclast formation.', /^il-4 .* tnf-alpha/);
    // The same in the passive voice, and with a removed agent.
    has('The stimulatory effect of TNF-α on osteoclast formation was reversed by IL-4.', 'il-4 reduces osteoclastogenesis supports');
    lacks('The stimulatory effect of TNF-α on osteoclast formation was reversed by IL-4.', /^il-4 .* tnf-alpha/);
    has('The promoting effect of M2 macrophages on MSC osteogenesis was abolished by anti-TGF-β antibodies.', 'tgf-beta promotes msc-osteogenic-differentiation supports');
    lacks('The promoting effect of M2 macrophages on MSC osteogenesis was abolished by anti-TGF-β antibodies.', /m2-macrophage supports$/);
    // The sender of a signal named as the subject's head acts: "signalling by X", "activation through X".
    has('Signalling by IL-6 favours M2 polarization.', 'il-6 promotes m2-polarization supports');
    has('In macrophages, activation through IL-4 suppresses NFATc1.', 'il-4 suppresses nfatc1 supports');
    lacks('IL-10 limits signalling by IL-6.', /^il-6 /);
  });

  it('4. loss of function reverses the reading', () => {
    // A term withdrawn or deprived after its name is taken away as a knockdown is.
    has('IL-4 withdrawal raised osteoclast formation.', 'il-4 inhibits osteoclastogenesis supports');
    has('IL-4 haploinsufficiency raised osteoclast formation.', 'il-4 inhibits osteoclastogenesis supports');
    has('Antagonism of IL-6 lowered osteoclast formation.', 'il-6 promotes osteoclastogenesis supports');
    // An added factor acts as itself; the engineered experiment agrees with the review or says nothing.
    has('Overexpression of CXCR4 enhanced MSC homing.', 'cxcr4 enhances msc-homing supports');
    lacks('Overexpression of CXCR4 reduced MSC homing.', /contradicts$/);
    // "X-silenced cells" are a model that lacks X, like "X-deficient cells": no verb "silence" acting on the cells.
    has('IL-6-silenced MSCs showed reduced proliferation.', 'il-6 promotes msc-proliferation contradicts');
    lacks('TSG-6-silenced MSCs failed to lower inflammation.', /suppresses msc|contradicts$/);
    // Without a later verb of its own the compound's participle is the sentence's verb: "X depleted cells and
    // impaired Y" says X impaired Y, not that cells lacking X did.
    has('Clodronate liposomes depleted macrophages and impaired bone formation.', 'macrophage-depletion inhibits bone-formation supports');
    lacks('Clodronate liposomes depleted macrophages and impaired bone formation.', /promotes bone-formation/);
    // Cells "in which X was silenced" stand for X taken away; the silencing itself is the experiment, no claim.
    lacks('MSCs in which TSG-6 was knocked down failed to lower inflammation.', / contradicts$/);
    has('MSCs in which TSG-6 was knocked down failed to lower inflammation.', 'tsg-6 not promotes inflammation supports');
    lacks('Primed MSCs in which IDO was downregulated no longer suppressed T cells.', /^ido not suppresses|reduces ido|downregulates ido/);
    has('A CXCR4 antagonist impaired MSC homing.', 'cxcr4 promotes msc-homing supports');
    has('Blocking CXCR4 reduced MSC homing to the fracture.', 'cxcr4 promotes msc-homing supports');
    has('The absence of TNF-α and IL-6 delays the differentiation of MSCs.', 'il-6 promotes msc-differentiation supports');
    has('Depleting macrophages lengthens the time needed for tissue healing.', 'macrophage increases tissue-regeneration supports');
    // A removal named as a term of its own is judged by what the review says of what it removes, reversed.
    has('Macrophage depletion delayed fracture healing.', 'macrophage-depletion inhibits bone-repair supports');
    has('Macrophage depletion enhanced fracture healing.', 'macrophage-depletion enhances bone-repair contradicts');
    // … also through a near concept of what it removes (macrophages promote osteoblast differentiation).
    has('Depletion of macrophages increased bone formation.', 'macrophage-depletion increases bone-formation contradicts');
    // A knockout model's phenotype is the factor's role turned round.
    has('Osteoclast formation was increased in IL-10 knockout mice.', 'il-10 inhibits osteoclastogenesis supports');
    // What the cells were treated with is the actor, not the cells.
    has('Treatment of MSCs with TNF-α increased their migration.', 'tnf-alpha increases msc-migration supports');
    has('Pretreatment with TNF-α increased the migration of MSCs.', 'tnf-alpha increases msc-migration supports');
    has('Co-culture with M2 macrophages promoted MSC osteogenesis.', 'm2-macrophage promotes msc-osteogenic-differentiation supports');
    // A cell's process named by what the cell can do, under a loss of function.
    has('Knockdown of CXCR4 reduced the capacity of MSCs to home.', 'cxcr4 promotes msc-homing supports');
    // A diminishing adjective opening the subject's phrase; not a verb after its own subject.
    has('Reduced macrophage numbers delay fracture healing in aged mice.', 'macrophage promotes bone-repair supports');
    has('We saw that decreased IL-4 raised osteoclast formation.', 'il-4 inhibits osteoclastogenesis supports');
    lacks('Impaired MSC homing slowed bone repair.', / contradicts$/);
    // A blocking antibody written with "anti-", as the agent of a passive.
    has('Osteoclast formation was curbed by an anti-RANKL antibody.', 'rankl promotes osteoclastogenesis supports');
    // An antibody or an inhibitor named before the factor, and a neutralizing antibody named after it.
    has('A neutralizing antibody to IL-6 inhibited osteoclast formation.', 'il-6 promotes osteoclastogenesis supports');
    has('An inhibitor of CXCR4 impaired MSC homing.', 'cxcr4 promotes msc-homing supports');
    has('An IL-6 neutralizing antibody inhibited osteoclast formation.', 'il-6 promotes osteoclastogenesis supports');
    // Removing a factor without effect says it was not needed, not that it does nothing: no contradiction.
    lacks('A neutralizing antibody against IL-6 did not inhibit osteoclast formation.', / contradicts$/);
  });

  it('5. conditions that take a sentence outside the review’s scope', () => {
    // What a term does together with a partner is the pair's effect: it agrees with the review or says nothing.
    // (A partner named as a model's procedure, "LPS injection", is the model the term acts in.)
    lacks('IFN-γ together with LPS accelerated osteoclast formation.', / contradicts$/);
    lacks('The combination of IFN-γ and LPS accelerated osteoclast formation.', / contradicts$/);
    has('IL-4 in combination with IL-13 inhibited NFATc1.', 'il-4 inhibits nfatc1 supports');
    lacks('IL-4 in combination with IL-13 promoted NFATc1.', / contradicts$/);
    has('Local administration of IFN-γ together with LPS injection did not affect osteoclast formation.', 'ifn-gamma not regulates osteoclastogenesis contradicts');
    // A subject named again with a dose of its own acts at that dose, not at the one named first.
    has('Low dose TNF-α promoted mineralization and high dose TNF-α suppressed osteogenic differentiation of MSCs.', 'tnf-alpha suppresses msc-osteogenic-differentiation supports');
    // A condition fronted, another factor present at a denial, or both directions stated in one sentence:
    // what disagrees with the review is bound to that condition and warns of nothing.
    const warnsOf = (text: string): boolean => analyzer().analyze({ text, languageId: 'markdown' }).diagnostics.some((d) => d.code === 'contradiction');
    assert.ok(!warnsOf('Unless RANKL was present, TNF-α did not induce osteoclast formation.'));
    // A rescue named by a second verb after the claim is another effect of the same subject, not an
    // engineered condition of the first; a rescue that conditions the claim still takes it out.
    has('Silencing of IL-6 raised BMP2/7-induced osteogenesis and rescued it from TNF-α.', 'il-6 inhibits bone-formation contradicts');
    assert.ok(!warnsOf('When RANK was ectopically expressed, IL-4 no longer inhibited osteoclast formation.'));
    assert.ok(warnsOf('TNF-α did not induce osteoclast formation.'));
    assert.ok(!warnsOf('In the presence of IL-4, RANKL failed to induce NFATc1.'));
    assert.ok(warnsOf('RANKL failed to induce NFATc1.'));
    assert.ok(!warnsOf('IL-1β increased RANKL in osteoblasts but decreased it in MSCs.'));
    assert.ok(!warnsOf('TNF-α did not affect MSC migration at 24 h but increased it at 48 h.'));
    assert.ok(warnsOf('TNF-α did not affect MSC migration.'));
    has('IL-1β increased RANKL in osteoblasts but decreased it in MSCs.', 'il-1beta increases rankl supports');
    // A removed factor that another term's effect needs speaks of that effect, not of the factor on its own.
    assert.ok(!warnsOf('The inhibitory effect of IL-10 on osteoclast formation was abolished by STAT3 knockdown.'));
    assert.ok(!warnsOf('Knockdown of STAT3 reversed the inhibitory effect of IL-10 on osteoclast formation.'));
    assert.ok(!warnsOf('The inhibitory effect of IL-4 on osteoclastogenesis was not reversed by IL-6.'));
    // A denial about what another factor brought about, that factor named before or after the process.
    assert.ok(!warnsOf('RANKL-induced osteoclast formation was not affected by IL-6.'));
    assert.ok(!warnsOf('Osteoclast formation induced by RANKL was not affected by IL-6.'));
    assert.ok(!warnsOf('IL-4 did not block IL-32-induced osteoclastogenesis.'));
    assert.ok(!warnsOf('OPG did not abrogate osteoclast formation induced by LTB4.'));
    assert.ok(warnsOf('OPG did not abrogate osteoclast formation.'));
    assert.ok(warnsOf('IL-4 did not block osteoclastogenesis.'));
    // Infected cells are a model the review does not discuss: at most a possible contradiction, naming it.
    const severities = (text: string): string[] => analyzer().analyze({ text, languageId: 'markdown' }).diagnostics.filter((d) => d.code === 'contradiction').map((d) => d.severity);
    assert.deepEqual(severities('Infected macrophages reduced osteoblast differentiation.'), ['information']);
    assert.deepEqual(severities('Macrophages reduced osteoblast differentiation.'), ['warning']);
    // A disease the lexicon names can still name the model the cells come from.
    assert.deepEqual(severities('TNF-α inhibited the migration of MSCs from lupus mice.'), ['information']);
    assert.deepEqual(severities('TNF-α inhibited the migration of MSCs.'), ['warning']);
    // A denial without a direction about a rise or fall of the object speaks of that change, brought about by
    // something else; a plain denial still warns.
    assert.ok(!warnsOf('STAT3 did not affect the immediate suppression of TNF-α.'));
    assert.ok(!warnsOf('IL-6 did not affect the induction of RANKL.'));
    assert.ok(warnsOf('IL-6 did not affect RANKL.'));
    // (The same when the other factor is glued to the cells the object belongs to.)
    assert.ok(!warnsOf('IL-10 did not modulate the pro-inflammatory phenotype of TNF-α-stimulated fibroblasts.'));
    assert.ok(warnsOf('IL-10 did not modulate the pro-inflammatory phenotype.'));
    // A that-clause the authors could not confirm is not claimed.
    lacks('We could not confirm that IL-4 inhibits osteoclast formation.', /il-4 inhibits osteoclastogenesis/);
    lacks('We failed to show that IL-4 inhibits osteoclast formation.', /il-4 inhibits osteoclastogenesis/);
    // "no effect on X-induced Y" denies the effect, not what the compound says X does.
    has('IL-6 had no effect on TNF-α-induced osteoclast formation.', 'tnf-alpha promotes osteoclastogenesis supports');
    lacks('IL-6 had no effect on TNF-α-induced osteoclast formation.', / contradicts$/);
    has('There was no difference in IL-4-induced NFATc1 suppression between groups.', 'il-4 inhibits nfatc1 supports');
    has('Without affecting RANKL-induced osteoclast formation, IL-6 raised bone resorption.', 'rankl promotes osteoclastogenesis supports');
    // "No RANKL-induced osteoclast formation was seen" denies the compound's own claim.
    has('No RANKL-induced osteoclast formation was seen.', 'rankl not promotes osteoclastogenesis contradicts');
    // A denial about what another factor brought about speaks of the change beyond it.
    assert.ok(!warnsOf('IL-10 did not alter IL-4-induced M2 polarization.'));
    assert.ok(warnsOf('IL-10 did not alter M2 polarization.'));
    // ("… the TNF-α-induced suppression of Y": the other factor's effect named before the object.)
    assert.ok(!warnsOf('IL-4 did not reverse the TNF-α-induced suppression of osteoblast differentiation.'));
    assert.ok(warnsOf('IL-4 did not promote osteoblast differentiation.'));
    // (What the other factor raised, the subject's own effect denied: still against the review.)
    assert.ok(warnsOf('In bone marrow-derived macrophages, IFN-β failed to inhibit RANKL-induced activation of c-Fos.'));
    // A denial beside a clause that took another factor away speaks of the removal.
    assert.ok(!warnsOf('MSCs failed to suppress TNF-α secretion when COX-2 was inhibited.'));
    assert.ok(warnsOf('MSCs failed to suppress TNF-α secretion.'));
    // A property of cells, or the markers that identify them, are not the cells.
    assert.ok(!warnsOf('IL-4 did not affect the morphology of MSCs.'));
    assert.ok(!warnsOf('TNF-α did not change the expression of MSC surface markers.'));
    assert.ok(warnsOf('IL-4 did not affect MSCs.'));
    // An amount "of" a term after the subject is what changed, not the dose the subject acted at.
    const contextsOf = (text: string): string[] => analyzer().analyze({ text, languageId: 'markdown' }).claims.flatMap((c) => c.context);
    assert.ok(!contextsOf('IL-4-treated macrophages expressed lower levels of TNF-α.').includes('concentration:low'));
    assert.ok(contextsOf('Low levels of TNF-α reduced RUNX2.').includes('concentration:low'));
    // Cells activated by a treatment are a model of their own: what they do warns only below the line.
    has('LPS-activated macrophages suppressed osteogenesis.', 'macrophage inhibits bone-formation contradicts');
    assert.ok(analyzer().analyze({ text: 'LPS-activated macrophages suppressed osteogenesis.', languageId: 'markdown' }).diagnostics.every((d) => d.severity !== 'warning'));
    // Denying an added effect ("did not further increase") does not deny the effect.
    lacks('IL-1β did not further raise TNF-α-induced osteoclast formation.', /^il-1beta .* contradicts$/);
    has('IL-1β did not raise osteoclast formation.', 'il-1beta not increases osteoclastogenesis contradicts');
    // IL-6 is an M1 inflammatory factor, and from MSCs it turns macrophages to M2 [29, 93-99]: which way it
    // acts on inflammation depends on its source; that it acts on it at all is supported.
    has('IL-6 aggravates inflammation.', 'il-6 enhances inflammation context-dependent');
    has('IL-6 released by MSCs dampens inflammation.', 'il-6 reduces inflammation supports');
    has('IL-6 is linked to inflammation.', 'il-6 regulates inflammation supports');
    // Chronic inflammation underlies osteoarthritis (the introduction, with the prolonged stage [83]).
    has('Osteoarthritis is caused by chronic inflammation.', 'inflammation induces osteoarthritis supports');
    lacks('IL-4 failed to block osteoclastogenesis in STAT6−/− mice.', /il-4/);
    lacks('When RANK was ectopically expressed, IL-4 no longer inhibited NFATc1.', /il-4/);
    // An engineered experiment is such a condition too: what it presupposes in agreement with the review still agrees.
    has('Overexpression of Smurf1 prevented the inhibitory effect of TNF-α on Runx2.', 'tnf-alpha inhibits runx2 supports');
    lacks('In RANK-overexpressing cells, IL-4 promoted NFATc1.', /il-4/);
    lacks('IL-4 alone does not inhibit NFATc1.', /il-4 not/);
    // A knockout model named by a gene the lexicon does not know is still such a condition.
    lacks('IL-4 promoted NFATc1 in STAT6-deficient mice.', /il-4/);
    // The model may be named by a cell term: what such cells fail to do is no denial of the cause.
    lacks('NFATc1-deficient embryonic stem cells fail to differentiate into osteoclasts in response to RANKL.', /rankl not .* contradicts$/);
    // A denial at a stated dose does not deny the effect at other doses; a plain denial still contradicts.
    lacks('Osteoclast formation was not affected by IL-4 at low doses.', /il-4 not/);
    lacks('Osteoclast formation was not affected by IL-4 at 1 ng/mL but was inhibited at 10 ng/mL.', /il-4 not/);
    // A denial under a factor removed in the same clause speaks of the removal.
    lacks('MSCs pretreated with a COX-2 inhibitor had little effect on M2 polarization.', /msc not/);
    has('Osteoclast formation was not affected by IL-4.', 'il-4 not regulates osteoclastogenesis contradicts');
    // A denial over a range of doses denies across it.
    has('We found no effect of IL-4 (0.1–100 ng/ml) on osteoclast formation.', 'il-4 not regulates osteoclastogenesis contradicts');
    lacks('TNF-α does not induce osteoclast formation by itself.', /tnf-alpha not/);
    // Under a condition the review does not discuss, a finding can still agree with it, never contradict it.
    has('In the absence of RANKL, IL-6 induced osteoclast formation.', 'il-6 induces osteoclastogenesis supports');
    lacks('In the absence of RANKL, IL-6 inhibited osteoclast formation.', /il-6/);
    lacks('IL-6 has no effect on osteoblast differentiation unless its soluble receptor is added.', /il-6/);
    // What two cells do through their meeting is said of the pair: it agrees with what the review says of
    // either member, but the review giving one member alone the opposite effect is no contradiction.
    has('Macrophages and MSCs induced IL-6.', 'msc induces il-6 contradicts');
    lacks('The juxtacrine interaction of macrophages and MSCs induced IL-6.', /^msc /);
    has('The interaction of macrophages and MSCs reduced IL-6.', 'msc reduces il-6 supports');
    // A list of cells said to come from a list of origins does not say which from which.
    has('Osteoclasts and macrophages originate from MSCs.', 'msc differentiates-into osteoclast contradicts');
    lacks('Osteoblasts, osteoclasts and macrophages originate from haematopoietic stem cells and MSCs.', /contradicts$/);
    has('Osteoblasts, osteoclasts and macrophages originate from haematopoietic stem cells and MSCs.', 'msc differentiates-into osteoblast supports');
    // "Decreased bone formation by osteoblasts" may say whose process fell, not what lowered it.
    lacks('Osteoporosis results from increased bone resorption in parallel with decreased bone formation by osteoblasts.', /osteoblast .* contradicts$/);
    has('Chloroquine attenuated the enhanced osteoclastogenesis by IL-17A.', 'il-17 promotes osteoclastogenesis supports');
    // Cells that are treated are not the actor: the agent is the (unknown) drug.
    lacks('Cytochalasin D treatment of MSCs inhibited osteogenic differentiation.', /^msc /);
    // A word of place before a process is no engineered experiment; a rescue still is.
    has('Macrophages give rise to osteoclasts, which take part in ectopic bone formation.', 'macrophage differentiates-into osteoclast supports');
    lacks('IL-4 rescued osteoclast formation.', /il-4/);
    // A denial about one observed change ("the increased …" of a model) does not deny the process at large.
    lacks('While IL-6 is needed for the high bone formation of these mice, it is not involved in the increased osteoclastogenesis.', /il-6 not/);
    has('IL-6 is not involved in osteoclastogenesis.', 'il-6 not regulates osteoclastogenesis contradicts');
  });

  it('6. predicates not read as claims before: effect nouns, "is required for", neutral background', () => {
    // A title's colon sets off a description as a comma does.
    has('Macrophage polarization: a key regulator of bone healing', 'macrophage-polarization regulates bone-repair supports');
    has('IL-4 has anti-osteoclastogenic effects on osteoclast formation.', 'il-4 regulates osteoclastogenesis supports');
    // The adjective alone names the process and its direction.
    has('IL-4 has anti-osteoclastogenic properties.', 'il-4 inhibits osteoclastogenesis supports');
    has('IL-4 is a pro-osteoclastogenic cytokine.', 'il-4 promotes osteoclastogenesis contradicts');
    has('RANKL is required for osteoclast formation.', 'rankl promotes osteoclastogenesis supports');
    has('IL-6 plays a role in osteoclast formation.', 'il-6 regulates osteoclastogenesis supports');
    has('They are used widely. MSCs play a central role in cartilage repair and bone regeneration.', 'msc regulates bone-repair supports');
    has('Stromal cells (MSCs) exert modulatory effects impacting macrophages.', 'msc regulates macrophage supports');
    has('NF-κB is involved in osteoclast formation.', 'nf-kappab regulates osteoclastogenesis supports');
    has('IL-6 and IL-11: bidirectional effects on osteoclast formation', 'il-6 regulates osteoclastogenesis supports');
    has('TNF-α had no effect on the proliferation of MSCs.', 'tnf-alpha not regulates msc-proliferation contradicts');
    has('Depending on the milieu, MSCs can stimulate or suppress osteoclast formation.', 'msc regulates osteoclastogenesis supports');
    // A category the review speaks of only through its groups' members (IL-4 of the anti-inflammatory cytokines).
    has('Cytokines of the local milieu regulate macrophage polarization.', 'cytokine regulates macrophage-polarization supports');
    has('The secretion of the soluble mediators OSM and BMP-2 by macrophages rose.', 'macrophage secretes bmp-2 supports');
    has('Titanium particles favoured the differentiation of resident macrophages into osteoclasts.', 'macrophage differentiates-into osteoclast supports');
    has('Umbilical cord cells are MSCs with a multilineage differentiation capacity, including chondrocytes and osteoblasts.', 'msc differentiates-into chondrocyte supports');
    lacks('Depending on the milieu, MSCs can stimulate or suppress osteoclast formation.', /^msc suppresses osteoclastogenesis/);
    // Progenitor cells in general: what the review sums up that they give rise to does not rule out the rest
    // (no Warning); a cell with a lineage of its own, or of its class, still does.
    has('Periosteal progenitor cells differentiate into chondrocytes.', 'precursor-cell differentiates-into chondrocyte unknown');
    has('Chondrocytes arise from bone macrophages.', 'bone-macrophage differentiates-into chondrocyte contradicts');
    // A switch between two lineages of one stated origin (osteoblasts and adipocytes both come from MSCs) is
    // no origin the review rules out; cells of another origin still are.
    has('Committed osteoblasts differentiated into adipocytes in co-culture.', 'osteoblast differentiates-into adipocyte unknown');
    has('Osteoclasts can turn into osteoblasts.', 'osteoclast differentiates-into osteoblast contradicts');
    // Cells reaching a place of their own: the review, which has signals drive their homing, takes it as happening.
    has('MSCs homed to the fracture site after infusion.', 'msc promotes msc-homing supports');
    has('MSCs promote MSC proliferation.', 'msc promotes msc-proliferation unknown');
  });

  it('7. spellings authors use', () => {
    // A loss of bone mass or mineral density is bone loss.
    has('OPG-Fc reduced BMD loss in the ankles.', 'opg reduces bone-resorption supports');
    // A tissue named before a process only says where it happens: "tendon regeneration" is tissue regeneration.
    has('Adipose MSCs represent an attractive cell source for tendon regeneration.', 'msc promotes tissue-regeneration supports');
    // "regulatory" narrows a cell class to a subset the lexicon does not name, but only describes a phenotype.
    has('Umbilical cord MSCs steered monocytes toward a regulatory M2 phenotype.', 'msc promotes m2-macrophage supports');
    lacks('MSCs promoted the proliferation of regulatory T cells.', /contradicts$/);
    // Inflammation of the nervous system is inflammation.
    has('MSC-derived extracellular vesicles attenuated neuroinflammation.', 'extracellular-vesicle reduces inflammation supports');
    // An en dash glued between words joins them as a hyphen does.
    has('Vitamin D curbed the M1 macrophage–mediated enhancement of MSC migration.', 'm1-macrophage promotes msc-migration supports');
    // A ratio names the phenotype in its numerator: lowering the M1/M2 ratio works against M1 polarization.
    has('MSCs decreased the M1/M2 ratio.', 'msc reduces m1-polarization supports');
    has('MSCs increased the M1/M2 ratio.', 'msc increases m1-polarization contradicts');
    // Readouts and cell lines named for the review's concepts.
    has('IL-4 reduced the number of resorption pits.', 'il-4 reduces bone-resorption supports');
    // RANKL spelled out with its receptor's abbreviation inside; osteoblastic markers are osteogenic markers.
    has('Receptor activator of NF-κB (RANK) ligand drives osteoclast formation.', 'rankl promotes osteoclastogenesis supports');
    has('The osteoblastic markers rose with IL-6.', 'il-6 increases osteogenic-marker supports');
    // A cell's action in its +ies plural.
    has('Preconditioning improves the immunomodulatory capacities of MSCs.', 'preconditioning enhances msc-immunomodulation supports');
    has('Pre-osteoblastic MC3T3-E1 cells differentiate into osteoblasts.', 'pre-osteoblast differentiates-into osteoblast supports');
    // The bone named before the process, and plural shares before the cells.
    has('IL-4 promoted tibial fracture healing in rats.', 'il-4 promotes bone-repair supports');
    has('Proportions of M2 macrophages were associated with accelerated clavicle fracture healing.', 'm2-macrophage promotes bone-repair supports');
    has('mOSM promoted osteogenic differentiation of MSCs.', 'osm promotes msc-osteogenic-differentiation supports');
    // British "signalling" after a term is a noun (the tagger took it for a gerund and the verb after it for a noun).
    has('CSF1R signalling drives osteoclast formation.', 'csf1r promotes osteoclastogenesis supports');
    // A receptor named by its ligand's long form with the abbreviation inside.
    has('An antibody against the macrophage colony-stimulating factor (M-CSF) receptor blocked osteoclast formation.', 'csf1r promotes osteoclastogenesis supports');
    // A nominal inside a hyphenated modifier qualifies the term ("estrogen-loss dependent osteoporosis" is no loss of it).
    has('Chronic inflammation causes estrogen-loss dependent osteoporosis.', 'inflammation induces osteoporosis supports');
    // A term that only qualifies a noun of a span of time is not what acts; a thing's surface acts for it.
    lacks('The implant function period did not affect inflammation.', /^biomaterial-scaffold/);
    lacks('MSC culture time did not change osteogenic differentiation.', /^msc /);
    // A complement naming a state of inaction reverses the verb; a denied preference denies no effect.
    has('MSCs induce T cells to become unresponsive.', 'msc inhibits t-cell supports');
    lacks('MSCs did not preferentially target any T-cell subset.', /not regulates/);
    // "GMSC-Exo": exosomes named with an abbreviated source glued before them act, not the source cells.
    has('GMSC-Exo promoted M2 polarization.', 'exosome promotes m2-polarization supports');
    lacks('GMSC-Exo blunted NF-κB activation.', /^msc /);
    has('IL-4-secreting MSCs promoted M2 polarization.', 'msc promotes m2-polarization supports');
    has('IL-4-secreting MSCs promoted M2 polarization.', 'msc secretes il-4 unknown');
    has('Tumor necrosis factor α (TNF-α)-induced LRG1 recruited MSCs.', 'tnf-alpha promotes lrg1 supports');
    has('The CXCL3/CXCL6/CXCL14 trio promotes the osteogenic differentiation of MSCs.', 'cxcl6 promotes msc-osteogenic-differentiation supports');
    has('TNF-α-induced receptor activator NF-κB ligand production rose.', 'tnf-alpha promotes rankl supports');
    has('M2 macrophage derived TGF-β curbed osteoclast activity.', 'm2-macrophage secretes tgf-beta supports');
    has('IL-4 reduced the fusion of mononuclear osteoclasts.', 'il-4 reduces osteoclastogenesis supports');
    // A count of cells is how many formed: "fewer osteoclasts" is less osteoclast formation.
    has('IL-4 resulted in fewer osteoclasts.', 'il-4 inhibits osteoclastogenesis supports');
    has('IL-10 treatment led to more osteoclasts.', 'il-10 promotes osteoclastogenesis contradicts');
    has('TGF-β1 led to more mineralized matrix in the cultures.', 'tgf-beta1 promotes bone-mineralization supports');
    // Inflammatory macrophages are M1 cells; cells' released factors act for the cells.
    has('Inflammatory macrophages impaired MSC osteogenesis.', 'm1-macrophage inhibits msc-osteogenic-differentiation context-dependent');
    has('Macrophage-derived factors stimulated MSC migration.', 'macrophage stimulates msc-migration supports');
    has('Factors derived from macrophages stimulated MSC migration.', 'macrophage stimulates msc-migration supports');
    // Osteoclast markers are the osteoclast-specific genes, near osteoclast formation (markers read as formation).
    has('IL-6 lowered the expression of osteoclast markers.', 'il-6 reduces osteoclast-specific-gene contradicts');
    // Bone matrix production and maturation are read as mineralization, the review's word for the late matrix.
    has('TGF-β1 lowered bone matrix production.', 'tgf-beta1 reduces bone-mineralization contradicts');
    // NFAT2 is NFATc1's other name; "alternative polarization" is M2's; engineered materials are scaffolds.
    has('IL-4 lowered NFAT2 in bone marrow macrophages.', 'il-4 reduces nfatc1 supports');
    has('IL-4-driven alternative polarization of macrophages was lost.', 'il-4 promotes m2-polarization supports');
    has('Tissue engineering materials enhanced bone regeneration.', 'biomaterial-scaffold enhances bone-repair supports');
    // Inflammaging is the chronic inflammation of age: the late stage, where the review has inflammation harm
    // MSC osteogenesis (inflammation with no stage named helps or harms it).
    // A participle opening the sentence describes the subject; the verb after the subject is the verb.
    has('Persistent inflammation impaired MSC-mediated bone regeneration.', 'inflammation inhibits bone-repair supports');
    has('Inflammaging promotes the osteogenic differentiation of MSCs.', 'inflammation promotes msc-osteogenic-differentiation contradicts');
    has('Inflammation promotes the osteogenic differentiation of MSCs.', 'inflammation promotes msc-osteogenic-differentiation context-dependent');
    // A pro-regenerative (controlled, balanced) inflammatory response is the kind repair needs: the early stage.
    has('A pro-regenerative inflammatory response promoted the osteogenic differentiation of MSCs.', 'inflammation promotes msc-osteogenic-differentiation supports');
    // The review has scaffolds hold off excessive inflammation [115,116]: with no stage named, a scaffold
    // raising inflammation depends on the stage.
    has('The implanted scaffolds induced an inflammatory response.', 'biomaterial-scaffold induces inflammation context-dependent');
    // The review's gain from LPS, hypoxia or heat shock [112] is a pretreatment's: LPS acting throughout is
    // another experiment (context-dependent); a pretreatment is judged as the review states it.
    has('LPS inhibited the osteogenic differentiation of periodontal ligament stem cells.', 'lps inhibits msc-osteogenic-differentiation context-dependent');
    has('LPS-preconditioned MSCs showed enhanced osteogenic differentiation.', 'lps enhances msc-osteogenic-differentiation supports');
    has('LPS pretreatment impaired the osteogenic differentiation of MSCs.', 'lps inhibits msc-osteogenic-differentiation contradicts');
    // A ligand raising or activating the receptor the review has it bind agrees with the binding; lowering
    // it says more than the review does.
    has('MCP-1 activates CCR2.', 'ccl2 activates ccr2 supports');
    has('MCP-1 inhibits CCR2.', 'ccl2 inhibits ccr2 unknown');
    // A capacity acts for its cell: what MSCs' immunomodulatory capacity does is judged by what MSCs do.
    has('The immunomodulatory capacity of MSCs induces M2 polarization.', 'msc-immunomodulation induces m2-polarization supports');
    // Only a process that is first of all a capacity: osteogenic differentiation is a process of its own.
    has('Adipogenic differentiation of MSCs reduced their osteogenic differentiation.', 'msc-adipogenic-differentiation reduces msc-osteogenic-differentiation unknown');
    // A cell's action named apart from its cell: after it in a locative phrase, or as the subject of "showed".
    has('IL-6 markedly raised proliferation in tendon-derived stem cells.', 'il-6 increases msc-proliferation contradicts');
    has('MSCs exposed to TNF-α showed increased migration.', 'tnf-alpha increases msc-migration supports');
    lacks('IL-6 raised proliferation, while macrophages in the culture did not change.', /msc-proliferation/);
  });

  it('8. near concepts are linked', () => {
    // A ligand and its receptor the review names as one signal ("RANKL/RANK") are linked.
    has('RANKL binds to RANK.', 'rankl binds rank supports');
    has('OSM increased ALP in MSCs.', 'osm increases alp supports');
    has('IFN-γ increased the fusion of pre-osteoclasts.', 'ifn-gamma increases osteoclastogenesis contradicts');
    // What the review says of the cells doing a process bears on the process (IL-10 inhibits osteoclasts).
    has('IL-10 prevents bone resorption.', 'il-10 prevents bone-resorption supports');
    has('M2 polarization speeds fracture healing.', 'm2-polarization promotes bone-repair supports');
    // Near on both sides: STAT3 ~ the STAT3–C/EBPδ–Cbfa1 route, bone formation ~ osteoblast differentiation.
    has('STAT3 promotes bone formation.', 'stat3 promotes bone-formation supports');
    // Keeping MSCs undifferentiated is the reverse of their differentiation, which the review says the
    // absence of IL-6 delays (no stage named): a contradiction, not unjudged. For TNF-α the review's dose
    // statements make it context-dependent.
    has('IL-6 maintains the undifferentiated state of MSCs.', 'il-6 promotes msc-undifferentiated-state contradicts');
    has('TNF-α preserves MSC stemness.', 'tnf-alpha promotes msc-undifferentiated-state context-dependent');
    // M1 cells drive osteoclast formation (plainly, Fig. 2), and their factors also feed back on it once
    // they accumulate: restraint named without a phase depends on it; the drive is supported.
    has('M1 macrophages inhibit osteoclastogenesis.', 'm1-macrophage inhibits osteoclastogenesis context-dependent');
    has('M1 macrophages promote osteoclastogenesis.', 'm1-macrophage promotes osteoclastogenesis supports');
    // MSC homing takes part in repair [4,5]; recruitment and migration of MSCs are near it.
    has('Mobilizing MSCs into the blood, their recruitment augments fracture healing.', 'msc-recruitment enhances bone-repair supports');
    // Classes of classes: what the review says of growth factors reaches TGF-β1 through TGF-β.
    has('TGF-β1 induced migration of MSCs.', 'tgf-beta1 induces msc-migration supports');
    // A general process meets what the review says of its kinds; a secreted factor is expressed.
    has('BMP-2 induces MSC differentiation.', 'bmp-2 induces msc-differentiation supports');
    has('Human MSCs express IDO.', 'msc expresses ido supports');
    // The review ties IL-6 and bone formation to an early stage, but states plainly that IL-6 promotes
    // osteoblast differentiation, a near concept: a flat contradiction, not a matter of stage.
    has('IL-6 inhibits bone formation.', 'il-6 inhibits bone-formation contradicts');
    // A cell with no process of its own for an action takes its class's: apoptosis of B cells is
    // lymphocyte apoptosis (the review states it for T cells, which MSCs drive into apoptosis [35]).
    has('MSCs inhibit the apoptosis of B cells.', 'msc inhibits lymphocyte-apoptosis contradicts');
    // An isoform the review names only as its family is judged as the family (TGF-β enhances ALP [107]).
    has('TGF-β1 decreased alkaline phosphatase activity.', 'tgf-beta1 reduces alp contradicts');
    // RANKL and OPG are the two arms of the OPG/RANKL axis that the review has M2 factors adjust [103,106]:
    // a change in either by such a factor is that adjustment (no sign: the review names none).
    has('IL-10 lowered RANKL mRNA in osteoblasts.', 'il-10 reduces rankl supports');
    has('IL-4 raised osteoprotegerin levels.', 'il-4 increases opg supports');
    // A pair the review relates only through a third term (the SDF-1/CXCR4 axis draws MSCs home, and homing furthers
    // repair): background that relates them agrees; a direction or a denial is not judged that way.
    has('The SDF-1/CXCR4 axis plays a role in fracture healing.', 'sdf1-cxcr4-axis regulates bone-repair supports');
    has('The SDF-1/CXCR4 axis inhibits fracture healing.', 'sdf1-cxcr4-axis inhibits bone-repair unknown');
    has('The SDF-1/CXCR4 axis does not affect fracture healing.', 'sdf1-cxcr4-axis not regulates bone-repair unknown');
    // Bone repair is a kind of tissue regeneration: what the review says SDF-1 does to tissue regeneration
    // [4,5] agrees with the same said of bone regeneration, but a denial on the member denies nothing of it.
    has('SDF-1 accelerates bone regeneration.', 'cxcl12 promotes bone-repair supports');
    has('SDF-1 does not affect fracture healing.', 'cxcl12 not regulates bone-repair unknown');
    // (MSC vesicles and inflammation were such a pair until the lexicon drew the inference the review
    // invites — the vesicles damp inflammation [28,49,52,53] — so a direction is judged now.)
    has('Extracellular vesicles modulate inflammation.', 'extracellular-vesicle regulates inflammation supports');
    has('Extracellular vesicles promote inflammation.', 'extracellular-vesicle promotes inflammation contradicts');
  });

  it('9. a class statement does not override a member the review treats otherwise', () => {
    const claims = claimsOf('IL-12 promotes osteoblast differentiation.');
    assert.ok(!claims.some((c) => / contradicts$/.test(c)), claims.join(' | '));
    // Macrophages as a class: the review has MSCs curbing M1 and promoting M2 macrophages.
    lacks('MSCs promote macrophages.', / contradicts$/);
    // Macrophages drive inflammation as M1 cells and curb it as M2 cells: which one is meant decides.
    has('Macrophages promote inflammation.', 'macrophage promotes inflammation context-dependent');
    // A kind of the subject acting the claim's way decides too: MSCs further macrophage recruitment, apoptotic
    // MSCs hold it back.
    has('MSCs reduced the recruitment of macrophages.', 'msc reduces macrophage-recruitment context-dependent');
    // A class whose members the review treats apart, one with a direction (IFN-γ inhibits NF-κB) and one
    // without (TNF-α acts on NF-κB): which member is meant decides, so the class claim is no contradiction.
    has('Pro-inflammatory cytokines activate NF-κB.', 'pro-inflammatory-cytokine activates nf-kappab context-dependent');
    // So with infiltration: the review's figure has MSCs further it, and apoptotic MSCs hold the macrophages'
    // accumulation down [49] (drawn to infiltration, the same count in the tissue).
    has('MSCs reduced macrophage infiltration.', 'msc reduces macrophage-infiltration context-dependent');
    has('Apoptotic MSCs reduced macrophage infiltration.', 'apoptotic-msc reduces macrophage-infiltration supports');
    // A cytokine the review has act both ways (IL-6: an M1 factor, and from MSCs a driver of M2 polarization):
    // calling it pro-inflammatory depends on its source; TNF-α's character is stated outright.
    has('IL-6, a major pro-inflammatory cytokine, rose in the serum.', 'il-6 is inflammatory:pro context-dependent');
    has('TNF-α, a major pro-inflammatory cytokine, rose in the serum.', 'tnf-alpha is inflammatory:pro supports');
    // A process as a whole that the review has MSCs promote, while they lower one of its kinds: a claim that
    // they lower it depends on the kind meant; about the kind it is still judged.
    has('MSC transplantation lowered macrophage polarization.', 'msc-therapy reduces macrophage-polarization context-dependent');
    has('MSCs enhanced M1 polarization.', 'msc enhances m1-polarization contradicts');
    // What the review says of the object's class agrees with a claim about a member, and never contradicts one.
    has('IL-10 reduced IL-1β.', 'il-10 reduces il-1beta supports');
    has('Exosomes transfer miR-222 into the cells.', 'exosome transfers mir-222 supports');
    lacks('IL-10 raised IL-1β.', / contradicts$/);
    // The review has M1 macrophages promote bone formation early in repair [116]: a claim about a late stage
    // is not decided by what it says of macrophages at large (they promote repair).
    lacks('The sustained presence of M1 macrophages in the wound impairs healing.', / contradicts$/);
    // A pro-inflammatory cytokine with no statement of its own on repair is judged by what the review says of
    // inflammation's stages: helpful early, harmful when prolonged; with no stage named, either.
    has('IL-17 accelerated the repair of calvarial defects.', 'il-17 promotes bone-repair context-dependent');
    has('Prolonged exposure to IL-17 impaired fracture healing.', 'il-17 inhibits bone-repair supports');
  });

  it('9b. the lexicon answers for a family, an ion and a pair stated the other way round', () => {
    // Magnesium is judged as the reverse of the magnesium deficiency the review speaks of.
    has('Magnesium raised the chondrogenic differentiation of MSCs.', 'magnesium increases msc-chondrogenic-differentiation supports');
    // A class of cytokines the review names as raised by the deficiency.
    has('Magnesium deficiency boosts pro-inflammatory cytokines.', 'magnesium-deficiency enhances pro-inflammatory-cytokine supports');
    // "TRAF6 binds RANK" holds both ways round; the TRAF family name holds no TNF-α.
    has('RANK interacts with TRAF6.', 'rank regulates traf6 supports');
    lacks('RANK engages adaptors of the tumor necrosis factor receptor-associated factor family.', /tnf-alpha/);
    // An isoform the review does not name is judged by what it says of the family.
    has('TGF-β2 lowers alkaline phosphatase activity in MSCs.', 'tgf-beta2 reduces alp contradicts');
    // Damage to bone sets off inflammation; RANKL signals through p38 and JNK, which the review lists downstream of it.
    has('Damage to bone tissue provokes an inflammatory response.', 'bone-injury induces inflammation supports');
    has('RANKL stimulates p38 MAPK in osteoclast precursors.', 'rankl stimulates p38 supports');
    // A statement of another setting (in vivo) does not answer a co-culture finding; the plain one behind it does.
    has('MSC co-culture shifted macrophages toward an M1 phenotype.', 'msc promotes m1-macrophage contradicts');
  });

  it('9c. a finding in a setting the review does not discuss is flagged only as information', () => {
    const severities = (text: string): string[] => analyzer().analyze({ text, languageId: 'markdown' }).diagnostics.filter((d) => d.code === 'contradiction').map((d) => d.severity);
    assert.deepEqual(severities('TGF-β2 lowers alkaline phosphatase activity in MSCs.'), ['warning']);
    assert.deepEqual(severities('TGF-β2 lowers alkaline phosphatase activity in MSCs under inflammatory conditions.'), ['information']);
    assert.deepEqual(severities('TGF-β2 lowers alkaline phosphatase activity in inflamed MSCs.'), ['information']);
    // (A setting whose words the lexicon names as a term is still the setting.)
    assert.deepEqual(severities('TGF-β2 lowers alkaline phosphatase activity in inflamed tissue.'), ['information']);
    // Ageing is such a setting too: "during aging" as much as "aged mice".
    assert.deepEqual(severities('During aging, TGF-β2 lowers alkaline phosphatase activity in MSCs.'), ['information']);
    // (Cells taken from a model the review does not discuss: "from obese donors", "from obese individuals".)
    assert.deepEqual(severities('Adipose stem cells from obese individuals contribute to chronic inflammation.'), ['information']);
    // A member misfiled by the bare word "inflammatory" in a list is a possible contradiction; by "pro-inflammatory" a warning.
    assert.deepEqual(severities('Inflammatory cytokines such as IL-1β and IL-10 were measured.'), ['information']);
    assert.deepEqual(severities('Pro-inflammatory cytokines such as IL-1β and IL-10 were measured.'), ['warning']);
    // (The members may stand in brackets after the class.)
    assert.deepEqual(severities('Inflammatory cytokines (IL-1β and IL-10) were measured.'), ['information']);
    assert.deepEqual(severities('Pro-inflammatory cytokines (IL-1β and IL-10) were measured.'), ['warning']);
    // An effect that passes through a third cell is a finding of a mixed system, not the direct action the
    // review states.
    assert.deepEqual(severities('IL-7 suppressed osteoclast formation.'), ['warning']);
    assert.deepEqual(severities('IL-7 suppressed osteoclast formation indirectly through T cells.'), ['information']);
    assert.deepEqual(severities('IL-7 suppressed osteoclast formation in a B cell-dependent manner.'), ['information']);
    assert.deepEqual(severities('IL-7 suppressed osteoclast formation via T cell production of another cytokine.'), ['information']);
    // (A molecule the effect depends on is no third cell.)
    assert.deepEqual(severities('IL-7 suppressed osteoclast formation in a STAT3-dependent manner.'), ['warning']);
  });

  it('9d. denials, comparisons and a rise named again as an object', () => {
    // "argue against a role for X in Y" denies it, as "no role for X in Y" does.
    has('These findings argue against a role for IL-4 in osteoclast formation.', 'il-4 not regulates osteoclastogenesis contradicts');
    // A denial of an effect on a share of the process ("40% of", "part of") denies no effect.
    has('OPG failed to inhibit osteoclast formation.', 'opg not inhibits osteoclastogenesis contradicts');
    lacks('OPG failed to inhibit about 40% of the osteoclast formation.', /^opg not inhibits osteoclastogenesis contradicts/);
    lacks('OPG failed to inhibit part of the osteoclast formation.', /^opg not inhibits osteoclastogenesis contradicts/);
    // "less able to … than": a comparison with another actor, held below the warning line.
    const hedged = analyzer().analyze({ text: 'M2 macrophages were less able to support osteoclast formation than M1 macrophages.', languageId: 'markdown' }).claims;
    assert.deepEqual(hedged.map((c) => `${c.subject} ${c.relation} ${c.object} ${c.hedged}`), ['m2-macrophage promotes osteoclastogenesis true']);
    // "IL-4 prevented this induction": the rise of the earlier term, not of the verb's own subject.
    has('RANKL raised NFATc1, and IL-4 prevented this induction.', 'il-4 prevents nfatc1 supports');
    lacks('RANKL raised NFATc1. IL-4 prevented this induction.', /^il-4 \S+ rankl/);
  });

  it('10. clauses that state nothing are not read as supported', () => {
    // An indirect question states nothing, unless a verb of showing makes it a finding it presupposes.
    lacks('We asked how IL-4 inhibits osteoclastogenesis.', /il-4/);
    has('We show how IL-4 inhibits osteoclastogenesis.', 'il-4 inhibits osteoclastogenesis supports');
    // Claims the sentence attributes without taking them on are hedged: below the warning line.
    const warns = (text: string): boolean => analyzer().analyze({ text, languageId: 'markdown' }).diagnostics.some((d) => d.code === 'contradiction' && d.severity === 'warning');
    assert.ok(!warns('Our data do not exclude that IL-4 enhances NFATc1.'));
    assert.ok(!warns('An earlier paper claimed that IL-4 raises osteoclast formation; we could not confirm it.'));
    assert.ok(!warns('Some studies found that IL-6 lowers osteoclast formation, and others the reverse.'));
    assert.ok(warns('Studies found that IL-6 lowers osteoclast formation.'));
    // A report that a later clause turns around is not the authors' claim; another actor's opposite is no refutation.
    assert.ok(!warns('Earlier work reported that IL-4 raises NFATc1 levels, but our experiments showed the opposite.'));
    assert.ok(!warns('IL-4 was reported to raise NFATc1 levels; this was not reproduced in our cultures.'));
    assert.ok(warns('Earlier work reported that IL-4 raises NFATc1 levels, and our experiments showed the same.'));
    assert.ok(warns('We found that IL-4 raises NFATc1 levels, whereas IL-10 showed the opposite effect.'));
    // An effect presented as known ("its / the … effect of X on Y") is not what the sentence's hedge doubts;
    // an effect introduced under the hedge ("an … effect") is.
    assert.ok(warns('Our findings suggest that TGF-β1 needs Wnt signalling to exert its inhibitory effects on the osteogenic differentiation of MSCs.'));
    assert.ok(warns('Our findings suggest that STAT6 mediates the stimulatory effect of IL-4 on osteoclast formation.'));
    assert.ok(!warns('Our findings suggest that TGF-β1 exerts an inhibitory effect on the osteogenic differentiation of MSCs.'));
    lacks('Future work should clarify how CXCL6 affects bone integration.', / supports$/);
    lacks('We asked whether IL-4 inhibits NFATc1.', /./);
    lacks('Does IL-4 inhibit NFATc1?', /./);
    lacks('This study aimed to investigate the potential of MSCs expressing TGF-β1 in bone repair.', /./);
    lacks('The aim of the work was to examine IL-4 effects on NFATc1.', /./);
    // A verb of inquiry with a that-clause reports what was found.
    has('We determined that IL-4 inhibits NFATc1.', 'il-4 inhibits nfatc1 supports');
    has('We determine through knockout mice that IL-4 inhibits NFATc1.', 'il-4 inhibits nfatc1 supports');
    lacks('We determined whether IL-4 inhibits NFATc1.', /./);
    // Whether X takes part is the question, though the inhibition it would take part in is known; a part
    // called critical is taken as known.
    lacks('The functional contribution of IL-6 to the inhibition of bone formation was evaluated in vitro.', /./);
    has('The critical contribution of macrophages to bone regeneration is reviewed.', 'macrophage regulates bone-repair supports');
    // A present-tense passive of discussing that ends the sentence states the review's scope.
    lacks('The effects of TNF-α on osteoblasts, osteoclasts, and bone mass are treated separately, while its overall effects on arthritis are summarized.', /./);
    lacks('Several new ideas for regulating inflammation in bone healing by targeting the crosstalk of macrophages and MSCs are also discussed.', /./);
    has('IL-4 inhibits osteoclast formation, as has been discussed.', 'il-4 inhibits osteoclastogenesis supports');
    // Aims and methods said at more length, and a present participle glued into a compound adjective.
    lacks('The goal of this short narrative review was to summarize the role of macrophages in fracture healing.', /./);
    lacks('A database search was conducted to retrieve reports on the role of MSCs in bone regeneration.', /./);
    lacks('The present study was undertaken to determine the efficacy of MSCs in reducing inflammation.', /./);
    lacks('Later studies aimed at profiling and steering macrophages to promote bone repair are needed.', /./);
    lacks('We hypothesised that IL-4 would promote osteoclast formation in these mice.', /./);
    lacks('The mitogenic effect of TNF-α differs from its chemokine-inducing activity in MSCs.', /tnf-alpha \S+ msc /);
  });
});
