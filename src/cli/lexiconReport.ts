/**
 * `mechlens lexicon`: the compiled lexicon as public JSON, or a readable summary; both written entry by
 * entry, and the summary with control characters (from user lexicons) escaped.
 */
import { describeInteraction, formatRefs, type CompiledLexicon } from '../core';
import { escapeControls } from './escape';
import { jsonPieces, MappedArray } from './format/jsonPieces';

export function* lexiconJson(lexicon: CompiledLexicon): Generator<string> {
  const out = {
    version: 1,
    review: lexicon.review,
    entities: new MappedArray(lexicon.entities, (e) => ({
      id: e.id, type: e.type, label: e.label, fullName: e.fullName, synonyms: e.synonyms, refs: e.refs,
      description: e.description, sections: e.sections ?? [], attributes: e.attributes ?? {}, identifiers: e.identifiers ?? {},
      ...(e.composite ? { composite: e.composite } : {}), ...(e.note ? { note: e.note } : {}),
    })),
    interactions: new MappedArray(lexicon.interactions, (x) => ({
      id: x.id, subject: x.subject, relation: x.relation, sign: x.sign, object: x.object, context: x.context ?? null,
      refs: x.refs, via: x.via ?? [], section: x.section, figure: x.figure, level: x.level, evidence: x.evidence,
      ...(x.note ? { note: x.note } : {}),
    })),
    mechanisms: new MappedArray(lexicon.mechanisms, (m) => ({ id: m.id, label: m.label, description: m.description, steps: m.steps, refs: m.refs, section: m.section, figure: m.figure })),
    sections: lexicon.sections,
    references: lexicon.references,
  };
  yield* jsonPieces(out, 2);
  yield '\n';
}

export function* lexiconText(lexicon: CompiledLexicon): Generator<string> {
  for (const line of lexiconLines(lexicon)) yield `${escapeControls(line)}\n`;
}

function lexiconLines(lexicon: CompiledLexicon): string[] {
  const entities = new Map(lexicon.entities.map((e) => [e.id, e]));
  const lines: string[] = [];
  if (lexicon.review) {
    const r = lexicon.review;
    lines.push(`${r.authors.join(', ')}. ${r.title}. ${r.journal} ${r.year};${r.volume ?? ''}(${r.issue ?? ''}):${r.pages ?? ''}. doi:${r.doi ?? ''}`, '');
  }
  const byType = new Map<string, number>();
  for (const e of lexicon.entities) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const signs = { 1: 0, [-1]: 0, 0: 0 } as Record<number, number>;
  for (const x of lexicon.interactions) signs[x.sign]++;
  lines.push(`${lexicon.entities.length} entities: ${[...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${n} ${t}`).join(', ')}`);
  lines.push(`${lexicon.interactions.length} interactions: ${signs[1]} positive, ${signs[-1]} negative, ${signs[0]} unsigned; ${lexicon.interactions.filter((x) => x.context).length} with a context`);
  lines.push(`${lexicon.mechanisms.length} mechanisms, ${lexicon.references.length} cited references`, '');
  lines.push('Entities');
  for (const e of [...lexicon.entities].sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label))) {
    lines.push(`  ${e.label}${e.fullName && e.fullName !== e.label ? ` (${e.fullName})` : ''} — ${e.type} ${formatRefs(e.refs)}`.trimEnd());
  }
  lines.push('', 'Interactions');
  for (const x of lexicon.interactions) lines.push(`  ${describeInteraction(x, entities)}`);
  lines.push('', 'Mechanisms');
  for (const m of lexicon.mechanisms) {
    const chain = m.steps.map((s, i) => `${i === 0 ? '' : ` —${s.relation}→ `}${entities.get(s.entity)?.label ?? s.entity}`).join('');
    lines.push(`  ${m.label}: ${chain} ${formatRefs(m.refs)}`);
  }
  return lines;
}
