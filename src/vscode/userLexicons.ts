/**
 * Users' own lexicons on top of the review: `.mechlens/lexicon.json` in each workspace folder and the
 * files named by `mechlens.lexicons`. They are data, never executed. A broken file is reported in
 * Problems at the offending line and skipped; the bundled lexicon keeps working. Changes apply live.
 */
import * as vscode from 'vscode';
import type { CompiledLexicon } from '../core';
import { readConfig } from './config';
import type { EngineHost } from './engine';
import { readTextFile } from './files';

export const WORKSPACE_LEXICON = '.mechlens/lexicon.json';

export interface UserLexicons extends vscode.Disposable {
  /** Re-reads every user lexicon and rebuilds the analyser; resolves when done. */
  reload(): Promise<void>;
  readonly onDidReload: vscode.Event<void>;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Every user lexicon file the workspace names, in a stable order. */
async function lexiconFiles(): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const own = vscode.Uri.joinPath(folder.uri, WORKSPACE_LEXICON);
    if (await exists(own)) out.push(own);
    for (const p of readConfig(folder.uri).lexicons) {
      const uri = /^([a-z]+:|\/)/i.test(p) ? (p.startsWith('/') ? folder.uri.with({ path: p }) : vscode.Uri.parse(p)) : vscode.Uri.joinPath(folder.uri, p);
      if (!out.some((u) => u.toString() === uri.toString())) out.push(uri);
    }
  }
  return out;
}

export function registerUserLexicons(engines: EngineHost, output: vscode.OutputChannel): UserLexicons {
  const problems = vscode.languages.createDiagnosticCollection('mechlens-lexicon');
  const reloaded = new vscode.EventEmitter<void>();
  let running: Promise<void> = Promise.resolve();

  const load = async (): Promise<void> => {
    const files = await lexiconFiles();
    problems.clear();
    if (files.length === 0) {
      engines.reload(undefined);
      reloaded.fire();
      return;
    }
    const core = engines.get().core;
    let extra: CompiledLexicon | undefined;
    for (const uri of files) {
      const display = vscode.workspace.asRelativePath(uri);
      let text: string;
      try {
        text = await readTextFile(uri);
      } catch (err) {
        const reason = err instanceof vscode.FileSystemError ? err.code : err instanceof TypeError ? 'not valid UTF-8 text' : String(err);
        problems.set(uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `Mechlens lexicon skipped: cannot read ${display} (${reason})`, vscode.DiagnosticSeverity.Error)]);
        output.appendLine(`${display}: cannot read (${reason}); skipped`);
        continue;
      }
      const base = extra ? core.mergeLexicons(core.bundledLexicon, extra) : core.bundledLexicon;
      const { lexicon, issues } = core.compileLexicon([{ file: display, text }], { base });
      if (issues.length > 0) {
        problems.set(uri, issues.map((i) => {
          const d = new vscode.Diagnostic(new vscode.Range(i.line, i.character, i.line, i.character + 1), `${i.path || '/'}: ${i.message} (this lexicon is skipped; the review's lexicon keeps working)`, vscode.DiagnosticSeverity.Error);
          d.source = 'mechlens';
          return d;
        }));
        for (const i of issues) output.appendLine(core.formatIssue(i));
        continue;
      }
      extra = extra ? core.mergeLexicons(extra, lexicon) : lexicon;
      output.appendLine(`${display}: ${lexicon.entities.length} entities, ${lexicon.interactions.length} interactions added`);
    }
    engines.reload(extra);
    reloaded.fire();
  };

  const reload = (): Promise<void> => {
    running = running.then(load, load).catch((err: unknown) => {
      output.appendLine(`Mechlens could not load user lexicons: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    });
    return running;
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/.mechlens/*.json');
  const subscriptions = [
    problems,
    reloaded,
    watcher,
    watcher.onDidChange(() => void reload()),
    watcher.onDidCreate(() => void reload()),
    watcher.onDidDelete(() => void reload()),
    // Files under .mechlens/ are seen by the watcher; files named in mechlens.lexicons may live anywhere.
    vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.uri.path.includes('/.mechlens/')) return;
      if (readConfig(d.uri).lexicons.some((p) => d.uri.path.endsWith(p.replace(/^\.\//, '')))) void reload();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('mechlens.lexicons')) void reload();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void reload()),
  ];
  return {
    reload,
    onDidReload: reloaded.event,
    dispose(): void {
      for (const s of subscriptions) s.dispose();
    },
  };
}

/** Appends an exception (the lab's own result for a claim) to the folder's .mechlens/lexicon.json. */
export async function addException(folder: vscode.WorkspaceFolder, interaction: Record<string, unknown>): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder.uri, WORKSPACE_LEXICON);
  let data: { $schema?: string; description?: string; interactions?: Array<Record<string, unknown>>; [k: string]: unknown } = {
    description: "This workspace's additions to the Mechlens lexicon (a lab's own results and exceptions).",
    interactions: [],
  };
  if (await exists(uri)) {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    try {
      data = JSON.parse(text) as typeof data;
    } catch {
      throw new Error(`${WORKSPACE_LEXICON} is not valid JSON; fix it first (its errors are in Problems).`);
    }
  }
  const list = Array.isArray(data.interactions) ? data.interactions : [];
  let id = String(interaction.id);
  for (let n = 2; list.some((x) => x.id === id); n++) id = `${interaction.id}-${n}`;
  list.push({ ...interaction, id });
  data.interactions = list;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`));
  return uri;
}
