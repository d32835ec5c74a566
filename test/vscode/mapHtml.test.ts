/** The Mechanism Map's page is safe by construction: nothing remote, our script by nonce, no inline code. */
import { strict as assert } from 'node:assert';
import type * as vscode from 'vscode';
import { mapHtml, newNonce } from '../../src/vscode/map/html';

const RESOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function fakeWebview(): vscode.Webview {
  return {
    cspSource: RESOURCE,
    asWebviewUri: (uri: vscode.Uri) => ({ toString: () => `${RESOURCE}${String((uri as unknown as { path: string }).path)}` }),
  } as unknown as vscode.Webview;
}

const uri = (path: string) => ({ path }) as unknown as vscode.Uri;

describe('Mechanism Map page', () => {
  const nonce = newNonce();
  const html = mapHtml(fakeWebview(), uri('/ext/dist/map/map.js'), uri('/ext/dist/map/map.css'), nonce);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';

  it('has a policy that denies by default and allows scripts only by this page’s nonce', () => {
    const rules = Object.fromEntries(csp.split(';').map((r) => r.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(rules['default-src'], ["'none'"]);
    assert.deepEqual(rules['script-src'], [`'nonce-${nonce}'`]);
    assert.deepEqual(rules['style-src'], [RESOURCE], 'styles from the bundle only: no inline styles');
    for (const values of Object.values(rules)) for (const v of values as string[]) assert.ok(!/unsafe|\*|^https?:$/.test(v), `no loose source: ${v}`);
  });

  it('loads exactly one script, ours, with the nonce, and nothing from another origin', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1);
    assert.match(scripts[0], new RegExp(`nonce="${nonce}"`));
    assert.match(scripts[0], /src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/map\/map\.js"/);
    for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) assert.ok(m[1].startsWith(RESOURCE), `local resource: ${m[1]}`);
    assert.ok(!/ on[a-z]+=/i.test(html), 'no inline event handlers');
    assert.ok(!/style="/.test(html), 'no inline style attributes');
  });

  it('makes a fresh, long nonce each time', () => {
    const a = newNonce();
    assert.match(a, /^[0-9a-f]{36}$/);
    assert.notEqual(a, newNonce());
  });
});
