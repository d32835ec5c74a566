// 2. The Rewrite quick fix replaces exactly the contradicted verb; the warning then goes away.
// The quick-fix menu is pictured for the README (media/screenshots/quickfix.png).
import { CONTRADICTING, describeAll, expectEditorText, mechlensWarnings, openWithOneWarning } from '../lib/mechlens.mjs';

const FILE = 'rewrite.md';
const REWRITE = 'Rewrite "promotes" as "inhibits" (as the review states)';
const EXPECTED_MENU = [
  REWRITE,
  "Cite the review's reference [104]",
  'Silence Mechlens on this line',
  'Add an exception to the workspace lexicon (.mechlens/lexicon.json)',
];

export default {
  name: 'the quick fix rewrites exactly the verb',
  async run(wb, ctx) {
    const before = await openWithOneWarning(wb, FILE);
    await wb.cursorTo('promotes');
    const rows = await wb.showCodeActions((r) => r === REWRITE);
    const missing = EXPECTED_MENU.filter((t) => !rows.includes(t));
    if (missing.length) throw new Error(`the quick-fix menu lacks ${JSON.stringify(missing)}; it shows ${JSON.stringify(rows)}`);
    await wb.screenshot(ctx.screenshot('quickfix.png'));
    await wb.chooseCodeAction((r) => r === REWRITE);
    const expected = before.replace(CONTRADICTING, CONTRADICTING.replace('promotes', 'inhibits'));
    await expectEditorText(wb, expected, 'after the rewrite the document differs from the original with only the verb replaced');
    await wb.waitForProblems(FILE, (ms) => mechlensWarnings(ms).length === 0, {
      message: (ms) => `the warning stayed after the rewrite; Problems lists ${describeAll(ms)}`,
    });
    const status = await wb.waitFor(async () => {
      const s = await wb.claimsStatus();
      return s && s.contradicting === 0 ? s : undefined;
    }, { timeoutMs: 5000, message: async () => `the status bar item shows ${JSON.stringify((await wb.claimsStatus())?.text ?? 'nothing')} after the rewrite` });
    return `menu: ${rows.length} fixes; line now "${CONTRADICTING.replace('promotes', 'inhibits')}"; status bar "${status.text}"`;
  },
};
