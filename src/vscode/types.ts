/** Type-only re-exports of the core for the editor layer (the core itself loads lazily). */
export type { ClaimResult, MentionResult, AnalysisResult, DiagnosticResult } from '../core';
export type { CoreModule } from './engine';
