/** The draft's claims in the Outline (marked by status) and the lexicon as workspace symbols. */
import * as vscode from 'vscode';
import type { EngineHost } from './engine';
import { entityUri, mechanismUri } from './entryDocuments';
import { toRange } from './convert';
import { describeClaim } from './report';

const STATUS_MARK: Readonly<Record<string, string>> = { supports: '✓', contradicts: '✗', 'context-dependent': '≈', unknown: '·' };

export function registerSymbols(engines: EngineHost, selector: vscode.DocumentSelector): vscode.Disposable {
  const documentSymbols = vscode.languages.registerDocumentSymbolProvider(selector, {
    provideDocumentSymbols(document): vscode.DocumentSymbol[] {
      const engine = engines.get();
      const label = (id: string | null): string => (id === null ? '' : engine.index.entities.get(id)?.label ?? id);
      return engine.analysisOf(document).claims.map((c) => {
        const what = describeClaim(c, label);
        const range = toRange(c.range);
        const symbol = new vscode.DocumentSymbol(`${STATUS_MARK[c.status]} ${what}`, `${c.status}${c.refs.length ? ` ${engine.core.formatRefs(c.refs)}` : ''}`,
          c.status === 'contradicts' ? vscode.SymbolKind.Event : c.status === 'supports' ? vscode.SymbolKind.Boolean : vscode.SymbolKind.Key, range, range);
        return symbol;
      });
    },
  }, { label: 'Mechlens claims' });
  const workspaceSymbols = vscode.languages.registerWorkspaceSymbolProvider({
    provideWorkspaceSymbols(query): vscode.SymbolInformation[] {
      const engine = engines.get();
      const hits = engine.search.search(query, 200);
      return hits.map((h) => new vscode.SymbolInformation(h.label, h.kind === 'mechanism' ? vscode.SymbolKind.Function : vscode.SymbolKind.Class, h.detail,
        new vscode.Location(h.kind === 'mechanism' ? mechanismUri(h.id) : entityUri(h.id), new vscode.Position(0, 0))));
    },
  });
  return vscode.Disposable.from(documentSymbols, workspaceSymbols);
}
