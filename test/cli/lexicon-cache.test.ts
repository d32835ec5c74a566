/**
 * The compiled-lexicon cache (src/cli/lexiconCache.ts, core's compiledForm.ts): the same output with and
 * without it, and a damaged, foreign, stale or unwritable cache never trusted, never a message, rebuilt.
 * A form is used by the lexicon files' metadata alone while it is unchanged and settled, else by their
 * bytes; any ordinary change to a file (a rewrite to the same size, a file moved over it) is a new form.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type LexiconCacheSetting } from '../../src/cli/main';
import { compileLexicons } from '../../src/cli/analysis';
import { LexiconCache } from '../../src/cli/lexiconCache';
import type { CachedSource, CompiledLexiconStore, FileStamp } from '../../src/service';
import { readLexiconSources, type LexiconText } from '../../src/cli/lexicons';
import { setUpLexicons } from '../../src/cli/check';
import { buildIndex, type CompiledLexicon } from '../../src/core';
import { makeUserLexicon } from '../../scripts/bench-lexicon';
import { ROOT } from '../support/lexicon';

const bundled = JSON.parse(readFileSync(join(ROOT, 'generated', 'lexicon.json'), 'utf8')) as CompiledLexicon;
const dir = mkdtempSync(join(tmpdir(), 'mechlens-lexcache-'));

// A generated lab lexicon of 400 entities, and a draft naming them in its interactions (stated and
// turned round), with a misspelt term for the hints.
const user = makeUserLexicon(400, 7, { base: bundled });
const lexiconFile = join(dir, 'lab.json');
writeFileSync(lexiconFile, JSON.stringify(user, null, 1));
const label = (id: string): string => user.entities?.find((e) => e.id === id)?.label ?? bundled.entities.find((e) => e.id === id)?.label ?? id;
const sentences = (user.interactions ?? []).slice(0, 40).map((x, i) =>
  i % 3 === 0 ? `${label(x.object)} ${x.relation} ${label(x.subject)}.` : `${label(x.subject)} ${i % 3 === 1 ? 'does not ' : ''}${x.relation.replace(/s$/, '')} ${label(x.object)}.`);
const draft = join(dir, 'draft.md');
writeFileSync(draft, `# Results\n\n${sentences.join(' ')}\n\nIL-4 inhibits NFATc1. ${label(user.entities?.[3]?.id ?? '').slice(0, -1)}x promotes osteogenesis.\n`);

interface Run { code: number; out: string; err: string }

async function check(args: string[], lexiconCache: LexiconCacheSetting): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(['check', ...args], { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, stdin: () => Buffer.from('') }, { lexiconCache });
  return { code, out, err };
}

let n = 0;
/**
 * A fresh cache directory, small lexicons cached, and every file's metadata taken as settled (as that of
 * a file left alone for a while: the tests' files are all just written), unless `settleMs` says otherwise.
 */
const fresh = (settleMs = -Infinity): { directory: string; minBytes: number; settleMs: number } => ({ directory: join(dir, `cache-${n++}`), minBytes: 0, settleMs });
const cacheFiles = (directory: string): string[] => (existsSync(directory) ? readdirSync(directory).map((f) => join(directory, f)) : []);
/** The cache file's header length, and where it says the form's length and the records' place in the form are (lexiconCache.ts). */
const HEAD = 160;
const formLength = (file: string): number => readFileSync(file).readUInt32LE(8);
const recordsAt = (file: string): { start: number; length: number } => ({ start: readFileSync(file).readUInt32LE(16), length: readFileSync(file).readUInt32LE(20) });
/** Where a section of the form lies in the cache file (from the form's own header: core's compiledForm.ts). */
function sectionAt(file: string, name: string): { start: number; length: number } {
  const b = readFileSync(file);
  const headerLength = b.readUInt32LE(HEAD + 12);
  const header = JSON.parse(b.subarray(HEAD + 16, HEAD + 16 + headerLength).toString()) as { sections: Record<string, [number, number]> };
  const [at, length] = header.sections[name];
  return { start: HEAD + 16 + headerLength + ((4 - (headerLength % 4)) % 4) + at, length };
}

