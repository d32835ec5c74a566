/** The running language client as the VS Code features use it: requests wait until the server is up. */
import type { BaseLanguageClient } from 'vscode-languageclient';

export interface ServerConnection {
  readonly client: BaseLanguageClient;
  /** Resolves when the server has started (rejects if it failed to). */
  readonly ready: Promise<void>;
  /** A request once the server is up. */
  request<R>(method: string, params: unknown): Promise<R>;
}

export function serverConnection(client: BaseLanguageClient, ready: Promise<void>): ServerConnection {
  return {
    client,
    ready,
    async request<R>(method: string, params: unknown): Promise<R> {
      await ready;
      return client.sendRequest<R>(method, params);
    },
  };
}
