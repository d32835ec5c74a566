/**
 * The open documents a service answers about, kept in sync by incremental edits, and each one's analysis
 * at its current version (every feature reads the same analysis, so the analyser's incremental state is
 * never rebuilt by a caller asking with other options).
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../core';
import type { Engine } from './engine';

interface Entry {
  document: TextDocument;
  analysis?: { version: number; minConfidence: number; engine: Engine; result: AnalysisResult };
}

export interface Documents {
  open(uri: string, languageId: string, version: number, text: string): TextDocument;
  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): TextDocument | undefined;
  close(uri: string): void;
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
  /** The analysis of an open document at its current version, with hints (hosts filter them by severity). */
  analysisOf(engine: Engine, document: TextDocument, minConfidence: number): AnalysisResult;
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
      let entry = entries.get(document.uri);
      if (!entry || entry.document !== document) entry = { document };
      const kept = entry.analysis;
      if (kept && kept.version === document.version && kept.minConfidence === minConfidence && kept.engine === engine) return kept.result;
      const result = engine.analyzer.analyze({ uri: document.uri, text: document.getText(), languageId: document.languageId }, { hints: true, minConfidence });
      entry.analysis = { version: document.version, minConfidence, engine, result };
      return result;
    },
    invalidate() {
      for (const e of entries.values()) e.analysis = undefined;
    },
  };
}
