/**
 * Citations that compile: the workspace's bibliographies (BibLaTeX, a Better BibTeX export, CSL-JSON, a
 * broken .bib) read with the chosen parser; the cite fix reusing the author's key for the review or
 * adding the review to their .bib; the document's own citation style; hovers and completion of keys;
 * claims checked against what they cite.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, readSettings } from '../../src/service';
import { parseBibtex } from '../../src/service/bibliography/parseBibtex';
import { latexEscape, reviewBibtex } from '../../src/service/bibliography/reviewEntry';
import type { CodeAction } from '../../src/service/lsp';
import { bundled } from '../support/lexicon';
import { applyEdits } from '../support/edits';
import { service } from '../support/service';

const FIXTURES = join(__dirname, '..', 'fixtures', 'bibliography');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const FOLDER = 'file:///paper';
const CONTRADICTION = 'IL-4 promotes NFATc1 expression in osteoclast precursors.';

/** A service with a document open and the named bibliography fixtures read as the server would. */
function workspace(doc: { name: string; languageId: string; text: string }, bibs: Record<string, string>) {
  const s = service();
  for (const [name, text] of Object.entries(bibs)) s.setBibliography(`${FOLDER}/${name}`, name, text);
  const uri = `${FOLDER}/${doc.name}`;
  s.open(uri, doc.languageId, 1, doc.text);
  return { s, uri };
}

function citeAction(s: ReturnType<typeof service>, uri: string, settings = DEFAULT_SETTINGS): CodeAction {
  const d = s.diagnostics(uri, settings).find((x) => x.code === 'contradiction');
  assert.ok(d, 'the contradiction is reported');
  const action = s.codeActions(uri, [d], ['quickfix'], settings).find((a) => /^(Cite|Add the review)/.test(a.title));
  assert.ok(action, 'a cite action is offered');
  return action;
}

const latexDoc = (bib: string, extra = ''): string =>
  `\\documentclass{article}\n\\usepackage{biblatex}\n\\addbibresource{${bib}}\n\\begin{document}\nMacrophages shape repair~\\parencite{wangOsteoimmunologyMacrophage2022}. ${extra}\n${CONTRADICTION}\n\\printbibliography\n\\end{document}\n`;

describe('bibliographies: parsing', () => {
  it('reads BibLaTeX with @string abbreviations, braces, accents, @online and crossrefs', () => {
    const { entries, problems } = parseBibtex(fixture('biblatex.bib'));
    assert.deepEqual(problems, []);
    const byKey = new Map(entries.map((e) => [e.key, e]));
    assert.equal(byKey.get('zhang2024')?.container, 'World Journal of Stem Cells');
    assert.equal(byKey.get('zhang2024')?.line, 4);
    assert.deepEqual(byKey.get('mueller2019')?.authors, ['Müller, Jérôme', 'García, Ana', 'Østergaard, Søren']);
    assert.equal(byKey.get('isctGuidelines')?.type, 'webpage');
    // The chapter takes the book's year through its crossref.
    assert.equal(byKey.get('lee2021chapter')?.year, 2021);
    assert.equal(byKey.get('mueller2019')?.container, 'Journal of Bone and Mineral Research');
  });

  it('reports a broken entry at its line and keeps every other entry', () => {
    const { entries, problems } = parseBibtex(fixture('broken.bib'));
    assert.deepEqual(entries.map((e) => e.key), ['good1', 'good2']);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 6, 'the broken entry’s first line (0-based)');
    assert.match(problems[0].message, /expected/);
  });

  it('writes the review as an entry the parser reads back with the same DOI and title', () => {
    const review = bundled().review;
    assert.ok(review);
    const text = reviewBibtex(review, 'zhang2024interplay');
    const { entries, problems } = parseBibtex(text);
    assert.deepEqual(problems, []);
    assert.equal(entries[0].key, 'zhang2024interplay');
    assert.equal(entries[0].doi, review.doi);
    assert.equal(entries[0].title, review.title);
    assert.equal(entries[0].authors[0], 'Zhang, F. F.');
    assert.match(text, /pages = \{375--388\}/);
  });

  it('escapes braces, specials and accents for BibTeX', () => {
    assert.equal(latexEscape('Müller & {Søren} 50% é'), 'M{\\"u}ller \\& \\{S{\\o}ren\\} 50\\% {\\\'e}');
    const { entries } = parseBibtex(`@article{x, title = {${latexEscape('Müller & Søren — Étude')}}}`);
    assert.equal(entries[0].title, 'Müller & Søren — Étude');
  });
});

