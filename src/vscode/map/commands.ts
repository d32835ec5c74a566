/**
 * Commands that open the Mechanism Map: Show on Map (a term: the argument of a hover link, the term at
 * the cursor, or one picked — with "the whole review" first) and Show Mechanism on Map.
 */
import * as vscode from 'vscode';
import { pickMechanism, termAtCursor } from '../commands';
import type { ServerConnection } from '../connection';
import { pickSearchHit } from '../searchPick';
import type { MapPanels } from './panel';

const WHOLE_REVIEW = '';

/** A term from the lexicon search, or the whole review (id ""); undefined when the user cancels. */
async function pickTerm(server: ServerConnection): Promise<string | undefined> {
  const chosen = await pickSearchHit(server, {
    title: 'Mechlens: Show on Map',
    placeholder: 'A term to centre the map on, or the whole review',
    first: { label: '$(type-hierarchy) The whole review', description: 'every term and statement', hit: { kind: 'entity', id: WHOLE_REVIEW, label: '', detail: '', uri: '' } },
    keep: (hit) => hit.kind === 'entity',
  });
  return chosen?.id;
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
