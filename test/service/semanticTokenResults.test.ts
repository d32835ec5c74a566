import { strict as assert } from 'node:assert';
import { createSemanticTokenResults, tokenEdits } from '../../src/service/semanticTokenResults';
import type { SemanticTokensEdit } from '../../src/service/lsp';

/** What a client does with the edits: splice each into the array it holds. */
function applied(previous: readonly number[], edits: readonly SemanticTokensEdit[]): number[] {
  const out = [...previous];
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out.splice(e.start, e.deleteCount, ...(e.data ?? []));
  return out;
}

describe('semantic tokens: deltas', () => {
  const before = [0, 0, 4, 1, 0, 0, 9, 5, 1, 0, 2, 3, 6, 0, 0];
  const cases: Array<[string, number[]]> = [
    ['a token inserted in the middle', [0, 0, 4, 1, 0, 0, 9, 5, 1, 0, 0, 20, 4, 2, 0, 2, 3, 6, 0, 0]],
    ['a token removed', [0, 0, 4, 1, 0, 2, 3, 6, 0, 0]],
    ['a token moved along its line', [0, 0, 4, 1, 0, 0, 10, 5, 1, 0, 2, 3, 6, 0, 0]],
    ['the first token changed', [0, 1, 4, 1, 0, 0, 9, 5, 1, 0, 2, 3, 6, 0, 0]],
    ['all tokens gone', []],
  ];
  for (const [what, after] of cases) {
    it(`turns the old array into the new one: ${what}`, () => {
      const edits = tokenEdits(before, after);
      assert.equal(edits.length, 1);
      assert.deepEqual(applied(before, edits), after);
      assert.ok((edits[0].data ?? []).length <= after.length);
    });
  }

  it('sends no edit when nothing changed, and only the changed run when little did', () => {
    assert.deepEqual(tokenEdits(before, [...before]), []);
    const after = [...before];
    after[6] = 10;
    assert.deepEqual(tokenEdits(before, after), [{ start: 6, deleteCount: 1, data: [10] }]);
  });

  it('answers a delta against the last result sent, and everything against any other', () => {
    const results = createSemanticTokenResults();
    const first = results.full('a', before);
    const next = [...before, 1, 0, 3, 2, 0];
    const delta = results.delta('a', first.resultId ?? '', next);
    assert.ok('edits' in delta && delta.resultId !== first.resultId);
    assert.deepEqual(applied(before, delta.edits), next);
    // An older result, another document's result or a forgotten one: the whole array again.
    assert.deepEqual(results.delta('a', first.resultId ?? '', before), { resultId: String(Number(delta.resultId) + 1), data: before });
    results.forget('a');
    assert.ok('data' in results.delta('a', String(Number(delta.resultId) + 1), before));
  });
});
