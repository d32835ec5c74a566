/**
 * Hostile input on the command line (issue 13): endless standard input, files that are not files,
 * binary and UTF-16 text, huge reports, closed pipes and full disks, odd file names, escape sequences,
 * hostile lexicons. Each case ends in one line on stderr and a documented exit status, never a hang,
 * a crash or a stack trace.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, mkdtempSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { escapeControls, escapeJsonText } from '../../src/cli/escape';
import { jsonPieces, MappedArray } from '../../src/cli/format/jsonPieces';
import { artifactUri } from '../../src/cli/format/sarif';
import { main, run as runNode, type Io } from '../../src/cli/main';
import { LIMITS } from '../../src/core/limits';
import { ROOT } from '../support/lexicon';

const BIN = join(ROOT, 'bin', 'mechlens.js');
const fx = (name: string): string => join(ROOT, 'test', 'fixtures', 'cli', name);
const dir = mkdtempSync(join(tmpdir(), 'mechlens-hostile-'));
const posix = process.platform !== 'win32';

interface Run { code: number; out: string; err: string; writes: string[] }

async function run(args: string[], stdin: Io['stdin'] = () => new Uint8Array()): Promise<Run> {
  const writes: string[] = [];
  let err = '';
  const code = await main(args, { stdout: (s) => { writes.push(s); }, stderr: (s) => { err += s; }, stdin });
  return { code, out: writes.join(''), err, writes };
}

/** A writable that keeps what it is given. */
function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({ write(chunk, _enc, cb) { chunks.push(String(chunk)); cb(); } });
  return Object.assign(w, { text: () => chunks.join('') });
}

