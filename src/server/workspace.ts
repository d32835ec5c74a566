/**
 * The manuscripts of the workspace, for Check Workspace and Find All References: the files of the
 * enabled languages (excludes applied), each read as open (its editor text) or from disk.
 */
import { fileExtensionsOf } from '../core/languages';
import type { MechlensService, MechlensSettings } from '../service';
import type { FileAccess } from './files';

export const FILES_LIMIT = 10_000;

export interface Manuscript {
  uri: string;
  text: string;
  languageId: string;
  /** Open in the editor (its text may differ from the disk's). */
  open: boolean;
}

export async function manuscriptUris(files: FileAccess, folders: readonly string[], settings: MechlensSettings): Promise<string[]> {
  const extensions = fileExtensionsOf(settings.enabledLanguages);
  if (extensions.length === 0 || folders.length === 0) return [];
  return files.find(folders, extensions, settings.exclude, FILES_LIMIT);
}

/** The manuscripts of the workspace, the server's own entry files left out (they may live in a workspace's cache folder). */
export async function workspaceManuscripts(service: MechlensService, files: FileAccess, folders: readonly string[], settings: MechlensSettings): Promise<string[]> {
  return (await manuscriptUris(files, folders, settings)).filter((uri) => service.links.entryOf(uri) === undefined);
}

/** A manuscript's text: the open document's, or the file's; a reason when it was skipped. */
export async function readManuscript(service: MechlensService, files: FileAccess, uri: string, settings: MechlensSettings, languageOf: (uri: string) => string): Promise<Manuscript | { uri: string; skipped: string }> {
  const open = service.document(uri);
  if (open) return { uri, text: open.getText(), languageId: open.languageId, open: true };
  const read = await files.read(uri, settings.maxFileSizeKB * 1024);
  if ('error' in read) return { uri, skipped: read.error };
  return { uri, text: read.text, languageId: languageOf(uri), open: false };
}
