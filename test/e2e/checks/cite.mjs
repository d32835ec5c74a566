// 3. The citation quick fix inserts " [104]" right after the claim ("NFATc1") and changes nothing else.
import { CONTRADICTING, expectEditorText, openWithOneWarning } from '../lib/mechlens.mjs';

const FILE = 'cite.md';
const CITE = "Cite the review's reference [104]";

export default {
  name: 'the citation fix inserts the reference',
  async run(wb) {
    const before = await openWithOneWarning(wb, FILE);
    await wb.cursorTo('promotes');
    await wb.showCodeActions((r) => r === CITE);
    await wb.chooseCodeAction((r) => r === CITE);
    const cited = CONTRADICTING.replace('NFATc1', 'NFATc1 [104]');
    await expectEditorText(wb, before.replace(CONTRADICTING, cited), 'after citing, the document differs from the original with only " [104]" inserted after "NFATc1"');
    const line = (await wb.readEditorText()).split('\n').find((l) => l.includes('NFATc1 [104]'));
    return `line now "${line}"`;
  },
};
