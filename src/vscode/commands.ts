/**
 * Commands under "Mechlens" in the palette: Search Lexicon (fuse.js on the server, tolerant of typos),
 * Show Mechanisms for Term, Insert Mechanism, Open Lexicon, and Open Entry (used by hover links). The
 * pickers are VS Code's; what they list comes from the server.
 */
import * as vscode from 'vscode';
import {
  MECHANISMS, SNIPPET, TERM_AT,
  type MechanismsParams, type MechanismsResult, type SnippetParams, type SnippetResult, type TermAtParams, type TermAtResult,
} from '../service/protocol';
import type { ServerConnection } from './connection';
import { entryUri, LEXICON_URI, openEntry } from './entryDocuments';
import { pickSearchHit } from './searchPick';
import { isManuscript } from './selector';

/** The entity under the cursor of the active editor, if any. */
export async function termAtCursor(server: ServerConnection): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { line, character } = editor.selection.active;
  const params: TermAtParams = { uri: editor.document.uri.toString(), position: { line, character } };
  return (await server.request<TermAtResult>(TERM_AT, params)) ?? undefined;
}

async function searchLexicon(server: ServerConnection): Promise<void> {
  const chosen = await pickSearchHit(server, {
    title: 'Mechlens: Search Lexicon', placeholder: 'Type a term, a spelling or words from its description (typos are fine)',
  });
  if (chosen) await openEntry(vscode.Uri.parse(chosen.uri, true));
}

export async function pickMechanism(server: ServerConnection, entity: string | undefined, title: string): Promise<string | undefined> {
  const found = await server.request<MechanismsResult>(MECHANISMS, (entity ? { entity } : {}) satisfies MechanismsParams);
  if (found.mechanisms.length === 0) {
    void vscode.window.showInformationMessage(entity ? `Mechlens: the review names no mechanism with ${found.label ?? entity}.` : 'Mechlens: no mechanisms in the lexicon.');
    return undefined;
  }
  const chosen = await vscode.window.showQuickPick(
    found.mechanisms.map((m) => ({ label: m.label, description: m.refs, detail: m.sentence, id: m.id })),
    { title, matchOnDetail: true },
  );
  return chosen?.id;
}

async function insertMechanism(server: ServerConnection, entity: string | undefined): Promise<void> {
  const editor = vscode.window.visibleTextEditors.find((e) => e === vscode.window.activeTextEditor && isManuscript(e.document))
    ?? vscode.window.visibleTextEditors.find((e) => isManuscript(e.document));
  if (!editor) {
    void vscode.window.showWarningMessage('Mechlens: open a manuscript (Markdown, LaTeX or plain text) to insert a mechanism into.');
    return;
  }
  const id = await pickMechanism(server, entity, 'Mechlens: Insert Mechanism');
  if (!id) return;
  const body = await server.request<SnippetResult>(SNIPPET, { id, languageId: editor.document.languageId } satisfies SnippetParams);
  if (body) await editor.insertSnippet(new vscode.SnippetString(body));
}

export function registerCommands(server: ServerConnection): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('mechlens.searchLexicon', () => searchLexicon(server)),
    vscode.commands.registerCommand('mechlens.openLexicon', () => openEntry(LEXICON_URI)),
    vscode.commands.registerCommand('mechlens.openEntry', async (id?: unknown) => {
      const entity = typeof id === 'string' ? id : await termAtCursor(server);
      return entity ? openEntry(entryUri({ kind: 'entity', id: entity })) : searchLexicon(server);
    }),
    vscode.commands.registerCommand('mechlens.showMechanisms', async (id?: unknown) => {
      const entity = typeof id === 'string' ? id : await termAtCursor(server);
      const chosen = await pickMechanism(server, entity, 'Mechlens: Show Mechanisms');
      if (chosen) await openEntry(entryUri({ kind: 'mechanism', id: chosen }));
    }),
    vscode.commands.registerCommand('mechlens.insertMechanism', (id?: unknown) => insertMechanism(server, typeof id === 'string' ? id : undefined)),
  );
}
