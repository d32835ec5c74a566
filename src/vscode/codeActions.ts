/**
 * Quick fixes on a contradiction: rewrite the verb to the review's relation, cite the review's
 * reference, silence the line with the comment the core honours, or record an exception in the
 * workspace lexicon. "Fix all" applies the unambiguous rewrites. Every edit touches only its claim.
 */
import * as vscode from 'vscode';
import type { AnalysisResult, DiagnosticResult } from '../core';
import { readConfig } from './config';
import { toRange } from './convert';
import type { EngineHost } from './engine';
import { isManuscript } from './selector';
import { citationText, suppressionComment } from './text';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('mechlens');

/** The core diagnostic behind a VS Code one (same range and message). */
function coreDiagnostic(result: AnalysisResult, d: vscode.Diagnostic): DiagnosticResult | undefined {
  return result.diagnostics.find((x) => x.code !== 'unknown-term' && x.message === d.message && toRange(x.range).isEqual(d.range));
}

/** A suppression comment at the end of the line (for one claim's reading when keys are given). */
function suppressionEdit(document: vscode.TextDocument, line: number, claimKeys: readonly string[] = []): vscode.TextEdit {
  const text = document.lineAt(line).text;
  return vscode.TextEdit.insert(new vscode.Position(line, text.length), suppressionComment(document.languageId, claimKeys));
}

export function registerCodeActions(engines: EngineHost, selector: vscode.DocumentSelector): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, _range, context): vscode.CodeAction[] {
      if (!isManuscript(document)) return [];
      const engine = engines.get();
      const config = readConfig(document.uri);
      const result = engine.analysisOf(document);
      const actions: vscode.CodeAction[] = [];
      const wantsFixAll = context.only && FIX_ALL_KIND.contains(context.only);
      if (!context.only || !wantsFixAll) {
        for (const d of context.diagnostics) {
          if (d.source !== 'mechlens') continue;
          const core = coreDiagnostic(result, d);
          if (!core) continue;
          const claim = core.claim !== undefined ? result.claims[core.claim] : undefined;
          if (core.fix) {
            const a = new vscode.CodeAction(`Rewrite "${document.getText(toRange(core.fix.range))}" as "${core.fix.newText}" (as the review states)`, vscode.CodeActionKind.QuickFix);
            a.edit = new vscode.WorkspaceEdit();
            a.edit.replace(document.uri, toRange(core.fix.range), core.fix.newText);
            a.diagnostics = [d];
            a.isPreferred = true;
            actions.push(a);
          }
          if (core.refs.length > 0) {
            const cite = citationText(core.refs, document.languageId, config.citationStyle, config.citationKeyPattern);
            const a = new vscode.CodeAction(`Cite the review's reference${core.refs.length > 1 ? 's' : ''} ${cite.trim()}`, vscode.CodeActionKind.QuickFix);
            a.edit = new vscode.WorkspaceEdit();
            a.edit.insert(document.uri, toRange(core.range).end, cite);
            a.diagnostics = [d];
            actions.push(a);
          }
          if (claim) {
            // LTeX-style false-positive fix: silence this reading only, on the line where the claim ends.
            const key = engine.core.claimKey(claim.subject, claim.object);
            const wrong = new vscode.CodeAction(`This reading is wrong (${key.replace('>', ' → ')}): silence it`, vscode.CodeActionKind.QuickFix);
            wrong.edit = new vscode.WorkspaceEdit();
            wrong.edit.set(document.uri, [suppressionEdit(document, claim.range.end.line, [key])]);
            wrong.diagnostics = [d];
            actions.push(wrong);
          }
          const silence = new vscode.CodeAction('Silence Mechlens on this line', vscode.CodeActionKind.QuickFix);
          silence.edit = new vscode.WorkspaceEdit();
          silence.edit.set(document.uri, [suppressionEdit(document, d.range.start.line)]);
          silence.diagnostics = [d];
          actions.push(silence);
          if (claim && claim.object && claim.kind === 'interaction') {
            const exception = new vscode.CodeAction('Add an exception to the workspace lexicon (.mechlens/lexicon.json)', vscode.CodeActionKind.QuickFix);
            exception.command = { command: 'mechlens.addException', title: 'Add exception', arguments: [document.uri.toString(), core.claim] };
            exception.diagnostics = [d];
            actions.push(exception);
          }
        }
      }
      const fixable = result.diagnostics.filter((x) => x.fix);
      if (fixable.length > 0 && (!context.only || wantsFixAll || vscode.CodeActionKind.Source.contains(context.only))) {
        const all = new vscode.CodeAction(`Mechlens: fix all ${fixable.length} contradicted verb${fixable.length > 1 ? 's' : ''} in this file`, FIX_ALL_KIND);
        all.edit = new vscode.WorkspaceEdit();
        for (const x of fixable) if (x.fix) all.edit.replace(document.uri, toRange(x.fix.range), x.fix.newText);
        actions.push(all);
      }
      return actions;
    },
  };
  return vscode.languages.registerCodeActionsProvider(selector, provider, {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  });
}
