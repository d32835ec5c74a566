#!/usr/bin/env node
// Runs the TypeScript benchmarks through tsx (a devDependency): scripts/bench.ts (the 100,000-word
// manuscript), scripts/bench-dense.ts (the entity-dense manuscript and a one-sentence file), then
// scripts/bench-scale.ts (a 50,000-entity user lexicon on a 10,000-word manuscript), then
// scripts/bench-workspace.ts (the language server's Check Workspace over 20 manuscripts, with and without worker threads).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const script of ['bench.ts', 'bench-dense.ts', 'bench-scale.ts', 'bench-workspace.ts']) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', script)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
