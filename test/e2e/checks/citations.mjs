// 3b. Citations that compile: in a LaTeX draft whose references.bib lacks the review, the cite fix adds
// the review's entry to the .bib and inserts \cite{<key>} at the sentence's end; a second fix reuses the
// key; the .bib still parses (with the parser Mechlens bundles; no LaTeX run); hovering \cite{<key>}
// shows the review's title.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describeAll, mechlensWarnings } from '../lib/mechlens.mjs';

const FILE = 'citations.tex';
const KEY = 'zhang2024interplay';
const TITLE = 'Interplay between mesenchymal stem cells and macrophages';
const ADD = (r) => r.startsWith('Add the review to references.bib and cite it as ~\\cite{');
const REUSE = (r) => r === `Cite the review, citing its ref. 104: ~\\cite{${KEY}}`;
const require = createRequire(import.meta.url);

/** The .bib's entries through the bundled parser's own grammar; throws on a syntax error. */
function parseBib(text) {
  const { parse } = require('@citation-js/plugin-bibtex/lib/input/file.js');
  return parse(text);
}

export default {
  name: 'the cite fix adds the review to references.bib and cites its key',
  async run(wb, ctx) {
    await wb.openFile(FILE);
    await wb.waitForProblems(FILE, (ms) => mechlensWarnings(ms).length === 2, {
      message: (ms) => `expected two Mechlens warnings for ${FILE}; Problems lists ${describeAll(ms)}`,
    });
    await wb.cursorTo('promotes', { after: 'fractures' });
    await wb.showCodeActions(ADD);
    await wb.screenshot(ctx.screenshot('cite-bibliography.png'));
    await wb.chooseCodeAction(ADD);
    await wb.waitFor(async () => (await wb.readEditorText()).includes(`IL-4 promotes NFATc1 in osteoclast precursors~\\cite{${KEY}}.`), {
      message: async () => `the sentence was not cited with \\cite{${KEY}}: ${JSON.stringify((await wb.readEditorText()).split('\n')[5])}`,
    });
    await wb.runCommand('File: Save All');
    const bibPath = join(ctx.workspace, 'references.bib');
    const bib = await wb.waitFor(() => {
      const text = readFileSync(bibPath, 'utf8');
      return text.includes(`@article{${KEY},`) ? text : undefined;
    }, { message: () => `references.bib on disk has no @article{${KEY}: ${JSON.stringify(readFileSync(bibPath, 'utf8'))}` });
    if (!bib.startsWith(readFileSync(new URL('../fixtures/references.bib', import.meta.url), 'utf8'))) throw new Error('the existing entries of references.bib were changed');
    const entries = parseBib(bib);
    const added = entries.find((e) => e.label === KEY);
    if (entries.length !== 2 || !added || !/10\.4252\/wjsc\.v16\.i4\.375/.test(added.properties.doi)) throw new Error(`references.bib does not parse back to two entries with the review's DOI: ${JSON.stringify(entries)}`);

    // The second contradiction: the review is in references.bib now, so its key is reused.
    await wb.cursorTo('promotes', { after: 'co-culture' });
    await wb.showCodeActions(REUSE, { timeoutMs: 20_000 });
    await wb.chooseCodeAction(REUSE);
    await wb.waitFor(async () => (await wb.readEditorText()).includes(`IL-4 promotes NFATc1 in precursors~\\cite{${KEY}}.`), { message: 'the second fix did not cite the same key' });
    await wb.runCommand('File: Save All');
    if (readFileSync(bibPath, 'utf8').split(`@article{${KEY}`).length !== 2) throw new Error('the review was added to references.bib twice');

    const hover = await wb.hoverAt(KEY, { after: 'osteoclast precursors', expect: TITLE });
    if (!hover.includes(TITLE)) throw new Error(`the hover on \\cite{${KEY}} lacks the review's title: ${JSON.stringify(hover.slice(0, 300))}`);
    await wb.screenshot(ctx.screenshot('cite-hover.png'));
    return `${KEY} added once, cited twice`;
  },
};
