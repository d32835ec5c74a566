/** Where Mechlens works: manuscripts (Markdown, LaTeX, plain text, Quarto, R Markdown) and its own entry documents. */
import type * as vscode from 'vscode';

export const MANUSCRIPT_LANGUAGES = ['markdown', 'latex', 'plaintext', 'quarto', 'rmd'] as const;
export const ENTRY_SCHEME = 'mechlens';

const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'];

export function manuscriptSelector(languages: readonly string[] = MANUSCRIPT_LANGUAGES): vscode.DocumentFilter[] {
  return languages.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));
}

/** Manuscripts plus the read-only lexicon entries (so definitions and hovers continue inside entries). */
export function allSelector(languages: readonly string[] = MANUSCRIPT_LANGUAGES): vscode.DocumentFilter[] {
  return [...manuscriptSelector(languages), { scheme: ENTRY_SCHEME }];
}

export function isManuscript(document: vscode.TextDocument, languages: readonly string[] = MANUSCRIPT_LANGUAGES): boolean {
  return languages.includes(document.languageId) && SCHEMES.includes(document.uri.scheme);
}
