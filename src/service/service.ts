/**
 * The host-neutral service: it owns the open documents, their analyses and the engine (with the user's
 * lexicons), and answers editor questions in LSP shapes. The language server, the command line and
 * tests use it; it imports neither `vscode` nor Node built-ins (the web worker runs it too).
 */
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { AnalysisResult, CompiledLexicon, Position, Range } from '../core';
import { canonicalLanguage } from '../core/languages';
import { citationCompletion } from './bibliography/citationCompletion';
import { citationFindings } from './bibliography/citationFindings';
import { citationHover } from './bibliography/citationHover';
import { citationKeys } from './bibliography/citations';
import { citationContext, type CitationContext } from './bibliography/context';
import { rangeText } from './bibliography/rangeText';
import { createBibliographies } from './bibliography/store';
import type { BibFile } from './bibliography/types';
import { codeActionsFor, type ActionOptions } from './codeActions';
import { completeAt, completionItems, resolveCompletion } from './completion';
import { definitionAt } from './definition';
import { createDiagnosticConverter, type Findings } from './diagnostics';
import { createDocuments } from './documents';
import { createEngine, labelOf, type CoreModule, type Engine } from './engine';
import { entryMarkdown } from './entries';
import { hoverAt } from './hover';
import type { EntryLinks, EntryRef } from './links';
import { mentionAt } from './lookup';
import { mapOf, mapSvgOf } from './network';
import { exportNetwork, networkFormats } from './exportNetwork';
import type { ExportNetworkResult, MapParams, MapResult, MapSvgParams, NetworkFormatsResult } from './protocol';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover, Location, SemanticTokens, SemanticTokensDelta, SymbolInformation } from './lsp';
import { claimsReport } from './report';
import { semanticTokenData } from './semanticTokens';
import { createSemanticTokenResults } from './semanticTokenResults';
import { DEFAULT_SETTINGS, type MechlensSettings } from './settings';
import { documentSymbols, workspaceSymbols } from './symbols';
import { compileUserLexicons, type CompiledUserLexicons, type LexiconText, type UserLexiconStore } from './userLexicons';

export interface ServiceInit {
  core: CoreModule;
  links: EntryLinks;
  actions: ActionOptions;
  /** Where large user lexicons' compiled forms are kept between runs, if the host has such a place. */
  lexiconStore?: UserLexiconStore;
}

export interface ClaimsSummary {
  supported: number;
  contradicting: number;
  claims: number;
}

