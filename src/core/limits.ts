/**
 * The project's size limits, in one table. The command line and the editor read them from here (the
 * editor's default is also declared in package.json, which a test keeps equal to this table).
 */
export const LIMITS = Object.freeze({
  /** Largest manuscript `mechlens check` reads by default, in MB (`--max-size` changes it). */
  manuscriptMaxMb: 20,
  /** Largest user lexicon file, in MB, on the command line and in the editor (`--max-size` does not apply). */
  lexiconMaxMb: 20,
  /** Deepest nesting of arrays and objects in a lexicon file (the schema itself needs 6). */
  lexiconMaxDepth: 64,
  /** Problems listed per lexicon file; the rest are counted in one last line ("… and N more"). */
  lexiconMaxIssues: 100,
  /** Largest file the editor checks by default, in KB (`mechlens.maxFileSizeKB`). */
  editorMaxFileKb: 5000,
  /** The command line writes its reports in pieces of about this many characters. */
  outputChunkChars: 65536,
  /**
   * Longest sentence read for claims, in characters other than blanks (the review's longest has about
   * 700). Longer runs without a full stop (a pasted table, a reference list) get a notice instead.
   */
  sentenceMaxChars: 3000,
  /** Terms of one sentence read for claims (the review's densest sentence names 49); a notice says when more were left out. */
  sentenceMaxTerms: 64,
});

/** Bytes in a megabyte, as the limits count them. */
export const MEGABYTE = 1048576;

/** "20", "1.5": a limit in MB as the messages print it. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / MEGABYTE;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}
