/**
 * Reads one lexicon file's text: JSON syntax and schema shape, each problem located by line and column.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import schema from '../../../lexicon/lexicon.schema.json';
import { LIMITS } from '../limits';
import { createLineIndex } from '../positions';
import { checkSchemaLimited } from './jsonSchema';
import type { LexiconIssue, SourceLexiconFile } from './types';

export interface ParsedLexiconFile {
  file: string;
  data: SourceLexiconFile;
  /** Locates a JSON path in the file (for later semantic issues). */
  locate(path: (string | number)[]): { line: number; character: number };
}

export interface ParseOutcome {
  parsed?: ParsedLexiconFile;
  issues: LexiconIssue[];
}

/** A JSON Pointer (RFC 6901: "~" and "/" in keys escaped) for messages; very long keys are cut. */
export function pathToPointer(path: (string | number)[]): string {
  const segment = (part: string | number): string => {
    const text = String(part);
    return (text.length > 40 ? `${text.slice(0, 40)}…` : text).replace(/~/g, '~0').replace(/\//g, '~1');
  };
  return path.length === 0 ? '' : `/${path.map(segment).join('/')}`;
}

/** The last line of a capped list: how many problems were not listed. */
export function moreIssues(file: string, more: number, max: number): LexiconIssue {
  return { file, path: '', line: 0, character: 0, message: `… and ${more} more problems in this file (only the first ${max} are listed)` };
}

/**
 * The offset of the quote that closes the string opening at `open` (the text's length when none does):
 * a quote after an odd run of backslashes is escaped. Found with indexOf rather than a loop over every
 * character: most of a lexicon's text is inside strings, and its scans run before anything else.
 */
export function closingQuote(text: string, open: number): number {
  for (let q = text.indexOf('"', open + 1); q !== -1; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    for (let b = q - 1; b > open && text.charCodeAt(b) === 0x5c; b--) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return text.length;
}

/**
 * Where arrays and objects nest deeper than `max` (outside strings), or -1. One pass, no recursion:
 * the JSON parser recurses per level, so a file nested 10,000 deep must be refused before it is parsed.
 */
export function excessiveNesting(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) i = closingQuote(text, i);
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

const PARSE_MESSAGES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  InvalidSymbol: 'unexpected character',
  PropertyNameExpected: 'property name expected (in double quotes)',
  ValueExpected: 'value expected',
  ColonExpected: 'colon expected',
  CommaExpected: 'comma expected',
  CloseBraceExpected: 'closing brace expected',
  CloseBracketExpected: 'closing bracket expected',
  EndOfFileExpected: 'end of file expected',
  InvalidCommentToken: 'comments are not allowed in a lexicon file',
  UnexpectedEndOfString: 'unterminated string',
  InvalidCharacter: 'invalid character in a string',
});

