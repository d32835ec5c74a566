#!/usr/bin/env node
// Builds everything from source: the compiled lexicon (from lexicon/), then the bundles.
// `--check-lexicon` only validates the lexicon.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const checkOnly = process.argv.includes('--check-lexicon');
const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

mkdirSync(join(root, 'dist', 'tools'), { recursive: true });
mkdirSync(join(root, 'generated'), { recursive: true });

const require = createRequire(import.meta.url);
const tool = async (name) => {
  await build({
    entryPoints: [join(root, 'scripts', `${name}.ts`)],
    outfile: join(root, 'dist', 'tools', `${name}.cjs`),
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', mainFields: ['module', 'main'],
  });
  return require(join(root, 'dist', 'tools', `${name}.cjs`));
};

// 1. The cue verbs' inflections (the core's tagger reads them), conjugated once by compromise; then
//    compromise's model with those forms learnt, so the checker loads it instead of rebuilding it.
(await tool('verb-forms')).main(root);
(await tool('compromise-model')).main(root);

// 2. The schema's vocabulary parts (context keys, relations, entity types, provenance) from the core's
//    tables, then the lexicon compiled with the core's own validator.
(await tool('schema-vocabularies')).main(root);
const status = (await tool('compile-lexicon')).main(root, checkOnly);
if (status !== 0 || checkOnly) process.exit(status);
// The bundled lexicon's tries, read at start instead of built (scripts/lexicon-tries.ts).
(await tool('lexicon-tries')).main(root);

// The BibTeX parser (@citation-js/plugin-bibtex) with the three things it needs of @citation-js/core in
// core's place: core itself would bring its fetchers (sync-fetch, node-fetch, fetch-ponyfill) along.
const citationCore = {
  name: 'citation-core-parts',
  setup(b) {
    b.onResolve({ filter: /^@citation-js\/core$/ }, () => ({ path: join(root, 'src', 'service', 'bibliography', 'citationCore.ts') }));
  },
};

// esbuild rewrites every /\p{…}/u literal into `new RegExp(…)` for Node targets, which builds the
// expression anew at each call (compromise's tagger does so for every word); Node 20 has them natively.
const supported = { 'regexp-unicode-property-escapes': true };

// The generated data every bundle carries (the lexicon, compromise's model, the verb forms) as
// JSON.parse of one string, not as esbuild's object literal: V8 scans a string and parses JSON several
// times faster than it compiles the same data as code, and that is paid at every start.
const jsonAsParse = {
  name: 'generated-json-as-parse',
  setup(b) {
    b.onLoad({ filter: /[\\/]generated[\\/][^\\/]+\.json$/ }, (a) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(readFileSync(a.path, 'utf8'))});`,
      loader: 'js',
    }));
  },
};

// 3. The command-line checker, in two files: dist/cli.js (arguments, reading, the cache, the reports,
//    the --jobs pool; also the script of its worker threads) and dist/cli-analysis.js (the analyser,
//    compromise and the bundled lexicon), which dist/cli.js loads only when a file is to be analysed, so a
//    run answered from the cache never parses it. MECHLENS_BUILD, the build's identity that --cache keys
//    results by, is the SHA-256 of both (their code and the bundled lexicon): dist/cli.js is built with a
//    placeholder of the same length, hashed, then the hash put in its place (columns unchanged, so the
//    source map still fits).
const BUILD_PLACEHOLDER = 'b'.repeat(64);
const cliOptions = {
  bundle: true, platform: 'node', target: 'node20', supported, format: 'cjs', logLevel: 'warning', mainFields: ['module', 'main'],
  minify: production, sourcemap: !production, write: false, plugins: [citationCore, jsonAsParse],
  define: { MECHLENS_VERSION: JSON.stringify(version), MECHLENS_BUILD: JSON.stringify(BUILD_PLACEHOLDER), MECHLENS_BUNDLE: 'true' },
};
const cliDir = join(root, 'src', 'cli');
const analysisApart = {
  name: 'cli-analysis-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/analysis$/ }, (a) => (dirname(a.importer) === cliDir ? { path: './cli-analysis.js', external: true } : undefined));
  },
};
// The analysis bundle's generated data (the lexicon, its tries, compromise's model, the verb forms) is
// not in the bundle but beside it, in dist/cli-data/, read when the bundle starts: two megabytes of string
// literals in the bundle were read, scanned and kept in its code cache at every start, to be parsed anyway.
const cliDataDir = join(root, 'dist', 'cli-data');
mkdirSync(cliDataDir, { recursive: true });
const cliData = [];
const jsonBeside = {
  name: 'generated-json-beside',
  setup(b) {
    b.onLoad({ filter: /[\\/]generated[\\/][^\\/]+\.json$/ }, (a) => {
      const name = basename(a.path);
      // ASCII only (JSON's \u escapes): each file is read into a one-byte string, half the memory of the
      // two-byte string a single Greek letter made of it (Node's UTF-8 reader keeps ASCII one-byte). The same JSON value.
      const ascii = readFileSync(a.path, 'utf8').replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      writeFileSync(join(cliDataDir, name), ascii, 'latin1');
      cliData.push({ name, ascii });
      return {
        // (Read as 'latin1': the same string for ASCII, without UTF-8 decoding.)
        contents: `module.exports = JSON.parse(require("node:fs").readFileSync(require("node:path").join(__dirname, "cli-data", ${JSON.stringify(name)}), "latin1"));`,
        loader: 'js',
      };
    });
  },
};
const analysisBundle = await build({ ...cliOptions, entryPoints: [join(cliDir, 'analysis.ts')], outfile: join(root, 'dist', 'cli-analysis.js'), plugins: [citationCore, jsonBeside] });
const cliBundle = await build({ ...cliOptions, entryPoints: [join(cliDir, 'main.ts')], outfile: join(root, 'dist', 'cli.js'), plugins: [analysisApart, citationCore, jsonAsParse] });
const placeholder = JSON.stringify(BUILD_PLACEHOLDER);
const buildHash = createHash('sha256');
for (const file of [...analysisBundle.outputFiles, ...cliBundle.outputFiles]) if (file.path.endsWith('.js')) buildHash.update(file.contents);
// (Sorted: esbuild loads files in no fixed order.)
for (const { ascii } of cliData.sort((x, y) => (x.name < y.name ? -1 : 1))) buildHash.update(ascii);
const buildId = buildHash.digest('hex');
// dist/cli-analysis.js in ASCII only, so it is read into a one-byte string ('latin1', src/cli/codeCache.ts),
// several times faster than decoding UTF-8 at every start. esbuild escapes strings but leaves regular
// expression literals as written; an escape \uXXXX per UTF-16 unit means the same character there, with or
// without the u flag (a surrogate pair of escapes is one code point under u), and in a comment nothing. A
// character escaped by a backslash already would change meaning, so the build refuses it.
function asciiOnly(text, name) {
  return text.replace(/[\u0080-\uffff]/g, (c, at) => {
    if (text[at - 1] === '\\') throw new Error(`${name}: a backslash before the non-ASCII character at ${at} cannot be escaped safely`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
for (const file of [...analysisBundle.outputFiles, ...cliBundle.outputFiles]) {
  if (file.path === join(root, 'dist', 'cli-analysis.js')) {
    writeFileSync(file.path, asciiOnly(file.text, 'dist/cli-analysis.js'), 'latin1');
    continue;
  }
  if (file.path !== join(root, 'dist', 'cli.js')) {
    writeFileSync(file.path, file.contents);
    continue;
  }
  if (file.text.split(placeholder).length !== 2) throw new Error('dist/cli.js: expected the build placeholder exactly once');
  writeFileSync(file.path, file.text.replace(placeholder, JSON.stringify(buildId)));
}
// The V8 code cache of dist/cli-analysis.js, made in a fresh process with no flags (scripts/code-cache.ts).
await tool('code-cache');
const cached = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(join(root, 'dist', 'tools', 'code-cache.cjs'))}).main(${JSON.stringify(root)})`], { stdio: 'inherit' });
if (cached.status !== 0) throw new Error('dist/cli-analysis.js.cache: the code cache could not be made');

