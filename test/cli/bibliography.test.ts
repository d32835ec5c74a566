/** `mechlens check --bibliography FILE`: claims list the keys they cite; a broken .bib is one line, never fatal. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { ROOT } from '../support/lexicon';

const bib = (name: string): string => join(ROOT, 'test', 'fixtures', 'bibliography', name);

async function check(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['check', ...args], { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, stdin: () => Buffer.from('') });
  return { code, out, err };
}

describe('mechlens check --bibliography', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mechlens-bib-'));
  const draft = join(dir, 'draft.md');
  writeFileSync(draft, 'IL-4 promotes NFATc1 expression in osteoclast precursors [@zhang_interplay_2024].\n\nRANKL activates NFATc1 [@smith_rankl_2018; @zhang_interplay_2024].\n\nRANKL activates NFATc1 in precursors.\n');

  it('adds the cited keys to JSON claims and says when the cited review says the opposite', async () => {
    const r = await check(['--format', 'json', '--bibliography', bib('refs.json'), '--bibliography', bib('better-bibtex.bib'), draft]);
    assert.equal(r.code, 1);
    assert.equal(r.err, '');
    const file = JSON.parse(r.out).files[0];
    assert.match(file.diagnostics[0].message, /^The cited review says the opposite \(its ref\. 104\): IL-4 inhibits NFATc1 \[104\]$/);
    const claims = file.claims as Array<{ range: { start: { line: number } }; citations?: string[]; citesReview?: boolean }>;
    assert.deepEqual(claims.find((c) => c.range.start.line === 0)?.citations, ['zhang_interplay_2024']);
    const second = claims.find((c) => c.range.start.line === 2);
    assert.deepEqual(second?.citations, ['smith_rankl_2018', 'zhang_interplay_2024']);
    assert.equal(second?.citesReview, true);
    // A claim that cites nothing gains no field.
    assert.ok(!('citations' in (claims.find((c) => c.range.start.line === 4) ?? {})));
  });

  it('leaves the JSON as it was without --bibliography', async () => {
    const file = JSON.parse((await check(['--format', 'json', draft])).out).files[0];
    assert.match(file.diagnostics[0].message, /^Contradicts the review/);
    assert.ok(file.claims.every((c: object) => !('citations' in c)));
  });

  it('reports a broken entry in one line and checks on; an unreadable file is one line too', async () => {
    const r = await check(['--bibliography', bib('broken.bib'), '--bibliography', join(dir, 'missing.bib'), draft]);
    assert.equal(r.code, 1, 'the check still runs and finds the contradiction');
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 2, r.err);
    assert.match(r.err, /missing\.bib.*\(bibliography skipped\)/);
    assert.match(r.err, /broken\.bib:7: expected .* \(entry skipped\)/);
  });

  it('gives the same results with worker threads', async () => {
    const one = await check(['--format', 'json', '--jobs', '1', '--bibliography', bib('refs.json'), draft, draft]);
    const two = await check(['--format', 'json', '--jobs', '2', '--bibliography', bib('refs.json'), draft, draft]);
    assert.equal(two.out, one.out);
  });
});
