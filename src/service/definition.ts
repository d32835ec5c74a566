/**
 * Go to definition: from a term to its lexicon entry; inside an entry, from a mechanism line to the
 * mechanism, so a reader walks a pathway step by step.
 */
import type { AnalysisResult, Position } from '../core';
import type { Engine } from './engine';
import type { EntryLinks } from './links';
import { mechanismOnLine, mentionAt } from './lookup';
import type { Location } from './lsp';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** `lineText` is the text of the cursor's line, read for mechanism names only in entry documents. */
export function definitionAt(engine: Engine, links: EntryLinks, result: AnalysisResult, position: Position, inEntry: boolean, lineText: string): Location | null {
  const mechanism = inEntry ? mechanismOnLine(engine, lineText) : undefined;
  if (mechanism) return { uri: links.uriOf({ kind: 'mechanism', id: mechanism }), range: TOP };
  const mention = mentionAt(result, position);
  return mention ? { uri: links.uriOf({ kind: 'entity', id: mention.id }), range: TOP } : null;
}

export { TOP as ENTRY_TOP };
