/**
 * The trie the matcher walks keeps the unbranched end of each key as a tail (a run of code units), and
 * makes nodes of a tail where a later key parts from it or ends inside it. Whatever the keys and their
 * order, walking it must answer as a plain map of keys to their ids (in the order inserted) and the set
 * of their prefixes does — and the same once written as data and read back.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Trie } from '../../src/core/entities/trie';

/** What a trie of these (key, id) pairs must answer: the ids of each key and every prefix of a key. */
function reference(pairs: ReadonlyArray<readonly [string, string]>): { ids: Map<string, string[]>; prefixes: Set<string> } {
  const ids = new Map<string, string[]>();
  const prefixes = new Set<string>();
  for (const [key, id] of pairs) {
    const list = ids.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    ids.set(key, list);
    for (let n = 0; n <= key.length; n++) prefixes.add(key.slice(0, n));
  }
  return { ids, prefixes };
}

/** Walks `text` code unit by code unit: the node reached, or -1 where the trie has no such prefix. */
function walk(trie: Trie, text: string): number {
  let node = Trie.ROOT;
  for (let i = 0; i < text.length && node >= 0; i++) node = trie.child(node, text.charCodeAt(i));
  return node;
}

function agrees(trie: Trie, pairs: ReadonlyArray<readonly [string, string]>, probes: readonly string[]): void {
  const { ids, prefixes } = reference(pairs);
  for (const text of [...prefixes, ...probes]) {
    const node = walk(trie, text);
    assert.equal(node >= 0, prefixes.has(text), `prefix ${JSON.stringify(text)}`);
    assert.deepEqual(node >= 0 ? trie.idsAt(node) : undefined, ids.get(text), `ids of ${JSON.stringify(text)}`);
    assert.deepEqual(trie.lookup(text), ids.get(text), `lookup ${JSON.stringify(text)}`);
  }
}

// Few letters, so keys share prefixes, part inside tails, end inside them and run on past their ends
// (and a NUL, which ends a run in a tail: a key's rest that holds one is kept as nodes).
const key = fc.array(fc.constantFrom('a', 'b', 'c', 'β', '\u4e00', '\0'), { minLength: 1, maxLength: 7 }).map((cs) => cs.join(''));
const pairs = fc.array(fc.tuple(key, fc.constantFrom('x', 'y', 'z')), { maxLength: 30 });

describe('the matcher\'s trie', () => {
  it('answers as a map of its keys does, wherever later keys part from, end in or run past a tail', () => {
    const cases: Array<Array<[string, string]>> = [
      [['kazarin3b', 'x'], ['kazarin3beta', 'x'], ['kazar', 'y'], ['kaz', 'z'], ['kazarin3b', 'y'], ['kb', 'x'], ['kazXrin', 'z']],
      [['abc', 'x'], ['abd', 'y'], ['ab', 'z'], ['a', 'x'], ['abcd', 'x'], ['abc', 'x']],
      [['a', 'x'], ['abcdef', 'y'], ['abcdeg', 'y'], ['ab', 'z'], ['b', 'x']],
    ];
    for (const c of cases) {
      const trie = new Trie();
      for (const [k, id] of c) trie.insert(k, id);
      agrees(trie, c, ['kazarin', 'kazarin3bet', 'abce', 'abcdefg', 'x', '', 'kazarin3b\0', 'abcdef\0\0']);
    }
  });

  it('answers as a map does for any keys in any order, inserted by id or by list, and read back from its data', () => {
    fc.assert(fc.property(pairs, fc.array(key, { maxLength: 10 }), (ps, probes) => {
      const one = new Trie();
      for (const [k, id] of ps) one.insert(k, id);
      agrees(one, ps, probes);
      // Insertion resumed after endInsertion (its remembered prefixes dropped) gives the same trie.
      const resumed = new Trie();
      const half = Math.floor(ps.length / 2);
      for (const [k, id] of ps.slice(0, half)) resumed.insert(k, id);
      resumed.endInsertion();
      for (const [k, id] of ps.slice(half)) resumed.insert(k, id);
      assert.deepEqual(resumed.toData(), one.toData());
      agrees(new Trie(one.toData()), ps, probes);
      agrees(new Trie(one.toParts()), ps, probes);
      // add: each id's one-element list shared by its keys, as the index passes them.
      const lists = new Map<string, string[]>();
      const listOf = (id: string): string[] => lists.get(id) ?? (lists.set(id, [id]), lists.get(id) as string[]);
      const added = new Trie();
      for (const [k, id] of ps) added.add(k, listOf(id));
      agrees(added, ps, probes);
    }), { numRuns: 3000 });
  });
});