export interface MechlensService {
  readonly links: EntryLinks;
  /** The engine now in use (rebuilt when the user lexicons change). */
  engine(): Engine;
  open(uri: string, languageId: string, version: number, text: string): void;
  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): void;
  close(uri: string): void;
  document(uri: string): TextDocument | undefined;
  openDocuments(): TextDocument[];
  /** Replaces the user lexicons; returns the problems per file. */
  setUserLexicons(files: readonly LexiconText[]): CompiledUserLexicons;
  /** The user lexicons the engine was built from, as last given: the same array until they change. */
  userLexicons(): readonly LexiconText[];

  analysis(uri: string, settings: MechlensSettings): AnalysisResult | undefined;
  /**
   * Reads on in an open document's analysis while `more()` says so; true once it is complete (then
   * `analysis` and `diagnostics` answer at once). A host reads a long document the first time in
   * slices this way and answers other requests between them; false also for a document not open.
   */
  readOn(uri: string, settings: MechlensSettings, more: () => boolean): boolean;
  diagnostics(uri: string, settings: MechlensSettings): Diagnostic[];
  /** A text that is not open (a closed file of the workspace, the command line's input; `uri` places it among its bibliographies). */
  /** `hints: false` leaves out the "did you mean" hints (a caller that will not show them is spared the search). */
  checkText(text: string, languageId: string, settings: MechlensSettings, uri?: string, options?: { hints?: boolean }): { result: AnalysisResult; diagnostics: Diagnostic[] };
  /**
   * The diagnostics of findings another service made with the same user lexicons and settings (Check
   * Workspace's worker threads): `checkText(text, languageId, settings).diagnostics` is
   * `diagnosticsOf(checkText(text, languageId, settings).result, settings)`.
   */
  diagnosticsOf(findings: Findings, settings: MechlensSettings): Diagnostic[];
  /** Parses and keeps a bibliography file's text (again when it changed); returns it with its problems. */
  setBibliography(uri: string, display: string, text: string): BibFile;
  forgetBibliography(uri: string): void;
  bibliography(uri: string): BibFile | undefined;
  /** Changes whenever a bibliography or the defaults change. */
  bibliographyStamp(): number;
  /** The bibliographies every document uses (settings, --bibliography), as URIs. */
  setDefaultBibliographies(uris: readonly string[]): void;
  /** The URIs of the bibliographies a text uses: those it names (resolved against `uri`) and the defaults. */
  wantedBibliographies(uri: string, text: string, languageId: string): string[];
  /** What the citation features know of a text: its bibliographies, its citation style, the review's entry. */
  citations(uri: string, text: string, languageId: string, settings: MechlensSettings): CitationContext;
  hover(uri: string, position: Position, settings: MechlensSettings): Hover | null;
  definition(uri: string, position: Position, settings: MechlensSettings): Location | null;
  /** The entity under the cursor, if any. */
  termAt(uri: string, position: Position, settings: MechlensSettings): string | undefined;
  /** Ranges of every mention of an entity in a text (references across files). */
  mentionsIn(text: string, languageId: string, entityId: string): Range[];
  documentSymbols(uri: string, settings: MechlensSettings): DocumentSymbol[];
  workspaceSymbols(query: string): SymbolInformation[];
  completion(uri: string, position: Position, settings?: MechlensSettings): CompletionList | null;
  /** A completion item with its entry's description, for the item the editor shows. */
  resolveCompletion(item: CompletionItem): CompletionItem;
  codeActions(uri: string, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined, settings: MechlensSettings): CodeAction[];
  /** The document's term tokens, under a result id a later delta request can name. */
  semanticTokens(uri: string, settings: MechlensSettings): SemanticTokens;
  /** What changed in them since the result `previousResultId` (all of them when that is not the last one sent). */
  semanticTokensDelta(uri: string, previousResultId: string, settings: MechlensSettings): SemanticTokens | SemanticTokensDelta;
  /** The tokens of the terms starting in a range (the lines an editor shows). */
  semanticTokensRange(uri: string, range: Range, settings: MechlensSettings): SemanticTokens;
  report(uri: string, fileName: string, settings: MechlensSettings): string;
  summary(uri: string, settings: MechlensSettings): ClaimsSummary | undefined;
  entry(entry: EntryRef): string;
  /** The Mechanism Map's data, with the claims of `params.uri` when that document is open. */
  map(params: MapParams, settings: MechlensSettings): MapResult;
  /** The same view as a standalone SVG, with the client's positions of its terms. */
  mapSvg(params: MapSvgParams, settings: MechlensSettings): string;
  networkFormats(): NetworkFormatsResult;
  exportNetwork(format: string): ExportNetworkResult;
  dispose(): void;
}

/** Identifies a set of user lexicons by their files and texts, in order. */
function lexiconSignature(files: readonly LexiconText[]): string {
  return JSON.stringify(files.map((f) => [f.uri, f.display, f.text]));
}

/** The review's statements behind interaction ids, as diagnostics word them ("IL-4 inhibits NFATc1 [104]"). */
function statementOf(engine: Engine, ids: readonly string[]): string | undefined {
  const { core, index } = engine;
  const found = ids.flatMap((id) => index.lexicon.interactions.filter((x) => x.id === id));
  return found.length ? found.map((x) => core.describeInteraction(x, index.entities)).join('; ') : undefined;
}

