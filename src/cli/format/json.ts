/**
 * The public JSON report (`--format json`): scripts parse it, so fields are only ever added.
 * {"version":1,"files":[{"path","diagnostics":[…],"claims":[…]}]}
 * Written file by file, diagnostic by diagnostic and claim by claim, pretty-printed exactly as
 * JSON.stringify(report, null, 2) prints it, but never built as one string.
 */
import { JsonArrayWriter, MappedArray } from './jsonPieces';
import type { FileReport, PublicClaim, ReportedDiagnostic, ReportWriter } from './types';

/** A diagnostic in the public shape, its fields in their order (a diagnostic already in that shape comes out the same). */
export function jsonDiagnostic(d: ReportedDiagnostic): ReportedDiagnostic {
  return {
    range: d.range, severity: d.severity, code: d.code, message: d.message, refs: d.refs, interactions: d.interactions,
    ...(d.claim !== undefined ? { claim: d.claim } : {}),
    ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
    ...(d.fix !== undefined ? { fix: d.fix } : {}),
    ...(d.confidence !== undefined ? { confidence: d.confidence } : {}),
    ...(d.certainty !== undefined ? { certainty: d.certainty } : {}),
  };
}

/**
 * A claim in the public shape, its fields in their order (a claim already in that shape comes out the
 * same; fields beyond it, such as a reported claim's sentence range, are left out).
 */
export function jsonClaim(c: PublicClaim): PublicClaim {
  return {
    range: c.range, subject: c.subject, relation: c.relation, sign: c.sign, object: c.object, negated: c.negated,
    hedged: c.hedged, context: c.context, status: c.status, interactions: c.interactions, refs: c.refs,
    kind: c.kind, passive: c.passive,
    rule: c.rule, confidence: c.confidence, reach: c.reach, path: c.path, provenance: c.provenance,
    ...(c.missing ? { missing: c.missing } : {}),
    ...(c.sides ? { sides: c.sides } : {}),
    ...(c.attribute ? { attribute: c.attribute } : {}),
    ...(c.statement ? { statement: c.statement } : {}),
    ...(c.citations ? { citations: c.citations } : {}),
    ...(c.citesReview ? { citesReview: c.citesReview } : {}),
  };
}

export function jsonReport(): ReportWriter {
  // The files array sits at depth 1 of {"version": 1, "files": [...]}.
  const files = new JsonArrayWriter(1);
  return {
    *begin() {
      yield '{\n  "version": 1,\n  "files": [';
    },
    *file(r: FileReport) {
      // Two levels opened: the file's object and its two arrays; each diagnostic and claim is one piece.
      yield* files.item({
        path: r.path,
        diagnostics: new MappedArray(r.result.diagnostics, jsonDiagnostic),
        claims: new MappedArray(r.result.claims, jsonClaim),
      }, 2);
    },
    *end() {
      yield `${files.close()}\n}\n`;
    },
  };
}
