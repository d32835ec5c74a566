/**
 * What the benchmark scripts share: timing a command with GNU time, medians and percentiles, and which
 * `mechlens` launcher they time (MECHLENS_BENCH_BIN names another build's bin/mechlens.js, to compare a
 * change against the build before it in the same session on this shared machine).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(__dirname, '..');

/** The launcher the command-line runs time: this build's, or the one MECHLENS_BENCH_BIN names. */
export const mechlensBin = process.env.MECHLENS_BENCH_BIN ?? join(root, 'bin', 'mechlens.js');

export interface Timed {
  seconds: number;
  maxRssMb: number;
}

/** Wall time and peak RSS of a command, via GNU time; `env` adds to the environment. */
export function timed(cmd: string, args: string[], env: Record<string, string> = {}): Timed {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  return { seconds, maxRssMb: kb / 1024 };
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
export const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
export const runs = (rs: Timed[]): string => rs.map((r) => r.seconds.toFixed(2)).join(', ');
export const peak = (rs: Timed[]): string => `${Math.max(...rs.map((r) => r.maxRssMb)).toFixed(0)} MB`;

/** The machine's load average, printed with the figures: another user's tests skew them. */
export function load(): string {
  const r = spawnSync('uptime', [], { encoding: 'utf8' });
  return (r.stdout ?? '').trim().replace(/^.*load average:\s*/, 'load average ');
}

/** Edits the dense benchmarks make: "Notably, " before a random sentence, 200 times (a fixed seed). */
const EDITS = 200;

/** The edited texts, in order: each adds "Notably, " before one more of `sentences` (the same every run). */
export function* sentenceEdits(text: string, sentences: readonly string[]): Generator<string> {
  let edited = text;
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < EDITS; i++) {
    const s = sentences[Math.floor(next() * sentences.length)];
    const at = edited.indexOf(s.slice(0, 30));
    if (at < 0) continue;
    edited = `${edited.slice(0, at)}Notably, ${edited.slice(at)}`;
    yield edited;
  }
}
