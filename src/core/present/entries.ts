/**
 * What the review says about an entity or a mechanism, as Markdown: hover cards and the read-only
 * lexicon entry documents that go-to-definition opens. Pure: the host only displays the text.
 */
import { conditionValue } from '../conditions';
import { describeInteraction, formatRefs } from '../judge';
import type { LexiconIndex } from '../lexicon/lexiconIndex';
import { ENTITY_TYPE_NAMES, type CompiledEntity, type CompiledInteraction, type CompiledMechanism } from '../lexicon/types';
import { commandLink, escapeMarkdown } from './markdown';

export function typeName(type: string): string {
  return (ENTITY_TYPE_NAMES as Readonly<Record<string, string>>)[type] ?? type;
}

const SIGN_MARK: Readonly<Record<number, string>> = { 1: '↑', [-1]: '⊣', 0: '·' };

function label(index: LexiconIndex, id: string): string {
  return index.entities.get(id)?.label ?? id;
}

/** "pro-inflammatory · M1 · derives from monocyte" */
export function attributeLine(e: CompiledEntity, index: LexiconIndex, esc: (s: string) => string = escapeMarkdown): string {
  const a = e.attributes ?? {};
  const bits: string[] = [];
  if (a.inflammatory) bits.push(a.inflammatory === 'dual' ? 'pro- and anti-inflammatory roles' : `${a.inflammatory}-inflammatory`);
  if (a.polarization) bits.push(`${a.polarization} macrophages`);
  if (a.secretedBy?.length) bits.push(`secreted by ${a.secretedBy.map((x) => label(index, x)).join(', ')}`);
  if (a.derivesFrom?.length) bits.push(`derives from ${a.derivesFrom.map((x) => label(index, x)).join(', ')}`);
  if (a.differentiatesInto?.length) bits.push(`differentiates into ${a.differentiatesInto.map((x) => label(index, x)).join(', ')}`);
  if (a.isA?.length) bits.push(`a kind of ${a.isA.map((x) => label(index, x)).join(', ')}`);
  return bits.map(esc).join(' · ');
}

/** One interaction seen from `from`'s side: "⊣ inhibits NFATc1 [104]" or "IL-4 ⊣ inhibits (this) [104]". */
function interactionLine(x: CompiledInteraction, index: LexiconIndex, side: 'subject' | 'object', esc: (s: string) => string = escapeMarkdown): string {
  const other = side === 'subject' ? label(index, x.object) : label(index, x.subject);
  const ctx = describeInteraction(x, index.entities).match(/\(([^()]*)\)/)?.[1];
  const context = x.context && ctx ? ` _(${esc(ctx)})_` : '';
  const relation = x.relation.replace(/-/g, ' ');
  return side === 'subject'
    ? `${SIGN_MARK[x.sign]} ${relation} **${esc(other)}**${context} ${formatRefs(x.refs)}`
    : `**${esc(other)}** ${relation} it${context} ${formatRefs(x.refs)}`;
}

function sectionTitles(e: CompiledEntity, index: LexiconIndex, esc: (s: string) => string = escapeMarkdown): string {
  const titles = new Map(index.lexicon.sections.map((s) => [s.id, s.title]));
  return (e.sections ?? []).map((s) => titles.get(s) ?? s).map(esc).join('; ');
}

/**
 * Entry documents open as plain text in an editor (read-only), where Markdown escapes would only show
 * as backslashes; nothing in them is rendered or executed.
 */
const plain = (s: string): string => s;

export interface HoverOptions {
  /** At most this many interactions per direction (hovers stay short; the entry has them all). */
  limit?: number;
  /** A judgement of the sentence under the cursor, shown first. */
  claimNote?: string;
}

