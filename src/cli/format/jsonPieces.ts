/**
 * JSON.stringify(value, null, 2), character for character, in pieces: arrays and objects down to
 * `levels` deep are opened and their members written one by one, deeper values in one piece each.
 */
import { escapeJsonText } from '../escape';

const pad = (depth: number): string => '  '.repeat(depth);

/** One value stringified at `depth` (its inner lines indented to match). */
function leaf(value: unknown, depth: number): string {
  const json = JSON.stringify(value, null, 2) ?? 'null';
  // JSON strings hold no raw newline, so every newline is layout.
  return escapeJsonText(depth === 0 ? json : json.replace(/\n/g, `\n${pad(depth)}`));
}

/** Whether JSON.stringify would write this member of an object (it leaves out undefined, functions, symbols). */
function written(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** An array whose items are made one at a time as they are written (a mapped list, without the copy). */
export class MappedArray<T> {
  constructor(readonly items: readonly T[], readonly map: (item: T) => unknown) {}
}

export function* jsonPieces(value: unknown, levels: number, depth = 0): Generator<string> {
  if (value instanceof MappedArray) {
    const { items, map } = value as MappedArray<unknown>;
    if (levels <= 0) {
      yield leaf(items.map(map), depth);
      return;
    }
    if (items.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < items.length; i++) {
      yield `${i === 0 ? '' : ','}\n${pad(depth + 1)}`;
      const item = map(items[i]);
      yield* jsonPieces(written(item) ? item : null, levels - 1, depth + 1);
    }
    yield `\n${pad(depth)}]`;
    return;
  }
  const open = levels > 0 && value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (!open) {
    yield leaf(value, depth);
    return;
  }
  if (Array.isArray(value)) {
    yield* jsonPieces(new MappedArray(value, (item) => item), levels, depth);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => written(v));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, v] of entries) {
    yield `${first ? '' : ','}\n${pad(depth + 1)}${escapeJsonText(JSON.stringify(key))}: `;
    first = false;
    yield* jsonPieces(v, levels - 1, depth + 1);
  }
  yield `\n${pad(depth)}}`;
}

/**
 * An array written item by item at `depth`, after a caller has written its opening "[": the items
 * need not exist together (each file's diagnostics are written before the next file is read).
 */
export class JsonArrayWriter {
  private count = 0;

  constructor(private readonly depth: number) {}

  *item(value: unknown, levels = 0): Generator<string> {
    yield `${this.count++ === 0 ? '' : ','}\n${pad(this.depth + 1)}`;
    yield* jsonPieces(value, levels, this.depth + 1);
  }

  close(): string {
    return this.count === 0 ? ']' : `\n${pad(this.depth)}]`;
  }
}
