/**
 * The analysis engine as the editor sees it: loaded lazily (the first hover or diagnostic pays for it),
 * with one analyser per lexicon and analysis results kept per document version.
 */
import type * as Core from '../core';
import type * as vscode from 'vscode';
import { readConfig } from './config';

export type CoreModule = typeof Core & { bundledLexicon: Core.CompiledLexicon };

export interface Engine {
  readonly core: CoreModule;
  readonly analyzer: Core.Analyzer;
  readonly index: Core.LexiconIndex;
  readonly search: Core.LexiconSearch;
  /**
   * The analysis of a document at its current version (cached until it changes). Always with hints:
   * every feature must read the same analysis, or the analyser would rebuild its incremental state
   * each time a caller with other options asked (diagnostics filter hints by their severity setting).
   */
  analysisOf(document: vscode.TextDocument): Core.AnalysisResult;
  forget(uri: string): void;
  dispose(): void;
}

export interface EngineHost {
  /** The engine, created on first call. */
  get(): Engine;
  /** Whether it has been created (features that only read results can wait). */
  readonly loaded: boolean;
  /** Rebuilds the analyser, e.g. when user lexicons change. */
  reload(extra: Core.CompiledLexicon | undefined): void;
  dispose(): void;
}

/** `load` returns the core module (Node: require of dist/engine.js; web: the bundled module). */
export function createEngineHost(load: () => CoreModule): EngineHost {
  let engine: Engine | undefined;
  let extra: Core.CompiledLexicon | undefined;
  const build = (): Engine => {
    const core = load();
    const lexicon = extra ? core.mergeLexicons(core.bundledLexicon, extra) : core.bundledLexicon;
    const analyzer = core.createAnalyzer({ lexicon });
    const search = core.createLexiconSearch(analyzer.index);
    const results = new Map<string, { version: number; minConfidence: number; result: Core.AnalysisResult }>();
    return {
      core,
      analyzer,
      index: analyzer.index,
      search,
      analysisOf(document) {
        const key = document.uri.toString();
        const cached = results.get(key);
        const { minConfidence } = readConfig(document.uri);
        if (cached && cached.version === document.version && cached.minConfidence === minConfidence) return cached.result;
        const result = analyzer.analyze({ uri: key, text: document.getText(), languageId: document.languageId }, { hints: true, minConfidence });
        results.set(key, { version: document.version, minConfidence, result });
        return result;
      },
      forget(uri) {
        results.delete(uri);
        analyzer.forget(uri);
      },
      dispose() {
        results.clear();
        analyzer.dispose();
      },
    };
  };
  return {
    get(): Engine {
      engine ??= build();
      return engine;
    },
    get loaded(): boolean {
      return engine !== undefined;
    },
    reload(next) {
      extra = next;
      engine?.dispose();
      engine = undefined;
    },
    dispose() {
      engine?.dispose();
      engine = undefined;
    },
  };
}