export function hoverMarkdown(index: LexiconIndex, id: string, options: HoverOptions = {}): string {
  const e = index.entities.get(id);
  if (!e) return '';
  const limit = options.limit ?? 6;
  const lines: string[] = [];
  if (options.claimNote) lines.push(options.claimNote, '', '---', '');
  lines.push(`**${escapeMarkdown(e.label)}**${e.fullName && e.fullName !== e.label ? ` — ${escapeMarkdown(e.fullName)}` : ''} · _${typeName(e.type)}_`, '');
  lines.push(escapeMarkdown(e.description), '');
  const attrs = attributeLine(e, index);
  if (attrs) lines.push(attrs, '');
  const acts = (index.bySubject.get(id) ?? []).filter((x) => x.sign !== 0 || x.relation !== 'regulates');
  const actedOn = (index.byObject.get(id) ?? []).filter((x) => x.sign !== 0 || x.relation !== 'regulates');
  if (acts.length > 0) {
    lines.push('**Acts on**', '');
    for (const x of acts.slice(0, limit)) lines.push(`- ${interactionLine(x, index, 'subject')}`);
    if (acts.length > limit) lines.push(`- … ${acts.length - limit} more in the entry`);
    lines.push('');
  }
  if (actedOn.length > 0) {
    lines.push('**Acted on by**', '');
    for (const x of actedOn.slice(0, limit)) lines.push(`- ${interactionLine(x, index, 'object')}`);
    if (actedOn.length > limit) lines.push(`- … ${actedOn.length - limit} more in the entry`);
    lines.push('');
  }
  const sections = sectionTitles(e, index);
  if (sections) lines.push(`_Review section:_ ${sections}${e.refs.length ? ` · refs ${formatRefs(e.refs)}` : ''}`, '');
  if (e.note) lines.push(`_Note:_ ${escapeMarkdown(e.note)}`, '');
  const links = [commandLink('Go to definition', 'mechlens.openEntry', [id]), commandLink('Show on map', 'mechlens.showMap', [id])];
  if ((index.mechanismsByEntity.get(id) ?? []).length > 0) {
    links.push(commandLink('Show mechanisms', 'mechlens.showMechanisms', [id]), commandLink('Insert mechanism', 'mechlens.insertMechanism', [id]));
  }
  lines.push(links.join(' · '));
  return lines.join('\n');
}

/** Entities one step upstream (acting on this one) and downstream (acted on), from interactions and mechanisms. */
export function neighbours(index: LexiconIndex, id: string): { upstream: string[]; downstream: string[] } {
  const up = new Set<string>();
  const down = new Set<string>();
  for (const x of index.byObject.get(id) ?? []) if (x.sign !== 0) up.add(x.subject);
  for (const x of index.bySubject.get(id) ?? []) if (x.sign !== 0) down.add(x.object);
  for (const m of index.mechanismsByEntity.get(id) ?? []) {
    m.steps.forEach((s, k) => {
      if (s.entity !== id) return;
      if (k > 0) up.add(m.steps[k - 1].entity);
      if (k + 1 < m.steps.length) down.add(m.steps[k + 1].entity);
    });
  }
  up.delete(id);
  down.delete(id);
  return { upstream: [...up], downstream: [...down] };
}

