/**
 * Mechlens's own requests on top of LSP, shared by the server and the VS Code client (plain names and
 * shapes, no library types). Other editors need none of them: every feature they use is standard LSP.
 */
import type { ClaimEdge, NetworkEdge, NetworkNode, Position } from '../core';

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
export interface ReadFileParams {
  uri: string;
  maxBytes: number;
  /** Refuse the file unless it lies inside a workspace folder with no symbolic link on the way (a bibliography a document names). */
  confined?: boolean;
}
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

/**
 * Client → server: the Mechanism Map's data. One of `centre` (an entity id) or `mechanism` (a mechanism
 * id), or neither for the whole review; `uri` names the draft whose judged claims are laid over it.
 */
export const MAP = 'mechlens/map';
export interface MapParams {
  centre?: string;
  mechanism?: string;
  /** Steps from the centre (or from each step of the mechanism); 0–3. */
  depth?: number;
  /** Entity types to keep (all when absent or empty). */
  types?: string[];
  /** Review sections to keep, with their subsections (all when absent or empty). */
  sections?: string[];
  uri?: string;
}
/** A term of the map: the network's node, and whether only a claim of the draft brought it in. */
export interface MapNode extends NetworkNode {
  /** Outside the view, shown because a claim of the draft names it. */
  added?: boolean;
}
/** A statement of the review on the map. */
export interface MapEdge extends NetworkEdge {
  /** As a diagnostic words it: "IL-4 inhibits NFATc1 [104]". */
  text: string;
}
/** A claim of the draft on the map, with its verdict. */
export interface MapClaim extends ClaimEdge {
  /** "IL-4 promotes NFATc1". */
  text: string;
  /** The sentence, whitespace folded, cut at 400 characters. */
  sentence: string;
  /** What the review says of the pair. */
  statement?: string;
}
export interface MapResult {
  title: string;
  centre?: string;
  /** Why the view is empty (an unknown term or mechanism). */
  problem?: string;
  depth: number;
  nodes: MapNode[];
  edges: MapEdge[];
  claims: MapClaim[];
  /** Claims shown, by verdict. */
  counts: Record<MapClaim['status'], number>;
  draft?: string;
  types: Array<{ id: string; name: string; family: string }>;
  sections: Array<{ id: string; title: string; parent?: string }>;
}

/** Client → server: the current map view as a standalone SVG file, with the client's node positions. */
export const MAP_SVG = 'mechlens/mapSvg';
export interface MapSvgParams extends MapParams {
  positions: Record<string, { x: number; y: number }>;
}

/** Client → server: the formats the review's network can be exported in (for a picker). */
export const NETWORK_FORMATS_REQUEST = 'mechlens/networkFormats';
export type NetworkFormatsResult = Array<{ name: string; description: string; extension: string }>;

/** Client → server: the review's network (with the user's lexicons) in one export format. */
export const EXPORT_NETWORK = 'mechlens/exportNetwork';
export interface ExportNetworkParams { format: string }
/** The export and what it leaves out (one line each); `error` says why there is none (then `text` is empty). */
export interface ExportNetworkResult { text: string; extension: string; notes: string[]; error?: string }
