// The editor benchmark's probe: a tiny extension, generated into the session's extensions folder, that runs
// in the same extension host as Mechlens (the Node extension host of code-server) and tells how responsive
// that host is. It has no dependencies and nothing to build.
//
// What it records, one JSON object a line, appended synchronously to `probe.jsonl` in its own folder
// (<extensions>/mechlens-bench.probe-0.0.1/probe.jsonl: a path the bench knows, outside the workspace, so
// no file watcher or Mechlens workspace scan sees the writes):
//   { kind: 'activate', at }                       once, when the host activates it (onStartupFinished)
//   { kind: 'ping', at }                           each time the command "Mechlens Probe: Ping"
//                                                  (mechlensProbe.ping) runs: `at` is the handler's Date.now();
//                                                  the command has a key, Control+Shift+Alt+F9, and is in the
//                                                  command palette
//   { kind: 'diagnostics', at, uri, count, sources, mechlens }
//                                                  each diagnostics change of a document as the host sees it
//                                                  (VS Code fires onDidChangeDiagnostics 50 ms after a
//                                                  collection is set): how many it has, by their `source`, and
//                                                  whether Mechlens' own diagnostics were set anew
//   { kind: 'change', at, uri, version }           each change of a file's text (as the host sees it)
//   { kind: 'lag', at, lagMs }                     a 10 ms interval that fired `lagMs` ≥ 15 ms late: the host's
//                                                  event loop was busy for about lagMs + 10 ms before `at`
//   { kind: 'lagSecond', at, maxLagMs, ticks }     every second: the largest lateness of that second
//   { kind: 'profile', at, endTime }               with { profile: true }: the host's CPU profile (V8's sampling
//                                                  profiler, in-process, from activation) was written to
//                                                  probe.cpuprofile when "Mechlens Probe: Stop Profile"
//                                                  (Control+Shift+Alt+F10) ran; `endTime` is its clock at `at`
// All times are Date.now() of the machine, the same clock the bench reads.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PROBE_ID = 'mechlens-bench.probe';
export const PROBE_VERSION = '0.0.1';
export const PING_TITLE = 'Mechlens Probe: Ping';
export const PING_KEY = 'Control+Shift+Alt+F9';
export const STOP_PROFILE_KEY = 'Control+Shift+Alt+F10';
const FOLDER = `${PROBE_ID}-${PROBE_VERSION}`;
const TICK_MS = 10;
const LAG_LINE_MS = 15;

const PACKAGE = {
  name: 'probe',
  publisher: 'mechlens-bench',
  displayName: 'Mechlens Bench Probe',
  description: 'Measures how responsive the extension host is while Mechlens works (npm run bench:editor).',
  version: PROBE_VERSION,
  engines: { vscode: '^1.100.0' },
  // The Node extension host, the one Mechlens runs in under code-server.
  extensionKind: ['workspace'],
  activationEvents: ['onStartupFinished'],
  main: './probe.js',
  contributes: {
    commands: [{ command: 'mechlensProbe.ping', title: PING_TITLE }, { command: 'mechlensProbe.stopProfile', title: 'Mechlens Probe: Stop Profile' }],
    keybindings: [{ command: 'mechlensProbe.ping', key: 'ctrl+shift+alt+f9' }, { command: 'mechlensProbe.stopProfile', key: 'ctrl+shift+alt+f10' }],
  },
};

