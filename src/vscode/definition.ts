/**
 * Go to definition (F12) and peek: from a term to its lexicon entry; inside an entry, on to the
 * neighbouring entities and mechanisms, so a reader can walk a pathway step by step.
 */
import * as vscode from 'vscode';
import type { EngineHost } from './engine';
import { entityUri, mechanismUri } from './entryDocuments';
import { mechanismAt, mentionAt } from './lookup';

export function registerDefinition(engines: EngineHost, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(selector, {
    provideDefinition(document, position): vscode.Definition | undefined {
      const engine = engines.get();
      const mechanism = mechanismAt(engine, document, position);
      if (mechanism) return new vscode.Location(mechanismUri(mechanism), new vscode.Position(0, 0));
      const mention = mentionAt(engine, document, position);
      if (!mention) return undefined;
      return new vscode.Location(entityUri(mention.id), new vscode.Position(0, 0));
    },
  });
}
