// Child processes for the e2e tier: every command has a time limit, and every long-lived process we
// start is remembered by its process id so that cleanup (also on SIGINT/SIGTERM) can stop exactly it.
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';

/** Process groups we started and must stop: pid → label. */
const started = new Map();

/** Run a command to completion; resolves { code, out } or rejects on timeout. Output goes to `log` too. */
export function run(cmd, args, { cwd, env, timeoutMs = 120_000, log, input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    started.set(child.pid, `${cmd} ${args.join(' ')}`);
    let out = '';
    const take = (chunk) => {
      const text = chunk.toString();
      out += text;
      if (out.length > 2_000_000) out = out.slice(-1_000_000);
      if (log) appendFileSync(log, text);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(new Error(`${cmd} ${args.join(' ')} took longer than ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      started.delete(child.pid);
      reject(new Error(`${cmd}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      started.delete(child.pid);
      resolve({ code: code ?? (signal ? 128 : 1), out });
    });
  });
}

/** Run and require exit status 0; the error names the command and quotes the end of its output. */
export async function runOk(cmd, args, options = {}) {
  const { code, out } = await run(cmd, args, options);
  if (code !== 0) {
    // The lines that say what went wrong first (an ERROR line of npm, vsce, apt…), then the end of the output.
    const lines = out.trim().split('\n').map((l) => l.trim()).filter(Boolean);
    const errors = lines.filter((l) => /\berr(or)?\b|^E:/i.test(l)).slice(-3);
    const detail = (errors.length ? errors : lines.slice(-5)).join(' | ');
    throw new Error(`${cmd} ${args.join(' ')} exited with ${code}: ${detail}${options.log ? ` (log: ${options.log})` : ''}`);
  }
  return out;
}

/** Start a long-lived process in its own process group; it is stopped by stopAll() or stop(pid). */
export function startDetached(cmd, args, { cwd, env, log } = {}) {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  started.set(child.pid, `${cmd} ${args.join(' ')}`);
  const take = (chunk) => { if (log) appendFileSync(log, chunk.toString()); };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  child.on('close', () => started.delete(child.pid));
  child.on('error', () => started.delete(child.pid));
  return child;
}

/** Remember a process group started elsewhere (Chromium, launched by playwright-core). */
export function track(pid, label) {
  if (pid) started.set(pid, label);
}

export function untrack(pid) {
  started.delete(pid);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Signal a process group we started (its leader's pid), falling back to the process alone. */
export function killGroup(pid, signal = 'SIGTERM') {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

/** Stop one started process group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stop(pid, graceMs = 3000) {
  if (!pid) return;
  killGroup(pid, 'SIGTERM');
  const until = Date.now() + graceMs;
  while (Date.now() < until && alive(pid)) await new Promise((r) => setTimeout(r, 100));
  killGroup(pid, 'SIGKILL');
  started.delete(pid);
}

/** Stop everything still running that we started. */
export async function stopAll() {
  await Promise.all([...started.keys()].map((pid) => stop(pid)));
}

/** Synchronous last resort (signal handlers, process exit): SIGKILL every group we started. */
export function killAllNow() {
  for (const pid of started.keys()) killGroup(pid, 'SIGKILL');
  started.clear();
}
