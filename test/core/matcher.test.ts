import { strict as assert } from 'node:assert';
import { extractProse, findMentions } from '../../src/core';
import { analyzer } from '../support/lexicon';

function ids(text: string, lang = 'plaintext'): string[] {
  const p = extractProse(text, lang);
  return findMentions(p.text, 0, p.text.length, analyzer().index).map((m) => m.id);
}

describe('entity recognition', () => {
  it('finds TNF-α in every spelling writers use', () => {
    for (const s of ['TNF-α', 'TNF-alpha', 'TNFα', 'TNFa', 'TNF α', 'TNF‑α', 'tumor necrosis factor-α', 'tumour necrosis factor alpha']) {
      assert.deepEqual(ids(`${s} rises.`), ['tnf-alpha'], s);
    }
  });

  it('finds IL-4 with and without hyphen or space, and spelled out', () => {
    for (const s of ['IL-4', 'IL4', 'IL 4', 'interleukin-4', 'interleukin 4', 'IL−4']) assert.deepEqual(ids(`then ${s} acts`), ['il-4'], s);
  });

  it('reads look-alikes typed for a Greek letter (kra for kappa, German sharp s for beta)', () => {
    assert.deepEqual(ids('NF-ĸB, TGF-ß, IL-1ß and TGF-ß1 rise.'), ['nf-kappab', 'tgf-beta', 'il-1beta', 'tgf-beta1']);
  });

  it('reads chemokine receptors by their older long names ("chemokine (C-C motif) receptor 1")', () => {
    assert.deepEqual(ids('chemokine (C-C motif) receptor 1 and chemokine (C-X-C motif) receptor 4 rise'), ['ccr1', 'cxcr4']);
  });

  it('ends a phrase with "of" before its object when a present participle is glued to it, not before a past one', () => {
    assert.deepEqual(ids('TNF-α drives the formation of bone-resorbing osteoclasts.'), ['tnf-alpha', 'osteoclast']);
    assert.ok(ids('receptor activator of NF-κB ligand-induced osteoclast formation').includes('rankl'));
  });

  it('reads the review’s abbreviations and plurals', () => {
    assert.deepEqual(ids('OBs, OCs, pre-OBs, pre-OCs, BMSCs and Mϕ'), ['osteoblast', 'osteoclast', 'pre-osteoblast', 'pre-osteoclast', 'msc', 'macrophage']);
  });

  it('reads a factor under the prefix that says which one was used (recombinant, human, murine, soluble), not a word that only looks so', () => {
    assert.deepEqual(ids('then rMuIFN-gamma acts'), ['ifn-gamma']);
    assert.deepEqual(ids('then sIL-6R acts'), ['il-6r']);
    assert.deepEqual(ids('then γ-IFN acts'), ['ifn-gamma']);
    assert.deepEqual(ids('the mRNA rose'), []);
  });

  it('reads a stem cell under the small letters that say where it came from ("uMSCs", "rBMSCs", "hucMSC"), not a phenotype or an osteoclast so prefixed', () => {
    assert.deepEqual(ids('uMSCs, rBMSCs and hucMSC were given.'), ['msc', 'msc', 'msc']);
    assert.deepEqual(ids('The uMSC transplantation was done.'), ['msc-therapy']);
    assert.deepEqual(ids('mOC and hM2 cells'), []);
    assert.deepEqual(ids('the mRNA rose'), []);
  });

  it('reads IDO under the spelling "indolamine" that authors often use, as under its own', () => {
    assert.deepEqual(ids('MSCs expressed indolamine 2,3-dioxygenase and indoleamine 2,3-dioxygenase.'), ['msc', 'ido', 'ido']);
  });

  it('finds a symbol glued to "anti" without its hyphen, but not inside a word', () => {
    assert.deepEqual(ids('An antiTNF-alpha antibody was given.'), ['tnf-alpha']);
    assert.deepEqual(ids('The antigen was given.'), []);
  });

  it('does not read a numbered member the lexicon lacks as its family ("Interleukin-27", "BMP-10"), but reads the members it holds', () => {
    assert.deepEqual(ids('Interleukin-27 acts.'), []);
    assert.deepEqual(ids('BMP-10 and BMP-2 act.'), ['bmp-2']);
    assert.deepEqual(ids('MMP-13 and matrix metalloproteinase-1 act.'), ['mmp1']);
    assert.deepEqual(ids('miR-125a-5p acts.'), ['mir-125a']);
    assert.deepEqual(ids('Interleukins act.'), ['il-family']);
  });

  it('reads a numbered miRNA the lexicon lacks as a miRNA, number and strand included; one it holds keeps its entry', () => {
    const spans = (text: string): string[] => findMentions(text, 0, text.length, analyzer().index).map((m) => `${text.slice(m.start, m.end)}=${m.id}${m.member ? ' (member)' : ''}`);
    assert.deepEqual(spans('miR-21, miR-146a-5p, microRNA-182 and hsa-miR-496 act.'), ['miR-21=mirna (member)', 'miR-146a-5p=mirna (member)', 'microRNA-182=mirna (member)', 'miR-496=mirna (member)']);
    assert.deepEqual(spans('miR-125a-5p and miR-223 act.'), ['miR-125a-5p=mir-125a', 'miR-223=mir-223-3p']);
    assert.deepEqual(spans('miRNAs act; a miR mimic too.'), ['miRNAs=mirna', 'miR=mirna']);
    // (Only a number ends a member's name: "microRNA-mediated" is the class.)
    assert.deepEqual(spans('microRNA-mediated silencing'), ['microRNA=mirna']);
  });

  it('reads the PI3K/AKT pathway as AKT, the member the review names', () => {
    for (const t of ['PI3K/AKT', 'PI3K/Akt signaling pathway', 'the PI3K-AKT pathway']) assert.deepEqual(ids(`${t} was activated.`), ['akt'], t);
  });

  it('reads "M2" after a class noun of proteins as an isoform name, not the M2 phenotype, nor its abbreviation', () => {
    assert.deepEqual(ids('Pyruvate kinase M2 (PKM2) is a glycolytic enzyme. PKM2 promotes inflammation.'), ['inflammation']);
    assert.deepEqual(ids('M2 macrophages and the M2 phenotype'), ['m2-macrophage', 'm2-macrophage']);
  });

  it('keeps case for short symbols: "no" and "NO" differ', () => {
    assert.deepEqual(ids('there was no change'), []);
    assert.deepEqual(ids('NO was released'), ['nitric-oxide']);
  });

  it('prefers the longest spelling (IL-1β over IL-1, NF-κB signalling pathway over NF-κB)', () => {
    assert.deepEqual(ids('IL-1β and IL-1 differ'), ['il-1beta', 'il-1']);
    assert.deepEqual(ids('IL-10 is not IL-1'), ['il-10', 'il-1']);
  });

  it('resolves composite process mentions', () => {
    assert.deepEqual(ids('proliferation of MSCs'), ['msc-proliferation']);
    assert.deepEqual(ids('MSC proliferation'), ['msc-proliferation']);
    assert.deepEqual(ids('the osteogenic differentiation of MSCs'), ['msc-osteogenic-differentiation']);
    assert.deepEqual(ids('polarization of macrophages toward the M2 phenotype'), ['m2-polarization']);
    assert.deepEqual(ids('Proliferation of MSCs rose'), ['msc-proliferation']);
  });

  it('reads a cell behind a glued source code as that cell in a composite: "transplantation of hUCB-MSCs"', () => {
    assert.deepEqual(ids('Transplantation of hUCB-MSCs lowered TNF-α.'), ['msc-therapy', 'tnf-alpha']);
    assert.deepEqual(ids('the proliferation of L-MSCs'), ['msc-proliferation']);
    // (Only a cell: a code before a cytokine joins nothing.)
    assert.deepEqual(ids('secretion of h-IL-6'), ['il-6']);
  });

  it('reads what a cell is able to do as its process: "the capacity of MSCs to proliferate"', () => {
    assert.deepEqual(ids('Silencing reduced the capacity of MSCs to proliferate.'), ['msc-proliferation']);
    assert.deepEqual(ids('the ability of the hMSCs to migrate'), ['msc-migration']);
    assert.deepEqual(ids("MSCs' capacity to proliferate"), ['msc-proliferation']);
    // Only an action the cell has in the lexicon, and only after "to": "the capacity of MSCs" alone is the cell.
    assert.deepEqual(ids('the capacity of MSCs to survive'), ['msc-survival']);
    assert.deepEqual(ids('the capacity of MSCs to fuse'), ['msc']);
    assert.deepEqual(ids('the capacity of MSCs'), ['msc']);
    assert.deepEqual(ids('the capacity of MSCs to secrete IL-6'), ['msc', 'il-6']);
  });

  it('gives an action the cell of the process in a coordinated verb phrase: "promotes proliferation but inhibits osteogenic differentiation of MSCs"', () => {
    assert.deepEqual(ids('IL-6 promotes proliferation but inhibits osteogenic differentiation of MSCs.'), ['il-6', 'msc-proliferation', 'msc-osteogenic-differentiation']);
    assert.deepEqual(ids('IL-6 enhanced the migration of MSCs and reduced apoptosis.'), ['il-6', 'msc-migration', 'msc-apoptosis']);
    // A plain list of nouns is no verb phrase: "self-renewal and multi-lineage differentiation potential".
    assert.deepEqual(ids('Self-renewal of MSCs and multi-lineage differentiation potential were high.'), ['msc-self-renewal']);
  });

  it('reads a cell process past the cell\'s own abbreviation: "mesenchymal stem cell (MSC) proliferation"', () => {
    assert.deepEqual(ids('mesenchymal stem cell (MSC) proliferation'), ['msc-proliferation']);
    assert.deepEqual(ids('bone marrow mesenchymal stem cell (BMSC) transplantation'), ['msc-therapy']);
    // Not past brackets that name something else.
    assert.deepEqual(ids('mesenchymal stem cells (IL-4) proliferation'), ['msc', 'il-4']);
  });

  it('reads a longer spelling past the first term\'s own abbreviation: "osteoclast (OCL) formation"', () => {
    assert.deepEqual(ids('Human osteoclast (OCL) formation was enhanced.'), ['osteoclastogenesis']);
    // Not past brackets that name something else.
    assert.deepEqual(ids('Osteoclast (IL-4) formation was enhanced.'), ['osteoclast', 'il-4']);
  });

  it('gives an action to the cells listed after it with "as well as": "the apoptosis of splenocytes as well as T cells"', () => {
    assert.deepEqual(ids('MSCs inhibit the apoptosis of splenocytes as well as T cells.'), ['msc', 't-cell-apoptosis', 't-cell']);
  });

  it('gives no cell to an action past a comma when the "of" before the cell follows another noun: "activation by dendritic cells, even after removal of the MSCs"', () => {
    assert.deepEqual(ids('T cells proliferated upon activation by dendritic cells, even after removal of the MSCs.'), ['t-cell', 'msc']);
    // An "of" right after a contrast aside still places the action: "the proliferation, but not the migration, of MSCs".
    assert.deepEqual(ids('IL-6 increased the proliferation, but not the migration, of MSCs.'), ['il-6', 'msc-proliferation', 'msc-migration', 'msc']);
  });

  it('gives no cell to an action with a plain "of" object of its own: "administration of aspirin, which …"', () => {
    assert.deepEqual(ids('Systemic administration of aspirin, which lowers IFN-γ, results in blockage of MSC loss.'), ['ifn-gamma', 'msc']);
    // …nor when a place follows that object: the action happens in the cells, it is not theirs.
    assert.deepEqual(ids('Activation of AhR in MSCs lowered their immunosuppressive capacity.'), ['msc']);
    assert.deepEqual(ids('Proliferation of the cells in MSC cultures rose.'), ['msc-proliferation', 'msc']);
  });

  it('reads an osteoblast process with the words that say which cells: "differentiation of human osteoblasts"', () => {
    assert.deepEqual(ids('the differentiation of human osteoblasts'), ['osteoblast-differentiation']);
    assert.deepEqual(ids('the maturation of primary osteoblasts'), ['osteoblast-differentiation']);
  });

  it('gives an action the cell that has, shows or possesses it: "MSCs possess immunomodulatory properties"', () => {
    assert.deepEqual(ids('MSCs possess immunomodulatory properties.'), ['msc', 'msc-immunomodulation']);
    assert.deepEqual(ids('MSCs from old donors retained their immunosuppressive capacity.'), ['msc', 'msc-immunomodulation']);
    assert.deepEqual(ids('MSCs exhibited immunosuppressive properties.'), ['msc', 'msc-immunomodulation']);
  });

  it('gives an action a cell named after it in the sentence unless the action has its own "of" object', () => {
    assert.deepEqual(ids('IL-6 increased proliferation in TDSCs.'), ['il-6', 'msc-proliferation', 'msc']);
    // One action, the longest: "efficacy" inside "therapeutic efficacy" is no second mention.
    assert.deepEqual(ids('Primed MSCs showed enhanced therapeutic efficacy.'), ['msc', 'msc-therapy']);
    // An action glued to another term is that term's, not the cells' named after it.
    assert.deepEqual(ids('TNF-α induced NF-κB activation in MSCs.'), ['tnf-alpha', 'nf-kappab', 'msc']);
    assert.deepEqual(ids('IL-6 increased the migration of TNF-α-treated MSCs.'), ['il-6', 'msc-migration', 'tnf-alpha', 'msc']);
    assert.deepEqual(ids('M0 macrophages promote the differentiation of mitochondrially impaired MSCs.'), ['m0-macrophage', 'msc-differentiation', 'mitochondrial-dysfunction', 'msc']);
    // The activation is STAT3's, not the MSCs'.
    assert.deepEqual(ids('The antibody inhibited the activation of STAT3 and the senescence of BMSCs.'), ['stat3', 'msc']);
  });

  it('ends a plain word before reference numbers glued to it, never a symbol before its digits', () => {
    assert.deepEqual(ids('due to enhanced osteoclastogenesis1,2.'), ['osteoclastogenesis']);
    assert.deepEqual(ids('activated macrophages12 and MSCs'), ['macrophage', 'msc']);
    assert.deepEqual(ids('IL-17 and IL-1 were measured.'), ['il-17', 'il-1']);
    assert.deepEqual(ids('Smad1 was phosphorylated.'), []);
  });

  it('reads an action "mediated / triggered by" a cell as that cell\'s own', () => {
    assert.deepEqual(ids('IL-6 is involved in immunosuppression triggered by hMSCs.'), ['il-6', 'msc-immunomodulation']);
    assert.deepEqual(ids('the immunosuppression mediated by the MSCs'), ['msc-immunomodulation']);
    // Only an action the cell has: macrophages have no immunosuppression of their own in the lexicon.
    assert.deepEqual(ids('immunosuppression mediated by macrophages'), ['macrophage']);
  });

  it('reads a cell glued to "-mediated" or "-driven" before its action as that cell\'s own action', () => {
    assert.deepEqual(ids('hASC-mediated immunosuppression'), ['msc-immunomodulation']);
    assert.deepEqual(ids('BMSC-driven immunomodulation'), ['msc-immunomodulation']);
    // Before "of" the action is another's: the T cells die, not the MSCs.
    assert.deepEqual(ids('MSC-mediated apoptosis of T cells'), ['msc', 't-cell-apoptosis']);
  });

  it('shares the cell of a coordinated process: "the adhesion and migration of MSCs"', () => {
    assert.deepEqual(ids('the adhesion and migration of MSCs'), ['msc-adhesion', 'msc-migration']);
    assert.deepEqual(ids('MSC proliferation and migration'), ['msc-proliferation', 'msc-migration']);
  });

  it('reads heads that share the modifier of a process before them: "bone formation and resorption"', () => {
    assert.deepEqual(ids('IL-10 lowered bone formation and resorption'), ['il-10', 'bone-formation', 'bone-resorption']);
    assert.deepEqual(ids('bone formation, remodeling and mineralization'), ['bone-formation', 'bone-remodeling', 'bone-mineralization']);
    // Only between processes: the cytokines here are any cytokines, not M2 ones.
    assert.deepEqual(ids('M2 macrophages and cytokines'), ['m2-macrophage', 'cytokine']);
    // A word that makes no term with the modifier stays plain.
    assert.deepEqual(ids('bone formation and the mice'), ['bone-formation']);
  });

  it('reads a modifier whose head is shared with the next term: "osteogenic and chondrogenic differentiation of MSCs"', () => {
    assert.deepEqual(ids('the osteogenic and chondrogenic differentiation of MSCs'), ['msc-osteogenic-differentiation', 'msc-chondrogenic-differentiation']);
    assert.deepEqual(ids('osteogenic, adipogenic and chondrogenic differentiation of MSCs'), ['msc-osteogenic-differentiation', 'msc-adipogenic-differentiation', 'msc-chondrogenic-differentiation']);
    assert.deepEqual(ids('pro- and anti-inflammatory cytokines'), ['pro-inflammatory-cytokine', 'anti-inflammatory-cytokine']);
    // The second modifier outside a one-word term: "bone" + "regeneration".
    assert.deepEqual(ids('promise for bone and cartilage regeneration'), ['bone-repair', 'tissue-regeneration']);
    // A singular cell word before a process reads as the process's modifier …
    assert.deepEqual(ids('osteoclast and osteoblast differentiation'), ['osteoclastogenesis', 'osteoblast-differentiation']);
    // … a plural one, or a factor, stays what it names.
    assert.deepEqual(ids('MSCs and osteoblast differentiation'), ['msc', 'osteoblast-differentiation']);
    assert.deepEqual(ids('IL-1β and TNF-α production'), ['il-1beta', 'tnf-alpha']);
    // A word that makes no term with the head is left alone.
    assert.deepEqual(ids('early and late osteoblast differentiation'), ['osteoblast-differentiation']);
  });

  it('reads LaTeX math Greek as part of the name', () => {
    assert.deepEqual(ids('TNF-$\\alpha$ and IL-1$\\beta$ and NF-$\\kappa$B', 'latex'), ['tnf-alpha', 'il-1beta', 'nf-kappab']);
  });

  it('reads a title in Title Case as its spelling in small letters, acronyms kept', () => {
    assert.deepEqual(ids('IL6 Receptor Facilitates Adipogenesis'), ['il-6r', 'msc-adipogenic-differentiation']);
    assert.deepEqual(ids('Tumor Necrosis Factor-α Mediates RANK Ligand Stimulation'), ['tnf-alpha', 'rankl']);
    // (An acronym is not a word in Title Case: "NO" after a term stays nitric oxide, not "no".)
    assert.deepEqual(ids('IL-6 NO Release'), ['il-6', 'nitric-oxide']);
  });

  it('shares "of" and its term among the nouns before it ("the differentiation and survival of osteoclasts")', () => {
    assert.deepEqual(ids('the differentiation and survival of osteoclasts'), ['osteoclastogenesis', 'osteoclast']);
    assert.deepEqual(ids('the survival and proliferation of osteoclasts'), ['osteoclast']);
    // (Named once: not again as an action looking for its cell.)
    assert.deepEqual(ids('the differentiation and activity of osteoblasts, osteoclasts and chondrocytes'), ['osteoblast-differentiation', 'osteoblast', 'osteoclast', 'chondrocyte']);
  });

  it('reads adjectives sharing a noun and its "of" phrase ("the phagocytic and antigen-presenting capacity of monocytes/macrophages")', () => {
    assert.deepEqual(ids('the phagocytic and antigen-presenting capacity of macrophages'), ['phagocytosis', 'macrophage']);
    assert.deepEqual(ids('the phagocytic and antigen-presenting capacity of monocytes/macrophages'), ['phagocytosis', 'monocyte', 'macrophage']);
  });

  it('finds the cell of a bare action among cells sharing their head ("the apoptosis of T and B cells")', () => {
    assert.deepEqual(ids('MSCs inhibit the apoptosis of T and B cells'), ['msc', 't-cell-apoptosis', 't-cell', 'b-cell']);
  });

  it('reads an interaction among listed cells as the lexicon\'s term for the interaction of two of them', () => {
    assert.deepEqual(ids('Crosstalk among macrophages, T cells, and MSCs shapes the immune response'), ['msc-macrophage-crosstalk', 'immune-response']);
    assert.deepEqual(ids('the interplay between GMSCs and macrophages'), ['msc-macrophage-crosstalk']);
    assert.deepEqual(ids('the interactions between monocytes/macrophages and ADMSCs'), ['msc-macrophage-crosstalk']);
    // (No such term for two other cells: the list stays what it names.)
    assert.deepEqual(ids('the interactions between T cells and B cells'), ['t-cell', 'b-cell']);
  });

  it('reads a phosphorylated form by its factor ("p-ERK1/2", "phospho-STAT3"), the prefix in the mention', () => {
    const p = extractProse('Pretreatment with the p-ERK1/2 inhibitor and phospho-STAT3 levels', 'plaintext');
    const found = findMentions(p.text, 0, p.text.length, analyzer().index).map((m) => p.text.slice(m.start, m.end));
    assert.deepEqual(found.filter((t) => /ERK|STAT3/.test(t)), ['p-ERK1/2', 'phospho-STAT3']);
    // (Not before a small letter: "p-value".)
    assert.deepEqual(ids('The p-value was small.'), []);
  });

  it('reads cells given by transfusion as MSC therapy, and an autoimmune response as an immune response', () => {
    assert.deepEqual(ids('Transfusion of BMSCs reduced lung inflammation.'), ['msc-therapy', 'inflammation']);
    assert.deepEqual(ids('BMSCs negatively regulated autoimmune responses.'), ['msc', 'immune-response']);
  });

  it('reads a tissue named as what a cell differentiates into as the cell that makes it', () => {
    assert.deepEqual(ids('MSCs can differentiate into bone, cartilage and fat.'), ['msc', 'osteoblast', 'chondrocyte', 'adipocyte']);
    assert.deepEqual(ids('MSCs are multipotent cells capable of differentiating into several tissues, such as bone, cartilage, and fat.'), ['msc', 'osteoblast', 'chondrocyte', 'adipocyte']);
    assert.deepEqual(ids('MSCs may differentiate into a variety of mesenchymal tissues including bone and cartilage.'), ['msc', 'osteoblast', 'chondrocyte']);
    assert.deepEqual(ids('MSCs differentiate into the bone tissue.'), ['msc', 'osteoblast']);
    // (An item the lexicon does not name stands in the list without ending it.)
    assert.deepEqual(ids('MSCs can differentiate into neural cells and fat.'), ['msc', 'adipocyte']);
    // (Elsewhere the tissue is the organ: no cell is named by "bone" in a compound, after another verb, or as bone cells.)
    assert.deepEqual(ids('Precursors differentiate into bone-resorbing osteoclasts.'), ['osteoclast']);
    assert.deepEqual(ids('MSCs differentiate into osteoblasts and contribute to bone.'), ['msc', 'osteoblast']);
    assert.deepEqual(ids('MSCs differentiate into bone cells.'), ['msc']);
    assert.deepEqual(ids('MSCs protect bone, cartilage and fat.'), ['msc']);
  });

  it('reads the healing of a lesion, whatever plain modifiers it has, as the process that repairs it', () => {
    assert.deepEqual(ids('The seeded scaffolds sped the repair of critical-sized rat calvarial defects.'), ['biomaterial-scaffold', 'bone-repair']);
    assert.deepEqual(ids('MSCs improved healing of the femoral fractures.'), ['msc', 'bone-repair']);
    assert.deepEqual(ids('Macrophage depletion delayed calvarial defect healing.'), ['macrophage-depletion', 'bone-repair']);
    // (Words that are no plain modifiers, or another term inside the frame, leave the lesion as it was.)
    assert.deepEqual(ids('We studied the repair of MSC-seeded calvarial defects.'), ['msc', 'calvarial-defect']);
    assert.deepEqual(ids('The rate of healing in calvarial defects was low.'), ['bone-repair', 'calvarial-defect']);
    assert.deepEqual(ids('Regeneration of skin and calvarial defects was compared.'), ['tissue-regeneration', 'calvarial-defect']);
  });

  it('reads the IL-1 family as a term of its own, not as IL-1', () => {
    assert.deepEqual(ids('The IL-1 family member IL-37 dampens inflammation.'), ['il-1-family', 'inflammation']);
    assert.deepEqual(ids('Anti-inflammatory IL-1 family members and IL-1 itself were measured.'), ['il-1-family', 'il-1']);
  });

  it('does not find terms inside longer words', () => {
    assert.deepEqual(ids('NOTCH signalling and OCT4 and CODE'), []);
  });
});
