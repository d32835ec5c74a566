// 5. On a judged sentence the hover says how it was read (subject → relation → object, the rule, the
// confidence), and "This reading is wrong" silences that one reading with a comment naming it.
import { CONTRADICTING, describeAll, expectEditorText, mechlensWarnings, openWithOneWarning } from '../lib/mechlens.mjs';

const FILE = 'reading.md';
const WRONG = 'This reading is wrong (il-4 → nfatc1): silence it';
const COMMENT = ' <!-- mechlens-disable-line il-4>nfatc1 -->';

export default {
  name: 'the hover shows how a sentence was read, and one reading can be silenced',
  async run(wb, ctx) {
    const before = await openWithOneWarning(wb, FILE);
    const hover = await wb.hoverAt('promotes', { expect: 'Read as' });
    for (const wanted of ['Contradicts the review', '[104]', 'Read as', 'IL-4 → promotes → NFATc1', 'verb-clause', 'in one clause', 'confidence 0.9']) {
      if (!hover.includes(wanted)) throw new Error(`the hover lacks "${wanted}": ${JSON.stringify(hover.slice(0, 400))}`);
    }
    await wb.screenshot(ctx.screenshot('reading.png'));
    await wb.escape();
    await wb.cursorTo('promotes');
    await wb.showCodeActions((r) => r === WRONG);
    await wb.chooseCodeAction((r) => r === WRONG);
    await expectEditorText(wb, before.replace(CONTRADICTING, `${CONTRADICTING}${COMMENT}`), 'after "This reading is wrong" the line differs from the original by more than the comment');
    await wb.waitForProblems(FILE, (ms) => mechlensWarnings(ms).length === 0, {
      message: (ms) => `the warning stayed after silencing the reading; Problems lists ${describeAll(ms)}`,
    });
    return `hover: ${JSON.stringify(hover.split('\n').find((l) => l.includes('Read as')) ?? '')}; the comment silenced the reading`;
  },
};
