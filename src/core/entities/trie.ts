/**
 * A character trie over normalised keys. Lookup cost depends on the key length, never on how many
 * terms the lexicon holds, so scanning a text is linear in its length.
 */
export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entity ids whose spelling ends here (more than one only for declared ambiguous spellings). */
  ids?: string[];
}

export function createTrie(): TrieNode {
  return { next: new Map() };
}

export function insertKey(root: TrieNode, key: string, id: string): void {
  let node = root;
  for (const ch of key) {
    let child = node.next.get(ch);
    if (!child) {
      child = { next: new Map() };
      node.next.set(ch, child);
    }
    node = child;
  }
  if (!node.ids) node.ids = [id];
  else if (!node.ids.includes(id)) node.ids.push(id);
}

export function lookupKey(root: TrieNode, key: string): string[] | undefined {
  let node: TrieNode | undefined = root;
  for (const ch of key) {
    node = node.next.get(ch);
    if (!node) return undefined;
  }
  return node.ids;
}
