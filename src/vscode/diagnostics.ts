/**
 * Live diagnostics: debounced per document, re-analysed incrementally by the core, dropped when the
 * document changed again meanwhile; on open, change, save and close. Also the keystroke-to-diagnostics
 * timings behind "Mechlens: Show Timing".
 */
import * as vscode from 'vscode';
import type { AnalysisResult, DiagnosticResult } from '../core';
import { readConfig, toSeverity, type MechlensConfig } from './config';
import { toRange } from './convert';
import type { EngineHost } from './engine';
import { entityUri, interactionUri } from './entryDocuments';
import { readTextFile } from './files';
import { isManuscript } from './selector';

export interface DiagnosticsFeature extends vscode.Disposable {
  readonly collection: vscode.DiagnosticCollection;
  /** Re-check every open manuscript (after a lexicon or settings change). */
  refreshAll(): void;
  /** Diagnostics for a document's analysis (used by Check Workspace for files that are not open). */
  toDiagnostics(result: AnalysisResult, config: MechlensConfig): vscode.Diagnostic[];
  /** Milliseconds from a text change to its diagnostics (debounce included), most recent last. */
  readonly latencies: readonly number[];
  /** Milliseconds spent analysing and publishing after the debounce, most recent last. */
  readonly processing: readonly number[];
  /** Fires after a document's diagnostics were set. */
  readonly onDidUpdate: vscode.Event<vscode.Uri>;
}

const LATENCIES_KEPT = 500;

export function registerDiagnostics(engines: EngineHost, output: vscode.OutputChannel): DiagnosticsFeature {
  const collection = vscode.languages.createDiagnosticCollection('mechlens');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const changedAt = new Map<string, number>();
  const tooLargeNoticed = new Set<string>();
  const latencies: number[] = [];
  const processing: number[] = [];
  const updated = new vscode.EventEmitter<vscode.Uri>();

  const severityOf = (d: DiagnosticResult, config: MechlensConfig): vscode.DiagnosticSeverity | undefined => {
    if (d.code === 'contradiction') {
      if (d.certainty === 'possible') return toSeverity(config.severity.possibleContradiction);
      return toSeverity(d.certainty === 'hedged' ? config.severity.hedgedContradiction : config.severity.contradiction);
    }
    if (d.code === 'context-dependent') return toSeverity(config.severity.contextDependent);
    if (d.code === 'contested') return toSeverity(config.severity.contested);
    if (d.code === 'unknown-term') return toSeverity(config.severity.unknownTerm);
    return toSeverity(d.severity); // a notice of text not read in full: no setting hides it
  };

  // The core keeps the result objects of paragraphs an edit did not touch, so their conversions can
  // be kept too: after a keystroke only the edited paragraph's diagnostics are built again.
  let converted = new WeakMap<DiagnosticResult, vscode.Diagnostic | null>();
  let convertedFor = '';
  const toDiagnostics = (result: AnalysisResult, config: MechlensConfig): vscode.Diagnostic[] => {
    const configKey = JSON.stringify(config.severity);
    if (configKey !== convertedFor) {
      converted = new WeakMap();
      convertedFor = configKey;
    }
    const out: vscode.Diagnostic[] = [];
    for (const d of result.diagnostics) {
      const known = converted.get(d);
      if (known !== undefined) {
        if (known) out.push(known);
        continue;
      }
      const severity = severityOf(d, config);
      if (severity === undefined) {
        converted.set(d, null);
        continue;
      }
      const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, severity);
      diagnostic.source = 'mechlens';
      diagnostic.code = d.interactions.length > 0 ? { value: d.code, target: interactionUri(d.interactions[0]) } : d.code;
      const claim = d.claim !== undefined ? result.claims[d.claim] : undefined;
      if (claim) {
        const related: vscode.DiagnosticRelatedInformation[] = [];
        for (const id of [claim.subject, claim.object]) {
          if (id) related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(entityUri(id), new vscode.Position(0, 0)), `Lexicon entry: ${engines.get().index.entities.get(id)?.label ?? id}`));
        }
        diagnostic.relatedInformation = related;
      }
      converted.set(d, diagnostic);
      out.push(diagnostic);
    }
    return out;
  };

  const check = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    const config = readConfig(document.uri);
    if (!isManuscript(document, config.enabledLanguages)) return;
    if (document.getText().length > config.maxFileSizeKB * 1024) {
      collection.delete(document.uri);
      if (!tooLargeNoticed.has(key)) {
        tooLargeNoticed.add(key);
        void vscode.window.showInformationMessage(
          `Mechlens does not check ${vscode.workspace.asRelativePath(document.uri)}: ${Math.round(document.getText().length / 1024)} KB is over the mechlens.maxFileSizeKB limit (${config.maxFileSizeKB} KB).`,
        );
      }
      return;
    }
    const started = Date.now();
    const engine = engines.get();
    const result = engine.analysisOf(document);
    collection.set(document.uri, toDiagnostics(result, config));
    const since = changedAt.get(key);
    if (since !== undefined) {
      latencies.push(Date.now() - since);
      processing.push(Date.now() - started);
      if (latencies.length > LATENCIES_KEPT) latencies.shift();
      if (processing.length > LATENCIES_KEPT) processing.shift();
      changedAt.delete(key);
    }
    updated.fire(document.uri);
  };

  const schedule = (document: vscode.TextDocument, delay: number): void => {
    const key = document.uri.toString();
    const pending = timers.get(key);
    if (pending) clearTimeout(pending);
    const version = document.version;
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      // A newer edit has its own timer: this one is cancelled by simply not running.
      if (document.isClosed || document.version !== version) return;
      try {
        check(document);
      } catch (err) {
        output.appendLine(`Mechlens could not check ${document.uri.toString()}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      }
    }, delay));
  };

  const recheckFromDisk = async (uri: vscode.Uri, languageId: string): Promise<void> => {
    try {
      const config = readConfig(uri);
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > config.maxFileSizeKB * 1024) return collection.delete(uri);
      const text = await readTextFile(uri);
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return; // reopened meanwhile
      collection.set(uri, toDiagnostics(engines.get().analyzer.analyze({ text, languageId }, { hints: true }), config));
    } catch {
      collection.delete(uri); // deleted or unreadable: nothing to show
    }
  };

  const refreshAll = (): void => {
    for (const d of vscode.workspace.textDocuments) schedule(d, 0);
  };

  const subscriptions = [
    collection,
    updated,
    vscode.workspace.onDidOpenTextDocument((d) => schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      const key = e.document.uri.toString();
      if (!changedAt.has(key)) changedAt.set(key, Date.now());
      schedule(e.document, readConfig(e.document.uri).debounceMs);
    }),
    vscode.workspace.onDidSaveTextDocument((d) => schedule(d, 0)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      const key = d.uri.toString();
      const pending = timers.get(key);
      if (pending) clearTimeout(pending);
      timers.delete(key);
      changedAt.delete(key);
      // Closed unsaved edits are gone: what the file says on disk is what Problems should show.
      if (d.uri.scheme === 'untitled') collection.delete(d.uri);
      else if (collection.has(d.uri)) void recheckFromDisk(d.uri, d.languageId);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('mechlens')) refreshAll();
    }),
  ];
  refreshAll();
  return {
    collection,
    refreshAll,
    toDiagnostics,
    latencies,
    processing,
    onDidUpdate: updated.event,
    dispose(): void {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      for (const s of subscriptions) s.dispose();
    },
  };
}
