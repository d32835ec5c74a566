/**
 * Hover cards: what the review says about a term (any spelling), and on a judged sentence whether the
 * review supports or contradicts it. Only our own command links are trusted; lexicon text is escaped.
 */
import * as vscode from 'vscode';
import type { ClaimResult, CoreModule } from './types';
import { toRange } from './convert';
import type { EngineHost } from './engine';
import { claimsAt, mentionAt } from './lookup';

export function claimNote(claims: readonly ClaimResult[], core: CoreModule): string | undefined {
  if (claims.length === 0) return undefined;
  const lines: string[] = [];
  for (const c of claims) {
    const refs = core.formatRefs(c.refs);
    const statement = core.escapeMarkdown(c.statement ?? '');
    if (c.status === 'supports') lines.push(`✓ **Supported by the review** ${refs}${statement ? ` — ${statement}` : ''}`);
    else if (c.status === 'contradicts') lines.push(`⚠ **Contradicts the review:** ${statement}`);
    else if (c.status === 'context-dependent') lines.push(`≈ **Depends on context in the review:** ${statement}`);
  }
  return [...new Set(lines)].join('  \n');
}

export function registerHover(engines: EngineHost, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position): vscode.Hover | undefined {
      const engine = engines.get();
      const mention = mentionAt(engine, document, position);
      const note = claimNote(claimsAt(engine, document, position), engine.core);
      if (!mention && !note) return undefined;
      const text = mention ? engine.core.hoverMarkdown(engine.index, mention.id, { claimNote: note }) : (note as string);
      const markdown = new vscode.MarkdownString(text);
      markdown.isTrusted = { enabledCommands: [...engine.core.TRUSTED_COMMANDS] };
      markdown.supportHtml = false;
      return new vscode.Hover(markdown, mention ? toRange(mention.range) : undefined);
    },
  });
}
