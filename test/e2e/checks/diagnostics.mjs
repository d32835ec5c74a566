// 1. A contradicting sentence gets one Mechlens warning naming the review's reference; the supported
// sentence on the next line gets none. Also: the squiggle and the status bar item ("1 ✓ 1 ✗").
import { CONTRADICTION_MESSAGE, CONTRADICTING, SUPPORTED, describeAll, lineOf, mechlensMarkers, mechlensWarnings } from '../lib/mechlens.mjs';

const FILE = 'diagnostics.md';

export default {
  name: 'a contradicting sentence warns with its reference while a supported one does not',
  async run(wb, ctx) {
    await wb.openFile(FILE);
    const text = await wb.readEditorText();
    const bad = lineOf(text, CONTRADICTING);
    const good = lineOf(text, SUPPORTED);
    if (bad === good) throw new Error('the fixture has both sentences on one line');
    const markers = await wb.waitForProblems(FILE, (ms) => mechlensWarnings(ms).length > 0, {
      message: (ms) => `no Mechlens warning for ${FILE} in Problems; it lists ${describeAll(ms)}`,
    });
    // Let later diagnostics (if any) arrive before counting.
    await new Promise((r) => setTimeout(r, 1000));
    const now = await wb.problems({ file: FILE });
    const warnings = mechlensWarnings(now);
    if (warnings.length !== 1) throw new Error(`expected exactly one Mechlens warning, Problems lists ${describeAll(now)}`);
    const [w] = warnings;
    if (w.line !== bad) throw new Error(`the warning is on line ${w.line}, the contradicting sentence on line ${bad}: ${describeAll(now)}`);
    if (!w.message.includes('[104]')) throw new Error(`the warning does not name [104]: "${w.message}"`);
    if (w.message !== CONTRADICTION_MESSAGE) throw new Error(`the warning reads "${w.message}", expected "${CONTRADICTION_MESSAGE}"`);
    const onGood = mechlensMarkers(now).filter((m) => m.line === good);
    if (onGood.length) throw new Error(`the supported sentence (line ${good}) has ${describeAll(onGood)}`);
    const squiggles = await wb.page.locator('.part.editor .editor-group-container.active .monaco-editor .squiggly-warning').count();
    if (squiggles === 0) throw new Error('the editor shows no warning squiggle');
    const status = await wb.waitFor(async () => {
      const s = await wb.claimsStatus();
      return s && s.supported === 1 && s.contradicting === 1 ? s : undefined;
    }, { timeoutMs: 5000, message: async () => `the Mechlens status bar item shows ${JSON.stringify((await wb.claimsStatus())?.text ?? 'nothing')}, expected "1 ✓ 1 ✗"` });
    await wb.focusEditor();
    await wb.press('Control+End'); // the cursor off the sentence, so that the squiggle shows whole
    await wb.screenshot(ctx.screenshot('diagnostics.png'));
    return `"${w.message}" on line ${w.line} only (${markers.length} marker(s) for the file); status bar "${status.text}"`;
  },
};
