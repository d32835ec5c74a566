/** Applies the edits a workspace edit makes to one URI to a text (from the end, as clients apply them). */
import type { TextEdit, WorkspaceEdit } from '../../src/service/lsp';

export function applyEdits(text: string, edit: WorkspaceEdit | undefined, uri: string): string {
  const edits: TextEdit[] = [...(edit?.changes?.[uri] ?? [])];
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  edits.sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of edits) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
