/**
 * `check --format html`: one self-contained consistency report that a co-author opens in any browser,
 * with nothing run and nothing fetched, every claim listed with its verdict in words and symbol.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/lexicon';
import { run as runCli, type Run as CliRun } from '../support/cli';
import { elements, parseXml } from '../support/xml';

const run = runCli;

const DRAFT = join(ROOT, 'examples', 'draft.md');
const dir = mkdtempSync(join(tmpdir(), 'mechlens-html-'));
const HOSTILE = '<script>alert(1)</script> IL-4 promotes NFATc1.';

/** The report's claim items, each as its text. */
function claimItems(html: string): string[] {
  return [...html.matchAll(/<li class="claim [a-z]+">([\s\S]*?)<\/li>/g)].map((m) => m[1]);
}

describe('mechlens check --format html', () => {
  let report: CliRun;
  let json: { files: Array<{ claims: Array<{ status: string }> }> };
  before(async () => {
    report = await run(['check', '--format', 'html', DRAFT]);
    json = JSON.parse((await run(['check', '--format', 'json', DRAFT])).out) as typeof json;
  });

  it('is one page that runs nothing and loads nothing, and says so to the browser', () => {
    assert.equal(report.code, 1, 'the draft has contradictions: the exit status says so as for every format');
    assert.equal(report.err, '');
    assert.match(report.out, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(report.out.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`));
    assert.doesNotMatch(report.out, /<script/i);
    assert.doesNotMatch(report.out, /\son[a-z]+=|<(iframe|object|embed|link|img)\b|@import|url\((?!#)/i);
    // Only two absolute URLs: the SVG namespace (a name, never fetched) and the link to the review.
    const urls = [...report.out.matchAll(/https?:\/\/[^\s"'<>]*/g)].map((m) => m[0]);
    assert.deepEqual([...new Set(urls)].sort(), ['http://www.w3.org/2000/svg', 'https://doi.org/10.4252/wjsc.v16.i4.375']);
    assert.match(report.out, /<a href="https:\/\/doi\.org\/10\.4252\/wjsc\.v16\.i4\.375">doi:10\.4252\/wjsc\.v16\.i4\.375<\/a>/);
  });

  it('names the review and sums up the verdicts of all files', () => {
    assert.match(report.out, /Checked against the review: Zhang FF, Hao Y.*<cite>Interplay between mesenchymal stem cells and macrophages: Promoting bone tissue repair<\/cite>\. World Journal of Stem Cells 2024;16\(4\):375-388\./);
    const summary = report.out.slice(report.out.indexOf('<section id="summary">'));
    const claims = json.files[0].claims;
    const count = (status: string): number => claims.filter((c) => c.status === status).length;
    assert.match(summary, new RegExp(`${claims.length} claims found`));
    assert.match(summary, new RegExp(`<td class="n">${count('supports')}</td><td>supported by the review</td>`));
    assert.match(summary, new RegExp(`<td class="n">${count('contradicts')}</td><td>contradict the review</td>`));
    assert.match(summary, /<td class="n">0<\/td><td>possible contradictions<\/td>/);
    assert.match(summary, /<td class="n">0<\/td><td>depend on a condition the review names<\/td>/);
  });

  it('lists every claim of the draft with its verdict in symbol and words, the sentence, the reading and the review', () => {
    const items = claimItems(report.out);
    const claims = json.files[0].claims;
    assert.equal(items.length, claims.length);
    const words: Record<string, RegExp> = {
      supports: /<span class="mark" aria-hidden="true">✓<\/span> <strong>Supported by the review<\/strong>/,
      contradicts: /<span class="mark" aria-hidden="true">✗<\/span> <strong>Contradicts the review<\/strong>/,
    };
    claims.forEach((c, i) => assert.match(items[i], words[c.status], `claim ${i} (${c.status})`));
    const il4 = items.find((t) => t.includes('IL-4 enhances NFATc1 expression'));
    assert.ok(il4, 'the sentence is quoted');
    assert.match(il4, /<dt>Read as<\/dt><dd><b>IL-4<\/b> → enhances → <b>NFATc1<\/b> <span class="muted">\(rule [^)]*\)<\/span><\/dd>/);
    assert.match(il4, /<dt>The review says<\/dt><dd>IL-4 inhibits NFATc1 \[104\]/);
    assert.match(il4, /· line 30 · confidence 0\.\d\d/);
  });

  it('draws the draft\'s claims as an inline SVG map that parses as XML', () => {
    const svgs = report.out.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    assert.equal(svgs.length, 1, 'one map for the one file');
    const doc = parseXml(svgs[0]);
    const drawn = elements(doc, 'g').map((g) => g.getAttribute('data-entity')).filter(Boolean);
    assert.ok(drawn.includes('il-4') && drawn.includes('nfatc1') && drawn.includes('lrg1'), drawn.join(' '));
    assert.ok(elements(doc, 'text').some((t) => /^✗ contradicts the review: \d+$/.test(t.textContent ?? '')), 'the legend counts the contradictions');
  });

  it('escapes a hostile sentence, file name and lexicon, and gives each file\'s map its own ids', async () => {
    const txt = join(dir, 'hostile <b>&amp;.txt');
    writeFileSync(txt, `${HOSTILE}\n`);
    const lab = join(dir, 'lab.json');
    writeFileSync(lab, JSON.stringify({ entities: [{ id: 'evil', type: 'cytokine', label: '<img src=x>&"', description: 'A hostile label from a lab lexicon.', refs: [] }] }));
    const r = await run(['check', '--format', 'html', '--lexicon', lab, txt, '-'], HOSTILE);
    assert.equal(r.err, '');
    assert.doesNotMatch(r.out, /<script|<img|<b>&amp;/i);
    assert.ok(r.out.includes('<blockquote>&lt;script&gt;alert(1)&lt;/script&gt; IL-4 promotes NFATc1.</blockquote>'), 'the sentence reads as written');
    assert.ok(r.out.includes('<h2>' + 'hostile &lt;b&gt;&amp;amp;.txt'.replace(/^/, `${dir}/`) + '</h2>'));
    const svgs = r.out.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    assert.equal(svgs.length, 2);
    for (const svg of svgs) parseXml(svg);
    assert.match(svgs[0], /id="f1-title"/);
    assert.match(svgs[1], /id="f2-title"/);
  });

  it('writes the same report for the same drafts: no date, no time', async () => {
    assert.equal((await run(['check', '--format', 'html', DRAFT])).out, report.out);
    assert.doesNotMatch(report.out, /20\d\d-\d\d-\d\d|\d\d:\d\d:\d\d/);
  });
});
