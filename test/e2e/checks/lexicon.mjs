// 6. A broken workspace lexicon (.mechlens/lexicon.json, an unknown relation "boosts", in the workspace
// from the start: fixtures/.mechlens/) is reported in Problems at the offending line, and the bundled
// lexicon keeps judging manuscripts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRADICTION_MESSAGE, describeAll, lineOf, mechlensWarnings } from '../lib/mechlens.mjs';

const MANUSCRIPT = 'bundled.md';

export default {
  name: 'a broken workspace lexicon shows its error in Problems and the bundled lexicon keeps working',
  async run(wb, ctx) {
    const lexiconText = readFileSync(join(ctx.workspace, '.mechlens', 'lexicon.json'), 'utf8');
    const badLine = lineOf(lexiconText, '"boosts"');
    const isLexiconError = (m) => m.file === 'lexicon.json' && m.folder === '.mechlens' && m.severity === 'Error'
      && m.message.includes('unknown relation "boosts"') && m.message.includes('this lexicon is skipped');
    const lexiconMarkers = await wb.waitForProblems('.mechlens/lexicon.json', (ms) => ms.some(isLexiconError), {
      message: (ms) => `no error for .mechlens/lexicon.json mentioning 'unknown relation "boosts"' and "this lexicon is skipped"; Problems lists ${describeAll(ms)}`,
    });
    const error = lexiconMarkers.find(isLexiconError);
    if (error.line !== badLine) throw new Error(`the lexicon error is on line ${error.line}, "boosts" is on line ${badLine}`);

    await wb.openFile(MANUSCRIPT);
    const manuscript = await wb.waitForProblems(MANUSCRIPT, (ms) => mechlensWarnings(ms).some((m) => m.message === CONTRADICTION_MESSAGE), {
      message: (ms) => `no "${CONTRADICTION_MESSAGE}" warning for ${MANUSCRIPT} next to the broken lexicon; Problems lists ${describeAll(ms)}`,
    });
    return `lexicon.json:${error.line}: "${error.message.slice(0, 70)}…"; ${MANUSCRIPT}:${mechlensWarnings(manuscript)[0].line}: "${mechlensWarnings(manuscript)[0].message}"`;
  },
};
