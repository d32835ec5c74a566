/**
 * Reads one lexicon file's text: JSON syntax and schema shape, each problem located by line and column.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import schema from '../../../lexicon/lexicon.schema.json';
import { createLineIndex } from '../positions';
import { checkSchema } from './jsonSchema';
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

export function pathToPointer(path: (string | number)[]): string {
  return path.length === 0 ? '' : `/${path.join('/')}`;
}

const PARSE_MESSAGES: Record<string, string> = {
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
};

export function parseLexiconFile(file: string, text: string): ParseOutcome {
  const lines = createLineIndex(text);
  if (text.includes('\u0000')) {
    return { issues: [{ file, path: '', line: 0, character: 0, message: 'binary file (contains NUL bytes), not a JSON lexicon' }] };
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
  const issues: LexiconIssue[] = checkSchema(schema as Record<string, unknown>, data).map((issue) => ({
    file,
    path: pathToPointer(issue.path),
    ...locate(issue.path),
    message: friendlier(issue.path, issue.message),
  }));
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
