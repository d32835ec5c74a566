/** A promise that settles when any of some cancellation tokens is cancelled, for waits that must end then. */
import type { CancellationToken } from 'vscode-languageserver';

export interface Cancelled {
  /** Resolves once a token is cancelled (at once if one is already); never rejects. */
  readonly promise: Promise<void>;
  /** Removes the listeners from the tokens. */
  dispose(): void;
}

export function whenCancelled(tokens: ReadonlyArray<CancellationToken | undefined>): Cancelled {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  const listening = tokens.flatMap((t) => (t === undefined ? [] : [t.onCancellationRequested(() => resolve())]));
  if (tokens.some((t) => t?.isCancellationRequested === true)) resolve();
  return { promise, dispose: () => listening.forEach((l) => l.dispose()) };
}
