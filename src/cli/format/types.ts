import type { ClaimResult, DiagnosticResult } from '../../core';

/** What the reports read of a diagnostic: the public JSON shape (format/json.ts writes it). */
export type ReportedDiagnostic = Pick<DiagnosticResult,
  'range' | 'severity' | 'code' | 'message' | 'refs' | 'interactions' | 'claim' | 'suggestion' | 'fix' | 'confidence' | 'certainty'>;

/** A claim in the public JSON shape (format/json.ts writes it). */
export type PublicClaim = Pick<ClaimResult,
  'range' | 'subject' | 'relation' | 'sign' | 'object' | 'negated' | 'hedged' | 'context' | 'status' | 'interactions' | 'refs'
  | 'kind' | 'passive' | 'rule' | 'confidence' | 'reach' | 'path' | 'provenance' | 'missing' | 'sides' | 'attribute' | 'statement'>
  & {
    /** The citation keys the claim's sentence cites (with --bibliography). */
    citations?: string[];
    /** True when one of them is the author's key for the review. */
    citesReview?: boolean;
  };

/**
 * What the reports read of a claim: the public shape and the sentence's range, which the JSON report
 * leaves out (its shape is a contract) but the INDRA report needs for its evidence text.
 */
export type ReportedClaim = PublicClaim & Pick<ClaimResult, 'sentenceRange'>;

/**
 * One file's result as every report reads it: plain data (a worker thread sends it, the cache keeps it
 * as JSON), written the same whichever way it came.
 */
export interface FileResult {
  diagnostics: ReportedDiagnostic[];
  claims: ReportedClaim[];
  /**
   * Set when `claims` was left out (empty) because the report does not write claims: a result from the
   * cache for a text or SARIF report. The text summary counts from it.
   */
  claimCounts?: ClaimCounts;
}

/** How many claims a file has, and how many of them the review supports. */
export interface ClaimCounts {
  total: number;
  supported: number;
}

export function countClaims(result: FileResult): ClaimCounts {
  if (result.claimCounts !== undefined) return result.claimCounts;
  let supported = 0;
  for (const c of result.claims) if (c.status === 'supports') supported++;
  return { total: result.claims.length, supported };
}

/** One checked file as the formatters see it. */
export interface FileReport {
  path: string;
  result: FileResult;
  /**
   * The file's text as analysed, only for a format that asks for it (CheckFormat.needs.text): a result
   * from the cache is otherwise never decoded.
   */
  text?: string;
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
