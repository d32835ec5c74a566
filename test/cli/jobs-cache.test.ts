/**
 * `--jobs` and `--cache` (issue 11): the report, the messages and the exit status are the same whether
 * files are checked one by one, in worker threads, or taken from the cache; a damaged cache is survived.
 * No test here is timed.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseArgs, UsageError } from '../../src/cli/args';
import { CHECK_FORMAT_NAMES } from '../../src/cli/format/formats';
import { main } from '../../src/cli/main';
import { WorkerPool } from '../../src/cli/pool';
import { ROOT } from '../support/lexicon';

const BIN = join(ROOT, 'bin', 'mechlens.js');
const fx = (name: string): string => join(ROOT, 'test', 'fixtures', 'cli', name);
const dir = mkdtempSync(join(tmpdir(), 'mechlens-jobs-'));
const posix = process.platform !== 'win32';

interface Run { code: number; out: string; err: string; both: string }

/** One run of `main`; `both` is stdout and stderr as they were written, interleaved and tagged. */
async function run(args: string[], stdin = ''): Promise<Run> {
  let out = '';
  let err = '';
  let both = '';
  const code = await main(args, {
    stdout: (s) => { out += s; both += `[out]${s}`; },
    stderr: (s) => { err += s; both += `[err]${s}`; },
    stdin: () => Buffer.from(stdin),
  });
  return { code, out, err, both };
}

function sameRun(actual: Run, expected: Run, what: string): void {
  assert.equal(actual.out, expected.out, `${what}: standard output`);
  assert.equal(actual.err, expected.err, `${what}: standard error`);
  assert.equal(actual.both, expected.both, `${what}: the order of output and messages`);
  assert.equal(actual.code, expected.code, `${what}: exit status`);
}

// The files: the example draft made long (so that it finishes after the small ones in a worker), a
// contradiction, a supported draft, LaTeX, a file that is missing, a binary file and a directory.
const long = join(dir, 'long draft.md');
writeFileSync(long, Array.from({ length: 12 }, () => readFileSync(join(ROOT, 'examples', 'draft.md'), 'utf8')).join('\n\n'));
const contradiction = join(dir, 'contradiction.txt');
copyFileSync(fx('contradiction.txt'), contradiction);
const clean = join(dir, 'clean.md');
copyFileSync(fx('clean.md'), clean);
const tex = join(dir, 'paper.tex');
copyFileSync(fx('paper.tex'), tex);
const binary = join(dir, 'figure.png');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
const FILES = [long, contradiction, join(dir, 'missing.md'), clean, binary, tex, dir, contradiction];

