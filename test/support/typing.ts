/**
 * An author typing into an open document: "osteogenic " typed one character at a time at sentence
 * starts spread through the text, the document analysed after every keystroke as the editor does.
 * The heap is measured after the first analysis and after the last keystroke (a full collection
 * before each), for the memory bound of the hostile-input test and of `npm run fuzz`.
 */
import type { Analyzer } from '../../src/core';

export interface TypingHeap {
  before: number;
  after: number;
}

export function heapWhileTyping(analyzer: Analyzer, start: string, keystrokes: number, gc: () => void): TypingHeap {
  const uri = 'test://typing.md';
  let text = start;
  analyzer.analyze({ uri, text, languageId: 'markdown' }, { hints: true });
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const word = 'osteogenic ';
  let at = 0;
  for (let i = 0; i < keystrokes; i++) {
    if (i % word.length === 0) at = text.indexOf('. ', (i * 7919) % text.length) + 2;
    text = text.slice(0, at) + word[i % word.length] + text.slice(at);
    at++;
    analyzer.analyze({ uri, text, languageId: 'markdown' }, { hints: true });
  }
  gc();
  gc();
  return { before, after: process.memoryUsage().heapUsed };
}
