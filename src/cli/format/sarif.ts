/** SARIF 2.1.0 for code-scanning tools: one run, one result per diagnostic. */
import { DIAGNOSTIC_CODES } from '../../core';
import type { FileReport } from './types';

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const RULES = DIAGNOSTIC_CODES.map((c) => ({ id: c.code, shortDescription: { text: c.description }, defaultConfiguration: { level: LEVEL[c.defaultSeverity] } }));

export function formatSarif(reports: readonly FileReport[], version: string): string {
  const results = reports.flatMap((r) =>
    r.result.diagnostics.map((d) => ({
      ruleId: d.code,
      ruleIndex: RULES.findIndex((x) => x.id === d.code),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: r.path === '-' ? 'stdin' : r.path.split('\\').join('/') },
          region: {
            startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1,
            endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
          },
        },
      }],
      properties: { refs: d.refs, interactions: d.interactions, ...(d.confidence !== undefined ? { confidence: d.confidence } : {}) },
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'mechlens', version, semanticVersion: version, rules: RULES } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
