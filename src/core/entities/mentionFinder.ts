/**
 * The mention overlapping a span, found by binary search: mentions never overlap and run left to right,
 * so their ends ascend too. Used by the readers that add mentions around the matcher's own.
 */
import { firstAtOrAfter } from '../sorted';
import type { Mention } from './matcher';

/** A finder of the mention (of `mentions`, sorted and not overlapping) that overlaps [s, e), if any. */
export function mentionFinder(mentions: readonly Mention[]): (s: number, e: number) => Mention | undefined {
  const ends = mentions.map((m) => m.end);
  return (s, e) => {
    const m = mentions[firstAtOrAfter(ends, s + 1)];
    return m !== undefined && m.start < e ? m : undefined;
  };
}
