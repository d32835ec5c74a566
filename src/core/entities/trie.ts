/**
 * A character trie over normalised keys. Lookup cost depends on the key length, never on how many
 * terms the lexicon holds, so scanning a text is linear in its length. Stored compactly (TrieNodes,
 * 14 bytes a node in typed arrays; the unbranched end of a key as a run of code units, TrieTails, 2
 * bytes each and 6 at its end); the root's children are a direct table. A user lexicon of 500,000
 * spellings makes millions of nodes: a map entry or an object per node would cost hundreds of MB and
 * seconds to build.
 */

import { LazyBlocks, type LazyRows } from './lazyBlocks';
import { joined, PAGE, PAGE_BITS, pageViews, viewPages } from './pages';
import { RUN_END, TrieTails } from './trieTails';

const OFFSET = PAGE - 1;

/** Rows read in one go from a lazy column: a 4 KB page of an Int32 column (the unit memory is given in). */
export const LAZY_NODE_BITS = 10;

/**
 * The nodes of a first-child / next-sibling trie: for each node the code unit on the edge into it, its
 * first child, its next sibling and a number for the caller (what ends there), 0 meaning none (node 0,
 * the root, is nobody's child or sibling). Kept in pages of 65,536 nodes: growing adds a page and
 * never copies, so building a trie of millions of nodes holds no second copy of it at any moment.
 * The first page starts small and doubles, for the many small tries; a page read back from columns is
 * a view of them, copied into a whole page only if the trie grows into it.
 */
export class TrieNodes {
  private codes: Uint16Array[] = [new Uint16Array(256)];
  private firstChildren: Int32Array[] = [new Int32Array(256)];
  private nextSiblings: Int32Array[] = [new Int32Array(256)];
  private terms: Int32Array[] = [new Int32Array(256)];
  /** Nodes made, the root included. */
  size = 1;
  /** For nodes read back lazily: the blocks of LAZY_NODE_BITS rows, read when first used. */
  private blocks: LazyBlocks | undefined;

  /** A new node reached along `code` (linked by the caller). */
  add(code: number): number {
    const node = this.size;
    const page = node >>> PAGE_BITS;
    if (page === this.codes.length) {
      this.codes.push(new Uint16Array(PAGE));
      this.firstChildren.push(new Int32Array(PAGE));
      this.nextSiblings.push(new Int32Array(PAGE));
      this.terms.push(new Int32Array(PAGE));
    } else if ((node & OFFSET) >= this.codes[page].length) this.widen(page);
    this.codes[page][node & OFFSET] = code;
    this.size++;
    return node;
  }

  /** Reads the block of `node` if it is a lazy row not read yet. */
  private need(node: number): void {
    const blocks = this.blocks;
    if (blocks !== undefined) blocks.need(node);
  }

  /** Every lazy row read (before the pages are written whole, or copied). */
  private needAll(first = 0, end = this.size): void {
    this.blocks?.needAll(first, end);
  }

  code(node: number): number {
    this.need(node);
    return this.codes[node >>> PAGE_BITS][node & OFFSET];
  }

  firstChild(node: number): number {
    this.need(node);
    return this.firstChildren[node >>> PAGE_BITS][node & OFFSET];
  }

  setFirstChild(node: number, child: number): void {
    this.need(node);
    this.firstChildren[node >>> PAGE_BITS][node & OFFSET] = child;
  }

  nextSibling(node: number): number {
    this.need(node);
    return this.nextSiblings[node >>> PAGE_BITS][node & OFFSET];
  }

  setNextSibling(node: number, sibling: number): void {
    this.need(node);
    this.nextSiblings[node >>> PAGE_BITS][node & OFFSET] = sibling;
  }

  term(node: number): number {
    this.need(node);
    return this.terms[node >>> PAGE_BITS][node & OFFSET];
  }

  setTerm(node: number, term: number): void {
    this.need(node);
    this.terms[node >>> PAGE_BITS][node & OFFSET] = term;
  }

  /** The nodes as four plain arrays (code, first child, next sibling, term per node), for a generated file. */
  toArrays(): { codes: number[]; firstChildren: number[]; nextSiblings: number[]; terms: number[] } {
    const out = { codes: [] as number[], firstChildren: [] as number[], nextSiblings: [] as number[], terms: [] as number[] };
    for (let node = 0; node < this.size; node++) {
      out.codes.push(this.code(node));
      out.firstChildren.push(this.firstChild(node));
      out.nextSiblings.push(this.nextSibling(node));
      out.terms.push(this.term(node));
    }
    return out;
  }

