/**
 * Commands that open the Mechanism Map: Show on Map (a term: the argument of a hover link, the term at
 * the cursor, or one picked — with "the whole review" first) and Show Mechanism on Map.
 */
import * as vscode from 'vscode';
import { SEARCH, type SearchParams, type SearchResult } from '../../service/protocol';
import { pickMechanism, termAtCursor } from '../commands';
import type { ServerConnection } from '../connection';
import type { MapPanels } from './panel';

const WHOLE_REVIEW = '';

interface TermItem extends vscode.QuickPickItem {
  id: string;
}

/** A term from the lexicon search, or the whole review (id ""); undefined when the user cancels. */
function pickTerm(server: ServerConnection): Promise<string | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<TermItem>();
    pick.title = 'Mechlens: Show on Map';
    pick.placeholder = 'A term to centre the map on, or the whole review';
    const whole: TermItem = { label: '$(type-hierarchy) The whole review', description: 'every term and statement', id: WHOLE_REVIEW, alwaysShow: true };
    let asked = 0;
    let chosen: string | undefined;
    const update = async (query: string): Promise<void> => {
      const mine = ++asked;
      const hits = await server.request<SearchResult>(SEARCH, { query, limit: 60 } satisfies SearchParams);
      if (mine !== asked) return;
      pick.items = [whole, ...hits.filter((h) => h.kind === 'entity').map((h) => ({ label: h.label, description: h.detail, id: h.id, alwaysShow: true }))];
    };
    pick.items = [whole];
    void update('');
    const disposables = [
      pick.onDidChangeValue((q) => void update(q)),
      pick.onDidAccept(() => { chosen = pick.selectedItems[0]?.id; pick.hide(); }),
      pick.onDidHide(() => {
        for (const d of disposables) d.dispose();
        pick.dispose();
        resolve(chosen);
      }),
    ];
    pick.show();
  });
}

export function registerMapCommands(server: ServerConnection, panels: MapPanels): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('mechlens.showMap', async (id?: unknown) => {
      const term = typeof id === 'string' ? id : (await termAtCursor(server)) ?? (await pickTerm(server));
      if (term === undefined) return;
      await panels.show(term === WHOLE_REVIEW ? {} : { centre: term });
    }),
    vscode.commands.registerCommand('mechlens.showMechanismMap', async (id?: unknown) => {
      const mechanism = typeof id === 'string' ? id : await pickMechanism(server, await termAtCursor(server), 'Mechlens: Show Mechanism on Map');
      if (mechanism) await panels.show({ mechanism, depth: 0 });
    }),
  );
}
