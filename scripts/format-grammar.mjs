#!/usr/bin/env node
// Rewrites src/core/claims/grammar.json in its house style: one table per key, words wrapped at 110 columns.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core', 'claims', 'grammar.json');

function wrap(items, indent) {
  const lines = [];
  let line = '';
  for (const item of items) {
    if (line && line.length + item.length + 2 > 110 - indent.length) { lines.push(line); line = ''; }
    line += (line ? ' ' : '') + item;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

export function formatGrammar(data) {
  const parts = [];
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string') { parts.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}`); continue; }
    const words = Array.isArray(value.words)
      ? `[\n${wrap(value.words.map((w, i, a) => JSON.stringify(w) + (i < a.length - 1 ? ',' : '')), '      ')}\n    ]`
      : `{\n${wrap(Object.entries(value.words).map(([k, v], i, a) => `${JSON.stringify(k)}: ${JSON.stringify(v)}${i < a.length - 1 ? ',' : ''}`), '      ')}\n    }`;
    parts.push(`  ${JSON.stringify(key)}: {\n    "why": ${JSON.stringify(value.why)},\n    "words": ${words}\n  }`);
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const text = formatGrammar(data);
  JSON.parse(text); // never write what would not parse
  writeFileSync(file, text);
}
