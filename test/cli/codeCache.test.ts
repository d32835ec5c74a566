/**
 * dist/cli-analysis.js is required through a V8 code cache (src/cli/codeCache.ts). A cache is only a
 * shortcut: a module loads the same with a cache V8 takes, one it rejects, and none.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeCacheOf, compileBundle, requireWithCodeCache } from '../../src/cli/codeCache';

describe('the code cache of the analysis bundle', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mechlens-code-cache-'));
    file = join(dir, 'bundle.js');
    writeFileSync(file, "'use strict';\nconst { join } = require('node:path');\nexports.answer = () => join('a', String(6 * 7));\nexports.self = __filename;\n");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const load = (): { answer(): string; self: string } => requireWithCodeCache(file) as { answer(): string; self: string };

  it('loads a bundle as require does, with no cache beside it', () => {
    assert.equal(load().answer(), join('a', '42'));
    assert.equal(load().self, file);
  });

  it('loads it from a cache V8 takes', () => {
    const script = compileBundle(file);
    writeFileSync(codeCacheOf(file), script.createCachedData());
    assert.equal(compileBundle(file, script.createCachedData()).cachedDataRejected, false);
    assert.equal(load().answer(), join('a', '42'));
  });

  it('the built bundle and its data are ASCII only, so reading them as latin1 gives the text as written', () => {
    // The build escapes non-ASCII characters (scripts/build.mjs); read as latin1, one Greek letter left in a
    // regular expression would silently match other characters.
    const dist = join(__dirname, '..', '..', 'dist');
    const files = [join(dist, 'cli-analysis.js'), ...readdirSync(join(dist, 'cli-data')).map((f) => join(dist, 'cli-data', f))];
    for (const f of files) assert.equal(readFileSync(f).findIndex((byte) => byte > 0x7f), -1, `${f} has a non-ASCII byte`);
  });

  it('loads it the same when the cache is damaged or belongs to another file', () => {
    writeFileSync(codeCacheOf(file), Buffer.from('not a code cache'));
    assert.equal(load().answer(), join('a', '42'));
  });
});
