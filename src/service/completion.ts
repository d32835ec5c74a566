/** Completion of lexicon terms while typing: any spelling finds the term; the canonical spelling is inserted. */
import type { Position } from '../core';
import type { Engine } from './engine';
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList } from './lsp';

/** The term being typed before the cursor: letters, digits, Greek, hyphens and slashes (TNF-α, RANKL/RANK). */
const TERM_PREFIX = /[\p{L}\p{N}][\p{L}\p{N}\-/]*$/u;

/**
 * Every spelling of every entity as an item, without its edit range (built once per engine). The entry's
 * description is left for `resolveCompletion`: thousands of items each carrying Markdown would be sent,
 * and parsed by the editor, on every keystroke; only the item the user looks at needs it.
 */
export function completionItems(engine: Engine): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const e of engine.index.lexicon.entities) {
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
        data: { entity: e.id },
      });
    }
  }
  return items;
}

/** The entry's description of a completion item's entity, added when the editor shows the item. */
export function resolveCompletion(engine: Engine, item: CompletionItem): CompletionItem {
  const id = (item.data as { entity?: unknown } | undefined)?.entity;
  const entity = typeof id === 'string' ? engine.index.entities.get(id) : undefined;
  if (!entity) return item;
  return { ...item, documentation: { kind: MarkupKind.Markdown, value: engine.core.escapeMarkdown(entity.description) } };
}

/**
 * Does `spelling` hold the letters of `typed` in order ("nfa" in "NFATc1", "tnfa" in "TNF-α")? Editors
 * filter fuzzily as the user types on; an item without them would never be shown for this word.
 */
function holdsInOrder(spelling: string, typed: string): boolean {
  let k = 0;
  for (const ch of spelling) if (k < typed.length && ch === typed[k]) k++;
  return k === typed.length;
}

/** The items for the term typed before `position` on a line reading `lineText`, each replacing what was typed. */
export function completeAt(items: readonly CompletionItem[], lineText: string, position: Position): CompletionList | null {
  const prefix = TERM_PREFIX.exec(lineText.slice(0, position.character))?.[0] ?? '';
  if (prefix.length < 1) return null;
  const range = { start: { line: position.line, character: position.character - prefix.length }, end: position };
  const typed = prefix.toLowerCase();
  const fitting = items.filter((item) => holdsInOrder((item.filterText ?? item.label).toLowerCase(), typed));
  // (A list cut by more than one letter is incomplete: should the user delete one, the editor asks again
  // rather than filter a list that lacks what the shorter word holds.)
  return { isIncomplete: typed.length > 1, items: fitting.map((item) => ({ ...item, textEdit: { range, newText: item.insertText ?? item.label } })) };
}
