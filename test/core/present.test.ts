/** What the editor shows comes from the core: hover cards, entries, search, snippets, generated contributions. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildIndex, compileLexicon, createLexiconSearch, entityEntryMarkdown, hoverMarkdown, mechanismEntryMarkdown, mechanismSnippet, mergeLexicons,
  neighbours, TRUSTED_COMMANDS,
} from '../../src/core';
import { generateGrammar, generateSnippets, serialize } from '../../scripts/contributions';
import { analyzer, bundled, ROOT } from '../support/lexicon';

describe('hover cards', () => {
  it('show what the review says about IL-4, with interactions and refs', () => {
    const md = hoverMarkdown(analyzer().index, 'il-4');
    assert.match(md, /\*\*IL\\-4\*\* — interleukin\\-4/);
    assert.match(md, /\*\*Acts on\*\*/);
    assert.match(md, /⊣ inhibits \*\*NFATc1\*\* \[104\]/);
    assert.match(md, /_Review section:_/);
  });

  it('link only to our own trusted commands, with JSON arguments', () => {
    const md = hoverMarkdown(analyzer().index, 'm-csf');
    const commands = [...md.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(commands.length >= 2);
    for (const c of commands) assert.ok(TRUSTED_COMMANDS.includes(c), c);
    assert.match(md, /command:mechlens\.openEntry\?%5B%22m-csf%22%5D/);
  });

  it('escape text from a user lexicon, so it cannot smuggle links or HTML', () => {
    const evil = JSON.stringify({ entities: [{ id: 'lab-x', type: 'cytokine', label: 'LABX<img src=x>', description: 'Click [here](command:workbench.action.terminal.new) **now**.', refs: [] }] });
    const extra = compileLexicon([{ file: 'lab.json', text: evil }], { base: bundled() });
    assert.deepEqual(extra.issues, []);
    const md = hoverMarkdown(buildIndex(mergeLexicons(bundled(), extra.lexicon)), 'lab-x');
    assert.ok(!md.includes('](command:workbench'), md);
    assert.ok(!md.includes('<img'), md);
    assert.match(md, /\\\[here\\\]\\\(command:workbench/);
  });

  it('carry the judgement of the sentence when one is given', () => {
    assert.match(hoverMarkdown(analyzer().index, 'il-4', { claimNote: '⚠ **Contradicts the review:** IL-4 inhibits NFATc1 [104]' }), /^⚠ \*\*Contradicts the review:\*\*/);
  });
});

describe('lexicon entries (go-to-definition targets)', () => {
  it('walk M-CSF → CSF1R → RANKL/RANK through downstream neighbours', () => {
    const index = analyzer().index;
    assert.ok(neighbours(index, 'm-csf').downstream.includes('csf1r'));
    assert.ok(neighbours(index, 'csf1r').downstream.includes('rankl-rank'));
    assert.ok(neighbours(index, 'csf1r').upstream.includes('m-csf'));
    const entry = entityEntryMarkdown(index, 'm-csf');
    assert.match(entry, /^# M-CSF\n/);
    assert.match(entry, /## Downstream\n\n(- .*\n)*- CSF1R\n/);
    assert.match(entry, /- Mechanism: M-CSF → CSF1R → RANKL\/RANK → NFATc1 → osteoclast formation/);
  });

  it('render a mechanism as its chain and one sentence with refs', () => {
    const index = analyzer().index;
    const m = index.lexicon.mechanisms.find((x) => x.steps[0].entity === 'm-csf');
    assert.ok(m);
    const doc = mechanismEntryMarkdown(index, m.id);
    assert.match(doc, /1\. M-CSF\n2\. binds → CSF1R\n3\. activates → RANKL\/RANK/);
    assert.match(doc, /M-CSF binds CSF1R, which activates RANKL\/RANK, which activates NFATc1, which promotes osteoclast differentiation \[89-92\]\./);
  });
});

describe('Search Lexicon', () => {
  it('finds osteoprotegerin from the typo "osteoprotgerin"', () => {
    const hits = createLexiconSearch(analyzer().index).search('osteoprotgerin');
    assert.equal(hits[0]?.id, 'opg');
  });

  it('finds mechanisms too', () => {
    assert.ok(createLexiconSearch(analyzer().index).search('SDF-1 CXCR4 homing').some((h) => h.kind === 'mechanism'));
  });
});

describe('mechanism snippets', () => {
  const index = buildIndex(bundled());
  const m = bundled().mechanisms.find((x) => x.steps[0].entity === 'm-csf');
  it('insert a well-formed sentence with a citation placeholder in the file’s style', () => {
    assert.ok(m);
    assert.equal(mechanismSnippet(index, m, 'markdown'), '${1:M-CSF} binds CSF1R, which activates RANKL/RANK, which activates NFATc1, which promotes osteoclast differentiation [${2:89-92}].$0');
    assert.equal(mechanismSnippet(index, m, 'latex'), '${1:M-CSF} binds CSF1R, which activates RANKL/RANK, which activates NFATc1, which promotes osteoclast differentiation~\\\\cite{${2:ref89}}.$0');
  });
});

describe('generated contributions', () => {
  for (const style of ['markdown', 'latex', 'plaintext'] as const) {
    it(`snippets/${style}.json is what the build makes from the lexicon`, () => {
      assert.ok(readFileSync(join(ROOT, 'snippets', `${style}.json`), 'utf8') === serialize(generateSnippets(bundled(), style)), 'stale: run npm run build');
    });
  }

  it('syntaxes/mechlens.injection.tmLanguage.json is what the build makes from the lexicon', () => {
    assert.ok(readFileSync(join(ROOT, 'syntaxes', 'mechlens.injection.tmLanguage.json'), 'utf8') === serialize(generateGrammar(bundled())), 'stale: run npm run build');
  });

  it('the grammar scopes cells, cytokines, receptors, pathways and processes differently', () => {
    const grammar = generateGrammar(bundled()) as { patterns: Array<{ name: string; match: string }> };
    // TextMate: of the patterns matching at the same place, the first in the list wins.
    const scopeOf = (term: string): string | undefined => grammar.patterns.find((p) => {
      const insensitive = p.match.startsWith('(?i)');
      const source = insensitive ? p.match.slice(4) : p.match;
      return new RegExp(source, insensitive ? 'iuy' : 'uy').test(term);
    })?.name;
    assert.equal(scopeOf('MSCs'), 'entity.name.type.cell.mechlens');
    assert.equal(scopeOf('IL-4'), 'support.function.cytokine.mechlens');
    assert.equal(scopeOf('CXCR4'), 'support.type.receptor.mechlens');
    assert.equal(scopeOf('RANKL/RANK'), 'entity.name.function.pathway.mechlens');
    assert.equal(scopeOf('osteoclastogenesis'), 'keyword.other.process.mechlens');
  });
});
