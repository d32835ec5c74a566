// b. Completion offers a lexicon term that is nowhere else in the file, by any spelling, and inserts the
// canonical label: "osteoprot" → osteoprotegerin → OPG.
const isOsteoprotegerin = (row) => /^osteoprotegerin\b/.test(row) && !/RANKL/.test(row);

export default {
  name: 'completion offers osteoprotegerin and inserts OPG',
  async run(wb, ctx) {
    await wb.openFile('completion.md');
    const before = await wb.readEditorText();
    if (/osteoprot|\bOPG\b/i.test(before)) throw new Error('completion.md already mentions the term');
    await wb.press('Control+End', 'Enter', 'Enter');
    await wb.type('osteoprot');
    const rows = await wb.triggerSuggest((r) => isOsteoprotegerin(r) || /^OPG\s/.test(r));
    await wb.screenshot(ctx.screenshot('completion.png'));
    await wb.acceptSuggestion((r) => isOsteoprotegerin(r) || /^OPG\s/.test(r));
    const line = await wb.waitFor(async () => {
      const lines = (await wb.readEditorText()).split('\n').map((l) => l.trim()).filter(Boolean);
      const last = lines[lines.length - 1];
      return last === 'OPG' ? last : undefined;
    }, { timeoutMs: 5000, message: async () => `after accepting, the last line is ${JSON.stringify((await wb.readEditorText()).trim().split('\n').pop())}; the list showed ${JSON.stringify(rows.slice(0, 5))}` });
    return `inserted "${line}"`;
  },
};
