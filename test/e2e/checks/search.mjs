// e. Search Lexicon tolerates typos: "osteoprotgerin" finds OPG (osteoprotegerin); choosing it opens the entry.
export default {
  name: 'Search Lexicon finds osteoprotegerin from a typo',
  async run(wb, ctx) {
    await wb.openFile('draft.md');
    await wb.runCommand('Mechlens: Search Lexicon');
    await wb.waitFor(async () => (await wb.visibleTexts('.quick-input-widget .quick-input-title')).some((t) => t.includes('Search Lexicon')), {
      timeoutMs: 15_000, message: () => 'the Search Lexicon quick pick did not open',
    });
    await wb.type('osteoprotgerin');
    // "OPG protein · osteoprotegerin", not "OPG/RANKL pathway or axis · osteoprotegerin/RANKL/RANK axis".
    const isOpg = (row) => /^OPG\s/.test(row) && /osteoprotegerin/.test(row);
    await wb.waitFor(async () => (await wb.quickInputRows()).some(isOpg), {
      timeoutMs: 15_000, message: async () => `no OPG/osteoprotegerin row; the list shows ${JSON.stringify((await wb.quickInputRows()).slice(0, 6))}`,
    });
    await wb.screenshot(ctx.screenshot('search.png'));
    await wb.chooseQuickInputRow(isOpg);
    await wb.waitForActiveTab('opg.md');
    await wb.waitFor(async () => (await wb.readEditorText()).startsWith('# OPG\n'), {
      timeoutMs: 10_000, message: async () => `the opened entry starts ${JSON.stringify((await wb.readEditorText()).slice(0, 60))}`,
    });
    return 'opened opg.md';
  },
};
