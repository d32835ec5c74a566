#!/usr/bin/env node
// Rewrites lexicon files in the house style (2-space JSON, number arrays on one line) so that
// scripted edits produce small diffs. Usage: node scripts/format-lexicon.mjs [FILE...] (default: lexicon/*.json)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function formatLexiconJson(value, indent = '') {
  const next = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v === 'number')) return `[${value.join(', ')}]`;
    return `[\n${value.map((v) => next + formatLexiconJson(v, next)).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${next}${JSON.stringify(k)}: ${formatLexiconJson(v, next)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

const runDirectly = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
const files = !runDirectly ? [] : process.argv.slice(2).length > 0
  ? process.argv.slice(2)
  : readdirSync('lexicon').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).map((f) => join('lexicon', f));
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const out = `${formatLexiconJson(JSON.parse(text))}\n`;
  if (out !== text) writeFileSync(f, out);
}
