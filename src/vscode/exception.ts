/**
 * "Add an exception to the workspace lexicon": the quick fix's command. The server's code action carries
 * the claim (subject, relation, object, references, the review's statement); this writes it into the
 * folder's .mechlens/lexicon.json, which the server then reads like any user lexicon.
 */
import * as vscode from 'vscode';
import { exceptionInteraction, isExceptionClaim } from '../service/exceptions';
import { addException, type UserLexicons } from './userLexicons';

export function registerExceptionCommand(lexicons: UserLexicons): vscode.Disposable {
  return vscode.commands.registerCommand('mechlens.addException', async (uri: unknown, claim: unknown) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    const folder = document && vscode.workspace.getWorkspaceFolder(document.uri);
    if (!document || !folder) {
      void vscode.window.showWarningMessage('Mechlens: exceptions are kept in a workspace folder’s .mechlens/lexicon.json; open the file inside a workspace folder.');
      return;
    }
    if (!isExceptionClaim(claim)) return;
    try {
      const written = await addException(folder, exceptionInteraction(claim, vscode.workspace.asRelativePath(document.uri)));
      await lexicons.reload();
      void vscode.window.showInformationMessage(`Mechlens: exception added to ${vscode.workspace.asRelativePath(written)}.`);
    } catch (err) {
      void vscode.window.showErrorMessage(`Mechlens could not add the exception: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
}
