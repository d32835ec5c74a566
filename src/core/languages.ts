/**
 * The manuscript languages, one table: each editor language id with the file extensions it covers and
 * the prose reader it uses. Language detection from file names and the workspace's file searches are
 * derived from it.
 */
export type ProseLanguage = 'markdown' | 'latex' | 'plaintext';

export const LANGUAGES = Object.freeze([
  { id: 'markdown', prose: 'markdown', extensions: ['md', 'markdown', 'mdx'], aliases: ['mdx'] },
  { id: 'latex', prose: 'latex', extensions: ['tex', 'latex', 'ltx'], aliases: ['tex', 'plaintex', 'context'] },
  { id: 'plaintext', prose: 'plaintext', extensions: ['txt'], aliases: ['text', 'txt'] },
  { id: 'quarto', prose: 'markdown', extensions: ['qmd'], aliases: [] },
  { id: 'rmd', prose: 'markdown', extensions: ['rmd'], aliases: ['rmarkdown'] },
  // Read like their base language but not offered as editor languages of their own.
  { id: 'rnw', prose: 'latex', extensions: ['rnw'], aliases: [] },
] as const satisfies ReadonlyArray<{ id: string; prose: ProseLanguage; extensions: readonly string[]; aliases: readonly string[] }>);

/**
 * The language id Mechlens uses for an editor's id: editors name the same language differently (Neovim
 * says "tex" and "text", Emacs "LaTeX", Sublime "txt"); unknown ids are kept as they are.
 */
export function canonicalLanguage(languageId: string): string {
  const id = languageId.toLowerCase();
  return LANGUAGES.find((l) => l.id === id || (l.aliases as readonly string[]).includes(id))?.id ?? languageId;
}

/** The extensions (lowercase, no dot) of files in the given editor languages. */
export function fileExtensionsOf(languageIds: readonly string[]): string[] {
  return LANGUAGES.filter((l) => languageIds.includes(l.id)).flatMap((l) => l.extensions);
}

/** The table row of a file's extension, if any. */
export function languageOfExtension(extension: string): (typeof LANGUAGES)[number] | undefined {
  const ext = extension.toLowerCase();
  return LANGUAGES.find((l) => (l.extensions as readonly string[]).includes(ext));
}