const probeJs = ({ profile }) => `'use strict';
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, 'probe.jsonl');
const write = (o) => { try { fs.appendFileSync(OUT, JSON.stringify(o) + '\\n'); } catch (e) { /* nothing to do */ } };

// With { profile: true }: a CPU profile of the whole extension host from activation to the command
// mechlensProbe.stopProfile, written to probe.cpuprofile.
const PROFILE = ${profile ? 'true' : 'false'};
let profiler;
function startProfile() {
  const inspector = require('inspector');
  profiler = new inspector.Session();
  profiler.connect();
  profiler.post('Profiler.enable');
  profiler.post('Profiler.setSamplingInterval', { interval: 500 });
  profiler.post('Profiler.start');
}
function stopProfile() {
  const session = profiler;
  profiler = undefined;
  if (!session) return;
  session.post('Profiler.stop', (err, result) => {
    const at = Date.now();
    if (!err) fs.writeFileSync(path.join(__dirname, 'probe.cpuprofile'), JSON.stringify(result.profile));
    write({ kind: 'profile', at, endTime: err ? undefined : result.profile.endTime, error: err ? String(err) : undefined });
    session.disconnect();
  });
}

exports.activate = (context) => {
  write({ kind: 'activate', at: Date.now() });
  if (PROFILE) startProfile();
  context.subscriptions.push(vscode.commands.registerCommand('mechlensProbe.ping', () => write({ kind: 'ping', at: Date.now() })));
  context.subscriptions.push(vscode.commands.registerCommand('mechlensProbe.stopProfile', stopProfile));
  // getDiagnostics() hands out the very Diagnostic objects each collection holds: when a 'mechlens' one is
  // an object not there last time, Mechlens set its diagnostics anew (an event from another collection,
  // e.g. the Markdown extension's pulled diagnostics, leaves Mechlens' objects as they were). A Mechlens
  // that reuses its Diagnostic objects (the version before the language server did) is not seen this way.
  const lastMechlens = new Map();
  context.subscriptions.push(vscode.languages.onDidChangeDiagnostics((e) => {
    const at = Date.now();
    for (const uri of e.uris) {
      if (uri.scheme !== 'file') continue;
      const all = vscode.languages.getDiagnostics(uri);
      const sources = {};
      for (const d of all) sources[d.source || '?'] = (sources[d.source || '?'] || 0) + 1;
      const key = uri.toString();
      const now = new Set(all.filter((d) => d.source === 'mechlens'));
      const before = lastMechlens.get(key) || new Set();
      let mechlens = now.size !== before.size;
      if (!mechlens) for (const d of now) if (!before.has(d)) { mechlens = true; break; }
      lastMechlens.set(key, now);
      write({ kind: 'diagnostics', at, uri: key, count: all.length, sources, mechlens });
    }
  }));
  context.subscriptions.push(vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.document.uri.scheme !== 'file' || e.contentChanges.length === 0) return;
    write({ kind: 'change', at: Date.now(), uri: e.document.uri.toString(), version: e.document.version });
  }));
  let last = Date.now();
  let secondStart = last;
  let secondMax = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    const lag = Math.max(0, now - last - ${TICK_MS});
    last = now;
    ticks++;
    if (lag > secondMax) secondMax = lag;
    if (lag >= ${LAG_LINE_MS}) write({ kind: 'lag', at: now, lagMs: lag });
    if (now - secondStart >= 1000) {
      write({ kind: 'lagSecond', at: now, maxLagMs: secondMax, ticks });
      secondStart = now;
      secondMax = 0;
      ticks = 0;
    }
  }, ${TICK_MS});
  context.subscriptions.push({ dispose: () => clearInterval(timer) });
};

exports.deactivate = () => {};
`;

/**
 * Write the probe into `extensionsDir` and list it in the folder's extensions.json (the profile manifest
 * that code-server's `--install-extension` keeps; VS Code loads the user extensions listed there).
 * Returns the path of its output file.
 */
export function installProbe(extensionsDir, { profile = false } = {}) {
  const dir = join(extensionsDir, FOLDER);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(PACKAGE, null, 2)}\n`);
  writeFileSync(join(dir, 'probe.js'), probeJs({ profile }));
  const out = join(dir, 'probe.jsonl');
  writeFileSync(out, '');
  const manifest = join(extensionsDir, 'extensions.json');
  let entries = [];
  try {
    entries = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch {
    /* none yet */
  }
  entries = entries.filter((e) => e?.identifier?.id !== PROBE_ID);
  entries.push({
    identifier: { id: PROBE_ID },
    version: PROBE_VERSION,
    location: { $mid: 1, fsPath: dir, external: `file://${dir}`, path: dir, scheme: 'file' },
    relativeLocation: FOLDER,
    metadata: { installedTimestamp: Date.now(), pinned: true, source: 'vsix' },
  });
  writeFileSync(manifest, JSON.stringify(entries));
  return out;
}

/** The probe's records so far (a half-written last line is left out). */
export function readProbe(out) {
  let text = '';
  try {
    text = readFileSync(out, 'utf8');
  } catch {
    return [];
  }
  const records = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      records.push(JSON.parse(line));
    } catch {
      /* partial line */
    }
  }
  return records;
}

export const pingsOf = (records) => records.filter((r) => r.kind === 'ping').map((r) => r.at);

