/**
 * The analysis engine a service answers from: the core, the lexicon (the review's plus the user's),
 * its analyser, index and search. Rebuilt whole when the user lexicons change.
 */
import type * as Core from '../core';

/** The core module with the bundled lexicon (hosts load it: a require in Node, a bundle in a worker). */
export type CoreModule = typeof Core & { bundledLexicon: Core.CompiledLexicon };

export interface Engine {
  readonly core: CoreModule;
  readonly analyzer: Core.Analyzer;
  readonly index: Core.LexiconIndex;
  readonly search: Core.LexiconSearch;
}

export function createEngine(core: CoreModule, extra: Core.CompiledLexicon | undefined): Engine {
  const lexicon = extra ? core.mergeLexicons(core.bundledLexicon, extra) : core.bundledLexicon;
  const analyzer = core.createAnalyzer({ lexicon });
  return { core, analyzer, index: analyzer.index, search: core.createLexiconSearch(analyzer.index) };
}

/** The label of an entity id as hovers and reports print it ("" for none). */
export function labelOf(engine: Engine, id: string | null): string {
  return id === null ? '' : engine.index.entities.get(id)?.label ?? id;
}
