/** The draft's claims as document symbols (the Outline, marked by status) and the lexicon as workspace symbols. */
import type { AnalysisResult } from '../core';
import { labelOf, type Engine } from './engine';
import type { EntryLinks } from './links';
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from './lsp';
import { ENTRY_TOP } from './definition';
import { describeClaim } from './report';

const STATUS_MARK: Readonly<Record<string, string>> = { supports: '✓', contradicts: '✗', 'context-dependent': '≈', contested: '⇄' };

/** The judged claims (the review supports, contradicts or makes them context-dependent); unjudged ones would only crowd the Outline. */
export function documentSymbols(engine: Engine, result: AnalysisResult): DocumentSymbol[] {
  return result.claims.filter((c) => c.status !== 'unknown').map((c) => ({
    name: `${STATUS_MARK[c.status]} ${describeClaim(c, (id) => labelOf(engine, id))}`,
    detail: `${c.status}${c.refs.length ? ` ${engine.core.formatRefs(c.refs)}` : ''}`,
    kind: c.status === 'contradicts' ? SymbolKind.Event : c.status === 'supports' ? SymbolKind.Boolean : SymbolKind.Key,
    range: c.range,
    selectionRange: c.range,
  }));
}

export function workspaceSymbols(engine: Engine, links: EntryLinks, query: string): SymbolInformation[] {
  return engine.search.search(query, 200).map((h) => ({
    name: h.label,
    kind: h.kind === 'mechanism' ? SymbolKind.Function : SymbolKind.Class,
    containerName: h.detail,
    location: { uri: links.uriOf({ kind: h.kind, id: h.id }), range: ENTRY_TOP },
  }));
}
