/** What an INDRA statement must have: the schema's required fields and Mechlens's own. */
import { strict as assert } from 'node:assert';

/**
 * The fields INDRA's statement schema requires, as indra/resources/statements_schema.json (repository
 * sorgerlab/indra) states them: every Statement requires "id"; RegulateActivity (Activation,
 * Inhibition), RegulateAmount (IncreaseAmount, DecreaseAmount) and Complex require "type"; an Agent
 * requires "name" and "db_refs". The type patterns are the schema's too.
 */
const SCHEMA = {
  statement: ['id'],
  byType: {
    Activation: ['type'], Inhibition: ['type'], IncreaseAmount: ['type'], DecreaseAmount: ['type'], Complex: ['type'],
  } as Record<string, string[]>,
  agent: ['name', 'db_refs'],
};

/** Beyond the schema, what Mechlens promises of each statement: its agents and one piece of evidence from it. */
const AGENTS: Record<string, string[]> = {
  Activation: ['subj', 'obj'], Inhibition: ['subj', 'obj'], IncreaseAmount: ['subj', 'obj'], DecreaseAmount: ['subj', 'obj'], Complex: ['members'],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export interface Statement {
  type: string;
  id: string;
  subj?: Record<string, unknown>;
  obj?: Record<string, unknown>;
  members?: Array<Record<string, unknown>>;
  evidence: Array<{ source_api: string; source_id?: string; text: string; annotations: Record<string, unknown> & { refs: number[] }; epistemics?: Record<string, boolean> }>;
}

/** The schema's required fields, and Mechlens's own, present in a statement. */
export function assertIndraStatement(s: Statement): void {
  for (const f of [...SCHEMA.statement, ...(SCHEMA.byType[s.type] ?? [])]) assert.ok(f in s, `${s.type} has ${f}`);
  assert.ok(s.type in SCHEMA.byType, `${s.type} is a type the schema knows`);
  assert.match(s.id, UUID);
  const agents = (AGENTS[s.type] ?? []).flatMap((f) => (f === 'members' ? s.members ?? [] : [s[f as 'subj' | 'obj']]));
  assert.equal(agents.length, 2, `${s.type} has two agents`);
  for (const a of agents) {
    assert.ok(a, 'agent present');
    for (const f of SCHEMA.agent) assert.ok(f in a, `agent has ${f}`);
    assert.equal(typeof a.name, 'string');
    assert.equal(typeof a.db_refs, 'object');
  }
  assert.equal(s.evidence.length, 1);
  assert.equal(s.evidence[0].source_api, 'mechlens');
  assert.equal(typeof s.evidence[0].text, 'string');
}

