/** Completion of lexicon terms while typing: any spelling finds the term; the canonical spelling is inserted. */
import type { Position } from '../core';
import type { Engine } from './engine';
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList } from './lsp';

/** The term being typed before the cursor: letters, digits, Greek, hyphens and slashes (TNF-α, RANKL/RANK). */
const TERM_PREFIX = /[\p{L}\p{N}][\p{L}\p{N}\-/]*$/u;

/** Every spelling of every entity as an item, without its edit range (built once per engine). */
export function completionItems(engine: Engine): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const e of engine.index.lexicon.entities) {
    const documentation = { kind: MarkupKind.Markdown, value: engine.core.escapeMarkdown(e.description) };
    const detail = `${engine.core.typeName(e.type)}${e.fullName && e.fullName !== e.label ? ` · ${e.fullName}` : ''} — Mechlens`;
    const seen = new Set<string>();
    for (const spelling of [e.label, ...e.synonyms]) {
      const key = spelling.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({
        label: spelling,
        ...(spelling === e.label ? {} : { labelDetails: { description: `→ ${e.label}` } }),
        kind: CompletionItemKind.Reference,
        insertText: e.label,
        filterText: spelling,
        sortText: `${spelling === e.label ? '0' : '1'}${key}`,
        detail,
        documentation,
      });
    }
  }
  return items;
}

/** The items for the term typed before `position` on a line reading `lineText`, each replacing what was typed. */
export function completeAt(items: readonly CompletionItem[], lineText: string, position: Position): CompletionList | null {
  const prefix = TERM_PREFIX.exec(lineText.slice(0, position.character))?.[0] ?? '';
  if (prefix.length < 1) return null;
  const range = { start: { line: position.line, character: position.character - prefix.length }, end: position };
  return { isIncomplete: false, items: items.map((item) => ({ ...item, textEdit: { range, newText: item.insertText ?? item.label } })) };
}
