/**
 * XML as a strict reader sees it: any error of @xmldom/xmldom fails the test that parses (its warnings
 * do not: it warns of U+FFFD, which the writers put for characters XML may not hold).
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export type { Document, Element };

export function parseXml(text: string): Document {
  const problems: string[] = [];
  const parser = new DOMParser({ onError: (level: string, message: string) => { if (level !== 'warning') problems.push(`${level}: ${message}`); } });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'image/svg+xml');
  } catch (err) {
    throw new Error(`not well-formed XML: ${(err as Error).message}`);
  }
  if (problems.length > 0) throw new Error(`not well-formed XML: ${problems.join('; ')}`);
  return doc;
}

/** Every element with the given tag name, as an array. */
export function elements(node: Document | Element, tag: string): Element[] {
  return Array.from(node.getElementsByTagName(tag));
}
