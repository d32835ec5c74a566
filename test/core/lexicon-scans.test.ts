/**
 * The scans a lexicon file's text goes through before and after JSON.parse (line starts, nesting depth,
 * where each top-level list's entries start) find strings and line breaks with indexOf: they must
 * answer exactly as a loop over every character does, on any text — escapes, CRLF and lone CRs,
 * unterminated strings included. The loops below are the reference.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { closingQuote, excessiveNesting, topLevelElements } from '../../src/core/lexicon/parse';
import { createLineIndex, lineStarts } from '../../src/core/positions';

function lineStartsByLoop(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function nestingByLoop(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/** Text made of the characters the scans look at, and a few they do not. */
const scanText = fc.array(fc.constantFrom('"', '\\', '[', ']', '{', '}', '\n', '\r', ' ', 'a', 'β', ',', ':'), { maxLength: 80 }).map((cs) => cs.join(''));

describe('lexicon text scans', () => {
  it('finds line starts as a loop over every character does (LF, CRLF, lone CR)', () => {
    for (const text of ['', 'a', '\n', '\r', '\r\n', '\n\r', 'a\r\n\r\nb', 'a\rb\nc\r', '\r\r\n\n']) assert.deepEqual(lineStarts(text), lineStartsByLoop(text), JSON.stringify(text));
    fc.assert(fc.property(scanText, (text) => assert.deepEqual(lineStarts(text), lineStartsByLoop(text))), { numRuns: 2000 });
    const lines = createLineIndex('ab\r\ncd\ref\ngh');
    assert.deepEqual([lines.positionAt(4), lines.positionAt(7), lines.positionAt(10), lines.lineCount], [{ line: 1, character: 0 }, { line: 2, character: 0 }, { line: 3, character: 0 }, 4]);
  });

  it('finds the quote that closes a string past escaped quotes and backslashes', () => {
    assert.equal(closingQuote('"abc"', 0), 4);
    assert.equal(closingQuote('"a\\"b"', 0), 5);
    assert.equal(closingQuote('"a\\\\"b"', 0), 4);
    assert.equal(closingQuote('"a\\\\\\"b"', 0), 7);
    assert.equal(closingQuote('"unterminated\\"', 0), 15);
  });

  it('measures nesting as a loop over every character does, brackets in strings not counted', () => {
    assert.equal(excessiveNesting('[[["[[[["]]]', 3), -1);
    assert.equal(excessiveNesting('[[["\\"[[[["[', 3), 11);
    fc.assert(fc.property(scanText, fc.integer({ min: 0, max: 4 }), (text, max) => assert.equal(excessiveNesting(text, max), nestingByLoop(text, max))), { numRuns: 2000 });
  });

  it('locates the entries of top-level lists past strings with escaped quotes and brackets', () => {
    const text = JSON.stringify({ 'a"b': ['x"]', 1], entities: [{ id: 'q\\"[', v: ['"', '\\'] }, 'it\'s "]"', { x: {} }], 'ent\\ities': [2] }, null, 1);
    const out = topLevelElements(text);
    const value = JSON.parse(text) as Record<string, unknown[]>;
    assert.deepEqual([...out.keys()], Object.keys(value));
    for (const [key, offsets] of out) {
      assert.equal(offsets.length, value[key].length, key);
      offsets.forEach((offset, i) => assert.ok(text.startsWith(JSON.stringify(value[key][i], null, 1).split('\n')[0], offset), `${key}[${i}]`));
    }
  });
});
