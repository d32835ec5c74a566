/**
 * A quick pick over the server's lexicon search (fuse.js, tolerant of typos), asked again as the user
 * types; the answer of an older query never replaces a newer one. Search Lexicon and Show on Map use it.
 */
import * as vscode from 'vscode';
import { SEARCH, type SearchParams, type SearchResult } from '../service/protocol';
import type { ServerConnection } from './connection';

export type SearchHit = SearchResult[number];

export interface SearchPickOptions {
  title: string;
  placeholder: string;
  /** An item listed before the hits whatever is typed (its hit is what accepting it gives). */
  first?: { label: string; description: string; hit: SearchHit };
  /** Which hits to list (all when absent). */
  keep?(hit: SearchHit): boolean;
}

interface HitItem extends vscode.QuickPickItem {
  hit: SearchHit;
}

/** The hit the user accepts, or undefined when they close the pick. */
export function pickSearchHit(server: ServerConnection, options: SearchPickOptions): Promise<SearchHit | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<HitItem>();
    pick.title = options.title;
    pick.placeholder = options.placeholder;
    const first: HitItem[] = options.first ? [{ ...options.first, alwaysShow: true }] : [];
    pick.items = first;
    let asked = 0;
    let chosen: SearchHit | undefined;
    const update = async (query: string): Promise<void> => {
      const mine = ++asked;
      pick.busy = true;
      const hits = await server.request<SearchResult>(SEARCH, { query, limit: 60 } satisfies SearchParams);
      if (mine !== asked) return; // a newer query is on its way
      pick.busy = false;
      // fuse.js has already matched (also across typos); the quick pick must not filter its answer again.
      const kept = options.keep ? hits.filter(options.keep) : hits;
      pick.items = [...first, ...kept.map((h) => ({ label: h.label, description: h.detail, hit: h, alwaysShow: true }))];
    };
    void update('');
    const disposables = [
      pick.onDidChangeValue((q) => void update(q)),
      pick.onDidAccept(() => { chosen = pick.selectedItems[0]?.hit; pick.hide(); }),
      pick.onDidHide(() => {
        for (const d of disposables) d.dispose();
        pick.dispose();
        resolve(chosen);
      }),
    ];
    pick.show();
  });
}
