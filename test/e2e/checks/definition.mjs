// c. F12 on a term in a manuscript opens its lexicon entry (mechlens:/entity/<id>.md).
export default {
  name: 'F12 on RANKL opens its entry',
  async run(wb, ctx) {
    await wb.openFile('draft.md');
    const tab = await wb.pressF12At('RANKL', { expectTab: 'rankl.md' });
    const text = await wb.waitFor(async () => {
      const t = await wb.readEditorText();
      return t.startsWith('# RANKL\n') ? t : undefined;
    }, { timeoutMs: 10_000, message: async () => `the entry starts with ${JSON.stringify((await wb.readEditorText()).slice(0, 80))}` });
    if (tab !== 'rankl.md') throw new Error(`the tab is "${tab}", expected "rankl.md"`);
    await wb.screenshot(ctx.screenshot('definition.png'));
    return `tab "${tab}", ${text.split('\n').length} lines on screen`;
  },
};
