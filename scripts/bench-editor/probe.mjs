// The editor benchmark's probe: a tiny extension, generated into the session's extensions folder, that runs
// in the same extension host as Mechlens (the Node extension host of code-server) and tells how responsive
// that host is. It has no dependencies and nothing to build.
//
// What it records, one JSON object a line, appended synchronously to `probe.jsonl` in its own folder
// (<extensions>/mechlens-bench.probe-0.0.1/probe.jsonl: a path the bench knows, outside the workspace, so
// no file watcher or Mechlens workspace scan sees the writes):
//   { kind: 'activate', at }                       once, when the host activates it (onStartupFinished)
//   { kind: 'ping', at }                           each time the command "Mechlens Probe: Ping"
//                                                  (mechlensProbe.ping) runs: `at` is the handler's Date.now()
//   { kind: 'diagnostics', at, uri, count }        each diagnostics change of a document (as the host sees it)
//   { kind: 'lag', at, lagMs }                     a 10 ms interval that fired `lagMs` ≥ 15 ms late: the host's
//                                                  event loop was busy for about lagMs + 10 ms before `at`
//   { kind: 'lagSecond', at, maxLagMs, ticks }     every second: the largest lateness of that second
// All times are Date.now() of the machine, the same clock the bench reads.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PROBE_ID = 'mechlens-bench.probe';
export const PROBE_VERSION = '0.0.1';
export const PING_TITLE = 'Mechlens Probe: Ping';
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
  contributes: { commands: [{ command: 'mechlensProbe.ping', title: PING_TITLE }] },
};

const PROBE_JS = `'use strict';
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, 'probe.jsonl');
const write = (o) => { try { fs.appendFileSync(OUT, JSON.stringify(o) + '\\n'); } catch (e) { /* nothing to do */ } };

exports.activate = (context) => {
  write({ kind: 'activate', at: Date.now() });
  context.subscriptions.push(vscode.commands.registerCommand('mechlensProbe.ping', () => write({ kind: 'ping', at: Date.now() })));
  context.subscriptions.push(vscode.languages.onDidChangeDiagnostics((e) => {
    const at = Date.now();
    for (const uri of e.uris) {
      if (uri.scheme !== 'file') continue;
      write({ kind: 'diagnostics', at, uri: uri.toString(), count: vscode.languages.getDiagnostics(uri).length });
    }
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
export function installProbe(extensionsDir) {
  const dir = join(extensionsDir, FOLDER);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(PACKAGE, null, 2)}\n`);
  writeFileSync(join(dir, 'probe.js'), PROBE_JS);
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
export async function issuePing(wb) {
  const { page } = wb;
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
  await page.keyboard.press('Enter');
  await page.locator(PALETTE_INPUT).first().waitFor({ state: 'hidden', timeout: 10_000 });
  return at;
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
