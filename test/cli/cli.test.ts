import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../support/cli';
import { ROOT } from '../support/lexicon';


const fx = (name: string): string => join(ROOT, 'test', 'fixtures', 'cli', name);

describe('mechlens check', () => {
  it('prints file:line:col: severity: message and exits 1 on a contradiction', async () => {
    const r = await run(['check', fx('contradiction.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.out, /contradiction\.txt:1:1: warning: Contradicts the review: IL-4 inhibits NFATc1 \[104\] \[contradiction\]/);
    assert.equal(r.err, '');
  });

  it('exits 0 on a draft the review supports', async () => {
    const r = await run(['check', fx('clean.md')]);
    assert.equal(r.code, 0);
    assert.match(r.out, /1 claim\(s\), 1 supported by the review, 0 contradiction\(s\)/);
  });

  it('writes the public JSON shape', async () => {
    const r = await run(['check', '--format', 'json', fx('contradiction.txt')]);
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    const file = json.files[0];
    assert.equal(file.path, fx('contradiction.txt'));
    const d = file.diagnostics[0];
    assert.deepEqual(Object.keys(d).slice(0, 6), ['range', 'severity', 'code', 'message', 'refs', 'interactions']);
    assert.deepEqual(d.range.start, { line: 0, character: 0 });
    assert.equal(d.code, 'contradiction');
    assert.deepEqual(d.refs, [104]);
    assert.ok(d.interactions.includes('il-4-inhibits-nfatc1'));
    const c = file.claims[0];
    for (const key of ['range', 'subject', 'relation', 'sign', 'object', 'negated', 'hedged', 'context', 'status', 'interactions', 'refs']) assert.ok(key in c, key);
    assert.equal(c.subject, 'il-4');
    assert.equal(c.sign, 1);
    assert.equal(c.status, 'contradicts');
    assert.deepEqual(c.context, []);
  });

  it('writes SARIF 2.1.0 with 1-based regions', async () => {
    const r = await run(['check', '--format', 'sarif', fx('contradiction.txt')]);
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    const res = sarif.runs[0].results[0];
    assert.equal(res.ruleId, 'contradiction');
    assert.equal(res.level, 'warning');
    assert.deepEqual(res.locations[0].physicalLocation.region.startLine, 1);
    assert.equal(sarif.runs[0].tool.driver.rules[res.ruleIndex].id, 'contradiction');
  });

  it('takes the language from the extension and lets --language override it', async () => {
    const tex = await run(['check', '--format', 'json', fx('paper.tex')]);
    assert.equal(JSON.parse(tex.out).files[0].claims.find((c: { subject: string }) => c.subject === 'tnf-alpha')?.status, 'contradicts');
    const plain = await run(['check', '--format', 'json', '--language', 'plaintext', fx('paper.tex')]);
    assert.ok(plain.code === 0 || plain.code === 1);
  });

  it('reads standard input with -', async () => {
    const r = await run(['check', '-'], 'IL-4 promotes NFATc1.\n');
    assert.equal(r.code, 1);
    assert.match(r.out, /^-:1:1: warning:/);
  });

  it('a user lexicon adds the lab’s exception on top of the review', async () => {
    const r = await run(['check', '--lexicon', fx('lab-lexicon.json'), fx('contradiction.txt')]);
    assert.equal(r.code, 0, r.out + r.err);
  });

  describe('bad input: one-line reason on stderr, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mechlens-'));
    const binary = join(dir, 'figure.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const big = join(dir, 'big.md');
    writeFileSync(big, 'IL-4 inhibits NFATc1. '.repeat(60000));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x49, 0x4c, 0x2d, 0x34, 0xe9, 0x20]));

    const cases: Array<[string, string[], RegExp]> = [
      ['a missing file', ['check', join(dir, 'nope.md')], /nope\.md: no such file/],
      ['a directory', ['check', dir], /is a directory, not a file/],
      ['a binary file', ['check', binary], /figure\.png: binary file \(contains NUL bytes\), not a text manuscript/],
      ['a file that is not UTF-8', ['check', latin1], /latin1\.txt: not valid UTF-8 text/],
      ['a file over the size limit', ['check', '--max-size', '1', big], /big\.md: file is 1\.3 MB, over the 1 MB limit/],
      ['an invalid lexicon', ['check', '--lexicon', fx('broken-lexicon.json'), fx('clean.md')], /broken-lexicon\.json:4:7: \/entities\/0\/colour: unknown property "colour" \(lexicon skipped\)/],
      ['an unknown option', ['check', '--colour', fx('clean.md')], /unknown option "--colour"/],
      ['an unknown format', ['check', '--format', 'xml', fx('clean.md')], /--format is text, json, sarif, indra or html, not "xml"/],
      ['no file', ['check'], /no file to check/],
      ['an unknown command', ['lint', 'x.md'], /unknown command "lint"/],
    ];
    for (const [what, args, message] of cases) {
      it(what, async () => {
        const r = await run(args);
        assert.equal(r.code, 2);
        assert.match(r.err, message);
        for (const line of r.err.trim().split('\n')) assert.match(line, /^mechlens: /);
      });
    }

    it('still checks the good files when one input is bad', async () => {
      const r = await run(['check', join(dir, 'nope.md'), fx('contradiction.txt')]);
      assert.equal(r.code, 2);
      assert.match(r.out, /contradiction\.txt:1:1: warning/);
    });

    it('checks with the bundled lexicon when a user lexicon is broken', async () => {
      const r = await run(['check', '--lexicon', fx('broken-lexicon.json'), fx('contradiction.txt')]);
      assert.equal(r.code, 2);
      assert.match(r.out, /Contradicts the review: IL-4 inhibits NFATc1 \[104\]/);
    });
  });
});

