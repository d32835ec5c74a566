/**
 * A document's findings as LSP diagnostics, with their severity from the settings. Each carries in
 * `data` what its quick fixes need (claim, interactions, rewrite, references), recorded when the
 * diagnostic is made: code actions never find a diagnostic again by comparing message text.
 */
import type { AnalysisResult, DiagnosticResult, Position } from '../core';
import type { Engine } from './engine';
import type { EntryLinks } from './links';
import { DiagnosticSeverity, type Diagnostic } from './lsp';
import { severityKeyOf, type MechlensSettings, type SeveritySetting } from './settings';

export const DIAGNOSTIC_SOURCE = 'mechlens';

/**
 * What a Mechlens diagnostic carries for its code actions: no more than they need, since a client
 * receives every diagnostic of a file again after each edit (the code is the diagnostic's own).
 */
export interface FindingData {
  refs: number[];
  /** The review's statements (interaction ids) the finding rests on. */
  interactions: string[];
  fix?: DiagnosticResult['fix'];
  /** Where the claim's sentence ends (after its last character), for citations inserted there. */
  sentenceEnd?: Position;
  /** The claim behind the finding, for "this reading is wrong" and exceptions. */
  claim?: {
    subject: string; relation: string; object: string | null; kind: string;
    /** Last line of the claim, where its suppression comment goes. */
    endLine: number;
  };
}

const SEVERITIES: Readonly<Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/** The severity a finding is shown with, or undefined when its setting is "off". */
export function severityOf(d: DiagnosticResult, settings: MechlensSettings): DiagnosticSeverity | undefined {
  const key = severityKeyOf(d);
  const setting: SeveritySetting = key ? settings.severity[key] : d.severity;
  return setting === 'off' ? undefined : SEVERITIES[setting];
}

/**
 * What diagnostics are made of: an analysis's findings and the claims they point to (a worker thread
 * of Check Workspace sends no more than this of its analysis).
 */
export type Findings = Pick<AnalysisResult, 'diagnostics' | 'claims'>;

/** Data of a finding: the fix information its code actions act on. */
export function findingData(result: Findings, d: DiagnosticResult): FindingData {
  const data: FindingData = { refs: d.refs, interactions: d.interactions };
  if (d.fix) data.fix = d.fix;
  const c = d.claim !== undefined ? result.claims[d.claim] : undefined;
  if (c) {
    data.claim = { subject: c.subject, relation: c.relation, object: c.object, kind: c.kind, endLine: c.range.end.line };
    data.sentenceEnd = c.sentenceRange.end;
  }
  return data;
}

/**
 * Converts one analysis. The core keeps the result objects of paragraphs an edit did not touch, so
 * their conversions are kept too (by identity, per settings and engine): after a keystroke only the
 * edited paragraph's diagnostics are built again.
 */
export function createDiagnosticConverter(links: EntryLinks): (engine: Engine, result: Findings, settings: MechlensSettings) => Diagnostic[] {
  let converted = new WeakMap<DiagnosticResult, Diagnostic | null>();
  let convertedFor: { engine: Engine; severity: string } | undefined;
  return (engine, result, settings) => {
    const severityKey = JSON.stringify(settings.severity);
    if (convertedFor?.engine !== engine || convertedFor.severity !== severityKey) {
      converted = new WeakMap();
      convertedFor = { engine, severity: severityKey };
    }
    const out: Diagnostic[] = [];
    for (const d of result.diagnostics) {
      let diagnostic = converted.get(d);
      if (diagnostic === undefined) {
        diagnostic = toDiagnostic(links, result, d, settings);
        converted.set(d, diagnostic);
      }
      if (diagnostic) out.push(diagnostic);
    }
    return out;
  };
}

function toDiagnostic(links: EntryLinks, result: Findings, d: DiagnosticResult, settings: MechlensSettings): Diagnostic | null {
  const severity = severityOf(d, settings);
  if (severity === undefined) return null;
  const diagnostic: Diagnostic = { range: d.range, severity, source: DIAGNOSTIC_SOURCE, code: d.code, message: d.message, data: findingData(result, d) };
  // The code links to the review's statement, whose entry names both terms (F12 on either opens its own
  // entry). No related information beside it: two more locations per finding made each keystroke's
  // diagnostics of a long manuscript a third heavier to send, parse and convert, for links the statement's
  // entry already gives (npm run bench:editor: keystroke to diagnostics p95 97–101 ms with them, 63–79 ms
  // without, debounce 0).
  if (d.interactions.length > 0) diagnostic.codeDescription = { href: links.uriOf({ kind: 'interaction', id: d.interactions[0] }) };
  return diagnostic;
}

/** The data of a diagnostic a client sent back, if it is one of ours and well formed. */
export function dataOf(diagnostic: Diagnostic): FindingData | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = diagnostic.data as Partial<FindingData> | undefined;
  if (!data || typeof data !== 'object' || !Array.isArray(data.refs) || !data.refs.every(Number.isInteger)) return undefined;
  if (!Array.isArray(data.interactions) || !data.interactions.every((id) => typeof id === 'string')) return undefined;
  return data as FindingData;
}

/**
 * At most `max` diagnostics for a client that shows no more per file (VS Code shows 1,000): the most
 * severe first, in document order within a severity, the last place taken by a note of how many were
 * left out, at the top of the file. The list is returned as it is when it fits.
 */
export function capDiagnostics(list: readonly Diagnostic[], max: number | undefined): Diagnostic[] {
  if (max === undefined || !Number.isInteger(max) || max < 1 || list.length <= max) return [...list];
  const kept = list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.severity ?? 4) - (b.d.severity ?? 4) || a.i - b.i)
    .slice(0, max - 1)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.d);
  const at = { line: 0, character: 0 };
  kept.unshift({
    range: { start: at, end: at }, severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE,
    message: `Mechlens shows ${kept.length} of the ${list.length} findings in this file (the most severe first); \`mechlens check\` lists them all.`,
  });
  return kept;
}
