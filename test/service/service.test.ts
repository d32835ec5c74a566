/**
 * The host-neutral service as every editor sees it: LSP-shaped diagnostics with their fix information
 * in `data`, code actions built from that data alone, settings applied, hovers, definitions, completion,
 * semantic tokens and user lexicons.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_SETTINGS, readSettings, SEMANTIC_TOKENS_LEGEND, type FindingData } from '../../src/service';
import { capDiagnostics } from '../../src/service/diagnostics';
import type { Diagnostic, WorkspaceEdit } from '../../src/service/lsp';
import { applyEdits } from '../support/edits';
import { service } from '../support/service';

const URI = 'file:///draft.md';
const TEXT = 'IL-4 promotes NFATc1 expression in osteoclast precursors.\n\nRANKL activates NFATc1 [90].\n';

function opened(text = TEXT, languageId = 'markdown', options: { exceptionCommand?: boolean } = {}) {
  const s = service(options);
  s.open(URI, languageId, 1, text);
  return s;
}

/** Applies the edits of a workspace edit to the draft's text. */
const apply = (text: string, edit: WorkspaceEdit | undefined): string => applyEdits(text, edit, URI);

describe('service: diagnostics', () => {
  it('reports the contradiction with the review’s reference, and its fix information in data', () => {
    const [d] = opened().diagnostics(URI, DEFAULT_SETTINGS);
    assert.equal(d.message, 'Contradicts the review: IL-4 inhibits NFATc1 [104]');
    assert.equal(d.severity, 2);
    assert.equal(d.code, 'contradiction');
    assert.equal(d.source, 'mechlens');
    const data = d.data as FindingData;
    assert.deepEqual(data.refs, [104]);
    assert.deepEqual(data.interactions, ['il-4-inhibits-nfatc1']);
    assert.equal(data.fix?.newText, 'inhibits');
    assert.deepEqual(data.claim, { subject: 'il-4', relation: 'promotes', object: 'nfatc1', kind: 'interaction', endLine: 0 });
    assert.equal(d.codeDescription?.href, 'mechlens:/interaction/il-4-inhibits-nfatc1.md');
  });

  it('links the code to the review statement, whose entry names both terms (there is no related information to send again on every edit)', () => {
    const s = opened();
    const [d] = s.diagnostics(URI, DEFAULT_SETTINGS);
    assert.equal(d.relatedInformation, undefined);
    const ref = s.links.entryOf(d.codeDescription?.href ?? '');
    assert.deepEqual(ref, { kind: 'interaction', id: 'il-4-inhibits-nfatc1' });
    const entry = s.entry(ref!);
    assert.match(entry, /^Subject: IL-4$/m);
    assert.match(entry, /^Object: NFATc1$/m);
    assert.match(entry, /\[104\]/);
  });

  it('applies the severity settings, "off" included', () => {
    const s = opened();
    const settings = readSettings({ severity: { contradiction: 'error' } });
    assert.equal(s.diagnostics(URI, settings)[0].severity, 1);
    assert.deepEqual(s.diagnostics(URI, readSettings({ severity: { contradiction: 'off' } })), []);
    // Dotted keys, as some clients send them.
    assert.equal(s.diagnostics(URI, readSettings({ 'severity.contradiction': 'hint' }))[0].severity, 4);
  });

  it('reads settings defensively: wrong types fall back to the defaults, numbers are clamped', () => {
    const s = readSettings({ minConfidence: 7, debounceMs: 'soon', enabledLanguages: [1], severity: { contested: 'loud' } });
    assert.equal(s.minConfidence, 1);
    assert.equal(s.debounceMs, DEFAULT_SETTINGS.debounceMs);
    assert.deepEqual(s.enabledLanguages, DEFAULT_SETTINGS.enabledLanguages);
    assert.equal(s.severity.contested, DEFAULT_SETTINGS.severity.contested);
  });

  it('follows incremental edits', () => {
    const s = opened();
    s.change(URI, 2, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 13 } }, text: 'inhibits' }]);
    assert.deepEqual(s.diagnostics(URI, DEFAULT_SETTINGS), []);
    assert.equal(s.summary(URI, DEFAULT_SETTINGS)?.supported, 2);
  });
});