/** The read-only entry document for an entity (go-to-definition target). */
export function entityEntryMarkdown(index: LexiconIndex, id: string): string {
  const e = index.entities.get(id);
  if (!e) return `# Unknown entry\n\nNo lexicon entry has the id \`${plain(id)}\`.\n`;
  const lines: string[] = [`# ${plain(e.label)}`, ''];
  if (e.fullName && e.fullName !== e.label) lines.push(`${plain(e.fullName)} — ${typeName(e.type)}`, '');
  else lines.push(typeName(e.type), '');
  lines.push(plain(e.description), '');
  const attrs = attributeLine(e, index, plain);
  if (attrs) lines.push(attrs, '');
  if (e.synonyms.length > 1) lines.push(`Also written: ${e.synonyms.filter((s) => s !== e.label).slice(0, 30).map(plain).join(', ')}`, '');
  const { upstream, downstream } = neighbours(index, id);
  if (upstream.length) lines.push('## Upstream', '', ...upstream.map((u) => `- ${plain(label(index, u))}`), '');
  if (downstream.length) lines.push('## Downstream', '', ...downstream.map((d) => `- ${plain(label(index, d))}`), '');
  const acts = index.bySubject.get(id) ?? [];
  const actedOn = index.byObject.get(id) ?? [];
  if (acts.length) lines.push('## Acts on', '', ...acts.map((x) => `- ${interactionLine(x, index, 'subject', plain)}${x.evidence ? ` — ${plain(x.evidence)}` : ''}`), '');
  if (actedOn.length) lines.push('## Acted on by', '', ...actedOn.map((x) => `- ${interactionLine(x, index, 'object', plain)}${x.evidence ? ` — ${plain(x.evidence)}` : ''}`), '');
  const mechanisms = index.mechanismsByEntity.get(id) ?? [];
  if (mechanisms.length) lines.push('## Mechanisms', '', ...mechanisms.map((m) => `- Mechanism: ${plain(m.label)}`), '');
  const sections = sectionTitles(e, index, plain);
  if (sections) lines.push('## In the review', '', `${sections}${e.refs.length ? ` — refs ${formatRefs(e.refs)}` : ''}`, '');
  if (e.identifiers?.hgnc || e.identifiers?.mirbase) lines.push(`Identifiers: ${[e.identifiers.hgnc ? `HGNC ${e.identifiers.hgnc}` : '', e.identifiers.mirbase ? `miRBase ${e.identifiers.mirbase}` : ''].filter(Boolean).map(escapeMarkdown).join(', ')}`, '');
  if (e.note) lines.push(`> Note: ${plain(e.note)}`, '');
  return `${lines.join('\n')}\n`;
}

/** "M-CSF binds CSF1R, which activates RANKL/RANK, which activates NFATc1, which promotes osteoclast differentiation" */
/**
 * A mechanism as a sentence, in two parts: its subject with the chain's conditions ("High-dose TNF-α",
 * "M1-derived exosomes") and the rest, ending with the chain's net effect where the review states one.
 */
export function mechanismParts(index: LexiconIndex, m: CompiledMechanism): { subject: string; rest: string } {
  const subject = qualifiedSubject(index, m);
  let rest = '';
  m.steps.slice(1).forEach((s, k) => {
    rest += `${k === 0 ? ' ' : ', which '}${(s.relation ?? 'acts on').replace(/-/g, ' ')} ${label(index, s.entity)}`;
  });
  if (m.net) rest += `; the net effect is that ${label(index, m.steps[0].entity)} ${m.net.relation.replace(/-/g, ' ')} ${label(index, m.net.object)}`;
  return { subject, rest };
}

/** The first step's label with the chain's conditions, worded from the condition table. */
function qualifiedSubject(index: LexiconIndex, m: CompiledMechanism): string {
  let subject = label(index, m.steps[0].entity);
  const ctx = m.context ?? {};
  if (ctx.source) subject = `${label(index, ctx.source)}-derived ${subject}`;
  for (const key of ['stage', 'oxygen', 'concentration'] as const) {
    const value = ctx[key];
    const adjective = value === undefined ? undefined : conditionValue(key, value)?.adjective;
    if (adjective) subject = `${adjective} ${subject}`;
  }
  const setting = ctx.setting === undefined ? undefined : conditionValue('setting', ctx.setting)?.adjective;
  if (setting) subject = `${setting} ${subject}`;
  if (ctx.condition) subject = `With ${label(index, ctx.condition)}, ${subject}`;
  return subject;
}

export function mechanismSentence(index: LexiconIndex, m: CompiledMechanism): string {
  const { subject, rest } = mechanismParts(index, m);
  return subject + rest;
}

