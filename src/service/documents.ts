/**
 * The open documents a service answers about, kept in sync by incremental edits, and each one's analysis
 * at its current version (every feature reads the same analysis, so the analyser's incremental state is
 * never rebuilt by a caller asking with other options).
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { AnalysisResult, AnalysisSteps } from '../core';
import type { Engine } from './engine';

interface Entry {
  document: TextDocument;
  analysis?: { version: number; minConfidence: number; engine: Engine; result: AnalysisResult };
  /** An analysis of the current version being read in slices (readOn). */
  reading?: { version: number; minConfidence: number; engine: Engine; steps: AnalysisSteps };
}

export interface Documents {
  open(uri: string, languageId: string, version: number, text: string): TextDocument;
  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): TextDocument | undefined;
  close(uri: string): void;
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
  /** The analysis of an open document at its current version, with hints (hosts filter them by severity). */
  analysisOf(engine: Engine, document: TextDocument, minConfidence: number): AnalysisResult;
  /**
   * Reads on in that analysis while `more()` says so (a first reading of a long document, in slices
   * between which the host answers other requests); true once it is complete. analysisOf finishes a
   * reading left unfinished.
   */
  readOn(engine: Engine, document: TextDocument, minConfidence: number, more: () => boolean): boolean;
  /** Forgets every kept analysis (the engine changed). */
  invalidate(): void;
}

export function createDocuments(): Documents {
  const entries = new Map<string, Entry>();
  return {
    open(uri, languageId, version, text) {
      const document = TextDocument.create(uri, languageId, version, text);
      entries.set(uri, { document });
      return document;
    },
    change(uri, version, changes) {
      const entry = entries.get(uri);
      if (!entry) return undefined;
      entry.document = TextDocument.update(entry.document, [...changes], version);
      return entry.document;
    },
    close(uri) {
      const entry = entries.get(uri);
      entry?.analysis?.engine.analyzer.forget(uri);
      entries.delete(uri);
    },
    get: (uri) => entries.get(uri)?.document,
    all: () => [...entries.values()].map((e) => e.document),
    analysisOf(engine, document, minConfidence) {
      const entry = entryOf(document);
      return keptAnalysis(entry, engine, document, minConfidence) ?? completed(entry, engine, document, minConfidence, () => true) as AnalysisResult;
    },
    readOn(engine, document, minConfidence, more) {
      const entry = entryOf(document);
      return keptAnalysis(entry, engine, document, minConfidence) !== undefined || completed(entry, engine, document, minConfidence, more) !== undefined;
    },
    invalidate() {
      for (const e of entries.values()) {
        e.analysis = undefined;
        e.reading = undefined;
      }
    },
  };

  /** The entry of an open document (a detached one for a document not, or no longer, open). */
  function entryOf(document: TextDocument): Entry {
    const entry = entries.get(document.uri);
    return entry && entry.document === document ? entry : { document };
  }
}

/** The analysis kept for this version, engine and confidence line, if any. */
function keptAnalysis(entry: Entry, engine: Engine, document: TextDocument, minConfidence: number): AnalysisResult | undefined {
  const kept = entry.analysis;
  return kept && kept.version === document.version && kept.minConfidence === minConfidence && kept.engine === engine ? kept.result : undefined;
}

/** Reads on in the entry's analysis of this version (begun now if none is under way); its result once complete. */
function completed(entry: Entry, engine: Engine, document: TextDocument, minConfidence: number, more: () => boolean): AnalysisResult | undefined {
  let reading = entry.reading;
  if (!reading || reading.version !== document.version || reading.minConfidence !== minConfidence || reading.engine !== engine) {
    const steps = engine.analyzer.analyzeInSteps({ uri: document.uri, text: document.getText(), languageId: document.languageId }, { hints: true, minConfidence });
    reading = { version: document.version, minConfidence, engine, steps };
    entry.reading = reading;
  }
  const result = reading.steps.run(more);
  if (result === undefined) return undefined;
  entry.reading = undefined;
  entry.analysis = { version: document.version, minConfidence, engine, result };
  return result;
}
