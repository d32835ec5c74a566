/** The LSP shapes the service answers in (types only: vscode-languageserver-types is the protocol's own vocabulary). */
export type {
  CodeAction, CompletionItem, CompletionList, Diagnostic, DiagnosticRelatedInformation, DocumentSymbol, Hover, Location,
  Position, Range, SemanticTokens, SemanticTokensDelta, SemanticTokensEdit, SemanticTokensLegend, SymbolInformation, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-types';
export { CodeActionKind, CompletionItemKind, DiagnosticSeverity, DiagnosticTag, MarkupKind, SymbolKind } from 'vscode-languageserver-types';
