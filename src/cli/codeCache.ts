/**
 * Requires a CommonJS bundle with a V8 code cache made for it by the build (`FILE.cache` beside it), so
 * V8 neither compiles the bundle nor, for the functions the cache holds, compiles them again when they
 * first run. Node 22.1 has `module.enableCompileCache()` for this; Node 20, which Mechlens supports, has
 * only `vm.Script`'s `cachedData`, so this does for one file what Node's loader does for a module.
 * A cache V8 rejects (another Node or V8 build, other V8 flags such as --cpu-prof) or a missing one
 * costs nothing: V8 compiles the source as `require` would have.
 */
import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** The cache file the build writes beside a bundle. */
export const codeCacheOf = (file: string): string => `${file}.cache`;

/**
 * The bundle compiled (from the cache when V8 takes it) as Node compiles a CommonJS module. The build
 * writes the bundle in ASCII only (scripts/build.mjs), so it is read as 'latin1': the same string as UTF-8
 * would give, without decoding a megabyte at every start.
 */
export function compileBundle(file: string, cachedData?: Buffer): Script {
  return new Script(Module.wrap(readFileSync(file, 'latin1')), { filename: file, cachedData });
}

/** Runs a compiled bundle as a CommonJS module and returns its exports. */
export function runBundle(script: Script, file: string): unknown {
  const module = { exports: {} as unknown, filename: file, id: file, loaded: false };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return module.exports;
}

/** `require(file)` through its code cache, when there is one. */
export function requireWithCodeCache(file: string): unknown {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(codeCacheOf(file));
  } catch {
    // No cache beside it (a build without one): V8 compiles the source.
  }
  return runBundle(compileBundle(file, cachedData), file);
}
