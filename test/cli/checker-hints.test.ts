/**
 * A text report without --hints (and no cache to fill) is checked without looking for "did you mean"
 * hints: the results must be those of a check with them, less the hints, which that report drops anyway.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicons, createChecker } from '../../src/cli/analysis';
import { ROOT } from '../support/lexicon';

describe('a check that writes no hints', () => {
  it('gives every result a check with hints gives, less the unknown-term hints', () => {
    const { lexicon } = compileLexicons([]);
    const withHints = createChecker(lexicon, undefined);
    const without = createChecker(lexicon, undefined, [], { hints: false });
    const texts: Array<[string, string]> = [
      [readFileSync(join(ROOT, 'examples', 'draft.md'), 'utf8'), 'markdown'],
      [readFileSync(join(ROOT, 'test', 'fixtures', 'cli', 'paper.tex'), 'utf8'), 'latex'],
      ['Osteoprotgerin and RANKl inhibit IL-4; Interleukn-4 promotes NFATc1 in osteoclst precursors.', 'plaintext'],
    ];
    let hintsSeen = 0;
    for (const [text, languageId] of texts) {
      const a = withHints.check(text, languageId);
      const b = without.check(text, languageId);
      hintsSeen += a.diagnostics.filter((d) => d.code === 'unknown-term').length;
      assert.deepEqual(b, { ...a, diagnostics: a.diagnostics.filter((d) => d.code !== 'unknown-term') });
    }
    assert.ok(hintsSeen > 0, 'no hint in the texts: the test shows nothing');
  });
});
