import type { AnalysisResult } from '../../core';

/** One checked file as the formatters see it. */
export interface FileReport {
  path: string;
  result: AnalysisResult;
}
