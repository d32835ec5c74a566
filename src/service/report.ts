/** The claims report of one manuscript (opened from the status bar), as Markdown; free of the vscode API. */
import type { AnalysisResult, ClaimResult } from '../core';

/** "IL-4 promotes NFATc1", "IL-4 does not inhibit NFATc1", "IL-10 is pro" — as the Outline and the report name a claim. */
export function describeClaim(c: ClaimResult, label: (id: string | null) => string): string {
  if (c.kind === 'attribute') return `${label(c.subject)} is ${c.attribute?.value}`;
  return `${label(c.subject)} ${c.negated ? 'does not ' : ''}${c.relation.replace(/-/g, ' ')} ${label(c.object)}`;
}

export function claimsReport(result: AnalysisResult, fileName: string, label: (id: string | null) => string, formatRefs: (r: readonly number[]) => string): string {
  const by = (status: string) => result.claims.filter((c) => c.status === status);
  const lines = [`# Mechlens report: ${fileName}`, ''];
  lines.push(`${result.claims.length} claims: ${by('supports').length} supported by the review, ${by('contradicts').length} contradicting it, ${by('context-dependent').length} depending on context, ${by('unknown').length} the review does not speak to.`, '');
  for (const [status, title] of [['contradicts', 'Contradicting the review'], ['context-dependent', 'Depending on context'], ['supports', 'Supported by the review']] as const) {
    const list = by(status);
    if (list.length === 0) continue;
    lines.push(`## ${title}`, '');
    for (const c of list) {
      const what = describeClaim(c, label);
      lines.push(`- Line ${c.range.start.line + 1}: ${what}${c.statement ? ` — review: ${c.statement}` : ''}${c.refs.length && !c.statement ? ` ${formatRefs(c.refs)}` : ''}`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
