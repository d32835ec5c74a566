/** A status bar item with the active manuscript's claims (supported / contradicting); click for the report. */
import * as vscode from 'vscode';
import type { EngineHost } from './engine';
import { reportUri } from './entryDocuments';
import { claimsReport } from './report';
import { isManuscript } from './selector';

export function registerStatusBar(
  engines: EngineHost,
  onDidUpdate: vscode.Event<vscode.Uri>,
  setReport: (uri: vscode.Uri, markdown: string) => void,
): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('mechlens.claims', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Mechlens claims';
  item.command = 'mechlens.showReport';
  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isManuscript(editor.document) || !engines.loaded) {
      item.hide();
      return;
    }
    const result = engines.get().analysisOf(editor.document);
    const supported = result.claims.filter((c) => c.status === 'supports').length;
    const contradicting = result.claims.filter((c) => c.status === 'contradicts').length;
    item.text = `$(beaker) ${supported} ✓ ${contradicting} ✗`;
    item.tooltip = `Mechlens: ${supported} claim(s) supported by the review, ${contradicting} contradicting it. Click for the report.`;
    item.backgroundColor = contradicting > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  const showReport = async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => isManuscript(e.document));
    if (!editor || !isManuscript(editor.document)) {
      void vscode.window.showInformationMessage('Mechlens: open a manuscript to see its report.');
      return;
    }
    const engine = engines.get();
    const result = engine.analysisOf(editor.document);
    const label = (id: string | null): string => (id === null ? '' : engine.index.entities.get(id)?.label ?? id);
    setReport(editor.document.uri, claimsReport(result, vscode.workspace.asRelativePath(editor.document.uri), label, engine.core.formatRefs));
    const doc = await vscode.workspace.openTextDocument(reportUri(editor.document.uri));
    await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  };
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    onDidUpdate(update),
    vscode.commands.registerCommand('mechlens.showReport', showReport),
  );
}
