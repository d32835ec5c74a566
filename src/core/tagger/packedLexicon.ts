/**
 * compromise's lexicon (25,000 words, each with its tag or tags) packed into a few strings, and read
 * back as an object that looks a word up when asked instead of being built at start. As a JSON object
 * it took about 30 ms to parse at every start (25,000 keys made into properties), most of a one-sentence
 * check's own work; a sentence asks it for a few dozen words. Any other use (listing its keys, adding
 * or removing words) first builds the plain object, in the original order, and goes on with that.
 */

/** The lexicon as the build writes it (in the model's JSON, in the lexicon's place). */
export interface PackedLexicon {
  /** The words, in the lexicon's order, one after the other. */
  words: string;
  /** Each word's length, one digit each (where each starts is summed at load, not searched for). */
  lengths: string;
  /** The distinct values (a tag, or a list of tags). */
  values: unknown[];
  /** For each word (same order), the index of its value, two digits each. */
  valueOf: string;
  /** The words' indices in sorted order (code-unit order, as `<` compares), three digits each. */
  sorted: string;
}

/**
 * Numbers are written in base 64 with digits JSON leaves as they are (no quote, no backslash, nothing
 * escaped): a word's length in one digit, a value's index in two, a word's index in three.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/';
const LENGTH_DIGITS = 1;
const VALUE_DIGITS = 2;
const INDEX_DIGITS = 3;

function digits(n: number, width: number): string {
  if (n >= 64 ** width) throw new Error(`compromise lexicon: ${n} does not fit in ${width} digits`);
  let out = '';
  for (let k = width - 1; k >= 0; k--) out += DIGITS[Math.floor(n / 64 ** k) % 64];
  return out;
}

const DIGIT_VALUE = new Int8Array(128);
for (let k = 0; k < DIGITS.length; k++) DIGIT_VALUE[DIGITS.charCodeAt(k)] = k;

/** The number written at `at` in `width` digits. */
function numberAt(text: string, at: number, width: number): number {
  let n = 0;
  for (let k = 0; k < width; k++) n = n * 64 + DIGIT_VALUE[text.charCodeAt(at + k)];
  return n;
}

export function packLexicon(lexicon: Record<string, unknown>): PackedLexicon {
  const words = Object.keys(lexicon);
  const valueIndex = new Map<string, number>();
  const values: unknown[] = [];
  let valueOf = '';
  for (const w of words) {
    const key = JSON.stringify(lexicon[w]);
    let k = valueIndex.get(key);
    if (k === undefined) {
      k = values.length;
      valueIndex.set(key, k);
      values.push(lexicon[w]);
    }
    valueOf += digits(k, VALUE_DIGITS);
  }
  const order = words.map((_, i) => i).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0));
  return {
    words: words.join(''), lengths: words.map((w) => digits(w.length, LENGTH_DIGITS)).join(''), values, valueOf,
    sorted: order.map((i) => digits(i, INDEX_DIGITS)).join(''),
  };
}

/** Where each word starts in `words` (and, last, the end). */
function wordStarts(lengths: string): Int32Array {
  const starts = new Int32Array(lengths.length + 1);
  for (let k = 0; k < lengths.length; k++) starts[k + 1] = starts[k] + numberAt(lengths, k, LENGTH_DIGITS);
  return starts;
}

/** Looks words up in a packed lexicon by binary search; a list value is made once per word, as JSON.parse gave each its own. */
class PackedWords {
  private readonly starts: Int32Array;
  private readonly lists = new Map<number, unknown>();

  constructor(private readonly packed: PackedLexicon) {
    this.starts = wordStarts(packed.lengths);
  }

  get size(): number {
    return this.starts.length - 1;
  }

  word(i: number): string {
    return this.packed.words.slice(this.starts[i], this.starts[i + 1]);
  }

  value(i: number): unknown {
    const v = this.packed.values[numberAt(this.packed.valueOf, i * VALUE_DIGITS, VALUE_DIGITS)];
    if (v === null || typeof v !== 'object') return v;
    let own = this.lists.get(i);
    if (own === undefined) {
      own = structuredCopy(v);
      this.lists.set(i, own);
    }
    return own;
  }

  /** The index of `word`, or -1. */
  find(word: string): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const i = numberAt(this.packed.sorted, mid * INDEX_DIGITS, INDEX_DIGITS);
      const w = this.word(i);
      if (w === word) return i;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** A copy of a JSON value (arrays and objects of strings, numbers, booleans, null). */
function structuredCopy(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v)) as unknown;
}

/** The lexicon as an object that reads the packed form; see the file's comment. */
export function lazyLexicon(packed: PackedLexicon): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  let words: PackedWords | undefined;
  let built = false;
  // Words asked for before: a long manuscript asks for the same few thousand again and again.
  const asked = new Map<string, number>();
  const lookup = (key: string | symbol): number => {
    if (typeof key !== 'string') return -1;
    let i = asked.get(key);
    if (i === undefined) {
      words ??= new PackedWords(packed);
      i = words.find(key);
      asked.set(key, i);
    }
    return i;
  };
  /** From now on, the plain object: every word in order, then whatever the caller does to it. */
  const build = (): void => {
    if (built) return;
    built = true;
    words ??= new PackedWords(packed);
    // Defined, not assigned: a word such as "__proto__" is an own property, as JSON.parse makes it.
    for (let i = 0; i < words.size; i++) Object.defineProperty(target, words.word(i), { value: words.value(i), writable: true, enumerable: true, configurable: true });
  };
  return new Proxy(target, {
    get(t, key, receiver) {
      if (!built) {
        const i = lookup(key);
        if (i >= 0) return (words as PackedWords).value(i);
      }
      return Reflect.get(t, key, receiver) as unknown;
    },
    has(t, key) {
      return (!built && lookup(key) >= 0) || Reflect.has(t, key);
    },
    getOwnPropertyDescriptor(t, key) {
      if (!built) {
        const i = lookup(key);
        return i >= 0 ? { value: (words as PackedWords).value(i), writable: true, enumerable: true, configurable: true } : undefined;
      }
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    ownKeys(t) {
      build();
      return Reflect.ownKeys(t);
    },
    set(t, key, value, receiver) {
      build();
      return Reflect.set(t, key, value, receiver);
    },
    defineProperty(t, key, descriptor) {
      build();
      return Reflect.defineProperty(t, key, descriptor);
    },
    deleteProperty(t, key) {
      build();
      return Reflect.deleteProperty(t, key);
    },
    preventExtensions(t) {
      build();
      return Reflect.preventExtensions(t);
    },
  });
}
