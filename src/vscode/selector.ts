/** Where Mechlens works in VS Code: manuscripts in the enabled languages, and its own entry documents. */
import type * as vscode from 'vscode';
import { ENTRY_SCHEME, MANUSCRIPT_LANGUAGES } from '../service';

const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'];

/** Document filters in the shape both VS Code and the language client take. */
export type Filter = { language?: string; scheme: string; pattern?: string };

export function manuscriptSelector(languages: readonly string[] = MANUSCRIPT_LANGUAGES): Filter[] {
  return languages.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));
}

/**
 * Manuscripts plus the read-only lexicon entries (so definitions and hovers continue inside entries),
 * plus .bib files, which the server reads as bibliographies (their editor text, unsaved edits included).
 */
export function allSelector(languages: readonly string[] = MANUSCRIPT_LANGUAGES): Filter[] {
  return [...manuscriptSelector(languages), { scheme: ENTRY_SCHEME }, ...SCHEMES.map((scheme) => ({ scheme, pattern: '**/*.bib' }))];
}

export function isManuscript(document: vscode.TextDocument, languages: readonly string[] = MANUSCRIPT_LANGUAGES): boolean {
  return languages.includes(document.languageId) && SCHEMES.includes(document.uri.scheme);
}

export { ENTRY_SCHEME };
