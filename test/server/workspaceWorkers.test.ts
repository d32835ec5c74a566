/**
 * Check Workspace in worker threads (the Node server, MECHLENS_SERVER_JOBS=2): the same diagnostics and
 * summary as checked in the server's own thread, with a user lexicon and settings that change the
 * results; new results, not stale workers', after the lexicon or the settings change; and the workers
 * kept for runs with the same lexicons and settings, terminated when they change.
 */
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { makeCorpus } from '../../scripts/bench-corpus';
import { readSettings, type MechlensSettings } from '../../src/service';
import { workspaceWorkers } from '../../src/server/workspaceWorkers';
import { bundled, ROOT } from '../support/lexicon';
import { LspClient, type Published } from '../support/lspClient';
import { service } from '../support/service';

const CONTRADICTION = 'IL-4 promotes NFATc1 expression in osteoclast precursors.\n\nRANKL activates NFATc1 [90].\n';
/**
 * Findings the settings below change: a contradiction read with confidence under 0.8 (a Warning only at the
 * default line) and a claim the review states both ways (contested, Information unless raised to a warning).
 */
const SETTINGS_SENSITIVE = 'Apoptosis of LPS-preconditioned MSCs was reduced.\n\nIL-10 inhibits TNF-α.\n';
/** A lab's exception: IL-4 promotes NFATc1 in its model, against the review's [104]. */
const EXCEPTION = JSON.stringify({ interactions: [{ id: 'lab-il4-nfatc1', subject: 'il-4', relation: 'promotes', object: 'nfatc1', refs: [104], exception: true, evidence: 'Our lab found the opposite in this model.' }] });

interface Summary { checked: number; skipped: number; contradictions: number; filesWithContradictions: number; cancelled: boolean }

