/**
 * The claim reader's compromise (src/core/tagger/compromise.ts: the tokenizer build, the first-pass
 * tagger and the model the build took from the full package) must read exactly as the full package
 * taught the cue verbs' forms does, and its model must be the one the build makes now.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import full from 'compromise';
import { extractProse, splitSentences } from '../../src/core';
import { loadCompromise, type Compromise } from '../../src/core/tagger/compromise';
import { makeCorpus } from '../../scripts/bench-corpus';
import { bundled, ROOT } from '../support/lexicon';

/** Every token of `text` as compromise leaves it after the claim reader's two passes. */
function tokens(nlp: Compromise | typeof full, text: string): string[] {
  const doc = nlp.tokenize(text);
  doc.compute(['lexicon', 'preTagger']);
  return (doc.docs as Array<Array<{ pre: string; text: string; post: string; tags: Set<string> }>>).flat().map((t) => `${t.pre}|${t.text}|${t.post}|${[...t.tags].join(',')}`);
}

function sentencesOf(text: string, languageId: string): string[] {
  const prose = extractProse(text, languageId);
  return [...splitSentences(prose.text, 0, prose.text.length, prose.breaks)].map((s) => s.text);
}

/** The grammar's words the build teaches compromise as nouns. */
function nounSpellings(): string[] {
  return (JSON.parse(readFileSync(join(ROOT, 'src', 'core', 'claims', 'grammar.json'), 'utf8')) as { nounSpellings: { words: string[] } }).nounSpellings.words;
}

describe('compromise as the claim reader loads it', () => {
  it('tags every token as the full package does, taught the same verb forms', () => {
    const { tags } = JSON.parse(readFileSync(join(ROOT, 'generated', 'verb-forms.json'), 'utf8')) as { tags: Record<string, string> };
    full.addWords({ ...tags, ...Object.fromEntries(nounSpellings().map((w) => [w, 'Singular'])) });
    const devset = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'devset', 'devset.json'), 'utf8')) as Array<{ text: string; lang: string }>;
    const texts = [
      ...devset.flatMap((item) => sentencesOf(item.text, item.lang)),
      ...sentencesOf(readFileSync(join(ROOT, 'examples', 'draft.md'), 'utf8'), 'markdown'),
      ...makeCorpus(bundled(), 4000).sentences,
      // What the reader gives it: terms masked as placeholders, contractions, numbers, odd spacing.
      'Zqzxa promotes Zqzxb, whereas Zqzxc does not inhibit Zqzxd in Zqzxe-treated mice.',
      "It isn't clear whether IL-4 won't attenuate NFATc1; we'd expect 2.5-fold less (p < 0.05).",
      'Upregulated RUNX2 — and down-regulated PPARγ — were seen at 10 ng/mL, e.g. in vitro.',
    ];
    const nlp = loadCompromise();
    let compared = 0;
    for (const text of texts) {
      assert.deepEqual(tokens(nlp, text), tokens(full, text), text);
      compared++;
    }
    assert.ok(compared > 500, `only ${compared} sentences compared`);
  });

  it('generated/compromise-model.json is what the build takes from compromise now (not stale)', () => {
    // A fresh process: compromise's model is process-wide, and the test above has taught it words.
    const script = "const t = require('./dist/tools/compromise-model.cjs'); const f = require('./generated/verb-forms.json'); const g = require('./src/core/claims/grammar.json'); process.stdout.write(t.buildCompromiseModel(f.tags, g.nounSpellings.words))";
    const fresh = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    const onDisk = readFileSync(join(ROOT, 'generated', 'compromise-model.json'), 'utf8');
    assert.ok(onDisk === fresh, 'generated/compromise-model.json is stale: run npm run build');
  });
});
