/**
 * Users' own lexicons on top of the review (`.mechlens/lexicon.json`, files named in `mechlens.lexicons`),
 * compiled in order, each on top of the ones before. A broken file is reported at the offending line and
 * skipped; the bundled lexicon keeps working. Which files may be read is the host's decision (workspace
 * trust, folders); this only compiles what it was given.
 */
import type { CompiledLexicon } from '../core';
import type { CoreModule } from './engine';
import { DiagnosticSeverity, type Diagnostic } from './lsp';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { compileKept, type LexiconSlot } from './keptLexicons';

export interface LexiconText {
  uri: string;
  /** How messages name the file (a workspace-relative path). */
  display: string;
  text: string;
}

export interface CompiledUserLexicons {
  extra: CompiledLexicon | undefined;
  /** Problems by file URI (every file given appears, with [] when it is fine, so old problems are cleared). */
  problems: Map<string, Diagnostic[]>;
  /** One line per file, for the host's log. */
  log: string[];
}

const AT_TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A file the host could not or would not read, as the problem shown on it. */
export function skippedLexicon(reason: string): Diagnostic {
  return { range: AT_TOP, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message: `Mechlens lexicon skipped: ${reason}` };
}

/**
 * Where a host keeps the compiled forms of large user lexicons between runs (the Node server: the
 * compiled-lexicon cache in the user's cache directory); the web worker has none.
 */
export interface UserLexiconStore {
  /** The slot of `file` compiled onto the bundled lexicon and the files `before` it; undefined when it is not kept. */
  slot(file: LexiconText, before: readonly LexiconText[]): LexiconSlot | undefined;
}

export function compileUserLexicons(core: CoreModule, files: readonly LexiconText[], store?: UserLexiconStore): CompiledUserLexicons {
  let extra: CompiledLexicon | undefined;
  const problems = new Map<string, Diagnostic[]>();
  const log: string[] = [];
  const applied: LexiconText[] = [];
  for (const file of files) {
    const base = extra ? core.mergeLexicons(core.bundledLexicon, extra) : core.bundledLexicon;
    const compiled = compileKept(core, { file: file.display, read: () => ({ text: file.text }) }, base, { forIndex: true, slot: store?.slot(file, applied) });
    if ('problem' in compiled) continue; // (a text given is always readable)
    if ('issues' in compiled) {
      problems.set(file.uri, compiled.issues.map((i) => ({
        range: { start: { line: i.line, character: i.character }, end: { line: i.line, character: i.character + 1 } },
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        message: `${i.path || '/'}: ${i.message} (this lexicon is skipped; the review's lexicon keeps working)`,
      })));
      for (const i of compiled.issues) log.push(core.formatIssue(i));
      continue;
    }
    problems.set(file.uri, []);
    const { lexicon, fromStore } = compiled;
    extra = extra ? core.mergeLexicons(extra, lexicon) : lexicon;
    applied.push(file);
    log.push(`${file.display}: ${lexicon.entities.length} entities, ${lexicon.interactions.length} interactions added${fromStore ? ' (its compiled form read from the cache)' : ''}`);
  }
  return { extra, problems, log };
}
