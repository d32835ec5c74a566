/** The `mechlens` command: argument handling, file reading and output. Analysis lives in the core. */
import * as core from '../core';
import { languageOfPath, type AnalysisResult, type CompiledLexicon } from '../core';
import { createMechlensService, readSettings, schemeLinks, type CoreModule } from '../service';
import { MEGABYTE } from '../core/limits';
import { parseArgs, UsageError, USAGE, type CheckArgs } from './args';
import { escapeControls } from './escape';
import { jsonReport } from './format/json';
import { sarifReport } from './format/sarif';
import { textReport } from './format/text';
import type { ReportWriter } from './format/types';
import { InputError, manuscriptLimit, readStandardInput, readTextFile } from './input';
import { lexiconJson, lexiconText } from './lexiconReport';
import { loadLexicons } from './lexicons';
import { nodeIo, processStreams, type NodeStreams } from './node';
import { Output, OutputError, type WriteFn } from './output';

declare const MECHLENS_VERSION: string | undefined;
const VERSION = typeof MECHLENS_VERSION === 'string' ? MECHLENS_VERSION : '0.0.0-dev';

export interface Io {
  /** Writes to standard output; a returned promise settles when more may be written. Throws or rejects when the write failed. */
  stdout: WriteFn;
  stderr: WriteFn;
  /** Standard input: a stream of chunks (read only up to --max-size) or, from a host that has read it already, its bytes. */
  stdin(): Uint8Array | AsyncIterable<Uint8Array>;
}

/**
 * Runs one command and resolves to its exit status: 0 no contradiction, 1 contradictions found, 2 a
 * usage or input error, or a failed write (a closed pipe, a full disk). Never rejects on bad input or
 * a failed write; only a bug in the checker rejects.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const out = new Output(io.stdout, 'standard output');
  /** One line on stderr, control characters escaped; a failed write to stderr is given up silently. */
  let stderrBroken = false;
  const say = async (message: string): Promise<void> => {
    if (stderrBroken) return;
    try {
      await io.stderr(`mechlens: ${escapeControls(message)}\n`);
    } catch {
      stderrBroken = true;
    }
  };
  try {
    return await command(argv, io, out, say);
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    // A reader that stopped early (`| head`) needs no message; anything else (a full disk) does.
    if (err.code !== 'EPIPE') await say(err.message);
    return 2;
  }
}

/**
 * The installed command (bin/mechlens.js): `main` on the process's streams. Resolves to the exit
 * status and never rejects: a failed write is exit status 2 with one line on stderr (none for a
 * reader that stopped early, EPIPE), an internal error is exit status 2 with its description.
 */
export async function run(argv: readonly string[], streams: NodeStreams = processStreams()): Promise<number> {
  const io = nodeIo(streams);
  /** Lines on stderr, each with its control characters escaped. */
  const say = async (text: string): Promise<void> => {
    try {
      await io.stderr(`mechlens: ${text.split('\n').map(escapeControls).join('\n')}\n`);
    } catch {
      // Nowhere left to say it.
    }
  };
  let code: number;
  try {
    code = await main(argv, io);
  } catch (err) {
    // A bug in the checker: its stack is what a bug report needs.
    await say(`internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    code = 2;
  }
  const late = await io.settle();
  if (late) {
    if (late.code !== 'EPIPE') await say(late.message);
    code = 2;
  }
  return code;
}

async function command(argv: readonly string[], io: Io, out: Output, say: (message: string) => Promise<void>): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      await say(err.message);
      return 2;
    }
    throw err;
  }
  if (args.command === 'help') {
    await out.put(USAGE);
    await out.flush();
    return 0;
  }
  if (args.command === 'version') {
    await out.put(`${VERSION}\n`);
    await out.flush();
    return 0;
  }
  const { lexicon, problems } = loadLexicons(args.lexicons);
  for (const p of problems) await say(p);
  if (args.command === 'lexicon') {
    await out.putAll(args.format === 'json' ? lexiconJson(lexicon) : lexiconText(lexicon));
    await out.flush();
    return problems.length > 0 ? 2 : 0;
  }
  return check(args, lexicon, problems.length > 0, io, out, say);
}

function reportWriter(args: CheckArgs): ReportWriter {
  if (args.format === 'json') return jsonReport();
  if (args.format === 'sarif') return sarifReport(VERSION);
  return textReport(args.hints);
}

/** Checks the files one by one, writing each file's findings before the next file is read. */
async function check(args: CheckArgs, lexicon: CompiledLexicon, hadInputError: boolean, io: Io, out: Output, say: (message: string) => Promise<void>): Promise<number> {
  // The same service the language server answers from, over the lexicon given (the review's and --lexicon files).
  const service = createMechlensService({ core: { ...core, bundledLexicon: lexicon } as CoreModule, links: schemeLinks(), actions: { exceptionCommand: false } });
  const settings = readSettings({ minConfidence: args.minConfidence });
  const report = reportWriter(args);
  const limit = manuscriptLimit(args.maxSizeMb * MEGABYTE);
  let inputError = hadInputError;
  let contradiction = false;
  let stdin: Promise<string> | undefined; // standard input is read once, however often "-" is named
  try {
    await out.putAll(report.begin());
    for (const path of args.files) {
      let text: string;
      try {
        if (path === '-') text = await (stdin ??= readStandardInput(io.stdin(), limit));
        else text = readTextFile(path, limit);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        await say(err.message);
        inputError = true;
        continue;
      }
      const languageId = args.language ?? (path === '-' ? 'markdown' : languageOfPath(path));
      // Read as a text that is not open: the command line never edits, so nothing is kept for an incremental re-reading.
      const { result: all } = service.checkText(text, languageId, settings);
      const result: AnalysisResult = args.hints || args.format !== 'text' ? all : { ...all, diagnostics: all.diagnostics.filter((d) => d.code !== 'unknown-term') };
      if (result.diagnostics.some(isReportedContradiction)) contradiction = true;
      await out.putAll(report.file({ path, result }));
    }
    await out.putAll(report.end());
    await out.flush();
  } finally {
    service.dispose();
  }
  if (inputError) return 2;
  return contradiction ? 1 : 0;
}

/** A contradiction that fails the check: confident or hedged, not a "possible" one below the confidence line. */
export function isReportedContradiction(d: AnalysisResult['diagnostics'][number]): boolean {
  return d.code === 'contradiction' && d.certainty !== 'possible';
}