/** The largest event-loop lag whose busy stretch overlaps [from, to]; null when none was recorded. */
export function maxLagBetween(records, from, to) {
  let max = null;
  for (const r of records) {
    if (r.kind !== 'lag') continue;
    const busyFrom = r.at - r.lagMs - TICK_MS;
    if (r.at >= from && busyFrom <= to) max = Math.max(max ?? 0, r.lagMs);
  }
  // Lateness below the line threshold is in no 'lag' record: the per-second maxima below it cover it.
  for (const r of records) {
    if (r.kind === 'lagSecond' && r.maxLagMs < LAG_LINE_MS && r.at >= from && r.at - 1000 <= to) max = Math.max(max ?? 0, r.maxLagMs);
  }
  return max;
}

/** The first diagnostics change of the document whose uri ends with `/name` that left it with diagnostics. */
export function firstDiagnosticsAt(records, name, after = 0) {
  return records.find((r) => r.kind === 'diagnostics' && r.at >= after && r.count > 0 && r.uri.endsWith(`/${name}`))?.at;
}

/** p50 and max (nearest rank) of a list of numbers. */
export function spread(list) {
  const xs = [...list].sort((a, b) => a - b);
  if (!xs.length) return { p50: NaN, max: NaN, n: 0 };
  return { p50: xs[Math.ceil(0.5 * xs.length) - 1], max: xs[xs.length - 1], n: xs.length };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const PALETTE_INPUT = '.quick-input-widget .quick-input-box input';
const PALETTE_ROWS = '.quick-input-widget .quick-input-list .monaco-list-row';

/**
 * Run "Mechlens Probe: Ping" through the command palette, as fast as a keyboard can: Control+Shift+P,
 * the title typed in, and once the palette's focused row is that command, Enter. Resolves the Date.now()
 * taken just before the Enter key press (the ping's start) once the palette has closed again; it does not
 * wait for the command's handler (that is the point: the handler runs when the extension host gets to it).
 */
export async function issuePingViaPalette(wb, phases, handled) {
  const { page } = wb;
  const opened = Date.now();
  await page.keyboard.press('Control+Shift+P');
  await wb.waitQuickInput();
  await page.locator(PALETTE_INPUT).first().fill(`>${PING_TITLE}`);
  const isPing = (t) => t === PING_TITLE || t.startsWith(`${PING_TITLE} `);
  await wb.waitFor(async () => (await wb.rowTexts(PALETTE_ROWS)).some(isPing), {
    timeoutMs: 10_000, intervalMs: 20, message: async () => `the command palette has no "${PING_TITLE}"; it shows ${JSON.stringify((await wb.quickInputRows()).slice(0, 6))}`,
  });
  for (let i = 0; i < 20; i++) {
    const focused = (await wb.rowTexts(`${PALETTE_ROWS}.focused`))[0] ?? '';
    if (isPing(focused)) break;
    await page.keyboard.press('ArrowDown');
    await sleep(30);
  }
  const at = Date.now();
  phases?.push(at - opened); // how long the palette took to offer the command (the workbench's UI, not the host)
  await page.keyboard.down('Enter');
  handled?.push(Date.now());
  await page.keyboard.up('Enter');
  await page.locator(PALETTE_INPUT).first().waitFor({ state: 'hidden', timeout: 10_000 });
  return at;
}

/**
 * Run "Mechlens Probe: Ping" by its key (Control+Shift+Alt+F9; the workbench's keybinding service sends it
 * to the extension host like any command). Resolves the Date.now() taken just before the key press;
 * `handled` gets the Date.now() when the browser acknowledged the key down, i.e. when the workbench's page
 * had run its key handlers (which send the command on its way to the extension host).
 */
export async function issuePingViaKey(wb, handled) {
  const { keyboard } = wb.page;
  const modifiers = PING_KEY.split('+');
  const key = modifiers.pop();
  for (const m of modifiers) await keyboard.down(m);
  const at = Date.now();
  await keyboard.down(key);
  handled?.push(Date.now());
  await keyboard.up(key);
  for (const m of modifiers.reverse()) await keyboard.up(m);
  return at;
}

/**
 * The same lateness measure as the probe's, in the workbench's page (the browser's main thread, where the
 * workbench's UI runs): a 10 ms interval; a lateness of 15 ms or more is kept. Read with readPageLags().
 */
export async function installPageLagMonitor(page) {
  await page.evaluate(({ tick, line }) => {
    const lags = [];
    window.__mechlensBenchLags = lags;
    let last = Date.now();
    setInterval(() => {
      const now = Date.now();
      const lag = Math.max(0, now - last - tick);
      last = now;
      if (lag >= line) lags.push({ kind: 'lag', at: now, lagMs: lag });
    }, tick);
  }, { tick: TICK_MS, line: LAG_LINE_MS });
}

export async function readPageLags(page) {
  return page.evaluate(() => window.__mechlensBenchLags ?? []);
}

/** Wait until the probe has recorded at least `count` pings; resolves their times. */
export async function waitForPings(out, count, { timeoutMs = 120_000 } = {}) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const pings = pingsOf(readProbe(out));
    if (pings.length >= count) return pings;
    if (Date.now() > until) throw new Error(`the probe recorded ${pings.length} ping(s) of the ${count} issued within ${timeoutMs / 1000} s`);
    await sleep(20);
  }
}

