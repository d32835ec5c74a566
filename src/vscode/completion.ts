/** Completion of lexicon terms while typing: any spelling finds the term; the canonical spelling is inserted. */
import * as vscode from 'vscode';
import type { EngineHost } from './engine';

/** The term being typed before the cursor: letters, digits, Greek, hyphens and slashes (TNF-α, RANKL/RANK). */
const TERM_PREFIX = /[\p{L}\p{N}][\p{L}\p{N}\-/]*$/u;

export function registerCompletion(engines: EngineHost, selector: vscode.DocumentSelector): vscode.Disposable {
  let cache: { items: vscode.CompletionItem[]; engine: unknown } | undefined;
  const itemsFor = (): vscode.CompletionItem[] => {
    const engine = engines.get();
    if (cache?.engine === engine) return cache.items;
    const items: vscode.CompletionItem[] = [];
    for (const e of engine.index.lexicon.entities) {
      const documentation = new vscode.MarkdownString(engine.core.escapeMarkdown(e.description));
      const detail = `${engine.core.typeName(e.type)}${e.fullName && e.fullName !== e.label ? ` · ${e.fullName}` : ''} — Mechlens`;
      const seen = new Set<string>();
      for (const spelling of [e.label, ...e.synonyms]) {
        const key = spelling.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        const item = new vscode.CompletionItem(
          spelling === e.label ? e.label : { label: spelling, description: `→ ${e.label}` },
          vscode.CompletionItemKind.Reference,
        );
        item.insertText = e.label;
        item.filterText = spelling;
        item.sortText = `${spelling === e.label ? '0' : '1'}${spelling.toLowerCase()}`;
        item.detail = detail;
        item.documentation = documentation;
        items.push(item);
      }
    }
    cache = { items, engine };
    return items;
  };
  return vscode.languages.registerCompletionItemProvider(selector, {
    provideCompletionItems(document, position): vscode.CompletionList | undefined {
      const prefix = TERM_PREFIX.exec(document.lineAt(position.line).text.slice(0, position.character))?.[0] ?? '';
      if (prefix.length < 1) return undefined;
      const range = new vscode.Range(position.translate(0, -prefix.length), position);
      const items = itemsFor().map((item) => {
        item.range = range;
        return item;
      });
      return new vscode.CompletionList(items, false);
    },
  });
}
