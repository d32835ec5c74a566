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

  it('reads a hyphenated "up-regulated" with its direction, and its cue spans the whole word', () => {
    const text = 'In our hands IL-4 up-regulated NFATc1 [104].';
    const r = createAnalyzer({ lexicon: bundled() }).analyze({ text, languageId: 'plaintext' });
    const claim = r.claims.find((c) => c.subject === 'il-4' && c.object === 'nfatc1');
    assert.equal(claim?.relation, 'upregulates');
    assert.equal(claim?.status, 'contradicts');
    assert.equal(claim?.cueText, 'up-regulated');
    assert.deepEqual(claim?.cueRange, { start: { line: 0, character: 18 }, end: { line: 0, character: 30 } });
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

  it('a cell raising a product it also makes is a contradiction only when the sentence names the cells it acts on', () => {
    // One analyser for both sentences: a judgement cached for the first must not decide the second.
    const a = createAnalyzer({ lexicon: bundled() });
    const onOthers = a.analyze({ text: 'MSCs increased IL-6 expression in macrophages.', languageId: 'plaintext' });
    assert.deepEqual(onOthers.diagnostics.map((d) => [d.code, d.severity]), [['contradiction', 'warning']]);
    const own = a.analyze({ text: 'Activated MSCs increased IL-6 secretion.', languageId: 'plaintext' });
    assert.deepEqual(own.diagnostics.map((d) => [d.code, d.severity]), [['context-dependent', 'information']]);
    assert.match(own.diagnostics[0].message, /MSC reduces IL-6 \[29,54\].*MSC secretes IL-6/);
  });

  it('a category named for one of its groups agrees with the group that acts so; a denial needs the group named', () => {
    const a = createAnalyzer({ lexicon: bundled() });
    const plain = a.analyze({ text: 'Cytokines promote inflammation.', languageId: 'plaintext' });
    assert.deepEqual(plain.claims.map((c) => [c.subject, c.relation, c.object, c.status]), [['cytokine', 'promotes', 'inflammation', 'supports']]);
    const denied = a.analyze({ text: 'Cytokines do not promote inflammation.', languageId: 'plaintext' });
    assert.deepEqual(denied.claims.map((c) => c.status), ['context-dependent']);
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

describe('incremental analysis', () => {
  const paragraphs = [
    '# Results',
    'Synovial mesenchymal stem cells (SMSCs) were cultured.',
    'IL-4 inhibits NFATc1 in pre-OCs [104]. TNF-α induces LRG1, which recruits MSCs [62].',
    'High concentrations of TNF-α inhibit osteoblast\ndifferentiation [106], while IL-4 promotes NFATc1.',
    '```\nIL-4 promotes NFATc1 in code\n\nstill code: IL-4 promotes NFATc1\n```',
    'M2 macrophages promote MSC proliferation [4,5]. <!-- mechlens-disable-line -->\nIFN-γ increases osteoclast formation [101].',
    '- MSCs differentiate into osteoclasts.\n- IL-10 is a pro-inflammatory cytokine.',
    'IFN-γ promoted the proliferation of SMSCs.',
  ];
  const base = paragraphs.join('\n\n');

  /** What a fresh analyser says of the same text: the reference an incremental update must equal. */
  const fresh = (text: string, hints = true) => createAnalyzer({ lexicon: bundled() }).analyze({ text, languageId: 'markdown' }, { hints });

  it('gives exactly the fresh result after every kind of edit', () => {
    const a = createAnalyzer({ lexicon: bundled() });
    let text = base;
    a.analyze({ uri: 'mem://draft.md', text, languageId: 'markdown' }, { hints: true });
    let seed = 11;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    // (An abbreviation defined or undefined by an edit changes how later paragraphs read.)
    const inserts = ['x', ' ', '\n', '\n\n', 'IL-4 promotes NFATc1. ', '`', '```', '<!--', '-->', 'Notably, ', '[12]', '$\\alpha$', ' (SMSCs)', 'synovial MSCs (SyMSCs) '];
    for (let step = 0; step < 120; step++) {
      const at = rand(text.length + 1);
      if (rand(3) === 0 && text.length > 0) {
        text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + rand(12)));
      } else {
        text = text.slice(0, at) + inserts[rand(inserts.length)] + text.slice(at);
      }
      const incremental = a.analyze({ uri: 'mem://draft.md', text, languageId: 'markdown' }, { hints: true });
      assert.deepEqual(incremental, fresh(text), `step ${step}: ${JSON.stringify(text)}`);
    }
  });

  it('re-reads only the edited paragraph of a long document', () => {
    const a = createAnalyzer({ lexicon: bundled() });
    const doc = Array.from({ length: 300 }, (_, i) => `Paragraph ${i}: IL-4 inhibits NFATc1 in model ${i} [104].`).join('\n\n');
    a.analyze({ uri: 'mem://long.md', text: doc, languageId: 'markdown' });
    const before = a.stats().extractions;
    const edited = doc.replace('model 150 ', 'model 150 again ');
    const r = a.analyze({ uri: 'mem://long.md', text: edited, languageId: 'markdown' });
    assert.equal(a.stats().extractions - before, 1);
    assert.deepEqual(r, fresh(edited, false));
  });

  it('forgets a closed document', () => {
    const a = createAnalyzer({ lexicon: bundled() });
    a.analyze({ uri: 'mem://x.md', text: 'IL-4 promotes NFATc1.', languageId: 'markdown' });
    a.forget('mem://x.md');
    assert.equal(a.analyze({ uri: 'mem://x.md', text: 'IL-4 inhibits NFATc1.', languageId: 'markdown' }).diagnostics.length, 0);
  });
});

describe('suggested fixes', () => {
  const fixOf = (text: string) => createAnalyzer({ lexicon: bundled() }).analyze({ text, languageId: 'plaintext' }).diagnostics.find((d) => d.code === 'contradiction')?.fix;

  it('rewrite the verb to the review’s relation, in the same form, touching only the verb', () => {
    assert.deepEqual(fixOf('IL-4 promotes NFATc1.'), { range: { start: { line: 0, character: 5 }, end: { line: 0, character: 13 } }, newText: 'inhibits' });
    assert.equal(fixOf('IL-4 strongly promoted NFATc1 in OCs.')?.newText, 'inhibited');
    assert.equal(fixOf('NFATc1 is activated by IL-4.')?.newText, 'inhibited');
    assert.equal(fixOf('In vitro, IL-4 drives NFATc1.')?.newText, 'inhibits');
  });

  it('swap a wrong attribute', () => {
    assert.equal(fixOf('IL-10 is a pro-inflammatory cytokine.')?.newText, 'anti-inflammatory');
  });

  it('offer no rewrite for a negated claim (the fix would be more than one word)', () => {
    assert.equal(fixOf('IL-4 does not inhibit NFATc1.'), undefined);
  });
});
