/** The compiled form of a user lexicon (core/lexicon/compiledForm.ts): read back, the same lexicon and tries; anything else, nothing. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon, decodeCompiledLexicon, encodeCompiledLexicon, lazySections, mergeLexicons, buildIndex, type CompiledLexicon } from '../../src/core';
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

  /** The reference index's trie with its nodes laid out as a form keeps them (Trie.laidOut), as data. */
  const laidOut = (trie: Trie): unknown => {
    const p = trie.laidOut();
    return new Trie({ ...p, tailCodes: Uint16Array.from(p.tailCodes.flatMap((c) => [...c])) }).toData();
  };

  it('reads back the tries the index walks: every spelling finds the same entities', () => {
    const back = decodeCompiledLexicon(form, bundled, 'key', spellings);
    assert.ok(back);
    const index = buildIndex(mergeLexicons(bundled, back));
    for (const name of ['caseTrie', 'foldTrie', 'actionTrie'] as const) assert.deepEqual(index[name].toData(), laidOut(reference[name]), name);
    for (const { text: s } of reference.spellings.slice(0, 5000)) assert.deepEqual(index.foldTrie.lookup(s.toLowerCase()), reference.foldTrie.lookup(s.toLowerCase()));
  });

  it('reads the tries\' columns a block at a time when the host left them unread, and finds the same', () => {
    const sections = lazySections(form) ?? [];
    assert.equal(sections.length, 15);
    // The form as a host keeps it: the lazy sections not there yet, read from the whole form when asked.
    const kept = form.slice();
    for (const s of sections) kept.fill(0, s.start, s.start + s.length);
    let fills = 0;
    const fill = (from: number, to: number): boolean => {
      fills++;
      kept.set(form.subarray(from, to), from);
      return true;
    };
    const back = decodeCompiledLexicon(kept, bundled, 'key', spellings, undefined, fill);
    assert.ok(back);
    assert.equal(fills, 0, 'nothing read until a walk');
    const index = buildIndex(mergeLexicons(bundled, back));
    assert.deepEqual(index.foldTrie.lookup('il-4'), reference.foldTrie.lookup('il-4'));
    assert.ok(fills > 0 && fills < 40, `a few blocks read for a lookup (${fills})`);
    for (const { text: s } of reference.spellings) {
      assert.deepEqual(index.foldTrie.lookup(s.toLowerCase()), reference.foldTrie.lookup(s.toLowerCase()), s);
      assert.deepEqual(index.caseTrie.lookup(s), reference.caseTrie.lookup(s), s);
    }
    for (const name of ['caseTrie', 'foldTrie', 'actionTrie'] as const) assert.deepEqual(index[name].toData(), laidOut(reference[name]), name);
    // A block that cannot be read (the file cut short since it was checked) is an error, not a wrong answer.
    const cut = form.slice();
    for (const s of sections) cut.fill(0, s.start, s.start + s.length);
    const broken = decodeCompiledLexicon(cut, bundled, 'key', spellings, undefined, () => false);
    assert.ok(broken);
    assert.throws(() => buildIndex(mergeLexicons(bundled, broken)).foldTrie.lookup('il-4'), /could not be read back/);
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
    // And one whose columns are read a block at a time (LazyRows): growing into a page reads it whole first.
    const whole = trie.toParts();
    const empty = { codes: new Uint16Array(whole.codes.length), firstChildren: new Int32Array(whole.codes.length), nextSiblings: new Int32Array(whole.codes.length), terms: new Int32Array(whole.codes.length), tailCodes: new Uint16Array(whole.tailCodes.length) };
    const plain = new Trie({ ...trie.toParts(), termLists: [...whole.termLists] }); // (its own columns: toParts copies them)
    const lazy = new Trie({
      ...whole, ...empty, termLists: [...whole.termLists],
      lazyNodes: { rows: whole.codes.length, load: (a, b) => { for (const c of ['codes', 'firstChildren', 'nextSiblings', 'terms'] as const) empty[c].set(whole[c].subarray(a, b), a); } },
      lazyTails: { rows: whole.tailCodes.length, load: (a, b) => empty.tailCodes.set(whole.tailCodes.subarray(a, b), a) },
    });
    for (const t of [plain, lazy]) {
      t.insert('brand new', 'nid');
      t.insert('k5xy', 'other');
    }
    for (let i = 0; i < 70000; i += 997) assert.deepEqual(lazy.lookup(`k${i}x`), trie.lookup(`k${i}x`));
    assert.deepEqual(lazy.lookup('brand new'), ['nid']);
    assert.deepEqual(lazy.lookup('k5xy'), ['other']);
    assert.deepEqual(lazy.toData(), plain.toData());
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
    // A trie's term list, and a node's link, out of range.
    const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = view(form).getUint32(12, true);
    const header = JSON.parse(new TextDecoder().decode(form.subarray(16, 16 + headerLength))) as { sections: Record<string, [number, number]> };
    const at = (name: string): number => 16 + headerLength + ((4 - (headerLength % 4)) % 4) + header.sections[name][0];
    for (const name of ['foldTrie.termLists', 'caseTrie.firstChildren', 'foldTrie.nextSiblings']) {
      const damaged = form.slice();
      view(damaged).setInt32(at(name) + 8, 1 << 30, true);
      assert.equal(decodeCompiledLexicon(damaged, bundled, 'key'), undefined, name);
    }
  });

  it('has no form for a lexicon compiled without an index', () => {
    const { lexicon } = compileLexicon([{ file: 'lab.json', text }], { base: bundled });
    assert.equal(encodeCompiledLexicon(lexicon, bundled, 'key'), undefined);
  });
});
