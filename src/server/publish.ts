/**
 * Push diagnostics: each open manuscript is checked after the debounce of its settings (at once on
 * open), a newer edit cancels the pending check, and results for an outdated version are dropped.
 * Records how long each check after an edit took (for "Show Timing").
 */
import type { Connection } from 'vscode-languageserver';
import type { MechlensService, MechlensSettings } from '../service';
import { capDiagnostics } from '../service/diagnostics';
import type { SettingsSource } from './settings';

export interface Publisher {
  schedule(uri: string, immediately: boolean): void;
  /** Re-check every open document (settings or lexicons changed). */
  refreshAll(): void;
  closed(uri: string): void;
  /** Milliseconds from the end of the debounce to the diagnostics sent, most recent last. */
  readonly processing: readonly number[];
  dispose(): void;
}

const TIMINGS_KEPT = 500;

/** Whether a document is one Mechlens checks (entry documents are read for hovers and definitions only). */
export function isChecked(service: MechlensService, uri: string, languageId: string, settings: MechlensSettings): boolean {
  return settings.enabledLanguages.includes(languageId) && service.links.entryOf(uri) === undefined;
}

export function createPublisher(connection: Connection, service: MechlensService, settings: SettingsSource, maxDiagnostics: number | undefined): Publisher {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const tooLargeNoticed = new Set<string>();
  /** What each document's last diagnostics were made from: the same again is not sent again (a 100k-word file's are 1 MB). */
  const sent = new Map<string, { version: number; engine: unknown; settings: string; bibliographies: number }>();
  const processing: number[] = [];

  const check = async (uri: string, version: number, timed: boolean): Promise<void> => {
    const document = service.document(uri);
    if (!document || document.version !== version) return;
    const s = await settings.get(uri);
    const started = Date.now();
    const current = service.document(uri);
    if (!current || current.version !== version) return; // edited while the settings were fetched
    if (!isChecked(service, uri, current.languageId, s)) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      sent.delete(uri);
      return;
    }
    const size = current.getText().length;
    if (size > s.maxFileSizeKB * 1024) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      sent.delete(uri);
      if (!tooLargeNoticed.has(uri)) {
        tooLargeNoticed.add(uri);
        void connection.window.showInformationMessage(
          `Mechlens does not check ${uri.slice(uri.lastIndexOf('/') + 1)}: ${Math.round(size / 1024)} KB is over the mechlens.maxFileSizeKB limit (${s.maxFileSizeKB} KB).`,
        );
      }
      return;
    }
    const made = { version, engine: service.engine(), settings: JSON.stringify(s), bibliographies: service.bibliographyStamp() };
    const last = sent.get(uri);
    if (last && last.version === made.version && last.engine === made.engine && last.settings === made.settings && last.bibliographies === made.bibliographies) return;
    const diagnostics = capDiagnostics(service.diagnostics(uri, s), maxDiagnostics);
    void connection.sendDiagnostics({ uri, version, diagnostics });
    sent.set(uri, made);
    if (timed) {
      processing.push(Date.now() - started);
      if (processing.length > TIMINGS_KEPT) processing.shift();
    }
  };

  const schedule = (uri: string, immediately: boolean): void => {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    const version = service.document(uri)?.version;
    if (version === undefined) return;
    const delay = immediately ? 0 : settings.known(uri).debounceMs;
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      check(uri, version, !immediately).catch((err: unknown) => {
        connection.console.error(`Mechlens could not check ${uri}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      });
    }, delay));
  };

  return {
    schedule,
    refreshAll() {
      for (const d of service.openDocuments()) schedule(d.uri, true);
    },
    closed(uri) {
      const pending = timers.get(uri);
      if (pending) clearTimeout(pending);
      timers.delete(uri);
      tooLargeNoticed.delete(uri);
      sent.delete(uri);
    },
    processing,
    dispose() {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}