  /** Nodes read back from `toArrays`: the same pages as from columns (one copy of each list, then views). */
  static fromArrays(a: { codes: readonly number[]; firstChildren: readonly number[]; nextSiblings: readonly number[]; terms: readonly number[] }): TrieNodes {
    return TrieNodes.fromColumns({
      codes: Uint16Array.from(a.codes), firstChildren: Int32Array.from(a.firstChildren), nextSiblings: Int32Array.from(a.nextSiblings), terms: Int32Array.from(a.terms),
    });
  }

  /** The nodes as four columns, each as views of its pages (no copy; the compiled-lexicon cache writes them). */
  columns(): { codes: Uint16Array[]; firstChildren: Int32Array[]; nextSiblings: Int32Array[]; terms: Int32Array[] } {
    this.needAll();
    return {
      codes: pageViews(this.codes, this.size),
      firstChildren: pageViews(this.firstChildren, this.size),
      nextSiblings: pageViews(this.nextSiblings, this.size),
      terms: pageViews(this.terms, this.size),
    };
  }

  /**
   * Nodes read back from their columns (joined), their pages views of the arrays given (no copy). With
   * `lazy`, the columns' bytes are not there yet: each block of rows is read when first used (and
   * checked by `lazy`).
   */
  static fromColumns(c: { codes: Uint16Array; firstChildren: Int32Array; nextSiblings: Int32Array; terms: Int32Array }, lazy?: LazyRows): TrieNodes {
    const nodes = new TrieNodes();
    nodes.codes = viewPages(c.codes);
    nodes.firstChildren = viewPages(c.firstChildren);
    nodes.nextSiblings = viewPages(c.nextSiblings);
    nodes.terms = viewPages(c.terms);
    nodes.size = c.codes.length;
    if (lazy !== undefined) nodes.blocks = new LazyBlocks(lazy, LAZY_NODE_BITS);
    return nodes;
  }

  /**
   * A page the trie grows past the end of (a first page that doubles, or one read back as a view):
   * copied into a longer one, its lazy rows read first.
   */
  private widen(page: number): void {
    const first = page << PAGE_BITS;
    this.needAll(first, Math.min(this.size, first + PAGE));
    const size = Math.min(PAGE, Math.max(256, this.codes[page].length * 2));
    const codes = new Uint16Array(size);
    codes.set(this.codes[page]);
    this.codes[page] = codes;
    const wider = (old: Int32Array): Int32Array => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    this.firstChildren[page] = wider(this.firstChildren[page]);
    this.nextSiblings[page] = wider(this.nextSiblings[page]);
    this.terms[page] = wider(this.terms[page]);
  }
}

/** Sibling steps a scan may take before its node gets a table of its ASCII children (see WideChildren). */
const WIDE = 8;

/**
 * While keys are inserted: for each wide node (one whose sibling list a scan walked WIDE steps along),
 * its children along ASCII code units in a table of 128, so finding a child, or where a new one goes
 * among its siblings, reads one contiguous row instead of a chain of scattered nodes. A 50,000-entity
 * lexicon has some 6,000 such nodes and about 3 million of its sibling steps were on them, most of the
 * time of inserting. Never stored: the sibling lists stay the trie's only form, and a row is dropped with
 * the rest of the insertion state.
 */
class WideChildren {
  /** Row + 1 of each node that has one, by node in pages as TrieNodes' (undefined until one of the page's has a row). */
  private rowOf: Array<Int32Array | undefined> = [];
  /** The rows, ROWS_PER_PAGE to a page, 128 children each (0 for none). */
  private rows: Int32Array[] = [];
  private count = 0;

  /** The row of `node`, or -1. */
  rowFor(node: number): number {
    const page = node >>> PAGE_BITS;
    const rows = page < this.rowOf.length ? this.rowOf[page] : undefined;
    return rows === undefined ? -1 : rows[node & OFFSET] - 1;
  }

  /** The child of the node of `row` along ASCII `code`, 0 for none. */
  child(row: number, code: number): number {
    return this.rows[row >>> ROW_BITS][((row & ROW_OFFSET) << 7) | code];
  }

