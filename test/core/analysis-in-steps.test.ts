/**
 * A long document read in slices (Analyzer.analyzeInSteps), as the language server reads a file the
 * first time: the result is the whole reading's, paragraph by paragraph, and the next edit is read
 * incrementally from it.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCorpus } from '../../scripts/bench-corpus';
import { createAnalyzer } from '../../src/core';
import { bundled, ROOT } from '../support/lexicon';

const draft = readFileSync(join(ROOT, 'examples', 'draft.md'), 'utf8');

describe('analysis in steps', () => {
  it('gives what one whole reading gives, on the example draft and a long generated manuscript', () => {
    for (const text of [draft, makeCorpus(bundled(), 6000).text]) {
      const whole = createAnalyzer({ lexicon: bundled() }).analyze({ uri: 'file:///whole.md', text, languageId: 'markdown' }, { hints: true });
      const steps = createAnalyzer({ lexicon: bundled() }).analyzeInSteps({ uri: 'file:///steps.md', text, languageId: 'markdown' }, { hints: true });
      let calls = 0;
      let result;
      // One paragraph per call: `more` says no after each.
      while ((result = steps.run(() => false)) === undefined) calls++;
      assert.ok(calls > 3, `read in ${calls + 1} calls, one per paragraph`);
      assert.deepEqual(JSON.parse(JSON.stringify(result)), JSON.parse(JSON.stringify(whole)));
      assert.equal(steps.run(() => false), result, 'a finished reading keeps its result');
    }
  });

  it('keeps the document for its next edit, which is read incrementally', () => {
    const analyzer = createAnalyzer({ lexicon: bundled() });
    const uri = 'file:///draft.md';
    const steps = analyzer.analyzeInSteps({ uri, text: draft, languageId: 'markdown' });
    while (steps.run(() => false) === undefined);
    const before = analyzer.stats().extractions;
    const edited = draft.replace('IL-4 enhances NFATc1', 'IL-4 inhibits NFATc1');
    assert.notEqual(edited, draft);
    const after = analyzer.analyze({ uri, text: edited, languageId: 'markdown' });
    assert.equal(analyzer.stats().extractions - before, 1, 'only the edited sentence is read again');
    const warnings = (r: { diagnostics: Array<{ code: string; message: string }> }): number => r.diagnostics.filter((d) => d.code === 'contradiction' && d.message.includes('NFATc1 [104]')).length;
    assert.equal(warnings(createAnalyzer({ lexicon: bundled() }).analyze({ text: draft, languageId: 'markdown' })), 1, 'the draft contradicts [104]');
    assert.equal(warnings(after), 0, 'the edited draft no longer does');
  });

  it('reads an edit of a kept document at once, without steps', () => {
    const analyzer = createAnalyzer({ lexicon: bundled() });
    const uri = 'file:///draft.md';
    analyzer.analyze({ uri, text: draft, languageId: 'markdown' });
    const steps = analyzer.analyzeInSteps({ uri, text: `${draft}\nIL-10 inhibits TNF-α.\n`, languageId: 'markdown' });
    assert.ok(steps.run(() => false) !== undefined);
  });

  it('leaves its sentences cached when abandoned, for the reading that replaces it', () => {
    const analyzer = createAnalyzer({ lexicon: bundled() });
    const text = makeCorpus(bundled(), 3000).text;
    const abandoned = analyzer.analyzeInSteps({ uri: 'file:///m.md', text, languageId: 'markdown' });
    for (let k = 0; k < 20; k++) abandoned.run(() => false);
    const read = analyzer.stats().extractions;
    assert.ok(read > 0);
    analyzer.analyze({ uri: 'file:///m.md', text, languageId: 'markdown' });
    const whole = createAnalyzer({ lexicon: bundled() });
    whole.analyze({ uri: 'file:///m.md', text, languageId: 'markdown' });
    assert.equal(analyzer.stats().extractions, whole.stats().extractions, 'no sentence read twice');
  });
});
