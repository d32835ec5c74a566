/**
 * Where the editor may read a user lexicon from: files inside the workspace folders, nothing else. A
 * repository's .vscode/settings.json could otherwise name any local file in `mechlens.lexicons` and
 * have parts of it shown in Problems. Pure (URIs as scheme, authority and decoded path, the parts of a
 * vscode.Uri), so it works alike on the desktop and the web, and is unit-tested.
 */

/** A location as the parts of a vscode.Uri: scheme, authority and (decoded) path. */
export interface FolderLocation {
  readonly scheme: string;
  readonly authority: string;
  readonly path: string;
}

export type LexiconPath = { ok: true; location: FolderLocation } | { ok: false; reason: string };

/** A URI's scheme has two characters at least: "C:" is a Windows drive. */
const URI = /^([a-zA-Z][a-zA-Z0-9+.-]+):(?:\/\/([^/?#]*))?([^?#]*)/;
const DRIVE = /^[a-zA-Z]:([\\/]|$)/;

/**
 * "." and ".." resolved, "\" taken as a separator too (so "..\..\x" cannot climb out on Windows), no
 * empty segments. Undefined when ".." climbs above the root.
 */
export function normalizePath(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split(/[\\/]/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
      continue;
    }
    out.push(part);
  }
  return `/${out.join('/')}`;
}

/** A path as compared: Windows drive letters without case ("/C:/x" is "/c:/x"). */
function comparable(path: string): string {
  return /^\/[a-zA-Z]:/.test(path) ? `/${path[1].toLowerCase()}${path.slice(2)}` : path;
}

/** The folder holding a location (the folder itself included), if any. */
function containing(location: FolderLocation, folders: readonly FolderLocation[]): FolderLocation | undefined {
  const path = comparable(location.path);
  return folders.find((f) => {
    if (f.scheme.toLowerCase() !== location.scheme.toLowerCase() || f.authority.toLowerCase() !== location.authority.toLowerCase()) return false;
    const root = comparable(normalizePath(f.path) ?? f.path);
    return path === root || path.startsWith(root === '/' ? '/' : `${root}/`);
  });
}

/**
 * Resolves one entry of `mechlens.lexicons` (a path relative to `base`, an absolute path, a Windows
 * drive path or a URI) and accepts it only inside one of `folders` — or anywhere when `folders` is
 * undefined (the user's own settings name the user's own files).
 */
export function resolveLexiconPath(setting: string, base: FolderLocation, folders: readonly FolderLocation[] | undefined): LexiconPath {
  if (setting.trim() === '') return { ok: false, reason: 'empty path' };
  let scheme = base.scheme;
  let authority = base.authority;
  let raw: string;
  const uri = DRIVE.test(setting) ? null : URI.exec(setting);
  if (uri) {
    scheme = uri[1];
    authority = uri[2] ?? '';
    try {
      raw = decodeURIComponent(uri[3]);
    } catch {
      return { ok: false, reason: 'not a valid URI' };
    }
  } else if (DRIVE.test(setting)) {
    raw = `/${setting}`;
  } else if (setting.startsWith('/') || setting.startsWith('\\')) {
    raw = setting;
  } else {
    raw = `${base.path}/${setting}`;
  }
  const path = normalizePath(raw);
  if (path === undefined) return { ok: false, reason: 'outside the workspace folders' };
  const candidate = { scheme, authority, path };
  if (folders === undefined) return { ok: true, location: candidate };
  const folder = containing(candidate, folders);
  if (!folder) return { ok: false, reason: 'outside the workspace folders' };
  // Spelled as the folder spells itself (its drive letter's case, its scheme's).
  const root = normalizePath(folder.path) ?? folder.path;
  return { ok: true, location: { scheme: folder.scheme, authority: folder.authority, path: root === '/' ? path : `${root}${path.slice(root.length)}` } };
}

/** What `WorkspaceConfiguration.inspect` reports for a setting. */
export interface SettingValues {
  defaultValue?: unknown;
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/** The lexicon paths a folder's settings name, and whose settings named them. */
export interface LexiconSetting {
  paths: string[];
  /**
   * True when the paths come from the user's own settings, not the workspace's: the user may name
   * any file of theirs; a repository's settings may name only files inside the workspace.
   */
  fromUser: boolean;
}

/**
 * The lexicon paths to read: in a trusted workspace the effective value (folder over workspace over
 * user over default); in an untrusted one the workspace's own values are ignored, only the user's
 * settings count. Anything but a list of strings counts as no paths.
 */
export function lexiconSetting(values: SettingValues, trusted: boolean): LexiconSetting {
  const workspace = trusted ? [values.workspaceFolderValue, values.workspaceValue] : [];
  const fromWorkspace = workspace.find((v) => v !== undefined);
  const value = fromWorkspace ?? values.globalValue ?? values.defaultValue;
  const paths = Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
  return { paths, fromUser: fromWorkspace === undefined };
}
