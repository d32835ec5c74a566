/**
 * Quick fixes on a finding: rewrite the verb to the review's relation, cite the review's reference,
 * silence this reading or the line with the comment the core honours, or (in hosts that offer the
 * command) record an exception in the workspace lexicon; and "fix all" for the unambiguous rewrites.
 * Everything comes from the diagnostic's data; every edit touches only its claim.
 */
import type { AnalysisResult } from '../core';
import { claimKey } from '../core/suppression';
import { dataOf, type FindingData } from './diagnostics';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from './lsp';
import { CITE_HINT_CODE } from './bibliography/citationFindings';
import { citeFix } from './bibliography/citeFix';
import type { CitationContext } from './bibliography/context';
import type { MechlensSettings } from './settings';
import { suppressionComment } from './text';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mechlens`;

/** What a code action needs of the document. */
export interface ActionDocument {
  uri: string;
  languageId: string;
  /** The text of a line (without its line break). */
  lineText(line: number): string;
  /** The text of a range. */
  textOf(range: TextEdit['range']): string;
}

export interface ActionOptions {
  /** The client runs `mechlens.addException` (VS Code does; other editors have no such command). */
  exceptionCommand: boolean;
}

/** What code actions look up in the lexicon: the review's statement behind interaction ids. */
export type StatementOf = (interactions: readonly string[]) => string | undefined;

const kindWanted = (only: readonly string[] | undefined, kind: string): boolean =>
  !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

function edit(doc: ActionDocument, edits: TextEdit[]): CodeAction['edit'] {
  return { changes: { [doc.uri]: edits } };
}

/** A suppression comment at the end of a line (for one claim's reading when keys are given). */
function suppressionEdit(doc: ActionDocument, line: number, claimKeys: readonly string[] = []): TextEdit {
  const at = { line, character: doc.lineText(line).length };
  return { range: { start: at, end: at }, newText: suppressionComment(doc.languageId, claimKeys) };
}

function fixesFor(doc: ActionDocument, d: Diagnostic, data: FindingData, settings: MechlensSettings, options: ActionOptions, statementOf: StatementOf, citations: CitationContext): CodeAction[] {
  const actions: CodeAction[] = [];
  const quickFix = (title: string, extra: Partial<CodeAction>): void => {
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], ...extra });
  };
  if (data.fix) {
    quickFix(`Rewrite "${doc.textOf(data.fix.range)}" as "${data.fix.newText}" (as the review states)`, { edit: edit(doc, [{ range: data.fix.range, newText: data.fix.newText }]), isPreferred: true });
  }
  if (data.refs.length > 0) {
    const cite = citeFix(doc, d.range.end, data.sentenceEnd, data.refs, citations, settings);
    quickFix(cite.title, { edit: { changes: cite.changes }, ...(d.code === CITE_HINT_CODE ? { isPreferred: true } : {}) });
  }
  // The cite hint is about a supported claim: nothing to rewrite, silence or except.
  if (d.code === CITE_HINT_CODE) return actions;
  if (data.claim) {
    // LTeX-style false-positive fix: silence this reading only, on the line where the claim ends.
    const key = claimKey(data.claim.subject, data.claim.object);
    quickFix(`This reading is wrong (${key.replace('>', ' → ')}): silence it`, { edit: edit(doc, [suppressionEdit(doc, data.claim.endLine, [key])]) });
  }
  quickFix('Silence Mechlens on this line', { edit: edit(doc, [suppressionEdit(doc, d.range.start.line)]) });
  if (options.exceptionCommand && data.claim?.object && data.claim.kind === 'interaction') {
    quickFix('Add an exception to the workspace lexicon (.mechlens/lexicon.json)', {
      command: {
        command: 'mechlens.addException', title: 'Add exception',
        arguments: [doc.uri, { ...data.claim, refs: data.refs, line: d.range.start.line, statement: statementOf(data.interactions) }],
      },
    });
  }
  return actions;
}

export function codeActionsFor(doc: ActionDocument, result: AnalysisResult, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined, settings: MechlensSettings, options: ActionOptions, statementOf: StatementOf, citations: CitationContext): CodeAction[] {
  const actions: CodeAction[] = [];
  if (kindWanted(only, CodeActionKind.QuickFix)) {
    for (const d of diagnostics) {
      const data = dataOf(d);
      // A did-you-mean hint has nothing to rewrite, cite or silence.
      if (data && d.code !== 'unknown-term') actions.push(...fixesFor(doc, d, data, settings, options, statementOf, citations));
    }
  }
  const fixable = result.diagnostics.filter((x) => x.fix);
  if (fixable.length > 0 && kindWanted(only, FIX_ALL_KIND)) {
    actions.push({
      title: `Mechlens: fix all ${fixable.length} contradicted verb${fixable.length > 1 ? 's' : ''} in this file`,
      kind: FIX_ALL_KIND,
      edit: edit(doc, fixable.flatMap((x) => (x.fix ? [{ range: x.fix.range, newText: x.fix.newText }] : []))),
    });
  }
  return actions;
}
