/** How the server reaches files that are not open: through the client (VS Code) or directly (the Node host). */
export interface FileAccess {
  /** URIs of the files under the workspace folders with one of these extensions, excludes applied. */
  find(folders: readonly string[], extensions: readonly string[], exclude: string, limit: number): Promise<string[]>;
  /** A file's text (UTF-8), or why it cannot be read (too large, binary, missing, unreadable). */
  read(uri: string, maxBytes: number, options?: ReadOptions): Promise<{ text: string } | { error: string }>;
  /** Writes a file (its folder created), where the host may: the exception command of editors other than VS Code. */
  write?(uri: string, text: string): Promise<void>;
}

export interface ReadOptions {
  /** Refuse the file unless it lies, symbolic links resolved, inside one of these folder URIs. */
  within?: readonly string[];
}
