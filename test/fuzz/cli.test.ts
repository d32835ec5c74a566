/**
 * One truth between the command line and the engine: `mechlens check --format json -` on a random
 * document reports exactly the diagnostics the engine gives for the text the command read.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createAnalyzer } from '../../src/core';
import { decodeText } from '../../src/cli/input';
import { jsonDiagnostic } from '../../src/cli/format/json';
import { main } from '../../src/cli/main';
import { bundled } from '../support/lexicon';
import { document, RUNS } from './documents';

/** Each command-line run builds its own analyser (the lexicon index), so a fifth as many documents are tried. */
const CLI_RUNS = Math.max(20, Math.ceil(RUNS / 5));

describe(`fuzz: the command line and the engine agree (${CLI_RUNS} documents)`, function () {
  this.timeout(0);
  const engine = createAnalyzer({ lexicon: bundled() });

  it('the JSON report holds the diagnostics the engine gives', async () => {
    await fc.assert(
      fc.asyncProperty(document, async ({ language, text }) => {
        const bytes = new TextEncoder().encode(text);
        let out = '';
        let err = '';
        const code = await main(['check', '--format', 'json', '--language', language, '-'], {
          stdout: (s: string) => { out += s; },
          stderr: (s: string) => { err += s; },
          stdin: () => bytes,
        });
        if (text.includes('\u0000')) {
          assert.equal(code, 2, 'a NUL byte makes the input binary');
          assert.match(err, /standard input: .*binary/);
          return;
        }
        const read = decodeText(bytes, 'standard input');
        const expected = engine.analyze({ text: read, languageId: language }, { hints: true });
        const report = JSON.parse(out) as { files: Array<{ diagnostics: unknown[] }> };
        assert.deepStrictEqual(report.files[0].diagnostics, JSON.parse(JSON.stringify(expected.diagnostics.map(jsonDiagnostic))));
        const contradiction = expected.diagnostics.some((d) => d.code === 'contradiction' && d.certainty !== 'possible');
        assert.equal(code, contradiction ? 1 : 0);
      }),
      { numRuns: CLI_RUNS },
    );
  });
});
