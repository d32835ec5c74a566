/** Each kind of malformed lexicon gets a message naming the file, the place and what is wrong. */
import { strict as assert } from 'node:assert';
import { compileLexicon, formatIssue, type CompiledLexicon } from '../../src/core';
import { bundled } from '../support/lexicon';

const entity = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id, type: 'cytokine', label: id.toUpperCase(), description: `A test entity called ${id}.`, refs: [1], ...extra,
});

function problems(doc: unknown, base?: CompiledLexicon): string[] {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2);
  return compileLexicon([{ file: 'lab.json', text }], { base, checkRefsAgainstReferences: base !== undefined }).issues.map(formatIssue);
}

function expectOne(list: string[], pattern: RegExp): void {
  assert.ok(list.some((p) => pattern.test(p)), `expected ${pattern} in:\n${list.join('\n') || '(no problems)'}`);
  for (const p of list) assert.match(p, /^lab\.json:\d+:\d+: /, `"${p}" does not start with file:line:col`);
}

describe('lexicon validation messages', () => {
  it('invalid JSON: says where the syntax breaks', () => {
    const list = problems('{\n  "entities": [\n    { "id": "x", }\n  ]\n}');
    expectOne(list, /^lab\.json:3:\d+: \/: invalid JSON: property name expected/);
  });

  it('a binary file is refused as such', () => {
    expectOne(problems('\u0000\u0001PNG'), /binary file/);
  });

  it('an unknown property is named with its path', () => {
    expectOne(problems({ entities: [entity('xq-1', { colour: 'red' })] }), /\/entities\/0\/colour: unknown property "colour"/);
  });

  it('a value of the wrong type', () => {
    expectOne(problems({ entities: [entity('xq-1', { refs: 'twelve' })] }), /\/entities\/0\/refs: expected a array, found "twelve"|\/entities\/0\/refs: expected an? array/);
  });

  it('an id that breaks the id rule', () => {
    expectOne(problems({ entities: [entity('IL 4')] }), /\/entities\/0\/id: "IL 4" is not a valid id/);
  });

  it('a duplicate id points at the first definition', () => {
    expectOne(problems({ entities: [entity('xq-1'), entity('xq-1', { label: 'Other' })] }), /\/entities\/1\/id: duplicate entity id "xq-1" \(first defined at lab\.json:\d+\)/);
  });

  it('a duplicate of a bundled id', () => {
    expectOne(problems({ entities: [entity('il-4')] }, bundled()), /duplicate entity id "il-4" \(already in the bundled lexicon\)/);
  });

  it('an interaction naming an unknown entity', () => {
    const doc = { entities: [entity('xq-1')], interactions: [{ id: 'a', subject: 'xq-1', relation: 'inhibits', object: 'nowhere', refs: [1] }] };
    expectOne(problems(doc), /\/interactions\/0\/object: unknown entity id "nowhere" in the interaction object/);
  });

  it('an unknown relation', () => {
    const doc = { entities: [entity('xq-1'), entity('xq-2')], interactions: [{ id: 'a', subject: 'xq-1', relation: 'boosts', object: 'xq-2', refs: [1] }] };
    expectOne(problems(doc), /\/interactions\/0\/relation: unknown relation "boosts"/);
  });

  it('an interaction with empty refs', () => {
    const doc = { entities: [entity('xq-1'), entity('xq-2')], interactions: [{ id: 'a', subject: 'xq-1', relation: 'inhibits', object: 'xq-2', refs: [] }] };
    expectOne(problems(doc), /\/interactions\/0\/refs: interaction has no refs/);
  });

  it('an interaction without a refs property', () => {
    const doc = { entities: [entity('xq-1'), entity('xq-2')], interactions: [{ id: 'a', subject: 'xq-1', relation: 'inhibits', object: 'xq-2' }] };
    expectOne(problems(doc), /\/interactions\/0: missing required property "refs"/);
  });

  it('a variant claimed by two entities without an ambiguity mark', () => {
    const doc = { entities: [entity('xq-1', { variants: ['Zeta factor'] }), entity('xq-2', { variants: ['zeta-factor'] })] };
    expectOne(problems(doc), /variant "(Zeta factor|zeta-factor)" of "xq-\d" also names "xq-\d" \(as "(zeta-factor|Zeta factor)"\); list it under "ambiguous"/);
  });

  it('accepts a variant shared on purpose when both entities mark it ambiguous', () => {
    const doc = { entities: [entity('xq-1', { ambiguous: ['ZF'] }), entity('xq-2', { ambiguous: ['ZF'] })] };
    assert.deepEqual(problems(doc), []);
  });

  it('a variant that collides with a bundled entity', () => {
    expectOne(problems({ entities: [entity('xq-1', { variants: ['TNF-alpha'] })] }, bundled()), /also names "tnf-alpha"/);
  });

  it('a composite process whose "of" is not a cell', () => {
    const doc = { entities: [entity('xq-1'), entity('xq-2', { type: 'process', composite: { action: ['growth'], of: 'xq-1' } })] };
    expectOne(problems(doc), /composite\/of: composite\.of must be a cell, but "xq-1" is a cytokine/);
  });

  it('an isoform whose family is of another type, or itself', () => {
    const doc = { entities: [entity('xq-1', { type: 'cell' }), entity('xq-2', { attributes: { isoformOf: 'xq-1' } }), entity('xq-3', { attributes: { isoformOf: 'xq-3' } })] };
    const list = problems(doc);
    expectOne(list, /attributes\/isoformOf: attributes\.isoformOf must be a cytokine, but "xq-1" is a cell/);
    expectOne(list, /entities\/2\/attributes\/isoformOf: an entity is no isoform of itself/);
  });

  it('a lesion repaired by something that is no process, by two processes, or that is no lesion', () => {
    const doc = { entities: [entity('xq-1', { type: 'disease' }), entity('xq-2', { type: 'process', attributes: { repairs: ['xq-1'] } }), entity('xq-3', { type: 'process', attributes: { repairs: ['xq-1'] } }), entity('xq-4', { attributes: { repairs: ['xq-1'] } }), entity('xq-5', { type: 'process', attributes: { repairs: ['xq-2'] } })] };
    const list = problems(doc);
    expectOne(list, /entities\/2\/attributes\/repairs\/0: the repair of "xq-1" is already "xq-2"/);
    expectOne(list, /entities\/3\/attributes\/repairs: attributes\.repairs is for processes, but "xq-4" is a cytokine/);
    expectOne(list, /entities\/4\/attributes\/repairs\/0: attributes\.repairs must be a disease, but "xq-2" is a process/);
  });

  it('a tissue made by something that is no cell, or by two cells', () => {
    const doc = { entities: [entity('xq-1', { type: 'cell', attributes: { formsTissue: ['bone'] } }), entity('xq-2', { type: 'cell', attributes: { formsTissue: ['cartilage', 'bone'] } }), entity('xq-3', { attributes: { formsTissue: ['fat'] } })] };
    const list = problems(doc);
    expectOne(list, /entities\/1\/attributes\/formsTissue\/1: the tissue "bone" is already made by "xq-1"/);
    expectOne(list, /entities\/2\/attributes\/formsTissue: attributes\.formsTissue is for cells, but "xq-3" is a cytokine/);
  });

  it('a process whose parts are not processes, or itself', () => {
    const doc = { entities: [entity('xq-1'), entity('xq-2', { type: 'process', attributes: { parts: ['xq-1', 'xq-2'] } })] };
    const list = problems(doc);
    expectOne(list, /attributes\/parts\/0: attributes\.parts must be a process, but "xq-1" is a cytokine/);
    expectOne(list, /attributes\/parts\/1: a process is no part of itself/);
  });

  it('a mechanism whose later step has no relation', () => {
    const doc = { entities: [entity('xq-1'), entity('xq-2')], mechanisms: [{ id: 'm', label: 'M', steps: [{ entity: 'xq-1' }, { entity: 'xq-2' }], refs: [1] }] };
    expectOne(problems(doc), /\/mechanisms\/0\/steps\/1: missing "relation"/);
  });

  it('a reference number the review does not have', () => {
    const doc = { entities: [entity('xq-1'), entity('xq-2')], interactions: [{ id: 'a', subject: 'xq-1', relation: 'inhibits', object: 'xq-2', refs: [999] }] };
    expectOne(problems(doc, bundled()), /\/interactions\/0\/refs\/0: reference \[999\] is not in the review's reference list/);
  });

  it('an unknown context key', () => {
    const doc = { entities: [entity('xq-1'), entity('xq-2')], interactions: [{ id: 'a', subject: 'xq-1', relation: 'inhibits', object: 'xq-2', refs: [1], context: { temperature: 'hot' } }] };
    expectOne(problems(doc), /\/interactions\/0\/context\/temperature: unknown property "temperature"/);
  });

  it('reports the line of the offending entry, not just the file', () => {
    const text = JSON.stringify({ entities: [entity('xq-1'), entity('xq-2', { type: 'hormone' })] }, null, 2);
    const [first] = problems(text);
    const line = Number(first.split(':')[1]);
    assert.equal(text.split('\n')[line - 1].trim(), '"type": "hormone",');
  });

  it('a broken user lexicon leaves the bundled lexicon untouched', () => {
    const before = bundled().interactions.length;
    const result = compileLexicon([{ file: 'lab.json', text: '{ nope' }], { base: bundled() });
    assert.ok(result.issues.length > 0);
    assert.equal(bundled().interactions.length, before);
  });
});
