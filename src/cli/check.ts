/**
 * `mechlens check`: reads the files in the order given, takes each result from the cache or from an
 * analysis (in this thread, or in worker threads with --jobs), and writes each file's report as soon as
 * it and every file before it are done. The report, the messages and the exit status are the same
 * whichever way a result came.
 */
import { availableParallelism } from 'node:os';
import type { CompiledLexicon } from '../core';
import { MEGABYTE } from '../core/limits';
import { languageOfPath } from '../core/prose';
import type * as Analysis from './analysis';
import type { BibliographySource } from './bibliographies';
import type { CheckArgs } from './args';
import type { ResultCache } from './cache';
import { CHECK_FORMATS } from './format/formats';
import type { FileResult, ReportedDiagnostic, ReportWriter } from './format/types';
import { InputError, manuscriptLimit, readStandardInput, readTextInput, type TextInput } from './input';
import type { CompiledLexiconStore } from '../service';
import { forWorker, type LexiconSource, type WorkerLexicon } from './lexicons';
import type { Output } from './output';
import { loadAnalysis } from './loadAnalysis';
import { defaultJobs } from './jobs';
import { WorkerPool } from './pool';

export { loadAnalysis } from './loadAnalysis';

/** The lexicons of a check: what to say about the --lexicon files, and the lexicon, compiled when first needed. */
export interface LexiconSetup {
  problems: string[];
  /** The --lexicon files that are added (the valid ones), in order: worker threads add the same. */
  applied: WorkerLexicon[];
  /** The bundled lexicon with the valid --lexicon files added (compiled, and the analysis code loaded, on the first call). */
  lexicon(): CompiledLexicon;
}

/**
 * Validates the --lexicon files by compiling them or, with --cache, from the cache's record of the last
 * run with the same files: a run answered from the cache then loads no analysis code at all.
 */
export function setUpLexicons(sources: readonly LexiconSource[], cache: ResultCache | undefined, store?: CompiledLexiconStore): LexiconSetup {
  const opened = sources.flatMap((s) => ('problem' in s ? [] : [s]));
  let compiled: Analysis.CompiledLexicons | undefined;
  const compile = (): Analysis.CompiledLexicons => (compiled ??= loadAnalysis().compileLexicons(sources, { forIndex: true, store }));
  let byOpened = opened.length === 0 ? [] : cache?.lexiconProblems(opened.length);
  if (byOpened === undefined) {
    const { problemsBySource } = compile();
    byOpened = problemsBySource.filter((_, i) => !('problem' in sources[i]));
    cache?.storeLexiconProblems(byOpened);
  }
  const known = byOpened;
  let k = 0;
  return {
    problems: sources.flatMap((s) => ('problem' in s ? [s.problem] : known[k++])),
    // Made when asked for (worker threads): a file the main thread has not read (its compiled form came
    // from the cache) is sent by path, and the worker reads its form from the cache too.
    get applied() {
      return opened.filter((_, i) => known[i].length === 0).map(forWorker);
    },
    lexicon: () => compile().lexicon,
  };
}

export interface CheckContext {
  args: CheckArgs;
  lexicons: LexiconSetup;
  /** The cache (--cache), opened. */
  cache: ResultCache | undefined;
  hadInputError: boolean;
  stdin(): Uint8Array | AsyncIterable<Uint8Array>;
  out: Output;
  say(message: string): Promise<void>;
  report: ReportWriter;
  /** Starts a worker thread that serves checks (main.ts: the bundle is its own worker script). */
  startWorker(lexicons: WorkerLexicon[], minConfidence: number | undefined, bibliographies: BibliographySource[]): import('node:worker_threads').Worker;
  /** The --bibliography files read. */
  bibliographies: BibliographySource[];
}

/** A file's result, and its text when the report asks for it. */
type Outcome = { path: string; result: FileResult; text?: string } | { path: string; error: string };

/** The language a file is read in: --language, else Markdown for standard input, else by its extension. */
export function languageIdOf(args: Pick<CheckArgs, 'language'>, path: string): string {
  return args.language ?? (path === '-' ? 'markdown' : languageOfPath(path));
}

