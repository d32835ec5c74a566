/**
 * Commands under "Mechlens" in the palette: Search Lexicon (fuse.js, tolerant of typos), Show Mechanisms
 * for Term, Insert Mechanism, Open Lexicon, and Open Entry (used by hover links).
 */
import * as vscode from 'vscode';
import type { EngineHost } from './engine';
import { entityUri, LEXICON_URI, mechanismUri, openEntry } from './entryDocuments';
import { mentionAt } from './lookup';
import { isManuscript } from './selector';

interface PickItem extends vscode.QuickPickItem {
  kind2: 'entity' | 'mechanism';
  id: string;
}

/** The entity under the cursor of the active editor, if any. */
function termAtCursor(engines: EngineHost): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  return mentionAt(engines.get(), editor.document, editor.selection.active)?.id;
}

async function searchLexicon(engines: EngineHost): Promise<void> {
  const engine = engines.get();
  const pick = vscode.window.createQuickPick<PickItem>();
  pick.title = 'Mechlens: Search Lexicon';
  pick.placeholder = 'Type a term, a spelling or words from its description (typos are fine)';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  const update = (query: string): void => {
    pick.items = engine.search.search(query, 60).map((h) => ({
      label: h.label, description: h.detail, kind2: h.kind, id: h.id,
      // fuse.js has already matched (also across typos); the quick pick must not filter its answer again.
      alwaysShow: true,
    }));
  };
  update('');
  const disposables = [
    pick.onDidChangeValue(update),
    pick.onDidAccept(async () => {
      const chosen = pick.selectedItems[0];
      pick.hide();
      if (chosen) await openEntry(chosen.kind2 === 'mechanism' ? mechanismUri(chosen.id) : entityUri(chosen.id));
    }),
    pick.onDidHide(() => {
      for (const d of disposables) d.dispose();
      pick.dispose();
    }),
  ];
  pick.show();
}

async function pickMechanism(engines: EngineHost, entityId: string | undefined, title: string): Promise<string | undefined> {
  const engine = engines.get();
  const list = entityId ? engine.index.mechanismsByEntity.get(entityId) ?? [] : engine.index.lexicon.mechanisms;
  if (list.length === 0) {
    void vscode.window.showInformationMessage(entityId ? `Mechlens: the review names no mechanism with ${engine.index.entities.get(entityId)?.label ?? entityId}.` : 'Mechlens: no mechanisms in the lexicon.');
    return undefined;
  }
  const chosen = await vscode.window.showQuickPick(
    list.map((m) => ({ label: m.label, description: engine.core.formatRefs(m.refs), detail: engine.core.mechanismSentence(engine.index, m), id: m.id })),
    { title, matchOnDetail: true },
  );
  return chosen?.id;
}

async function insertMechanism(engines: EngineHost, entityId: string | undefined): Promise<void> {
  const editor = vscode.window.visibleTextEditors.find((e) => e === vscode.window.activeTextEditor && isManuscript(e.document))
    ?? vscode.window.visibleTextEditors.find((e) => isManuscript(e.document));
  if (!editor) {
    void vscode.window.showWarningMessage('Mechlens: open a manuscript (Markdown, LaTeX or plain text) to insert a mechanism into.');
    return;
  }
  const id = await pickMechanism(engines, entityId, 'Mechlens: Insert Mechanism');
  if (!id) return;
  const engine = engines.get();
  const mechanism = engine.index.lexicon.mechanisms.find((m) => m.id === id);
  if (!mechanism) return;
  const body = engine.core.mechanismSnippet(engine.index, mechanism, engine.core.citationStyleOf(editor.document.languageId));
  await editor.insertSnippet(new vscode.SnippetString(body));
}

export function registerCommands(engines: EngineHost): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('mechlens.searchLexicon', () => searchLexicon(engines)),
    vscode.commands.registerCommand('mechlens.openLexicon', () => openEntry(LEXICON_URI)),
    vscode.commands.registerCommand('mechlens.openEntry', (id?: unknown) => {
      const entity = typeof id === 'string' ? id : termAtCursor(engines);
      return entity ? openEntry(entityUri(entity)) : searchLexicon(engines);
    }),
    vscode.commands.registerCommand('mechlens.showMechanisms', async (id?: unknown) => {
      const entity = typeof id === 'string' ? id : termAtCursor(engines);
      const chosen = await pickMechanism(engines, entity, 'Mechlens: Show Mechanisms');
      if (chosen) await openEntry(mechanismUri(chosen));
    }),
    vscode.commands.registerCommand('mechlens.insertMechanism', (id?: unknown) => insertMechanism(engines, typeof id === 'string' ? id : undefined)),
  );
}
