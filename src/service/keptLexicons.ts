/**
 * A user lexicon compiled, or read back from where a host keeps compiled forms between runs (the command
 * line's and the language server's compiled-lexicon cache, src/cli/lexiconCache.ts), and kept there once
 * it compiled without a problem. Host-neutral: the store is given (a host without one, the web worker,
 * compiles every time); this decides only when a kept form is used and when one is written.
 */
import type { CompiledLexicon, LexiconIssue } from '../core';
import type * as Core from '../core';

/**
 * A file's metadata as the host's file system gave it: `id` joins what any ordinary change to the file
 * alters (device, inode, size, modification and change times); `changedMs` is the later of the two
 * times, `seenMs` when the stamp was taken (a stamp taken within the file system's clock tick of a change
 * does not stand for the bytes: lexiconCache.ts SETTLE_MS).
 */
export interface FileStamp {
  id: string;
  changedMs: number;
  seenMs: number;
}

/** A lexicon as a store knows it: its path (or address) as given, size, stamp and the SHA-256 of its bytes. */
export interface CachedSource {
  path: string;
  size?: number;
  /** The file's stamp when it was opened; undefined for a text not read from a file by this host. */
  stamp?(): FileStamp | undefined;
  /** The SHA-256 of its bytes (reading them, if they were not read); undefined if they cannot be had. */
  digest?(): string | undefined;
}

/**
 * A form kept for a lexicon file, whole but for its records (its checksum verified), with the key it was
 * made under; the sections a form may have read later (compiledForm.ts lazySections) perhaps not read
 * yet, but checked.
 */
export interface KeptForm {
  key: string;
  /** The form, its records' section left unread (see compiledForm.ts decodeCompiledLexicon), and perhaps its lazy sections. */
  form: Uint8Array;
  /**
   * Reads bytes [from, to) of the form (of a section left unread, checked with the rest) into `form`;
   * false if they cannot be read. Absent when the form was read whole.
   */
  fill?: (from: number, to: number) => boolean;
  /** Where the records were in the form written (the reader checks the form says the same: compiledForm.ts recordsSection). */
  recordsAt: { start: number; length: number };
  /** Reads the records (checked too), or undefined if they cannot be had. */
  records: () => Uint8Array | undefined;
  /**
   * Reads bytes [from, to) of the records (the whole section checked, the first time, as `records` checks
   * it), or undefined if they cannot be had: a check may need one record of 50,000.
   */
  recordPart?: (from: number, to: number) => Uint8Array | undefined;
  /** Reads the spellings (checked too), or undefined if they cannot be had. */
  spellings: () => Uint8Array | undefined;
}

/** Where the compiled form of one lexicon file (onto the bundled lexicon and the files before it) is kept. */
export interface LexiconSlot {
  /**
   * The form kept, if it is whole and made from the files as they are: by their stamps, or else their
   * bytes. `lazy` names, from a form's first bytes, the sections that may be left unread (read and
   * checked, but not kept: `fill` reads them when asked); without it the form is read whole.
   */
  read(lazy?: (head: Uint8Array) => ReadonlyArray<{ start: number; length: number }> | undefined): KeptForm | undefined;
  /** The key of a form made from the files as they are (their bytes are read and hashed); undefined if they cannot be. */
  key(): string | undefined;
  write(key: string, encoded: Core.EncodedLexicon): void;
}

/** What compiling asks of a store: bytes in, bytes out. */
export interface CompiledLexiconStore {
  /**
   * The slot of the compiled form of a lexicon onto the bundled lexicon and the lexicons `before` it
   * that were applied; undefined when it is not to be kept (too small to be worth it).
   */
  slot(source: CachedSource, before: readonly CachedSource[]): LexiconSlot | undefined;
}

/** The parts of the core this needs (the command line passes the module, the server its bundled copy). */
export type LexiconCompiler = Pick<typeof Core, 'compileLexicon' | 'decodeCompiledLexicon' | 'encodeCompiledLexicon' | 'lazySections' | 'recordsSection' | 'recordBytes'>;

/** A lexicon to compile: how messages name it, and its text (or why it cannot be read) when first asked for. */
export interface LexiconInput {
  file: string;
  read(): { text: string } | { problem: string };
}