/**
 * Where the extension host's CPU time went between `from` and `to` (Date.now() times), from the probe's
 * CPU profile: milliseconds of samples by owner, the extension whose code is nearest the top of the stack
 * (built-in ones included, e.g. markdown-language-features), else "extension host" (VS Code's own code),
 * "node" (Node's internals with no extension above them), "(garbage collector)"; idle time left out.
 * Returns [] without a profile.
 */
export function profileByOwner(profilePath, records, from, to) {
  const stopped = records.find((r) => r.kind === 'profile' && r.endTime !== undefined);
  let profile;
  try {
    profile = JSON.parse(readFileSync(profilePath, 'utf8'));
  } catch {
    return [];
  }
  if (!stopped) return [];
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ownerCache = new Map();
  const owner = (id) => {
    if (ownerCache.has(id)) return ownerCache.get(id);
    let found;
    let fallback;
    for (let n = id; n !== undefined && nodes.has(n); n = parent.get(n)) {
      const { url, functionName } = nodes.get(n).callFrame;
      const ext = /extensions\/([^/]+)\//.exec(url ?? '');
      if (ext) { found = ext[1]; break; }
      if (fallback === undefined) {
        if (/^\((idle|program|garbage collector|root)\)$/.test(functionName)) fallback = functionName;
        else if (/\/out\/vs\//.test(url ?? '')) fallback = 'extension host';
        else if (url) fallback = /^node:/.test(url) ? 'node' : url;
      }
    }
    const result = found ?? fallback ?? 'node';
    ownerCache.set(id, result);
    return result;
  };
  const wall = (us) => stopped.at - (stopped.endTime - us) / 1000;
  const totals = new Map();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const next = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
    const at = wall(t);
    if (at < from || at > to) continue;
    const who = owner(profile.samples[i]);
    if (who === '(idle)' || who === '(program)' || who === '(root)') continue;
    totals.set(who, (totals.get(who) ?? 0) + next / 1000);
  }
  return [...totals].map(([who, ms]) => ({ owner: who, ms: Math.round(ms) })).sort((a, b) => b.ms - a.ms);
}

/** Nearest-rank percentiles as "Mechlens: Show Timing" computes them. */
function percentiles(list) {
  const xs = [...list].sort((a, b) => a - b);
  const pct = (p) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
  return xs.length ? { p50: pct(50), p95: pct(95), max: xs[xs.length - 1], n: xs.length } : { p50: NaN, p95: NaN, max: NaN, n: 0 };
}

/**
 * Keystroke to diagnostics as the probe sees the edits of the document whose uri ends with `/name`
 * between `from` and `to`: from a change (the first since the last diagnostics) to the next diagnostics
 * event of any extension (what an onDidChangeDiagnostics listener that does not look at who changed
 * what counts), and from each change to the event in which Mechlens' own diagnostics were set anew, when
 * that comes before the next change (the bench's edits are seconds apart); `changes` counts the changes.
 */
export function editLatencies(records, name, from, to) {
  const mine = records.filter((r) => r.at >= from && r.at <= to && r.uri?.endsWith(`/${name}`) && (r.kind === 'change' || r.kind === 'diagnostics'));
  const anyEvent = [];
  const mechlens = [];
  let sinceAny;
  let sinceMechlens;
  let changes = 0;
  for (const r of mine) {
    if (r.kind === 'change') {
      changes++;
      sinceAny ??= r.at;
      sinceMechlens = r.at;
      continue;
    }
    if (sinceAny !== undefined) {
      anyEvent.push(r.at - sinceAny);
      sinceAny = undefined;
    }
    if (r.mechlens && sinceMechlens !== undefined) {
      mechlens.push(r.at - sinceMechlens);
      sinceMechlens = undefined;
    }
  }
  return { any: percentiles(anyEvent), mechlens: percentiles(mechlens), changes };
}
