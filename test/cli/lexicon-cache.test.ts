/**
 * The compiled-lexicon cache (src/cli/lexiconCache.ts, core's compiledForm.ts): the same output with and
 * without it, and a damaged, foreign, stale or unwritable cache never trusted, never a message, rebuilt.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type LexiconCacheSetting } from '../../src/cli/main';
import { compileLexicons } from '../../src/cli/analysis';
import { LexiconCache, type LexiconFile } from '../../src/cli/lexiconCache';
import type { EncodedLexicon } from '../../src/core/lexicon/compiledForm';
import { readLexiconSources } from '../../src/cli/lexicons';
import { decodeCompiledLexicon, type CompiledLexicon } from '../../src/core';
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
/** A fresh cache directory, small lexicons cached. */
const fresh = (): { directory: string; minBytes: number } => ({ directory: join(dir, `cache-${n++}`), minBytes: 0 });
const cacheFiles = (directory: string): string[] => (existsSync(directory) ? readdirSync(directory).map((f) => join(directory, f)) : []);

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

  it('reads the form back instead of compiling (and writes it once)', () => {
    const store = new LexiconCache({ directory: fresh().directory, build: 'test', minBytes: 0 });
    let reads = 0;
    let writes = 0;
    const counting = {
      keyOf: store.keyOf.bind(store),
      read: (key: string) => { const b = store.read(key); if (b) reads++; return b; },
      write: (key: string, encoded: EncodedLexicon) => { writes++; store.write(key, encoded); },
    };
    const first = compileLexicons(readLexiconSources([lexiconFile]), { forIndex: true, store: counting });
    const second = compileLexicons(readLexiconSources([lexiconFile]), { forIndex: true, store: counting });
    assert.deepEqual([reads, writes], [1, 1]);
    assert.equal(JSON.stringify(second.lexicon), JSON.stringify(first.lexicon));
    assert.deepEqual(second.problems, []);
  });

  const damages: Array<[string, (file: string) => void]> = [
    ['corrupt (a byte changed)', (f) => { const b = readFileSync(f); b[Math.floor(b.length / 2)] ^= 0x55; writeFileSync(f, b); }],
    ['corrupt (the checksum and the form changed together)', (f) => { const b = readFileSync(f); b[100] ^= 0x55; b[20] ^= 0x55; writeFileSync(f, b); }],
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
    const store = new LexiconCache({ directory: setting.directory, build: 'another build', minBytes: 0 });
    const [source] = readLexiconSources([changing]);
    const key = store.keyOf(source as LexiconFile, []) as string;
    const kept = store.read(key);
    assert.ok(kept !== undefined, 'the file is whole');
    assert.equal(decodeCompiledLexicon(kept.form, bundled, key), undefined, 'but keyed by another build: not used');
  });

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
