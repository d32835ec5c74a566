/**
 * The Mechanism Map's page: a strict Content-Security-Policy (nothing remote; our bundled script and
 * stylesheet only, the script by nonce) and the toolbar's static markup. No user text is written here:
 * the script fills labels in as text. The stylesheet link carries the id cytoscape looks for before it
 * injects a <style> element of its own, which this policy would refuse (map.css has its one rule).
 */
import type * as vscode from 'vscode';

export function newNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function mapHtml(webview: vscode.Webview, script: vscode.Uri, style: vscode.Uri, nonce: string): string {
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data: blob:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" id="__________cytoscape_stylesheet" href="${webview.asWebviewUri(style).toString()}">
<title>Mechanism Map</title>
</head>
<body>
<header>
  <h1 id="title">Mechanism Map</h1>
  <label>Find <input id="search" type="search" list="terms" placeholder="term (Enter; Shift+Enter centres)" aria-label="Find a term on the map"></label>
  <datalist id="terms"></datalist>
  <label>Depth <select id="depth" aria-label="Steps from the centre"><option>0</option><option>1</option><option>2</option><option>3</option></select></label>
  <button id="whole" type="button">Whole review</button>
  <details><summary>Types</summary><fieldset id="types"><legend>Entity types shown (none ticked: all)</legend></fieldset></details>
  <label>Section <select id="section" aria-label="Review section"><option value="">all sections</option></select></label>
  <button id="fit" type="button">Fit</button>
  <button id="export-svg" type="button">Export SVG</button>
  <button id="export-png" type="button">Export PNG</button>
</header>
<p id="problem" role="alert" hidden></p>
<p id="counts" aria-live="polite"></p>
<div id="legend"></div>
<div id="cy" tabindex="0" role="application" aria-label="Mechanism map. Arrow keys move between terms, Tab walks terms and claims, Enter opens, C centres, plus and minus zoom, F fits, slash finds."></div>
<p id="status" aria-live="polite"></p>
<details id="as-text"><summary>This map as text</summary><ul id="statements"></ul></details>
<script nonce="${nonce}" src="${webview.asWebviewUri(script).toString()}"></script>
</body>
</html>`;
}
