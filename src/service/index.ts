/** The host-neutral service: hosts (the language server, the command line) import from here only. */
export { createMechlensService } from './service';
export type { ClaimsSummary, MechlensService, ServiceInit } from './service';
export { createEngine, labelOf } from './engine';
export type { CoreModule, Engine } from './engine';
export { DEFAULT_SETTINGS, MANUSCRIPT_LANGUAGES, readSettings, SEVERITY_SETTINGS } from './settings';
export type { MechlensSettings, SeveritySetting } from './settings';
export { DIAGNOSTIC_SOURCE } from './diagnostics';
export type { FindingData } from './diagnostics';
export { FIX_ALL_KIND } from './codeActions';
export { ENTRY_SCHEME, entryOfPath, entryPath, folderLinks, schemeLinks } from './links';
export type { EntryLinks, EntryRef, EntryKind } from './links';
export { SEMANTIC_TOKENS_LEGEND } from './semanticTokens';
export { skippedLexicon } from './userLexicons';
export type { LexiconText } from './userLexicons';
export { describeClaim } from './report';
export { citationText, excludePattern, suppressionComment } from './text';
export * from './protocol';
