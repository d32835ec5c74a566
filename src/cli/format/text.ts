/** `file:line:col: severity: message` lines (1-based, as compilers print them) and a summary. */
import type { FileReport } from './types';

export function formatText(reports: readonly FileReport[], showHints: boolean): string {
  const lines: string[] = [];
  let contradictions = 0;
  let possible = 0;
  let supported = 0;
  let claims = 0;
  for (const r of reports) {
    for (const d of r.result.diagnostics) {
      if (d.severity === 'hint' && !showHints) continue;
      lines.push(`${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity}: ${d.message} [${d.code}]`);
    }
    claims += r.result.claims.length;
    supported += r.result.claims.filter((c) => c.status === 'supports').length;
    contradictions += r.result.diagnostics.filter((d) => d.code === 'contradiction' && d.certainty !== 'possible').length;
    possible += r.result.diagnostics.filter((d) => d.code === 'contradiction' && d.certainty === 'possible').length;
  }
  const files = reports.length === 1 ? '1 file' : `${reports.length} files`;
  lines.push(`${files} checked: ${claims} claim(s), ${supported} supported by the review, ${contradictions} contradiction(s)${possible > 0 ? `, ${possible} possible` : ''}`);
  return `${lines.join('\n')}\n`;
}
