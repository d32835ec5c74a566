// d. F12 inside an entry moves on to a neighbour: M-CSF → CSF1R → RANKL/RANK.
async function expectEntry(wb, heading) {
  await wb.waitFor(async () => (await wb.readEditorText()).startsWith(`${heading}\n`), {
    timeoutMs: 10_000, message: async () => `expected an entry starting "${heading}", it starts ${JSON.stringify((await wb.readEditorText()).slice(0, 60))}`,
  });
}

export default {
  name: 'F12 walks M-CSF → CSF1R → RANKL/RANK',
  async run(wb) {
    await wb.openFile('walk.md');
    await wb.pressF12At('M-CSF', { expectTab: 'm-csf.md' });
    await expectEntry(wb, '# M-CSF');
    await wb.pressF12At('CSF1R', { after: '## Downstream', expectTab: 'csf1r.md' });
    await expectEntry(wb, '# CSF1R');
    await wb.pressF12At('RANKL/RANK', { after: '## Downstream', expectTab: 'rankl-rank.md' });
    await expectEntry(wb, '# RANKL/RANK');
    return 'm-csf.md → csf1r.md → rankl-rank.md';
  },
};
