/**
 * The Mechanism Map panel: one webview beside the editor, showing a term's neighbourhood, a mechanism
 * or the whole review (data from the server's mechlens/map), with the active draft's claims over it.
 * It follows the active manuscript and redraws its claims when that draft's diagnostics change. Clicks
 * come back as messages: an entry opens, a claim's sentence is selected in the draft, exports are saved
 * where the user chooses. Every listener is disposed with the panel or with the extension.
 */
import * as vscode from 'vscode';
import { MAP, MAP_SVG, type MapParams, type MapResult, type MapSvgParams } from '../../service/protocol';
import type { ServerConnection } from '../connection';
import { isManuscript } from '../selector';
import { mapHtml, newNonce } from './html';
import type { FromWebview, ToWebview } from './messages';

/** Redraw the claims at most this often while the author types (diagnostics arrive after each edit). */
const CLAIMS_REFRESH_MS = 300;

export interface MapPanels extends vscode.Disposable {
  show(params: MapParams): Promise<void>;
}

interface OpenPanel {
  panel: vscode.WebviewPanel;
  params: MapParams;
  draft: vscode.Uri | undefined;
  last: MapResult | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export function createMapPanels(server: ServerConnection, extensionUri: vscode.Uri, output: vscode.LogOutputChannel): MapPanels {
  let open: OpenPanel | undefined;
  const root = vscode.Uri.joinPath(extensionUri, 'dist', 'map');

  const post = (message: ToWebview): void => void open?.panel.webview.postMessage(message);

  async function refresh(relayout: boolean): Promise<void> {
    const state = open;
    if (!state) return;
    const params: MapParams = { ...state.params, ...(state.draft ? { uri: state.draft.toString() } : {}) };
    const map = await server.request<MapResult>(MAP, params);
    if (open !== state) return; // closed or replaced meanwhile
    state.last = map;
    state.panel.title = `Map: ${map.title}`;
    post({ type: 'show', map, params: state.params, relayout });
  }

  function scheduleClaims(): void {
    const state = open;
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => { state.timer = undefined; void refresh(false).catch((err) => output.warn(`Mechanism Map: ${String(err)}`)); }, CLAIMS_REFRESH_MS);
  }

  function activeDraft(): vscode.Uri | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor && isManuscript(editor.document)) return editor.document.uri;
    return open?.draft ?? vscode.window.visibleTextEditors.find((e) => isManuscript(e.document))?.document.uri;
  }

  async function onMessage(message: FromWebview): Promise<void> {
    const state = open;
    if (!state) return;
    switch (message.type) {
      case 'ready': return refresh(true);
      case 'view':
        state.params = message.params;
        return refresh(true);
      case 'openEntry':
        await vscode.commands.executeCommand('mechlens.openEntry', message.id);
        return;
      case 'revealClaim': return revealClaim(state, message.claim);
      case 'png': return savePng(state, message.dataUrl);
      case 'svg': return saveSvg(state, message.positions);
      case 'laidOut':
        output.info(`Mechanism Map: ${message.nodes} terms and ${message.edges} edges laid out in ${message.ms} ms`);
    }
  }

  async function revealClaim(state: OpenPanel, index: number): Promise<void> {
    const claim = state.last?.claims.find((c) => c.claim === index);
    if (!claim || !state.draft) return;
    const document = await vscode.workspace.openTextDocument(state.draft);
    const range = new vscode.Range(claim.range.start.line, claim.range.start.character, claim.range.end.line, claim.range.end.character);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: range, preserveFocus: false });
  }

  async function saveBytes(state: OpenPanel, extension: 'svg' | 'png', bytes: Uint8Array): Promise<void> {
    const name = `mechanism-map-${fileStem(state.params, state.last)}.${extension}`;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      title: `Export the Mechanism Map as ${extension.toUpperCase()}`,
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: extension === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(`Mechlens: map saved to ${vscode.workspace.asRelativePath(target)}.`);
  }

  async function savePng(state: OpenPanel, dataUrl: string): Promise<void> {
    const prefix = 'data:image/png;base64,';
    if (!dataUrl.startsWith(prefix)) throw new Error('the map sent no PNG image');
    await saveBytes(state, 'png', base64Bytes(dataUrl.slice(prefix.length)));
  }

  async function saveSvg(state: OpenPanel, positions: Record<string, { x: number; y: number }>): Promise<void> {
    const params: MapSvgParams = { ...state.params, ...(state.draft ? { uri: state.draft.toString() } : {}), positions };
    const svg = await server.request<string>(MAP_SVG, params);
    await saveBytes(state, 'svg', new TextEncoder().encode(svg));
  }

  function create(params: MapParams): OpenPanel {
    const panel = vscode.window.createWebviewPanel('mechlens.map', 'Mechanism Map', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true, localResourceRoots: [root], enableFindWidget: true,
    });
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    const nonce = newNonce();
    panel.webview.html = mapHtml(panel.webview, vscode.Uri.joinPath(root, 'map.js'), vscode.Uri.joinPath(root, 'map.css'), nonce);
    const state: OpenPanel = { panel, params, draft: activeDraft(), last: undefined, timer: undefined };
    const listeners = vscode.Disposable.from(
      panel.webview.onDidReceiveMessage((m: FromWebview) => onMessage(m).catch((err: unknown) => {
        output.error(`Mechanism Map: ${err instanceof Error ? err.message : String(err)}`);
        void vscode.window.showErrorMessage(`Mechlens map: ${err instanceof Error ? err.message : String(err)}`);
      })),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (open === state && state.draft && e.uris.some((u) => u.toString() === state.draft?.toString())) scheduleClaims();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (open !== state || !editor || !isManuscript(editor.document)) return;
        if (editor.document.uri.toString() === state.draft?.toString()) return;
        state.draft = editor.document.uri;
        scheduleClaims();
      }),
    );
    panel.onDidDispose(() => {
      listeners.dispose();
      if (state.timer) clearTimeout(state.timer);
      if (open === state) open = undefined;
    });
    return state;
  }

  return {
    async show(params) {
      if (open) {
        open.params = params;
        open.draft = activeDraft();
        open.panel.reveal(undefined, false);
        await refresh(true);
        return;
      }
      open = create(params); // the page asks for its view when its script is ready
    },
    dispose() {
      open?.panel.dispose();
    },
  };
}

function fileStem(params: MapParams, last: MapResult | undefined): string {
  const raw = params.centre ?? params.mechanism ?? (last?.title === 'The whole review' ? 'review' : 'view');
  return raw.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'view';
}

function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
