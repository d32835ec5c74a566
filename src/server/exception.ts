/**
 * "Add an exception to the workspace lexicon" for editors other than VS Code: the server writes the entry
 * into the `.mechlens/lexicon.json` of the folder holding the manuscript, then reloads the user lexicons.
 */
import { exceptionInteraction, isExceptionClaim, WORKSPACE_LEXICON, withException } from '../service/exceptions';
import type { FileAccess } from './files';
import { formatUri, parseUri, relativeTo } from './uri';

/** The workspace folder holding `uri` (the deepest one), if any. */
function folderOf(folders: readonly string[], uri: string): string | undefined {
  const path = parseUri(uri).path;
  return folders
    .filter((f) => path.startsWith(`${parseUri(f).path.replace(/\/+$/, '')}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/** Adds the exception; resolves to the message for the user. */
export async function addException(files: FileAccess, folders: readonly string[], args: readonly unknown[]): Promise<string> {
  const [uri, claim] = args;
  if (typeof uri !== 'string' || !isExceptionClaim(claim)) return 'Mechlens: the exception command needs a document and a claim.';
  const folder = folderOf(folders, uri);
  if (!folder || !files.write) return 'Mechlens: exceptions are kept in a workspace folder’s .mechlens/lexicon.json; open the file inside a workspace folder.';
  const root = parseUri(folder);
  const target = formatUri({ ...root, path: `${root.path.replace(/\/+$/, '')}/${WORKSPACE_LEXICON}` });
  const read = await files.read(target, Number.MAX_SAFE_INTEGER);
  const current = 'text' in read ? read.text : /no such file/.test(read.error) ? undefined : null;
  if (current === null) return `Mechlens could not add the exception: cannot read ${WORKSPACE_LEXICON} (${'error' in read ? read.error : ''}).`;
  try {
    await files.write(target, withException(current, exceptionInteraction(claim, relativeTo(folders, uri))));
  } catch (err) {
    return `Mechlens could not add the exception: ${err instanceof Error ? err.message : String(err)}`;
  }
  return `Mechlens: exception added to ${WORKSPACE_LEXICON}.`;
}