describe('bibliographies: the cite fix', () => {
  it('reuses the author’s key when the DOI matches (Better BibTeX export), in the document’s \\parencite style', () => {
    const text = latexDoc('better-bibtex.bib');
    const { s, uri } = workspace({ name: 'paper.tex', languageId: 'latex', text }, { 'better-bibtex.bib': fixture('better-bibtex.bib') });
    const action = citeAction(s, uri);
    assert.equal(action.title, 'Cite the review, citing its ref. 104: ~\\parencite{zhangInterplayMesenchymalStem2024}');
    assert.deepEqual(Object.keys(action.edit?.changes ?? {}), [uri]);
    assert.match(applyEdits(text, action.edit, uri), /IL-4 promotes NFATc1 expression in osteoclast precursors~\\parencite\{zhangInterplayMesenchymalStem2024\}\.\n/);
  });

  it('finds the review by its normalised title when the entry has no DOI', () => {
    const text = latexDoc('biblatex.bib').replace(/\\parencite/g, '\\cite');
    const { s, uri } = workspace({ name: 'paper.tex', languageId: 'latex', text }, { 'biblatex.bib': fixture('biblatex.bib') });
    assert.match(citeAction(s, uri).title, /~\\cite\{zhang2024\}$/);
  });

  it('adds the review to the .bib under a fresh key and cites it; a second fix reuses the key', () => {
    const bib = fixture('references.bib');
    const text = latexDoc('references.bib');
    const { s, uri } = workspace({ name: 'paper.tex', languageId: 'latex', text }, { 'references.bib': bib });
    const action = citeAction(s, uri);
    assert.equal(action.title, 'Add the review to references.bib and cite it as ~\\parencite{zhang2024interplaya} (citing its ref. 104)');
    const bibUri = `${FOLDER}/references.bib`;
    const bibEdits = action.edit?.changes?.[bibUri] ?? [];
    assert.equal(bibEdits.length, 1);
    // The .bib is only appended to: its existing text is untouched.
    const newBib = applyEdits(bib, action.edit, bibUri);
    assert.ok(newBib.startsWith(bib));
    const parsed = parseBibtex(newBib);
    assert.deepEqual(parsed.problems, []);
    const added = parsed.entries.find((e) => e.key === 'zhang2024interplaya');
    assert.equal(added?.doi, bundled().review?.doi);
    assert.equal(added?.title, bundled().review?.title);
    const newText = applyEdits(text, action.edit, uri);
    assert.match(newText, /precursors~\\parencite\{zhang2024interplaya\}\./);

    // The .bib changed (the server reads it again); a second contradiction reuses the key.
    s.setBibliography(bibUri, 'references.bib', newBib);
    s.change(uri, 2, [{ text: `${newText}\nIL-4 promotes NFATc1 in precursors.\n` }]);
    const again = s.diagnostics(uri, DEFAULT_SETTINGS).filter((d) => d.code === 'contradiction').at(-1);
    assert.ok(again);
    const second = s.codeActions(uri, [again], ['quickfix'], DEFAULT_SETTINGS).find((a) => a.title.startsWith('Cite the review'));
    assert.match(second?.title ?? '', /\\parencite\{zhang2024interplaya\}$/);
    assert.deepEqual(Object.keys(second?.edit?.changes ?? {}), [uri]);
  });

  it('cites [@key] in Pandoc Markdown with front-matter bibliography (CSL-JSON)', () => {
    const text = `---\ntitle: Draft\nbibliography: refs.json\n---\n\n${CONTRADICTION}\n`;
    const { s, uri } = workspace({ name: 'draft.md', languageId: 'markdown', text }, { 'refs.json': fixture('refs.json') });
    const action = citeAction(s, uri);
    assert.match(applyEdits(text, action.edit, uri), /precursors \[@zhang_interplay_2024\]\.\n$/);
  });

  it('adds the review to the first .bib of a Quarto document’s bibliography list', () => {
    const text = `---\ntitle: "Draft"\nbibliography:\n  - refs.json\n  - references.bib\n---\n\n${CONTRADICTION}\n`;
    const { s, uri } = workspace({ name: 'draft.qmd', languageId: 'quarto', text }, { 'refs.json': '[]', 'references.bib': fixture('references.bib') });
    const action = citeAction(s, uri);
    assert.match(action.title, /^Add the review to references\.bib and cite it as \[@zhang2024interplaya\]/);
  });

  it('keeps numbers where the document has no bibliography', () => {
    const { s, uri } = workspace({ name: 'draft.md', languageId: 'markdown', text: `${CONTRADICTION}\n` }, {});
    assert.equal(citeAction(s, uri).title, "Cite the review's reference [104]");
  });
});

