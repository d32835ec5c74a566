/**
 * The language server: LSP requests and notifications wired to the host-neutral service. Runs in a Node
 * process (`mechlens lsp --stdio`, VS Code's client over IPC) and in a web worker (vscode.dev); the host
 * gives it the core, how entries are linked when the client has no entry documents, and file access.
 */
import {
  CodeActionKind, DidChangeWatchedFilesNotification, ExecuteCommandRequest, TextDocumentSyncKind,
  type CancellationToken, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import {
  createMechlensService, ENTRY, skippedLexicon, FIND_FILES, EXPORT_NETWORK, FIX_ALL_KIND, MAP, MAP_SVG, MECHANISMS, NETWORK_FORMATS_REQUEST, READ_FILE, REPORT, schemeLinks, SEARCH,
  SEMANTIC_TOKENS_LEGEND, SERVER_COMMANDS, SNIPPET, SUMMARY, TERM_AT, TIMING, USER_LEXICONS,
  type CoreModule, type EntryLinks, type EntryParams, type FindFilesParams, type FindFilesResult, type InitOptions,
  type ExportNetworkParams, type ExportNetworkResult, type MapParams, type MapSvgParams, type MechanismsParams, type MechanismsResult, type MechlensService, type ReadFileParams, type ReadFileResult,
  type MechlensSettings, type ReportParams, type SearchParams, type SearchResult, type SnippetParams, type SummaryParams, type TermAtParams,
  type UserLexiconsParams, type UserLexiconStore,
} from '../service';
import { capDiagnostics } from '../service/diagnostics';
import type { Diagnostic } from '../service/lsp';
import type { FileAccess } from './files';
import { createBibliographyReader, isBibliographyUri } from './bibliographies';
import { addException } from './exception';
import { readWorkspaceLexicons } from './lexicons';
import { createPublisher, isChecked } from './publish';
import { createSettingsSource } from './settings';
import { checkWorkspace, type WorkerCheckSetup, type WorkspaceWorkers } from './workspaceCheck';
import { readManuscript, workspaceManuscripts } from './workspace';

export interface ServerHost {
  loadCore(): CoreModule;
  /** Entry links for clients without entry documents of their own; `entry` renders one (files are written from it). */
  fileLinks?(entry: (uri: string) => string | undefined): EntryLinks;
  /** Direct file access; without it the client must answer mechlens/findFiles and mechlens/readFile. */
  files?: FileAccess;
  /** Where large user lexicons' compiled forms are kept between runs (the Node host's cache directory). */
  lexiconStore?: UserLexiconStore;
  /** Worker threads for Check Workspace's closed files (the Node host); without them this thread checks every file. */
  workspaceWorkers?: WorkspaceWorkers;
}

/** File access through the client's own requests (VS Code: files.exclude, virtual file systems). */
function clientFiles(connection: Connection): FileAccess {
  return {
    find: (_folders, extensions, exclude, limit) => connection.sendRequest<FindFilesResult>(FIND_FILES, { extensions: [...extensions], exclude, limit } satisfies FindFilesParams),
    read: (uri, maxBytes, readOptions) => connection.sendRequest<ReadFileResult>(READ_FILE, { uri, maxBytes, ...(readOptions?.within ? { confined: true } : {}) } satisfies ReadFileParams),
  };
}

const NO_FILES: FileAccess = {
  find: async () => [],
  read: async () => ({ error: 'this server cannot read files' }),
};

export function startServer(connection: Connection, host: ServerHost): void {
  let service: MechlensService | undefined;
  let options: InitOptions = {};
  let folders: string[] = [];
  let files: FileAccess = host.files ?? NO_FILES;
  let watchesFiles = false;
  let foldersChange = false;
  let serverExceptions = false;
  const settings = createSettingsSource(connection, false);
  let source = settings;
  const { workspaceWorkers } = host;
  const lexiconProblems = new Set<string>();
  /** Closed files whose diagnostics came from Check Workspace: on close, Problems shows the file on disk again. */
  const fromWorkspace = new Set<string>();

  const need = (): MechlensService => {
    if (!service) throw new Error('the server is not initialised');
    return service;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    options = (params.initializationOptions ?? {}) as InitOptions;
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
    if (options.clientFiles) files = clientFiles(connection);
    const pull = params.capabilities.workspace?.configuration === true;
    source = createSettingsSource(connection, pull);
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    foldersChange = params.capabilities.workspace?.workspaceFolders === true;
    const core = host.loadCore();
    const entryText = (uri: string): string | undefined => {
      const entry = service?.links.entryOf(uri);
      return entry && service?.entry(entry);
    };
    const links = options.entryScheme || !host.fileLinks ? schemeLinks(options.entryScheme) : host.fileLinks(entryText);
    // The exception quick fix runs the client's own command (VS Code) or, where the server can write files, the server's.
    serverExceptions = options.exceptionCommand !== true && files.write !== undefined;
    service = createMechlensService({ core, links, actions: { exceptionCommand: options.exceptionCommand === true || serverExceptions }, lexiconStore: host.lexiconStore });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: { label: 'Mechlens claims' },
        workspaceSymbolProvider: true,
        completionProvider: { resolveProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true }, range: true },
        executeCommandProvider: { commands: serverExceptions ? [SERVER_COMMANDS.checkWorkspace, SERVER_COMMANDS.addException] : [SERVER_COMMANDS.checkWorkspace] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'mechlens' },
    };
  });

  const bibliographies = createBibliographyReader(connection, need, () => files, () => folders, () => publisher().refreshAll());

  const publisher = (() => {
    let p: ReturnType<typeof createPublisher> | undefined;
    return () => (p ??= createPublisher(connection, need(), source, options.maxDiagnostics));
  })();

  const reloadLexicons = async (): Promise<void> => {
    if (options.clientLexicons) return;
    const s = await source.get(undefined);
    const read = await readWorkspaceLexicons(files, folders, s);
    applyLexicons(read.texts, read.refused, read.log);
  };

  /** What Check Workspace's workers would check with now. */
  const workerSetup = (settings: MechlensSettings): WorkerCheckSetup => ({ lexicons: need().userLexicons(), settings });

  const applyLexicons = (texts: Parameters<MechlensService['setUserLexicons']>[0], refused: Map<string, Diagnostic[]>, log: string[]): string[] => {
    const before = need().userLexicons();
    const compiled = need().setUserLexicons(texts);
    // Workers built from the old lexicons are of no more use (a run under way checks the rest of its files itself).
    if (need().userLexicons() !== before) workspaceWorkers?.close();
    const problems = new Map([...compiled.problems, ...refused]);
    for (const uri of lexiconProblems) if (!problems.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    lexiconProblems.clear();
    for (const [uri, diagnostics] of problems) {
      lexiconProblems.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
    const lines = [...log, ...compiled.log];
    for (const line of lines) connection.console.info(line);
    publisher().refreshAll();
    return lines;
  };

  connection.onInitialized(() => {
    if (foldersChange) {
      // Only a client that announced workspace folders may be asked for their changes (the library throws otherwise).
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        folders = [...folders.filter((f) => !e.removed.some((r) => r.uri === f)), ...e.added.map((a) => a.uri)];
        void reloadLexicons();
      });
    }
    if (watchesFiles && !options.clientLexicons) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.mechlens/*.json' }] });
    }
    if (watchesFiles) {
      // Bibliographies change under the editor (Zotero's automatic export, a fix appended to a closed .bib).
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{bib,bibtex,json}' }] });
    }
    void reloadLexicons();
    void source.get(undefined).then((s) => bibliographies.settingsChanged(s));
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    void (async () => {
      let lexicon = false;
      // A change that is not a known bibliography's may be a lexicon's (reloading unchanged lexicons costs nothing).
      for (const c of changes) if (!(await bibliographies.reread(c.uri))) lexicon = true;
      if (lexicon) await reloadLexicons();
    })();
  });
  connection.onDidChangeConfiguration((change) => {
    source.changed(change.settings);
    void reloadLexicons().then(() => publisher().refreshAll());
    void source.get(undefined).then((s) => {
      bibliographies.settingsChanged(s);
      // Workers set up with other settings are terminated as soon as the new ones are known.
      workspaceWorkers?.keepOnlyFor(workerSetup(s));
    });
  });

  /** A manuscript's bibliographies, read when it names new ones. */
  const readBibliographiesOf = (uri: string): void => {
    const d = need().document(uri);
    if (d) void bibliographies.forDocument(uri, d.getText(), d.languageId);
  };

  connection.onDidOpenTextDocument(({ textDocument: d }) => {
    // A .bib open in the editor is a bibliography, read from the editor's text, never a manuscript.
    if (isBibliographyUri(d.uri)) return bibliographies.opened(d.uri, d.version, d.text);
    need().open(d.uri, d.languageId, d.version, d.text);
    fromWorkspace.delete(d.uri);
    readBibliographiesOf(d.uri);
    publisher().schedule(d.uri, true); // the check fetches the document's settings first
  });
  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    if (contentChanges.length === 0) return;
    if (isBibliographyUri(textDocument.uri)) return bibliographies.edited(textDocument.uri, textDocument.version, contentChanges);
    need().change(textDocument.uri, textDocument.version, contentChanges);
    readBibliographiesOf(textDocument.uri);
    publisher().schedule(textDocument.uri, false);
  });
  connection.onDidCloseTextDocument(({ textDocument }) => {
    const { uri } = textDocument;
    if (isBibliographyUri(uri)) return void bibliographies.closed(uri);
    need().close(uri);
    publisher().closed(uri);
    if (fromWorkspace.has(uri)) void republishFromDisk(uri);
    else void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  const republishFromDisk = async (uri: string): Promise<void> => {
    const s = await source.get(uri);
    const read = await readManuscript(need(), files, uri, s, languageOfUri);
    const diagnostics = 'skipped' in read ? [] : need().checkText(read.text, read.languageId, s).diagnostics;
    void connection.sendDiagnostics({ uri, diagnostics: capDiagnostics(diagnostics, options.maxDiagnostics) });
  };

  const languageOfUri = (uri: string): string => need().engine().core.languageOfPath(uri.split(/[?#]/)[0]);

  // Features: each reads the settings last fetched for its document, so no request waits on the client.
  const known = (uri: string | undefined) => source.known(uri);
  /** The answer about a document, once a first reading of it in slices is over (at once if none is under way). */
  const whenRead = <T>(uri: string | undefined, answer: () => T | PromiseLike<T>): T | PromiseLike<T> => {
    const reading = uri === undefined ? undefined : publisher().reading(uri);
    return reading ? reading.then(answer) : answer();
  };
  connection.onHover(({ textDocument, position }) => whenRead(textDocument.uri, () => need().hover(textDocument.uri, position, known(textDocument.uri))));
  connection.onDefinition(({ textDocument, position }) => whenRead(textDocument.uri, () => need().definition(textDocument.uri, position, known(textDocument.uri))));
  connection.onDocumentSymbol(({ textDocument }) => whenRead(textDocument.uri, () => need().documentSymbols(textDocument.uri, known(textDocument.uri))));
  connection.onWorkspaceSymbol(({ query }) => need().workspaceSymbols(query));
  connection.onCompletion(({ textDocument, position }) => whenRead(textDocument.uri, () => need().completion(textDocument.uri, position, known(textDocument.uri))));
  connection.onCompletionResolve((item) => need().resolveCompletion(item));
  connection.onCodeAction(({ textDocument, context }) => whenRead(textDocument.uri, () => {
    const s = known(textDocument.uri);
    const d = need().document(textDocument.uri);
    if (!d || !isChecked(need(), d.uri, d.languageId, s)) return [];
    return need().codeActions(textDocument.uri, context.diagnostics, context.only, s);
  }));
  connection.languages.semanticTokens.on(({ textDocument }) => whenRead(textDocument.uri, () => need().semanticTokens(textDocument.uri, known(textDocument.uri))));
  connection.languages.semanticTokens.onDelta(({ textDocument, previousResultId }) => whenRead(textDocument.uri, () => need().semanticTokensDelta(textDocument.uri, previousResultId, known(textDocument.uri))));
  connection.languages.semanticTokens.onRange(({ textDocument, range }) => whenRead(textDocument.uri, () => need().semanticTokensRange(textDocument.uri, range, known(textDocument.uri))));
  connection.onReferences(({ textDocument, position }, token) => whenRead(textDocument.uri, () => findReferences(textDocument.uri, position, token)));

  const findReferences = async (uri: string, position: { line: number; character: number }, token: CancellationToken) => {
    const s = known(uri);
    const id = need().termAt(uri, position, s);
    if (!id) return [];
    const locations: Array<{ uri: string; range: Diagnostic['range'] }> = [];
    const uris = await workspaceManuscripts(need(), files, folders, s);
    if (!uris.includes(uri)) uris.push(uri);
    for (const target of uris) {
      if (token.isCancellationRequested) break;
      const m = await readManuscript(need(), files, target, s, languageOfUri);
      if ('skipped' in m) continue;
      for (const range of need().mentionsIn(m.text, m.languageId, id)) locations.push({ uri: target, range });
    }
    return locations;
  };

  // Registered as a plain request: the library's onExecuteCommand hides whether the client sent a progress token.
  connection.onRequest(ExecuteCommandRequest.type, async ({ command, arguments: args, workDoneToken }, token) => {
    if (command === SERVER_COMMANDS.addException && serverExceptions) {
      const message = await addException(files, folders, args ?? []);
      await reloadLexicons();
      void connection.window.showInformationMessage(message);
      return message;
    }
    if (command !== SERVER_COMMANDS.checkWorkspace) return null;
    const progress = await (workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(workDoneToken) : connection.window.createWorkDoneProgress());
    const settings = await source.get(undefined);
    return checkWorkspace({
      connection, service: need(), files, folders, settings, progress, token, languageOf: languageOfUri, published: fromWorkspace, maxDiagnostics: options.maxDiagnostics,
      workers: workspaceWorkers && ((closedFiles) => workspaceWorkers.forRun(closedFiles, workerSetup(settings))),
    });
  });

  // Mechlens's own requests (the VS Code client's pickers, entry documents, status bar, lexicons).
  connection.onRequest(ENTRY, ({ uri }: EntryParams) => {
    const entry = need().links.entryOf(uri);
    return entry ? need().entry(entry) : '# Mechlens\n\nNo such entry.\n';
  });
  connection.onRequest(SEARCH, ({ query, limit }: SearchParams): SearchResult =>
    need().engine().search.search(String(query ?? ''), Math.min(200, Number(limit) || 60)).map((h) => ({ ...h, uri: need().links.uriOf({ kind: h.kind, id: h.id }) })));
  connection.onRequest(MECHANISMS, ({ entity }: MechanismsParams): MechanismsResult => {
    const engine = need().engine();
    const list = entity ? engine.index.mechanismsByEntity.get(entity) ?? [] : engine.index.lexicon.mechanisms;
    return {
      ...(entity ? { label: engine.index.entities.get(entity)?.label ?? entity } : {}),
      mechanisms: list.map((m) => ({ id: m.id, label: m.label, refs: engine.core.formatRefs(m.refs), sentence: engine.core.mechanismSentence(engine.index, m), uri: need().links.uriOf({ kind: 'mechanism', id: m.id }) })),
    };
  });
  connection.onRequest(SNIPPET, ({ id, languageId }: SnippetParams) => {
    const engine = need().engine();
    const m = engine.index.lexicon.mechanisms.find((x) => x.id === id);
    return m ? engine.core.mechanismSnippet(engine.index, m, engine.core.citationStyleOf(languageId)) : null;
  });
  connection.onRequest(TERM_AT, ({ uri, position }: TermAtParams) => whenRead(uri, () => need().termAt(uri, position, known(uri)) ?? null));
  connection.onRequest(MAP, (params: MapParams) => whenRead(params.uri, () => need().map(params, known(params.uri))));
  connection.onRequest(NETWORK_FORMATS_REQUEST, () => need().networkFormats());
  connection.onRequest(EXPORT_NETWORK, ({ format }: ExportNetworkParams): ExportNetworkResult => need().exportNetwork(format));
  connection.onRequest(MAP_SVG, (params: MapSvgParams) => whenRead(params.uri, () => need().mapSvg(params, known(params.uri))));
  connection.onRequest(REPORT, ({ uri, fileName }: ReportParams) => whenRead(uri, () => need().report(uri, fileName, known(uri))));
  connection.onRequest(SUMMARY, ({ uri }: SummaryParams) => whenRead(uri, () => {
    const d = need().document(uri);
    if (!d || !isChecked(need(), uri, d.languageId, known(uri))) return null;
    return need().summary(uri, known(uri)) ?? null;
  }));
  connection.onRequest(TIMING, () => [...publisher().processing]);
  connection.onRequest(USER_LEXICONS, ({ files: list }: UserLexiconsParams) => {
    const texts = list.filter((f) => typeof f.text === 'string').map((f) => ({ uri: f.uri, display: f.display, text: f.text as string }));
    const refused = new Map(list.filter((f) => f.refused !== undefined).map((f) => [f.uri, [skippedLexicon(f.refused as string)]]));
    return applyLexicons(texts, refused, []);
  });

  connection.onShutdown(() => {
    workspaceWorkers?.close();
    publisher().dispose();
    service?.dispose();
  });
  // (An exit without a shutdown ends the process, threads and all; the workers are closed first all the same.)
  connection.onExit(() => workspaceWorkers?.close());
  connection.listen();
}
