/** The codes Mechlens reports, one table: hosts (SARIF rules, settings, docs) derive their lists from it. */
import type { Severity } from './types';

export const DIAGNOSTIC_CODES = Object.freeze([
  { code: 'contradiction', description: 'A claim contradicts the review', defaultSeverity: 'warning' },
  { code: 'context-dependent', description: 'The review gives its direction only under a condition the sentence does not name', defaultSeverity: 'information' },
  { code: 'contested', description: 'The review states both directions for this pair', defaultSeverity: 'information' },
  { code: 'unknown-term', description: 'A near miss of a lexicon term', defaultSeverity: 'hint' },
  { code: 'not-read', description: 'A sentence not read for claims in full: too long, too dense, or a reading rule failed on it', defaultSeverity: 'information' },
] as const satisfies ReadonlyArray<{ code: string; description: string; defaultSeverity: Severity }>);

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number]['code'];
