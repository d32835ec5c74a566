/**
 * Where definitions, diagnostics and workspace symbols point to a lexicon entry. VS Code shows entries as
 * read-only `mechlens:` documents it asks the service for; editors without such documents get files
 * (the Node server writes them into the user's cache directory). The service only needs these URIs.
 */
export const ENTRY_KINDS = ['entity', 'mechanism', 'interaction'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** An entry named by a URI: one entity, mechanism or interaction, or the whole lexicon's index. */
export type EntryRef = { kind: EntryKind; id: string } | { kind: 'lexicon' };

export interface EntryLinks {
  /** The URI of an entry's document. */
  uriOf(entry: EntryRef): string;
  /** The entry a URI names, if it is one of ours. */
  entryOf(uri: string): EntryRef | undefined;
  /** The lexicon changed: entries written out before must be written again. */
  reset?(): void;
}

/** The scheme of VS Code's virtual entry documents. */
export const ENTRY_SCHEME = 'mechlens';

/** Entry paths inside any root: `/entity/<id>.md`, `/mechanism/<id>.md`, `/interaction/<id>.md`, `/lexicon.md`. */
export function entryPath(entry: EntryRef): string {
  return entry.kind === 'lexicon' ? '/lexicon.md' : `/${entry.kind}/${encodeURIComponent(entry.id)}.md`;
}

const ENTRY_PATH = /\/(entity|mechanism|interaction)\/([^/]+)\.md$/;

/** The entry at the end of a path, as `entryPath` writes it. */
export function entryOfPath(path: string): EntryRef | undefined {
  const m = ENTRY_PATH.exec(path);
  if (m) {
    try {
      return { kind: m[1] as EntryKind, id: decodeURIComponent(m[2]) };
    } catch {
      return undefined;
    }
  }
  return path.endsWith('/lexicon.md') ? { kind: 'lexicon' } : undefined;
}

/** `mechlens:/entity/il-4.md`: the links VS Code's entry documents use. */
export function schemeLinks(scheme: string = ENTRY_SCHEME): EntryLinks {
  const prefix = `${scheme}:`;
  return {
    uriOf: (entry) => `${prefix}${entryPath(entry)}`,
    entryOf: (uri) => (uri.startsWith(prefix) ? entryOfPath(uri.slice(prefix.length).split(/[?#]/)[0]) : undefined),
  };
}

/** Links into a folder of generated entry files (`file:///…/entries/entity/il-4.md`). */
export function folderLinks(folderUri: string, onUse: (entry: EntryRef, uri: string) => void, reset?: () => void): EntryLinks {
  const root = folderUri.replace(/\/+$/, '');
  return {
    uriOf: (entry) => {
      const uri = `${root}${entryPath(entry)}`;
      onUse(entry, uri);
      return uri;
    },
    entryOf: (uri) => (uri.startsWith(`${root}/`) ? entryOfPath(uri.slice(root.length)) : undefined),
    ...(reset ? { reset } : {}),
  };
}