/** Diagnostics as a client keeps them; entry links name the server's process (entries/<pid>/), which differs between servers. */
function comparable(p: Published | undefined): unknown {
  return p === undefined ? undefined : JSON.parse(JSON.stringify(p.diagnostics).replace(/\/entries\/\d+\//g, '/entries/N/'));
}

/** Where, what, how loud: what the server and the test's own service must agree on. */
function essentials(list: ReadonlyArray<{ range: unknown; code?: unknown; message: unknown; severity?: unknown }>): string[] {
  return list.map((d) => JSON.stringify([d.range, d.code, d.message, d.severity]));
}

describe('Check Workspace in worker threads', function () {
  this.timeout(120_000);
  let dir: string;
  const clients: LspClient[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mechlens-workers-'));
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  const capabilities = { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true } };
  const start = async (jobs: number, settings?: unknown): Promise<LspClient> => {
    const c = new LspClient({ MECHLENS_CACHE_DIR: join(dir, '.cache-outside'), MECHLENS_SERVER_JOBS: String(jobs) });
    clients.push(c);
    if (settings !== undefined) c.settings.mechlens = settings;
    await c.initialize(dir, capabilities);
    return c;
  };
  let runs = 0;
  const checkWorkspace = (c: LspClient): Promise<Summary> =>
    c.request<Summary>('workspace/executeCommand', { command: 'mechlens.checkWorkspace', arguments: [], workDoneToken: `run-${++runs}` });
  const uriOf = (name: string): string => pathToFileURL(join(dir, name)).href;
  /** The line the server logs after a run whose closed files went to worker threads. */
  const inWorkers = (c: LspClient): string[] => c.logs.filter((l) => l.startsWith('Check Workspace: '));
  const lexiconLoaded = (c: LspClient, n: number): Promise<string[]> =>
    c.until(() => {
      const lines = c.logs.filter((l) => /lexicon\.json: \d+ entities, \d+ interactions added/.test(l));
      return lines.length >= n && lines;
    }, `the lexicon loaded ${n} time(s)`);

  /** Several manuscripts (Markdown, LaTeX, plain text), on-topic text from the benchmark's generator, different in each. */
  const writeManuscripts = (count: number): string[] => {
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = `ch${i}.${['md', 'tex', 'txt'][i % 3]}`;
      const body = makeCorpus(bundled(), 1500, 100 + i).text;
      writeFileSync(join(dir, name), i % 2 === 0 ? `${CONTRADICTION}\n${SETTINGS_SENSITIVE}\n${body}` : body);
      names.push(name);
    }
    return names;
  };

  it('publishes the diagnostics and the summary the server’s own thread does, with a user lexicon and minConfidence', async () => {
    const names = writeManuscripts(6);
    mkdirSync(join(dir, '.mechlens'));
    writeFileSync(join(dir, '.mechlens', 'lexicon.json'), EXCEPTION);
    const settings = { minConfidence: 0.8, severity: { contested: 'warning' } };
    // The settings and the lexicon change these files' findings (else the comparison below would prove little).
    const s = service();
    s.setUserLexicons([{ uri: uriOf('.mechlens/lexicon.json'), display: '.mechlens/lexicon.json', text: EXCEPTION }]);
    const text = readFileSync(join(dir, names[0]), 'utf8');
    const withSettings = essentials(s.checkText(text, 'markdown', readSettings(settings)).diagnostics);
    assert.notDeepEqual(withSettings, essentials(s.checkText(text, 'markdown', readSettings({})).diagnostics), 'the settings change a result');
    assert.notDeepEqual(withSettings, essentials(service().checkText(text, 'markdown', readSettings(settings)).diagnostics), 'the lexicon changes a result');

    const results = [];
    for (const jobs of [1, 2]) {
      const c = await start(jobs, settings);
      await lexiconLoaded(c, 1);
      // One manuscript open in the editor, its text not the file's: read as the editor has it.
      c.notify('textDocument/didOpen', { textDocument: { uri: uriOf(names[1]), languageId: 'latex', version: 1, text: `${CONTRADICTION}\n${readFileSync(join(dir, names[1]), 'utf8')}` } });
      const summary = await checkWorkspace(c);
      results.push({ summary, published: names.map((n) => comparable(c.published.get(uriOf(n)))), logs: inWorkers(c) });
      await c.close();
    }
    const [own, workers] = results;
    assert.equal(own.summary.checked, 6);
    assert.ok(own.summary.contradictions > 6, `${own.summary.contradictions} contradictions`);
    assert.deepEqual(workers.summary, own.summary, 'the summary');
    for (const [i, name] of names.entries()) {
      assert.ok(Array.isArray(own.published[i]) && (own.published[i] as unknown[]).length > 0, `${name}: findings`);
      assert.deepEqual(workers.published[i], own.published[i], `${name}: every diagnostic, data and link included`);
    }
    assert.deepEqual(own.logs, [], 'one job: no workers');
    assert.deepEqual(workers.logs, ['Check Workspace: 5 file(s) checked in worker threads'], 'the five closed files, each in a worker');
  });

  it('checks with the new lexicon and settings after they change, not with the workers’ old ones', async () => {
    const names = writeManuscripts(4);
    mkdirSync(join(dir, '.mechlens'));
    const lexicon = join(dir, '.mechlens', 'lexicon.json');
    writeFileSync(lexicon, JSON.stringify({ entities: [] }));
    const c = await start(2);
    await lexiconLoaded(c, 1);
    const s = service();
    const languageOf = (name: string): string => ({ md: 'markdown', tex: 'latex', txt: 'plaintext' })[name.split('.').pop() as string] as string;
    /** What the test's own service finds in each file with this lexicon text and these settings. */
    const expected = (lexiconText: string, settings: MechlensSettings): string[][] => {
      s.setUserLexicons([{ uri: pathToFileURL(lexicon).href, display: '.mechlens/lexicon.json', text: lexiconText }]);
      return names.map((n) => essentials(s.checkText(readFileSync(join(dir, n), 'utf8'), languageOf(n), settings).diagnostics));
    };
    const published = (): string[][] => names.map((n) => essentials(c.published.get(uriOf(n))?.diagnostics ?? []));

    const first = await checkWorkspace(c);
    assert.deepEqual(published(), expected(JSON.stringify({ entities: [] }), readSettings({})), 'the first run');
    assert.ok(published()[0].some((d) => d.includes('IL-4 inhibits NFATc1 [104]')), 'the review’s [104] at first');

    writeFileSync(lexicon, EXCEPTION);
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(lexicon).href, type: 2 }] });
    await lexiconLoaded(c, 2);
    c.published.clear();
    const second = await checkWorkspace(c);
    assert.deepEqual(published(), expected(EXCEPTION, readSettings({})), 'after the lexicon changed');
    assert.ok(!published()[0].some((d) => d.includes('IL-4 inhibits NFATc1 [104]')), 'the exception applies');
    assert.ok(second.contradictions < first.contradictions);

    c.settings.mechlens = { minConfidence: 0.8 };
    c.notify('workspace/didChangeConfiguration', { settings: null });
    c.published.clear();
    await checkWorkspace(c);
    assert.deepEqual(published(), expected(EXCEPTION, readSettings({ minConfidence: 0.8 })), 'after the settings changed');
    assert.deepEqual(inWorkers(c), Array(3).fill('Check Workspace: 4 file(s) checked in worker threads'), 'every run in worker threads');
  });

  it('stops sending files when cancelled, and publishes nothing the workers answer after that', async () => {
    const names = writeManuscripts(8);
    const c = await start(2);
    const run = c.begin<Summary>('workspace/executeCommand', { command: 'mechlens.checkWorkspace', arguments: [], workDoneToken: 'cancelled' });
    await c.until(() => names.some((n) => c.published.has(uriOf(n))), 'a first file published');
    c.notify('$/cancelRequest', { id: run.id });
    const summary = await run.response;
    const published = names.filter((n) => c.published.has(uriOf(n)));
    assert.equal(summary.cancelled, true);
    assert.ok(summary.checked < names.length, `${summary.checked} checked`);
    // The workers finish the files they had; their answers are dropped.
    await new Promise((r) => setTimeout(r, 3000));
    assert.deepEqual(names.filter((n) => c.published.has(uriOf(n))), published, 'nothing published after the answer');
    assert.equal(published.length, summary.checked);
    assert.deepEqual(inWorkers(c), [`Check Workspace: ${summary.checked} file(s) checked in worker threads`]);
    assert.equal((await checkWorkspace(c)).checked, names.length, 'the next run checks every file');
  });

  it('runs its workers from the server bundle alone, as the .vsix carries it (dist/server.js, nothing beside it)', async () => {
    writeManuscripts(3);
    const packaged = join(dir, '.extension', 'dist');
    mkdirSync(packaged, { recursive: true });
    copyFileSync(join(ROOT, 'dist', 'server.js'), join(packaged, 'server.js'));
    const c = new LspClient({ MECHLENS_CACHE_DIR: join(dir, '.cache-outside'), MECHLENS_SERVER_JOBS: '2' }, [join(packaged, 'server.js'), '--stdio']);
    clients.push(c);
    await c.initialize(dir, capabilities);
    const summary = await checkWorkspace(c);
    assert.equal(summary.checked, 3);
    assert.deepEqual(inWorkers(c), ['Check Workspace: 3 file(s) checked in worker threads']);
  });
});

