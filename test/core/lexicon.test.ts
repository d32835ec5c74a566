import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, compileLexicon, findMentions } from '../../src/core';
import { bundled, lexiconSourceFiles, ROOT } from '../support/lexicon';
import { schemaText } from '../../scripts/schema-vocabularies';

describe('bundled lexicon', () => {
  it('compiles from lexicon/ without a single schema or consistency problem', () => {
    const { issues } = compileLexicon(lexiconSourceFiles(), { checkRefsAgainstReferences: true });
    assert.deepEqual(issues.map((i) => `${i.file}:${i.line + 1} ${i.path} ${i.message}`), []);
  });

  it('names at least 180 entities and 150 interactions, each interaction with refs', () => {
    const lex = bundled();
    assert.ok(lex.entities.length >= 180, `only ${lex.entities.length} entities`);
    assert.ok(lex.interactions.length >= 150, `only ${lex.interactions.length} interactions`);
    for (const x of lex.interactions) assert.ok(x.refs.length > 0, `${x.id} has no refs`);
  });

  it('has no duplicate ids and no dangling entity references', () => {
    const lex = bundled();
    const ids = new Set<string>();
    for (const e of lex.entities) {
      assert.ok(!ids.has(e.id), `duplicate ${e.id}`);
      ids.add(e.id);
    }
    for (const x of lex.interactions) {
      for (const id of [x.subject, x.object, ...(x.via ?? [])]) assert.ok(ids.has(id), `${x.id} names unknown ${id}`);
    }
    for (const m of lex.mechanisms) for (const s of m.steps) assert.ok(ids.has(s.entity), `${m.id} names unknown ${s.entity}`);
  });

  it('names each cell action by one process only (two would make "infiltration of the macrophages" ambiguous, and no claim is read)', () => {
    const owners = new Map<string, string[]>();
    for (const e of bundled().entities) {
      if (!e.composite) continue;
      for (const a of e.composite.action) {
        const key = `${e.composite.of} ${a.toLowerCase()}`;
        owners.set(key, [...(owners.get(key) ?? []), e.id]);
      }
    }
    assert.deepEqual([...owners].filter(([, ids]) => ids.length > 1).map(([key, ids]) => `${key}: ${ids.join(', ')}`), []);
  });

  it('resolves every listed spelling to its own entity through the matcher', () => {
    const index = buildIndex(bundled());
    const failures: string[] = [];
    for (const e of bundled().entities) {
      for (const s of e.synonyms) {
        const found = findMentions(s, 0, s.length, index);
        const whole = found.find((m) => m.start === 0 && m.end === s.length);
        if (!whole || !whole.ids.includes(e.id)) failures.push(`${e.id}: "${s}" → ${found.map((m) => `${m.id}@${m.start}-${m.end}`).join(', ') || 'nothing'}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('covers at least 95% of the reference numbers the review cites in its body', () => {
    const cited = (JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'review-cited-refs.json'), 'utf8')) as { refs: number[] }).refs;
    const used = new Set([...bundled().entities.flatMap((e) => e.refs), ...bundled().interactions.flatMap((x) => x.refs)]);
    const covered = cited.filter((r) => used.has(r));
    assert.ok(covered.length / cited.length >= 0.95, `covered ${covered.length}/${cited.length}; missing ${cited.filter((r) => !used.has(r)).join(',')}`);
  });

  it('encodes the review’s own inconsistencies as marked entries, not corrections', () => {
    const lex = bundled();
    const il12 = lex.entities.find((e) => e.id === 'il-12');
    assert.ok(il12?.note && /anti-inflammatory/i.test(il12.note), 'IL-12 carries a note about being listed as anti-inflammatory');
    const tnf = lex.interactions.filter((x) => x.subject === 'tnf-alpha' && x.object === 'osteoclast-specific-gene');
    assert.ok(tnf.length > 0 && tnf.every((x) => x.note), 'TNF-α and osteoclast-specific genes is kept, with a note');
  });

  it('keeps statements that differ only by context, each with its context', () => {
    const tnfOb = bundled().interactions.filter((x) => x.subject === 'tnf-alpha' && x.object === 'osteoblast-differentiation');
    const bySign = new Map(tnfOb.map((x) => [x.sign, x.context?.concentration]));
    assert.equal(bySign.get(1), 'low');
    assert.equal(bySign.get(-1), 'high');
  });

  it('has the mechanism chain M-CSF → CSF1R → RANKL/RANK → NFATc1 → osteoclast differentiation', () => {
    const chains = bundled().mechanisms.map((m) => m.steps.map((s) => s.entity).join(' > '));
    assert.ok(chains.some((c) => c.includes('m-csf > csf1r > rankl-rank > nfatc1 > osteoclastogenesis')), chains.join('\n'));
  });

  it('carries the review’s bibliographic record and no invented reference titles', () => {
    const lex = bundled();
    assert.equal(lex.review?.doi, '10.4252/wjsc.v16.i4.375');
    for (const r of lex.references) assert.ok(!('title' in r), `reference ${r.number} has a title`);
  });

  it('is in the house style that scripts/format-lexicon.mjs writes (small diffs for curators)', async () => {
    const { formatLexiconJson } = (await import(join(ROOT, 'scripts', 'format-lexicon.mjs'))) as { formatLexiconJson(v: unknown): string };
    for (const f of lexiconSourceFiles()) assert.equal(f.text, `${formatLexiconJson(JSON.parse(f.text))}\n`, `${f.file} is not formatted; run node scripts/format-lexicon.mjs`);
  });
});

describe('generated artefacts', () => {
  it('generated/lexicon.json is what the build makes from lexicon/ (not stale, not hand-edited)', () => {
    const onDisk = readFileSync(join(ROOT, 'generated', 'lexicon.json'), 'utf8');
    const fresh = `${JSON.stringify(compileLexicon(lexiconSourceFiles(), { checkRefsAgainstReferences: true }).lexicon)}\n`;
    assert.ok(onDisk === fresh, 'generated/lexicon.json is stale: run npm run build');
  });

  it('lexicon.schema.json carries the vocabularies of the core tables (context keys, relations, types, provenance)', () => {
    assert.ok(readFileSync(join(ROOT, 'lexicon', 'lexicon.schema.json'), 'utf8') === schemaText(ROOT), 'lexicon/lexicon.schema.json is stale: run npm run build');
  });

  it('generated/verb-forms.json is what compromise conjugates from the cue verbs', () => {
    // A fresh process: compromise's lexicon is process-wide, and this suite has already taught it words.
    const script = "const t = require('./dist/tools/verb-forms.cjs'); process.stdout.write(t.serializeVerbForms(t.buildVerbForms()))";
    const fresh = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    const onDisk = readFileSync(join(ROOT, 'generated', 'verb-forms.json'), 'utf8');
    assert.ok(onDisk === fresh, 'generated/verb-forms.json is stale: run npm run build');
  });
});
