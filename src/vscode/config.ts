/** Typed settings with their defaults in one place (package.json declares the same keys and defaults). */
import * as vscode from 'vscode';
import { LIMITS } from '../core/limits';
import { MANUSCRIPT_LANGUAGES } from './selector';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface MechlensConfig {
  enabledLanguages: string[];
  severity: {
    contradiction: SeveritySetting; hedgedContradiction: SeveritySetting; possibleContradiction: SeveritySetting;
    contextDependent: SeveritySetting; contested: SeveritySetting; unknownTerm: SeveritySetting;
  };
  /** Contradictions at or above this confidence are reported with severity.contradiction; below, as possible ones. */
  minConfidence: number;
  debounceMs: number;
  maxFileSizeKB: number;
  citationStyle: 'auto' | 'numeric' | 'latex';
  citationKeyPattern: string;
  exclude: string;
  /** As the settings give it; userLexicons.ts reads only what workspace trust allows, inside the workspace. */
  lexicons: string[];
}

export const DEFAULTS: MechlensConfig = {
  enabledLanguages: [...MANUSCRIPT_LANGUAGES],
  severity: {
    contradiction: 'warning', hedgedContradiction: 'information', possibleContradiction: 'information',
    contextDependent: 'information', contested: 'information', unknownTerm: 'hint',
  },
  minConfidence: 0.7,
  debounceMs: 250,
  maxFileSizeKB: LIMITS.editorMaxFileKb,
  citationStyle: 'auto',
  citationKeyPattern: 'ref{n}',
  exclude: '',
  lexicons: [],
};

export function readConfig(scope?: vscode.ConfigurationScope): MechlensConfig {
  const c = vscode.workspace.getConfiguration('mechlens', scope);
  const get = <T>(key: string, fallback: T): T => c.get<T>(key, fallback);
  return {
    enabledLanguages: get('enabledLanguages', DEFAULTS.enabledLanguages),
    severity: {
      contradiction: get('severity.contradiction', DEFAULTS.severity.contradiction),
      hedgedContradiction: get('severity.hedgedContradiction', DEFAULTS.severity.hedgedContradiction),
      possibleContradiction: get('severity.possibleContradiction', DEFAULTS.severity.possibleContradiction),
      contextDependent: get('severity.contextDependent', DEFAULTS.severity.contextDependent),
      contested: get('severity.contested', DEFAULTS.severity.contested),
      unknownTerm: get('severity.unknownTerm', DEFAULTS.severity.unknownTerm),
    },
    minConfidence: Math.min(1, Math.max(0, get('minConfidence', DEFAULTS.minConfidence))),
    debounceMs: Math.max(0, get('debounceMs', DEFAULTS.debounceMs)),
    maxFileSizeKB: Math.max(1, get('maxFileSizeKB', DEFAULTS.maxFileSizeKB)),
    citationStyle: get('citationStyle', DEFAULTS.citationStyle),
    citationKeyPattern: get('citationKeyPattern', DEFAULTS.citationKeyPattern),
    exclude: get('exclude', DEFAULTS.exclude),
    lexicons: get('lexicons', DEFAULTS.lexicons),
  };
}

export function toSeverity(s: SeveritySetting): vscode.DiagnosticSeverity | undefined {
  switch (s) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'information': return vscode.DiagnosticSeverity.Information;
    case 'hint': return vscode.DiagnosticSeverity.Hint;
    default: return undefined;
  }
}
