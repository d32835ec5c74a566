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
  /**
   * While a document is being read for the first time in slices, a promise of the end of that reading
   * (requests about it wait for it rather than read it all at once); undefined otherwise.
   */
  reading(uri: string): Promise<void> | undefined;
  /** Milliseconds from the end of the debounce to the diagnostics sent, most recent last. */
  readonly processing: readonly number[];
  dispose(): void;
}

const TIMINGS_KEPT = 500;

/**
 * A document read for the first time is read in slices of this many milliseconds, each followed by a
 * pause (READ_PAUSE_MS). Between slices the server answers hovers, completions and the other documents'
 * requests, and takes edits (a newer version abandons the reading); the pause leaves the processor to
 * the editor's own processes, which on a machine of few cores otherwise wait behind a reading of
 * several seconds. An edit's re-reading takes one slice and no pause.
 */
export const READ_SLICE_MS = 20;
export const READ_PAUSE_MS = 10;

/** Whether a document is one Mechlens checks (entry documents are read for hovers and definitions only). */
export function isChecked(service: MechlensService, uri: string, languageId: string, settings: MechlensSettings): boolean {
  return settings.enabledLanguages.includes(languageId) && service.links.entryOf(uri) === undefined;
}

export function createPublisher(connection: Connection, service: MechlensService, settings: SettingsSource, maxDiagnostics: number | undefined): Publisher {
  /** Each document's pending check: its timer, and (for a check at once) its hold on the document's reading. */
  const timers = new Map<string, { timer: ReturnType<typeof setTimeout>; stop?: () => void }>();
  /** Each document's latest check: an earlier one still reading in slices gives way to it. */
  const latest = new Map<string, number>();
  let checks = 0;
  let disposed = false;
  /** Documents being read in slices: how many checks read each, and the promise of their end. */
  const readings = new Map<string, { count: number; done: Promise<void>; resolve: () => void }>();
  /** A check begins reading `uri` in slices; the function it calls when it stops, whether done or given way. */
  const beginReading = (uri: string): (() => void) => {
    let r = readings.get(uri);
    if (!r) {
      let resolve = (): void => undefined;
      const done = new Promise<void>((res) => { resolve = res; });
      r = { count: 0, done, resolve };
      readings.set(uri, r);
    }
    const held = r;
    held.count++;
    return () => {
      if (--held.count > 0) return;
      if (readings.get(uri) === held) readings.delete(uri);
      held.resolve();
    };
  };
  const tooLargeNoticed = new Set<string>();
  /** What each document's last diagnostics were made from: the same again is not sent again (a 100k-word file's are 1 MB). */
  const sent = new Map<string, { version: number; engine: unknown; settings: string; bibliographies: number }>();
  const processing: number[] = [];

  const check = async (uri: string, version: number, timed: boolean): Promise<void> => {
    const ticket = ++checks;
    latest.set(uri, ticket);
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
    if (!service.readOn(uri, s, until(Date.now() + READ_SLICE_MS))) {
      const stop = beginReading(uri);
      try {
        do {
          await pause(READ_PAUSE_MS);
          if (disposed || latest.get(uri) !== ticket || service.document(uri)?.version !== version) return; // a newer check reads on
        } while (!service.readOn(uri, s, until(Date.now() + READ_SLICE_MS)));
      } finally {
        stop();
      }
    }
    const diagnostics = capDiagnostics(service.diagnostics(uri, s), maxDiagnostics);
    void connection.sendDiagnostics({ uri, version, diagnostics });
    sent.set(uri, made);
    if (timed) {
      processing.push(Date.now() - started);
      if (processing.length > TIMINGS_KEPT) processing.shift();
    }
  };

  /** Drops a document's pending check, and its hold on the document's reading. */
  const unschedule = (uri: string): void => {
    const pending = timers.get(uri);
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.stop?.();
    timers.delete(uri);
  };

  const schedule = (uri: string, immediately: boolean): void => {
    unschedule(uri);
    const version = service.document(uri)?.version;
    if (version === undefined) return;
    const delay = immediately ? 0 : settings.known(uri).debounceMs;
    // A check at once (an opened document, new settings or lexicons) may read the whole document: from
    // now until it ends, requests about the document wait for its reading instead of doing it themselves.
    const stop = immediately ? beginReading(uri) : undefined;
    const timer = setTimeout(() => {
      timers.delete(uri);
      check(uri, version, !immediately).catch((err: unknown) => {
        connection.console.error(`Mechlens could not check ${uri}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      }).finally(stop);
    }, delay);
    timers.set(uri, stop ? { timer, stop } : { timer });
  };

  return {
    schedule,
    refreshAll() {
      for (const d of service.openDocuments()) schedule(d.uri, true);
    },
    closed(uri) {
      unschedule(uri);
      tooLargeNoticed.delete(uri);
      sent.delete(uri);
      latest.delete(uri);
    },
    reading: (uri) => readings.get(uri)?.done,
    processing,
    dispose() {
      disposed = true;
      for (const uri of [...timers.keys()]) unschedule(uri);
    },
  };
}

/** "Read on" until the clock passes `deadline` (Date.now() milliseconds). */
function until(deadline: number): () => boolean {
  return () => Date.now() < deadline;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
