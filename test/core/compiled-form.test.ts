/** The compiled form of a user lexicon (core/lexicon/compiledForm.ts): read back, the same lexicon and tries; anything else, nothing. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon, decodeCompiledLexicon, encodeCompiledLexicon, mergeLexicons, buildIndex, type CompiledLexicon } from '../../src/core';
import { Trie } from '../../src/core/entities/trie';
import { makeUserLexicon } from '../../scripts/bench-lexicon';
import { ROOT } from '../support/lexicon';

const bundled = JSON.parse(readFileSync(join(ROOT, 'generated', 'lexicon.json'), 'utf8')) as CompiledLexicon;
const text = JSON.stringify(makeUserLexicon(600, 3, { base: bundled }));
const compile = (): CompiledLexicon => {
  const { lexicon, issues } = compileLexicon([{ file: 'lab.json', text }], { base: bundled, forIndex: true });
  assert.deepEqual(issues, []);
  return lexicon;
};
const joined = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};

describe('compiled form of a user lexicon', () => {
  const original = compile();
  const encoded = encodeCompiledLexicon(original, bundled, 'key');
  const form = joined(encoded?.form ?? []);
  const spellingText = joined(encoded?.spellings ?? []);
  const spellings = (): Uint8Array | undefined => spellingText;
  const reference = buildIndex(mergeLexicons(bundled, compile()));

  it('reads back the same lexicon, entity for entity and field for field', () => {
    // With the spellings' text, without it (made again), and with a text that does not fit (made again).
    for (const given of [spellings, () => undefined, () => new Uint8Array([65, 66])]) {
      const back = decodeCompiledLexicon(form, bundled, 'key', given);
      assert.ok(back);
      assert.equal(JSON.stringify(back), JSON.stringify(original));
      back.entities.forEach((e, i) => {
        const o = original.entities[i];
        for (const k of Object.keys(o) as Array<keyof typeof o>) assert.deepEqual(e[k], o[k], `${o.id}.${k}`);
      });
    }
  });

  it('reads back the tries the index walks: every spelling finds the same entities', () => {
    const back = decodeCompiledLexicon(form, bundled, 'key', spellings);
    assert.ok(back);
    const index = buildIndex(mergeLexicons(bundled, back));
    for (const name of ['caseTrie', 'foldTrie', 'actionTrie'] as const) assert.deepEqual(index[name].toData(), reference[name].toData(), name);
    for (const { text: s } of reference.spellings.slice(0, 5000)) assert.deepEqual(index.foldTrie.lookup(s.toLowerCase()), reference.foldTrie.lookup(s.toLowerCase()));
  });

  it('a trie read back from its parts can still grow', () => {
    const trie = new Trie();
    for (let i = 0; i < 70000; i++) trie.insert(`k${i}x`, `id${i % 7}`);
    const back = new Trie(trie.toParts());
    back.insert('brand new', 'nid');
    back.insert('k5xy', 'other');
    assert.deepEqual(back.lookup('brand new'), ['nid']);
    assert.deepEqual(back.lookup('k5xy'), ['other']);
    assert.deepEqual(back.lookup('k69999x'), trie.lookup('k69999x'));
  });

  it('reads nothing back from another key, another base, or damaged bytes', () => {
    assert.equal(decodeCompiledLexicon(form, bundled, 'another key'), undefined);
    assert.equal(decodeCompiledLexicon(form, { ...bundled, entities: bundled.entities.slice(1) }, 'key'), undefined);
    assert.equal(decodeCompiledLexicon(form.subarray(0, form.length - 1), bundled, 'key'), undefined);
    assert.equal(decodeCompiledLexicon(form.subarray(0, 10), bundled, 'key'), undefined);
    assert.equal(decodeCompiledLexicon(new Uint8Array(0), bundled, 'key'), undefined);
    const version = form.slice();
    version[4] = 99;
    assert.equal(decodeCompiledLexicon(version, bundled, 'key'), undefined);
    const order = form.slice();
    order.set([order[11], order[10], order[9], order[8]], 8);
    assert.equal(decodeCompiledLexicon(order, bundled, 'key'), undefined);
    // A trie link out of range (the end of the form is the last trie's term lists, before them its columns).
    const links = form.slice();
    new DataView(links.buffer).setInt32(links.length - 8, 1 << 30, true);
    assert.equal(decodeCompiledLexicon(links, bundled, 'key'), undefined);
  });

  it('has no form for a lexicon compiled without an index', () => {
    const { lexicon } = compileLexicon([{ file: 'lab.json', text }], { base: bundled });
    assert.equal(encodeCompiledLexicon(lexicon, bundled, 'key'), undefined);
  });
});
