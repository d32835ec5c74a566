/** A status bar item with the active manuscript's claims (supported / contradicting); click for the report. */
import * as vscode from 'vscode';
import { REPORT, SUMMARY, type ReportParams, type ReportResult, type SummaryParams, type SummaryResult } from '../service/protocol';
import type { ServerConnection } from './connection';
import { reportUri } from './entryDocuments';
import { isManuscript } from './selector';

export function registerStatusBar(server: ServerConnection, setReport: (uri: vscode.Uri, markdown: string) => void): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('mechlens.claims', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Mechlens claims';
  item.command = 'mechlens.showReport';
  let asked = 0;
  const update = async (): Promise<void> => {
    const mine = ++asked;
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isManuscript(editor.document)) {
      item.hide();
      return;
    }
    const summary = await server.request<SummaryResult>(SUMMARY, { uri: editor.document.uri.toString() } satisfies SummaryParams).catch(() => null);
    if (mine !== asked) return;
    if (!summary) {
      item.hide();
      return;
    }
    item.text = `$(beaker) ${summary.supported} ✓ ${summary.contradicting} ✗`;
    item.tooltip = `Mechlens: ${summary.supported} claim(s) supported by the review, ${summary.contradicting} contradicting it. Click for the report.`;
    item.backgroundColor = summary.contradicting > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  const showReport = async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => isManuscript(e.document));
    if (!editor || !isManuscript(editor.document)) {
      void vscode.window.showInformationMessage('Mechlens: open a manuscript to see its report.');
      return;
    }
    const params: ReportParams = { uri: editor.document.uri.toString(), fileName: vscode.workspace.asRelativePath(editor.document.uri) };
    setReport(editor.document.uri, await server.request<ReportResult>(REPORT, params));
    const doc = await vscode.workspace.openTextDocument(reportUri(editor.document.uri));
    await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  };
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    // The server publishes after each analysis: the counts follow the diagnostics.
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) void update();
    }),
    vscode.commands.registerCommand('mechlens.showReport', showReport),
  );
}