/** A writable that fails like a full disk. */
function fullDisk(): Writable {
  return new Writable({ write(_chunk, _enc, cb) { cb(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })); } });
}

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function oneLine(err: string, pattern: RegExp): void {
  const lines = err.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${err}`);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(err, /\n\s+at /, 'no stack trace');
}

const contradictions = join(dir, 'many.md');
writeFileSync(contradictions, 'IL-4 promotes NFATc1.\n'.repeat(3000));

describe('hostile input on the command line', () => {
  describe('1. standard input and files that are not regular files', () => {
    it('stops reading standard input once it is over --max-size (an endless input is not read to its end)', async () => {
      let pulled = 0;
      async function* endless(): AsyncGenerator<Uint8Array> {
        for (;;) {
          pulled++;
          yield new Uint8Array(65536);
        }
      }
      const r = await run(['check', '--max-size', '1', '-'], endless);
      assert.equal(r.code, 2);
      oneLine(r.err, /^mechlens: standard input: over the 1 MB limit \(raise it with --max-size\)$/);
      assert.ok(pulled <= 1048576 / 65536 + 2, `read ${pulled} chunks of 64 KiB for a 1 MB limit`);
    });

    it('the installed command stops reading an endless pipe at the limit and exits 2', async function () {
      this.timeout(30000); // a ceiling for a hang only: it used to read until it crashed at 2 GB
      const child = spawn(process.execPath, [BIN, 'check', '--max-size', '1', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d) => { err += d; });
      child.stdin.on('error', () => { /* EPIPE once the checker stops reading: expected */ });
      let written = 0;
      const zeros = Buffer.alloc(65536);
      let exited = false;
      const exit = once(child, 'exit').then((v) => { exited = true; return v; });
      while (!exited && written < 256 * 1048576) {
        written += zeros.length;
        // (once() rejects on 'error': the EPIPE that ends the loop)
        if (!child.stdin.write(zeros)) await Promise.race([once(child.stdin, 'drain'), exit, once(child.stdin, 'close')]).catch(() => undefined);
      }
      const [code] = await exit;
      assert.equal(code, 2);
      oneLine(err, /^mechlens: standard input: over the 1 MB limit/);
      assert.ok(written < 64 * 1048576, `the checker took ${written} bytes for a 1 MB limit`);
    });

    it('reads standard input within the limit as before', async () => {
      const r = await run(['check', '-'], () => Readable.from([Buffer.from('IL-4 promotes '), Buffer.from('NFATc1.\n')]));
      assert.equal(r.code, 1, r.err);
      assert.match(r.out, /^-:1:1: warning: Contradicts the review/);
    });

    for (const [what, make] of [
      ['a named pipe (FIFO)', (): string => {
        const p = join(dir, 'draft.fifo');
        if (!existsSync(p)) assert.equal(spawnSync('mkfifo', [p]).status, 0, 'mkfifo');
        return p;
      }],
      ['a character device (/dev/zero)', (): string => '/dev/zero'],
    ] as const) {
      it(`refuses ${what} without opening it`, function () {
        if (!posix || (what.includes('/dev/zero') && !existsSync('/dev/zero'))) this.skip();
        const path = make();
        // In a child process with a ceiling: opening a FIFO blocks forever, /dev/zero never ends.
        const r = spawnSync(process.execPath, [BIN, 'check', path, fx('contradiction.txt')], { encoding: 'utf8', timeout: 20000 });
        assert.equal(r.signal, null, 'the checker hung');
        assert.equal(r.status, 2, r.stderr);
        oneLine(r.stderr, new RegExp(`^mechlens: ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not a regular file \\(a (named pipe|character device)\\)$`));
        assert.match(r.stdout, /contradiction\.txt:1:1: warning/, 'the other files are still checked');
      });
    }

    it('refuses a socket', async function () {
      if (!posix) this.skip();
      const path = join(dir, 'draft.sock');
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(path, resolve));
      try {
        const r = await run(['check', path]);
        assert.equal(r.code, 2);
        oneLine(r.err, /draft\.sock: not a regular file \(a socket\)$/);
      } finally {
        server.close();
      }
    });

    it('refuses a FIFO given as a lexicon', function () {
      if (!posix) this.skip();
      const p = join(dir, 'lexicon.fifo');
      if (!existsSync(p)) assert.equal(spawnSync('mkfifo', [p]).status, 0, 'mkfifo');
      const r = spawnSync(process.execPath, [BIN, 'check', '--lexicon', p, fx('contradiction.txt')], { encoding: 'utf8', timeout: 20000 });
      assert.equal(r.signal, null, 'the checker hung');
      assert.equal(r.status, 2);
      oneLine(r.stderr, /lexicon\.fifo: not a regular file \(a named pipe\) \(lexicon skipped\)$/);
    });
  });

  describe('2. binary and UTF-16 files', () => {
    it('a NUL byte after the first 64 KiB still makes the file binary', async () => {
      const p = join(dir, 'late-nul.md');
      writeFileSync(p, Buffer.concat([Buffer.from('IL-4 promotes NFATc1. '.repeat(4000)), Buffer.from([0]), Buffer.from('tail')]));
      const r = await run(['check', p]);
      assert.equal(r.code, 2);
      oneLine(r.err, /late-nul\.md: binary file \(contains NUL bytes\), not a text manuscript$/);
    });

    for (const [name, bom, encode] of [
      ['UTF-16LE', [0xff, 0xfe], (s: string): Buffer => Buffer.from(s, 'utf16le')],
      ['UTF-16BE', [0xfe, 0xff], (s: string): Buffer => Buffer.from(s, 'utf16le').swap16()],
    ] as const) {
      it(`a ${name} file with a byte-order mark is read as text`, async () => {
        const p = join(dir, `${name}.md`);
        writeFileSync(p, Buffer.concat([Buffer.from(bom), encode('Intro, with TNF-α.\nIL-4 promotes NFATc1.\n')]));
        const r = await run(['check', p]);
        assert.equal(r.err, '');
        assert.equal(r.code, 1);
        assert.match(r.out, new RegExp(`${name}\\.md:2:1: warning: Contradicts the review: IL-4 inhibits NFATc1 \\[104\\]`));
      });
    }

    it('UTF-16 from standard input too', async () => {
      const r = await run(['check', '-'], () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('IL-4 promotes NFATc1.', 'utf16le')]));
      assert.equal(r.code, 1, r.err);
    });

    it('a BOM-less file full of NULs stays binary; a broken UTF-16 file is named as such', async () => {
      const utf16NoBom = join(dir, 'nobom.md');
      writeFileSync(utf16NoBom, Buffer.from('IL-4 promotes NFATc1.', 'utf16le'));
      oneLine((await run(['check', utf16NoBom])).err, /nobom\.md: binary file \(contains NUL bytes\)/);
      const odd = join(dir, 'odd.md');
      writeFileSync(odd, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('IL-4', 'utf16le'), Buffer.from([0x41])]));
      oneLine((await run(['check', odd])).err, /odd\.md: not valid UTF-16 text$/);
      const loneSurrogate = join(dir, 'surrogate.md');
      writeFileSync(loneSurrogate, Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]));
      oneLine((await run(['check', loneSurrogate])).err, /surrogate\.md: not valid UTF-16 text$/);
      const nulInUtf16 = join(dir, 'nul16.md');
      writeFileSync(nulInUtf16, Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00, 0x41, 0x00]));
      oneLine((await run(['check', nulInUtf16])).err, /nul16\.md: binary file \(contains NUL characters\)/);
    });
  });

  describe('3. reports are written as they are produced, never as one string', () => {
    const LARGEST = 2 * LIMITS.outputChunkChars;
    for (const format of ['json', 'sarif', 'text']) {
      it(`--format ${format}: many writes, none larger than ${LARGEST} characters`, async () => {
        const r = await run(['check', '--format', format, contradictions]);
        assert.equal(r.code, 1, r.err);
        assert.ok(r.writes.length > 1, `${r.writes.length} writes`);
        const largest = Math.max(...r.writes.map((w) => w.length));
        assert.ok(largest <= LARGEST, `a write of ${largest} characters`);
        if (format === 'text') {
          assert.equal(r.out.split('\n').filter((l) => l.includes('warning: Contradicts')).length, 3000);
          assert.match(r.out, /1 file checked: 3000 claim\(s\), 0 supported by the review, 3000 contradiction\(s\)\n$/);
        } else {
          // Still one valid JSON document, pretty-printed exactly as JSON.stringify(…, null, 2) prints it.
          const doc = JSON.parse(r.out);
          assert.equal(r.out, `${JSON.stringify(doc, null, 2)}\n`);
          const results = format === 'json' ? doc.files[0].diagnostics : doc.runs[0].results;
          assert.equal(results.length, 3000);
        }
      });
    }

    it('the pieces are JSON.stringify(value, null, 2), character for character (property)', () => {
      fc.assert(fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 }), (value, levels, depth) => {
        const expected = escapeJsonText(JSON.stringify(value, null, 2)).replace(/\n/g, `\n${'  '.repeat(depth)}`);
        assert.equal([...jsonPieces(value, levels, depth)].join(''), expected);
        if (Array.isArray(value)) assert.equal([...jsonPieces(new MappedArray(value, (v) => v), levels, depth)].join(''), expected);
      }), { numRuns: 500 });
      const withUndefined = { a: 1, b: undefined, c: [undefined, () => 1], d: { e: undefined } };
      assert.equal([...jsonPieces(withUndefined, 3)].join(''), JSON.stringify(withUndefined, null, 2));
    });

    it('keeps the public JSON shape, for several files, bad ones skipped', async () => {
      const r = await run(['check', '--format', 'json', fx('contradiction.txt'), join(dir, 'nope.md'), fx('clean.md')]);
      assert.equal(r.code, 2);
      oneLine(r.err, /nope\.md: no such file/);
      const doc = JSON.parse(r.out);
      assert.deepEqual(Object.keys(doc), ['version', 'files']);
      assert.deepEqual(doc.files.map((f: { path: string }) => f.path), [fx('contradiction.txt'), fx('clean.md')]);
      assert.deepEqual(Object.keys(doc.files[0]), ['path', 'diagnostics', 'claims']);
      assert.deepEqual(Object.keys(doc.files[0].diagnostics[0]).slice(0, 6), ['range', 'severity', 'code', 'message', 'refs', 'interactions']);
      assert.deepEqual(doc.files[1].diagnostics, []);
      assert.equal(doc.files[1].claims[0].status, 'supports');
    });

    it('no file checked is still a valid report', async () => {
      const json = await run(['check', '--format', 'json', join(dir, 'nope.md')]);
      assert.deepEqual(JSON.parse(json.out), { version: 1, files: [] });
      const sarif = await run(['check', '--format', 'sarif', join(dir, 'nope.md')]);
      assert.deepEqual(JSON.parse(sarif.out).runs[0].results, []);
      assert.equal((await run(['check', join(dir, 'nope.md')])).out, '');
    });

    it('mechlens lexicon --format json is written in pieces too', async () => {
      const r = await run(['lexicon', '--format', 'json']);
      assert.equal(r.code, 0);
      assert.ok(r.writes.length > 1 && Math.max(...r.writes.map((w) => w.length)) <= LARGEST);
      const doc = JSON.parse(r.out);
      assert.equal(r.out, `${JSON.stringify(doc, null, 2)}\n`);
      assert.ok(doc.entities.length > 180);
    });
  });

  describe('4. a closed pipe or a full disk', () => {
    it('a full disk (ENOSPC) on standard output: one line, exit 2, no stack trace', async () => {
      const err = sink();
      const code = await runNode(['check', fx('contradiction.txt')], { stdin: () => Readable.from([]), stdout: fullDisk(), stderr: err });
      assert.equal(code, 2);
      oneLine(err.text(), /^mechlens: cannot write to standard output: no space left on device \(ENOSPC\)$/);
    });

    it('a full disk on a large report stops writing at the first failure', async () => {
      let attempts = 0;
      const out = new Writable({ write(_c, _e, cb) { attempts++; cb(Object.assign(new Error('no space'), { code: 'ENOSPC' })); } });
      const err = sink();
      const code = await runNode(['check', '--format', 'json', contradictions], { stdin: () => Readable.from([]), stdout: out, stderr: err });
      assert.equal(code, 2);
      assert.equal(attempts, 1);
      oneLine(err.text(), /ENOSPC/);
    });

    it('standard error failing as well: exit 2, nothing thrown', async () => {
      const code = await runNode(['check', join(dir, 'nope.md'), fx('contradiction.txt')], { stdin: () => Readable.from([]), stdout: fullDisk(), stderr: fullDisk() });
      assert.equal(code, 2);
    });

    it('a write error thrown by the host is one line too', async () => {
      let err = '';
      const code = await main(['check', fx('contradiction.txt')], {
        stdout: () => { throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }); },
        stderr: (s) => { err += s; },
        stdin: () => new Uint8Array(),
      });
      assert.equal(code, 2);
      oneLine(err, /^mechlens: cannot write to standard output: input\/output error \(EIO\)$/);
    });

    it('the installed command writing into /dev/full: one line, exit 2', function () {
      if (!existsSync('/dev/full')) this.skip();
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, 'check', fx('contradiction.txt')], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 20000 });
        assert.equal(r.status, 2, r.stderr);
        oneLine(r.stderr, /^mechlens: cannot write to standard output: no space left on device \(ENOSPC\)$/);
      } finally {
        closeSync(full);
      }
    });

    for (const args of [['check', contradictions], ['check', '--format', 'json', contradictions], ['lexicon', '--format', 'json']]) {
      it(`the installed command into a reader that stops early (mechlens ${args.slice(0, -1).join(' ')} … | head -1): exit 2 quietly`, async function () {
        this.timeout(30000);
        const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
        const exit = once(child, 'exit');
        let err = '';
        child.stderr.on('data', (d) => { err += d; });
        await once(child.stdout, 'data');
        child.stdout.destroy();
        const [code] = await exit;
        assert.equal(code, 2);
        assert.equal(err, '', 'EPIPE is not worth a message');
      });
    }
  });

  describe('5. SARIF artifact URIs', () => {
    it('percent-encodes file names into valid URI references', () => {
      assert.equal(artifactUri('-'), 'stdin');
      assert.equal(artifactUri('my draft#1.md'), 'my%20draft%231.md');
      assert.equal(artifactUri('drafts/résumé 100%?.md'), 'drafts/r%C3%A9sum%C3%A9%20100%25%3F.md');
      assert.equal(artifactUri('a:b.md'), 'a%3Ab.md', 'a colon in the first segment would read as a scheme');
      assert.equal(artifactUri('./x/../y [1].md'), './x/../y%20%5B1%5D.md');
      assert.equal(artifactUri('/home/lab/my draft#1.md'), 'file:///home/lab/my%20draft%231.md');
      assert.equal(artifactUri('C:\\Users\\lab\\my draft.md'), 'file:///C:/Users/lab/my%20draft.md');
      assert.equal(artifactUri('drafts\\ch1.md'), 'drafts/ch1.md');
      assert.equal(artifactUri('\u001b[31m.md'), '%1B%5B31m.md');
      assert.equal(artifactUri('bad\ud800.md'), 'bad%EF%BF%BD.md');
    });

    it('every file name gives a URI that resolves back to it (property)', function () {
      if (!posix) this.skip();
      fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !s.includes('/') && !s.includes('\\') && s !== '.' && s !== '..'), { minLength: 1, maxLength: 4 }), (segments) => {
        const rel = segments.join('/');
        fc.pre(rel !== '-'); // "-" is standard input, not a file name (a file called - is given as ./-)
        const uri = artifactUri(rel);
        assert.match(uri, /^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/, 'only URI characters');
        assert.doesNotMatch(uri.split('/')[0], /:/, 'no scheme');
        const url = new URL(uri, 'file:///base/');
        assert.equal(fileURLToPath(url), `/base/${rel}`);
      }), { numRuns: 300 });
    });

    it('the report names a file with spaces, # and unicode by a URI that resolves to it', async function () {
      if (!posix) this.skip();
      const p = join(dir, 'my draft#1 é.md');
      writeFileSync(p, 'IL-4 promotes NFATc1.\n');
      const r = await run(['check', '--format', 'sarif', p]);
      const uri = JSON.parse(r.out).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
      assert.match(uri, /my%20draft%231%20%C3%A9\.md$/);
      assert.equal(fileURLToPath(uri), p);
    });
  });

  describe('6. control characters never reach the terminal raw', () => {
    it('escapes every control character in one readable form (property)', () => {
      assert.equal(escapeControls('a\u001b[31mb\u0007\u009b\n\t'), 'a\\u001b[31mb\\u0007\\u009b\\u000a\\u0009');
      assert.equal(escapeControls('IL-4 → TNF-α, Mϕ'), 'IL-4 → TNF-α, Mϕ');
      assert.equal(escapeControls('a\u202eb\u2066'), 'a\\u202eb\\u2066', 'bidirectional overrides reorder the line');
      fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
        const e = escapeControls(s);
        assert.doesNotMatch(e, RAW_CONTROL);
        if (!/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/.test(s)) assert.equal(e, s);
      }), { numRuns: 500 });
    });

    it('in file names: text output and stderr', async function () {
      if (!posix) this.skip();
      const evil = join(dir, 'evil\u001b]0;pwned\u0007\u001b[31m.md');
      writeFileSync(evil, 'IL-4 promotes NFATc1.\n');
      const r = await run(['check', evil, join(dir, 'gone\u001b[2J.md')]);
      assert.doesNotMatch(r.out + r.err, RAW_CONTROL);
      assert.ok(r.out.includes('evil\\u001b]0;pwned\\u0007\\u001b[31m.md:1:1: warning'), r.out);
      oneLine(r.err, /gone\\u001b\[2J\.md: no such file$/);
    });

    it('in unknown options and other usage errors', async () => {
      const r = await run(['check', '--\u001b[2J']);
      assert.equal(r.code, 2);
      oneLine(r.err, /unknown option "--\\u001b\[2J"/);
    });

    const lab = join(dir, 'evil-lexicon.json');
    writeFileSync(lab, JSON.stringify({
      entities: [{ id: 'xq-1', type: 'cytokine', label: 'XQ\u001b[5m\u009b1m', variants: ['XQ-one'], description: 'A cytokine with a hostile label.', refs: [1] }],
      interactions: [{ id: 'xq-1-inhibits-nfatc1', subject: 'xq-1', relation: 'inhibits', object: 'nfatc1', refs: [104] }],
    }));

    it('in diagnostic messages that quote a lexicon label', async () => {
      const draft = join(dir, 'xq.md');
      writeFileSync(draft, 'XQ-one promotes NFATc1.\n');
      const r = await run(['check', '--lexicon', lab, draft]);
      assert.equal(r.code, 1, r.err);
      assert.doesNotMatch(r.out + r.err, RAW_CONTROL);
      assert.match(r.out, /Contradicts the review: XQ\\u001b\[5m\\u009b1m inhibits NFATc1 \[104\]/);
      const json = await run(['check', '--format', 'json', '--lexicon', lab, draft]);
      assert.doesNotMatch(json.out, RAW_CONTROL);
      assert.ok(JSON.parse(json.out).files[0].diagnostics[0].message.includes('XQ\u001b[5m\u009b1m'), 'JSON keeps the text exactly (escaped by JSON)');
    });

    it('in lexicon issue messages and in mechlens lexicon', async () => {
      const bad = join(dir, 'evil-keys.json');
      writeFileSync(bad, JSON.stringify({ entities: [{ id: 'xq-1', type: 'cytokine', label: 'XQ', description: 'A cytokine with a hostile key.', refs: [1], '\u001b[2J\u009b': 1 }] }));
      const r = await run(['check', '--lexicon', bad, fx('clean.md')]);
      assert.equal(r.code, 2);
      assert.doesNotMatch(r.err, RAW_CONTROL);
      oneLine(r.err, /unknown property "\\u001b\[2J\\u009b" \(lexicon skipped\)$/);
      const listing = await run(['lexicon', '--lexicon', lab]);
      assert.doesNotMatch(listing.out, RAW_CONTROL);
      assert.match(listing.out, /XQ\\u001b\[5m\\u009b1m — cytokine/);
    });
  });

  describe('7. hostile lexicons on the command line', () => {
    it('a lexicon over its limit names the lexicon limit, not --max-size', async () => {
      const huge = join(dir, 'huge-lexicon.json');
      writeFileSync(huge, '');
      truncateSync(huge, (LIMITS.lexiconMaxMb + 1) * 1048576); // sparse: refused by its size before it is read
      const r = await run(['check', '--max-size', '100', '--lexicon', huge, fx('contradiction.txt')]);
      assert.equal(r.code, 2);
      oneLine(r.err, new RegExp(`huge-lexicon\\.json: lexicon file is 21\\.0 MB, over the ${LIMITS.lexiconMaxMb} MB limit for lexicon files \\(lexicon skipped\\)$`));
      assert.doesNotMatch(r.err, /--max-size/);
      assert.match(r.out, /Contradicts the review: IL-4 inhibits NFATc1/, 'the bundled lexicon keeps working');
    });

    it('a lexicon nested 10,000 deep is one line and the run goes on', async () => {
      const deep = join(dir, 'deep.json');
      writeFileSync(deep, `{"entities":${'['.repeat(10000)}${']'.repeat(10000)}}`);
      const r = await run(['check', '--lexicon', deep, fx('contradiction.txt')]);
      assert.equal(r.code, 2);
      oneLine(r.err, /deep\.json:1:\d+: \/: nested more than 64 levels deep .* \(lexicon skipped\)$/);
      assert.match(r.out, /Contradicts the review: IL-4 inhibits NFATc1/);
    });

    it('a lexicon with 50,000 bad entities: 100 lines and a count, and the run goes on', async () => {
      const bad = join(dir, 'bad-entities.json');
      writeFileSync(bad, JSON.stringify({ entities: Array.from({ length: 50000 }, (_, i) => ({ id: `X ${i}`, colour: 'red' })) }));
      const r = await run(['check', '--lexicon', bad, fx('contradiction.txt')]);
      assert.equal(r.code, 2);
      const lines = r.err.trim().split('\n');
      assert.equal(lines.length, 101);
      assert.match(lines[100], /^mechlens: .*bad-entities\.json:1:1: \/: … and \d+ more problems in this file \(only the first 100 are listed\) \(lexicon skipped\)$/);
      assert.match(r.out, /Contradicts the review: IL-4 inhibits NFATc1/);
    });
  });
});
