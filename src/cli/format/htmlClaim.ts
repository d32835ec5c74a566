/** One claim of the HTML report: its verdict, the sentence, how it was read, what the review says. */
import { conditionsOf, describeConditions } from '../../core/conditions';
import { formatRefs } from '../../core/judge';
import { escapeXml } from '../../core/network';
import { readingOf } from '../../core/present/reading';
import type { ClaimSentence } from './claimSentences';
import type { ReportedClaim } from './types';
import type { Verdict } from './verdicts';

export function htmlClaim(c: ReportedClaim, verdict: Verdict, sentence: ClaimSentence, label: (id: string) => string): string {
  const r = readingOf(c, label);
  const entity = (text: string): string => `<b>${escapeXml(text)}</b>`;
  const qualifiers = [r.hedged ? 'hedged' : '', r.conditions, r.rule, r.path].filter(Boolean).map(escapeXml).join(' · ');
  const reading = `${entity(r.subject)} → ${escapeXml(r.relation)} → ${r.objectIsEntity ? entity(r.object) : escapeXml(r.object)}`;
  const missing = c.missing && c.missing.length > 0 ? describeConditions(conditionsOf(c.missing), label) : '';
  const review = c.statement
    // The statement marks a curator's inference or a class-level statement itself.
    ? `${escapeXml(c.statement)}${missing ? ` — the review says so only ${escapeXml(missing)}` : ''}`
    : '<span class="muted">nothing on this pair</span>';
  return [
    `<li class="claim ${verdict.tone}">`,
    `<p class="verdict"><span class="mark" aria-hidden="true">${escapeXml(verdict.symbol)}</span> <strong>${escapeXml(verdict.words)}</strong> <span class="muted">· line ${c.range.start.line + 1} · confidence ${c.confidence.toFixed(2)}</span></p>`,
    `<blockquote>${escapeXml(sentence.text)}</blockquote>`,
    '<dl>',
    `<dt>Read as</dt><dd>${reading}${qualifiers ? ` <span class="muted">(${qualifiers})</span>` : ''}</dd>`,
    `<dt>The review says</dt><dd>${review}</dd>`,
    c.refs.length > 0 ? `<dt>References</dt><dd>${formatRefs(c.refs)}</dd>` : '',
    '</dl>',
    '</li>',
  ].filter(Boolean).join('\n');
}
