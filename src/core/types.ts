/**
 * Small LSP-shaped types owned by the core, so hosts (VS Code, CLI, a future language server)
 * convert at their edge and the core never depends on any of them.
 * Lines are 0-based; characters count UTF-16 code units, like LSP and JavaScript strings.
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type LanguageId = 'markdown' | 'latex' | 'plaintext';

export interface TextDocumentLike {
  /** Any identifier the host uses (a URI or a path); only echoed back. */
  uri?: string;
  text: string;
  languageId: string;
}

/** A half-open span [start, end) of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
