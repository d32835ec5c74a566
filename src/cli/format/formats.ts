/**
 * The formats of `mechlens check --format`: one table, from which the option's check, the usage text
 * and the tests are derived. Each names its report writer (one file each) and what it needs besides a
 * file's diagnostics: the claims (a result from the cache leaves them out otherwise) and the file's text
 * (the INDRA and HTML reports quote each claim's sentence).
 */
import type { CompiledLexicon } from '../../core';
import type * as Analysis from '../analysis';
import { indraReport } from './indra';
import { jsonReport } from './json';
import { sarifReport } from './sarif';
import { textReport } from './text';
import type { ReportWriter } from './types';

/** What a report writer is made with. */
export interface ReportSetup {
  /** The Mechlens version (SARIF names the tool with it). */
  version: string;
  /** --hints: the text report shows "did you mean" hints. */
  hints: boolean;
  /** The lexicons of the run, compiled (and the analyser loaded) on the first call. */
  lexicon(): CompiledLexicon;
  /** The analysis bundle (dist/cli-analysis.js), loaded on the first call: writers that draw live there. */
  analysis(): typeof Analysis;
  /** The language a file was read in. */
  languageOf(path: string): string;
}

export interface CheckFormat {
  description: string;
  needs: { claims: boolean; text: boolean };
  writer(setup: ReportSetup): ReportWriter;
}

export const CHECK_FORMATS = Object.freeze({
  text: {
    description: 'file:line:col: severity: message, then a summary (the default)',
    needs: { claims: false, text: false },
    writer: (s: ReportSetup) => textReport(s.hints),
  },
  json: {
    description: 'diagnostics and claims as JSON',
    needs: { claims: true, text: false },
    writer: () => jsonReport(),
  },
  sarif: {
    description: 'SARIF 2.1.0, for code-scanning tools',
    needs: { claims: false, text: false },
    writer: (s: ReportSetup) => sarifReport(s.version),
  },
  indra: {
    description: 'the judged claims as INDRA statements JSON, each sentence its evidence',
    needs: { claims: true, text: true },
    writer: (s: ReportSetup) => indraReport(s.lexicon),
  },
  html: {
    description: 'one self-contained consistency report of all the files, with a map of each file\'s claims',
    needs: { claims: true, text: true },
    // It names entities and draws maps, so it lives in the analysis bundle and needs the lexicon even
    // when every result comes from the cache.
    writer: (s: ReportSetup) => s.analysis().htmlReport({ lexicon: s.lexicon(), version: s.version, languageOf: s.languageOf }),
  },
} satisfies Record<string, CheckFormat>);

export type CheckFormatName = keyof typeof CHECK_FORMATS;

export const CHECK_FORMAT_NAMES = Object.keys(CHECK_FORMATS) as CheckFormatName[];

export function isCheckFormat(name: string): name is CheckFormatName {
  return Object.prototype.hasOwnProperty.call(CHECK_FORMATS, name);
}