describe('bibliographies: hover, completion, claims against citations', () => {
  it('hovers a citation key with the entry, user text escaped', () => {
    const text = `---\nbibliography: refs.json\n---\n\nRANKL acts on precursors [@smith_rankl_2018; @zhang_interplay_2024].\n`;
    const { s, uri } = workspace({ name: 'draft.md', languageId: 'markdown', text }, { 'refs.json': fixture('refs.json') });
    const hover = s.hover(uri, { line: 4, character: 30 }, DEFAULT_SETTINGS);
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /RANKL signalling in \\\*osteoclast\\\* precursors &lt;script&gt;/);
    const review = (s.hover(uri, { line: 4, character: 55 }, DEFAULT_SETTINGS)?.contents as { value: string }).value;
    assert.match(review, /Interplay between mesenchymal stem cells/);
    assert.match(review, /10\\\.4252/);
  });

  it('hovers \\cite{key} in LaTeX with the title', () => {
    const text = latexDoc('better-bibtex.bib');
    const { s, uri } = workspace({ name: 'paper.tex', languageId: 'latex', text }, { 'better-bibtex.bib': fixture('better-bibtex.bib') });
    const line = text.split('\n')[4];
    const hover = s.hover(uri, { line: 4, character: line.indexOf('wang') + 3 }, DEFAULT_SETTINGS);
    assert.match((hover?.contents as { value: string }).value, /Osteoimmunology: Macrophage Polarization in Bone Healing/);
  });

  it('completes keys after [@ and inside \\parencite{', () => {
    const md = workspace({ name: 'draft.md', languageId: 'markdown', text: '---\nbibliography: refs.json\n---\nAs shown [@zh\n' }, { 'refs.json': fixture('refs.json') });
    const list = md.s.completion(md.uri, { line: 3, character: 13 }, DEFAULT_SETTINGS);
    assert.deepEqual(list?.items.map((i) => i.label), ['zhang_interplay_2024', 'smith_rankl_2018']);
    assert.deepEqual(list?.items[0].textEdit && 'range' in list.items[0].textEdit ? list.items[0].textEdit.range.start : undefined, { line: 3, character: 11 });
    const tex = workspace({ name: 'paper.tex', languageId: 'latex', text: '\\addbibresource{biblatex.bib}\nSee \\parencite[p.~3]{mueller2019,\n' }, { 'biblatex.bib': fixture('biblatex.bib') });
    const keys = tex.s.completion(tex.uri, { line: 1, character: 33 }, DEFAULT_SETTINGS)?.items.map((i) => i.label);
    assert.ok(keys?.includes('isctGuidelines') && keys.includes('zhang2024'));
  });

  it('says “the cited review says the opposite” when the sentence cites the review', () => {
    const text = `---\nbibliography: refs.json\n---\n\nIL-4 promotes NFATc1 expression in osteoclast precursors [@zhang_interplay_2024].\n`;
    const { s, uri } = workspace({ name: 'draft.md', languageId: 'markdown', text }, { 'refs.json': fixture('refs.json') });
    const d = s.diagnostics(uri, DEFAULT_SETTINGS).find((x) => x.code === 'contradiction');
    assert.equal(d?.message, 'The cited review says the opposite (its ref. 104): IL-4 inhibits NFATc1 [104]');
  });

  it('hints "supported by the review; cite it" by setting, where a citation would compile', () => {
    const text = `---\nbibliography: refs.json\n---\n\nRANKL activates NFATc1 in precursors.\n\nRANKL activates NFATc1 [@smith_rankl_2018].\n`;
    const { s, uri } = workspace({ name: 'draft.md', languageId: 'markdown', text }, { 'refs.json': fixture('refs.json') });
    const hints = s.diagnostics(uri, DEFAULT_SETTINGS).filter((d) => d.code === 'cite-review');
    assert.equal(hints.length, 1, 'only the sentence that cites nothing');
    assert.match(String(hints[0].message), /^Supported by the review \(its refs?\. \d/);
    const fix = s.codeActions(uri, hints, ['quickfix'], DEFAULT_SETTINGS);
    assert.equal(fix.length, 1);
    assert.match(applyEdits(text, fix[0].edit, uri), /RANKL activates NFATc1 in precursors \[@zhang_interplay_2024\]\./);
    assert.deepEqual(s.diagnostics(uri, readSettings({ suggestCitations: 'off' })).filter((d) => d.code === 'cite-review'), []);
    // Plain text: off by default, on when asked.
    const plain = workspace({ name: 'notes.txt', languageId: 'plaintext', text: 'RANKL activates NFATc1 in precursors.\n' }, {});
    assert.deepEqual(plain.s.diagnostics(plain.uri, DEFAULT_SETTINGS).filter((d) => d.code === 'cite-review'), []);
    assert.equal(plain.s.diagnostics(plain.uri, readSettings({ suggestCitations: 'on' })).filter((d) => d.code === 'cite-review').length, 1);
  });
});
