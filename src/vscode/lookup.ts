/** What is under the cursor: a lexicon term, a claim, or (inside entry documents) a mechanism name. */
import type * as vscode from 'vscode';
import type { ClaimResult, MentionResult } from '../core';
import { contains } from './convert';
import type { Engine } from './engine';
import { ENTRY_SCHEME } from './selector';

export function mentionAt(engine: Engine, document: vscode.TextDocument, position: vscode.Position): MentionResult | undefined {
  return engine.analysisOf(document).mentions.find((m) => contains(m.range, position));
}

export function claimsAt(engine: Engine, document: vscode.TextDocument, position: vscode.Position): ClaimResult[] {
  return engine.analysisOf(document).claims.filter((c) => contains(c.sentenceRange, position) && c.status !== 'unknown');
}

/** "- Mechanism: <label>" lines in entry documents name a mechanism. */
export function mechanismAt(engine: Engine, document: vscode.TextDocument, position: vscode.Position): string | undefined {
  if (document.uri.scheme !== ENTRY_SCHEME) return undefined;
  const line = document.lineAt(position.line).text;
  const m = /^\s*-\s+Mechanism:\s+(.+?)\s*$/.exec(line);
  if (!m) return undefined;
  return engine.index.lexicon.mechanisms.find((x) => x.label === m[1])?.id;
}
