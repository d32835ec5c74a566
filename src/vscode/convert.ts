/** The one place core ranges (LSP shape) become vscode ranges. */
import * as vscode from 'vscode';
import type { Position, Range } from '../core';

export function toPosition(p: Position): vscode.Position {
  return new vscode.Position(p.line, p.character);
}

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(toPosition(r.start), toPosition(r.end));
}

export function contains(r: Range, p: vscode.Position): boolean {
  if (p.line < r.start.line || p.line > r.end.line) return false;
  if (p.line === r.start.line && p.character < r.start.character) return false;
  if (p.line === r.end.line && p.character > r.end.character) return false;
  return true;
}
