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
 * Where arrays and objects nest deeper than `max` (outside strings), or -1. One pass, no recursion:
 * the JSON parser recurses per level, so a file nested 10,000 deep must be refused before it is parsed.
 */
export function excessiveNesting(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
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
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || tree === undefined) {
    const first = errors[0];
    const at = lines.positionAt(first?.offset ?? 0);
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
    return { issues: [{ file, path: '', ...at, message: `invalid JSON: ${PARSE_MESSAGES[code] ?? code}` }] };
  }
  const locate = (path: (string | number)[]): { line: number; character: number } => {
    let node: Node | undefined;
    for (let n = path.length; n >= 0 && node === undefined; n--) node = findNodeAtLocation(tree, path.slice(0, n));
    // A property's value node: point at its key, which is where a reader looks.
    const target = node?.parent?.type === 'property' ? node.parent : node;
    return lines.positionAt(target?.offset ?? 0);
  };
  const data = JSON.parse(text) as unknown;
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