describe('service: code actions', () => {
  it('builds the rewrite from the diagnostic’s data, whatever its message says', () => {
    const s = opened();
    const [d] = s.diagnostics(URI, DEFAULT_SETTINGS);
    const renamed: Diagnostic = { ...d, message: 'a client translated this message' };
    const actions = s.codeActions(URI, [renamed], undefined, DEFAULT_SETTINGS);
    const rewrite = actions.find((a) => a.title.startsWith('Rewrite'));
    assert.equal(rewrite?.title, 'Rewrite "promotes" as "inhibits" (as the review states)');
    assert.equal(apply(TEXT, rewrite?.edit).split('\n')[0], 'IL-4 inhibits NFATc1 expression in osteoclast precursors.');
    const cite = actions.find((a) => a.title.startsWith('Cite'));
    assert.equal(apply(TEXT, cite?.edit).split('\n')[0], 'IL-4 promotes NFATc1 [104] expression in osteoclast precursors.');
    const wrong = actions.find((a) => a.title.startsWith('This reading is wrong'));
    assert.equal(apply(TEXT, wrong?.edit).split('\n')[0], 'IL-4 promotes NFATc1 expression in osteoclast precursors. <!-- mechlens-disable-line il-4>nfatc1 -->');
  });

  it('offers nothing for diagnostics that are not Mechlens’s or carry no valid data', () => {
    const s = opened();
    const [d] = s.diagnostics(URI, DEFAULT_SETTINGS);
    assert.deepEqual(s.codeActions(URI, [{ ...d, source: 'other' }], ['quickfix'], DEFAULT_SETTINGS), []);
    assert.deepEqual(s.codeActions(URI, [{ ...d, data: { refs: ['x'], interactions: [] } }], ['quickfix'], DEFAULT_SETTINGS), []);
    assert.deepEqual(s.codeActions(URI, [{ ...d, data: undefined }], ['quickfix'], DEFAULT_SETTINGS), []);
  });

  it('offers the exception only to a client that runs the command', () => {
    const without = opened();
    assert.ok(!without.codeActions(URI, without.diagnostics(URI, DEFAULT_SETTINGS), undefined, DEFAULT_SETTINGS).some((a) => a.command));
    const withCommand = opened(TEXT, 'markdown', { exceptionCommand: true });
    const action = withCommand.codeActions(URI, withCommand.diagnostics(URI, DEFAULT_SETTINGS), undefined, DEFAULT_SETTINGS).find((a) => a.command);
    assert.equal(action?.command?.command, 'mechlens.addException');
    const claim = action?.command?.arguments?.[1] as { object: string; statement: string };
    assert.equal(claim.object, 'nfatc1');
    assert.equal(claim.statement, 'IL-4 inhibits NFATc1 [104]');
  });

  it('fixes all rewrites with source.fixAll, and only then', () => {
    const text = 'IL-4 promotes NFATc1.\n\nIL-4 promotes NFATc1 in precursors.\n';
    const s = opened(text);
    const all = s.codeActions(URI, [], ['source.fixAll'], DEFAULT_SETTINGS);
    assert.equal(all.length, 1);
    assert.equal(apply(text, all[0].edit), 'IL-4 inhibits NFATc1.\n\nIL-4 inhibits NFATc1 in precursors.\n');
    assert.deepEqual(s.codeActions(URI, s.diagnostics(URI, DEFAULT_SETTINGS), ['quickfix'], DEFAULT_SETTINGS).filter((a) => a.kind !== 'quickfix'), []);
  });

  it('silences with LaTeX comments in LaTeX', () => {
    const s = opened('IL-4 promotes NFATc1.\n', 'latex');
    const silence = s.codeActions(URI, s.diagnostics(URI, DEFAULT_SETTINGS), undefined, DEFAULT_SETTINGS).find((a) => a.title === 'Silence Mechlens on this line');
    assert.equal(apply('IL-4 promotes NFATc1.\n', silence?.edit), 'IL-4 promotes NFATc1. % mechlens-disable-line\n');
  });
});