  /** The child of the node of `row` along the nearest ASCII code below `code`, 0 for none (siblings are in code order). */
  below(row: number, code: number): number {
    const page = this.rows[row >>> ROW_BITS];
    const base = (row & ROW_OFFSET) << 7;
    for (let k = code - 1; k >= 0; k--) if (page[base | k] !== 0) return page[base | k];
    return 0;
  }

  set(row: number, code: number, child: number): void {
    this.rows[row >>> ROW_BITS][((row & ROW_OFFSET) << 7) | code] = child;
  }

  /** A new row for `node`, filled with its ASCII children from its sibling list; the row. */
  add(node: number, nodes: TrieNodes): number {
    const row = this.count++;
    if (row >>> ROW_BITS === this.rows.length) this.rows.push(new Int32Array(ROWS_PER_PAGE << 7));
    const page = node >>> PAGE_BITS;
    while (this.rowOf.length <= page) this.rowOf.push(undefined);
    const rows = (this.rowOf[page] ??= new Int32Array(PAGE));
    rows[node & OFFSET] = row + 1;
    for (let c = nodes.firstChild(node); c > 0 && nodes.code(c) < 128; c = nodes.nextSibling(c)) this.set(row, nodes.code(c), c);
    return row;
  }
}

const ROW_BITS = 9;
const ROWS_PER_PAGE = 1 << ROW_BITS;
const ROW_OFFSET = ROWS_PER_PAGE - 1;

/**
 * The indices of `keys` grouped by their first two code units, in order within each group: the hints'
 * trie is built in this order, a part at a time while it is in the processor's cache.
 */
export function groupedOrder(keys: readonly string[]): Int32Array {
  const GROUPS = 4096;
  const groups = new Int32Array(keys.length);
  const starts = new Int32Array(GROUPS + 1);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const g = ((key.charCodeAt(0) | 0) * 64 + (key.length > 1 ? key.charCodeAt(1) : 0)) % GROUPS;
    groups[k] = g;
    starts[g + 1]++;
  }
  for (let g = 0; g < GROUPS; g++) starts[g + 1] += starts[g];
  const order = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) order[starts[groups[k]]++] = k;
  return order;
}

/**
 * A trie as plain data, for a file the build generates (generated/lexicon-tries.json): read back, it is
 * the same trie, node for node, without inserting a key.
 */
export interface TrieData {
  codes: number[];
  firstChildren: number[];
  nextSiblings: number[];
  terms: number[];
  /** The root's children by code unit below 256. */
  rootChildren: number[];
  /** The root's other children, [code unit, node]. */
  rootWide: Array<[number, number]>;
  /** The tails' code units, each run's term after it (see TrieTails). */
  tailCodes: number[];
  termLists: string[][];
}

/**
 * A trie as typed arrays, for the compiled-lexicon cache (lexicon/compiledForm.ts): read back
 * (`new Trie(parts)`) it is the same trie, its full pages views of these arrays. The columns are TrieData's.
 */
export interface TrieParts {
  codes: Uint16Array;
  firstChildren: Int32Array;
  nextSiblings: Int32Array;
  terms: Int32Array;
  rootChildren: Int32Array;
  /** The root's other children as pairs: code unit, node. */
  rootWide: Int32Array;
  tailCodes: Uint16Array;
  /** The term lists; an index left empty (a hole) is made by `makeList` when first looked up. */
  termLists: string[][];
  /**
   * Makes term list `index` (from 0): a form read back from the cache leaves its lists to be made as a
   * check meets them (it meets a few hundred of a large lexicon's 100,000), not as arrays made at start.
   */
  makeList?: (index: number) => string[];
  /** Nodes, and tail positions, whose bytes are read when first used (see LazyRows): the columns are not there yet. */
  lazyNodes?: LazyRows;
  lazyTails?: LazyRows;
}

/**
 * Levels laid out breadth first, from the root, by `Trie.laidOut`; below them each subtree is laid out
 * on its own. Every walk reads the first levels (their nodes have many children), and a walk goes deeper
 * only into a few subtrees: each then a few blocks of rows, read when first used (LazyRows).
 */
const LAID_OUT_LEVELS = 4;

