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

export const LEXICON_URI = vscode.Uri.from({ scheme: ENTRY_SCHEME, path: '/lexicon.md' });

export function registerEntryDocuments(engines: EngineHost): vscode.Disposable {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent(uri: vscode.Uri): string {
      const { core, index } = engines.get();
      const m = /^\/(entity|mechanism)\/(.+)\.md$/.exec(uri.path);
      if (m?.[1] === 'entity') return core.entityEntryMarkdown(index, m[2]);
      if (m?.[1] === 'mechanism') return core.mechanismEntryMarkdown(index, m[2]);
      return core.lexiconIndexMarkdown(index);
    },
  };
  return vscode.Disposable.from(changed, vscode.workspace.registerTextDocumentContentProvider(ENTRY_SCHEME, provider));
}

export async function openEntry(uri: vscode.Uri, beside = false): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: true, viewColumn: beside ? vscode.ViewColumn.Beside : undefined });
}