describe('mechlens check --jobs and --cache', function () {
  this.timeout(120000); // a ceiling for a hang only: worker threads run from source here, through tsx

  for (const format of CHECK_FORMAT_NAMES) {
    it(`writes the same ${format} report, messages and exit status one by one, in worker threads and from the cache`, async () => {
      const cache = join(dir, `cache-${format}`);
      const base = ['check', '--format', format, '--hints'];
      const one = await run([...base, '--jobs', '1', ...FILES]);
      assert.equal(one.code, 2);
      assert.match(one.err, /missing\.md: no such file/);
      assert.match(one.err, /figure\.png: binary file/);
      assert.match(one.err, /is a directory, not a file/);
      assert.ok(one.out.includes('paper.tex'), 'the LaTeX file is reported');
      sameRun(await run([...base, '--jobs', '3', ...FILES]), one, '--jobs 3');
      sameRun(await run([...base, '--jobs', '1', '--cache', '--cache-location', cache, ...FILES]), one, '--cache, first run');
      assert.ok(existsSync(cache), 'the cache file is written');
      sameRun(await run([...base, '--jobs', '1', '--cache', '--cache-location', cache, ...FILES]), one, '--cache, second run');
      sameRun(await run([...base, '--jobs', '3', '--cache', '--cache-location', cache, ...FILES]), one, '--cache --jobs 3, second run');
    });
  }

  it('writes text without --hints the same from the cache (hints are kept, and left out when written)', async () => {
    const cache = join(dir, 'cache-hints');
    const files = [long, tex];
    const plain = await run(['check', '--jobs', '1', ...files]);
    await run(['check', '--hints', '--cache', '--cache-location', cache, ...files]);
    sameRun(await run(['check', '--cache', '--cache-location', cache, ...files]), plain, 'without --hints, from a cache written with them');
    const json = await run(['check', '--format', 'json', '--jobs', '1', ...files]);
    sameRun(await run(['check', '--format', 'json', '--cache', '--cache-location', cache, ...files]), json, 'JSON from a cache written by a text run');
    // The HTML report quotes each sentence: the text is read again for a result the cache keeps.
    const html = await run(['check', '--format', 'html', '--jobs', '1', ...files]);
    assert.match(html.out, /<blockquote>[^<]*IL-4 enhances NFATc1 expression/);
    sameRun(await run(['check', '--format', 'html', '--cache', '--cache-location', cache, ...files]), html, 'HTML from a cache written by a text run');
    // INDRA quotes each claim's sentence: from the cache, the file's text is decoded for it and the claims' sentence ranges kept.
    const indra = await run(['check', '--format', 'indra', '--jobs', '1', ...files]);
    assert.ok(JSON.parse(indra.out).length > 0);
    sameRun(await run(['check', '--format', 'indra', '--cache', '--cache-location', cache, ...files]), indra, 'INDRA from a cache written by a text run');
    sameRun(await run(['check', '--format', 'indra', '--jobs', '2', '--cache', '--cache-location', cache, ...files]), indra, 'INDRA from the cache with --jobs 2');
  });

  it('adds the same --lexicon files in worker threads, and takes their problems from the cache', async () => {
    const cache = join(dir, 'cache-lexicons');
    const files = [contradiction, tex, clean, contradiction];
    const lexicons = ['--lexicon', fx('broken-lexicon.json'), '--lexicon', fx('lab-lexicon.json'), '--lexicon', join(dir, 'missing.json')];
    const one = await run(['check', '--format', 'json', '--jobs', '1', ...lexicons, ...files]);
    assert.equal(one.code, 2);
    assert.match(one.err, /broken-lexicon\.json:4:7: .*\(lexicon skipped\)\n.*missing\.json: no such file \(lexicon skipped\)\n$/);
    assert.equal(JSON.parse(one.out).files[0].claims[0].status, 'supports', 'the lab lexicon is added');
    sameRun(await run(['check', '--format', 'json', '--jobs', '3', ...lexicons, ...files]), one, '--jobs 3');
    sameRun(await run(['check', '--format', 'json', '--jobs', '3', '--cache', '--cache-location', cache, ...lexicons, ...files]), one, '--cache --jobs 3, first run');
    sameRun(await run(['check', '--format', 'json', '--jobs', '3', '--cache', '--cache-location', cache, ...lexicons, ...files]), one, '--cache --jobs 3, second run');
    sameRun(await run(['check', '--format', 'json', '--jobs', '1', '--cache', '--cache-location', cache, ...lexicons, ...files]), one, '--cache, third run');
  });

  it('reads standard input in the main thread and never caches it', async () => {
    const cache = join(dir, 'cache-stdin');
    const args = ['-', contradiction, '-'];
    const one = await run(['check', '--format', 'json', '--jobs', '1', ...args], 'IL-4 promotes NFATc1.\n');
    assert.equal(JSON.parse(one.out).files.length, 3);
    sameRun(await run(['check', '--format', 'json', '--jobs', '2', ...args], 'IL-4 promotes NFATc1.\n'), one, '--jobs 2');
    await run(['check', '--format', 'json', '--cache', '--cache-location', cache, ...args], 'IL-4 promotes NFATc1.\n');
    sameRun(await run(['check', '--format', 'json', '--cache', '--cache-location', cache, ...args], 'IL-4 promotes NFATc1.\n'), one, '--cache');
    assert.doesNotMatch(readFileSync(cache, 'utf8'), /"path":"-"/);
  });

  describe('the cache', () => {
    // One by one: worker threads started from source are slow, and the cases above cover them with the cache.
    const files = [contradiction, tex];
    let expected: Run;
    before(async () => {
      expected = await run(['check', '--jobs', '1', '--format', 'json', ...files]);
    });

    /** A cache made by one run over `files` (one by one, so its first entry is the first file's). */
    async function made(name: string): Promise<string> {
      const cache = join(dir, name);
      rmSync(cache, { force: true });
      const r = await run(['check', '--jobs', '1', '--format', 'json', '--cache', '--cache-location', cache, ...files]);
      assert.equal(r.err, '');
      return cache;
    }

    interface Index { lines: string[]; entries: Array<{ head: Record<string, unknown> & { parts: number[]; sums: string[]; claims: number[]; path: string }; parts: [Buffer, Buffer] }> }

    /** The cache file taken apart: its index lines, and each entry with its two parts. */
    function readCache(cache: string): Index {
      const bytes = readFileSync(cache);
      const blank = bytes.indexOf('\n\n');
      const lines = bytes.toString('utf8', 0, blank).split('\n');
      const data = bytes.subarray(blank + 2);
      const entries = lines.filter((l) => l.includes('"path"')).map((l) => {
        const head = JSON.parse(l) as Index['entries'][number]['head'];
        const [a, n, b, m] = head.parts;
        return { head, parts: [data.subarray(a, a + n), data.subarray(b, b + m)] as [Buffer, Buffer] };
      });
      return { lines: lines.filter((l) => !l.includes('"path"')), entries };
    }

    function writeCache(cache: string, index: Index): void {
      let at = 0;
      const heads = index.entries.map((e) => {
        const parts = [at, e.parts[0].length, at + e.parts[0].length, e.parts[1].length];
        at += e.parts[0].length + e.parts[1].length;
        return JSON.stringify({ ...e.head, parts });
      });
      writeFileSync(cache, Buffer.concat([Buffer.from(`${[...index.lines, ...heads].join('\n')}\n\n`), ...index.entries.flatMap((e) => e.parts)]));
    }

    /** Rewrites the first entry's diagnostics (and its checksum, so the cache still holds), to tell a result taken from the cache. */
    function forge(cache: string, edit: (diagnostics: string) => string): void {
      const index = readCache(cache);
      const e = index.entries[0];
      const forged = Buffer.from(edit(e.parts[0].toString('utf8')));
      e.head.sums[0] = createHash('sha256').update(`${e.head.claims[0]},${e.head.claims[1]}\n`).update(forged).digest('hex');
      e.parts[0] = forged;
      writeCache(cache, index);
    }

    const forgeMessage = (cache: string): void => forge(cache, (d) => d.replace('Contradicts the review', 'Kept in the cache'));

    it('takes an unchanged file’s result from the cache, without analysing it', async () => {
      const cache = await made('cache-forged');
      forgeMessage(cache);
      const r = await run(['check', '--jobs', '1', '--cache', '--cache-location', cache, ...files]);
      assert.match(r.out, /contradiction\.txt:1:1: warning: Kept in the cache: IL-4 inhibits NFATc1/);
      assert.equal(r.code, 1);
    });

    for (const [what, change] of [
      ['the file changed', async () => {
        const changed = join(dir, 'changed.txt');
        writeFileSync(changed, 'IL-4 promotes NFATc1 [104].\n');
        const cache = join(dir, 'cache-changed');
        rmSync(cache, { force: true });
        await run(['check', '--jobs', '1', '--cache', '--cache-location', cache, changed]);
        forgeMessage(cache);
        writeFileSync(changed, 'IL-4 promotes NFATc1 [104]. \n');
        return ['check', '--jobs', '1', '--cache', '--cache-location', cache, changed];
      }],
      ['--min-confidence changed', async () => {
        const cache = await made('cache-confidence');
        forgeMessage(cache);
        return ['check', '--jobs', '1', '--min-confidence', '0.5', '--cache', '--cache-location', cache, ...files];
      }],
      ['--language changed', async () => {
        const cache = await made('cache-language');
        forgeMessage(cache);
        return ['check', '--jobs', '1', '--language', 'markdown', '--cache', '--cache-location', cache, ...files];
      }],
      ['a --lexicon file was added', async () => {
        const cache = await made('cache-lexicon');
        forgeMessage(cache);
        return ['check', '--jobs', '1', '--lexicon', fx('broken-lexicon.json'), '--cache', '--cache-location', cache, ...files];
      }],
    ] as Array<[string, () => Promise<string[]>]>) {
      it(`analyses the file again when ${what}`, async () => {
        const r = await run(await change());
        assert.doesNotMatch(r.out, /Kept in the cache/);
        assert.match(r.out, /Contradicts the review: IL-4 inhibits NFATc1/);
      });
    }

    it('keeps one entry per file, and drops those of files that no longer exist', async () => {
      const cache = join(dir, 'cache-entries');
      const gone = join(dir, 'gone.txt');
      writeFileSync(gone, 'IL-4 promotes NFATc1.\n');
      await run(['check', '--jobs', '1', '--cache', '--cache-location', cache, gone, contradiction]);
      await run(['check', '--jobs', '1', '--cache', '--cache-location', cache, tex]);
      const paths = (): string[] => readCache(cache).entries.map((e) => e.head.path).sort();
      assert.deepEqual(paths(), [gone, contradiction, tex].sort());
      rmSync(gone);
      await run(['check', '--jobs', '1', '--cache', '--cache-location', cache, contradiction]);
      assert.deepEqual(paths(), [contradiction, tex].sort());
    });

    const damaged: Array<[string, (cache: string) => void, RegExp]> = [
      ['garbage', (c) => writeFileSync(c, 'not a cache at all\n'), /not a Mechlens cache, or damaged; ignored \(the file is rewritten\)/],
      ['another tool’s cache (eslint’s)', (c) => writeFileSync(c, JSON.stringify({ '/x/a.js': { size: 1, mtime: 2, hash: 'x' } })), /not a Mechlens cache, or damaged/],
      ['an empty file', (c) => writeFileSync(c, ''), /not a Mechlens cache, or damaged/],
      ['a truncated file', (c) => writeFileSync(c, readFileSync(c).subarray(0, Math.floor(readFileSync(c).length * 0.7))), /not a Mechlens cache, or damaged/],
      ['a file cut after its index', (c) => {
        const text = readFileSync(c, 'utf8');
        writeFileSync(c, text.slice(0, text.indexOf('\n\n') + 2));
      }, /not a Mechlens cache, or damaged/],
      ['a file cut inside its index', (c) => {
        const text = readFileSync(c, 'utf8');
        writeFileSync(c, text.slice(0, text.indexOf('"sums"')));
      }, /not a Mechlens cache, or damaged/],
      ['a changed byte in a result', (c) => {
        const bytes = readFileSync(c);
        const at = bytes.indexOf('Contradicts');
        bytes[at] = 'c'.charCodeAt(0);
        writeFileSync(c, bytes);
      }, /a damaged entry was ignored \(the file is rewritten\)/],
      ['a changed claim count', (c) => writeFileSync(c, readFileSync(c, 'utf8').replace(/"claims":\[(\d+),/, (_, n: string) => `"claims":[${Number(n) + 1},`)), /a damaged entry was ignored/],
      ['a result of the wrong shape (with a checksum that holds)', (c) => forge(c, () => '[{"message":1}]'), /a damaged entry was ignored/],
      ['a result that is not JSON (with a checksum that holds)', (c) => forge(c, (d) => d.slice(0, -3)), /a damaged entry was ignored/],
    ];
    for (const [what, damage, message] of damaged) {
      it(`survives ${what}: one line on stderr, the right report, and the file rewritten`, async () => {
        const cache = await made(`cache-damaged-${damaged.findIndex((d) => d[0] === what)}`);
        damage(cache);
        const r = await run(['check', '--jobs', '1', '--format', 'json', '--cache', '--cache-location', cache, ...files]);
        assert.equal(r.out, expected.out);
        assert.equal(r.code, expected.code);
        const lines = r.err.split('\n').filter((l) => l !== '');
        assert.equal(lines.length, 1, r.err);
        assert.match(lines[0], new RegExp(`^mechlens: cache file .*cache-damaged-\\d+: ${message.source}`));
        assert.ok(readFileSync(cache, 'utf8').startsWith('{"cache":"mechlens","format":1}\n'), 'rewritten');
        sameRun(await run(['check', '--jobs', '1', '--format', 'json', '--cache', '--cache-location', cache, ...files]), expected, 'the run after');
      });
    }

    it('uses .mechlenscache inside a directory given as --cache-location', async () => {
      const where = join(dir, 'cache-dir');
      mkdirSync(where, { recursive: true });
      sameRun(await run(['check', '--jobs', '1', '--format', 'json', '--cache', '--cache-location', where, ...files]), expected, 'first run');
      assert.ok(existsSync(join(where, '.mechlenscache')));
    });

    it('makes the directories of --cache-location', async () => {
      const cache = join(dir, 'new', 'directories', 'cache');
      sameRun(await run(['check', '--jobs', '1', '--format', 'json', '--cache', '--cache-location', cache, ...files]), expected, 'first run');
      assert.ok(existsSync(cache));
    });

    it('says in one line that the cache cannot be written, and keeps the exit status', async () => {
      const cache = join(clean, 'cache'); // under a file
      const r = await run(['check', '--jobs', '1', '--format', 'json', '--cache', '--cache-location', cache, ...files]);
      assert.equal(r.out, expected.out);
      assert.equal(r.code, expected.code);
      assert.match(r.err, /^mechlens: cache file .*cache: cannot write \(a part of the path is not a directory\); the results were not kept\n$/);
    });

    (posix ? it : it.skip)('leaves a cache location that is not a regular file alone, without opening it', async () => {
      const fifo = join(dir, 'cache-fifo');
      spawnSync('mkfifo', [fifo]);
      const r = await run(['check', '--jobs', '1', '--format', 'json', '--cache', '--cache-location', fifo, ...files]);
      assert.equal(r.out, expected.out);
      assert.match(r.err, /^mechlens: cache file .*cache-fifo: not a regular file \(a named pipe\); not used\n$/);
    });
  });

  describe('the installed command', () => {
    it('gives the same report with and without worker threads and the cache, and loads no analyser for a cached run', () => {
      const work = mkdtempSync(join(tmpdir(), 'mechlens-bin-'));
      const files = ['--lexicon', fx('lab-lexicon.json'), long, contradiction, join(dir, 'missing.md'), tex];
      const cli = (args: string[]): { status: number | null; stdout: string; stderr: string } => spawnSync(process.execPath, [BIN, 'check', ...args, ...files], { cwd: work, encoding: 'utf8' });
      const one = cli(['--jobs', '1']);
      assert.equal(one.status, 2);
      assert.doesNotMatch(one.stdout, /contradiction\.txt:1:1: warning/, 'the lab lexicon is added');
      for (const args of [['--jobs', '2'], ['--cache'], ['--cache', '--jobs', '2']]) {
        const r = cli(args);
        assert.equal(r.stdout, one.stdout, args.join(' '));
        assert.equal(r.stderr, one.stderr, args.join(' '));
        assert.equal(r.status, one.status, args.join(' '));
      }
      assert.ok(existsSync(join(work, '.mechlenscache')), 'the default cache file is in the current directory');
      // Every file (and the --lexicon file's validation) from the cache: the analysis bundle is never loaded.
      const probe = spawnSync(process.execPath, ['-e', `
        require(${JSON.stringify(join(ROOT, 'dist', 'cli.js'))}).run(['check', '--cache', ...${JSON.stringify(files)}], {
          stdin: () => process.stdin, stdout: new (require('stream').PassThrough)(), stderr: new (require('stream').PassThrough)() })
          .then((code) => console.log(code, Object.keys(require.cache).filter((k) => k.includes('cli-analysis')).length));`], { cwd: work, encoding: 'utf8' });
      assert.equal(probe.stdout.trim(), '2 0', probe.stderr);
    });
  });
});

describe('mechlens check: --jobs and --cache arguments', () => {
  it('reads --jobs, --cache and --cache-location', () => {
    const a = parseArgs(['check', '--jobs', '3', '--cache', '--cache-location', 'x/y', 'a.md']);
    assert.ok(a.command === 'check' && a.jobs === 3 && a.cache && a.cacheLocation === 'x/y');
    const b = parseArgs(['check', '--jobs=2', '--cache-location=c', 'a.md']);
    assert.ok(b.command === 'check' && b.jobs === 2 && !b.cache && b.cacheLocation === 'c');
  });

  for (const bad of [['--jobs', '0'], ['--jobs', '-1'], ['--jobs', '1.5'], ['--jobs', 'two'], ['--jobs='], ['--cache-location'], ['--cache=yes']]) {
    it(`refuses ${bad.join(' ')}`, () => {
      assert.throws(() => parseArgs(['check', ...bad, 'a.md']), UsageError);
    });
  }
});

describe('the --jobs worker pool', () => {
  /** A worker that answers each request with a result naming its text, after `delay` ms for texts starting with "slow". */
  const echo = (): Worker => new Worker(`
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', (m) => {
      const reply = () => parentPort.postMessage(m.text === 'fail' ? { id: m.id, error: 'Error: fail\\n    at the worker' } : { id: m.id, result: { diagnostics: [], claims: [], text: m.text } });
      if (m.text.startsWith('slow')) setTimeout(reply, 50); else reply();
    });`, { eval: true });

  it('checks every text once, however many workers, and starts no more workers than it needs', async () => {
    let started = 0;
    const pool = new WorkerPool(3, () => {
      started++;
      return echo();
    });
    try {
      const texts = Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? `slow ${i}` : `text ${i}`));
      const results = await Promise.all(texts.map((t) => pool.check(t, 'markdown')));
      assert.deepEqual(results.map((r) => (r as unknown as { text: string }).text), texts);
      assert.ok(started >= 1 && started <= 3, `${started} workers`);
    } finally {
      await pool.close();
    }
    const lazy = new WorkerPool(3, () => {
      throw new Error('no worker should start');
    });
    await lazy.close();
  });

  it('rejects a text the worker failed on with the worker’s stack, and goes on', async () => {
    const pool = new WorkerPool(1, echo);
    try {
      await assert.rejects(pool.check('fail', 'markdown'), (err: Error) => err.message === 'Error: fail' && /at the worker/.test(err.stack ?? ''));
      assert.equal(((await pool.check('next', 'markdown')) as unknown as { text: string }).text, 'next');
    } finally {
      await pool.close();
    }
  });

  it('sends a keyed text to a worker that checked it before, and never keeps a free worker waiting', async () => {
    // Workers the test answers for, in the order it chooses, so that which worker is free when is fixed.
    const made: ScriptedWorker[] = [];
    const pool = new WorkerPool<string>(2, () => {
      const w = new ScriptedWorker(made.length);
      made.push(w);
      return w as unknown as Worker;
    });
    const check = (key: string): Promise<string> => pool.check(key, 'markdown', `file:///${key}.md`);
    // First run: k0 and k1 start both workers; each worker, when free, takes the next queued text.
    const first = [check('k0'), check('k1'), check('k2'), check('k3')];
    made[0].answer(); // k0 done: worker 0 takes k2
    made[1].answer(); // k1 done: worker 1 takes k3
    made[0].answer();
    made[1].answer();
    assert.deepEqual(await Promise.all(first), ['0:k0', '1:k1', '0:k2', '1:k3']);
    // Again, with both workers busy (two texts without a key) while the four are queued, worker 0's first:
    // taken in order, k2 would go to whichever worker came free first; each goes back to its own worker.
    const busy = [pool.check('x', 'markdown'), pool.check('y', 'markdown')];
    const again = [check('k0'), check('k2'), check('k1'), check('k3')];
    made[1].answer(); // x done: worker 1 takes k1, the first queued text it has checked
    made[0].answer(); // y done: worker 0 takes k0
    made[1].answer(); // k1 done: worker 1 takes k3
    made[0].answer(); // k0 done: worker 0 takes k2
    made[1].answer();
    made[0].answer();
    assert.deepEqual(await Promise.all(busy), ['1:x', '0:y']);
    assert.deepEqual(await Promise.all(again), ['0:k0', '0:k2', '1:k1', '1:k3']);
    // Only worker 0's texts: worker 1, free, takes k2 rather than wait for worker 0.
    const onlyOne = [check('k0'), check('k2')];
    made[0].answer();
    made[1].answer();
    assert.deepEqual(await Promise.all(onlyOne), ['0:k0', '1:k2']);
    await pool.close();
  });

  it('rejects the texts not yet checked when it is closed, and every later one', async () => {
    const pool = new WorkerPool(1, echo);
    const pending = ['slow 1', 'slow 2', 'slow 3'].map((t) => pool.check(t, 'markdown'));
    await pool.close();
    for (const p of pending) await assert.rejects(p, /the checking worker threads were closed/);
    await assert.rejects(pool.check('later', 'markdown'), /the checking worker threads were closed/);
    assert.equal(pool.failed, true);
  });

  it('rejects every text when a worker thread dies', async () => {
    const pool = new WorkerPool(2, () => new Worker('throw new Error("the worker could not start")', { eval: true }));
    try {
      const all = ['a', 'b', 'c'].map((t) => pool.check(t, 'markdown'));
      for (const p of all) await assert.rejects(p, /the worker could not start/);
      await assert.rejects(pool.check('d', 'markdown'), /the worker could not start/);
    } finally {
      await pool.close();
    }
  });
});

/** A stand-in worker thread for the pool: it keeps what it is sent and answers ("worker:text") when told to. */
class ScriptedWorker extends EventEmitter {
  private readonly pending: Array<{ id: number; text: string }> = [];
  constructor(private readonly n: number) {
    super();
  }
  postMessage(request: { id: number; text: string }): void {
    this.pending.push(request);
  }
  answer(): void {
    const request = this.pending.shift();
    assert.ok(request, `worker ${this.n} has nothing to answer`);
    this.emit('message', { id: request.id, result: `${this.n}:${request.text}` });
  }
  terminate(): Promise<number> {
    return Promise.resolve(0);
  }
}
