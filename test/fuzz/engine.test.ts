/**
 * Property-based fuzzing of the engine on random and mutated Markdown, LaTeX and plain documents and
 * edit sequences. `npm test` runs a short pass; `npm run fuzz` runs 10,000 documents and 10,000 edits.
 * A failure prints the shrunk document (and edits) that breaks the property, and its seed.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createAnalyzer, type AnalysisResult, type Position, type Range } from '../../src/core';
import { bundled } from '../support/lexicon';
import { applyEdit, document, editSession, EDITS_PER_SESSION, RUNS } from './documents';

/** Line starts as VS Code counts them (CRLF, LF, lone CR), computed here independently of the core. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

/** Every range of a result, named for the failure message. */
function rangesOf(r: AnalysisResult): Array<[string, Range]> {
  const out: Array<[string, Range]> = [];
  r.mentions.forEach((m, i) => out.push([`mention ${i}`, m.range]));
  r.claims.forEach((c, i) => {
    out.push([`claim ${i}`, c.range], [`claim ${i} sentence`, c.sentenceRange]);
    if (c.cueRange) out.push([`claim ${i} cue`, c.cueRange]);
  });
  r.diagnostics.forEach((d, i) => {
    out.push([`diagnostic ${i}`, d.range]);
    if (d.fix) out.push([`diagnostic ${i} fix`, d.fix.range]);
  });
  return out;
}

/** The offset of a position, or a reason it is not a position of this text. */
function offsetOf(text: string, starts: number[], p: Position): number | string {
  if (!Number.isInteger(p.line) || p.line < 0 || p.line >= starts.length) return `line ${p.line} of ${starts.length}`;
  const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] - (/\r\n$/.test(text.slice(0, starts[p.line + 1])) ? 2 : 1) : text.length;
  if (!Number.isInteger(p.character) || p.character < 0 || starts[p.line] + p.character > lineEnd) return `character ${p.character} past the end of line ${p.line}`;
  const offset = starts[p.line] + p.character;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return `offset ${offset} splits a surrogate pair`;
  return offset;
}

/** No reading rule failed on a sentence (the analyzer turns a failure into a "not read in full" notice naming the rule). */
function assertNoRuleFailed(r: AnalysisResult): void {
  for (const d of r.diagnostics) assert.ok(!(d.code === 'not-read' && /the reading rule .* failed/.test(d.message)), d.message);
}

function assertRangesValid(text: string, r: AnalysisResult): void {
  const starts = lineStarts(text);
  for (const [name, range] of rangesOf(r)) {
    const a = offsetOf(text, starts, range.start);
    const b = offsetOf(text, starts, range.end);
    assert.equal(typeof a, 'number', `${name} start: ${String(a)}`);
    assert.equal(typeof b, 'number', `${name} end: ${String(b)}`);
    assert.ok((a as number) <= (b as number), `${name} ends before it starts`);
  }
  for (const d of r.diagnostics) if (d.claim !== undefined) assert.ok(d.claim >= 0 && d.claim < r.claims.length, 'a diagnostic points at a claim that exists');
}

describe(`fuzz: the engine on random documents (${RUNS} documents, ${RUNS} edits)`, function () {
  this.timeout(0);
  const lexicon = bundled();
  const fresh = createAnalyzer({ lexicon });
  const incremental = createAnalyzer({ lexicon });

  it('never throws nor fails a reading rule, and every range lies inside the text on UTF-16 boundaries', () => {
    fc.assert(
      fc.property(document, ({ language, text }) => {
        const result = fresh.analyze({ text, languageId: language }, { hints: true });
        assertRangesValid(text, result);
        assertNoRuleFailed(result);
      }),
      { numRuns: RUNS },
    );
  });

  it('re-analysing after each edit gives what a fresh analysis of the edited text gives', () => {
    let edits = 0;
    let session = 0;
    fc.assert(
      fc.property(editSession, ({ language, text, edits: steps }) => {
        const uri = `fuzz://session/${session++}`;
        let current = text;
        incremental.analyze({ uri, text: current, languageId: language }, { hints: true });
        for (const step of steps) {
          current = applyEdit(current, step);
          const got = incremental.analyze({ uri, text: current, languageId: language }, { hints: true });
          const want = fresh.analyze({ text: current, languageId: language }, { hints: true });
          assert.deepStrictEqual(got, want);
          assertRangesValid(current, got);
          edits++;
        }
        incremental.forget(uri);
      }),
      { numRuns: Math.ceil(RUNS / EDITS_PER_SESSION) },
    );
    assert.ok(edits >= RUNS, `${edits} edits tried, ${RUNS} wanted`);
  });
});
