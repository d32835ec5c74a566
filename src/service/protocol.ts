/**
 * Mechlens's own requests on top of LSP, shared by the server and the VS Code client (plain names and
 * shapes, no library types). Other editors need none of them: every feature they use is standard LSP.
 */
import type { Position } from '../core';

/** What the client offers and wants, sent as `initializationOptions`. */
export interface InitOptions {
  /** Point definitions at `<scheme>:/entity/<id>.md` documents the client shows (VS Code: "mechlens"), not at files. */
  entryScheme?: string;
  /** The client answers `mechlens/findFiles` and `mechlens/readFile` (so files.exclude, virtual file systems and trust apply). */
  clientFiles?: boolean;
  /** The client finds and sends the user lexicons itself (`mechlens/userLexicons`): it knows workspace trust. */
  clientLexicons?: boolean;
  /** The client runs `mechlens.addException`. */
  exceptionCommand?: boolean;
  /**
   * The most diagnostics the client shows per file (VS Code: 1,000); the server sends the most severe
   * ones up to that number and one note saying how many more there are, instead of data the client drops.
   */
  maxDiagnostics?: number;
}

/** Server → client: files of the workspace with these extensions, excludes applied. */
export const FIND_FILES = 'mechlens/findFiles';
export interface FindFilesParams { extensions: string[]; exclude: string; limit: number }
export type FindFilesResult = string[];

/** Server → client: a file's text, or why it cannot be read. */
export const READ_FILE = 'mechlens/readFile';
export interface ReadFileParams { uri: string; maxBytes: number }
export type ReadFileResult = { text: string } | { error: string };

/** Client → server: the user lexicons to use (each with its text, or why it was not read). */
export const USER_LEXICONS = 'mechlens/userLexicons';
export interface UserLexiconsParams { files: Array<{ uri: string; display: string; text?: string; refused?: string }> }
/** Lines for the client's log. */
export type UserLexiconsResult = string[];

/** Client → server: the Markdown of an entry document (`mechlens:/entity/il-4.md`). */
export const ENTRY = 'mechlens/entry';
export interface EntryParams { uri: string }
export type EntryResult = string;

/** Client → server: the lexicon search behind "Search Lexicon". */
export const SEARCH = 'mechlens/search';
export interface SearchParams { query: string; limit: number }
export type SearchResult = Array<{ kind: 'entity' | 'mechanism'; id: string; label: string; detail: string; uri: string }>;

/** Client → server: mechanisms naming an entity (or all), for the pickers. */
export const MECHANISMS = 'mechlens/mechanisms';
export interface MechanismsParams { entity?: string }
export interface MechanismsResult { label?: string; mechanisms: Array<{ id: string; label: string; refs: string; sentence: string; uri: string }> }

/** Client → server: a mechanism as a snippet in a file's language. */
export const SNIPPET = 'mechlens/snippet';
export interface SnippetParams { id: string; languageId: string }
export type SnippetResult = string | null;

/** Client → server: the entity under a position, if any. */
export const TERM_AT = 'mechlens/termAt';
export interface TermAtParams { uri: string; position: Position }
export type TermAtResult = string | null;

/** Client → server: a document's claims report (Markdown) and counts. */
export const REPORT = 'mechlens/report';
export interface ReportParams { uri: string; fileName: string }
export type ReportResult = string;

export const SUMMARY = 'mechlens/summary';
export interface SummaryParams { uri: string }
export type SummaryResult = { claims: number; supported: number; contradicting: number } | null;

/** The commands the server runs (workspace/executeCommand). */
export const SERVER_COMMANDS = Object.freeze({
  checkWorkspace: 'mechlens.checkWorkspace',
  /** Run by the server only for clients that do not run it themselves (VS Code does, under workspace trust). */
  addException: 'mechlens.addException',
});

/** Client → server: milliseconds the server spent analysing and publishing after each edit's debounce, most recent last. */
export const TIMING = 'mechlens/timing';
export type TimingResult = number[];
