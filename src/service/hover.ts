/**
 * Hover cards: what the review says about a term (any spelling), and on a judged sentence whether the
 * review supports or contradicts it and how it was read. Lexicon and user text is escaped by the core;
 * the only links are our own commands (hosts that run them trust exactly `TRUSTED_COMMANDS`).
 */
import type { AnalysisResult, Position } from '../core';
import type { Engine } from './engine';
import { claimsAt, mentionAt } from './lookup';
import { MarkupKind, type Hover } from './lsp';

export function hoverAt(engine: Engine, result: AnalysisResult, position: Position): Hover | null {
  const mention = mentionAt(result, position);
  const note = engine.core.claimsNote(claimsAt(result, position), engine.index);
  if (!mention && !note) return null;
  const value = mention ? engine.core.hoverMarkdown(engine.index, mention.id, { claimNote: note }) : (note as string);
  return { contents: { kind: MarkupKind.Markdown, value }, ...(mention ? { range: mention.range } : {}) };
}
