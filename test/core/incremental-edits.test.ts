/**
 * Re-checking after one-sentence edits of a real multi-paragraph text must give exactly what a fresh
 * analysis of the edited text gives: edits that change a word, split or merge sentences or paragraphs,
 * delete a sentence, change a citation, or change a sentence a later one depends on (the antecedent of
 * "it" or "these cells", the cell an action without one refers to, an abbreviation's definition).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, extractProse, splitSentences, type Analyzer } from '../../src/core';
import { bundled, ROOT } from '../support/lexicon';

/** The example draft, then devset sentences (real prose about the review's topic) six to a paragraph. */
function realText(): string {
  const draft = readFileSync(join(ROOT, 'examples', 'draft.md'), 'utf8');
  const items = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'devset', 'devset.json'), 'utf8')) as Array<{ text: string; lang: string }>;
  const prose = items.filter((x) => x.lang === 'markdown' && !/[`<$\\]/.test(x.text)).slice(0, 48).map((x) => x.text);
  const paragraphs: string[] = [];
  for (let k = 0; k < prose.length; k += 6) paragraphs.push(prose.slice(k, k + 6).join(' '));
  // Sentences that lean on the one before: a pronoun, "these cells", an action without its cell, an abbreviation.
  paragraphs.push('Synovial mesenchymal stem cells (SMSCs) were isolated from the joint. They promote M2 polarization [29]. IFN-γ suppressed the proliferation of SMSCs.');
  paragraphs.push('TNF-α induces LRG1 in the defect. It recruits MSCs [62]. M2 macrophages were added on day 3. Their proliferation was suppressed by IL-1β.');
  return `${draft.trimEnd()}\n\n${paragraphs.join('\n\n')}\n`;
}

const WORDS = ['IL-4', 'TNF-α', 'NFATc1', 'MSCs', 'macrophages', 'promotes', 'inhibits', 'suppresses', 'enhances', 'osteoclast formation', 'IL-10', 'not'];
const KINDS = ['word', 'prefix', 'split', 'merge', 'antecedent', 'abbreviation', 'citation', 'delete', 'paragraph'] as const;

/** A small seeded generator, so a failure names a step that happens again. */
function seeded(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

/** The sentences of a Markdown text with their offsets in it. */
function sentencesOf(text: string): Array<{ start: number; end: number; text: string }> {
  const prose = extractProse(text, 'markdown');
  return splitSentences(prose.text, 0, prose.text.length, prose.breaks).filter((s) => s.text.length > 20);
}

/** One edit of kind `kind`, of the first of a few random sentences that lends itself to it. */
function editOnce(text: string, kind: (typeof KINDS)[number], rand: (n: number) => number): string | undefined {
  const sentences = sentencesOf(text);
  for (let tries = 0; tries < 40; tries++) {
    const edited = editSentence(text, sentences, rand(sentences.length), kind, rand);
    if (edited !== undefined && edited !== text) return edited;
  }
  return undefined;
}

/** One edit of kind `kind` of sentence `k`; undefined when it does not lend itself to it. */
function editSentence(text: string, sentences: ReadonlyArray<{ start: number; end: number; text: string }>, k: number, kind: (typeof KINDS)[number], rand: (n: number) => number): string | undefined {
  const s = sentences[k];
  const next = sentences[k + 1];
  const sentence = text.slice(s.start, s.end);
  const replaceIn = (from: RegExp, to: string): string | undefined => {
    const m = from.exec(sentence);
    return m ? text.slice(0, s.start + m.index) + to + text.slice(s.start + m.index + m[0].length) : undefined;
  };
  switch (kind) {
    case 'word': {
      const words = [...sentence.matchAll(/[\p{L}\d-]+/gu)];
      const w = words[rand(words.length)];
      return text.slice(0, s.start + (w.index ?? 0)) + WORDS[rand(WORDS.length)] + text.slice(s.start + (w.index ?? 0) + w[0].length);
    }
    case 'prefix':
      return `${text.slice(0, s.start)}Notably, ${text.slice(s.start)}`;
    case 'split':
      return replaceIn(/, (?:which|and|while|whereas|so|but) /, '. Then, ');
    case 'merge':
      return next && /^\.\s/.test(text.slice(s.end - 1, s.end + 1)) && next.start - s.end < 3 ? `${text.slice(0, s.end - 1)}, and ${text.slice(next.start)}` : undefined;
    case 'antecedent': {
      // Change a term of the sentence before one that starts by referring back.
      if (!next || !/^(It|They|Their|These|This)\b/.test(next.text)) return undefined;
      return replaceIn(/TNF-α|MSCs|IL-4|M2 macrophages|SMSCs/, ['IL-6', 'macrophages', 'IFN-γ', 'osteoclasts'][rand(4)]);
    }
    case 'abbreviation':
      return text.includes('(SMSCs)') ? text.replace('(SMSCs)', ['', '(SyMSCs)', '(synMΦ)'][rand(3)]) : text.replace('mesenchymal stem cells', 'mesenchymal stem cells (SMSCs)');
    case 'citation':
      return replaceIn(/\[[\d,–-]+\]/, ['[62]', '', '[104]', '[4,5]'][rand(4)]);
    case 'delete':
      return text.slice(0, s.start) + text.slice(next && next.start - s.end < 3 ? next.start : s.end);
    case 'paragraph': {
      // Cut the paragraph after this sentence, or join it to the next one, or add a line of blanks before it.
      const gap = text.slice(s.end, s.end + 2);
      if (text.slice(s.start - 2, s.start) === '\n\n' && rand(2) === 0) return `${text.slice(0, s.start)}  \n${text.slice(s.start)}`;
      if (gap === '\n\n') return `${text.slice(0, s.end)} ${text.slice(s.end + 2)}`;
      return next && next.start - s.end < 3 ? `${text.slice(0, s.end)}\n\n${text.slice(next.start)}` : undefined;
    }
  }
}

describe('incremental re-check after one-sentence edits of a real text', () => {
  let reference: Analyzer;
  beforeEach(() => {
    reference = createAnalyzer({ lexicon: bundled() });
  });

  for (const hints of [false, true]) {
    it(`gives exactly a fresh analysis's result after each of 150 random edits${hints ? ' (with hints)' : ''}`, () => {
      const rand = seeded(hints ? 23 : 5);
      const a = createAnalyzer({ lexicon: bundled() });
      const uri = 'mem://real.md';
      let text = realText();
      a.analyze({ uri, text, languageId: 'markdown' }, { hints });
      const kinds = new Map<string, number>();
      for (let step = 0; step < 150; step++) {
        const kind = KINDS[step % KINDS.length];
        const edited = editOnce(text, kind, rand);
        if (edited === undefined || edited === text) continue;
        text = edited;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        const incremental = a.analyze({ uri, text, languageId: 'markdown' }, { hints });
        // A fresh analyser every few steps, so no cached sentence stands between the two answers.
        if (step % 10 === 0) reference = createAnalyzer({ lexicon: bundled() });
        assert.deepEqual(incremental, reference.analyze({ text, languageId: 'markdown' }, { hints }), `step ${step} (${kind})`);
      }
      for (const kind of KINDS) assert.ok((kinds.get(kind) ?? 0) >= 3, `only ${kinds.get(kind) ?? 0} edits of kind ${kind}`);
    });
  }

  it('re-reads only the edited sentence when one sentence of a paragraph changes', () => {
    const a = createAnalyzer({ lexicon: bundled() });
    const text = realText();
    a.analyze({ uri: 'mem://one.md', text, languageId: 'markdown' });
    const before = a.stats().extractions;
    const edited = text.replace('IL-4 enhances NFATc1 expression', 'Notably, IL-4 enhances NFATc1 expression');
    a.analyze({ uri: 'mem://one.md', text: edited, languageId: 'markdown' });
    assert.equal(a.stats().extractions - before, 1);
  });

  it('typing into a blank paragraph below a code block left open reads it as code, as a fresh analysis does', () => {
    // Found by the fuzz test: the blank paragraph's own text showed nothing masked, so it was read alone as prose.
    const cases: Array<[string, string]> = [['latex', 'Intro.\n\n\\begin{verbatim} x\n\n '], ['markdown', 'Intro.\n\n```\ncode\n\n ']];
    for (const [languageId, text] of cases) {
      const a = createAnalyzer({ lexicon: bundled() });
      const uri = `mem://open-code.${languageId}`;
      a.analyze({ uri, text, languageId });
      const edited = `${text}IL-4 promotes NFATc1.`;
      const got = a.analyze({ uri, text: edited, languageId });
      assert.deepEqual(got, reference.analyze({ text: edited, languageId }));
      assert.equal(got.mentions.length, 0, languageId);
    }
  });

  it('typing before masked markup below a code block left open reads it as code, as a fresh analysis does', () => {
    // Found by the fuzz test: the paragraph held only "\verb+…+", masked whether inside the open
    // environment or not, so it showed nothing of where it lay.
    const text = 'Intro.\n\n\\begin{verbatim} \n\n\\verb+%$+ ';
    const a = createAnalyzer({ lexicon: bundled() });
    const uri = 'mem://open-verbatim.tex';
    a.analyze({ uri, text, languageId: 'latex' });
    const at = text.lastIndexOf('\\verb');
    const edited = `${text.slice(0, at)}IL-4 promotes NFATc1. ${text.slice(at)}`;
    const got = a.analyze({ uri, text: edited, languageId: 'latex' });
    assert.deepEqual(got, reference.analyze({ text: edited, languageId: 'latex' }));
    assert.equal(got.mentions.length, 0);
  });

  it('moves a claim read with no cue down with its paragraph as a fresh analysis reads it (no cue range key)', () => {
    // Found by the fuzz suite: a line added above a paragraph shifted its claims, and one with no cue came
    // back with a cueRange key set to undefined, which a fresh analysis does not give.
    const a = createAnalyzer({ lexicon: bundled() });
    const uri = 'mem://shifted.txt';
    const text = '\r\n\r\n IL-4 activates M2 macrophages !  the did not increase ';
    const first = a.analyze({ uri, text, languageId: 'plaintext' });
    assert.ok(first.claims.some((c) => !('cueRange' in c)), 'the text has a claim with no cue');
    const edited = `IL-4\r\n${text}`;
    assert.deepEqual(a.analyze({ uri, text: edited, languageId: 'plaintext' }), reference.analyze({ text: edited, languageId: 'plaintext' }));
  });

  it('hands out results a caller cannot change under the next re-check', () => {
    const a = createAnalyzer({ lexicon: bundled() });
    const text = realText();
    const first = a.analyze({ uri: 'mem://frozen.md', text, languageId: 'markdown' });
    assert.throws(() => (first.diagnostics as unknown[]).push(undefined), TypeError);
    const edited = text.replace('IL-4 enhances', 'IL-4 strongly enhances');
    assert.deepEqual(a.analyze({ uri: 'mem://frozen.md', text: edited, languageId: 'markdown' }), reference.analyze({ text: edited, languageId: 'markdown' }));
  });
});