describe('service: reading features', () => {
  it('hovers a term with what the review says, escaped Markdown', () => {
    const hover = opened().hover(URI, { line: 2, character: 2 }, DEFAULT_SETTINGS);
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /RANKL/);
    assert.deepEqual(hover?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });
  });

  it('goes from a term to its entry, and inside an entry from a mechanism line to the mechanism', () => {
    const s = opened();
    assert.equal(s.definition(URI, { line: 0, character: 16 }, DEFAULT_SETTINGS)?.uri, 'mechlens:/entity/nfatc1.md');
    const entryUri = 'mechlens:/entity/il-4.md';
    const entry = s.entry({ kind: 'entity', id: 'il-4' });
    s.open(entryUri, 'markdown', 1, entry);
    const line = entry.split('\n').findIndex((l) => /^\s*-\s+Mechanism:/.test(l));
    if (line >= 0) assert.match(s.definition(entryUri, { line, character: 4 }, DEFAULT_SETTINGS)?.uri ?? '', /^mechlens:\/mechanism\//);
  });

  it('completes any spelling with the canonical label, replacing what was typed', () => {
    const s = opened('Treated with nfat');
    const list = s.completion(URI, { line: 0, character: 17 });
    const item = list?.items.find((i) => i.label === 'NFATc1');
    assert.ok(item, 'NFATc1 offered');
    assert.deepEqual(item?.textEdit, { range: { start: { line: 0, character: 13 }, end: { line: 0, character: 17 } }, newText: 'NFATc1' });
    assert.equal(s.completion(URI, { line: 0, character: 13 }), null, 'nothing right after a space');
    // Only spellings holding the typed letters in order; the entry's description comes when the item is shown.
    assert.ok(list?.items.every((i) => /n.*f.*a.*t/i.test(i.filterText ?? i.label)), 'only items the editor would show for "nfat"');
    assert.ok(!list?.items.some((i) => i.label === 'IL-4'));
    assert.equal(item?.documentation, undefined, 'no description in the list');
    assert.equal(list?.isIncomplete, true, 'cut by four letters: asked again when one is deleted');
    assert.equal(opened('Treated with n').completion(URI, { line: 0, character: 14 })?.isIncomplete, false, 'cut by one letter: complete for that word');
    const resolved = s.resolveCompletion(item as NonNullable<typeof item>);
    assert.match((resolved.documentation as { value: string }).value, /osteoclast/i);
  });

  it('marks terms as semantic tokens of the legend’s types', () => {
    const s = opened('IL-4 and RANKL.');
    const { data } = s.semanticTokens(URI, DEFAULT_SETTINGS);
    assert.equal(data.length, 10, 'two tokens of five numbers');
    assert.deepEqual(data.slice(0, 3), [0, 0, 4]);
    assert.deepEqual(data.slice(5, 8), [0, 9, 5], 'relative to the previous token');
    for (const t of [data[3], data[8]]) assert.ok(t < SEMANTIC_TOKENS_LEGEND.tokenTypes.length);
  });

  it('sends the tokens again as what changed after an edit, and the tokens of a range', () => {
    const s = opened('IL-4 and RANKL.\nMSCs and NFATc1.\nOPG.');
    const first = s.semanticTokens(URI, DEFAULT_SETTINGS);
    s.change(URI, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'TNF-α, ' }]);
    const delta = s.semanticTokensDelta(URI, first.resultId ?? '', DEFAULT_SETTINGS);
    const full = s.semanticTokens(URI, DEFAULT_SETTINGS).data;
    assert.ok('edits' in delta, 'a delta against the last result');
    const data = [...first.data];
    for (const e of delta.edits) data.splice(e.start, e.deleteCount, ...(e.data ?? []));
    assert.deepEqual(data, full, 'the edits turn the old tokens into the new');
    assert.ok(delta.edits.reduce((n, e) => n + (e.data ?? []).length, 0) < full.length, 'fewer numbers than the whole');
    // The second line only: its first token is placed from the document's start.
    const range = s.semanticTokensRange(URI, { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, DEFAULT_SETTINGS).data;
    assert.deepEqual([range.length, range[0], range[1]], [15, 1, 0], 'TNF-α, MSCs and NFATc1 on line 1');
  });

  it('lists the claims as document symbols and the lexicon as workspace symbols', () => {
    const s = opened();
    assert.deepEqual(s.documentSymbols(URI, DEFAULT_SETTINGS).map((x) => x.name), ['✗ IL-4 promotes NFATc1', '✓ RANKL activates NFATc1']);
    assert.equal(s.workspaceSymbols('osteoprotgerin')[0]?.name, 'OPG');
  });
});

