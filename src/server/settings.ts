/**
 * Settings per document, as the client gives them: pulled with workspace/configuration when the client
 * supports it (per scope, so folder settings apply), else taken from didChangeConfiguration's payload.
 */
import type { Connection } from 'vscode-languageserver';
import { readSettings, type MechlensSettings } from '../service';

export interface SettingsSource {
  get(uri: string | undefined): Promise<MechlensSettings>;
  /** The settings last fetched for a document (defaults when none were): for synchronous paths. */
  known(uri: string | undefined): MechlensSettings;
  changed(pushed: unknown): void;
}

export function createSettingsSource(connection: Connection, pull: boolean): SettingsSource {
  const cache = new Map<string, MechlensSettings>();
  let pushed = readSettings(undefined);
  // Counts changes: an answer to a request sent before a change is stale, and must not be cached after it.
  let generation = 0;
  const key = (uri: string | undefined): string => uri ?? '';
  return {
    async get(uri) {
      for (;;) {
        const kept = cache.get(key(uri));
        if (kept) return kept;
        const asked = generation;
        let settings = pushed;
        if (pull) {
          try {
            settings = readSettings(await connection.workspace.getConfiguration({ scopeUri: uri, section: 'mechlens' }));
          } catch {
            settings = pushed; // a client that announced configuration but failed to answer
          }
        }
        // (The settings changed while the client answered: ask again.)
        if (asked !== generation) continue;
        cache.set(key(uri), settings);
        return settings;
      }
    },
    known: (uri) => cache.get(key(uri)) ?? cache.get('') ?? pushed,
    changed(payload) {
      const section = (payload as { mechlens?: unknown } | null)?.mechlens;
      if (section !== undefined) pushed = readSettings(section);
      generation++;
      cache.clear();
    },
  };
}
