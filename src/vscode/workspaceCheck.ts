/** Check Workspace: every manuscript (files.exclude and mechlens.exclude respected), cancellable, into Problems. */
import * as vscode from 'vscode';
import { readConfig } from './config';
import type { DiagnosticsFeature } from './diagnostics';
import type { EngineHost } from './engine';
import { readTextFile } from './files';
import { excludePattern } from './text';

const EXTENSIONS: Readonly<Record<string, string[]>> = {
  markdown: ['md', 'markdown'], latex: ['tex'], plaintext: ['txt'], quarto: ['qmd'], rmd: ['rmd', 'Rmd'],
};

export function registerWorkspaceCheck(engines: EngineHost, diagnostics: DiagnosticsFeature): vscode.Disposable {
  return vscode.commands.registerCommand('mechlens.checkWorkspace', async () => {
    const config = readConfig();
    const extensions = config.enabledLanguages.flatMap((l) => EXTENSIONS[l] ?? []);
    if (extensions.length === 0) return;
    const exclude = excludePattern(vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude', {}), config.exclude);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Mechlens: checking the workspace', cancellable: true }, async (progress, token) => {
      const files = await vscode.workspace.findFiles(`**/*.{${extensions.join(',')}}`, exclude, 10000, token);
      const engine = engines.get();
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      let contradictions = 0;
      let withContradictions = 0;
      let checked = 0;
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
        const doc = open.get(uri.toString());
        let text: string;
        let languageId: string;
        if (doc) {
          text = doc.getText();
          languageId = doc.languageId;
        } else {
          const stat = await vscode.workspace.fs.stat(uri);
          if (stat.size > config.maxFileSizeKB * 1024) continue;
          try {
            text = await readTextFile(uri);
          } catch {
            continue; // binary or not UTF-8: not a manuscript
          }
          languageId = engine.core.languageOfPath(uri.path);
        }
        const result = doc ? engine.analysisOf(doc) : engine.analyzer.analyze({ text, languageId }, { hints: true });
        diagnostics.collection.set(uri, diagnostics.toDiagnostics(result, config));
        const n = result.diagnostics.filter((d) => d.code === 'contradiction').length;
        contradictions += n;
        if (n > 0) withContradictions++;
        checked++;
        // Let the editor breathe between files.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const stopped = token.isCancellationRequested ? ' (cancelled)' : '';
      void vscode.window.showInformationMessage(`Mechlens checked ${checked} file(s)${stopped}: ${contradictions} contradiction(s) in ${withContradictions} file(s). See Problems.`);
    });
  });
}