export function createMechlensService(init: ServiceInit): MechlensService {
  const { core, links } = init;
  const documents = createDocuments();
  let engine = createEngine(core, undefined);
  let items: { engine: Engine; list: CompletionItem[] } | undefined;
  // What the engine was built from: at first the review alone, as no user lexicon is the same as none.
  let lexicons: { signature: string; compiled: CompiledUserLexicons; files: readonly LexiconText[] } | undefined = {
    signature: lexiconSignature([]), compiled: { extra: undefined, problems: new Map(), log: [] }, files: [],
  };
  const convert = createDiagnosticConverter(links);
  const tokenResults = createSemanticTokenResults();
  const bibliographies = createBibliographies();
  const citationsOf = (uri: string, text: string, languageId: string, settings: MechlensSettings): CitationContext =>
    citationContext(bibliographies, { uri, text, languageId }, settings, engine.index.lexicon.review ?? core.bundledLexicon.review, core.formatRefs);
  const citationsOfDocument = (document: TextDocument, settings: MechlensSettings): CitationContext => citationsOf(document.uri, document.getText(), document.languageId, settings);
  const withCitations = (result: AnalysisResult, diagnostics: Diagnostic[], text: string, uri: string, languageId: string, settings: MechlensSettings): Diagnostic[] => {
    const ctx = citationsOf(uri, text, languageId, settings);
    return citationFindings(result, diagnostics, { textOf: rangeText(text), languageId }, ctx, settings);
  };

  const analysisOf = (uri: string, settings: MechlensSettings): { document: TextDocument; result: AnalysisResult } | undefined => {
    const document = documents.get(uri);
    return document && { document, result: documents.analysisOf(engine, document, settings.minConfidence) };
  };
  const lineOf = (document: TextDocument, line: number): string =>
    document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');

  return {
    links,
    engine: () => engine,
    // Editors name languages differently ("tex", "LaTeX", "text"): documents keep Mechlens's name for theirs.
    open: (uri, languageId, version, text) => void documents.open(uri, canonicalLanguage(languageId), version, text),
    change: (uri, version, changes) => void documents.change(uri, version, changes),
    close: (uri) => {
      documents.close(uri);
      tokenResults.forget(uri);
    },
    document: (uri) => documents.get(uri),
    openDocuments: () => documents.all(),
    setUserLexicons(files) {
      // The same lexicons again (a settings change, the client's first report of "none"): the engine and
      // every analysis stay; a new engine would read every open document again from scratch.
      const signature = lexiconSignature(files);
      if (lexicons && lexicons.signature === signature) return lexicons.compiled;
      const compiled = compileUserLexicons(core, files, init.lexiconStore);
      lexicons = { signature, compiled, files };
      engine.analyzer.dispose();
      engine = createEngine(core, compiled.extra);
      documents.invalidate();
      links.reset?.();
      return compiled;
    },
    userLexicons: () => lexicons?.files ?? [],
    analysis: (uri, settings) => analysisOf(uri, settings)?.result,
    readOn(uri, settings, more) {
      const document = documents.get(uri);
      return document !== undefined && documents.readOn(engine, document, settings.minConfidence, more);
    },
    diagnostics(uri, settings) {
      const found = analysisOf(uri, settings);
      if (!found) return [];
      const { document, result } = found;
      return withCitations(result, convert(engine, result, settings), document.getText(), uri, document.languageId, settings);
    },
    checkText(text, languageId, settings, uri, options) {
      const result = engine.analyzer.analyze({ text, languageId }, { hints: options?.hints ?? true, minConfidence: settings.minConfidence });
      const diagnostics = convert(engine, result, settings);
      return { result, diagnostics: uri === undefined ? diagnostics : withCitations(result, diagnostics, text, uri, canonicalLanguage(languageId), settings) };
    },
    diagnosticsOf: (findings, settings) => convert(engine, findings, settings),
    setBibliography: (uri, display, text) => bibliographies.set(uri, display, text),
    forgetBibliography: (uri) => bibliographies.forget(uri),
    bibliography: (uri) => bibliographies.get(uri),
    bibliographyStamp: () => bibliographies.stamp(),
    setDefaultBibliographies: (uris) => bibliographies.setDefaults(uris),
    wantedBibliographies: (uri, text, languageId) => bibliographies.wanted(uri, text, canonicalLanguage(languageId)),
    citations: (uri, text, languageId, settings) => citationsOf(uri, text, canonicalLanguage(languageId), settings),
    hover(uri, position, settings) {
      const found = analysisOf(uri, settings);
      if (!found) return null;
      const { document } = found;
      const keys = citationKeys(document.getText(), document.languageId);
      const onKey = keys.length > 0 ? citationHover(keys, document.offsetAt(position), citationsOfDocument(document, settings), core.escapeMarkdown, (s, e) => ({ start: document.positionAt(s), end: document.positionAt(e) })) : null;
      return onKey ?? hoverAt(engine, found.result, position);
    },
    definition(uri, position, settings) {
      const found = analysisOf(uri, settings);
      if (!found) return null;
      return definitionAt(engine, links, found.result, position, links.entryOf(uri) !== undefined, lineOf(found.document, position.line));
    },
    termAt(uri, position, settings) {
      const found = analysisOf(uri, settings);
      return found && mentionAt(found.result, position)?.id;
    },
    mentionsIn: (text, languageId, entityId) => core.mentionsOf(text, languageId, engine.index, entityId).map((m) => m.range),
    documentSymbols(uri, settings) {
      const found = analysisOf(uri, settings);
      return found ? documentSymbols(engine, found.result) : [];
    },
    workspaceSymbols: (query) => workspaceSymbols(engine, links, query),
    completion(uri, position, settings) {
      const document = documents.get(uri);
      if (!document) return null;
      const before = lineOf(document, position.line).slice(0, position.character);
      const keys = citationCompletion(before, document.languageId, position, citationsOfDocument(document, settings ?? DEFAULT_SETTINGS), core.escapeMarkdown);
      if (keys) return keys;
      if (items?.engine !== engine) items = { engine, list: completionItems(engine) };
      return completeAt(items.list, lineOf(document, position.line), position);
    },
    resolveCompletion: (item) => resolveCompletion(engine, item),
    codeActions(uri, diagnostics, only, settings) {
      const found = analysisOf(uri, settings);
      if (!found) return [];
      const { document } = found;
      const doc = { uri, languageId: document.languageId, lineText: (line: number) => lineOf(document, line), textOf: (r: Range) => document.getText(r) };
      return codeActionsFor(doc, found.result, diagnostics, only, settings, init.actions, (ids) => statementOf(engine, ids), citationsOfDocument(document, settings));
    },
    semanticTokens(uri, settings) {
      const found = analysisOf(uri, settings);
      return found ? tokenResults.full(uri, semanticTokenData(engine, found.result)) : { data: [] };
    },
    semanticTokensDelta(uri, previousResultId, settings) {
      const found = analysisOf(uri, settings);
      return found ? tokenResults.delta(uri, previousResultId, semanticTokenData(engine, found.result)) : { data: [] };
    },
    semanticTokensRange(uri, range, settings) {
      const found = analysisOf(uri, settings);
      return { data: found ? semanticTokenData(engine, found.result, range) : [] };
    },
    report(uri, fileName, settings) {
      const found = analysisOf(uri, settings);
      if (!found) return `# Mechlens report: ${fileName}\n\nThis file is not open.\n`;
      return claimsReport(found.result, fileName, (id) => labelOf(engine, id), core.formatRefs);
    },
    map(params, settings) {
      return mapOf(engine, params, params.uri === undefined ? undefined : analysisOf(params.uri, settings));
    },
    networkFormats: () => networkFormats(engine),
    exportNetwork: (format) => exportNetwork(engine, format),
    mapSvg(params, settings) {
      return mapSvgOf(engine, params, params.uri === undefined ? undefined : analysisOf(params.uri, settings));
    },
    summary(uri, settings) {
      const found = analysisOf(uri, settings);
      if (!found) return undefined;
      const claims = found.result.claims;
      return { claims: claims.length, supported: claims.filter((c) => c.status === 'supports').length, contradicting: claims.filter((c) => c.status === 'contradicts').length };
    },
    entry: (entry) => entryMarkdown(engine, entry),
    dispose() {
      for (const d of documents.all()) documents.close(d.uri);
      engine.analyzer.dispose();
    },
  };
}

export type { CompiledLexicon };
