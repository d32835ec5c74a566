/**
 * Scores the analyser on a labelled set of sentences: sentence-level prediction, precision and recall
 * for contradictions, and how many supported sentences come back supported with the right refs.
 */
import type { Analyzer } from '../../src/core';

export interface DevItem {
  id: string;
  lang: 'markdown' | 'latex';
  text: string;
  label: 'supports' | 'contradicts' | 'context-dependent' | 'none';
  refs?: number[];
  hedged?: boolean;
  phenomena?: string[];
  why?: string;
}

export interface Scored {
  item: DevItem;
  predicted: DevItem['label'];
  refsOk: boolean;
  severityOk: boolean;
}

export function predict(analyzer: Analyzer, item: DevItem): Scored {
  const result = analyzer.analyze({ text: item.text, languageId: item.lang });
  const contradiction = result.diagnostics.filter((d) => d.code === 'contradiction');
  let predicted: DevItem['label'] = 'none';
  if (contradiction.length > 0) predicted = 'contradicts';
  else if (result.diagnostics.some((d) => d.code === 'context-dependent')) predicted = 'context-dependent';
  else if (result.claims.some((c) => c.status === 'supports')) predicted = 'supports';
  const supportRefs = new Set(result.claims.filter((c) => c.status === 'supports').flatMap((c) => c.refs));
  const refsOk = (item.refs ?? []).every((r) => supportRefs.has(r));
  // A hedged contradiction is reported as hedged (Information); a plain one as confident (Warning) or,
  // when its reading or the review's statement is less certain, as possible (Information) — never as hedged.
  const severityOk = contradiction.length === 0 || contradiction.some((d) => (item.hedged ? d.certainty === 'hedged' && d.severity === 'information' : d.certainty !== 'hedged'));
  return { item, predicted, refsOk, severityOk };
}

export interface Score {
  precision: number;
  recall: number;
  supportedWithRefs: number;
  tp: number;
  fp: number;
  fn: number;
  supports: number;
  supportedOk: number;
  misses: Scored[];
}

export function score(scored: readonly Scored[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let supports = 0;
  let supportedOk = 0;
  const misses: Scored[] = [];
  for (const s of scored) {
    const gold = s.item.label === 'contradicts';
    const pred = s.predicted === 'contradicts';
    if (gold && pred) tp++;
    if (!gold && pred) fp++;
    if (gold && !pred) fn++;
    if (s.item.label === 'supports') {
      supports++;
      if (s.predicted === 'supports' && s.refsOk) supportedOk++;
    }
    if (s.predicted !== s.item.label || (s.item.label === 'supports' && !s.refsOk)) misses.push(s);
  }
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    supportedWithRefs: supports === 0 ? 1 : supportedOk / supports,
    tp, fp, fn, supports, supportedOk, misses,
  };
}
