/**
 * Hostile lexicon files (issue 13): whatever a user lexicon holds, it is reported in a bounded number of
 * lines and skipped, and the run goes on with the bundled lexicon.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { compileLexicon, createAnalyzer, formatIssue, mergeLexicons, signOf } from '../../src/core';
import { LIMITS } from '../../src/core/limits';
import { bundled } from '../support/lexicon';

const entity = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id, type: 'cytokine', label: id.toUpperCase(), description: `A test entity called ${id}.`, refs: [1], ...extra,
});

function compile(text: string): { issues: string[]; entities: number } {
  const { issues, lexicon } = compileLexicon([{ file: 'lab.json', text }], { base: bundled() });
  return { issues: issues.map(formatIssue), entities: lexicon.entities.length };
}

describe('hostile lexicon files', () => {
  describe('nesting and floods of errors are reported, never a crash', () => {
    it('a lexicon nested 10,000 deep is one line, not a stack overflow', () => {
      const deepArray = `{"entities":${'['.repeat(10000)}${']'.repeat(10000)}}`;
      const deepObject = `{"description":${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}}`;
      for (const text of [deepArray, deepObject]) {
        const { issues } = compile(text);
        assert.equal(issues.length, 1, issues.join('\n'));
        assert.match(issues[0], new RegExp(`^lab\\.json:1:\\d+: /: nested more than ${LIMITS.lexiconMaxDepth} levels deep`));
      }
    });

    it('nesting inside strings does not count', () => {
      const doc = { description: `${'['.repeat(500)}{"`, entities: [entity('xq-1')] };
      assert.deepEqual(compile(JSON.stringify(doc)).issues, []);
    });

    it('50,000 bad entities: the first 100 problems and "and N more", no stack overflow', () => {
      const entities = Array.from({ length: 50000 }, (_, i) => ({ id: `X ${i}`, colour: 'red' }));
      const { issues } = compile(JSON.stringify({ entities }));
      assert.equal(issues.length, LIMITS.lexiconMaxIssues + 1);
      assert.match(issues[0], /^lab\.json:1:\d+: \/entities\/0[/:]/);
      assert.match(issues[issues.length - 1], /^lab\.json:1:1: \/: … and \d+ more problems in this file \(only the first 100 are listed\)$/);
      const more = Number(/and (\d+) more/.exec(issues[issues.length - 1])?.[1]);
      assert.ok(more > 100000, `${more}`);
    });

    it('50,000 entities naming unknown ids: the semantic problems are bounded too', () => {
      const entities = Array.from({ length: 50000 }, (_, i) => entity(`xq-${i}`, { attributes: { isA: [`nowhere-${i}`] } }));
      const { issues } = compile(JSON.stringify({ entities }));
      assert.equal(issues.length, LIMITS.lexiconMaxIssues + 1);
      assert.match(issues[issues.length - 1], /… and 49900 more problems in this file/);
    });

    it('50,000 sections and references are taken without an argument-list overflow', () => {
      const sections = Array.from({ length: 200000 }, (_, i) => ({ id: `s-${i}`, title: `Section ${i}` }));
      const { lexicon, issues } = compileLexicon([{ file: 'lab.json', text: JSON.stringify({ sections }) }], { base: bundled() });
      assert.deepEqual(issues.map(formatIssue), []);
      assert.equal(lexicon.sections.length, 200000);
    });
  });

  describe('keys that name Object.prototype members', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty', 'valueOf']) {
      it(`"${key}" is an unknown property wherever it appears`, () => {
        const text = JSON.stringify({ entities: [{ ...entity('xq-1'), [`${key}-marker`]: 1 }] }).replace(`"${key}-marker"`, JSON.stringify(key));
        const top = `{${JSON.stringify(key)}: {"entities": []}, "entities": []}`;
        const ctx = JSON.stringify({
          entities: [entity('xq-1'), entity('xq-2')],
          interactions: [{ id: 'a', subject: 'xq-1', relation: 'inhibits', object: 'xq-2', refs: [1], context: { stage: 'early', 'k-marker': 'x' } }],
        }).replace('"k-marker"', JSON.stringify(key));
        for (const [doc, path] of [[text, '/entities/0/'], [top, '/'], [ctx, '/interactions/0/context/']] as const) {
          const { issues, entities } = compile(doc);
          assert.ok(issues.some((i) => i.includes(`${path}${key}: unknown property "${key}"`)), `${path}${key} not reported:\n${issues.join('\n')}`);
          assert.equal(entities, 0);
        }
      });
    }

    it('a relation or id named after a prototype member is no relation', () => {
      for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) assert.equal(signOf(name), 0, name);
      const doc = { entities: [entity('xq-1'), entity('xq-2')], interactions: [{ id: 'a', subject: 'xq-1', relation: 'constructor', object: 'xq-2', refs: [1] }] };
      assert.ok(compile(JSON.stringify(doc)).issues.some((i) => /unknown relation "constructor"/.test(i)));
    });

    it('entities spelled like prototype members are ordinary terms', () => {
      const doc = {
        entities: [
          entity('constructor', { label: 'constructor', variants: ['toString', '__proto__'] }),
          entity('prototype', { label: 'prototype', variants: ['hasOwnProperty', 'valueOf'] }),
        ],
        interactions: [{ id: 'constructor-inhibits-prototype', subject: 'constructor', relation: 'inhibits', object: 'prototype', refs: [1] }],
      };
      const { lexicon, issues } = compileLexicon([{ file: 'lab.json', text: JSON.stringify(doc) }], { base: bundled() });
      assert.deepEqual(issues.map(formatIssue), []);
      const analyzer = createAnalyzer({ lexicon: mergeLexicons(bundled(), lexicon) });
      const result = analyzer.analyze({ text: 'The constructor promotes the prototype. Then toString, hasOwnProperty and valueOf.', languageId: 'plaintext' });
      assert.deepEqual(result.claims.map((c) => [c.subject, c.object, c.status]), [['constructor', 'prototype', 'contradicts']]);
      assert.deepEqual(result.mentions.map((m) => m.id), ['constructor', 'prototype', 'constructor', 'prototype', 'prototype']);
      analyzer.dispose();
    });
  });

  describe('attributes that point at each other', () => {
    // Two entities each the other's family, or each removing the other: the judge follows such links
    // one way, so a cycle must end, not overflow the stack and take the whole check with it.
    for (const key of ['isoformOf', 'removes']) {
      it(`a cycle of "${key}" is judged, not a stack overflow`, () => {
        const doc = {
          entities: [
            entity('xq-zorbin', { label: 'Zorbin', attributes: { [key]: 'xq-quaxin', isA: ['pro-inflammatory-cytokine'] } }),
            entity('xq-quaxin', { label: 'Quaxin', attributes: { [key]: 'xq-zorbin', isA: ['pro-inflammatory-cytokine'] } }),
          ],
        };
        const { lexicon, issues } = compileLexicon([{ file: 'lab.json', text: JSON.stringify(doc) }], { base: bundled() });
        // The author is told, at each entity of the circle (a lexicon with problems is not loaded) …
        assert.deepEqual(issues.map((i) => `${i.path}: ${i.message}`), [
          `/entities/0/attributes/${key}: attributes.${key} goes round in a circle: xq-zorbin → xq-quaxin → xq-zorbin`,
          `/entities/1/attributes/${key}: attributes.${key} goes round in a circle: xq-quaxin → xq-zorbin → xq-quaxin`,
        ]);
        // … and the judge, given such a lexicon anyway, still ends.
        const analyzer = createAnalyzer({ lexicon: mergeLexicons(bundled(), lexicon) });
        const result = analyzer.analyze({ text: 'Zorbin inhibits osteoclast formation.', languageId: 'plaintext' });
        assert.deepEqual(result.claims.map((c) => [c.subject, c.relation, c.object]), [['xq-zorbin', 'inhibits', 'osteoclastogenesis']]);
        analyzer.dispose();
      });
    }
  });

  it('any JSON value is either a lexicon or a bounded list of problems (property)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
      const { issues } = compile(JSON.stringify(value));
      assert.ok(issues.length <= LIMITS.lexiconMaxIssues + 1);
      for (const i of issues) assert.match(i, /^lab\.json:\d+:\d+: /);
    }), { numRuns: 300 });
  });
});
