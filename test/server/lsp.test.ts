/**
 * `mechlens lsp --stdio` as any editor's client sees it: initialization, push diagnostics with their
 * fix data, hover, completion, code actions, definitions into read-only entry files, settings pulled
 * with workspace/configuration, user lexicons read and watched, Check Workspace with progress, and the
 * same diagnostics as the command line and the service for the same file.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS } from '../../src/service';
import { makeCorpus } from '../../scripts/bench-corpus';
import { makeUserLexicon } from '../../scripts/bench-lexicon';
import { bundled, ROOT } from '../support/lexicon';
import { LspClient, type Published } from '../support/lspClient';
import { service } from '../support/service';

const CONTRADICTION = 'IL-4 promotes NFATc1 expression in osteoclast precursors.\n\nRANKL activates NFATc1 [90].\n';

/** What two hosts must agree on: where, what, how loud. */
function essentials(list: ReadonlyArray<{ range: unknown; code?: unknown; message: unknown; severity?: unknown }>): string[] {
  return list.map((d) => JSON.stringify([d.range, d.code, d.message, d.severity])).sort();
}

const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'];

describe('language server over stdio', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mechlens-lsp-'));
  });
  afterEach(async () => {
    await client?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = async (options: { capabilities?: unknown; settings?: unknown } = {}): Promise<LspClient> => {
    client = new LspClient({ MECHLENS_CACHE_DIR: join(dir, '.cache-outside') });
    if (options.settings !== undefined) client.settings.mechlens = options.settings;
    await client.initialize(dir, options.capabilities);
    return client;
  };
  const open = (c: LspClient, name: string, text: string, languageId = 'markdown'): string => {
    const uri = pathToFileURL(join(dir, name)).href;
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  };
  const diagnosticsOf = (c: LspClient, uri: string, version?: number): Promise<Published> =>
    c.until(() => {
      const p = c.published.get(uri);
      return p && (version === undefined || p.version === version) ? p : undefined;
    }, `diagnostics of ${uri}`);

  it('publishes the contradiction with [104], hovers, completes and rewrites it', async () => {
    const c = await start();
    const uri = open(c, 'draft.md', `${CONTRADICTION}\nNFA`);
    const { diagnostics } = await diagnosticsOf(c, uri);
    const warning = diagnostics.find((d) => d.code === 'contradiction');
    assert.equal(warning?.message, 'Contradicts the review: IL-4 inhibits NFATc1 [104]');
    assert.equal(warning?.severity, 2);

    const hover = await c.request<{ contents: { kind: string; value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 17 } });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /NFATc1/);

    const list = await c.request<{ items: Array<{ label: string }> }>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 3 } });
    const nfatc1 = list.items.find((i) => i.label === 'NFATc1');
    assert.ok(nfatc1);
    const resolved = await c.request<{ documentation?: { kind: string; value: string } }>('completionItem/resolve', nfatc1);
    assert.equal(resolved.documentation?.kind, 'markdown');

    const actions = await c.request<Array<{ title: string; edit?: { changes: Record<string, Array<{ range: unknown; newText: string }>> } }>>(
      'textDocument/codeAction', { textDocument: { uri }, range: warning?.range, context: { diagnostics: [warning], only: ['quickfix'] } });
    const rewrite = actions.find((a) => a.title.startsWith('Rewrite'));
    assert.deepEqual(rewrite?.edit?.changes[uri], [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 13 } }, newText: 'inhibits' }]);

    type Tokens = { resultId?: string; data?: number[]; edits?: Array<{ start: number; deleteCount: number; data?: number[] }> };
    const tokens = await c.request<Tokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 13 } }, text: 'inhibits' }] });
    const after = await diagnosticsOf(c, uri, 2);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'contradiction'), []);
    // After the edit the terms are where they were: the tokens come back as an empty delta, not all again.
    const delta = await c.request<Tokens>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: tokens.resultId });
    assert.ok(tokens.data && tokens.data.length > 0 && tokens.resultId);
    assert.deepEqual([delta.edits, delta.data], [[], undefined]);
  });

  it('gives the same diagnostics as the command line and the service, on the example draft and a LaTeX file', async () => {
    const c = await start();
    const files: Array<[string, string]> = [[join(ROOT, 'examples', 'draft.md'), 'markdown'], [join(ROOT, 'test', 'fixtures', 'cli', 'paper.tex'), 'latex']];
    for (const [path, languageId] of files) {
      const text = readFileSync(path, 'utf8');
      const uri = open(c, path.slice(path.lastIndexOf('/') + 1), text, languageId);
      const fromServer = (await diagnosticsOf(c, uri)).diagnostics;
      const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'mechlens.js'), 'check', '--format', 'json', path], { encoding: 'utf8' });
      const fromCli = (JSON.parse(cli.stdout) as { files: Array<{ diagnostics: Array<{ range: unknown; code: string; message: string; severity: string }> }> }).files[0].diagnostics
        .map((d) => ({ ...d, severity: SEVERITY_NAMES.indexOf(d.severity) }));
      const s = service();
      s.open(uri, languageId, 1, text);
      const fromService = s.diagnostics(uri, DEFAULT_SETTINGS);
      assert.ok(fromServer.length > 0, `${path}: a file with findings`);
      assert.deepEqual(essentials(fromServer), essentials(fromCli), `${path}: server and command line`);
      assert.deepEqual(essentials(fromServer), essentials(fromService), `${path}: server and service`);
    }
  });

  it('reads a long manuscript in slices: meanwhile it checks another document, and a hover waits for the reading', async () => {
    const long = makeCorpus(bundled(), 40_000).text;
    const s = service();
    const inProcess = pathToFileURL(join(dir, 'long.md')).href;
    s.open(inProcess, 'markdown', 1, long);
    const expected = s.diagnostics(inProcess, DEFAULT_SETTINGS);
    const term = s.analysis(inProcess, DEFAULT_SETTINGS)?.mentions[0];
    assert.ok(term && expected.length > 100, 'a long manuscript with terms and findings');

    const c = await start();
    const order: string[] = [];
    const longUri = open(c, 'long.md', long);
    const shortUri = open(c, 'short.md', CONTRADICTION);
    const hover = c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: longUri }, position: term.range.start });
    const [short, longPublished] = await Promise.all([
      diagnosticsOf(c, shortUri).then((p) => { order.push('short'); return p; }),
      diagnosticsOf(c, longUri).then((p) => { order.push('long'); return p; }),
    ]);
    assert.equal(short.diagnostics.find((d) => d.code === 'contradiction')?.message, 'Contradicts the review: IL-4 inhibits NFATc1 [104]');
    assert.deepEqual(order, ['short', 'long'], 'the short document is checked while the long one is read');
    assert.deepEqual(essentials(longPublished.diagnostics), essentials(expected), 'read in slices, the same findings as read at once');
    const label = bundled().entities.find((e) => e.id === term.id)?.label ?? term.id;
    // (Markdown escapes the label's punctuation: "TNF\\-α".)
    assert.ok((await hover)?.contents.value.replace(/\\(.)/g, '$1').includes(label), `the hover names ${label}`);
  });

  it('pulls its settings per document and applies changes', async () => {
    const c = await start({ settings: { severity: { contradiction: 'error' } } });
    const uri = open(c, 'draft.md', CONTRADICTION);
    assert.equal((await diagnosticsOf(c, uri)).diagnostics[0].severity, 1);
    c.settings.mechlens = { severity: { contradiction: 'off' } };
    c.published.delete(uri);
    c.notify('workspace/didChangeConfiguration', { settings: null });
    const after = await diagnosticsOf(c, uri);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'contradiction'), []);
  });

  it('takes settings pushed with didChangeConfiguration from a client that cannot be asked', async () => {
    const c = await start({ capabilities: {} });
    c.notify('workspace/didChangeConfiguration', { settings: { mechlens: { severity: { contradiction: 'hint' } } } });
    const uri = open(c, 'draft.md', CONTRADICTION);
    assert.equal((await diagnosticsOf(c, uri)).diagnostics[0].severity, 4);
  });

  it('reads other editors’ language ids for LaTeX and plain text', async () => {
    const c = await start();
    const tex = open(c, 'paper.tex', 'IL-4 promotes NFATc1.\n', 'tex');
    const txt = open(c, 'notes.txt', 'IL-4 promotes NFATc1.\n', 'text');
    assert.equal((await diagnosticsOf(c, tex)).diagnostics[0]?.code, 'contradiction');
    assert.equal((await diagnosticsOf(c, txt)).diagnostics[0]?.code, 'contradiction');
  });

  it('points definitions at read-only entry files in the cache directory', async () => {
    const c = await start();
    const uri = open(c, 'draft.md', CONTRADICTION);
    await diagnosticsOf(c, uri);
    const location = await c.request<{ uri: string }>('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 1 } });
    const path = fileURLToPath(location.uri);
    assert.ok(path.startsWith(join(dir, '.cache-outside', 'entries')), path);
    assert.match(readFileSync(path, 'utf8'), /RANKL/);
    assert.equal(statSync(path).mode & 0o222, 0, 'read-only');
  });

  it('reads .mechlens/lexicon.json, shows its problems at their line, and reloads it when it changes', async () => {
    mkdirSync(join(dir, '.mechlens'));
    const lexicon = join(dir, '.mechlens', 'lexicon.json');
    writeFileSync(lexicon, '{\n  "entities": [ { "id": 3 } ]\n}\n');
    const c = await start({ capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } } });
    const lexiconUri = pathToFileURL(lexicon).href;
    const problems = await diagnosticsOf(c, lexiconUri);
    assert.ok(problems.diagnostics.length > 0);
    assert.equal(problems.diagnostics[0].range.start.line, 1);
    const uri = open(c, 'draft.md', CONTRADICTION);
    assert.equal((await diagnosticsOf(c, uri)).diagnostics[0].code, 'contradiction', 'the review’s lexicon keeps working');

    writeFileSync(lexicon, JSON.stringify({ interactions: [{ id: 'lab-il4-nfatc1', subject: 'il-4', relation: 'promotes', object: 'nfatc1', refs: [104], exception: true, evidence: 'Our lab found the opposite in this model.' }] }));
    c.published.delete(lexiconUri);
    c.published.delete(uri);
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: lexiconUri, type: 2 }] });
    assert.deepEqual((await diagnosticsOf(c, lexiconUri)).diagnostics, [], 'problems cleared');
    const after = await diagnosticsOf(c, uri);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'contradiction'), [], 'the exception applies');
  });

  it('keeps a large lexicon compiled in the cache directory, reads it back at the next start, and shares it with `mechlens check`', async () => {
    // A lab lexicon over the megabyte below which compiling costs less than the cache (LEXICON_CACHE_MIN_BYTES).
    const lab = makeUserLexicon(5000, 3, { base: bundled() });
    mkdirSync(join(dir, '.mechlens'));
    const lexicon = join(dir, '.mechlens', 'lexicon.json');
    writeFileSync(lexicon, JSON.stringify(lab));
    assert.ok(statSync(lexicon).size > 1 << 20);
    const label = (id: string): string => lab.entities?.find((e) => e.id === id)?.label ?? bundled().entities.find((e) => e.id === id)?.label ?? id;
    // The lab's own statements, denied: each contradicts the lab lexicon, which only it knows.
    const denied = (lab.interactions ?? []).filter((x) => x.relation === 'promotes' || x.relation === 'inhibits').slice(0, 12)
      .map((x) => `${label(x.subject)} does not ${x.relation.replace(/s$/, '')} ${label(x.object)}.`).join(' ');
    const loaded = (c: LspClient): Promise<string> => c.until(() => c.logs.find((l) => /lexicon\.json: \d+ entities/.test(l)), 'the lexicon loaded');
    const cacheDir = join(dir, '.cache-outside', 'lexicons');

    const first = await start();
    assert.doesNotMatch(await loaded(first), /from the cache/);
    const firstFindings = (await diagnosticsOf(first, open(first, 'draft.md', `${denied}\n`))).diagnostics;
    assert.ok(firstFindings.some((d) => d.code === 'contradiction'), 'the lab lexicon is in use');
    const kept = readdirSync(cacheDir);
    assert.equal(kept.length, 1, 'one compiled form kept');
    const { ino } = statSync(join(cacheDir, kept[0]));
    await first.close();

    const second = await start();
    assert.match(await loaded(second), /its compiled form read from the cache/);
    assert.deepEqual(essentials((await diagnosticsOf(second, open(second, 'draft.md', `${denied}\n`))).diagnostics), essentials(firstFindings));
    await second.close();

    // The command line finds the same form (same build, file and bytes) and does not compile or rewrite it.
    writeFileSync(join(dir, 'draft.md'), `${denied}\n`);
    const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'mechlens.js'), 'check', '--lexicon', lexicon, join(dir, 'draft.md')], { encoding: 'utf8', env: { ...process.env, MECHLENS_CACHE_DIR: join(dir, '.cache-outside') }, timeout: 30_000 });
    assert.match(cli.stdout, /contradict/i);
    assert.deepEqual(readdirSync(cacheDir), kept);
    assert.equal(statSync(join(cacheDir, kept[0])).ino, ino, 'the form was not written again');
  });

  it('reads the bibliography a LaTeX draft names, reports a broken entry on the .bib, adds the review and re-reads the .bib when it changes', async () => {
    const bib = join(dir, 'references.bib');
    writeFileSync(bib, '@article{chen2020msc,\n  author = {Chen, Xiao},\n  title = {{MSC} Homing},\n  year = {2020},\n}\n\n@article{broken,\n  title = {never closed,\n');
    const c = await start({ capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } } });
    const text = '\\addbibresource{references.bib}\nAs shown~\\parencite{chen2020msc}, IL-4 promotes NFATc1 expression in osteoclast precursors.\n';
    const uri = open(c, 'paper.tex', text, 'latex');
    const bibUri = pathToFileURL(bib).href;
    const problems = await diagnosticsOf(c, bibUri);
    assert.equal(problems.diagnostics[0].range.start.line, 6, 'the broken entry, at its line');
    const { diagnostics } = await diagnosticsOf(c, uri);
    const d = diagnostics.find((x) => x.code === 'contradiction');
    const actions = await c.request<Array<{ title: string; edit?: { changes: Record<string, unknown[]> } }>>('textDocument/codeAction', { textDocument: { uri }, range: d?.range, context: { diagnostics: [d], only: ['quickfix'] } });
    const add = actions.find((a) => a.title.startsWith('Add the review to references.bib'));
    assert.ok(add, actions.map((a) => a.title).join('; '));
    assert.deepEqual(Object.keys(add.edit?.changes ?? {}).sort(), [bibUri, uri].sort());
    const hover = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 24 } });
    assert.match(hover?.contents.value ?? '', /MSC/);

    // The review's entry appears in the .bib (written by the client, or by Zotero): the fix now cites its key.
    writeFileSync(bib, '@article{zhangReview,\n  title = {Interplay between mesenchymal stem cells and macrophages: promoting bone tissue repair},\n  doi = {10.4252/wjsc.v16.i4.375},\n}\n');
    c.published.delete(uri);
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: bibUri, type: 2 }] });
    const again = (await diagnosticsOf(c, uri)).diagnostics.find((x) => x.code === 'contradiction');
    const cite = (await c.request<Array<{ title: string }>>('textDocument/codeAction', { textDocument: { uri }, range: again?.range, context: { diagnostics: [again], only: ['quickfix'] } })).find((a) => a.title.startsWith('Cite the review'));
    assert.match(cite?.title ?? '', /\\parencite\{zhangReview\}$/);
  });

  it('does not read a bibliography outside the workspace folders', async () => {
    const c = await start();
    const uri = open(c, 'paper.tex', '\\bibliography{../../etc/outside}\nIL-4 promotes NFATc1 expression in osteoclast precursors.\n', 'latex');
    await diagnosticsOf(c, uri);
    await c.until(() => c.logs.find((m) => /^Bibliography .*outside\.bib not read: outside the workspace folders$/.test(m)), 'the refusal logged');
  });

  it('leaves the exception command to a client that runs its own (VS Code registers it under workspace trust)', async () => {
    client = new LspClient({ MECHLENS_CACHE_DIR: join(dir, '.cache-outside') });
    const vscodeLike = await client.initialize(dir, undefined, { exceptionCommand: true }) as { capabilities: { executeCommandProvider: { commands: string[] } } };
    assert.deepEqual(vscodeLike.capabilities.executeCommandProvider.commands, ['mechlens.checkWorkspace']);
  });

  it('sends no more diagnostics than a client shows, the most severe first, with a note of the rest', async () => {
    client = new LspClient({ MECHLENS_CACHE_DIR: join(dir, '.cache-outside') });
    await client.initialize(dir, undefined, { maxDiagnostics: 2 });
    const uri = open(client, 'draft.md', 'IL-4 promotes NFATc1.\n\nIL-4 promotes NFATc1 in precursors.\n\nIL-4 promotes NFATc1 in mice.\n');
    const { diagnostics } = await diagnosticsOf(client, uri);
    assert.equal(diagnostics.length, 2);
    assert.match(String(diagnostics[0].message), /^Mechlens shows 1 of the 3 findings in this file/);
    assert.equal(diagnostics[1].range.start.line, 0);
  });

  it('records an exception in .mechlens/lexicon.json for an editor without a command of its own, and applies it', async () => {
    const c = await start();
    const uri = open(c, 'draft.md', CONTRADICTION);
    const [warning] = (await diagnosticsOf(c, uri)).diagnostics;
    const actions = await c.request<Array<{ title: string; command?: { command: string; arguments: unknown[] } }>>(
      'textDocument/codeAction', { textDocument: { uri }, range: warning.range, context: { diagnostics: [warning] } });
    const exception = actions.find((a) => a.command?.command === 'mechlens.addException');
    assert.ok(exception, 'the exception is offered');
    c.published.delete(uri);
    const message = await c.request<string>('workspace/executeCommand', { command: exception.command?.command, arguments: exception.command?.arguments });
    assert.equal(message, 'Mechlens: exception added to .mechlens/lexicon.json.');
    const written = JSON.parse(readFileSync(join(dir, '.mechlens', 'lexicon.json'), 'utf8')) as { interactions: Array<{ subject: string; object: string; exception: boolean; evidence: string }> };
    assert.deepEqual(written.interactions.map((x) => [x.subject, x.object, x.exception]), [['il-4', 'nfatc1', true]]);
    assert.match(written.interactions[0].evidence, /draft\.md:1;.*IL-4 inhibits NFATc1 \[104\]/);
    const after = await diagnosticsOf(c, uri);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'contradiction'), [], 'the exception applies at once');
  });

  it('checks the workspace’s closed files with progress, and answers one line', async () => {
    mkdirSync(join(dir, 'chapters'));
    writeFileSync(join(dir, 'chapters', 'ch1.md'), CONTRADICTION);
    writeFileSync(join(dir, 'chapters', 'ch2.tex'), 'IL-4 promotes NFATc1.\n');
    writeFileSync(join(dir, 'chapters', 'image.md'), Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules', 'x.md'), CONTRADICTION);
    const c = await start();
    const summary = await c.request<{ checked: number; skipped: number; contradictions: number }>('workspace/executeCommand', { command: 'mechlens.checkWorkspace', arguments: [], workDoneToken: 'w1' });
    assert.deepEqual({ checked: summary.checked, skipped: summary.skipped, contradictions: summary.contradictions }, { checked: 2, skipped: 1, contradictions: 2 });
    assert.equal((await diagnosticsOf(c, pathToFileURL(join(dir, 'chapters', 'ch2.tex')).href)).diagnostics[0].code, 'contradiction');
    assert.ok(!c.published.has(pathToFileURL(join(dir, 'node_modules', 'x.md')).href));
    const kinds = c.progress.get('w1') ?? [];
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.ok(kinds.filter((k) => k === 'report').length >= 2, 'a report per file');
    await c.until(() => c.messages.find((m) => m.startsWith('Mechlens checked 2 file(s): 2 contradiction(s) in 2 file(s)')), 'the summary message');
  });
});

describe('mechlens lsp', () => {
  it('refuses an unknown option in one line with exit status 2', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'mechlens.js'), 'lsp', '--tcp'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'mechlens: lsp: unknown option "--tcp" (expected --stdio)\n');
  });
});
