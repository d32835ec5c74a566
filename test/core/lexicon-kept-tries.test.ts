/**
 * A user lexicon's tries are built once per load: compileLexicon builds them for its check of shared
 * spellings (base entities first, then the new ones) and the index of mergeLexicons(base, extra) takes
 * them. The index must be the one it would build itself — node for node, ids in the same order — and
 * the check must report what it reported before (plurals and declared ambiguous spellings, which the
 * tries also hold, are not shared spellings).
 */
import { strict as assert } from 'node:assert';
import { buildIndex, compileLexicon, findMentions, formatIssue, indexTries, mergeLexicons, type CompiledLexicon } from '../../src/core';
import { bundled } from '../support/lexicon';

const entity = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id, type: 'cytokine', label: id.toUpperCase(), description: `A test entity called ${id}.`, refs: [1], ...extra,
});

/** A user lexicon whose spellings meet in the tries: a plural of one is a variant of another, a spelling two declare ambiguous, Greek and US/UK forms. */
const USER = {
  entities: [
    entity('xq-fox', { label: 'Fox', variants: ['fox protein', 'XQF-β'] }),
    entity('xq-foxes', { label: 'XQFOXES', variants: ['foxes', 'tumor fox factor'] }),
    entity('xq-a', { ambiguous: ['ZQ'] }),
    entity('xq-b', { ambiguous: ['ZQ'], variants: ['zeta-q behavior'] }),
    entity('xq-cell', { type: 'cell', label: 'XQC', variants: ['xq cell'] }),
    entity('xq-cell-growth', { type: 'process', label: 'XQC expansion', composite: { action: ['expansion'], of: 'xq-cell' } }),
  ],
};

function compileUser(base: CompiledLexicon): CompiledLexicon {
  const { lexicon, issues } = compileLexicon([{ file: 'lab.json', text: JSON.stringify(USER) }], { base, forIndex: true });
  assert.deepEqual(issues.map(formatIssue), []);
  return lexicon;
}

const TEXTS = [
  'Fox and foxes bind XQF-beta and XQFb; XQFOXES inhibits the tumour fox factor.',
  'ZQ is shared; zeta q behaviour and XQC expansion, expansion of XQC cells, IL-4 and TNF-α.',
];

describe('the tries a user lexicon is compiled with', () => {
  it('are the index of the merged lexicon: the same tries and mentions as an index that builds its own', () => {
    const base = bundled();
    const merged = mergeLexicons(base, compileUser(base));
    const taken = buildIndex(merged);
    const built = buildIndex({ ...merged }); // another object: nothing kept for it, the index builds its tries
    assert.deepEqual(indexTries(taken), indexTries(built));
    for (const text of TEXTS) assert.deepEqual(findMentions(text, 0, text.length, taken), findMentions(text, 0, text.length, built), text);
    assert.deepEqual(findMentions(TEXTS[0], 0, TEXTS[0].length, taken).find((m) => TEXTS[0].slice(m.start, m.end) === 'foxes')?.ids, ['xq-fox', 'xq-foxes']);
  });

  it('are kept only for the base they were built on: merged onto another, the index builds its own', () => {
    const base = bundled();
    const user = compileUser(base);
    const other = { ...base, entities: [...base.entities].reverse() };
    const onOther = buildIndex(mergeLexicons(other, user));
    const fresh = buildIndex({ ...mergeLexicons(other, user) });
    assert.deepEqual(indexTries(onOther), indexTries(fresh));
  });

  it('leave the report of shared spellings as it was: a shared variant named, a plural or a declared ambiguity not', () => {
    const problems = (doc: unknown, forIndex = true): string[] => compileLexicon([{ file: 'lab.json', text: JSON.stringify(doc) }], { base: bundled(), forIndex }).issues.map(formatIssue);
    assert.deepEqual(problems(USER), []);
    assert.deepEqual(problems(USER, false), []);
    const shared = problems({ entities: [...USER.entities, entity('xq-other', { variants: ['Fox-protein'] })] });
    assert.equal(shared.length, 1);
    assert.match(shared[0], /^lab\.json:1:\d+: \/entities\/0\/variants\/0: variant "fox protein" of "xq-fox" also names "xq-other" \(as "Fox-protein"\)/);
    assert.match(problems({ entities: [entity('xq-1', { variants: ['IL 4'] })] }).join('\n'), /variant "IL 4" of "xq-1" also names "il-4"/);
    const doc = { entities: [...USER.entities, entity('xq-other', { variants: ['Fox-protein'] })] };
    assert.deepEqual(problems(doc, false), problems(doc, true)); // the precise check alone, as for `mechlens lexicon`
  });
});