/** A --lexicon file opened as the command line opens it, counting how often its bytes or text are asked for. */
function counted(path: string): { source: LexiconText; reads: () => number } {
  const [opened] = readLexiconSources([path]) as LexiconText[];
  let reads = 0;
  const source: LexiconText = {
    path: opened.path, size: opened.size, stamp: () => opened.stamp?.(), readSoFar: () => opened.readSoFar(),
    digest: () => { reads++; return opened.digest?.(); },
    read: () => { reads++; return opened.read(); },
  };
  return { source, reads: () => reads };
}

/**
 * The lab lexicon with the relation of an interaction the draft states swapped for one of the same length
 * (promotes ↔ inhibits): the same size, another verdict.
 */
function sameSizeEdit(): typeof user {
  const at = (user.interactions ?? []).findIndex((x, i) => i < 40 && i % 3 === 2 && (x.relation === 'promotes' || x.relation === 'inhibits'));
  assert.ok(at >= 0);
  const interactions = [...(user.interactions ?? [])];
  interactions[at] = { ...interactions[at], relation: interactions[at].relation === 'promotes' ? 'inhibits' : 'promotes' };
  return { ...user, interactions };
}

describe('compiled-lexicon cache', () => {
  const formats = [[], ['--format', 'json'], ['--hints']];
  const without: Run[] = [];
  before(async () => {
    for (const f of formats) without.push(await check([...f, '--lexicon', lexiconFile, draft], false));
    assert.ok(without[0].out.includes('contradiction'), without[0].out);
  });

  it('gives the same output as no cache, on the run that writes it and on the runs that read it', async () => {
    const setting = fresh();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < formats.length; i++) assert.deepEqual(await check([...formats[i], '--lexicon', lexiconFile, draft], setting), without[i], `round ${round} ${formats[i].join(' ')}`);
      assert.equal(cacheFiles(setting.directory).length, 1);
    }
  });

  it('reads the form back instead of compiling (and writes it once), without reading the lexicon', () => {
    const store = new LexiconCache({ ...fresh(), build: 'test' });
    let reads = 0;
    let writes = 0;
    const counting: CompiledLexiconStore = {
      slot: (source, before) => {
        const slot = store.slot(source, before);
        return slot && {
          read: () => { const kept = slot.read(); if (kept) reads++; return kept; },
          key: () => slot.key(),
          write: (key, encoded) => { writes++; slot.write(key, encoded); },
        };
      },
    };
    const first = compileLexicons(readLexiconSources([lexiconFile]), { forIndex: true, store: counting });
    const lexicon = counted(lexiconFile);
    const second = compileLexicons([lexicon.source], { forIndex: true, store: counting });
    assert.deepEqual([reads, writes], [1, 1]);
    assert.equal(lexicon.reads(), 0, 'its metadata unchanged: the file is not read');
    assert.equal(JSON.stringify(second.lexicon), JSON.stringify(first.lexicon));
    assert.deepEqual(second.problems, []);
  });

  it('reads the entities\' records from the cache only when needed, each alone', () => {
    const store = new LexiconCache({ ...fresh(), build: 'test' });
    compileLexicons(readLexiconSources([lexiconFile]), { forIndex: true, store });
    let records = 0;
    let parts = 0;
    const counting: CompiledLexiconStore = {
      slot: (source, before) => {
        const slot = store.slot(source, before);
        return slot && { ...slot, key: () => slot.key(), write: (k, e) => slot.write(k, e), read: () => {
          const kept = slot.read();
          return kept && {
            ...kept,
            records: () => { records++; return kept.records(); },
            recordPart: (from: number, to: number) => { parts++; return kept.recordPart?.(from, to); },
          };
        } };
      },
    };
    const { lexicon } = compileLexicons(readLexiconSources([lexiconFile]), { forIndex: true, store: counting });
    assert.deepEqual([records, parts], [0, 0], 'read back, indexed: no record needed');
    const last = lexicon.entities[lexicon.entities.length - 1];
    assert.equal(last.label, user.entities?.[user.entities.length - 1].label);
    assert.equal(last.description, user.entities?.[user.entities.length - 1].description);
    assert.equal(lexicon.entities[lexicon.entities.length - 2].type, user.entities?.[user.entities.length - 2].type);
    assert.deepEqual([records, parts], [0, 2], 'each record read alone, once, when first needed; never the whole section');
  });

  it('reads the index\'s tries from the cache a block at a time, and makes the form again if the file is cut short meanwhile', () => {
    const store = new LexiconCache({ ...fresh(), build: 'test' });
    const compiled = compileLexicons(readLexiconSources([lexiconFile]), { forIndex: true, store }).lexicon;
    const directory = (store as unknown as { options: { directory: string } }).options.directory;
    const [file] = cacheFiles(directory);
    const reference = buildIndex(compiled);
    const keys = (user.entities ?? []).flatMap((e) => [e.label, e.label.toLowerCase(), ...(e.variants ?? []).map((v) => v.toLowerCase())]);
    for (const cut of [false, true]) {
      const { lexicon, problems } = compileLexicons(readLexiconSources([lexiconFile]), { forIndex: true, store });
      assert.deepEqual(problems, []);
      // Checked whole when opened; cut short after that, before a walk read the tries' blocks.
      if (cut) truncateSync(file, HEAD + 1000);
      const index = buildIndex(lexicon);
      for (const k of keys) {
        assert.deepEqual(index.foldTrie.lookup(k), reference.foldTrie.lookup(k), k);
        assert.deepEqual(index.caseTrie.lookup(k), reference.caseTrie.lookup(k), k);
      }
    }
  });

  it('reads an unsettled file\'s bytes (never its text) to check the form, then records its settled metadata', () => {
    // Just written (and unsettled for a minute): its metadata may not change if it is written again within its clock's tick.
    const setting = fresh(60_000);
    const file = join(dir, 'just-written.json');
    writeFileSync(file, readFileSync(lexiconFile));
    const store = new LexiconCache({ ...setting, build: 'test' });
    compileLexicons(readLexiconSources([file]), { forIndex: true, store });
    const unsettled = counted(file);
    const { lexicon } = compileLexicons([unsettled.source], { forIndex: true, store });
    assert.equal(unsettled.reads(), 1, 'its bytes hashed');
    assert.equal(unsettled.source.readSoFar(), undefined, 'never decoded');
    assert.ok(lexicon.entities.length > 400);
    // Once the file has settled, its metadata is recorded after a check of its bytes, and trusted after that.
    const settled = new LexiconCache({ ...setting, settleMs: -Infinity, build: 'test' });
    const again = counted(file);
    compileLexicons([again.source], { forIndex: true, store: settled });
    assert.equal(again.reads(), 1, 'checked by its bytes once more');
    const last = counted(file);
    compileLexicons([last.source], { forIndex: true, store: settled });
    assert.equal(last.reads(), 0, 'then by its metadata');
  });

  it('trusts metadata only once settled: the same stamp with other bytes is another form until then', () => {
    const directory = fresh().directory;
    const now = Date.now();
    const source = (stamp: FileStamp, digest: string): CachedSource => ({ path: join(dir, 'stamped.json'), size: 10, stamp: () => stamp, digest: () => digest });
    const encoded = { form: [new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])], spellings: [new Uint8Array([9])], records: { start: 4, length: 4 } };
    const store = new LexiconCache({ directory, build: 'test', minBytes: 0 });
    // Written just after the file changed (as a run right after an edit): its stamp is not settled...
    const fresh1 = { id: 'dev:ino:10:t1:t1', changedMs: now - 10, seenMs: now };
    const a = store.slot(source(fresh1, 'a'.repeat(64)), []);
    a?.write(a.key() as string, encoded);
    assert.ok(a?.read(), 'the form is whole');
    // ...so a file written again within the same tick (the same stamp, other bytes) is checked by its bytes.
    let hashed = 0;
    const other = store.slot({ ...source(fresh1, 'b'.repeat(64)), digest: () => { hashed++; return 'b'.repeat(64); } }, []);
    assert.equal(other?.read(), undefined);
    assert.equal(hashed, 1);
    // A stamp taken long after the file's last change is trusted: its bytes are not read.
    const old = { id: 'dev:ino:10:t0:t0', changedMs: now - 60_000, seenMs: now };
    const b = store.slot(source(old, 'c'.repeat(64)), []);
    b?.write(b.key() as string, encoded);
    hashed = 0;
    const trusted = store.slot({ ...source(old, 'c'.repeat(64)), digest: () => { hashed++; return 'c'.repeat(64); } }, []);
    assert.ok(trusted?.read());
    assert.equal(hashed, 0);
  });

  it('sends worker threads the path of a lexicon read from the cache, not its text, and they read the form too', async () => {
    const setting = fresh();
    const two = join(dir, 'two.md');
    writeFileSync(two, readFileSync(draft));
    const args = ['--format', 'json', '--lexicon', lexiconFile, draft, two];
    const plain = await check(['--jobs', '1', ...args], false);
    assert.deepEqual(await check(['--jobs', '2', ...args], setting), plain, 'the run that writes the cache');
    assert.deepEqual(await check(['--jobs', '2', ...args], setting), plain, 'a run that reads it');
    const store = new LexiconCache({ ...setting, build: 'test' });
    const lexicons = setUpLexicons(readLexiconSources([lexiconFile]), undefined, store);
    lexicons.lexicon(); // compiled, and kept
    assert.equal(typeof lexicons.applied[0].text, 'string', 'compiled: the text is sent');
    const later = setUpLexicons(readLexiconSources([lexiconFile]), undefined, store);
    later.lexicon();
    assert.deepEqual(later.applied, [{ path: lexiconFile }], 'from the cache: the path only');
  });

  it('gives the same output with --cache (which reads the lexicons\' texts for its own key)', async () => {
    const setting = fresh();
    const results = join(dir, 'results-cache');
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < formats.length; i++) assert.deepEqual(await check([...formats[i], '--cache', '--cache-location', results, '--lexicon', lexiconFile, draft], setting), without[i], `round ${round} ${formats[i].join(' ')}`);
    }
  });

  const damages: Array<[string, (file: string) => void]> = [
    ['corrupt (a byte changed)', (f) => { const b = readFileSync(f); b[Math.floor(b.length / 2)] ^= 0x55; writeFileSync(f, b); }],
    ['corrupt in the middle of its form (a byte changed)', (f) => { const b = readFileSync(f); b[HEAD + Math.floor(formLength(f) / 2)] ^= 0x01; writeFileSync(f, b); }],
    ['corrupt in its form after the records (a byte of the tries changed)', (f) => { const b = readFileSync(f); const r = recordsAt(f); b[HEAD + r.start + r.length + 1000] ^= 0x01; writeFileSync(f, b); }],
    // (A character of a trie: no structural check of the decoder's can see it, only the checksum.)
    ['corrupt in the middle of its form where only the checksum can tell (a character of the trie)', (f) => { const b = readFileSync(f); const c = sectionAt(f, 'foldTrie.codes'); b[c.start + 2 * Math.floor(c.length / 4)] ^= 0x01; writeFileSync(f, b); }],
    ['corrupt in the middle of its records (a byte changed)', (f) => { const b = readFileSync(f); const r = recordsAt(f); b[HEAD + r.start + Math.floor(r.length / 2)] ^= 0x01; writeFileSync(f, b); }],
    ['corrupt in its records (two bytes of a label swapped)', (f) => { const b = readFileSync(f); const at = b.indexOf('"label":"', HEAD) + 9; [b[at], b[at + 1]] = [b[at + 1], b[at]]; writeFileSync(f, b); }],
    ['corrupt (the checksum and the form changed together)', (f) => { const b = readFileSync(f); b[HEAD + 100] ^= 0x55; b[100] ^= 0x55; writeFileSync(f, b); }],
    ['corrupt in its header (a byte no other check reads)', (f) => { const b = readFileSync(f); b[29] ^= 0x55; writeFileSync(f, b); }],
    ['longer than its header says', (f) => writeFileSync(f, Buffer.concat([readFileSync(f), Buffer.from('more')]))],
    ['corrupt in its spellings (the last byte changed)', (f) => { const b = readFileSync(f); b[b.length - 1] ^= 0x55; writeFileSync(f, b); }],
    ['cut short in its spellings', (f) => writeFileSync(f, readFileSync(f).subarray(0, readFileSync(f).length - 5))],
    ['truncated', (f) => writeFileSync(f, readFileSync(f).subarray(0, 1000))],
    ['empty', (f) => writeFileSync(f, '')],
    ['foreign', (f) => writeFileSync(f, JSON.stringify({ not: 'a compiled lexicon' }))],
    ['of another envelope version', (f) => { const b = readFileSync(f); b.writeUInt32LE(99, 4); writeFileSync(f, b); }],
  ];
  for (const [what, damage] of damages) {
    it(`ignores a cache file that is ${what} without a word, and rebuilds it`, async () => {
      const setting = fresh();
      await check(['--lexicon', lexiconFile, draft], setting);
      const [file] = cacheFiles(setting.directory);
      const good = readFileSync(file);
      damage(file);
      for (let i = 0; i < formats.length; i++) assert.deepEqual(await check([...formats[i], '--lexicon', lexiconFile, draft], setting), without[i]);
      assert.ok(readFileSync(file).equals(good), 'rewritten whole');
    });
  }

  it('does not use a stale form: the lexicon changed, or another build made it', async () => {
    const setting = fresh();
    const changing = join(dir, 'changing.json');
    writeFileSync(changing, JSON.stringify(user));
    await check(['--lexicon', changing, draft], setting);
    // The same path, another lexicon: the lab's exception alone.
    writeFileSync(changing, readFileSync(join(ROOT, 'test', 'fixtures', 'cli', 'lab-lexicon.json')));
    const plain = await check(['--lexicon', changing, draft], false);
    assert.deepEqual(await check(['--lexicon', changing, draft], setting), plain);
    const [source] = readLexiconSources([changing]) as LexiconText[];
    assert.ok(new LexiconCache({ ...setting, build: '0.0.0-dev\0source' }).slot(source, [])?.read(), 'the file is whole');
    assert.equal(new LexiconCache({ ...setting, build: 'another build' }).slot(source, [])?.read(), undefined, 'but made by another build: not used');
  });

  // The lexicon's file as a run caches it (its times set to a whole second, which utimes can set again
  // exactly), then changed in the same size (one relation swapped for another of the same length): each
  // change below must be seen, by its metadata alone.
  const second = Math.floor(Date.now() / 1000) - 100;
  const sameSize: Array<[string, (file: string, text: string) => void]> = [
    ['rewritten in place', (f, text) => writeFileSync(f, text)],
    ['rewritten with its modification time set back (touch -r, cp -p)', (f, text) => {
      writeFileSync(f, text);
      utimesSync(f, second, second);
    }],
    ['replaced by another file moved over it, with the same modification time', (f, text) => {
      writeFileSync(`${f}.new`, text);
      utimesSync(`${f}.new`, second, second);
      renameSync(`${f}.new`, f);
    }],
  ];
  for (const [what, change] of sameSize) {
    it(`compiles a lexicon ${what} to the same size again`, async () => {
      const setting = fresh();
      const file = join(dir, `same-size-${n}.json`);
      const text = JSON.stringify(user, null, 1);
      writeFileSync(file, text);
      utimesSync(file, second, second);
      const before = await check(['--format', 'json', '--lexicon', file, draft], setting);
      const { mtimeMs } = statSync(file);
      change(file, JSON.stringify(sameSizeEdit(), null, 1));
      assert.equal(statSync(file).size, Buffer.byteLength(text));
      if (what !== 'rewritten in place') assert.equal(statSync(file).mtimeMs, mtimeMs);
      const plain = await check(['--format', 'json', '--lexicon', file, draft], false);
      assert.notDeepEqual(plain, before, 'the edit changes the output');
      assert.deepEqual(await check(['--format', 'json', '--lexicon', file, draft], setting), plain);
    });
  }

  it('reports a malformed lexicon as without the cache, and never caches it', async () => {
    const broken = join(dir, 'broken.json');
    const bad = { ...user, entities: [...(user.entities ?? []), { id: 'x', type: 'protein', label: 'X', description: 'd', refs: [1], colour: 'red' }] };
    writeFileSync(broken, JSON.stringify(bad, null, 1));
    const setting = fresh();
    const plain = await check(['--lexicon', broken, draft], false);
    assert.match(plain.err, /broken\.json:\d+:\d+: .*colour/);
    for (let round = 0; round < 2; round++) assert.deepEqual(await check(['--lexicon', broken, draft], setting), plain);
    assert.deepEqual(cacheFiles(setting.directory), []);
  });

  it('an unwritable cache location costs only speed', async () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a directory');
    for (let i = 0; i < formats.length; i++) assert.deepEqual(await check([...formats[i], '--lexicon', lexiconFile, draft], { directory: join(blocker, 'lexicons'), minBytes: 0 }), without[i]);
    const readOnly = join(dir, 'read-only');
    await check(['--lexicon', lexiconFile, draft], { directory: readOnly, minBytes: 0 });
    chmodSync(readOnly, 0o500);
    try {
      for (const f of cacheFiles(readOnly)) writeFileSync(f, 'damaged'); // root may still write: then it is rewritten
      assert.deepEqual(await check(['--lexicon', lexiconFile, draft], { directory: readOnly, minBytes: 0 }), without[0]);
    } finally {
      chmodSync(readOnly, 0o700);
    }
  });

  it('keys a second lexicon by the first: each is read back onto the same base', async () => {
    const second = join(dir, 'second.json');
    const firstIds = (user.entities ?? []).slice(0, 2).map((e) => e.id);
    writeFileSync(second, JSON.stringify({
      entities: [{ id: 'two-zorblin', type: 'protein', label: 'Zorblin', variants: ['ZRB1'], description: 'A second lab term.', refs: [1], attributes: { isA: [firstIds[0]] } }],
      interactions: [{ id: 'two-x-1', subject: 'two-zorblin', relation: 'inhibits', object: firstIds[1], refs: [1] }],
    }));
    writeFileSync(draft, `${readFileSync(draft, 'utf8')}\nZorblin promotes ${label(firstIds[1])}.\n`);
    const args = ['--format', 'json', '--lexicon', lexiconFile, '--lexicon', second, draft];
    const plain = await check(args, false);
    const setting = fresh();
    assert.deepEqual(await check(args, setting), plain);
    assert.equal(cacheFiles(setting.directory).length, 2);
    assert.deepEqual(await check(args, setting), plain);
    // The first lexicon changed: the second's form (made onto it) is not used either.
    const first2 = join(dir, 'first2.json');
    writeFileSync(first2, JSON.stringify(user));
    assert.deepEqual(await check(['--format', 'json', '--lexicon', first2, '--lexicon', second, draft], setting), await check(['--format', 'json', '--lexicon', first2, '--lexicon', second, draft], false));
  });

  it('small lexicons are not cached by default', async () => {
    const directory = fresh().directory;
    await check(['--lexicon', lexiconFile, draft], { directory });
    assert.deepEqual(cacheFiles(directory), []);
  });
});
