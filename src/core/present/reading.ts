/**
 * How a judged sentence was read, for the hover: subject → relation → object, negation and hedging,
 * the conditions named, the rule that read it, and the verdict with its confidence. Pure Markdown
 * built from lexicon labels (escaped); the host only displays it.
 */
import type { ClaimResult } from '../analyzer';
import { conditionsOf, describeConditions } from '../conditions';
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
  'earlier-sentence': 'with the cell an earlier sentence named',
};

const PATH_TEXT: Readonly<Record<ClaimResult['path'], string>> = {
  direct: '',
  activity: 'judged on the phenotype’s polarization',
  'cell-activity': 'judged on the cell’s activity in general',
  character: 'judged on the inflammatory character of both terms',
  opposite: 'judged on the opposite process',
  class: 'judged through its class',
  'class-near': 'judged through its class and a near concept',
  members: 'judged through the class’s members',
  'object-class': 'judged through the class of its object',
  near: 'judged through a near concept',
  'near-both': 'judged through near concepts of both terms',
  chain: 'judged through a term the review relates to both',
};

/** "does not inhibit", "does not differentiate into": the relation's verb in its base form. */
function negatedPhrase(relation: string): string {
  const [head, ...rest] = relation.split('-');
  const lemma = (verbForms.lemmas as Record<string, string>)[head] ?? head;
  return ['does not', lemma, ...rest].join(' ');
}

/** What a reading needs of a claim (a claim of the public JSON report has these too). */
export type ReadClaim = Pick<ClaimResult, 'kind' | 'attribute' | 'subject' | 'relation' | 'object' | 'negated' | 'hedged' | 'context' | 'rule' | 'reach' | 'path'>;

/** How a claim was read, as plain text: the host escapes it for its own markup (Markdown, HTML). */
export interface Reading {
  subject: string;
  /** "inhibits", "does not inhibit", "is" for an attribute. */
  relation: string;
  /** An entity's label, or the attribute's value ("anti-inflammatory"). */
  object: string;
  /** Whether `object` is an entity (drawn like the subject) rather than an attribute's value. */
  objectIsEntity: boolean;
  hedged: boolean;
  /** The conditions the sentence names, in words ("at high concentration"); empty when none. */
  conditions: string;
  /** "rule verb-clause, in one clause". */
  rule: string;
  /** How the pair reached the review's statements, when not directly ("judged through its class"). */
  path: string;
}

export function readingOf(c: ReadClaim, label: (id: string) => string): Reading {
  const attribute = c.kind === 'attribute' && c.attribute;
  return {
    subject: label(c.subject),
    relation: attribute ? 'is' : c.negated ? negatedPhrase(c.relation) : c.relation.replace(/-/g, ' '),
    object: attribute ? `${attribute.value}${attribute.name === 'inflammatory' ? '-inflammatory' : ''}` : label(c.object ?? ''),
    objectIsEntity: !attribute,
    hedged: c.hedged,
    conditions: describeConditions(conditionsOf(c.context), label),
    rule: `rule ${c.rule}, ${REACH_TEXT[c.reach]}`,
    path: PATH_TEXT[c.path],
  };
}

/** "IL-4 → inhibits → NFATc1 · not · hedged · high concentration · rule verb-clause, in one clause" */
export function readingLine(c: ClaimResult, index: LexiconIndex): string {
  const r = readingOf(c, (id) => index.entities.get(id)?.label ?? id);
  const what = `**${escapeMarkdown(r.subject)}** → ${escapeMarkdown(r.relation)} → ${r.objectIsEntity ? `**${escapeMarkdown(r.object)}**` : escapeMarkdown(r.object)}`;
  const bits: string[] = [];
  if (r.hedged) bits.push('hedged');
  if (r.conditions) bits.push(escapeMarkdown(r.conditions));
  bits.push(`rule \`${c.rule}\`, ${REACH_TEXT[c.reach]}`);
  if (r.path) bits.push(r.path);
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
