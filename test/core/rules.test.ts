/**
 * Every claim rule's own examples, run against the bundled lexicon: each rule reads what it says it
 * reads, and no rule reads what its examples say must not be read.
 */
import { strict as assert } from 'node:assert';
import { RULES } from '../../src/core/claims/rules';
import { analyzer } from '../support/lexicon';

/**
 * "il-4 inhibits nfatc1", "il-4 promotes! nfatc1" (negated), "il-10 is pro" (attribute). A sentence not read in
 * full (a rule that failed on it loses its reading quietly) fails the example: no rule may break on its own examples.
 */
function readings(text: string): Array<{ key: string; rule: string }> {
  const result = analyzer().analyze({ text, languageId: 'markdown' });
  const notRead = result.diagnostics.find((d) => d.code === 'not-read');
  assert.equal(notRead, undefined, `the sentence was not read in full: ${notRead?.message ?? ''}`);
  return result.claims.map((c) => {
    const relation = `${c.relation}${c.negated ? '!' : ''}${c.hedged ? '?' : ''}`;
    const key = c.kind === 'attribute' && c.attribute ? `${c.subject} is ${c.attribute.value.toLowerCase()}` : `${c.subject} ${relation} ${c.object}`;
    return { key, rule: c.rule };
  });
}

describe('claim rules', () => {
  it('have unique ids, a phenomenon, a base confidence and examples', () => {
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
    for (const r of RULES) {
      assert.ok(r.phenomenon.length > 20, `${r.id}: phenomenon`);
      assert.ok(r.confidence > 0 && r.confidence <= 1, `${r.id}: confidence`);
      assert.ok(r.examples.some((e) => (e.reads ?? []).length > 0), `${r.id}: at least one example it reads`);
    }
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      for (const example of rule.examples) {
        it(example.text, () => {
          const got = readings(example.text);
          for (const want of example.reads ?? []) {
            const hit = got.find((g) => g.key === want);
            assert.ok(hit, `expected "${want}" from rule ${rule.id}; read: ${got.map((g) => `${g.key} (${g.rule})`).join('; ') || 'nothing'}`);
            assert.equal(hit.rule, rule.id, `"${want}" was read by ${hit.rule}, not ${rule.id}`);
          }
          for (const wrong of example.not ?? []) {
            assert.ok(!got.some((g) => g.key === wrong), `"${wrong}" must not be read; read: ${got.map((g) => g.key).join('; ')}`);
          }
        });
      }
    });
  }
});
