/**
 * `file:line:col: severity: message` lines (1-based, as compilers print them) and a summary, written
 * line by line. File names and messages are shown with control characters escaped.
 */
import { escapeControls } from '../escape';
import { countClaims, type FileReport, type ReportWriter } from './types';

export function textReport(showHints: boolean): ReportWriter {
  let files = 0;
  let contradictions = 0;
  let possible = 0;
  let supported = 0;
  let claims = 0;
  return {
    *begin() {
      // Nothing before the first finding.
    },
    *file(r: FileReport) {
      files++;
      const path = escapeControls(r.path);
      for (const d of r.result.diagnostics) {
        if (d.severity === 'hint' && !showHints) continue;
        yield `${path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity}: ${escapeControls(d.message)} [${d.code}]\n`;
      }
      const counts = countClaims(r.result);
      claims += counts.total;
      supported += counts.supported;
      for (const d of r.result.diagnostics) {
        if (d.code !== 'contradiction') continue;
        if (d.certainty === 'possible') possible++;
        else contradictions++;
      }
    },
    *end() {
      if (files === 0) return; // nothing was checked: the reasons are on stderr
      const checked = files === 1 ? '1 file' : `${files} files`;
      yield `${checked} checked: ${claims} claim(s), ${supported} supported by the review, ${contradictions} contradiction(s)${possible > 0 ? `, ${possible} possible` : ''}\n`;
    },
  };
}
