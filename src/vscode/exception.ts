/**
 * "Add an exception to the workspace lexicon": the quick fix's command. The server's code action carries
 * the claim (subject, relation, object, references, the review's statement); this writes it into the
 * folder's .mechlens/lexicon.json, which the server then reads like any user lexicon.
 */
import * as vscode from 'vscode';
import type { FindingData } from '../service/diagnostics';
import { addException, type UserLexicons } from './userLexicons';

type ExceptionClaim = NonNullable<FindingData['claim']> & { refs: number[]; line: number; statement?: string };

function isClaim(v: unknown): v is ExceptionClaim {
  const c = v as Partial<ExceptionClaim> | null;
  return !!c && typeof c.subject === 'string' && typeof c.relation === 'string' && typeof c.object === 'string'
    && Array.isArray(c.refs) && c.refs.every(Number.isInteger) && Number.isInteger(c.line);
}

export function registerExceptionCommand(lexicons: UserLexicons): vscode.Disposable {
  return vscode.commands.registerCommand('mechlens.addException', async (uri: unknown, claim: unknown) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    const folder = document && vscode.workspace.getWorkspaceFolder(document.uri);
    if (!document || !folder) {
      void vscode.window.showWarningMessage('Mechlens: exceptions are kept in a workspace folder’s .mechlens/lexicon.json; open the file inside a workspace folder.');
      return;
    }
    if (!isClaim(claim)) return;
    try {
      const written = await addException(folder, {
        id: `exception-${claim.subject}-${claim.relation}-${claim.object}`,
        subject: claim.subject,
        relation: claim.relation,
        object: claim.object,
        refs: claim.refs.length > 0 ? claim.refs : [1],
        exception: true,
        evidence: `Recorded as an exception from ${vscode.workspace.asRelativePath(document.uri)}:${claim.line + 1}; it overrides the review's statement for this pair (${claim.statement ?? 'see refs'}).`,
      });
      await lexicons.reload();
      void vscode.window.showInformationMessage(`Mechlens: exception added to ${vscode.workspace.asRelativePath(written)}.`);
    } catch (err) {
      void vscode.window.showErrorMessage(`Mechlens could not add the exception: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
}
