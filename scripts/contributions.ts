/**
 * Build step: what the extension contributes statically, generated from the compiled lexicon —
 * mechanism snippets (snippets/*.json) and the highlighting grammar (syntaxes/). Never edit the outputs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, formatRefs, mechanismSnippet, type CitationStyle, type CompiledLexicon } from '../src/core';

type Style = CitationStyle;

export function generateSnippets(lexicon: CompiledLexicon, style: Style): Record<string, { prefix: string[]; body: string; description: string }> {
  const index = buildIndex(lexicon);
  const out: Record<string, { prefix: string[]; body: string; description: string }> = {};
  for (const m of lexicon.mechanisms) {
    out[`Mechlens: ${m.label}`] = {
      prefix: [`mech-${m.id}`, `mechanism ${m.label}`],
      body: mechanismSnippet(index, m, style),
      description: `${m.label} ${formatRefs(m.refs)} — inserts the mechanism as a sentence (Mechlens).`,
    };
  }
  return out;
}

/** TextMate scopes per entity type: standard scope roots so every theme colours them. */
/**
 * In the order TextMate tries them: where two terms start at the same place the first pattern wins, so
 * kinds whose names contain other terms come first (RANKL/RANK before RANKL, osteoclast differentiation
 * before osteoclast).
 */
const SCOPES: ReadonlyArray<{ types: string[]; scope: string }> = [
  { types: ['pathway'], scope: 'entity.name.function.pathway.mechlens' },
  { types: ['process'], scope: 'keyword.other.process.mechlens' },
  { types: ['treatment', 'condition', 'biomaterial', 'disease'], scope: 'string.other.context.mechlens' },
  { types: ['receptor', 'ligand'], scope: 'support.type.receptor.mechlens' },
  { types: ['cytokine', 'chemokine', 'growth-factor'], scope: 'support.function.cytokine.mechlens' },
  { types: ['signalling-molecule', 'transcription-factor', 'protein', 'small-molecule', 'component', 'mirna'], scope: 'variable.other.constant.molecule.mechlens' },
  { types: ['cell'], scope: 'entity.name.type.cell.mechlens' },
];

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One spelling as an Oniguruma pattern: any dash or space between parts may vary or be absent. */
function spellingPattern(spelling: string): string {
  return spelling
    .split(/[\s\u002D\u2010-\u2015\u2212]+/)
    .map(escapeRegex)
    .join('[\\s\\u002D\\u2010-\\u2015\\u2212]?');
}

export function generateGrammar(lexicon: CompiledLexicon): Record<string, unknown> {
  const patterns: Array<Record<string, unknown>> = [];
  for (const { types, scope } of SCOPES) {
    const spellings = new Set<string>();
    for (const e of lexicon.entities) if (types.includes(e.type)) for (const s of e.synonyms) if (s.length >= 2) spellings.add(s);
    const sorted = [...spellings].sort((a, b) => b.length - a.length || a.localeCompare(b));
    // Case is kept for symbols (NO, OPG, NFATc1) and folded for words, as the checker does.
    const symbols = sorted.filter((s) => /\p{Lu}/u.test(s.slice(1).replace(/[α-ωΑ-Ωϕ]/gu, '')));
    const words = sorted.filter((s) => !symbols.includes(s));
    const plural = types.includes('cell') ? 's?' : '';
    if (symbols.length) patterns.push({ name: scope, match: `(?<![\\w\\-])(?:${symbols.map(spellingPattern).join('|')})${plural}(?![\\w])` });
    if (words.length) patterns.push({ name: scope, match: `(?i)(?<![\\w\\-])(?:${words.map(spellingPattern).join('|')})${plural}(?![\\w])` });
  }
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Mechlens lexicon terms',
    comment: 'Generated from lexicon/ by scripts/contributions.ts; do not edit.',
    scopeName: 'mechlens.terms.injection',
    injectionSelector: 'L:text.html.markdown -markup.fenced_code -markup.inline.raw -comment, L:text.tex.latex -comment -string.other.math -meta.math, L:text.plain',
    patterns,
  };
}

export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function main(root: string, lexicon: CompiledLexicon): void {
  mkdirSync(join(root, 'snippets'), { recursive: true });
  mkdirSync(join(root, 'syntaxes'), { recursive: true });
  for (const style of ['markdown', 'latex', 'plaintext'] as const) writeFileSync(join(root, 'snippets', `${style}.json`), serialize(generateSnippets(lexicon, style)));
  writeFileSync(join(root, 'syntaxes', 'mechlens.injection.tmLanguage.json'), serialize(generateGrammar(lexicon)));
}