function isParts(data: TrieData | TrieParts): data is TrieParts {
  return data.codes instanceof Uint16Array;
}

/**
 * What `child` returns for a position in a tail: TAIL + the position. Below it, a node. (A lexicon file
 * is at most LIMITS.lexiconMaxMb, so its keys hold far fewer code units than this.)
 */
const TAIL = 1 << 29;

/** Code units of the prefixes whose nodes an insert remembers (see Trie.prefixNodes). */
const PREFIX = 3;

/** A number for the key's first PREFIX code units when they are ASCII (most keys), else -1. */
function prefixCode(key: string): number {
  if (key.length < PREFIX) return -1;
  const a = key.charCodeAt(0);
  const b = key.charCodeAt(1);
  const c = key.charCodeAt(2);
  return (a | b | c) < 128 ? (a << 14) | (b << 7) | c : -1;
}

export class Trie {
  /**
   * Siblings in code-unit order, so a lookup stops at the first larger one; a node's term is 1 + its
   * index in termLists. A node whose first child is negative (-p) has one child, the tail at position p.
   */
  private readonly nodes: TrieNodes;
  /** The unbranched ends of keys, a code unit per position, each run's term after it (see TrieTails). */
  private readonly tails: TrieTails;
  /** The root's children by code unit below 256 (the root has many: a sibling list would be slow); others in a map. */
  private readonly rootChildren: Int32Array;
  private readonly rootWide: Map<number, number>;
  /**
   * Entity ids whose spelling ends at a node (more than one only for declared ambiguous spellings). A
   * list is never changed: the keys of one entity share its list's term number, and a node that gains
   * an id gets a new list. (A term number per key would make a list entry per key: half a million.)
   */
  private readonly termLists: string[][];
  /** Makes a list termLists has a hole for (see TrieParts.makeList). */
  private readonly makeList: ((index: number) => string[]) | undefined;
  /** The last id inserted (or list added) and its term number: an entity's spellings share one list. */
  private lastId: string | undefined;
  private lastList: string[] | undefined;
  private lastTerm = 0;
  /** Times a key gained an id it did not have (a key of two entities: see lexiconTries' mayShare). */
  private shared = 0;
  /**
   * While keys are inserted: the node each ASCII prefix of PREFIX code units ends at (a node, never a
   * tail position), so a key starts its walk there. The first steps from the root are the costly ones:
   * the nodes there have dozens of children, each a scattered read (about 6 million of them for a
   * 50,000-entity lexicon, against under a million below). Dropped by `endInsertion`.
   */
  private prefixNodes = new Map<number, number>();
  /** While keys are inserted: the ASCII children of wide nodes (see WideChildren). Dropped by `endInsertion`. */
  private wide = new WideChildren();

  static readonly ROOT = 0;

  /** An empty trie, or the one `data` (from `toData` or `toParts`) describes. */
  constructor(data?: TrieData | TrieParts) {
    if (data !== undefined && isParts(data)) {
      this.nodes = TrieNodes.fromColumns(data, data.lazyNodes);
      this.tails = TrieTails.fromColumns(data, data.lazyTails);
      this.rootChildren = data.rootChildren;
      this.rootWide = new Map();
      for (let k = 0; k + 1 < data.rootWide.length; k += 2) this.rootWide.set(data.rootWide[k], data.rootWide[k + 1]);
      this.termLists = data.termLists;
      this.makeList = data.makeList;
      return;
    }
    this.nodes = data ? TrieNodes.fromArrays(data) : new TrieNodes();
    this.tails = data ? TrieTails.fromArrays(data) : new TrieTails();
    this.rootChildren = data ? Int32Array.from(data.rootChildren) : new Int32Array(256);
    this.rootWide = new Map(data?.rootWide ?? []);
    this.termLists = data ? data.termLists.map((ids) => [...ids]) : [];
  }

  toData(): TrieData {
    return {
      ...this.nodes.toArrays(), rootChildren: [...this.rootChildren], rootWide: [...this.rootWide], ...this.tails.toArrays(),
      termLists: this.allLists().map((ids) => [...ids]),
    };
  }

