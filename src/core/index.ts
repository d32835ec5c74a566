/** The pure analysis core: no `vscode`, no Node built-ins. Hosts import from here only. */
export { createAnalyzer } from './analyzer';
export type { Analyzer, AnalysisResult, AnalyzeOptions, ClaimResult, DiagnosticResult, DiagnosticCode, MentionResult } from './analyzer';
export { compileLexicon, emptyLexicon, mergeLexicons, synonymsOf } from './lexicon/compile';
export type { CompileOptions, CompileResult, LexiconSourceText } from './lexicon/compile';
export { buildIndex } from './lexicon/lexiconIndex';
export type { LexiconIndex } from './lexicon/lexiconIndex';
export { formatIssue } from './lexicon/types';
export type * from './lexicon/types';
export { RELATION_SIGNS, relationPhrase, signOf } from './lexicon/relations';
export { describeInteraction, formatRefs, judgeClaim } from './judge';
export { findMentions } from './entities/matcher';
export { normalizeKey, isCaseSensitiveVariant } from './normalize';
export { extractProse, proseLanguageOf } from './prose';
export { splitSentences } from './sentences';
export { createLineIndex } from './positions';
export { suppressedLines } from './suppression';
export type * from './types';
