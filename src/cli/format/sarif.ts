/**
 * SARIF 2.1.0 for code-scanning tools: one run, one result per diagnostic, written result by result
 * (pretty-printed exactly as JSON.stringify(log, null, 2) prints it, never built as one string).
 */
import { DIAGNOSTIC_CODES } from '../../core/diagnosticCodes';
import { JsonArrayWriter, jsonPieces } from './jsonPieces';
import type { FileReport, ReportWriter } from './types';

const LEVEL: Readonly<Record<string, string>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const RULES = DIAGNOSTIC_CODES.map((c) => ({ id: c.code, shortDescription: { text: c.description }, defaultConfiguration: { level: LEVEL[c.defaultSeverity] } }));

/** Lone surrogates (a file name Node could not decode) as U+FFFD: encodeURIComponent would throw on them. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * The artifact URI of a path as given on the command line: a relative path becomes a relative URI
 * reference (each segment percent-encoded, so "my draft#1.md" is "my%20draft%231.md" and a colon
 * cannot pass for a scheme), an absolute path a file: URI; standard input is "stdin".
 */
export function artifactUri(path: string): string {
  if (path === '-') return 'stdin';
  const segments = wellFormed(path).split(/[\\/]/);
  const encode = (segment: string): string => encodeURIComponent(segment);
  if (/^[A-Za-z]:$/.test(segments[0]) && segments.length > 1) {
    // A Windows drive path, C:\Users\lab\draft.md → file:///C:/Users/lab/draft.md
    return `file:///${segments[0]}/${segments.slice(1).map(encode).join('/')}`;
  }
  if (segments[0] === '' && segments.length > 1) return `file://${segments.map(encode).join('/')}`;
  return segments.map(encode).join('/');
}

function sarifResult(path: string, d: FileReport['result']['diagnostics'][number]): Record<string, unknown> {
  return {
    ruleId: d.code,
    ruleIndex: RULES.findIndex((x) => x.id === d.code),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: artifactUri(path) },
        region: {
          startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1,
          endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
        },
      },
    }],
    properties: { refs: d.refs, interactions: d.interactions, ...(d.confidence !== undefined ? { confidence: d.confidence } : {}) },
  };
}

export function sarifReport(version: string): ReportWriter {
  // {"$schema", "version", "runs": [{"tool", "columnKind", "results": [...]}]}: results at depth 3.
  const results = new JsonArrayWriter(3);
  return {
    *begin() {
      yield '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": ';
      yield* jsonPieces({ driver: { name: 'mechlens', version, semanticVersion: version, rules: RULES } }, 0, 3);
      yield ',\n      "columnKind": "utf16CodeUnits",\n      "results": [';
    },
    *file(r: FileReport) {
      for (const d of r.result.diagnostics) yield* results.item(sarifResult(r.path, d));
    },
    *end() {
      yield `${results.close()}\n    }\n  ]\n}\n`;
    },
  };
}
