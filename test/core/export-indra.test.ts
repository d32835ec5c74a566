/** INDRA statements JSON of the review: statements INDRA can read, with reproducible ids. */
import { strict as assert } from 'node:assert';
import { INDRA_TYPES, indraLeftOut, networkFormat, RELATION_SIGNS, type NetworkFormat } from '../../src/core';
import { HOSTILE, HOSTILE_ABOUT, HOSTILE_NETWORK, reviewExport, TERMINAL_ACTIVE, written } from '../support/exports';
import { assertIndraStatement, type Statement } from '../support/indra';

const indra = networkFormat('indra') as NetworkFormat;

describe('INDRA statements export', () => {
  const { network, about } = reviewExport();
  const text = written(indra, network, about);
  const statements = JSON.parse(text) as Statement[];

  it('decides an INDRA type, or none, for every relation of the lexicon', () => {
    assert.deepEqual(Object.keys(INDRA_TYPES).sort(), Object.keys(RELATION_SIGNS).sort());
    for (const [relation, type] of Object.entries(INDRA_TYPES)) {
      if (type === 'Activation' || type === 'IncreaseAmount') assert.notEqual(RELATION_SIGNS[relation], -1, relation);
      if (type === 'Inhibition' || type === 'DecreaseAmount') assert.equal(RELATION_SIGNS[relation], -1, relation);
    }
  });

  it('gives every statement the fields INDRA\'s schema requires for its type, and evidence from the review', () => {
    assert.ok(statements.length > 100);
    for (const s of statements) {
      assertIndraStatement(s);
      assert.ok(s.evidence[0].text.length > 0, 'the review\'s words');
      assert.equal(s.evidence[0].source_id, s.evidence[0].annotations.interaction);
    }
  });

  it('writes one statement per interaction with an INDRA type, and counts the rest as left out', () => {
    const left = [...indraLeftOut(network).values()].reduce((a, b) => a + b, 0);
    assert.equal(statements.length + left, network.edges.length);
    assert.ok(indraLeftOut(network).has('regulates'));
    assert.match(indra.notes?.(network)[0] ?? '', /^\d+ interaction\(s\) left out .*regulates/);
  });

  it('gives unique ids, the same in every run', () => {
    assert.equal(new Set(statements.map((s) => s.id)).size, statements.length);
    assert.equal(written(indra, reviewExport().network, about), text);
  });

  it('states IL-4 → NFATc1 as an Inhibition resting on reference 104', () => {
    const s = statements.find((x) => x.evidence[0].annotations.interaction === 'il-4-inhibits-nfatc1');
    assert.ok(s);
    assert.equal(s.type, 'Inhibition');
    assert.equal(s.subj?.name, 'IL4', 'named by HGNC symbol');
    assert.deepEqual(s.subj?.db_refs, { TEXT: 'IL-4' });
    assert.ok(s.evidence[0].annotations.refs.includes(104));
  });

  it('states a binding as a Complex of both, and escapes hostile text for the terminal', () => {
    const hostile = written(indra, HOSTILE_NETWORK, HOSTILE_ABOUT);
    assert.doesNotMatch(hostile, TERMINAL_ACTIVE);
    const [inhibition, complex] = JSON.parse(hostile) as Statement[];
    assert.equal(inhibition.evidence[0].text, HOSTILE);
    assert.equal(complex.type, 'Complex');
    assert.deepEqual(complex.members?.map((m) => m.name), ['plain', 'IL4']);
  });
});
