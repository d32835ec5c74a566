#!/usr/bin/env node
// Runs the TypeScript benchmark through tsx (a devDependency); see scripts/bench.ts.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bench.ts')], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