export function parseLexiconFile(file: string, text: string): ParseOutcome {
  const lines = createLineIndex(text);
  if (text.includes('\u0000')) {
    return { issues: [{ file, path: '', line: 0, character: 0, message: 'binary file (contains NUL bytes), not a JSON lexicon' }] };
  }
  const tooDeep = excessiveNesting(text, LIMITS.lexiconMaxDepth);
  if (tooDeep >= 0) {
    return { issues: [{ file, path: '', ...lines.positionAt(tooDeep), message: `nested more than ${LIMITS.lexiconMaxDepth} levels deep (arrays and objects); not a lexicon file` }] };
  }
  // Valid JSON is valid to the tree parser too: the syntax tree (a node per value, ten times the text's
  // size in memory) is built only to word a syntax error or to locate a problem, never for a good file.
  let data: unknown;
  let parsedOk = true;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    parsedOk = false;
  }
  let tree: Node | undefined;
  const syntaxTree = (): Node | undefined => {
    if (tree === undefined) {
      const errors: ParseError[] = [];
      tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
      if (errors.length > 0 || tree === undefined) {
        const first = errors[0];
        const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
        throw new SyntaxIssue(first?.offset ?? 0, `invalid JSON: ${PARSE_MESSAGES[code] ?? code}`);
      }
    }
    return tree;
  };
  if (!parsedOk) {
    try {
      syntaxTree();
    } catch (err) {
      if (!(err instanceof SyntaxIssue)) throw err;
      return { issues: [{ file, path: '', ...lines.positionAt(err.offset), message: err.message }] };
    }
    data = JSON.parse(text) as unknown; // the tree parser took what JSON does not: JSON's own error, as before
  }
  const elements = topLevelElements(text);
  const locate = (path: (string | number)[]): { line: number; character: number } => {
    // An entry of a top-level list ("/entities/12"), the location every compiled entry carries: from one scan.
    if (path.length === 2 && typeof path[0] === 'string' && typeof path[1] === 'number') {
      const offset = elements.get(path[0])?.[path[1]];
      if (offset !== undefined) return lines.positionAt(offset);
    }
    const root = syntaxTree() as Node;
    let node: Node | undefined;
    for (let n = path.length; n >= 0 && node === undefined; n--) node = findNodeAtLocation(root, path.slice(0, n));
    // A property's value node: point at its key, which is where a reader looks.
    const target = node?.parent?.type === 'property' ? node.parent : node;
    return lines.positionAt(target?.offset ?? 0);
  };
  const max = LIMITS.lexiconMaxIssues;
  const checked = checkSchemaLimited(schema as Record<string, unknown>, data, max);
  const issues: LexiconIssue[] = checked.issues.map((issue) => ({
    file,
    path: pathToPointer(issue.path),
    ...locate(issue.path),
    message: friendlier(issue.path, issue.message),
  }));
  if (checked.total > issues.length) issues.push(moreIssues(file, checked.total - issues.length, max));
  return { parsed: { file, data: data as SourceLexiconFile, locate }, issues };
}

class SyntaxIssue extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

const isBlank = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Where each element of each top-level list starts ("entities" → the offset of every entity), in one
 * pass over a text that is valid JSON. A key written twice counts where it is first written, as the tree
 * parser's lookup does (and a first value that is not a list is not recorded: the tree answers then).
 */
export function topLevelElements(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const seen = new Set<string>();
  let i = 0;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x7b) return out; // not an object
  let depth = 0;
  let key: string | undefined;
  let list: number[] | undefined;
  /** In the root object: the next string is a key. In a recorded list: the next value is an element. */
  let expectKey = false;
  let expectElement = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) continue;
    if (expectElement && depth === 2 && c !== 0x5d) {
      (list as number[]).push(i);
      expectElement = false;
    }
    if (c === 0x22) {
      const start = i;
      i = closingQuote(text, i);
      if (depth === 1 && expectKey) {
        const raw = text.slice(start + 1, i);
        key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        expectKey = false;
      } else if (depth === 1 && key !== undefined) {
        // A string value of a top-level key.
        seen.add(key);
        key = undefined;
      }
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth === 1) expectKey = true;
      else if (depth === 2 && key !== undefined) {
        if (c === 0x5b && !seen.has(key)) {
          list = [];
          out.set(key, list);
          expectElement = true;
        }
        seen.add(key);
        key = undefined;
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 1) {
        list = undefined;
        expectElement = false;
      }
    } else if (c === 0x2c) {
      if (depth === 1) expectKey = true;
      else if (depth === 2 && list !== undefined) expectElement = true;
    } else if (depth === 1 && key !== undefined && c !== 0x3a) {
      // A scalar value of a top-level key (a number, true, false, null).
      seen.add(key);
      key = undefined;
    }
  }
  return out;
}

/** Schema messages rephrased where a curator needs to know the lexicon's own rule. */
function friendlier(path: (string | number)[], message: string): string {
  const last = path[path.length - 1];
  if (last === 'relation' && message.includes('is not one of')) {
    return `unknown relation ${message.split(' is not one of ')[0]}; use one of the lexicon's relations (promotes, inhibits, secretes, …)`;
  }
  if (last === 'type' && path[0] === 'entities' && message.includes('is not one of')) {
    return `unknown entity type ${message.split(' is not one of ')[0]}`;
  }
  if (last === 'refs' && path[0] === 'interactions' && message === 'must not be empty') {
    return 'interaction has no refs: every statement needs the reference numbers the review cites for it';
  }
  return message;
}
