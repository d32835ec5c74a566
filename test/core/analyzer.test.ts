import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../src/core';
import { bundled } from '../support/lexicon';

describe('analyzer', () => {
  const draft = [
    '# Results',
    '',
    'RANKL activates NFATc1 in pre-OCs [90].',
    'In our hands IL-4 promotes NFATc1',
    'in osteoclast precursors [104].',
  ].join('\n');

  it('reports a contradiction as a Warning naming the review’s statement and refs, at the claim', () => {
    const a = createAnalyzer({ lexicon: bundled() });
    const r = a.analyze({ text: draft, languageId: 'markdown' });
    const d = r.diagnostics.filter((x) => x.code === 'contradiction');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'warning');
    assert.equal(d[0].message, 'Contradicts the review: IL-4 inhibits NFATc1 [104]');
    assert.deepEqual(d[0].refs, [104]);
    assert.deepEqual(d[0].range, { start: { line: 3, character: 13 }, end: { line: 3, character: 33 } });
    const claim = r.claims[d[0].claim as number];
    assert.deepEqual(claim.cueRange, { start: { line: 3, character: 18 }, end: { line: 3, character: 26 } });
    assert.equal(claim.cueText, 'promotes');
  });

  it('recognises supported claims and carries their refs', () => {
    const r = createAnalyzer({ lexicon: bundled() }).analyze({ text: draft, languageId: 'markdown' });
    const supported = r.claims.find((c) => c.status === 'supports');
    assert.equal(supported?.subject, 'rankl');
    assert.equal(supported?.object, 'nfatc1');
    assert.ok(supported?.refs.some((n) => n >= 90 && n <= 92));
  });

  it('context-dependent claims are Information notes, not warnings', () => {
    const r = createAnalyzer({ lexicon: bundled() }).analyze({ text: 'TNF-α inhibits osteoblast differentiation.', languageId: 'plaintext' });
    assert.equal(r.diagnostics.length, 1);
    assert.equal(r.diagnostics[0].code, 'context-dependent');
    assert.equal(r.diagnostics[0].severity, 'information');
    assert.match(r.diagnostics[0].message, /low concentration.*promotes.*\[106\].*high concentration.*inhibits/);
  });

  it('honours suppression comments in Markdown and LaTeX', () => {
    const a = createAnalyzer({ lexicon: bundled() });
    const md = 'IL-4 promotes NFATc1. <!-- mechlens-disable-line -->\n<!-- mechlens-disable-next-line -->\nIL-4 promotes NFATc1.\nIL-4 promotes NFATc1.';
    assert.deepEqual(a.analyze({ text: md, languageId: 'markdown' }).diagnostics.map((d) => d.range.start.line), [3]);
    const tex = 'IL-4 promotes NFATc1. % mechlens-disable-line\nIL-4 promotes NFATc1.';
    assert.deepEqual(a.analyze({ text: tex, languageId: 'latex' }).diagnostics.map((d) => d.range.start.line), [1]);
  });

  it('re-analyses only the sentences an edit touched', () => {
    const a = createAnalyzer({ lexicon: bundled() });
    const sentences = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: IL-4 inhibits NFATc1 and TNF-α recruits MSCs in model ${i}.`);
    const text = sentences.join('\n\n');
    a.analyze({ text, languageId: 'markdown' });
    const before = a.stats().extractions;
    const edited = text.replace('model 17.', 'model 17 again.');
    const r = a.analyze({ text: edited, languageId: 'markdown' });
    assert.equal(a.stats().extractions - before, 1);
    assert.equal(r.claims.filter((c) => c.status === 'supports').length >= 40, true);
  });

  it('gives the same answer from the cache as from a fresh analyser', () => {
    const a = createAnalyzer({ lexicon: bundled() });
    const first = a.analyze({ text: draft, languageId: 'markdown' });
    const second = a.analyze({ text: `\n${draft}`, languageId: 'markdown' });
    assert.deepEqual(second.diagnostics.map((d) => d.range.start.line), first.diagnostics.map((d) => d.range.start.line + 1));
  });

  it('offers a did-you-mean hint for a near-miss term, never a claim', () => {
    const r = createAnalyzer({ lexicon: bundled() }).analyze({ text: 'We measured osteoprotgerin and NFAT1c in sera.', languageId: 'plaintext' }, { hints: true });
    const hints = r.diagnostics.filter((d) => d.code === 'unknown-term');
    assert.deepEqual(hints.map((h) => h.suggestion), ['osteoprotegerin', 'NFATc1']);
    assert.match(hints[0].message, /^Unknown term "osteoprotgerin": did you mean osteoprotegerin \(OPG\)\?$/);
    assert.ok(hints.every((h) => h.severity === 'hint'));
    assert.equal(r.claims.length, 0);
  });

  it('measures ranges in UTF-16 code units on the right line', () => {
    const r = createAnalyzer({ lexicon: bundled() }).analyze({ text: 'αβγ 😀 text.\nIL-4 promotes NFATc1.', languageId: 'plaintext' });
    assert.deepEqual(r.diagnostics[0].range.start, { line: 1, character: 0 });
  });

  it('refuses work after dispose', () => {
    const a = createAnalyzer({ lexicon: bundled() });
    a.dispose();
    assert.throws(() => a.analyze({ text: 'x', languageId: 'plaintext' }), /disposed/);
  });
});