  /** The trie's columns, each as views of its pages (no copy), and its term lists (its own): what toParts joins. */
  toChunks(): { [K in Exclude<keyof TrieParts, 'termLists' | 'makeList' | 'lazyNodes' | 'lazyTails'>]: Array<TrieParts[K]> } & { termLists: string[][] } {
    const wide: number[] = [];
    for (const [code, node] of this.rootWide) wide.push(code, node);
    return { ...this.nodes.columns(), rootChildren: [this.rootChildren], rootWide: [Int32Array.from(wide)], ...this.tails.columns(), termLists: this.allLists() };
  }

  /** The trie as typed arrays (see TrieParts); the term lists are the trie's own, not copies. */
  toParts(): TrieParts {
    const c = this.toChunks();
    const u16 = (n: number): Uint16Array => new Uint16Array(n);
    const i32 = (n: number): Int32Array => new Int32Array(n);
    return {
      codes: joined(c.codes, u16), firstChildren: joined(c.firstChildren, i32), nextSiblings: joined(c.nextSiblings, i32), terms: joined(c.terms, i32),
      rootChildren: joined(c.rootChildren, i32), rootWide: joined(c.rootWide, i32), tailCodes: joined(c.tailCodes, u16), termLists: c.termLists,
    };
  }

  /**
   * The trie as toParts gives it (its tails as views of their pages), but its nodes numbered anew for
   * reading back lazily (the compiled-lexicon cache): breadth first over the first LAID_OUT_LEVELS levels,
   * then each subtree below them breadth first on its own, a node's children always one after another.
   * The same keys, ids and walks; a check of a draft then reads about 250 blocks of a 50,000-entity
   * lexicon's 800 instead of all of them (in insertion order it touched three in four). (Nodes no walk
   * reaches, if any, keep their place after the others.)
   */
  laidOut(): Omit<TrieParts, 'tailCodes'> & { tailCodes: Uint16Array[] } {
    // (The columns' pages read directly: hundreds of thousands of nodes, each visited a few times.)
    const { codes: codePages, firstChildren: firstPages, nextSiblings: nextPages, terms: termPages } = this.nodes.columns();
    const n = this.nodes.size;
    const order = new Int32Array(n); // new number → old
    const place = new Int32Array(n).fill(-1); // old number → new
    let length = 1;
    place[0] = 0;
    /** Numbers the children of `old`, in sibling order, from `length` on. */
    const children = (old: number): void => {
      for (let c = firstPages[old >>> PAGE_BITS][old & OFFSET]; c > 0; c = nextPages[c >>> PAGE_BITS][c & OFFSET]) {
        if (place[c] >= 0) continue;
        place[c] = length;
        order[length++] = c;
      }
    };
    const root: number[] = [];
    for (let code = 0; code < 256; code++) if (this.rootChildren[code] > 0) root.push(this.rootChildren[code]);
    for (const [, node] of [...this.rootWide].sort((a, b) => a[0] - b[0])) root.push(node);
    for (const c of root) {
      if (c < n && place[c] < 0) {
        place[c] = length;
        order[length++] = c;
      }
    }
    let level = 1;
    let levelEnd = length;
    for (let depth = 1; depth < LAID_OUT_LEVELS; depth++) {
      for (let q = level; q < levelEnd; q++) children(order[q]);
      level = levelEnd;
      levelEnd = length;
    }
    for (let q = level; q < levelEnd; q++) {
      let next = length;
      children(order[q]);
      while (next < length) children(order[next++]);
    }
    for (let old = 1; old < n; old++) {
      if (place[old] < 0) {
        place[old] = length;
        order[length++] = old;
      }
    }
    const codes = new Uint16Array(n);
    const firstChildren = new Int32Array(n);
    const nextSiblings = new Int32Array(n);
    const terms = new Int32Array(n);
    for (let now = 0; now < n; now++) {
      const old = order[now];
      const page = old >>> PAGE_BITS;
      const at = old & OFFSET;
      codes[now] = codePages[page][at];
      terms[now] = termPages[page][at];
      const first = firstPages[page][at];
      firstChildren[now] = first > 0 ? place[first] : first; // a tail's position (negative) stays
      const next = nextPages[page][at];
      nextSiblings[now] = next > 0 ? place[next] : 0;
    }
    const wide: number[] = [];
    for (const [code, node] of this.rootWide) wide.push(code, place[node]);
    return {
      codes, firstChildren, nextSiblings, terms,
      rootChildren: Int32Array.from(this.rootChildren, (c) => (c > 0 ? place[c] : 0)), rootWide: Int32Array.from(wide),
      tailCodes: this.tails.columns().tailCodes, termLists: this.allLists(),
    };
  }