describe('mechlens lexicon', () => {
  it('prints the compiled lexicon in the public JSON shape', async () => {
    const r = await run(['lexicon', '--format', 'json']);
    assert.equal(r.code, 0);
    const lex = JSON.parse(r.out);
    const il4 = lex.entities.find((e: { id: string }) => e.id === 'il-4');
    for (const key of ['id', 'type', 'label', 'synonyms', 'refs']) assert.ok(key in il4, key);
    assert.ok(il4.synonyms.includes('interleukin-4'));
    const x = lex.interactions.find((i: { id: string }) => i.id === 'il-4-inhibits-nfatc1');
    assert.deepEqual([x.subject, x.relation, x.sign, x.object, x.context, x.refs], ['il-4', 'inhibits', -1, 'nfatc1', null, [104]]);
    assert.ok(Array.isArray(lex.mechanisms) && lex.mechanisms.length > 0);
  });

  it('prints a readable summary', async () => {
    const r = await run(['lexicon']);
    assert.match(r.out, /^Zhang FF, .*doi:10\.4252\/wjsc\.v16\.i4\.375/);
    assert.match(r.out, /\d+ entities: /);
    assert.match(r.out, /IL-4 inhibits NFATc1 \[104\]/);
  });

  it('adds a user lexicon with --lexicon', async () => {
    const r = await run(['lexicon', '--format', 'json', '--lexicon', fx('lab-lexicon.json')]);
    assert.ok(JSON.parse(r.out).interactions.some((i: { id: string }) => i.id === 'lab-il-4-promotes-nfatc1'));
  });
});

describe('the installed command', () => {
  it('runs the example draft through bin/mechlens.js and exits 1 on its contradictions', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'mechlens.js'), 'check', 'examples/draft.md'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /examples\/draft\.md:\d+:\d+: warning: Contradicts the review: IL-4 inhibits NFATc1 \[104\]/);
    assert.match(r.stdout, /examples\/draft\.md:\d+:\d+: warning: Contradicts the review: M2 macrophage promotes MSC proliferation/);
  });
});
