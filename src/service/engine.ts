/**
 * The analysis engine a service answers from: the core, the lexicon (the review's plus the user's),
 * its analyser, index and search. Rebuilt whole when the user lexicons change.
 */
import type * as Core from '../core';

/**
 * The core module with the bundled lexicon (hosts load it: a require in Node, a bundle in a worker) and,
 * when the host has them, that lexicon's tries as the build made them (spares building them at start).
 */
export type CoreModule = typeof Core & { bundledLexicon: Core.CompiledLexicon; bundledTries?: Core.IndexTries };

export interface Engine {
  readonly core: CoreModule;
  readonly analyzer: Core.Analyzer;
  readonly index: Core.LexiconIndex;
  readonly search: Core.LexiconSearch;
}

export function createEngine(core: CoreModule, extra: Core.CompiledLexicon | undefined): Engine {
  const lexicon = extra ? core.mergeLexicons(core.bundledLexicon, extra) : core.bundledLexicon;
  // The build's tries fit the bundled lexicon alone, not one with the user's terms added.
  const analyzer = core.createAnalyzer({ lexicon, tries: extra ? undefined : core.bundledTries });
  return { core, analyzer, index: analyzer.index, search: core.createLexiconSearch(analyzer.index) };
}

/** The label of an entity id as hovers and reports print it ("" for none). */
export function labelOf(engine: Engine, id: string | null): string {
  return id === null ? '' : engine.index.entities.get(id)?.label ?? id;
}
