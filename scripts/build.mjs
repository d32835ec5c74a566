#!/usr/bin/env node
// Builds everything from source: the compiled lexicon (from lexicon/), then the bundles.
// `--check-lexicon` only validates the lexicon.
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const checkOnly = process.argv.includes('--check-lexicon');
const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

mkdirSync(join(root, 'dist', 'tools'), { recursive: true });
mkdirSync(join(root, 'generated'), { recursive: true });

// 1. Compile the lexicon with the core's own validator.
await build({
  entryPoints: [join(root, 'scripts', 'compile-lexicon.ts')],
  outfile: join(root, 'dist', 'tools', 'compile-lexicon.cjs'),
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', mainFields: ['module', 'main'],
});
const require = createRequire(import.meta.url);
const tool = require(join(root, 'dist', 'tools', 'compile-lexicon.cjs'));
const status = tool.main(root, checkOnly);
if (status !== 0 || checkOnly) process.exit(status);

// 2. The command-line checker.
await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  outfile: join(root, 'dist', 'cli.js'),
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', mainFields: ['module', 'main'],
  minify: production, sourcemap: !production,
  define: { MECHLENS_VERSION: JSON.stringify(version) },
});
