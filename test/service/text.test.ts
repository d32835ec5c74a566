/** The editor layer's own text logic (no vscode needed): citations, suppression comments, excludes, reports. */
import { strict as assert } from 'node:assert';
import { claimsReport } from '../../src/service/report';
import { citationText, excludePattern, suppressionComment } from '../../src/service/text';
import { analyzer } from '../support/lexicon';
import { formatRefs } from '../../src/core';

describe('editor text', () => {
  it('cites in the file’s style, with a configurable LaTeX key', () => {
    assert.equal(citationText([104], 'markdown', 'auto', 'ref{n}'), ' [104]');
    assert.equal(citationText([4, 5], 'plaintext', 'auto', 'ref{n}'), ' [4,5]');
    assert.equal(citationText([104], 'latex', 'auto', 'zhang2024ref{n}'), '~\\cite{zhang2024ref104}');
    assert.equal(citationText([4, 5], 'markdown', 'latex', 'r{n}'), '~\\cite{r4,r5}');
  });

  it('silences a line with the comment the core honours', () => {
    assert.equal(suppressionComment('latex'), ' % mechlens-disable-line');
    assert.equal(suppressionComment('markdown'), ' <!-- mechlens-disable-line -->');
    const text = `IL-4 promotes NFATc1.${suppressionComment('markdown')}`;
    assert.equal(analyzer().analyze({ text, languageId: 'markdown' }).diagnostics.length, 0);
  });

  it('respects files.exclude and mechlens.exclude in Check Workspace', () => {
    assert.equal(excludePattern({ '**/.git': true, '**/build': false }, 'drafts/old/**'), '{**/.git,drafts/old/**,**/node_modules/**}');
    assert.equal(excludePattern({}, ''), '**/node_modules/**');
  });

  it('reports a file’s claims grouped by status', () => {
    const result = analyzer().analyze({ text: 'IL-4 promotes NFATc1.\n\nRANKL activates NFATc1 [90].', languageId: 'markdown' });
    const report = claimsReport(result, 'draft.md', (id) => (id ? analyzer().index.entities.get(id)?.label ?? id : ''), formatRefs);
    assert.match(report, /^# Mechlens report: draft\.md\n/);
    assert.match(report, /## Contradicting the review\n\n- Line 1: IL-4 promotes NFATc1 — review: IL-4 inhibits NFATc1 \[104\]/);
    assert.match(report, /## Supported by the review\n\n- Line 3: RANKL activates NFATc1/);
  });
});
