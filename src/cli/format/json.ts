/**
 * The public JSON report (`--format json`): scripts parse it, so fields are only ever added.
 * {"version":1,"files":[{"path","diagnostics":[…],"claims":[…]}]}
 */
import type { FileReport } from './types';

export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((r) => ({
    path: r.path,
    diagnostics: r.result.diagnostics.map((d) => ({
      range: d.range, severity: d.severity, code: d.code, message: d.message, refs: d.refs, interactions: d.interactions,
      ...(d.claim !== undefined ? { claim: d.claim } : {}),
      ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
      ...(d.fix !== undefined ? { fix: d.fix } : {}),
      ...(d.confidence !== undefined ? { confidence: d.confidence } : {}),
      ...(d.certainty !== undefined ? { certainty: d.certainty } : {}),
    })),
    claims: r.result.claims.map((c) => ({
      range: c.range, subject: c.subject, relation: c.relation, sign: c.sign, object: c.object, negated: c.negated,
      hedged: c.hedged, context: c.context, status: c.status, interactions: c.interactions, refs: c.refs,
      kind: c.kind, passive: c.passive,
      rule: c.rule, confidence: c.confidence, reach: c.reach, path: c.path, provenance: c.provenance,
      ...(c.missing ? { missing: c.missing } : {}),
      ...(c.sides ? { sides: c.sides } : {}),
      ...(c.attribute ? { attribute: c.attribute } : {}),
      ...(c.statement ? { statement: c.statement } : {}),
    })),
  }));
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
}
