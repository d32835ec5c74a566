/**
 * The bibliographies the server reads for the open manuscripts: the files each document names and those
 * of `mechlens.bibliography`, through the host's file access, confined to the workspace folders as user
 * lexicons are (a repository's document or settings must not make the server show parts of another
 * file). A bibliography open in the editor is read from its editor text. Problems in a .bib are shown on
 * the .bib and logged in one line each; they never stop the rest.
 */
import type { Connection } from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { resolveLexiconPath } from '../core/lexicon/location';
import { LIMITS, MEGABYTE } from '../core/limits';
import { DIAGNOSTIC_SOURCE, type MechlensService, type MechlensSettings } from '../service';
import type { BibFile } from '../service/bibliography/types';
import { DiagnosticSeverity, type Diagnostic } from '../service/lsp';
import type { FileAccess } from './files';
import { formatUri, parseUri, relativeTo } from './uri';

/** Whether a document is a bibliography rather than a manuscript. */
export const isBibliographyUri = (uri: string): boolean => /\.(bib|bibtex)$/i.test(uri.split(/[?#]/)[0]);

export function bibliographyProblems(file: BibFile): Diagnostic[] {
  return file.problems.map((p) => ({
    range: { start: { line: p.line, character: 0 }, end: { line: p.line, character: 1 } },
    severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE,
    message: `${p.message} (this entry is skipped; the rest of ${file.display} is read)`,
  }));
}

export interface BibliographyReader {
  /** Reads what a manuscript's text names, and the settings' files, that are not read yet. */
  forDocument(uri: string, text: string, languageId: string): Promise<void>;
  /** A bibliography opened in the editor: its editor text counts from now on. */
  opened(uri: string, version: number, text: string): void;
  edited(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): void;
  /** A bibliography closed in the editor: its file on disk counts again. */
  closed(uri: string): Promise<void>;
  /** Reads a known bibliography again (changed on disk); true if it is one. */
  reread(uri: string): Promise<boolean>;
  /** The settings' files changed (or the folders did). */
  settingsChanged(settings: MechlensSettings): Promise<void>;
}

export function createBibliographyReader(connection: Connection, service: () => MechlensService, files: () => FileAccess, folders: () => readonly string[], changed: () => void): BibliographyReader {
  const logged = new Set<string>();
  const log = (line: string): void => {
    if (logged.has(line)) return;
    logged.add(line);
    connection.console.info(line);
  };
  const open = new Map<string, TextDocument>();

  const keep = (uri: string, text: string): void => {
    const before = service().bibliographyStamp();
    const file = service().setBibliography(uri, relativeTo([...folders()], uri), text);
    if (service().bibliographyStamp() === before) return;
    void connection.sendDiagnostics({ uri, diagnostics: bibliographyProblems(file) });
    for (const p of file.problems) log(`${file.display}:${p.line + 1}: ${p.message} (entry skipped)`);
    changed();
  };

  const read = async (uri: string): Promise<void> => {
    const locations = folders().map(parseUri);
    const inside = locations.length > 0 && resolveLexiconPath(uri, locations[0], locations).ok;
    if (!inside) return log(`Bibliography ${uri} not read: outside the workspace folders`);
    const got = await files().read(uri, LIMITS.lexiconMaxMb * MEGABYTE, { within: folders() });
    if ('error' in got) return log(`Bibliography ${relativeTo([...folders()], uri)} not read: ${got.error}`);
    keep(uri, got.text);
  };

  return {
    async forDocument(uri, text, languageId) {
      for (const wanted of service().wantedBibliographies(uri, text, languageId)) {
        if (!service().bibliography(wanted) && !open.has(wanted)) await read(wanted);
      }
    },
    opened(uri, version, text) {
      open.set(uri, TextDocument.create(uri, 'bibtex', version, text));
      keep(uri, text);
    },
    edited(uri, version, changes) {
      const before = open.get(uri);
      if (!before) return;
      const after = TextDocument.update(before, [...changes], version);
      open.set(uri, after);
      keep(uri, after.getText());
    },
    async closed(uri) {
      if (!open.delete(uri)) return;
      await read(uri);
    },
    async reread(uri) {
      if (!service().bibliography(uri) || open.has(uri)) return false;
      await read(uri);
      return true;
    },
    async settingsChanged(settings) {
      const locations = folders().map(parseUri);
      const uris: string[] = [];
      for (const folder of locations) {
        for (const p of settings.bibliography) {
          const resolved = resolveLexiconPath(p, folder, locations);
          if (resolved.ok) uris.push(formatUri(resolved.location));
          else log(`mechlens.bibliography: ${JSON.stringify(p)} not read: ${resolved.reason} (only files inside the workspace folders are read)`);
        }
      }
      service().setDefaultBibliographies([...new Set(uris)]);
      for (const uri of uris) if (!service().bibliography(uri) && !open.has(uri)) await read(uri);
      changed();
    },
  };
}

