/**
 * Claims checked against what they cite: a contradicted claim whose sentence cites the review (by the
 * author's key for it) is told so plainly; a supported claim whose sentence cites nothing may get a hint
 * to cite the review (`mechlens.suggestCitations`).
 */
import type { AnalysisResult, Range } from '../../core';
import { DIAGNOSTIC_SOURCE, type FindingData } from '../diagnostics';
import { DiagnosticSeverity, type Diagnostic } from '../lsp';
import type { MechlensSettings } from '../settings';
import { citationKeys, citesAnything } from './citations';
import { citedReviewMessage } from './claimCitations';
import type { CitationContext } from './context';
import { reviewRefsText } from './style';

export const CITE_HINT_CODE = 'cite-review';

export interface SentenceText {
  /** The text of a range of the document. */
  textOf(range: Range): string;
  languageId: string;
}

/** The hint is on by default where a citation would compile: a document with a bibliography, not plain text. */
export function suggestsCitations(settings: MechlensSettings, languageId: string, ctx: CitationContext): boolean {
  if (settings.suggestCitations === 'off') return false;
  if (settings.suggestCitations === 'on') return true;
  return languageId !== 'plaintext' && ctx.style.kind !== 'numeric';
}

function placeKey(endLine: number, subject: string, object: string | null | undefined): string {
  return `${endLine}\u0000${subject}\u0000${object === null ? '\u0001' : object ?? ''}`;
}

/** The first claim of each (end line, subject, object), as a diagnostic's data names its claim. */
function firstClaimByPlace(result: AnalysisResult): Map<string, AnalysisResult['claims'][number]> {
  const byPlace = new Map<string, AnalysisResult['claims'][number]>();
  for (const c of result.claims) {
    const key = placeKey(c.range.end.line, c.subject, c.object);
    if (!byPlace.has(key)) byPlace.set(key, c);
  }
  return byPlace;
}

export function citationFindings(result: AnalysisResult, diagnostics: readonly Diagnostic[], doc: SentenceText, ctx: CitationContext, settings: MechlensSettings): Diagnostic[] {
  const reviewKey = ctx.reviewEntry?.entry.key;
  const citesReview = (range: Range): boolean => reviewKey !== undefined && citationKeys(doc.textOf(range), doc.languageId).some((k) => k.key === reviewKey);
  // Only the review's key can change a message: without one, nothing to look up (a keystroke in a long
  // manuscript re-runs this for every diagnostic).
  const claimsByPlace = reviewKey === undefined ? undefined : firstClaimByPlace(result);
  const out = diagnostics.map((d) => {
    if (d.code !== 'contradiction' || !claimsByPlace) return d;
    const data = d.data as FindingData | undefined;
    const claim = data?.claim ? claimsByPlace.get(placeKey(data.claim.endLine, data.claim.subject, data.claim.object)) : undefined;
    if (!claim || !citesReview(claim.sentenceRange)) return d;
    return { ...d, message: citedReviewMessage(String(d.message), data?.refs ?? claim.refs, ctx.formatRefs) };
  });
  if (!suggestsCitations(settings, doc.languageId, ctx)) return out;
  const seen = new Set<string>();
  for (const c of result.claims) {
    if (c.status !== 'supports' || c.refs.length === 0 || c.negated) continue;
    const where = JSON.stringify(c.sentenceRange);
    if (seen.has(where) || citesAnything(doc.textOf(c.sentenceRange), doc.languageId)) continue;
    seen.add(where);
    const data: FindingData = { refs: c.refs, interactions: c.interactions, sentenceEnd: c.sentenceRange.end };
    out.push({
      range: c.range, severity: DiagnosticSeverity.Hint, source: DIAGNOSTIC_SOURCE, code: CITE_HINT_CODE,
      message: `Supported by the review (its ${reviewRefsText(c.refs, ctx.formatRefs)}); cite it`, data,
    });
  }
  return out;
}
