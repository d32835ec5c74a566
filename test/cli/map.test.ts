/** `mechlens map TERM`: the neighbourhood of a term as SVG, found by any spelling of the term. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, UsageError } from '../../src/cli/args';
import { run as runCli } from '../support/cli';
import { elements, parseXml } from '../support/xml';

const run = runCli;

const entitiesOf = (svg: string): string[] => elements(parseXml(svg), 'g').map((g) => g.getAttribute('data-entity') ?? '').filter(Boolean).sort();

describe('mechlens map', () => {
  it('writes the neighbourhood of IL-4 as SVG on standard output, with IL-4 ⊣ NFATc1 [104]', async () => {
    const r = await run(['map', 'IL-4']);
    assert.equal(r.code, 0);
    assert.equal(r.err, '');
    const doc = parseXml(r.out);
    const ids = entitiesOf(r.out);
    assert.ok(ids.includes('il-4') && ids.includes('nfatc1') && ids.includes('m2-macrophage'), ids.join(' '));
    assert.ok(elements(doc, 'title').some((t) => /^IL-4 inhibits NFATc1\b.*\[104\]/m.test(t.textContent ?? '')));
  });

  it('finds the term by id, label or spelling, case and hyphens aside, and draws the same map', async () => {
    const byLabel = (await run(['map', 'IL-4'])).out;
    for (const spelling of ['il-4', 'IL4', 'il4', 'interleukin-4']) {
      const r = await run(['map', spelling]);
      assert.equal(r.code, 0, spelling);
      assert.deepEqual(entitiesOf(r.out), entitiesOf(byLabel), spelling);
    }
  });

  it('draws more of the review with --depth 2, and writes to --output', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mechlens-map-')), 'nfatc1.svg');
    const r = await run(['map', 'NFATc1', '--depth', '2', '--output', file]);
    assert.equal(r.code, 0);
    assert.equal(r.out, '', 'nothing on standard output');
    const two = entitiesOf(readFileSync(file, 'utf8'));
    const one = entitiesOf((await run(['map', 'NFATc1'])).out);
    assert.ok(two.length > one.length && one.every((id) => two.includes(id)));
  });

  it('says in one line, exit status 2, when --output cannot be written', async () => {
    const r = await run(['map', 'IL-4', '--output', join(tmpdir(), 'no-such-folder-of-mechlens', 'il4.svg')]);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /^mechlens: .*il4\.svg: could not write the map \(ENOENT\)\n$/);
  });

  it('says "unknown term … did you mean" in one line and exits 2 for a term the lexicon lacks', async () => {
    const r = await run(['map', 'IL-44']);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.equal(r.err, 'mechlens: unknown term "IL-44" — did you mean "IL-4"?\n');
    const none = await run(['map', 'zzzqqqxx']);
    assert.equal(none.code, 2);
    assert.match(none.err, /^mechlens: unknown term "zzzqqqxx" — [^\n]*\n$/);
  });

  it('refuses bad arguments with a usage line', () => {
    const refused = (argv: string[], message: RegExp): void => assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof UsageError && message.test(e.message), argv.join(' '));
    refused(['map'], /needs a term/);
    refused(['map', 'IL-4', 'NFATc1'], /draws one term/);
    refused(['map', 'IL-4', '--depth', '4'], /--depth takes a whole number from 1 to 3/);
    refused(['map', 'IL-4', '--depth', '1.5'], /--depth takes a whole number/);
    refused(['map', 'IL-4', '--format', 'png'], /writes SVG only/);
    refused(['check', 'draft.md', '--depth', '2'], /--depth is an option of "mechlens map"/);
    assert.deepEqual(parseArgs(['map', 'IL-4']), { command: 'map', term: 'IL-4', depth: 1, lexicons: [] });
  });
});
