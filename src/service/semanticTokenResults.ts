/**
 * Semantic tokens sent as what changed since the client's last result (LSP `semanticTokens/full/delta`).
 * A 100,000-word manuscript has tens of thousands of token numbers; after a keystroke only a few of them
 * change, so a client that holds the last result gets one small edit instead of the whole array again.
 */
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from './lsp';

export interface SemanticTokenResults {
  /** The whole array, remembered under a new result id for the next delta. */
  full(uri: string, data: number[]): SemanticTokens;
  /** What changed since `previousResultId`; the whole array when that result is not the one remembered. */
  delta(uri: string, previousResultId: string, data: number[]): SemanticTokens | SemanticTokensDelta;
  forget(uri: string): void;
}

/**
 * The edit that turns `previous` into `next`: the run between their common start and common end (the
 * encoding is relative, so an edit in one place changes the numbers there and at most the next token's
 * line offset). No edit when they are equal.
 */
export function tokenEdits(previous: readonly number[], next: readonly number[]): SemanticTokensEdit[] {
  const shorter = Math.min(previous.length, next.length);
  let start = 0;
  while (start < shorter && previous[start] === next[start]) start++;
  if (start === previous.length && start === next.length) return [];
  let tail = 0;
  while (tail < shorter - start && previous[previous.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return [{ start, deleteCount: previous.length - start - tail, data: next.slice(start, next.length - tail) }];
}

export function createSemanticTokenResults(): SemanticTokenResults {
  // One result per document: the client asks for a delta against the last one it was sent.
  const last = new Map<string, { resultId: string; data: number[] }>();
  let counter = 0;
  const remember = (uri: string, data: number[]): string => {
    const resultId = String(++counter);
    last.set(uri, { resultId, data });
    return resultId;
  };
  return {
    full(uri, data) {
      return { resultId: remember(uri, data), data };
    },
    delta(uri, previousResultId, data) {
      const previous = last.get(uri);
      if (previous?.resultId !== previousResultId) return { resultId: remember(uri, data), data };
      return { resultId: remember(uri, data), edits: tokenEdits(previous.data, data) };
    },
    forget: (uri) => void last.delete(uri),
  };
}