describe('Check Workspace’s workers', () => {
  const echo = (): Worker => new Worker(`
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, result: { diagnostics: [], claims: [] } }));`, { eval: true });

  it('are started on first use, kept while the lexicons and settings stay, and terminated when they change', async () => {
    const started: Worker[] = [];
    const exited: Worker[] = [];
    const workers = workspaceWorkers(2, () => {
      const w = echo();
      started.push(w);
      w.once('exit', () => exited.push(w));
      return w;
    });
    /** Waits (`ms` at most) until `n` workers have exited. */
    const exits = async (n: number, ms = 5000): Promise<number> => {
      for (let t = 0; t < ms / 50 && exited.length < n; t++) await new Promise((r) => setTimeout(r, 50));
      return exited.length;
    };
    try {
      const lexicons = [{ uri: 'file:///l.json', display: 'l.json', text: '{}' }];
      const setup = { lexicons, settings: readSettings({}) };
      assert.equal(workers.forRun(1, setup), undefined, 'one file: none');
      assert.equal(workspaceWorkers(1, () => assert.fail('no worker')).forRun(10, setup), undefined, 'one job: none');
      assert.equal(started.length, 0, 'none started before a text is sent');
      const run = async (s: typeof setup): Promise<void> => {
        const checks = workers.forRun(4, s);
        assert.ok(checks);
        await Promise.all(['a', 'b', 'c', 'd'].map((t) => checks.check(`file:///${t}.md`, t, 'markdown')));
      };
      await run(setup);
      assert.equal(started.length, 2);
      await run({ lexicons, settings: readSettings({}) });
      workers.keepOnlyFor({ lexicons, settings: readSettings({}) });
      assert.equal(started.length, 2, 'the same lexicons and settings: the same workers');
      assert.equal(await exits(1, 200), 0, 'none terminated');

      workers.keepOnlyFor({ lexicons, settings: readSettings({ minConfidence: 0.8 }) });
      assert.equal(await exits(2), 2, 'new settings: terminated');
      await run({ lexicons, settings: readSettings({ minConfidence: 0.8 }) });
      assert.equal(started.length, 4);
      await run({ lexicons: [...lexicons], settings: readSettings({ minConfidence: 0.8 }) });
      assert.equal(started.length, 6, 'new lexicons: new workers');
      assert.equal(await exits(4), 4, 'the old ones terminated');
      workers.close();
      assert.equal(await exits(6), 6, 'all terminated on close');
    } finally {
      // (A failed assertion leaves no thread to keep mocha running.)
      await Promise.all(started.map((w) => w.terminate()));
    }
  });
});
