/**
 * Users' own lexicons on top of the review: `.mechlens/lexicon.json` in each workspace folder and the
 * files named by `mechlens.lexicons`, found and read here (workspace trust is VS Code's) and compiled by the
 * server, which reports a broken file in Problems at the offending line and skips it; the bundled lexicon
 * keeps working. They are data, never executed. Changes apply live.
 *
 * A workspace's settings may name only files inside its folders (a repository's settings must not make
 * Mechlens show parts of ~/.ssh/id_rsa in Problems): paths are resolved and checked, symbolic links on
 * the way are refused, and in an untrusted workspace its own `mechlens.lexicons` is ignored. The user's
 * own settings may name any file: they are the user's.
 */
import * as vscode from 'vscode';
import { lexiconSetting, resolveLexiconPath, type FolderLocation, type SettingValues } from '../core/lexicon/location';
import { formatMegabytes, LIMITS, MEGABYTE } from '../core/limits';
import { WORKSPACE_LEXICON, withException } from '../service/exceptions';
import { USER_LEXICONS, type UserLexiconsParams, type UserLexiconsResult } from '../service/protocol';
import type { ServerConnection } from './connection';
import { readTextFile, unconfined } from './files';


const LEXICON_MAX_BYTES = LIMITS.lexiconMaxMb * MEGABYTE;

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

const locationOf = (uri: vscode.Uri): FolderLocation => ({ scheme: uri.scheme, authority: uri.authority, path: uri.path });

/** A lexicon file to read, and whether the user's own settings named it (then it may lie anywhere). */
interface LexiconFile {
  uri: vscode.Uri;
  fromUser: boolean;
}

/** Every user lexicon file the settings name and may be read, in a stable order; refusals go to the output channel. */
async function lexiconFiles(output: vscode.OutputChannel): Promise<LexiconFile[]> {
  const out: LexiconFile[] = [];
  const add = (uri: vscode.Uri, fromUser: boolean): void => {
    if (!out.some((f) => f.uri.toString() === uri.toString())) out.push({ uri, fromUser });
  };
  const folders = vscode.workspace.workspaceFolders ?? [];
  const locations = folders.map((f) => locationOf(f.uri));
  const trusted = vscode.workspace.isTrusted;
  for (const folder of folders) {
    const own = vscode.Uri.joinPath(folder.uri, WORKSPACE_LEXICON);
    if (await exists(own)) add(own, false);
    const values: SettingValues = vscode.workspace.getConfiguration('mechlens', folder.uri).inspect<unknown>('lexicons') ?? {};
    if (!trusted && (values.workspaceValue !== undefined || values.workspaceFolderValue !== undefined)) {
      output.appendLine(`mechlens.lexicons in the settings of ${folder.name} is ignored until the workspace is trusted`);
    }
    const setting = lexiconSetting(values, trusted);
    for (const p of setting.paths) {
      const resolved = resolveLexiconPath(p, locationOf(folder.uri), setting.fromUser ? undefined : locations);
      if (!resolved.ok) {
        output.appendLine(`mechlens.lexicons: ${JSON.stringify(p)} not read: ${resolved.reason} (a workspace's settings may name lexicons only inside its folders; your user settings may name any file)`);
        continue;
      }
      add(vscode.Uri.from(resolved.location), setting.fromUser);
    }
  }
  return out;
}

/**
 * Why a lexicon file must not be read, or undefined: not a file, over the size limit for lexicons, or
 * (named by the workspace) a symbolic link on the way from its workspace folder, which may point anywhere.
 */
async function refusal({ uri, fromUser }: LexiconFile): Promise<string | undefined> {
  let stat: vscode.FileStat | undefined;
  if (fromUser) {
    stat = await vscode.workspace.fs.stat(uri);
  } else {
    const refused = await unconfined(uri);
    if (refused) return refused;
    stat = await vscode.workspace.fs.stat(uri);
  }
  if (!stat || !(stat.type & vscode.FileType.File)) return 'not a regular file';
  if (stat.size > LEXICON_MAX_BYTES) return `lexicon file is ${(stat.size / MEGABYTE).toFixed(1)} MB, over the ${formatMegabytes(LEXICON_MAX_BYTES)} MB limit for lexicon files`;
  return undefined;
}

export function registerUserLexicons(server: ServerConnection, output: vscode.OutputChannel): UserLexicons {
  const reloaded = new vscode.EventEmitter<void>();
  let running: Promise<void> = Promise.resolve();

  /** Reads what may be read and hands it to the server, which compiles it and shows its problems. */
  const load = async (): Promise<void> => {
    const files: UserLexiconsParams['files'] = [];
    for (const file of await lexiconFiles(output)) {
      const { uri } = file;
      const display = vscode.workspace.asRelativePath(uri);
      try {
        const refused = await refusal(file);
        if (refused !== undefined) {
          output.appendLine(`${display}: ${refused}; skipped`);
          files.push({ uri: uri.toString(), display, refused });
          continue;
        }
        files.push({ uri: uri.toString(), display, text: await readTextFile(uri) });
      } catch (err) {
        const reason = err instanceof vscode.FileSystemError ? err.code : err instanceof TypeError ? 'not valid UTF-8 text' : String(err);
        output.appendLine(`${display}: cannot read (${reason}); skipped`);
        files.push({ uri: uri.toString(), display, refused: `cannot read ${display} (${reason})` });
      }
    }
    const log = await server.request<UserLexiconsResult>(USER_LEXICONS, { files } satisfies UserLexiconsParams);
    for (const line of log) output.appendLine(line);
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
    reloaded,
    watcher,
    watcher.onDidChange(() => void reload()),
    watcher.onDidCreate(() => void reload()),
    watcher.onDidDelete(() => void reload()),
    // Files under .mechlens/ are seen by the watcher; files named in mechlens.lexicons may live anywhere.
    vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.uri.path.includes('/.mechlens/')) return;
      const named = vscode.workspace.getConfiguration('mechlens', d.uri).get<string[]>('lexicons', []);
      if (named.some((p) => d.uri.path.endsWith(p.replace(/^\.\//, '')))) void reload();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('mechlens.lexicons')) void reload();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void reload()),
    // Trust granted: the workspace's own mechlens.lexicons now counts.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void reload()),
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
  const current = (await exists(uri)) ? new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) : undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(withException(current, interaction)));
  return uri;
}
