/** The exception entry every host writes into .mechlens/lexicon.json. */
import { strict as assert } from 'node:assert';
import { exceptionInteraction, withException } from '../../src/service/exceptions';

const claim = { subject: 'il-4', relation: 'promotes', object: 'nfatc1', refs: [104], line: 2, statement: 'IL-4 inhibits NFATc1 [104]' };

describe('exceptions', () => {
  it('starts a workspace lexicon, then appends with a fresh id', () => {
    const entry = exceptionInteraction(claim, 'draft.md');
    assert.match(String(entry.evidence), /^Recorded as an exception from draft\.md:3; .*\(IL-4 inhibits NFATc1 \[104\]\)\.$/);
    const first = withException(undefined, entry);
    const second = JSON.parse(withException(first, entry)) as { interactions: Array<{ id: string }> };
    assert.deepEqual(second.interactions.map((x) => x.id), ['exception-il-4-promotes-nfatc1', 'exception-il-4-promotes-nfatc1-2']);
  });

  it('keeps what the file already holds', () => {
    const text = JSON.stringify({ $schema: 'x', entities: [{ id: 'e' }], interactions: [{ id: 'a' }] });
    const out = JSON.parse(withException(text, exceptionInteraction(claim, 'd.md'))) as Record<string, unknown>;
    assert.equal(out.$schema, 'x');
    assert.deepEqual(out.entities, [{ id: 'e' }]);
    assert.equal((out.interactions as unknown[]).length, 2);
  });

  it('refuses a file that is not a JSON object, saying what to do', () => {
    assert.throws(() => withException('{ broken', exceptionInteraction(claim, 'd.md')), /is not valid JSON; fix it first/);
    assert.throws(() => withException('[1]', exceptionInteraction(claim, 'd.md')), /is not a JSON object/);
  });
});
