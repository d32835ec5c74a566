/**
 * "Export Review Network…": the review's network (with the user's lexicons) as SIF, GraphML, CX2 or
 * INDRA statements, written where the user chooses. The server writes the export; VS Code's pickers and
 * file system do the rest.
 */
import * as vscode from 'vscode';
import {
  EXPORT_NETWORK, NETWORK_FORMATS_REQUEST, type ExportNetworkParams, type ExportNetworkResult, type NetworkFormatsResult,
} from '../../service/protocol';
import type { ServerConnection } from '../connection';

async function exportReviewNetwork(server: ServerConnection, format?: unknown): Promise<void> {
  const formats = await server.request<NetworkFormatsResult>(NETWORK_FORMATS_REQUEST, {});
  const chosen = typeof format === 'string'
    ? formats.find((f) => f.name === format)
    : await vscode.window.showQuickPick(formats.map((f) => ({ label: f.name.toUpperCase(), description: f.description, format: f })), {
      title: 'Mechlens: Export Review Network', placeHolder: 'The format to export the review’s entities and statements in',
    }).then((item) => item?.format);
  if (!chosen) return;
  const result = await server.request<ExportNetworkResult>(EXPORT_NETWORK, { format: chosen.name } satisfies ExportNetworkParams);
  if (result.error !== undefined) {
    void vscode.window.showErrorMessage(`Mechlens: ${result.error}`);
    return;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `mechlens-review.${result.extension}`;
  const target = await vscode.window.showSaveDialog({
    title: `Export the review's network as ${chosen.name.toUpperCase()}`,
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: { [chosen.name.toUpperCase()]: [result.extension] },
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  const notes = result.notes.length ? ` ${result.notes.join(' ')}` : '';
  void vscode.window.showInformationMessage(`Mechlens: the review's network saved to ${vscode.workspace.asRelativePath(target)}.${notes}`);
}

export function registerNetworkExport(server: ServerConnection): vscode.Disposable {
  return vscode.commands.registerCommand('mechlens.exportNetwork', (format?: unknown) => exportReviewNetwork(server, format));
}
