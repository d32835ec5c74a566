/**
 * Reading the --lexicon files. Compiling them (and the bundled lexicon itself) is the analysis side's
 * work (analysis.ts), loaded only when something is to be analysed or validated: a run whose files all
 * come from the cache loads no analysis code.
 *
 * A file is opened (and checked as every input is: a regular file, under its limit, readable) when the
 * command starts, and read only when something asks for its text or its bytes' hash: a lexicon whose
 * compiled form comes from the compiled-lexicon cache by its metadata (lexiconCache.ts) is never read.
 */
import { closeSync, type BigIntStats } from 'node:fs';
import { formatMegabytes, LIMITS, MEGABYTE } from '../core/limits';
import { createHash } from './lazyCrypto';
import { InputError, openInput, readTextInput, type SizeLimit, type TextInput } from './input';
import type { CachedSource, FileStamp } from '../service';

/** What a --lexicon file reads as: its text, or why it is skipped. */
export type LexiconRead = { text: string } | { problem: string };

/** A --lexicon file that opened: its text read when first asked for, and what the compiled-lexicon cache knows it by. */
export interface LexiconText extends CachedSource {
  /** The text (read and decoded on the first call, then kept), or why the file cannot be read as text. */
  read(): LexiconRead;
  /** The text if it has been read already (a worker thread is sent it rather than made to read the file). */
  readSoFar(): string | undefined;
}

/** One --lexicon file: opened, or why it could not be (and is skipped). */
export type LexiconSource = LexiconText | { path: string; problem: string };

/** A --lexicon file as a worker thread of --jobs is given it: its path, and its text when the main thread has read it. */
export interface WorkerLexicon {
  path: string;
  text?: string;
  size?: number;
  digest?: string;
}

/** Lexicons have their own limit: --max-size is about manuscripts. */
export const LEXICON_LIMIT: SizeLimit = {
  maxBytes: LIMITS.lexiconMaxMb * MEGABYTE,
  tooLarge: (bytes) => `lexicon file is ${bytes === undefined ? 'over' : `${(bytes / MEGABYTE).toFixed(1)} MB, over`} the ${formatMegabytes(LIMITS.lexiconMaxMb * MEGABYTE)} MB limit for lexicon files`,
};

/** The metadata that identifies a file's version without reading it, as fstat gave it (see FileStamp). */
export function stampOf(stats: BigIntStats, seenMs = Date.now()): FileStamp {
  const changedNs = stats.ctimeNs > stats.mtimeNs ? stats.ctimeNs : stats.mtimeNs;
  return { id: `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`, changedMs: Number(changedNs / 1000n) / 1000, seenMs };
}

const problemOf = (err: unknown): string => (err instanceof InputError ? `${err.message} (lexicon skipped)` : String(err));

/**
 * A --lexicon file opened at the start of the command and read when first needed. Everything it says
 * is about the file as it was opened: its stamp is the one fstat gave then, and if the file has changed
 * by the time it is read (another stamp), its bytes get no hash, so no compiled form is kept or trusted
 * for them (the text is still checked, as the file now is).
 */
class OpenedLexicon implements LexiconText {
  #input: TextInput | undefined;
  #text: string | undefined;
  #problem: string | undefined;
  #digest: string | undefined;
  /** Whether the bytes read are those of the file as opened (the same stamp before the read). */
  #unchanged = false;

  constructor(readonly path: string, readonly size: number, private readonly opened: FileStamp) {}

  stamp(): FileStamp {
    return this.opened;
  }

  digest(): string | undefined {
    if (this.#digest === undefined) {
      const input = this.#bytes();
      if (input !== undefined && this.#unchanged) this.#digest = createHash('sha256').update(input.bytes).digest('hex');
    }
    return this.#digest;
  }

  read(): LexiconRead {
    if (this.#text === undefined) {
      const input = this.#bytes();
      if (input === undefined) return { problem: this.#problem as string };
      try {
        this.digest(); // before the bytes go: the cache may still ask for it
        this.#text = input.text();
      } catch (err) {
        this.#problem = problemOf(err);
        return { problem: this.#problem };
      } finally {
        this.#input = undefined; // the bytes (14 MB for a large lexicon) are not kept beside the text
      }
    }
    return { text: this.#text };
  }

  readSoFar(): string | undefined {
    return this.#text;
  }

  /** The bytes, read (and checked as text) on the first call; undefined once the file could not be read. */
  #bytes(): TextInput | undefined {
    if (this.#input === undefined && this.#text === undefined && this.#problem === undefined) {
      try {
        this.#input = readTextInput(this.path, LEXICON_LIMIT);
        this.#unchanged = stampOf(this.#input.stats).id === this.opened.id;
      } catch (err) {
        this.#problem = problemOf(err);
      }
    }
    return this.#input;
  }
}

/** Opens each --lexicon file, in the order given; none is read yet. */
export function readLexiconSources(paths: readonly string[]): LexiconSource[] {
  return paths.map((path) => openLexicon(path));
}

function openLexicon(path: string): LexiconSource {
  try {
    const { fd, stats } = openInput(path, LEXICON_LIMIT);
    closeSync(fd);
    return new OpenedLexicon(path, Number(stats.size), stampOf(stats));
  } catch (err) {
    return { path, problem: problemOf(err) };
  }
}

/**
 * Each source read now, a file that cannot be read as text turned into its problem: for --cache, whose
 * key holds every lexicon's text (so the valid ones are known before anything is compiled).
 */
export function readLexiconTexts(sources: readonly LexiconSource[]): LexiconSource[] {
  return sources.map((s) => {
    if ('problem' in s) return s;
    const read = s.read();
    return 'problem' in read ? { path: s.path, problem: read.problem } : s;
  });
}

/** What a worker thread is sent of a valid --lexicon file: its text only if the main thread read it (see WorkerLexicon). */
export function forWorker(source: LexiconText): WorkerLexicon {
  const text = source.readSoFar();
  return text === undefined ? { path: source.path } : { path: source.path, text, size: source.size, digest: source.digest?.() };
}

/** A --lexicon file as a worker thread has it: the text it was sent, or the file opened again. */
export function workerSource(l: WorkerLexicon): LexiconSource {
  if (l.text === undefined) return openLexicon(l.path);
  const { path, text, size, digest } = l;
  return { path, size, read: () => ({ text }), readSoFar: () => text, digest: () => digest };
}