/** A lexicon compiled or read back (`fromStore`), or its problems: its issues, or why it could not be read. */
export type KeptCompile = { lexicon: CompiledLexicon; fromStore: boolean } | { issues: LexiconIssue[] } | { problem: string };

/**
 * `input` onto `base`: the form kept in `slot` if there is one made from the lexicons as they are, else
 * compiled, and then kept there if it compiled without a problem (a lexicon with problems never is).
 * Only a lexicon compiled for an index (CompileOptions.forIndex) has a form: without `forIndex` the slot
 * is not used.
 */
export function compileKept(core: LexiconCompiler, input: LexiconInput, base: CompiledLexicon, options: { forIndex: boolean; slot?: LexiconSlot }): KeptCompile {
  const slot = options.forIndex ? options.slot : undefined;
  const kept = slot?.read(core.lazySections);
  const back = kept === undefined || slot === undefined ? undefined : readBack(core, kept, base, input, slot);
  if (back !== undefined) return { lexicon: back, fromStore: true };
  const read = input.read();
  if ('problem' in read) return read;
  const compiled = core.compileLexicon([{ file: input.file, text: read.text }], { base, forIndex: options.forIndex });
  if (compiled.issues.length > 0) return { issues: compiled.issues };
  keep(core, slot, compiled.lexicon, base);
  return { lexicon: compiled.lexicon, fromStore: false };
}

/**
 * The lexicon a kept form holds (onto `base`), its entities' records read from the store when needed (each
 * alone, if the store can: a check may need none, or a few) or, if they cannot be read back there, made
 * again from the lexicon.
 */
function readBack(core: LexiconCompiler, kept: KeptForm, base: CompiledLexicon, input: LexiconInput, slot: LexiconSlot): CompiledLexicon | undefined {
  const at = core.recordsSection(kept.form);
  if (at === undefined || at.start !== kept.recordsAt.start || at.length !== kept.recordsAt.length) return undefined;
  // A section the store cannot read after all (the file cut short since): made again, as the records are.
  let again: Uint8Array | null | undefined;
  const fill = (from: number, to: number): boolean => {
    if (kept.fill?.(from, to) === true) return true;
    again ??= formAgain(core, input, base, kept.key, slot) ?? null;
    if (again === null || to > again.length || to > kept.form.length) return false;
    kept.form.set(again.subarray(from, to), from);
    return true;
  };
  return core.decodeCompiledLexicon(kept.form, base, kept.key, kept.spellings, { part: kept.recordPart, all: () => kept.records() ?? recordsAgain(core, input, base, kept.key, slot) }, kept.fill === undefined ? undefined : fill);
}

/** The form made from the lexicon (onto `base`) again, as compiling makes it: the bytes kept, if the lexicons are still the ones it was made from. */
function formAgain(core: LexiconCompiler, input: LexiconInput, base: CompiledLexicon, key: string, slot: LexiconSlot): Uint8Array | undefined {
  if (slot.key() !== key) return undefined;
  const read = input.read();
  if ('problem' in read) return undefined;
  const compiled = core.compileLexicon([{ file: input.file, text: read.text }], { base, forIndex: true });
  const encoded = compiled.issues.length > 0 ? undefined : core.encodeCompiledLexicon(compiled.lexicon, base, key);
  if (encoded === undefined) return undefined;
  const out = new Uint8Array(encoded.form.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of encoded.form) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The records of a form made from the lexicon (onto `base`) again, as compiling makes them: the same
 * bytes as those kept, if the lexicons are still the ones the form was made from (its key); else none.
 */
function recordsAgain(core: LexiconCompiler, input: LexiconInput, base: CompiledLexicon, key: string, slot: LexiconSlot): Uint8Array | undefined {
  if (slot.key() !== key) return undefined;
  const read = input.read();
  if ('problem' in read) return undefined;
  const compiled = core.compileLexicon([{ file: input.file, text: read.text }], { base, forIndex: true });
  return compiled.issues.length > 0 ? undefined : core.recordBytes(compiled.lexicon);
}

/** Writes the compiled form of `extra` (onto `base`) into its slot, if it has one. */
function keep(core: LexiconCompiler, slot: LexiconSlot | undefined, extra: CompiledLexicon, base: CompiledLexicon): void {
  const key = slot?.key();
  if (slot === undefined || key === undefined) return;
  const form = core.encodeCompiledLexicon(extra, base, key);
  if (form !== undefined) slot.write(key, form);
}