/** A contradiction that fails the check: confident or hedged, not a "possible" one below the confidence line. */
export function isReportedContradiction(d: ReportedDiagnostic): boolean {
  return d.code === 'contradiction' && d.certainty !== 'possible';
}

export async function check(ctx: CheckContext): Promise<number> {
  const { args, out, say, report } = ctx;
  const limit = manuscriptLimit(args.maxSizeMb * MEGABYTE);
  const files = args.files;
  const jobs = Math.max(1, Math.min(args.jobs ?? defaultJobs(availableParallelism()), files.length));

  const { cache, lexicons } = ctx;
  const { needs } = CHECK_FORMATS[args.format];

  // "Did you mean" hints are written with --hints or in any format but text, and kept in the cache for a
  // later run that writes them; otherwise they are dropped unread (below), so they are not looked for.
  const hints = args.hints || args.format !== 'text' || cache !== undefined;
  let local: Analysis.Checker | undefined;
  let pool: WorkerPool<FileResult> | undefined;
  const analyse = (text: string, languageId: string): FileResult | Promise<FileResult> => {
    if (jobs === 1) return (local ??= loadAnalysis().createChecker(lexicons.lexicon(), args.minConfidence, ctx.bibliographies, { hints })).check(text, languageId);
    // Workers load the bundled lexicon themselves and add the valid --lexicon files.
    pool ??= new WorkerPool(jobs, () => ctx.startWorker(lexicons.applied, args.minConfidence, ctx.bibliographies));
    return pool.check(text, languageId);
  };

  let stdin: Promise<string> | undefined; // standard input is read once, however often "-" is named
  const produce = async (path: string): Promise<Outcome> => {
    let input: TextInput | { bytes?: undefined; text(): string };
    try {
      if (path === '-') {
        const text = await (stdin ??= readStandardInput(ctx.stdin(), limit));
        input = { text: () => text };
      } else input = readTextInput(path, limit);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      return { path, error: err.message };
    }
    const languageId = languageIdOf(args, path);
    // Keyed by the file's bytes: a file whose result is kept is never even decoded (unless the report quotes it).
    const key = cache !== undefined && input.bytes !== undefined ? cache.keyOf(input.bytes, languageId) : undefined;
    const kept = key === undefined ? undefined : cache?.lookup(path, key, needs.claims);
    if (kept !== undefined) return { path, result: kept, ...(needs.text ? { text: input.text() } : {}) };
    const text = input.text();
    const result = await analyse(text, languageId);
    if (key !== undefined) cache?.store(path, key, result);
    return { path, result, ...(needs.text ? { text } : {}) };
  };

  // Files are read and analysed ahead of the one being written, at most `ahead` of them at once (with
  // one job, none: each file's findings are written before the next file is read, as they always were).
  const ahead = jobs === 1 ? 1 : 2 * jobs;
  const pending: Array<Promise<Outcome> | undefined> = [];
  let started = 0;
  let inputError = ctx.hadInputError;
  let contradiction = false;
  try {
    await out.putAll(report.begin());
    for (let i = 0; i < files.length; i++) {
      while (started < files.length && started < i + ahead) {
        const p = produce(files[started]);
        p.catch(() => undefined); // awaited in its turn; until then a failure is not "unhandled"
        pending[started++] = p;
      }
      const outcome = await (pending[i] as Promise<Outcome>);
      pending[i] = undefined;
      if ('error' in outcome) {
        // Said in its turn, so messages and findings come in the order the files were given.
        await say(outcome.error);
        inputError = true;
        continue;
      }
      const all = outcome.result;
      const result: FileResult = args.hints || args.format !== 'text' ? all : { ...all, diagnostics: all.diagnostics.filter((d) => d.code !== 'unknown-term') };
      if (result.diagnostics.some(isReportedContradiction)) contradiction = true;
      await out.putAll(report.file({ path: outcome.path, result, ...(outcome.text !== undefined ? { text: outcome.text } : {}) }));
    }
    await out.putAll(report.end());
    await out.flush();
  } finally {
    await pool?.close();
    local?.dispose();
  }
  if (cache !== undefined) {
    cache.save();
    const problem = cache.takeProblem();
    if (problem !== undefined) await say(problem);
  }
  if (inputError) return 2;
  return contradiction ? 1 : 0;
}
