/**
 * Term highlighting as semantic tokens, so editors without TextMate injection (Neovim, Helix, Zed…)
 * colour lexicon terms too. One table maps each entity type to a standard token type every theme
 * styles; the legend is derived from it.
 */
import type { AnalysisResult } from '../core';
import type { EntityType } from '../core/lexicon/types';
import type { Engine } from './engine';
import type { Range, SemanticTokensLegend } from './lsp';

const TOKEN_OF_TYPE: Readonly<Record<EntityType, string>> = {
  cell: 'class', cytokine: 'variable', chemokine: 'variable', 'growth-factor': 'variable', receptor: 'interface',
  ligand: 'variable', 'signalling-molecule': 'variable', 'transcription-factor': 'function', protein: 'variable',
  'small-molecule': 'variable', component: 'property', mirna: 'variable', pathway: 'namespace', process: 'event',
  treatment: 'macro', condition: 'enumMember', biomaterial: 'struct', disease: 'type',
};

const TOKEN_TYPES = [...new Set(Object.values(TOKEN_OF_TYPE))];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: TOKEN_TYPES, tokenModifiers: [] };

/** Does the mention start inside the range (an editor asking for the lines it shows)? */
function startsIn(range: Range, start: { line: number; character: number }): boolean {
  const afterStart = start.line > range.start.line || (start.line === range.start.line && start.character >= range.start.character);
  const beforeEnd = start.line < range.end.line || (start.line === range.end.line && start.character < range.end.character);
  return afterStart && beforeEnd;
}

/**
 * The token numbers of the mentions, on one line each (a term broken over lines is left out: tokens may
 * not span lines); only those starting in `range` when one is given.
 */
export function semanticTokenData(engine: Engine, result: AnalysisResult, range?: Range): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  const mentions = result.mentions
    .filter((m) => m.range.start.line === m.range.end.line && (range === undefined || startsIn(range, m.range.start)))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  let lastEnd = { line: -1, character: 0 };
  for (const m of mentions) {
    const { start, end } = m.range;
    if (start.line === lastEnd.line && start.character < lastEnd.character) continue; // overlapping mentions: the first wins
    const type = engine.index.entities.get(m.id)?.type;
    const token = type ? TOKEN_TYPES.indexOf(TOKEN_OF_TYPE[type]) : -1;
    if (token < 0) continue;
    data.push(start.line - line, start.line === line ? start.character - character : start.character, end.character - start.character, token, 0);
    line = start.line;
    character = start.character;
    lastEnd = end;
  }
  return data;
}
