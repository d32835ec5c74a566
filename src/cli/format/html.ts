/**
 * `--format html`: one self-contained consistency report of every file checked, for co-authors and
 * reviewers. No script, nothing loaded from elsewhere (a Content-Security-Policy says so to the
 * browser), no date (the same drafts give the same file), every piece of text escaped. Written file by
 * file like every report; the summary, known only at the end, is written last and shown first.
 */
import type { CompiledLexicon, ReviewRecord } from '../../core';
import { claimEdges, claimNetwork, escapeXml, forceLayout, networkSvg, reviewNetwork, type Network } from '../../core/network';
import { claimSentences } from './claimSentences';
import { htmlClaim } from './htmlClaim';
import { HTML_STYLE } from './htmlStyle';
import type { FileReport, ReportedDiagnostic, ReportWriter } from './types';
import { VERDICT_ROWS, verdictOf, type VerdictKey } from './verdicts';

export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface HtmlReportOptions {
  lexicon: CompiledLexicon;
  version: string;
  /** The language a file was read in (its sentences are found the same way). */
  languageOf(path: string): string;
}

export function htmlReport(options: HtmlReportOptions): ReportWriter {
  const { lexicon } = options;
  const labels = new Map(lexicon.entities.map((e) => [e.id, e.label]));
  const label = (id: string): string => labels.get(id) ?? id;
  let review: Network | undefined; // built with the first map
  const totals = new Map<VerdictKey, number>();
  let files = 0;
  let claims = 0;
  return {
    *begin() {
      yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n';
      yield `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">\n`;
      yield '<meta name="viewport" content="width=device-width, initial-scale=1">\n';
      yield `<title>Mechlens consistency report</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n`;
      yield `<header>\n<h1>Consistency report</h1>\n${reviewLine(lexicon.review)}\n`;
      yield `<p class="muted">Each claim found in the draft is set against the review's statements by Mechlens ${escapeXml(options.version)}. A verdict is a reading by rules, to be checked by a person: the sentence, how it was read and what the review says are given for that.</p>\n</header>\n<main>\n`;
    },
    *file(r: FileReport) {
      files++;
      const n = files;
      const contradictions = new Map<number, ReportedDiagnostic>();
      for (const d of r.result.diagnostics) if (d.code === 'contradiction' && d.claim !== undefined) contradictions.set(d.claim, d);
      const verdicts = r.result.claims.map((c, i) => verdictOf(c, contradictions.get(i)));
      const sentences = claimSentences(r.text ?? '', options.languageOf(r.path), r.result.claims.map((c) => c.range));
      const counts = new Map<VerdictKey, number>();
      for (const v of verdicts) {
        counts.set(v.key, (counts.get(v.key) ?? 0) + 1);
        totals.set(v.key, (totals.get(v.key) ?? 0) + 1);
      }
      claims += r.result.claims.length;
      yield `<section class="file" id="file-${n}">\n<h2>${escapeXml(r.path === '-' ? 'standard input' : r.path)}</h2>\n`;
      yield `<p>${countLine(r.result.claims.length, counts)}</p>\n`;
      const edges = claimEdges(r.result.claims.map((c, i) => ({ ...c, sentenceRange: sentences[i].range })));
      if (edges.length > 0) {
        const network = claimNetwork((review ??= reviewNetwork(lexicon)), edges);
        const title = `The claims of ${r.path === '-' ? 'standard input' : r.path} over what the review states of the same entities`;
        yield `<figure>\n${networkSvg(network, forceLayout(network), { title, claims: edges, idPrefix: `f${n}-` })}<figcaption>Map: the draft's claims (thick lines, marked ✓ ✗ ≈ ±) over the review's statements between the same entities (grey; → promotes, ⊣ inhibits). Hover a line for what it says.</figcaption>\n</figure>\n`;
      }
      if (r.result.claims.length === 0) {
        yield '<p class="muted">No claim relating entities of the review was found in this file.</p>\n';
      } else {
        yield '<ol class="claims">\n';
        for (let i = 0; i < r.result.claims.length; i++) yield `${htmlClaim(r.result.claims[i], verdicts[i], sentences[i], label)}\n`;
        yield '</ol>\n';
      }
      yield '</section>\n';
    },
    *end() {
      yield '</main>\n<section id="summary">\n<h2>Summary</h2>\n';
      yield `<p>${files === 1 ? '1 file' : `${files} files`} checked, ${claims === 1 ? '1 claim' : `${claims} claims`} found.</p>\n`;
      yield '<table>\n<tbody>\n';
      for (const row of VERDICT_ROWS) yield `<tr><td class="n">${totals.get(row.key) ?? 0}</td><td>${escapeXml(row.words)}</td></tr>\n`;
      yield '</tbody>\n</table>\n</section>\n</body>\n</html>\n';
    },
  };
}

/** "Checked against: Zhang FF, Hao Y, … Interplay …. World Journal of Stem Cells 2024;16(4):375-388. doi:…" */
function reviewLine(r: ReviewRecord | undefined): string {
  if (r === undefined) return '<p>Checked against the lexicon given (it names no review).</p>';
  const where = `${r.journal} ${r.year}${r.volume ? `;${r.volume}` : ''}${r.issue ? `(${r.issue})` : ''}${r.pages ? `:${r.pages}` : ''}`;
  const doi = r.doi ? ` <a href="https://doi.org/${escapeXml(r.doi)}">doi:${escapeXml(r.doi)}</a>` : '';
  return `<p>Checked against the review: ${escapeXml(r.authors.join(', '))}. <cite>${escapeXml(r.title)}</cite>. ${escapeXml(where)}.${doi}</p>`;
}

function countLine(total: number, counts: ReadonlyMap<VerdictKey, number>): string {
  const parts = VERDICT_ROWS.filter((row) => (counts.get(row.key) ?? 0) > 0).map((row) => `${counts.get(row.key)} ${row.words}`);
  return escapeXml(`${total === 1 ? '1 claim' : `${total} claims`}${parts.length > 0 ? `: ${parts.join('; ')}` : ''}.`);
}