  insert(key: string, id: string): void {
    if (id !== this.lastId) {
      this.lastId = id;
      this.lastList = undefined;
      this.lastTerm = this.termLists.push([id]);
    }
    this.put(key, this.lastTerm);
  }

  /**
   * Inserts a key for the id of the one-element list numbered `single`, which nodes may share. One
   * walk: each step finds the child or makes it where it belongs among its siblings; where the key
   * leaves the trie, its rest becomes a tail. A walk that parts from a tail, or ends inside one, first
   * makes nodes of the tail up to there (`nodesOfTail`).
   */
  private put(key: string, single: number): void {
    const nodes = this.nodes;
    const tails = this.tails;
    let node = Trie.ROOT;
    /** In a tail: the node it hangs from and its first position. */
    let owner = 0;
    let start = 0;
    let i = 0;
    const prefix = prefixCode(key);
    if (prefix >= 0) {
      const known = this.prefixNodes.get(prefix);
      if (known !== undefined) {
        node = known;
        i = PREFIX;
      }
    }
    while (i < key.length) {
      if (i === PREFIX && prefix >= 0 && node < TAIL) this.prefixNodes.set(prefix, node);
      const code = key.charCodeAt(i);
      if (node >= TAIL) {
        const p = node - TAIL;
        if (tails.continues(p, code)) {
          node++;
          i++;
          continue;
        }
        node = this.nodesOfTail(owner, start, p); // then from that node, as from any
        continue;
      }
      if (node === Trie.ROOT) {
        let c = code < 256 ? this.rootChildren[code] : this.rootWide.get(code) ?? 0;
        if (c === 0) {
          c = nodes.add(code);
          if (code < 256) this.rootChildren[code] = c;
          else this.rootWide.set(code, c);
          this.endKey(c, key, i + 1, single);
          return;
        }
        node = c;
        i++;
        continue;
      }
      const first = nodes.firstChild(node);
      if (first < 0) {
        if (tails.code(-first) === code) {
          owner = node;
          start = -first;
          node = TAIL - first;
          i++;
          continue;
        }
        this.nodesOfTail(node, -first, -first); // the tail's first code unit a node, a sibling for the new one
      }
      let previous = 0;
      let c: number;
      let row = code < 128 ? this.wide.rowFor(node) : -1;
      if (row >= 0) {
        // A wide node: the child from its row, or else where a new one goes (after the nearest lower one).
        c = this.wide.child(row, code);
        if (c !== 0) {
          node = c;
          i++;
          continue;
        }
        previous = this.wide.below(row, code);
        c = previous === 0 ? nodes.firstChild(node) : nodes.nextSibling(previous);
      } else {
        c = nodes.firstChild(node);
        let steps = 0;
        while (c !== 0 && nodes.code(c) < code) {
          previous = c;
          c = nodes.nextSibling(c);
          steps++;
        }
        if (steps >= WIDE && code < 128) row = this.wide.add(node, nodes);
      }
      if (c === 0 || nodes.code(c) !== code) {
        const made = nodes.add(code);
        nodes.setNextSibling(made, c);
        if (previous === 0) nodes.setFirstChild(node, made);
        else nodes.setNextSibling(previous, made);
        if (row >= 0) this.wide.set(row, code, made);
        this.endKey(made, key, i + 1, single);
        return;
      }
      node = c;
      i++;
    }
    if (node >= TAIL) {
      const p = node - TAIL;
      const at = tails.term(p);
      if (at !== 0) {
        tails.setTerm(p, this.withId(at, single));
        return;
      }
      node = this.nodesOfTail(owner, start, p); // the key ends inside a tail
    }
    if (i === PREFIX && prefix >= 0) this.prefixNodes.set(prefix, node);
    const at = nodes.term(node);
    nodes.setTerm(node, at === 0 ? single : this.withId(at, single));
  }

