/**
 * The analysis side of the command line: the compiled lexicons and the service that checks a text.
 * Loaded on demand (`loadAnalysis`), in the main thread or in a worker thread, so that a run that needs
 * no analysis (every file from the cache, a usage error, --version) never loads the analyser,
 * compromise or the bundled lexicon.
 */
import bundled from '../../generated/lexicon.json';
import bundledTries from '../../generated/lexicon-tries.json';
import * as core from '../core';
import { formatIssue, mergeLexicons, type AnalysisResult, type CompiledLexicon } from '../core';
import { compileKept, createMechlensService, readSettings, schemeLinks, type CompiledLexiconStore, type CoreModule } from '../service';
import { canonicalLanguage } from '../core/languages';
import { claimCitations, citedReviewMessage, type ClaimCitations } from '../service/bibliography/claimCitations';
import { parseBibliography } from '../service/bibliography/parse';
import { rangeText } from '../service/bibliography/rangeText';
import { jsonClaim, jsonDiagnostic } from './format/json';
import type { FileResult } from './format/types';
import type { LexiconSource, LexiconText } from './lexicons';

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

/**
 * The bundled lexicon and the --lexicon files on top of it, in order; a broken file is reported and
 * skipped. `forIndex` when the lexicon is to be indexed (see CompileOptions.forIndex). With `store` (the
 * compiled-lexicon cache, only for a lexicon to be indexed), a file whose compiled form is kept is read
 * back instead of compiled (the file itself is then read only if its metadata changed), and one
 * compiled without a problem is kept; a file with problems never is.
 */
export function compileLexicons(sources: readonly LexiconSource[], options: { forIndex?: boolean; store?: CompiledLexiconStore } = {}): CompiledLexicons {
  let lexicon = bundledLexicon();
  const forIndex = options.forIndex === true;
  const applied: LexiconText[] = [];
  const problemsBySource = sources.map((source): string[] => {
    if ('problem' in source) return [source.problem];
    const slot = forIndex ? options.store?.slot(source, applied) : undefined;
    const compiled = compileKept(core, { file: source.path, read: () => source.read() }, lexicon, { forIndex, slot });
    if ('problem' in compiled) return [compiled.problem];
    if ('issues' in compiled) return compiled.issues.map((i) => `${formatIssue(i)} (lexicon skipped)`);
    lexicon = mergeLexicons(lexicon, compiled.lexicon);
    applied.push(source);
    return [];
  });
  return { lexicon, problems: problemsBySource.flat(), problemsBySource };
}

/**
 * What the reports read of a result, in the public JSON shape (claims with their sentence's range
 * too): a worker thread sends it, the cache keeps it. With citations (--bibliography), claims carry the
 * keys their sentence cites, and a contradiction whose sentence cites the review says so.
 */
export function reported(result: AnalysisResult, citations?: readonly ClaimCitations[]): FileResult {
  const diagnostics = result.diagnostics.map((d) => {
    const cited = d.code === 'contradiction' && d.claim !== undefined && citations?.[d.claim]?.review;
    return jsonDiagnostic(cited ? { ...d, message: citedReviewMessage(d.message, d.refs, core.formatRefs) } : d);
  });
  const claims = result.claims.map((c, i) => {
    const cited = citations?.[i];
    const claim = cited && cited.keys.length > 0 ? { ...c, citations: cited.keys, ...(cited.review ? { citesReview: true } : {}) } : c;
    return { ...jsonClaim(claim), sentenceRange: c.sentenceRange };
  });
  return { diagnostics, claims };
}

/** The problems of the --bibliography files, one line each (`refs.bib:7: …`); the rest of each file counts. */
export function bibliographyProblems(sources: ReadonlyArray<{ path: string; text: string }>): string[] {
  return sources.flatMap((s) => parseBibliography(s.path, s.path, s.text).problems.map((p) => `${s.path}:${p.line + 1}: ${p.message} (entry skipped)`));
}

/** A URI for a path of the command line (the service keys bibliographies by URI). */
const cliUri = (path: string): string => `mechlens-cli:///${encodeURIComponent(path)}`;

export interface Checker {
  check(text: string, languageId: string): FileResult;
  dispose(): void;
}

/**
 * Checks texts through the same service the language server answers from, over the lexicon given.
 * `hints: false` leaves the "did you mean" hints out of the results, for a run that writes none and
 * keeps none (their search over every spelling is most of a check with a large user lexicon).
 */
export function createChecker(lexicon: CompiledLexicon, minConfidence: number | undefined, bibliographies: ReadonlyArray<{ path: string; text: string }> = [], options: { hints?: boolean } = {}): Checker {
  // The build's tries (generated/lexicon-tries.json) fit the bundled lexicon alone, not one with --lexicon files added.
  const tries = lexicon === bundledLexicon() ? (bundledTries as unknown as core.IndexTries) : undefined;
  const service = createMechlensService({ core: { ...core, bundledLexicon: lexicon, bundledTries: tries } as CoreModule, links: schemeLinks(), actions: { exceptionCommand: false } });
  const settings = readSettings({ minConfidence });
  for (const b of bibliographies) service.setBibliography(cliUri(b.path), b.path, b.text);
  service.setDefaultBibliographies(bibliographies.map((b) => cliUri(b.path)));
  return {
    check(text, languageId) {
      // Read as a text that is not open: the command line never edits, so nothing is kept for an incremental re-reading.
      const { result } = service.checkText(text, languageId, settings, undefined, { hints: options.hints ?? true });
      if (bibliographies.length === 0) return reported(result);
      const ctx = service.citations(cliUri('-'), text, languageId, settings);
      return reported(result, claimCitations(result, rangeText(text), canonicalLanguage(languageId), ctx));
    },
    dispose: () => service.dispose(),
  };
}