// 4. The language server: in a Node process (`mechlens lsp --stdio`, VS Code desktop over IPC) and in a
//    web worker (vscode.dev). Both carry the core and the lexicon.
//    The Node server keeps large user lexicons' compiled forms in the command line's cache, under the
//    command line's build identity (the same sources make the same forms), so the two share them.
await build({
  entryPoints: [join(root, 'src', 'server', 'node.ts')],
  outfile: join(root, 'dist', 'server.js'),
  bundle: true, platform: 'node', target: 'node20', supported, format: 'cjs', logLevel: 'warning', mainFields: ['module', 'main'],
  minify: production, sourcemap: !production, plugins: [citationCore, jsonAsParse],
  define: { MECHLENS_VERSION: JSON.stringify(version), MECHLENS_BUILD: JSON.stringify(buildId) },
});
await build({
  entryPoints: [join(root, 'src', 'server', 'browser.ts')],
  outfile: join(root, 'dist', 'web', 'server.js'),
  bundle: true, platform: 'browser', target: 'es2022', format: 'iife', logLevel: 'warning', mainFields: ['browser', 'module', 'main'],
  minify: production, sourcemap: !production, plugins: [citationCore, jsonAsParse],
});

// 5. The VS Code extension: the language client and what is VS Code's own; the server is dist/server.js.
await build({
  entryPoints: [join(root, 'src', 'vscode', 'extension.ts')],
  outfile: join(root, 'dist', 'extension.js'),
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', mainFields: ['module', 'main'],
  external: ['vscode'], minify: production, sourcemap: !production,
});

// 6. The Mechanism Map's webview script (cytoscape and fcose bundled: a webview loads nothing remote)
//    and its stylesheet, for desktop and web alike.
mkdirSync(join(root, 'dist', 'map'), { recursive: true });
await build({
  entryPoints: [join(root, 'src', 'webview', 'map', 'main.ts')],
  outfile: join(root, 'dist', 'map', 'map.js'),
  bundle: true, platform: 'browser', target: 'es2022', format: 'iife', logLevel: 'warning', mainFields: ['browser', 'module', 'main'],
  minify: true, sourcemap: false, legalComments: 'eof',
});
writeFileSync(join(root, 'dist', 'map', 'map.css'), readFileSync(join(root, 'src', 'webview', 'map', 'map.css')));

// 7. The web extension (vscode.dev, github.dev): the client (its server is dist/web/server.js, a worker);
//    and the engine alone as a browser script, which a test loads without any Node built-in.
await build({
  entryPoints: [join(root, 'src', 'vscode', 'extensionWeb.ts')],
  outfile: join(root, 'dist', 'web', 'extension.js'),
  bundle: true, platform: 'browser', target: 'es2022', format: 'cjs', logLevel: 'warning', mainFields: ['browser', 'module', 'main'],
  external: ['vscode'], minify: production, sourcemap: !production,
});
await build({
  entryPoints: [join(root, 'src', 'server', 'engineEntry.ts')],
  outfile: join(root, 'dist', 'web', 'engine.js'),
  bundle: true, platform: 'browser', target: 'es2022', format: 'iife', globalName: 'MechlensEngine', logLevel: 'warning', mainFields: ['browser', 'module', 'main'],
  minify: production, plugins: [jsonAsParse],
});