/** The read-only document for a mechanism: its chain, one step per line, with the refs. */
export function mechanismEntryMarkdown(index: LexiconIndex, id: string): string {
  const m = index.lexicon.mechanisms.find((x) => x.id === id);
  if (!m) return `# Unknown mechanism\n\nNo mechanism has the id \`${plain(id)}\`.\n`;
  const lines = [`# ${plain(m.label)}`, ''];
  if (m.description) lines.push(plain(m.description), '');
  lines.push('## Chain', '');
  m.steps.forEach((s, k) => lines.push(`${k + 1}. ${k === 0 ? '' : `${plain((s.relation ?? '').replace(/-/g, ' '))} → `}${plain(label(index, s.entity))}`));
  lines.push('', `In one sentence: ${plain(mechanismSentence(index, m))} ${formatRefs(m.refs)}.`, '');
  const before = index.lexicon.mechanisms.filter((o) => o.id !== m.id && o.steps[o.steps.length - 1].entity === m.steps[0].entity);
  const after = index.lexicon.mechanisms.filter((o) => o.id !== m.id && o.steps[0].entity === m.steps[m.steps.length - 1].entity);
  if (before.length) lines.push('## Upstream mechanisms', '', ...before.map((o) => `- Mechanism: ${plain(o.label)}`), '');
  if (after.length) lines.push('## Downstream mechanisms', '', ...after.map((o) => `- Mechanism: ${plain(o.label)}`), '');
  return `${lines.join('\n')}\n`;
}

/** The lexicon's table of contents (Open Lexicon). */
export function lexiconIndexMarkdown(index: LexiconIndex): string {
  const r = index.lexicon.review;
  const lines = ['# Mechlens lexicon', ''];
  if (r) lines.push(plain(`${r.authors.join(', ')}. ${r.title}. ${r.journal} ${r.year};${r.volume ?? ''}(${r.issue ?? ''}):${r.pages ?? ''}. doi:${r.doi ?? ''}`), '');
  const byType = new Map<string, CompiledEntity[]>();
  for (const e of index.lexicon.entities) {
    const list = byType.get(e.type);
    if (list) list.push(e);
    else byType.set(e.type, [e]);
  }
  for (const [type, list] of [...byType].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`## ${typeName(type)} (${list.length})`, '', list.map((e) => plain(e.label)).sort((a, b) => a.localeCompare(b)).join(' · '), '');
  }
  lines.push(`## Mechanisms (${index.lexicon.mechanisms.length})`, '', ...index.lexicon.mechanisms.map((m) => `- Mechanism: ${plain(m.label)}`), '');
  return `${lines.join('\n')}\n`;
}

/** The evidence entry for one encoded statement (where a diagnostic's code links to). */
export function interactionEntryMarkdown(index: LexiconIndex, id: string): string {
  const x = index.lexicon.interactions.find((i) => i.id === id);
  if (!x) return `# Unknown statement\n\nNo interaction has the id ${id}.\n`;
  const titles = new Map(index.lexicon.sections.map((s) => [s.id, s.title]));
  const lines = [`# ${describeInteraction(x, index.entities)}`, ''];
  if (x.evidence) lines.push(x.evidence, '');
  lines.push(`Subject: ${label(index, x.subject)}`, `Relation: ${x.relation.replace(/-/g, ' ')} (${x.sign === 1 ? 'raises' : x.sign === -1 ? 'lowers' : 'no direction'})`, `Object: ${label(index, x.object)}`);
  if (x.context) lines.push(`Context: ${Object.entries(x.context).map(([k, v]) => `${k} ${k === 'source' || k === 'condition' ? label(index, String(v)) : String(v)}`).join(', ')}`);
  if (x.via?.length) lines.push(`Via: ${x.via.map((v) => label(index, v)).join(', ')}`);
  lines.push(`References: ${formatRefs(x.refs)}`);
  if (x.section) lines.push(`Review section: ${titles.get(x.section) ?? x.section}${x.figure ? `, Figure ${x.figure}` : ''}`);
  if (x.exception) lines.push('This is an exception from a user lexicon: it overrides the review for this pair.');
  if (x.note) lines.push('', `> Note: ${x.note}`);
  return `${lines.join('\n')}\n`;
}
