import type { AnalysisResult } from '../../core';

/** One checked file as the formatters see it. */
export interface FileReport {
  path: string;
  result: AnalysisResult;
}

/**
 * A report written as it is produced: the opening, then each checked file as soon as it is analysed,
 * then the closing. Each part is a sequence of pieces (a line, a diagnostic, a claim), never the whole
 * report as one string: a large manuscript's report can be larger than a JavaScript string may be.
 */
export interface ReportWriter {
  begin(): Iterable<string>;
  file(report: FileReport): Iterable<string>;
  end(): Iterable<string>;
}
