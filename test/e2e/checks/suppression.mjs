// 4. <!-- mechlens-disable-line --> silences its line; the identical line without it still warns.
import { CONTRADICTING, describeAll, mechlensMarkers, mechlensWarnings } from '../lib/mechlens.mjs';

const FILE = 'suppression.md';
const COMMENT = '<!-- mechlens-disable-line -->';

export default {
  name: 'the suppression comment silences the line',
  async run(wb) {
    await wb.openFile(FILE);
    const lines = (await wb.readEditorText()).split('\n');
    const silenced = lines.findIndex((l) => l.includes(CONTRADICTING) && l.includes(COMMENT)) + 1;
    const plain = lines.findIndex((l) => l.trim() === CONTRADICTING) + 1;
    if (!silenced || !plain) throw new Error(`${FILE} lacks the two identical sentences, with and without the comment`);
    await wb.waitForProblems(FILE, (ms) => mechlensWarnings(ms).some((m) => m.line === plain), {
      message: (ms) => `the line without the comment (line ${plain}) has no Mechlens warning; Problems lists ${describeAll(ms)}`,
    });
    await new Promise((r) => setTimeout(r, 1000));
    const markers = await wb.problems({ file: FILE });
    const onSilenced = mechlensMarkers(markers).filter((m) => m.line === silenced);
    if (onSilenced.length) throw new Error(`the line with ${COMMENT} (line ${silenced}) has ${describeAll(onSilenced)}`);
    const onPlain = mechlensWarnings(markers).filter((m) => m.line === plain);
    if (onPlain.length !== 1) throw new Error(`expected one warning on line ${plain}; Problems lists ${describeAll(markers)}`);
    return `line ${silenced} (with the comment) silent, line ${plain} warns "${onPlain[0].message}"`;
  },
};
