/** Text from user lexicons shown in the editor's Markdown (hovers, entries, completion): no raw control characters (issue 13). */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildIndex, compileLexicon, escapeMarkdown, hoverMarkdown, mergeLexicons } from '../../src/core';
import { bundled } from '../support/lexicon';

const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

describe('Markdown escaping of user text', () => {
  it('shows control characters as visible escapes, never raw', () => {
    assert.equal(escapeMarkdown('IL\u001b[31m'), 'IL\\\\u001b\\[31m');
    assert.equal(escapeMarkdown('a\nb'), 'a\\\\u000ab', 'a newline in a label would start a new Markdown block');
    assert.equal(escapeMarkdown('TNF-α'), 'TNF\\-α');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => assert.doesNotMatch(escapeMarkdown(s), RAW_CONTROL)), { numRuns: 300 });
  });

  it('in the hover of a user entity whose label and description hold escape sequences', () => {
    const doc = { entities: [{ id: 'lab-x', type: 'cytokine', label: 'LABX\u001b[2J\u202e', description: 'A cytokine.\n# Injected heading\u0007', refs: [1] }] };
    const extra = compileLexicon([{ file: 'lab.json', text: JSON.stringify(doc) }], { base: bundled() });
    assert.deepEqual(extra.issues, []);
    const md = hoverMarkdown(buildIndex(mergeLexicons(bundled(), extra.lexicon)), 'lab-x');
    assert.doesNotMatch(md, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    assert.ok(!md.includes('\n# Injected'), md);
  });
});
