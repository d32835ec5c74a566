/** What is under the cursor: a lexicon term, judged claims, or (inside an entry document) a mechanism name. */
import type { AnalysisResult, ClaimResult, MentionResult, Position } from '../core';
import type { Engine } from './engine';
import { rangeContains } from './position';

export function mentionAt(result: AnalysisResult, position: Position): MentionResult | undefined {
  return result.mentions.find((m) => rangeContains(m.range, position));
}

export function claimsAt(result: AnalysisResult, position: Position): ClaimResult[] {
  return result.claims.filter((c) => rangeContains(c.sentenceRange, position) && c.status !== 'unknown');
}

/** "- Mechanism: <label>" lines of entry documents name a mechanism; its id. */
export function mechanismOnLine(engine: Engine, lineText: string): string | undefined {
  const m = /^\s*-\s+Mechanism:\s+(.+?)\s*$/.exec(lineText);
  if (!m) return undefined;
  return engine.index.lexicon.mechanisms.find((x) => x.label === m[1])?.id;
}
