/**
 * The analysis side of the command line: the compiled lexicons and the service that checks a text.
 * Loaded on demand (`loadAnalysis`), in the main thread or in a worker thread, so that a run that needs
 * no analysis (every file from the cache, a usage error, --version) never loads the analyser,
 * compromise or the bundled lexicon.
 */
import bundled from '../../generated/lexicon.json';
import * as core from '../core';
import { compileLexicon, formatIssue, mergeLexicons, type AnalysisResult, type CompiledLexicon } from '../core';
import { createMechlensService, readSettings, schemeLinks, type CoreModule } from '../service';
import { jsonClaim, jsonDiagnostic } from './format/json';
import type { FileResult } from './format/types';
import type { LexiconSource } from './lexicons';

export { lexiconJson, lexiconText } from './lexiconReport';
export { neighbourhoodMap } from './neighbourhoodMap';
export { htmlReport } from './format/html';

export function bundledLexicon(): CompiledLexicon {
  return bundled as unknown as CompiledLexicon;
}

export interface CompiledLexicons {
  /** The bundled lexicon with every --lexicon file that compiled added. */
  lexicon: CompiledLexicon;
  /** One line per problem (at most LIMITS.lexiconMaxIssues and a count per file); the files they name were skipped. */
  problems: string[];
  /** The problems of each source, in the order given (none: the file was added). */
  problemsBySource: string[][];
}

/** The bundled lexicon and the --lexicon files on top of it, in order; a broken file is reported and skipped. */
export function compileLexicons(sources: readonly LexiconSource[]): CompiledLexicons {
  let lexicon = bundledLexicon();
  const problemsBySource = sources.map((source): string[] => {
    if ('problem' in source) return [source.problem];
    const { lexicon: extra, issues } = compileLexicon([{ file: source.path, text: source.text }], { base: lexicon });
    if (issues.length > 0) return issues.map((i) => `${formatIssue(i)} (lexicon skipped)`);
    lexicon = mergeLexicons(lexicon, extra);
    return [];
  });
  return { lexicon, problems: problemsBySource.flat(), problemsBySource };
}

/**
 * What the reports read of a result, in the public JSON shape (claims with their sentence's range
 * too): a worker thread sends it, the cache keeps it.
 */
export function reported(result: AnalysisResult): FileResult {
  return { diagnostics: result.diagnostics.map(jsonDiagnostic), claims: result.claims.map((c) => ({ ...jsonClaim(c), sentenceRange: c.sentenceRange })) };
}

export interface Checker {
  check(text: string, languageId: string): FileResult;
  dispose(): void;
}

/** Checks texts through the same service the language server answers from, over the lexicon given. */
export function createChecker(lexicon: CompiledLexicon, minConfidence: number | undefined): Checker {
  const service = createMechlensService({ core: { ...core, bundledLexicon: lexicon } as CoreModule, links: schemeLinks(), actions: { exceptionCommand: false } });
  const settings = readSettings({ minConfidence });
  return {
    check(text, languageId) {
      // Read as a text that is not open: the command line never edits, so nothing is kept for an incremental re-reading.
      return reported(service.checkText(text, languageId, settings).result);
    },
    dispose: () => service.dispose(),
  };
}
