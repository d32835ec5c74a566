/**
 * The language server's settings per document: fetched from the client once, kept until they change —
 * and an answer the client gave before a change is never kept after it (a check then used the old
 * severities once more: the language-server test saw a contradiction after it had been switched off).
 */
import { strict as assert } from 'node:assert';
import type { Connection } from 'vscode-languageserver';
import { createSettingsSource } from '../../src/server/settings';

/** A client whose answers to workspace/configuration the test releases one by one. */
function slowClient(): { connection: Connection; asked: number; answer(value: unknown): void } {
  const waiting: Array<(value: unknown) => void> = [];
  const state = {
    asked: 0,
    answer(value: unknown) {
      const next = waiting.shift();
      assert.ok(next, 'no request is waiting');
      next(value);
    },
    connection: {
      workspace: {
        getConfiguration: () => {
          state.asked++;
          return new Promise((resolve) => waiting.push(resolve));
        },
      },
    } as unknown as Connection,
  };
  return state;
}

describe('language server settings', () => {
  it('keeps what the client answered until the settings change', async () => {
    const client = slowClient();
    const source = createSettingsSource(client.connection, true);
    const first = source.get('file:///a.md');
    client.answer({ severity: { contradiction: 'error' } });
    assert.equal((await first).severity.contradiction, 'error');
    assert.equal((await source.get('file:///a.md')).severity.contradiction, 'error');
    assert.equal(client.asked, 1);
  });

  it('does not keep an answer given before a change that arrives after it', async () => {
    const client = slowClient();
    const source = createSettingsSource(client.connection, true);
    const pending = source.get('file:///a.md');
    await Promise.resolve();
    source.changed(null);
    // The answer to the request sent before the change: stale.
    client.answer({ severity: { contradiction: 'error' } });
    await new Promise((resolve) => setImmediate(resolve));
    // The source asks again, and the new answer is what the caller and every later check get.
    assert.equal(client.asked, 2);
    client.answer({ severity: { contradiction: 'off' } });
    assert.equal((await pending).severity.contradiction, 'off');
    assert.equal((await source.get('file:///a.md')).severity.contradiction, 'off');
  });
});
