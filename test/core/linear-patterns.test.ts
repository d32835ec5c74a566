/**
 * Linear time by construction: no regular expression in the extension, the command line or the core
 * may backtrack super-linearly over a user's text. Every regular-expression literal under src/ is
 * parsed and checked for the shapes that can (see test/support/regexShapes.ts); a pattern that has
 * such a shape and is safe anyway (it only ever sees a bounded string) must say why in a comment
 * starting `linear:` on its line or the line above.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { riskyShapes } from '../support/regexShapes';
import { bundled } from '../support/lexicon';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(e.name) ? [path] : [];
  });
}

interface Literal {
  file: string;
  line: number;
  source: string;
  flags: string;
  justified: boolean;
}

/** Is the pattern at this line of this file explained by a `linear:` comment (on it or the line above)? */
function justifiedAt(file: string, line: number): boolean {
  const lines = readFileSync(file, 'utf8').split('\n');
  return /linear:/.test(lines[line - 1] ?? '') || /linear:/.test(lines[line - 2] ?? '');
}

function literalsIn(file: string): Literal[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText(sf);
      const close = raw.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const justified = justifiedAt(file, line + 1);
      out.push({ file: relative(ROOT, file), line: line + 1, source: raw.slice(1, close), flags: raw.slice(close + 1), justified });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('linear-time patterns', () => {
  it('recognises the shapes that backtrack: nested, adjacent and rescanning quantifiers', () => {
    // The patterns of the defects found by fuzzing, as they were.
    assert.ok(riskyShapes('(`+)(?:(?!\\1)[^\\n])+?\\1', 'g').length > 0, 'inline code');
    assert.ok(riskyShapes('\\[([^\\]\\n]+)\\](\\([^)\\n]*\\)|\\[[^\\]\\n]*\\])', 'g').length > 0, 'links over a run of [');
    assert.ok(riskyShapes('\\?\\s*(\\[[\\d,\\s–-]+\\])?\\s*$').length > 0, 'a question mark before blanks');
    assert.ok(riskyShapes('^\\s*\\|?\\s*:?-{3,}').length > 0, 'table separator on a line of blanks');
    assert.ok(riskyShapes('[a-z0-9][a-z0-9-]*>[a-z0-9][a-z0-9-]*', 'g').length > 0, 'claim keys over a long word');
    assert.ok(riskyShapes('(a+)+$').length > 0);
    // And leaves alone what is linear.
    assert.deepEqual(riskyShapes('[\\p{L}][\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*', 'gu'), []);
    assert.deepEqual(riskyShapes('^[ \\t]*(?:\\|[ \\t]*)?:?-{3,}'), []);
    assert.deepEqual(riskyShapes('\\[\\^[^\\][\\s]+\\]:?', 'g'), []);
    assert.deepEqual(riskyShapes('<(?:https?|mailto):[^<>\\s]+>|\\bhttps?:\\/\\/[^\\s)<>\\]]+', 'g'), []);
  });

  it('no pattern under src/ has one, unless a linear: comment says why it is safe', () => {
    const literals = ['src/core', 'src/service', 'src/server', 'src/cli', 'src/vscode'].flatMap((d) => sourceFiles(join(ROOT, d))).flatMap(literalsIn);
    assert.ok(literals.length > 100, `${literals.length} patterns found`);
    const risky = literals
      .filter((l) => !l.justified)
      .map((l) => ({ l, shapes: riskyShapes(l.source, l.flags) }))
      .filter((x) => x.shapes.length > 0)
      .map(({ l, shapes }) => `${l.file}:${l.line} /${l.source}/${l.flags}: ${shapes.map((s) => `${s.kind} ${s.detail}`).join('; ')}`);
    assert.deepEqual(risky, []);
  });

  it('nor has any pattern the code builds while it loads and reads documents', () => {
    // Patterns built with `new RegExp` (from lexicon data, from pieces) are caught as they are built:
    // fresh instances of the source modules are loaded and run on a few documents under a recorder.
    const built = new Map<string, { flags: string; file: string; line: number }>();
    const Original = RegExp;
    const recorder = new Proxy(Original, {
      construct(target, args: [string | RegExp, string?]) {
        const re = Reflect.construct(target, args) as RegExp;
        const site = /\((\/[^()]*\/src\/[^():]+\.ts):(\d+):\d+\)/.exec(new Error().stack ?? '');
        if (site) built.set(`${re.source}/${re.flags}`, { flags: re.flags, file: site[1], line: Number(site[2]) });
        return re;
      },
    });
    const fresh = (): void => { for (const k of Object.keys(require.cache)) if (k.includes(`${join(ROOT, 'src')}`)) delete require.cache[k]; };
    globalThis.RegExp = recorder;
    try {
      fresh();
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const core = require('../../src/core') as typeof import('../../src/core');
      const analyzer = core.createAnalyzer({ lexicon: bundled() });
      const docs: Array<[string, string]> = [
        [readFileSync(join(ROOT, 'examples', 'draft.md'), 'utf8'), 'markdown'],
        [readFileSync(join(ROOT, 'test', 'fixtures', 'cli', 'paper.tex'), 'utf8'), 'latex'],
        ['TNF-α and IL-6 are pro-inflammatory cytokines, whereas IL-10 is anti-inflammatory. Anti-inflammatory factors such as IL-4 and IL-13 promote M2 polarization; it is an M1 cytokine.', 'plaintext'],
      ];
      for (const [text, languageId] of docs) analyzer.analyze({ text, languageId }, { hints: true });
    } finally {
      globalThis.RegExp = Original;
      fresh();
    }
    assert.ok(built.size >= 5, `${built.size} patterns built`);
    const risky = [...built]
      .filter(([, b]) => !justifiedAt(b.file, b.line))
      .map(([key, b]) => ({ key, b, shapes: riskyShapes(key.slice(0, key.lastIndexOf('/')), b.flags) }))
      .filter((x) => x.shapes.length > 0)
      .map(({ key, b, shapes }) => `${relative(ROOT, b.file)}:${b.line} /${key}: ${shapes.map((s) => `${s.kind} ${s.detail}`).join('; ')}`);
    assert.deepEqual(risky, []);
  });
});