  /**
   * A new node `made` for key[from - 1]: the key's rest becomes its tail, the term at the end (or, for a
   * rest a tail cannot hold, a node per code unit: see TrieTails.fits).
   */
  private endKey(made: number, key: string, from: number, term: number): void {
    if (from === key.length) this.nodes.setTerm(made, term);
    else if (TrieTails.fits(key, from)) {
      const p = this.tails.append(key, from, term);
      if (p + key.length - from + RUN_END >= TAIL) throw new Error('trie: too many code units in its keys');
      this.nodes.setFirstChild(made, -p);
    } else {
      let parent = made;
      for (let i = from; i < key.length; i++) {
        const child = this.nodes.add(key.charCodeAt(i));
        this.nodes.setFirstChild(parent, child);
        parent = child;
      }
      this.nodes.setTerm(parent, term);
    }
  }

  /**
   * Makes nodes of a tail's positions start…p (the tail hangs from `owner`), each the only child of the
   * one before; the node of p keeps the rest of the tail, or the term if the tail ends there. Returns it.
   */
  private nodesOfTail(owner: number, start: number, p: number): number {
    const nodes = this.nodes;
    let parent = owner;
    let made = owner;
    for (let q = start; q <= p; q++) {
      made = nodes.add(this.tails.code(q));
      nodes.setFirstChild(parent, made);
      parent = made;
    }
    const term = this.tails.term(p);
    if (term !== 0) nodes.setTerm(made, term);
    else nodes.setFirstChild(made, -(p + 1));
    return made;
  }

  /** Term list number `at` (from 1), made now if it was left to be made (see TrieParts.makeList). */
  private list(at: number): string[] {
    const made = this.termLists[at - 1];
    if (made !== undefined || this.makeList === undefined) return made;
    return (this.termLists[at - 1] = this.makeList(at - 1));
  }

  /** Every term list, those left to be made made now (what is written or copied is whole). */
  private allLists(): string[][] {
    if (this.makeList !== undefined) for (let at = 1; at <= this.termLists.length; at++) this.list(at);
    return this.termLists;
  }

  /** The term of list `at` with the id of the one-element list `single` added: `at` if it has it, else a new list's. */
  private withId(at: number, single: number): number {
    const ids = this.list(at);
    const id = this.list(single)[0];
    if (ids.includes(id)) return at;
    this.shared++;
    return this.termLists.push([...ids, id]);
  }

  /**
   * Inserts a key for the id of a one-element list (the index passes one per entity, shared by both
   * tries): the keys of one list, inserted one after another, share its term number.
   */
  add(key: string, list: string[]): void {
    if (list !== this.lastList) {
      this.lastList = list;
      this.lastId = undefined;
      this.lastTerm = this.termLists.push(list);
    }
    this.put(key, this.lastTerm);
  }

  /** Frees what only inserting uses (the trie stays whole; a later insert is as correct, if slower to start). */
  endInsertion(): void {
    this.prefixNodes = new Map();
    this.wide = new WideChildren();
  }

  /** The child of `node` (a node, or TAIL + a tail position) along one code unit, or -1. */
  child(node: number, code: number): number {
    if (node >= TAIL) return this.tails.continues(node - TAIL, code) ? node + 1 : -1;
    let c: number;
    if (node === Trie.ROOT) c = code < 256 ? this.rootChildren[code] : this.rootWide.get(code) ?? 0;
    else {
      const nodes = this.nodes;
      c = nodes.firstChild(node);
      if (c < 0) return this.tails.code(-c) === code ? TAIL - c : -1;
      while (c !== 0 && nodes.code(c) < code) c = nodes.nextSibling(c);
      if (c !== 0 && nodes.code(c) !== code) c = 0;
    }
    return c === 0 ? -1 : c;
  }

  idsAt(node: number): string[] | undefined {
    const at = node >= TAIL ? this.tails.term(node - TAIL) : this.nodes.term(node);
    return at === 0 || at > this.termLists.length ? undefined : this.list(at);
  }

  lookup(key: string): string[] | undefined {
    let node = Trie.ROOT;
    for (let i = 0; i < key.length && node >= 0; i++) node = this.child(node, key.charCodeAt(i));
    return node >= 0 ? this.idsAt(node) : undefined;
  }

  /** How many times a key gained a second (third…) id as it was inserted. */
  get sharedKeys(): number {
    return this.shared;
  }

  /** Nodes and tail positions: what the trie holds, a code unit each. */
  get nodeCount(): number {
    return this.nodes.size + this.tails.size - 1;
  }
}
