/**
 * Read-only lexicon entry documents under the `mechlens:` scheme, rendered by the server:
 * mechlens:/entity/<id>.md, mechlens:/mechanism/<id>.md, mechlens:/interaction/<id>.md, mechlens:/lexicon.md,
 * and the claims report of a manuscript (mechlens:/report.md?<its uri>).
 */
import * as vscode from 'vscode';
import { ENTRY_SCHEME, entryPath, type EntryRef } from '../service/links';
import { ENTRY, type EntryParams, type EntryResult } from '../service/protocol';
import type { ServerConnection } from './connection';

export function entryUri(entry: EntryRef): vscode.Uri {
  return vscode.Uri.from({ scheme: ENTRY_SCHEME, path: entryPath(entry) });
}

export const LEXICON_URI = entryUri({ kind: 'lexicon' });

export function reportUri(forDocument: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: ENTRY_SCHEME, path: '/report.md', query: forDocument.toString() });
}

export interface EntryDocuments extends vscode.Disposable {
  setReport(uri: vscode.Uri, markdown: string): void;
  /** Entries shown are rendered again (the lexicon changed). */
  refreshAll(): void;
}

export function registerEntryDocuments(server: ServerConnection): EntryDocuments {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  // Claim reports by document (the status bar opens them).
  const reports = new Map<string, string>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
      if (uri.path === '/report.md') return reports.get(uri.query) ?? '# Mechlens report\n\nNothing checked yet.\n';
      return server.request<EntryResult>(ENTRY, { uri: uri.with({ query: '', fragment: '' }).toString(true) } satisfies EntryParams);
    },
  };
  const registration = vscode.Disposable.from(changed, vscode.workspace.registerTextDocumentContentProvider(ENTRY_SCHEME, provider));
  return {
    dispose: () => {
      reports.clear();
      registration.dispose();
    },
    setReport(uri, markdown) {
      const target = reportUri(uri);
      reports.set(target.query, markdown);
      changed.fire(target);
    },
    refreshAll() {
      for (const d of vscode.workspace.textDocuments) if (d.uri.scheme === ENTRY_SCHEME) changed.fire(d.uri);
    },
  };
}

export async function openEntry(uri: vscode.Uri, beside = false): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: true, viewColumn: beside ? vscode.ViewColumn.Beside : undefined });
}
