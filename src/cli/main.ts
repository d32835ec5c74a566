/** The `mechlens` command: argument handling, file reading and output. Analysis lives in the core. */
import { createAnalyzer, languageOfPath, type AnalysisResult } from '../core';
import { parseArgs, UsageError, USAGE, type CheckArgs } from './args';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import type { FileReport } from './format/types';
import { decodeText, InputError, readTextFile } from './input';
import { lexiconJson, lexiconText } from './lexiconReport';
import { loadLexicons } from './lexicons';

declare const MECHLENS_VERSION: string | undefined;
const VERSION = typeof MECHLENS_VERSION === 'string' ? MECHLENS_VERSION : '0.0.0-dev';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin(): Uint8Array;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`mechlens: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (args.command === 'help') { io.stdout(USAGE); return 0; }
  if (args.command === 'version') { io.stdout(`${VERSION}\n`); return 0; }
  const { lexicon, problems } = loadLexicons(args.lexicons);
  for (const p of problems) io.stderr(`mechlens: ${p}\n`);
  if (args.command === 'lexicon') {
    io.stdout(args.format === 'json' ? lexiconJson(lexicon) : lexiconText(lexicon));
    return problems.length > 0 ? 2 : 0;
  }
  return check(args, lexicon, problems.length > 0, io);
}

function check(args: CheckArgs, lexicon: ReturnType<typeof loadLexicons>['lexicon'], hadInputError: boolean, io: Io): number {
  const analyzer = createAnalyzer({ lexicon });
  const reports: FileReport[] = [];
  let inputError = hadInputError;
  const maxBytes = args.maxSizeMb * 1048576;
  for (const path of args.files) {
    let text: string;
    try {
      if (path === '-') {
        const bytes = io.stdin();
        if (bytes.length > maxBytes) throw new InputError(`standard input: over the ${args.maxSizeMb} MB limit (raise it with --max-size)`);
        text = decodeText(bytes, 'standard input');
      } else {
        text = readTextFile(path, maxBytes);
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.stderr(`mechlens: ${err.message}\n`);
      inputError = true;
      continue;
    }
    const languageId = args.language ?? (path === '-' ? 'markdown' : languageOfPath(path));
    const result: AnalysisResult = analyzer.analyze({ uri: path, text, languageId }, { hints: args.hints || args.format !== 'text', minConfidence: args.minConfidence });
    reports.push({ path, result });
  }
  analyzer.dispose();
  if (args.format === 'json') io.stdout(formatJson(reports));
  else if (args.format === 'sarif') io.stdout(formatSarif(reports, VERSION));
  else if (reports.length > 0) io.stdout(formatText(reports, args.hints));
  if (inputError) return 2;
  return reports.some((r) => r.result.diagnostics.some(isReportedContradiction)) ? 1 : 0;
}

/** A contradiction that fails the check: confident or hedged, not a "possible" one below the confidence line. */
export function isReportedContradiction(d: AnalysisResult['diagnostics'][number]): boolean {
  return d.code === 'contradiction' && d.certainty !== 'possible';
}
