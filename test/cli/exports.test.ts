/**
 * `mechlens lexicon --format sif|graphml|cx2|indra` and `mechlens check --format indra`: the exports a
 * user takes to Cytoscape, NDEx or INDRA, and the format tables the command line is built from.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { USAGE } from '../../src/cli/args';
import { CHECK_FORMAT_NAMES } from '../../src/cli/format/formats';
import { LEXICON_FORMAT_NAMES } from '../../src/cli/lexiconFormats';
import { NETWORK_FORMATS } from '../../src/core';
import { run } from '../support/cli';
import { assertIndraStatement, type Statement } from '../support/indra';
import { ROOT } from '../support/lexicon';


const dir = mkdtempSync(join(tmpdir(), 'mechlens-exports-'));
const lab = join(ROOT, 'test', 'fixtures', 'cli', 'lab-lexicon.json');

describe('mechlens lexicon: network exports', () => {
  it('offers the json and text of the lexicon and every network format of the core\'s table, in the usage too', () => {
    assert.deepEqual(LEXICON_FORMAT_NAMES, ['json', 'text', ...NETWORK_FORMATS.map((f) => f.name)]);
    assert.ok(USAGE.includes(`mechlens lexicon [--format ${LEXICON_FORMAT_NAMES.join('|')}]`));
    assert.ok(USAGE.includes(`mechlens check [--format ${CHECK_FORMAT_NAMES.join('|')}]`));
    for (const f of NETWORK_FORMATS) assert.match(USAGE, new RegExp(`\\n  ${f.name} +${f.description.replace(/[()]/g, '\\$&')}\\n`));
  });

  it('writes SIF with one line per interaction of the compiled lexicon, a user lexicon\'s included', async () => {
    const json = JSON.parse((await run(['lexicon', '--format', 'json', '--lexicon', lab])).out) as { interactions: unknown[] };
    const r = await run(['lexicon', '--format', 'sif', '--lexicon', lab]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    const lines = r.out.trimEnd().split('\n');
    assert.equal(lines.length, json.interactions.length);
    assert.ok(lines.includes('il-4\tpromotes\tnfatc1'), 'the lab lexicon\'s exception is exported');
  });

  it('writes GraphML and CX2 the readers take, exit status 0', async () => {
    const graphml = await run(['lexicon', '--format', 'graphml']);
    assert.equal(graphml.code, 0);
    assert.match(graphml.out, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<graphml /);
    assert.match(graphml.out, /<edge id="il-4-inhibits-nfatc1" source="il-4" target="nfatc1">/);
    const cx2 = await run(['lexicon', '--format', 'cx2']);
    assert.equal(cx2.code, 0);
    const doc = JSON.parse(cx2.out) as Array<Record<string, unknown>>;
    assert.deepEqual(doc[0], { CXVersion: '2.0', hasFragments: false });
    assert.ok('status' in doc[doc.length - 1]);
  });

  it('writes INDRA statements and says in one line on stderr how many interactions have no INDRA type', async () => {
    const r = await run(['lexicon', '--format', 'indra']);
    assert.equal(r.code, 0);
    const statements = JSON.parse(r.out) as Statement[];
    for (const s of statements) assertIndraStatement(s);
    assert.match(r.err, /^mechlens: \d+ interaction\(s\) left out of the INDRA statements, having no INDRA type: .*regulates.*\n$/);
  });

  for (const [command, args] of [['lexicon', ['lexicon']], ['check', ['check', join(dir, 'x.md')]]] as const) {
    it(`refuses an unknown ${command} format in one line naming every format, exit status 2`, async () => {
      const r = await run([...args, '--format', 'xgmml']);
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.equal(r.err.split('\n').length, 2, 'one line');
      const names = command === 'lexicon' ? LEXICON_FORMAT_NAMES : CHECK_FORMAT_NAMES;
      for (const name of names) assert.ok(r.err.includes(name), name);
      assert.match(r.err, /not "xgmml"/);
    });
  }
});

describe('mechlens check --format indra', () => {
  const draft = join(dir, 'draft.md');
  writeFileSync(draft, '# Results\n\nIL-4 promotes NFATc1 expression.\n\nIL-4 does not inhibit NFATc1. IL-4 may inhibit\nNFATc1 in osteoclast precursors.\n');

  it('states a contradicting claim with its sentence as evidence, the verdict, refs, rule, confidence, file and line', async () => {
    const r = await run(['check', '--format', 'indra', draft]);
    assert.equal(r.code, 1, 'a contradiction still fails the check');
    const statements = JSON.parse(r.out) as Statement[];
    for (const s of statements) assertIndraStatement(s);
    const s = statements.find((x) => x.evidence[0].text === 'IL-4 promotes NFATc1 expression.');
    assert.ok(s, r.out);
    assert.equal(s.type, 'Activation');
    const a = s.evidence[0].annotations;
    assert.equal(a.verdict, 'contradicts');
    assert.ok(a.refs.includes(104));
    assert.equal(a.file, draft);
    assert.equal(a.line, 3);
    assert.equal(typeof a.rule, 'string');
    assert.ok(typeof a.confidence === 'number' && a.confidence > 0 && a.confidence <= 1);
    assert.equal(s.evidence[0].epistemics, undefined, 'a plain claim is neither negated nor hedged');
  });

  it('marks a negated claim as negated (never a plain positive statement), a hedged one as a hypothesis, a sentence over two lines as one line', async () => {
    const statements = JSON.parse((await run(['check', '--format', 'indra', draft])).out) as Statement[];
    const negated = statements.find((x) => x.evidence[0].text === 'IL-4 does not inhibit NFATc1.');
    assert.ok(negated);
    assert.deepEqual(negated.evidence[0].epistemics, { negated: true });
    const hedged = statements.find((x) => x.evidence[0].text === 'IL-4 may inhibit NFATc1 in osteoclast precursors.');
    assert.ok(hedged, 'the sentence over two lines');
    assert.deepEqual(hedged.evidence[0].epistemics, { hypothesis: true });
    assert.equal(hedged.evidence[0].annotations.verdict, 'supports');
  });

  it('writes one array across files, ids unique even for a file given twice, and the same ids in every run', async () => {
    const one = await run(['check', '--format', 'indra', draft, draft]);
    const statements = JSON.parse(one.out) as Statement[];
    assert.equal(new Set(statements.map((s) => s.id)).size, statements.length);
    assert.equal((await run(['check', '--format', 'indra', draft, draft])).out, one.out);
  });

  it('writes an empty array for a draft without judged claims', async () => {
    const r = await run(['check', '--format', 'indra', '-'], 'Nothing about cytokines here.\n');
    assert.equal(r.code, 0);
    assert.equal(r.out, '[]\n');
  });
});
