// f. A mechanism snippet inserts the mechanism as a sentence.
const SENTENCE = 'M-CSF binds CSF1R, which activates RANKL/RANK, which activates NFATc1, which promotes osteoclast differentiation';
const isSnippet = (row) => row.startsWith('mech-mcsf-csf1r');

export default {
  name: 'snippet mech-mcsf inserts the M-CSF mechanism',
  async run(wb, ctx) {
    await wb.openFile('snippet.md');
    await wb.press('Control+End');
    await wb.type('mech-mcsf');
    await wb.triggerSuggest(isSnippet);
    await wb.acceptSuggestion(isSnippet);
    await wb.waitFor(async () => (await wb.readEditorText()).includes(SENTENCE), {
      timeoutMs: 5000, message: async () => `the document reads ${JSON.stringify((await wb.readEditorText()).trim().split('\n').slice(-2).join('\n'))}`,
    });
    await wb.screenshot(ctx.screenshot('snippet.png'));
    await wb.escape(1); // leave snippet mode
    const line = (await wb.readEditorText()).split('\n').find((l) => l.includes(SENTENCE));
    return `inserted ${JSON.stringify(line.trim())}`;
  },
};
