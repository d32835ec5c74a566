/**
 * The language server's re-check after an edit goes through the analyser's incremental path (the one
 * `npm run bench` times): an edit of one sentence re-reads that sentence only, and the diagnostics the
 * service then gives (citation findings included) are those of a service that opened the edited text.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/service';
import { ROOT } from '../support/lexicon';
import { service } from '../support/service';

const URI = 'file:///draft.md';

describe('service: re-check after an edit', () => {
  it('re-reads only the edited sentence and gives what a fresh open of the edited text gives', () => {
    const s = service();
    let text = readFileSync(join(ROOT, 'examples', 'draft.md'), 'utf8');
    s.open(URI, 'markdown', 1, text);
    s.diagnostics(URI, DEFAULT_SETTINGS);
    const edits: Array<[string, string]> = [
      ['IL-4 enhances NFATc1 expression', 'Notably, IL-4 enhances NFATc1 expression'],
      ['[104]', '[62]'],
      ['suppress MSC proliferation', 'promote MSC proliferation'],
      ['macrophages [87].', 'macrophages [87]. TNF-α inhibits it.'],
    ];
    let version = 1;
    for (const [from, to] of edits) {
      const at = text.indexOf(from);
      assert.ok(at >= 0, from);
      const document = s.document(URI);
      assert.ok(document);
      const range = { start: document.positionAt(at), end: document.positionAt(at + from.length) };
      const before = s.engine().analyzer.stats().extractions;
      s.change(URI, ++version, [{ range, text: to }]);
      text = text.slice(0, at) + to + text.slice(at + from.length);
      const diagnostics = s.diagnostics(URI, DEFAULT_SETTINGS);
      assert.ok(s.engine().analyzer.stats().extractions - before <= 2, `${from}: ${s.engine().analyzer.stats().extractions - before} sentences read again`);
      const fresh = service();
      fresh.open(URI, 'markdown', 1, text);
      assert.deepEqual(diagnostics, fresh.diagnostics(URI, DEFAULT_SETTINGS), from);
      assert.deepEqual(s.analysis(URI, DEFAULT_SETTINGS), fresh.analysis(URI, DEFAULT_SETTINGS), from);
    }
  });
});
