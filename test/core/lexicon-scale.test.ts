/**
 * A user lexicon at scale (issue 11): 50,000 entities and about 500,000 spellings compile with no
 * problem, their terms are found, a spelling two of them share is still reported, and search and "did
 * you mean" work over them. Behaviour only: how fast is `npm run bench`'s business, never a test's.
 */
import { strict as assert } from 'node:assert';
import { compileLexicon, createAnalyzer, createLexiconSearch, formatIssue, mergeLexicons, type Analyzer, type CompiledLexicon, type SourceEntity } from '../../src/core';
import { makeUserLexicon } from '../../scripts/bench-lexicon';
import { bundled } from '../support/lexicon';

describe('a user lexicon of 50,000 entities', function () {
  this.timeout(300_000);
  let file: ReturnType<typeof makeUserLexicon>;
  let text: string;
  let user: CompiledLexicon;
  let analyzer: Analyzer;

  before(() => {
    file = makeUserLexicon(50_000, 1, { base: bundled() });
    text = JSON.stringify(file);
    // As a check loads it: the tries built by the check of shared spellings, taken by the index.
    const { lexicon, issues } = compileLexicon([{ file: 'lab.json', text }], { base: bundled(), forIndex: true });
    assert.deepEqual(issues.map(formatIssue), []);
    user = lexicon;
    analyzer = createAnalyzer({ lexicon: mergeLexicons(bundled(), user) });
  });

  after(() => analyzer?.dispose());

  it('compiles whole: every entity and interaction, about ten spellings each', () => {
    assert.equal(user.entities.length, 50_000);
    assert.equal(user.interactions.length, (file.interactions ?? []).length);
    const spellings = user.entities.reduce((n, e) => n + e.synonyms.length, 0);
    assert.ok(spellings > 450_000 && spellings < 600_000, `${spellings} spellings`);
  });

  it('finds its terms in every spelling, and the bundled ones beside them', () => {
    for (let i = 0; i < user.entities.length; i += 997) {
      const e = user.entities[i];
      for (const spelling of e.synonyms) {
        const result = analyzer.analyze({ text: `We measured ${spelling} and IL-4 in the callus.`, languageId: 'plaintext' });
        assert.deepEqual(result.mentions.map((m) => m.id), [e.id, 'il-4'], `"${spelling}" of ${e.id}`);
      }
    }
  });

  it('still reports a spelling two entities share, once, with both entities', () => {
    const entities = file.entities as SourceEntity[];
    const [first, later] = [entities[0], entities[40_000]];
    const shared = { ...file, entities: entities.map((e) => (e === later ? { ...e, variants: [...(e.variants ?? []), first.label] } : e)) };
    // Found by the check's own keys, and by the tries it builds for a lexicon to be indexed.
    for (const forIndex of [false, true]) {
      const { issues } = compileLexicon([{ file: 'lab.json', text: JSON.stringify(shared) }], { base: bundled(), forIndex });
      assert.deepEqual(issues.map(formatIssue), [
        `lab.json:1:${text.indexOf('"label"') + 1}: /entities/0/label: variant "${first.label}" of "${first.id}" also names "${later.id}" (as "${first.label}"); list it under "ambiguous" in each entity if the sharing is intended`,
      ]);
    }
  });

  it('searches them and suggests them for a near miss', () => {
    const e = user.entities.find((x) => x.type === 'protein' && x.fullName !== undefined) as CompiledLexicon['entities'][number];
    const search = createLexiconSearch(analyzer.index);
    assert.equal(search.search(e.label, 5)[0]?.id, e.id);
    const word = (e.fullName as string).split(' ')[0];
    const typo = `${word.slice(0, 3)}${word.slice(4)}`; // one letter left out
    const result = analyzer.analyze({ text: `The ${typo}-${e.label.replace(/\D+/g, '')} level rose.`, languageId: 'plaintext' }, { hints: true });
    assert.ok(result.diagnostics.some((d) => d.code === 'unknown-term'), JSON.stringify(result.diagnostics));
  });
});
