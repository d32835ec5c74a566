/**
 * How a judged sentence was read, for the hover: subject → relation → object, negation and hedging,
 * the conditions named, the rule that read it, and the verdict with its confidence. Pure Markdown
 * built from lexicon labels (escaped); the host only displays it.
 */
import type { ClaimResult } from '../analyzer';
import { describeConditions, type Conditions } from '../conditions';
import { formatRefs } from '../judge';
import type { LexiconIndex } from '../lexicon/lexiconIndex';
import verbForms from '../../../generated/verb-forms.json';
import { escapeMarkdown } from './markdown';

const STATUS_LINE: Readonly<Record<string, string>> = {
  supports: '✓ **Supported by the review**',
  contradicts: '⚠ **Contradicts the review:**',
  'context-dependent': '≈ **Depends on context in the review:**',
  contested: '⇄ **The review states both directions:**',
};

const REACH_TEXT: Readonly<Record<ClaimResult['reach'], string>> = {
  clause: 'in one clause',
  'across-clauses': 'across clauses',
  pronoun: 'through a pronoun or "the …" phrase',
};

const PATH_TEXT: Readonly<Record<ClaimResult['path'], string>> = {
  direct: '',
  activity: 'judged on the phenotype’s polarization',
  'cell-activity': 'judged on the cell’s activity in general',
  opposite: 'judged on the opposite process',
  class: 'judged through its class',
  members: 'judged through the class’s members',
  near: 'judged through a near concept',
};

function conditionsOf(list: readonly string[] | undefined): Conditions {
  const out: Conditions = {};
  for (const item of list ?? []) {
    const at = item.indexOf(':');
    if (at > 0) (out as Record<string, string>)[item.slice(0, at)] = item.slice(at + 1);
  }
  return out;
}

/** "does not inhibit", "does not differentiate into": the relation's verb in its base form. */
function negatedPhrase(relation: string): string {
  const [head, ...rest] = relation.split('-');
  const lemma = (verbForms.lemmas as Record<string, string>)[head] ?? head;
  return ['does not', lemma, ...rest].join(' ');
}

/** "IL-4 → inhibits → NFATc1 · not · hedged · high concentration · rule verb-clause, in one clause" */
export function readingLine(c: ClaimResult, index: LexiconIndex): string {
  const label = (id: string): string => index.entities.get(id)?.label ?? id;
  const what = c.kind === 'attribute' && c.attribute
    ? `**${escapeMarkdown(label(c.subject))}** → is → ${escapeMarkdown(`${c.attribute.value}${c.attribute.name === 'inflammatory' ? '-inflammatory' : ''}`)}`
    : `**${escapeMarkdown(label(c.subject))}** → ${escapeMarkdown(c.negated ? negatedPhrase(c.relation) : c.relation.replace(/-/g, ' '))} → **${escapeMarkdown(label(c.object ?? ''))}**`;
  const bits: string[] = [];
  if (c.hedged) bits.push('hedged');
  const named = describeConditions(conditionsOf(c.context), label);
  if (named) bits.push(escapeMarkdown(named));
  bits.push(`rule \`${c.rule}\`, ${REACH_TEXT[c.reach]}`);
  if (PATH_TEXT[c.path]) bits.push(PATH_TEXT[c.path]);
  return `Read as ${what} _(${bits.join(' · ')})_`;
}

/** The verdict line: status, what the review says, refs, and the confidence. */
export function verdictLine(c: ClaimResult, index: LexiconIndex): string {
  const head = STATUS_LINE[c.status];
  if (!head) return '';
  const statement = escapeMarkdown(c.statement ?? '');
  const missing = c.missing && c.missing.length > 0
    ? ` — the review says so only ${escapeMarkdown(describeConditions(conditionsOf(c.missing), (id) => index.entities.get(id)?.label ?? id))}`
    : '';
  const refs = c.status === 'supports' ? ` ${formatRefs(c.refs)}` : '';
  const possible = c.status === 'contradicts' && c.provenance !== 'stated' ? ' (the review does not state this directly)' : '';
  return `${head}${refs}${statement ? ` ${statement}` : ''}${missing}${possible} · confidence ${c.confidence.toFixed(2)}`;
}

/** The hover note for the judged claims of a sentence: each verdict with how it was read. */
export function claimsNote(claims: readonly ClaimResult[], index: LexiconIndex): string | undefined {
  const blocks: string[] = [];
  for (const c of claims) {
    const verdict = verdictLine(c, index);
    if (!verdict) continue;
    blocks.push(`${verdict}  \n${readingLine(c, index)}`);
  }
  return blocks.length > 0 ? [...new Set(blocks)].join('\n\n') : undefined;
}
