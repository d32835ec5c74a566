/**
 * Read-only lexicon entry documents under the `mechlens:` scheme, rendered from the core:
 * mechlens:/entity/<id>.md, mechlens:/mechanism/<id>.md and mechlens:/lexicon.md.
 */
import * as vscode from 'vscode';
import type { EngineHost } from './engine';
import { ENTRY_SCHEME } from './selector';

export function entityUri(id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: ENTRY_SCHEME, path: `/entity/${id}.md` });
}

export function mechanismUri(id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: ENTRY_SCHEME, path: `/mechanism/${id}.md` });
}

export function interactionUri(id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: ENTRY_SCHEME, path: `/interaction/${id}.md` });
}

export const LEXICON_URI = vscode.Uri.from({ scheme: ENTRY_SCHEME, path: '/lexicon.md' });

export function reportUri(forDocument: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: ENTRY_SCHEME, path: '/report.md', query: forDocument.toString() });
}

export function registerEntryDocuments(engines: EngineHost): vscode.Disposable & { setReport(uri: vscode.Uri, markdown: string): void; refreshAll(): void } {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  // Claim reports by document (the status bar opens them), written by the status bar feature.
  const reports = new Map<string, string>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent(uri: vscode.Uri): string {
      const { core, index } = engines.get();
      const m = /^\/(entity|mechanism|interaction)\/(.+)\.md$/.exec(uri.path);
      if (m?.[1] === 'entity') return core.entityEntryMarkdown(index, m[2]);
      if (m?.[1] === 'mechanism') return core.mechanismEntryMarkdown(index, m[2]);
      if (m?.[1] === 'interaction') return core.interactionEntryMarkdown(index, m[2]);
      if (uri.path === '/report.md') return reports.get(uri.query) ?? '# Mechlens report\n\nNothing checked yet.\n';
      return core.lexiconIndexMarkdown(index);
    },
  };
  const registration = vscode.Disposable.from(changed, vscode.workspace.registerTextDocumentContentProvider(ENTRY_SCHEME, provider));
  return {
    dispose: () => {
      reports.clear();
      registration.dispose();
    },
    setReport(uri: vscode.Uri, markdown: string): void {
      const target = reportUri(uri);
      reports.set(target.query, markdown);
      changed.fire(target);
    },
    refreshAll(): void {
      for (const d of vscode.workspace.textDocuments) if (d.uri.scheme === ENTRY_SCHEME) changed.fire(d.uri);
    },
  };
}

export async function openEntry(uri: vscode.Uri, beside = false): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: true, viewColumn: beside ? vscode.ViewColumn.Beside : undefined });
}
