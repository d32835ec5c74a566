// 5. Live diagnostics while typing: a contradicting sentence typed key by key gets its warning; typing
// the right verb over the wrong one makes it go away.
import { CONTRADICTING, CONTRADICTION_MESSAGE, describeAll, mechlensWarnings } from '../lib/mechlens.mjs';

const FILE = 'typing.md';

export default {
  name: 'typing a new contradicting sentence makes a warning appear and fixing it makes it disappear',
  async run(wb) {
    await wb.openFile(FILE);
    const before = await wb.problems({ file: FILE });
    if (mechlensWarnings(before).length) throw new Error(`${FILE} warns before typing: ${describeAll(before)}`);
    await wb.focusEditor();
    await wb.press('Control+End', 'Enter');
    await wb.page.keyboard.type(CONTRADICTING, { delay: 30 });
    await wb.escape(1); // close a suggestion list, if one opened
    const { line } = await wb.cursorPosition();
    const typed = await wb.cursorLineText();
    if (typed !== CONTRADICTING) throw new Error(`the typed line reads ${JSON.stringify(typed)}`);
    let t0 = Date.now();
    const warned = await wb.waitForProblems(FILE, (ms) => mechlensWarnings(ms).some((m) => m.line === line), {
      message: (ms) => `no warning on the typed line ${line}; Problems lists ${describeAll(ms)}`,
    });
    const appeared = Date.now() - t0;
    const w = mechlensWarnings(warned).find((m) => m.line === line);
    if (w.message !== CONTRADICTION_MESSAGE) throw new Error(`the warning reads "${w.message}", expected "${CONTRADICTION_MESSAGE}"`);

    await wb.focusEditor();
    await wb.findAndSelect('promotes');
    await wb.page.keyboard.type('inhibits', { delay: 30 });
    const fixed = await wb.cursorLineText();
    if (fixed !== CONTRADICTING.replace('promotes', 'inhibits')) throw new Error(`after typing the verb the line reads ${JSON.stringify(fixed)}`);
    t0 = Date.now();
    await wb.waitForProblems(FILE, (ms) => mechlensWarnings(ms).length === 0, {
      message: (ms) => `the warning stayed after typing "inhibits"; Problems lists ${describeAll(ms)}`,
    });
    const gone = Date.now() - t0;
    return `warning on line ${line} within ${appeared} ms of the last key, gone ${gone} ms after the fix (as seen by polling Problems)`;
  },
};
