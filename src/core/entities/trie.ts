/**
 * A character trie over normalised keys. Lookup cost depends on the key length, never on how many
 * terms the lexicon holds, so scanning a text is linear in its length. Stored compactly (one numeric
 * map of edges for the whole trie): the bundled lexicon's ~120,000 nodes would otherwise cost tens of MB.
 */
export class Trie {
  /**
   * (node × 256 + code unit) → child node for code units below 256, kept small-integer so the map
   * hashes fast; other code units (rare in keys) go to a string-keyed map. Node 0 is the root.
   */
  private readonly edges = new Map<number, number>();
  private readonly wideEdges = new Map<string, number>();
  /** Entity ids whose spelling ends at a node (more than one only for declared ambiguous spellings). */
  private readonly terms: Array<string[] | undefined> = [undefined];

  static readonly ROOT = 0;

  insert(key: string, id: string): void {
    let node = Trie.ROOT;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = this.child(node, code);
      if (child < 0) {
        child = this.terms.length;
        this.terms.push(undefined);
        if (code < 256) this.edges.set(node * 256 + code, child);
        else this.wideEdges.set(`${node}:${code}`, child);
      }
      node = child;
    }
    const ids = this.terms[node];
    if (!ids) this.terms[node] = [id];
    else if (!ids.includes(id)) ids.push(id);
  }

  /** The child of `node` along one code unit, or -1. */
  child(node: number, code: number): number {
    return (code < 256 ? this.edges.get(node * 256 + code) : this.wideEdges.get(`${node}:${code}`)) ?? -1;
  }

  idsAt(node: number): string[] | undefined {
    return this.terms[node];
  }

  lookup(key: string): string[] | undefined {
    let node = Trie.ROOT;
    for (let i = 0; i < key.length && node >= 0; i++) node = this.child(node, key.charCodeAt(i));
    return node >= 0 ? this.terms[node] : undefined;
  }

  get nodeCount(): number {
    return this.terms.length;
  }
}
