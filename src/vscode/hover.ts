/**
 * Hover cards: what the review says about a term (any spelling), and on a judged sentence whether the
 * review supports or contradicts it and how the sentence was read (subject → relation → object, rule,
 * confidence). Only our own command links are trusted; lexicon text is escaped.
 */
import * as vscode from 'vscode';
import { toRange } from './convert';
import type { EngineHost } from './engine';
import { claimsAt, mentionAt } from './lookup';

export function registerHover(engines: EngineHost, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position): vscode.Hover | undefined {
      const engine = engines.get();
      const mention = mentionAt(engine, document, position);
      const note = engine.core.claimsNote(claimsAt(engine, document, position), engine.index);
      if (!mention && !note) return undefined;
      const text = mention ? engine.core.hoverMarkdown(engine.index, mention.id, { claimNote: note }) : (note as string);
      const markdown = new vscode.MarkdownString(text);
      markdown.isTrusted = { enabledCommands: [...engine.core.TRUSTED_COMMANDS] };
      markdown.supportHtml = false;
      return new vscode.Hover(markdown, mention ? toRange(mention.range) : undefined);
    },
  });
}