describe('service: user lexicons', () => {
  it('adds a valid lexicon, reports a broken one at its line, and keeps the review’s lexicon working', () => {
    const s = opened();
    const good = JSON.stringify({ entities: [{ id: 'zz-factor', type: 'protein', label: 'ZZ-factor', description: 'A test protein.', refs: [1] }] });
    const compiled = s.setUserLexicons([
      { uri: 'file:///a.json', display: 'a.json', text: good },
      { uri: 'file:///b.json', display: 'b.json', text: '{\n  "entities": [ { "id": 3 } ]\n}' },
    ]);
    assert.deepEqual(compiled.problems.get('file:///a.json'), []);
    const problems = compiled.problems.get('file:///b.json') ?? [];
    assert.ok(problems.length > 0);
    assert.equal(problems[0].range.start.line, 1);
    assert.ok(s.engine().index.entities.has('zz-factor'));
    assert.equal(s.diagnostics(URI, DEFAULT_SETTINGS)[0].message, 'Contradicts the review: IL-4 inhibits NFATc1 [104]');
  });
});

describe('service: diagnostics for a client with a per-file limit', () => {
  const at = (line: number, severity: 1 | 2 | 3 | 4): Diagnostic => ({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, severity, message: `line ${line}`, source: 'mechlens' });

  it('keeps the most severe in document order and says how many were left out', () => {
    const list = [at(0, 2), at(1, 3), at(2, 2), at(3, 4), at(4, 1)];
    const capped = capDiagnostics(list, 3);
    assert.equal(capped.length, 3);
    assert.match(capped[0].message as string, /^Mechlens shows 2 of the 5 findings in this file/);
    assert.deepEqual(capped.slice(1).map((d) => d.message), ['line 0', 'line 4']);
  });

  it('leaves a list that fits, and any list without a limit, as it is', () => {
    const list = [at(0, 2), at(1, 3)];
    assert.deepEqual(capDiagnostics(list, 2), list);
    assert.deepEqual(capDiagnostics(list, undefined), list);
  });
});

describe('service: user lexicons that did not change', () => {
  it('keeps the engine and its analyses when the same lexicons (or none again) are set', () => {
    const s = opened();
    const engine = s.engine();
    s.setUserLexicons([]);
    assert.equal(s.engine(), engine, 'none, as at the start');
    const good = JSON.stringify({ entities: [{ id: 'zz-factor', type: 'protein', label: 'ZZ-factor', description: 'A test protein.', refs: [1] }] });
    s.setUserLexicons([{ uri: 'file:///a.json', display: 'a.json', text: good }]);
    const withLab = s.engine();
    assert.notEqual(withLab, engine);
    assert.equal(s.setUserLexicons([{ uri: 'file:///a.json', display: 'a.json', text: good }]).problems.get('file:///a.json')?.length, 0);
    assert.equal(s.engine(), withLab, 'the same lexicon again');
  });
});
