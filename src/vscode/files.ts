/** Reading a workspace file as text through vscode.workspace.fs (works on the desktop and the web). */
import * as vscode from 'vscode';

/** The file's text; throws when it cannot be read or is not valid UTF-8 (binary files are not manuscripts). */
export async function readTextFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
}
