/**
 * The "cite the review" quick fix, writing a citation that compiles: the author's own key for the review
 * when their bibliography has it; otherwise the review added to their .bib (one WorkspaceEdit: the
 * citation at the sentence's end and the entry at the end of the .bib) under a fresh key; numbers only
 * where the document cites by number. The review's reference numbers go into the title, not the text.
 */
import type { Position, TextEdit } from '../lsp';
import type { MechlensSettings } from '../settings';
import { citationText } from '../text';
import type { CitationContext } from './context';
import { reviewBibtex, reviewKey } from './reviewEntry';
import { citationWithKey, reviewRefsText } from './style';
import type { BibFile } from './types';

export interface CiteFix {
  title: string;
  changes: Record<string, TextEdit[]>;
}

/** Where text appended to a file goes: after its last character. */
function endOf(text: string): Position {
  const lines = text.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The entry appended to a .bib, a blank line before it. */
function appendEntry(file: BibFile, entry: string): TextEdit {
  const at = endOf(file.text);
  // One blank line between the last entry and the new one, whatever the file ends with.
  const trimmed = file.text.trimEnd();
  const endingNewlines = file.text.slice(trimmed.length).split('\n').length - 1;
  const separator = trimmed === '' ? '' : '\n'.repeat(Math.max(0, 2 - endingNewlines));
  return { range: { start: at, end: at }, newText: `${separator}${entry}` };
}

/** Before the sentence's closing punctuation (and any closing quote or bracket after it): `… NFATc1\\cite{k}.` */
function beforeFullStop(lineText: string, end: Position): Position {
  const head = lineText.slice(0, end.character);
  const m = /[.!?]+["'”’)\]]*\s*$/.exec(head);
  return m ? { line: end.line, character: m.index } : end;
}

export interface CiteDocument {
  uri: string;
  languageId: string;
  lineText(line: number): string;
}

/** The fix for a finding whose claim ends at `claimEnd`, in a sentence ending at `sentenceEnd`. */
export function citeFix(doc: CiteDocument, claimEnd: Position, sentenceEnd: Position | undefined, refs: readonly number[], ctx: CitationContext, settings: MechlensSettings): CiteFix {
  const docUri = doc.uri;
  const keyedAt = sentenceEnd ? beforeFullStop(doc.lineText(sentenceEnd.line), sentenceEnd) : claimEnd;
  const insert = (newText: string, at: Position = keyedAt): TextEdit => ({ range: { start: at, end: at }, newText });
  const style = ctx.style;
  const about = refs.length > 0 ? `the review, citing its ${reviewRefsText(refs, ctx.formatRefs)}` : 'the review';
  if (style.kind !== 'numeric' && ctx.reviewEntry) {
    const text = citationWithKey(style, ctx.reviewEntry.entry.key);
    return { title: `Cite ${about}: ${text.trim()}`, changes: { [docUri]: [insert(text)] } };
  }
  const bib = ctx.files.find((f) => f.format === 'bibtex');
  if (style.kind !== 'numeric' && bib && ctx.review) {
    const key = reviewKey(ctx.review, new Set(ctx.files.flatMap((f) => f.entries.map((e) => e.key))));
    const text = citationWithKey(style, key);
    return {
      title: `Add the review to ${bib.display.slice(bib.display.lastIndexOf('/') + 1)} and cite it as ${text.trim()} (${about.replace(/^the review, /, '')})`,
      changes: { [docUri]: [insert(text)], [bib.uri]: [appendEntry(bib, reviewBibtex(ctx.review, key))] },
    };
  }
  // No bibliography to cite from: the review's own numbers after the claim, as before.
  const cite = citationText(refs, doc.languageId, settings.citationStyle, settings.citationKeyPattern);
  return { title: `Cite the review's reference${refs.length > 1 ? 's' : ''} ${cite.trim()}`, changes: { [docUri]: [insert(cite, claimEnd)] } };
}
