/**
 * The settings every host shares, with their defaults in one place. package.json declares the same keys
 * for VS Code (a test keeps the two equal); other editors send them as the "mechlens" section of
 * workspace/configuration. Values of the wrong type fall back to the default, numbers are clamped.
 */
import { DIAGNOSTIC_CODES } from '../core/diagnosticCodes';
import { CONFIDENCE } from '../core/confidence';
import { LIMITS } from '../core/limits';
import type { DiagnosticResult } from '../core';

export const SEVERITY_SETTINGS = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/** The languages Mechlens reads as manuscripts (editor language ids). */
export const MANUSCRIPT_LANGUAGES = ['markdown', 'latex', 'plaintext', 'quarto', 'rmd'] as const;

/** The severity settings, one per kind of finding a user may want louder or quieter. */
export const SEVERITY_KEYS = ['contradiction', 'hedgedContradiction', 'possibleContradiction', 'contextDependent', 'contested', 'unknownTerm'] as const;
export type SeverityKey = (typeof SEVERITY_KEYS)[number];

export interface MechlensSettings {
  enabledLanguages: string[];
  severity: Record<SeverityKey, SeveritySetting>;
  /** Contradictions at or above this confidence are reported with severity.contradiction; below, as possible ones. */
  minConfidence: number;
  debounceMs: number;
  maxFileSizeKB: number;
  citationStyle: 'auto' | 'numeric' | 'latex';
  citationKeyPattern: string;
  exclude: string;
  /** As the settings give them; which of them may be read is decided where they are read. */
  lexicons: string[];
  /** Bibliography files (.bib, CSL-JSON) for every document, besides those a document names. */
  bibliography: string[];
  /** The "supported by the review; cite it" hint: on, off, or auto (documents with a bibliography, not plain text). */
  suggestCitations: 'auto' | 'on' | 'off';
}

/** The default severity of each setting: the core's default for its diagnostic code. */
function codeDefault(code: DiagnosticResult['code']): SeveritySetting {
  return DIAGNOSTIC_CODES.find((c) => c.code === code)?.defaultSeverity ?? 'information';
}

export const DEFAULT_SETTINGS: Readonly<MechlensSettings> = Object.freeze({
  enabledLanguages: [...MANUSCRIPT_LANGUAGES],
  severity: Object.freeze({
    contradiction: codeDefault('contradiction'), hedgedContradiction: 'information', possibleContradiction: 'information',
    contextDependent: codeDefault('context-dependent'), contested: codeDefault('contested'), unknownTerm: codeDefault('unknown-term'),
  }),
  minConfidence: CONFIDENCE.defaultMinConfidence,
  debounceMs: 250,
  maxFileSizeKB: LIMITS.editorMaxFileKb,
  citationStyle: 'auto',
  citationKeyPattern: 'ref{n}',
  exclude: '',
  lexicons: [],
  bibliography: [],
  suggestCitations: 'auto',
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringList = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v] : undefined);
const numberIn = (v: unknown, min: number, max: number): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : undefined);
const oneOf = <T extends string>(v: unknown, values: readonly T[]): T | undefined => (values.includes(v as T) ? (v as T) : undefined);

/**
 * Settings from what a client sent: the "mechlens" section as an object (VS Code sends nested objects;
 * some clients send dotted keys like "severity.contradiction"), or nothing.
 */
export function readSettings(raw: unknown): MechlensSettings {
  const r = isRecord(raw) ? raw : {};
  const d = DEFAULT_SETTINGS;
  const nested = isRecord(r.severity) ? r.severity : {};
  const severity = {} as Record<SeverityKey, SeveritySetting>;
  for (const key of SEVERITY_KEYS) severity[key] = oneOf(nested[key] ?? r[`severity.${key}`], SEVERITY_SETTINGS) ?? d.severity[key];
  return {
    enabledLanguages: stringList(r.enabledLanguages) ?? [...d.enabledLanguages],
    severity,
    minConfidence: numberIn(r.minConfidence, 0, 1) ?? d.minConfidence,
    debounceMs: numberIn(r.debounceMs, 0, 60_000) ?? d.debounceMs,
    maxFileSizeKB: numberIn(r.maxFileSizeKB, 1, Number.MAX_SAFE_INTEGER) ?? d.maxFileSizeKB,
    citationStyle: oneOf(r.citationStyle, ['auto', 'numeric', 'latex'] as const) ?? d.citationStyle,
    citationKeyPattern: typeof r.citationKeyPattern === 'string' ? r.citationKeyPattern : d.citationKeyPattern,
    exclude: typeof r.exclude === 'string' ? r.exclude : d.exclude,
    lexicons: stringList(r.lexicons) ?? [...d.lexicons],
    bibliography: stringList(r.bibliography) ?? (typeof r.bibliography === 'string' && r.bibliography ? [r.bibliography] : [...d.bibliography]),
    suggestCitations: oneOf(r.suggestCitations, ['auto', 'on', 'off'] as const) ?? d.suggestCitations,
  };
}

/** Which severity setting governs a finding. */
export function severityKeyOf(d: Pick<DiagnosticResult, 'code' | 'certainty'>): SeverityKey | undefined {
  switch (d.code) {
    case 'contradiction':
      return d.certainty === 'possible' ? 'possibleContradiction' : d.certainty === 'hedged' ? 'hedgedContradiction' : 'contradiction';
    case 'context-dependent': return 'contextDependent';
    case 'contested': return 'contested';
    case 'unknown-term': return 'unknownTerm';
    default: return undefined; // a notice of text not read in full: no setting hides it
  }
}
