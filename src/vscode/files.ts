/**
 * The server's eyes on the workspace: it asks the client for files (so files.exclude, mechlens.exclude,
 * virtual file systems and the web all work) and for their text, read through vscode.workspace.fs.
 */
import * as vscode from 'vscode';
import { excludePattern } from '../service/text';
import { FIND_FILES, READ_FILE, type FindFilesParams, type FindFilesResult, type ReadFileParams, type ReadFileResult } from '../service/protocol';
import type { ServerConnection } from './connection';

/** The file's text; throws when it cannot be read or is not valid UTF-8 (binary files are not manuscripts). */
export async function readTextFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
}

async function findFiles({ extensions, exclude, limit }: FindFilesParams): Promise<FindFilesResult> {
  if (extensions.length === 0) return [];
  const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude', {});
  const found = await vscode.workspace.findFiles(`**/*.{${extensions.join(',')}}`, excludePattern(filesExclude, exclude), limit);
  return found.map((u) => u.toString());
}

/**
 * Why a file inside the workspace must not be read, or undefined: it is outside the workspace folders,
 * or a symbolic link lies on the way from its folder (it may point anywhere).
 */
export async function unconfined(uri: vscode.Uri): Promise<string | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return 'outside the workspace folders';
  const rest = uri.path.slice(folder.uri.path.replace(/\/+$/, '').length).split('/').filter((s) => s !== '');
  let at = folder.uri;
  for (const segment of rest) {
    at = vscode.Uri.joinPath(at, segment);
    const stat = await vscode.workspace.fs.stat(at);
    if (stat.type & vscode.FileType.SymbolicLink) return `${vscode.workspace.asRelativePath(at)} is a symbolic link, which may point outside the workspace`;
  }
  return undefined;
}

async function readFile({ uri, maxBytes, confined }: ReadFileParams): Promise<ReadFileResult> {
  try {
    const target = vscode.Uri.parse(uri, true);
    const refused = confined ? await unconfined(target) : undefined;
    if (refused) return { error: refused };
    const stat = await vscode.workspace.fs.stat(target);
    if (stat.size > maxBytes) return { error: `${(stat.size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit` };
    return { text: await readTextFile(target) };
  } catch (err) {
    if (err instanceof vscode.FileSystemError) return { error: err.code === 'FileNotFound' ? 'no such file' : err.code };
    if (err instanceof TypeError) return { error: 'not valid UTF-8 text' };
    return { error: err instanceof Error ? err.message.split('\n')[0] : String(err) };
  }
}

export function registerFiles(server: ServerConnection): vscode.Disposable {
  return vscode.Disposable.from(
    server.client.onRequest(FIND_FILES, findFiles),
    server.client.onRequest(READ_FILE, readFile),
  );
}
