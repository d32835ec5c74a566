/**
 * Build step: validates lexicon/*.json and writes the compiled lexicon the bundles carry.
 * Run through scripts/build.mjs (which bundles this file with esbuild first).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileLexicon, formatIssue, type CompiledLexicon } from '../src/core';
import { main as writeContributions } from './contributions';

/** The lexicon source files, in a stable order (schema excluded). */
export function lexiconSources(root: string): Array<{ file: string; text: string }> {
  const dir = join(root, 'lexicon');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => ({ file: relative(root, join(dir, f)).split('\\').join('/'), text: readFileSync(join(dir, f), 'utf8') }));
}

export function buildLexicon(root: string): { lexicon: CompiledLexicon; problems: string[] } {
  const { lexicon, issues } = compileLexicon(lexiconSources(root), { checkRefsAgainstReferences: true });
  return { lexicon, problems: issues.map(formatIssue) };
}

export function serializeLexicon(lexicon: CompiledLexicon): string {
  return `${JSON.stringify(lexicon)}\n`;
}

export function main(root: string, checkOnly: boolean): number {
  const { lexicon, problems } = buildLexicon(root);
  for (const p of problems) process.stderr.write(`${p}\n`);
  if (problems.length > 0) {
    process.stderr.write(`lexicon: ${problems.length} problem(s); nothing written\n`);
    return 1;
  }
  if (!checkOnly) {
    writeFileSync(join(root, 'generated', 'lexicon.json'), serializeLexicon(lexicon));
    writeContributions(root, lexicon);
  }
  process.stdout.write(`lexicon: ${lexicon.entities.length} entities, ${lexicon.interactions.length} interactions, ${lexicon.mechanisms.length} mechanisms\n`);
  return 0;
}
