/**
 * Hostile input to the engine: each case is a defect a fuzzing pass found. Inputs that used to take
 * minutes (super-linear scanning) are sized so the old code would not finish within the test timeout;
 * the assertions are about what the author gets (the claim after the hostile text is still read, the
 * notice says what was not read). Speed itself is measured by `npm run fuzz`, not here.
 */
import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compileLexicon, createAnalyzer, extractProse, mergeLexicons, splitSentences, type AnalysisResult } from '../../src/core';
import { asksQuestion, extractClaims } from '../../src/core/claims/extract';
import { NO_LEXICON } from '../../src/core/claims/sentence/view';
import { notReadMessage } from '../../src/core/notices';
import { makeCorpus } from '../../scripts/bench-corpus';
import { bundled } from '../support/lexicon';
import { heapWhileTyping } from '../support/typing';

const CLAIM = 'IL-4 promotes NFATc1 in osteoclast precursors.';

describe('hostile input: the engine', function () {
  this.timeout(60_000);
  const lexicon = bundled();
  const analyzer = createAnalyzer({ lexicon });
  const check = (text: string, languageId: string, hints = false): AnalysisResult => analyzer.analyze({ text, languageId }, { hints });
  const contradictions = (r: AnalysisResult): string[] => r.diagnostics.filter((d) => d.code === 'contradiction').map((d) => d.message);
  const readsTheClaim = (text: string, languageId: string): void => {
    assert.deepEqual(contradictions(check(text, languageId)), ['Contradicts the review: IL-4 inhibits NFATc1 [104]']);
  };

  describe('text that used to take minutes is read in one pass', function () {
    // A ceiling to catch a hang, not a speed test: each case takes well under a second now, and took
    // one to several minutes before (measured on the machine this was written on).
    this.timeout(20_000);

    it('a run of 9,000 backticks in a line (the inline-code pattern was cubic)', () => {
      readsTheClaim(`Markers ${'`'.repeat(9000)} were used.\n\n${CLAIM}`, 'markdown');
    });

    it('a line of 450,000 opening brackets (each was scanned to the end of the line as a link)', () => {
      readsTheClaim(`${'['.repeat(450_000)}\n\n${CLAIM}`, 'markdown');
    });

    it('lines of image, link and footnote openers', () => {
      readsTheClaim(`${'![a]('.repeat(60_000)}\n\n${'[a]('.repeat(75_000)}\n\n${'[^'.repeat(150_000)}\n\n${CLAIM}`, 'markdown');
    });

    it('long lines of blanks (the table-separator pattern traded blanks between two runs)', () => {
      readsTheClaim(`${`${' '.repeat(90_000)}\n`.repeat(20)}${CLAIM}`, 'markdown');
    });

    it('a question mark followed by a long run of Unicode blanks', () => {
      assert.equal(asksQuestion(`Does IL-4 promote NFATc1?${'\u2003'.repeat(300_000)}x`), false);
      assert.equal(asksQuestion(`Does IL-4 promote NFATc1?${'\u2003'.repeat(300_000)}`), true);
      assert.equal(asksQuestion('Does IL-4 promote NFATc1? [12]  '), true);
    });

    it('96,000 unclosed \\section{ (each rescanned to the end of the document)', () => {
      readsTheClaim(`${'\\section{'.repeat(96_000)}\n\n${CLAIM}`, 'latex');
    });

    it('a paragraph of 100,000 suppression comments (line counting restarted at each)', () => {
      const lines = Array.from({ length: 100_000 }, (_, i) => `Line ${i} <!-- mechlens-disable-line -->`);
      const r = check(`${lines.join('\n')}\n${CLAIM} <!-- mechlens-disable-line -->\n${CLAIM}`, 'markdown');
      assert.equal(contradictions(r).length, 1, 'only the last, unsilenced line warns');
      assert.equal(r.diagnostics.find((d) => d.code === 'contradiction')?.range.start.line, 100_001);
    });

    it('one word of a million letters with hints on', () => {
      const r = check(`osteo${'a'.repeat(1_000_000)} and osteoprotgerin in bone.`, 'plaintext', true);
      assert.deepEqual(r.diagnostics.map((d) => d.suggestion), ['osteoprotegerin']);
    });

    it('a sentence naming 400 terms is read among its first 64, with a notice', () => {
      const terms = ['IL-4', 'IL-6', 'TNF-α', 'IL-10', 'RANKL', 'OPG', 'BMP-2', 'IFN-γ'];
      const text = `IL-4 promotes NFATc1, ${Array.from({ length: 400 }, (_, i) => terms[i % terms.length]).join(', ')}.`;
      const r = check(text, 'plaintext');
      const notices = r.diagnostics.filter((d) => d.code === 'not-read');
      assert.equal(notices.length, 1);
      assert.equal(notices[0].severity, 'information');
      assert.match(notices[0].message, /names 402 terms; Mechlens reads claims among its first 64/);
      assert.equal(contradictions(r).length, 1, 'the claim among the first terms is still read');
    });

    it('a sentence of 50,000 characters is not read for claims, and says so', () => {
      const r = check(`IL-4 promotes NFATc1 ${'and more '.repeat(6000)}in bone`, 'plaintext');
      assert.deepEqual(contradictions(r), []);
      assert.match(r.diagnostics.find((d) => d.code === 'not-read')?.message ?? '', /^Not read for claims: this sentence has 42,0\d\d characters besides blanks/);
    });

    it('blanks left where markup was masked do not count towards that limit', () => {
      readsTheClaim(`IL-4 \\cite{${'k'.repeat(20_000)}} promotes NFATc1 in osteoclast precursors.`, 'latex');
    });
  });

  describe('a stray opener does not hide the rest of the document', () => {
    it('"Values <LOD were excluded" (a < read as an HTML tag up to the next > anywhere)', () => {
      readsTheClaim(`Values <LOD were excluded.\n\n${CLAIM} All p > 0.05.`, 'markdown');
    });

    it('a stray $, \\( or { in LaTeX ends with its paragraph', () => {
      readsTheClaim(`It costs $5 per dose.\n\n${CLAIM} Then $x$ again.`, 'latex');
      readsTheClaim(`An open \\( bracket.\n\n${CLAIM} Then \\(x\\) again.`, 'latex');
      readsTheClaim(`An open {group and \\emph{more.\n\n${CLAIM} Then {x}.`, 'latex');
    });

    it('an unclosed \\cite{ or \\footnote{ ends with its paragraph', () => {
      readsTheClaim(`As shown \\cite{smith2020.\n\n${CLAIM}`, 'latex');
      readsTheClaim(`Note\\footnote{see above.\n\n${CLAIM}`, 'latex');
    });

    it('\\verb|…| is code, and a % or $ inside it opens nothing', () => {
      const p = extractProse(`Use \\verb|IL-4 promotes NFATc1| or \\verb+%+ or \\verb!$! here. ${CLAIM}`, 'latex');
      assert.equal(p.text.replace(/\s+/g, ' ').trim(), `Use or or here. ${CLAIM}`);
    });
  });

  describe('wrong results', () => {
    it('words that name an object\'s inherited members ("constructor", "toString") are plain words in every claim position', () => {
      // Found by the fuzz test: "MSCs not constructor IL-4" looked "constructor" up as a cell's action verb.
      for (const w of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf']) {
        for (const text of [`MSCs not ${w} IL-4 `, `MSCs ${w} IL-4.`, `IL-4 is a ${w} of NFATc1.`, `Like ${w}, IL-4 inhibits NFATc1 [104].`, `The ${w} of MSCs was enhanced by IL-4.`, `IL-4 ${w}s NFATc1 in ${w} macrophages.`]) {
          const before = analyzer.stats().ruleErrors;
          assert.doesNotThrow(() => check(text, 'plaintext'), text);
          assert.equal(analyzer.stats().ruleErrors, before, `a reading rule failed on: ${text}`);
        }
      }
    });

    it('two verbs sharing an object at the very end of a text ("… attenuated and promotes") fail no reading rule', () => {
      // Found by the fuzz test: the shared object was looked for past the last token.
      for (const text of ['RANKL IL-4 attenuated and promotes ', 'IL-4 inhibits and promotes', 'IL-4 inhibits, whereas IL-10 promotes,']) {
        const before = analyzer.stats().ruleErrors;
        assert.doesNotThrow(() => check(text, 'plaintext'), text);
        assert.equal(analyzer.stats().ruleErrors, before, `a reading rule failed on: ${text}`);
      }
    });

    it('constructions that end a sentence on the token a rule looks past fail no reading rule', () => {
      // Found on real abstracts: a link noun ending the sentence, a removal clause ending it, an object past
      // a balance noun at the end of a clause.
      for (const text of [
        'MSCs curb myeloid progenitors through the RANK–TRAF6 interaction.',
        'Overexpression of RANK in IL-4−/− macrophages raised NFATc1.',
        'Raising IL-6 but not restoring IL-10 could rescue the impairment seen in IL-6-silenced MSCs.',
        'Cell contacts in the marrow are involved in modulating the balance between bone remodeling and resorption, which is necessary for maintaining a normal bone shape.',
      ]) {
        const before = analyzer.stats().ruleErrors;
        assert.doesNotThrow(() => check(text, 'plaintext'), text);
        assert.equal(analyzer.stats().ruleErrors, before, `a reading rule failed on: ${text}`);
      }
    });

    it('a reading rule that fails on a sentence loses only its own reading, and the caller learns which rule', () => {
      // A defect of ours stands in: a lexicon whose composite lookup throws fails every rule that asks it.
      const failing = { ...NO_LEXICON, compositeOf: (): string | undefined => { throw new Error('a defect'); } };
      const text = 'IL-4 inhibits NFATc1. MSCs migrate in response to SDF-1.';
      const at = (term: string, id: string, type: string): { start: number; end: number; id: string; type: string; ambiguous: boolean } => ({ start: text.indexOf(term), end: text.indexOf(term) + term.length, id, type, ambiguous: false });
      const mentions = [at('IL-4', 'il-4', 'cytokine'), at('NFATc1', 'nfatc1', 'transcription-factor'), at('MSCs', 'msc', 'cell'), at('SDF-1', 'cxcl12', 'chemokine')];
      const failed: string[] = [];
      const claims = extractClaims(text, mentions, failing, [], (rule) => failed.push(rule));
      assert.deepEqual(failed, ['action-cause'], 'the stand-in defect reached the rule that asks for a cell\'s action');
      assert.ok(claims.some((c) => c.subject === 'il-4' && c.object === 'nfatc1' && c.relation === 'inhibits'), 'the other rules still read the claim');
      assert.throws(() => extractClaims(text, mentions, failing), /a defect/, 'without a handler the failure is the caller\'s');
      // What the author sees on that sentence (a "not read in full" notice) names the rule.
      assert.match(notReadMessage({ reason: 'rule', size: 0, rule: 'action-cause' }), /"action-cause" failed on this sentence/);
    });

    it('$\\toString$ or $\\constructor$ in math is not spliced in as an inherited function', () => {
      for (const lang of ['markdown', 'latex']) {
        const text = `TNF-$\\toString$ and $\\constructor$ here: ${CLAIM}`;
        const p = extractProse(text, lang);
        assert.equal(p.text.length, text.length);
        assert.doesNotMatch(p.text, /function|native code/);
        const fix = check(text, lang).diagnostics.find((d) => d.code === 'contradiction')?.fix;
        assert.deepEqual(fix, { range: { start: { line: 0, character: text.indexOf('promotes') }, end: { line: 0, character: text.indexOf('promotes') + 8 } }, newText: 'inhibits' });
      }
    });

    it('a user lexicon entity called "constructor" or "toString" is an entity like any other', () => {
      const doc = { entities: ['constructor', 'tostring'].map((id) => ({ id, type: 'cytokine', label: id, description: `A test cytokine called ${id}.`, refs: [1] })) };
      const { lexicon: lab, issues } = compileLexicon([{ file: 'lab.json', text: JSON.stringify(doc) }], { base: lexicon });
      assert.deepEqual(issues, []);
      const r = createAnalyzer({ lexicon: mergeLexicons(lexicon, lab) }).analyze({ text: 'Constructor and toString are pro-inflammatory cytokines, and IL-4 promotes NFATc1.', languageId: 'plaintext' });
      assert.deepEqual(r.mentions.map((m) => m.id).slice(0, 2), ['constructor', 'tostring']);
      assert.deepEqual(r.claims.filter((c) => c.kind === 'attribute').map((c) => `${c.subject} ${c.attribute?.value}`).sort(), ['constructor pro', 'tostring pro']);
    });

    it('a lone CR ends a line, as in VS Code', () => {
      const r = check(`First line.\r\r${CLAIM}`, 'plaintext');
      const d = r.diagnostics.find((x) => x.code === 'contradiction');
      assert.equal(d?.range.start.line, 2);
      assert.equal(d?.range.start.character, 0);
    });

    it('a term ending the text with a dangling hyphen ("IL-4-") is read, not a crash', () => {
      const r = check('IL-4-', 'markdown');
      assert.deepEqual(r.mentions.map((m) => m.id), ['il-4']);
    });

    it('a lone CR between two lines is a line break for sentences and paragraphs too', () => {
      const p = extractProse(`IL-4 promotes RANKL\r\rNFATc1 rises.`, 'plaintext');
      assert.deepEqual(splitSentences(p.text, 0, p.text.length, p.breaks).map((s) => s.text), ['IL-4 promotes RANKL', 'NFATc1 rises.']);
    });
  });

  describe('one truth: an edit gives what a fresh reading of the edited text gives', () => {
    // The opener is typed in the first paragraph; its closer sits four paragraphs on, past the
    // paragraphs an edit re-reads: the full reading used to pair them and hide the claim between.
    const between = `Filler one.\n\nFiller two.\n\n${CLAIM}\n\n`;
    const cases: Array<[string, string, string]> = [
      ['markdown', `Values were excluded.\n\n${between}More text > here.\n`, 'Values <'],
      ['latex', `It costs 5.\n\n${between}Then x$ again.\n`, 'It costs $'],
      ['latex', `It costs 5.\n\n${between}Then x\\) again.\n`, 'It costs \\('],
      ['latex', `It costs 5.\n\n${between}Then x} again.\n`, 'It costs \\section{'],
    ];
    for (const [lang, text, typed] of cases) {
      it(`typing "${JSON.stringify(typed).slice(1, -1)}" in ${lang}`, () => {
        const editor = createAnalyzer({ lexicon });
        const uri = `test://${lang}`;
        editor.analyze({ uri, text, languageId: lang });
        const prefix = typed.slice(0, typed.length - 1);
        const edited = text.startsWith(prefix) ? typed + text.slice(prefix.length) : typed + text;
        assert.deepEqual(editor.analyze({ uri, text: edited, languageId: lang }), createAnalyzer({ lexicon }).analyze({ text: edited, languageId: lang }));
      });
    }
  });

  describe('memory stays flat while an author types', () => {
    it('heap after 300 keystrokes in a 5,000-word document is within 10% of the heap after the first analysis', () => {
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as () => void;
      const { before, after } = heapWhileTyping(createAnalyzer({ lexicon }), makeCorpus(lexicon, 5000).text, 300, gc);
      assert.ok(after < before * 1.1, `heap ${(before / 1048576).toFixed(1)} MB → ${(after / 1048576).toFixed(1)} MB`);
    });

    it('edits in 60 different paragraphs of a 20,000-word document keep no old version of it alive', () => {
      // Each edit re-reads one paragraph; what it keeps of it must not point into that version's whole text.
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as () => void;
      const analyzer = createAnalyzer({ lexicon });
      const uri = 'test://paragraphs.md';
      let text = makeCorpus(lexicon, 20_000).text;
      analyzer.analyze({ uri, text, languageId: 'markdown' });
      gc();
      gc();
      const before = process.memoryUsage().heapUsed;
      for (let i = 0; i < 60; i++) {
        const at = text.indexOf('. ', Math.floor(((i + 0.5) / 60) * text.length)) + 2;
        text = `${text.slice(0, at)}Notably, ${text.slice(at)}`;
        analyzer.analyze({ uri, text, languageId: 'markdown' });
      }
      gc();
      gc();
      const after = process.memoryUsage().heapUsed;
      assert.ok(after < before * 1.1, `heap ${(before / 1048576).toFixed(1)} MB → ${(after / 1048576).toFixed(1)} MB`);
    });
  });
});
