/** Find All References: every mention of the entity, in any spelling, across the workspace's manuscripts. */
import * as vscode from 'vscode';
import type { EngineHost } from './engine';
import { mentionAt } from './lookup';
import { toRange } from './convert';

const MANUSCRIPT_GLOB = '**/*.{md,markdown,qmd,rmd,Rmd,tex,txt}';
const MAX_BYTES = 5 * 1048576;

export function registerReferences(engines: EngineHost, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(selector, {
    async provideReferences(document, position, _context, token): Promise<vscode.Location[]> {
      const engine = engines.get();
      const mention = mentionAt(engine, document, position);
      if (!mention) return [];
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      const files = await vscode.workspace.findFiles(MANUSCRIPT_GLOB, '**/node_modules/**', 2000, token);
      const locations: vscode.Location[] = [];
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        let text: string;
        let languageId: string;
        const doc = open.get(uri.toString());
        if (doc) {
          text = doc.getText();
          languageId = doc.languageId;
        } else {
          const stat = await vscode.workspace.fs.stat(uri);
          if (stat.size > MAX_BYTES) continue;
          text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
          languageId = engine.core.languageOfPath(uri.path);
        }
        for (const m of engine.core.mentionsOf(text, languageId, engine.index, mention.id)) locations.push(new vscode.Location(uri, toRange(m.range)));
      }
      if (!files.some((f) => f.toString() === document.uri.toString())) {
        for (const m of engine.analysisOf(document).mentions) if (m.id === mention.id) locations.push(new vscode.Location(document.uri, toRange(m.range)));
      }
      return locations;
    },
  });
}
