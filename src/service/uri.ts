/** URIs as plain parts (scheme, authority, path), without a URI library: the server only joins and compares them. */
import type { FolderLocation } from '../core/lexicon/location';

export function parseUri(uri: string): FolderLocation {
  const m = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)/.exec(uri);
  if (!m) return { scheme: 'file', authority: '', path: uri };
  return { scheme: m[1], authority: m[2] ?? '', path: decodeURIComponent(m[3] || '/') };
}

export function formatUri(l: FolderLocation): string {
  const path = l.path.split('/').map((s) => encodeURIComponent(s).replace(/%3A/g, ':')).join('/');
  return `${l.scheme}://${l.authority}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The path of `uri` relative to the folder containing it, or the URI's last segment. */
export function relativeTo(folders: readonly string[], uri: string): string {
  const path = parseUri(uri).path;
  for (const f of folders) {
    const root = parseUri(f).path.replace(/\/+$/, '');
    if (path.startsWith(`${root}/`)) return path.slice(root.length + 1);
  }
  return path.slice(path.lastIndexOf('/') + 1);
}
