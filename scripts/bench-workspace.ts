/**
 * `npm run bench`, last part: the language server's Check Workspace over a folder of 20 manuscripts of
 * 10,000 words each (scripts/bench-corpus.ts, a different seed for each, every sentence unique), closed
 * files checked in the server's own thread (MECHLENS_SERVER_JOBS=1) and in two worker threads
 * (MECHLENS_SERVER_JOBS=2, whatever this machine's default: on two cores it is none). Three rounds,
 * alternating, each in a fresh server (`mechlens lsp --stdio`): the first run (the workers start in it)
 * and a second run in the same server (the workers kept), timed from the command to its answer; the
 * first run's CPU time and the server's peak RSS (its threads included, from /proc). Both ways must answer the same summary.
 * This is a benchmark, not a test: it prints figures and passes no judgement.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledLexicon } from '../src/core';
import { LspClient } from '../test/support/lspClient';
import { makeCorpus } from './bench-corpus';
import { load, median, root } from './bench-util';

const FILES = 20;
const WORDS = 10_000;
const bundled = JSON.parse(readFileSync(join(root, 'generated', 'lexicon.json'), 'utf8')) as CompiledLexicon;
const folder = mkdtempSync(join(tmpdir(), 'mechlens-bench-workspace-'));
let words = 0;
for (let i = 0; i < FILES; i++) {
  const corpus = makeCorpus(bundled, WORDS, 1000 + i);
  words += corpus.words;
  writeFileSync(join(folder, `chapter-${String(i + 1).padStart(2, '0')}.md`), corpus.text);
}

interface Round { first: number; second: number; firstCpu: number; peakMb: number; summary: string }

/** The server's peak resident memory so far (VmHWM, all its threads), in MB; NaN where /proc has none. */
function peakRss(pid: number | undefined): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
  } catch {
    return NaN;
  }
}

/** The server's CPU time so far (user and system, all its threads), in seconds; NaN where /proc has none. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime and stime, in clock ticks of 1/100 s
  } catch {
    return NaN;
  }
}

async function round(jobs: number): Promise<Round> {
  const cache = mkdtempSync(join(tmpdir(), 'mechlens-bench-cache-'));
  const client = new LspClient({ MECHLENS_CACHE_DIR: cache, MECHLENS_SERVER_JOBS: String(jobs) });
  try {
    await client.initialize(folder);
    const run = async (): Promise<{ seconds: number; cpu: number; summary: string }> => {
      const t = performance.now();
      const cpu = cpuSeconds(client.pid);
      const s = await client.request<{ checked: number; contradictions: number; filesWithContradictions: number }>('workspace/executeCommand', { command: 'mechlens.checkWorkspace', arguments: [] });
      return { seconds: (performance.now() - t) / 1000, cpu: cpuSeconds(client.pid) - cpu, summary: `${s.checked} files, ${s.contradictions} contradictions in ${s.filesWithContradictions} files` };
    };
    const first = await run();
    const second = await run();
    if (second.summary !== first.summary) throw new Error(`two runs differ: ${first.summary} / ${second.summary}`);
    return { first: first.seconds, second: second.seconds, firstCpu: first.cpu, peakMb: peakRss(client.pid), summary: first.summary };
  } finally {
    await client.close();
    rmSync(cache, { recursive: true, force: true });
  }
}

const main = async (): Promise<void> => {
  console.log(`\nCheck Workspace: ${FILES} manuscripts, ${words.toLocaleString('en')} words in all (scripts/bench-corpus.ts, seeds 1000-${999 + FILES}); ${availableParallelism()} cores; ${load()}`);
  const byJobs = new Map<number, Round[]>([[1, []], [2, []]]);
  for (let i = 0; i < 3; i++) for (const jobs of [1, 2]) byJobs.get(jobs)?.push(await round(jobs));
  const summaries = new Set([...byJobs.values()].flat().map((r) => r.summary));
  if (summaries.size !== 1) throw new Error(`the summaries differ: ${[...summaries].join(' / ')}`);
  const s = (x: number): string => `${x.toFixed(2)} s`;
  const medians: number[] = [];
  for (const [jobs, rounds] of byJobs) {
    const first = median(rounds.map((r) => r.first));
    medians.push(first);
    const how = jobs === 1 ? "in the server's thread" : `in ${jobs} worker threads`;
    console.log(`Check Workspace ${how}: first run ${s(first)} (runs ${rounds.map((r) => r.first.toFixed(2)).join(', ')}; CPU ${s(median(rounds.map((r) => r.firstCpu)))}), again in the same server ${s(median(rounds.map((r) => r.second)))} (runs ${rounds.map((r) => r.second.toFixed(2)).join(', ')}), peak RSS ${Math.max(...rounds.map((r) => r.peakMb)).toFixed(0)} MB`);
  }
  console.log(`Check Workspace: workers / server's thread ${(medians[1] / medians[0]).toFixed(2)} (first runs); summary ${[...summaries][0]}; ${load()}`);
  rmSync(folder, { recursive: true, force: true });
};

void main().catch((err: unknown) => {
  console.error(err);
  rmSync(folder, { recursive: true, force: true });
  process.exitCode = 1;
});
