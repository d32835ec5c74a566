/**
 * Exceptions: a lab records that its own result overrides the review for one pair, in the workspace's
 * `.mechlens/lexicon.json`. Every host writes the same entry the same way (VS Code through its file
 * system, the Node server directly); this is the part they share.
 */

/** The workspace lexicon, relative to a workspace folder. */
export const WORKSPACE_LEXICON = '.mechlens/lexicon.json';

/** What the exception quick fix carries (from the diagnostic's data). */
export interface ExceptionClaim {
  subject: string;
  relation: string;
  object: string;
  refs: number[];
  /** 0-based line of the claim, for the evidence note. */
  line: number;
  /** What the review says, for the evidence note. */
  statement?: string;
}

export function isExceptionClaim(v: unknown): v is ExceptionClaim {
  const c = v as Partial<ExceptionClaim> | null;
  return !!c && typeof c.subject === 'string' && typeof c.relation === 'string' && typeof c.object === 'string'
    && Array.isArray(c.refs) && c.refs.every(Number.isInteger) && Number.isInteger(c.line);
}

/** The interaction an exception adds, its evidence naming where it was recorded from. */
export function exceptionInteraction(claim: ExceptionClaim, fileName: string): Record<string, unknown> {
  return {
    id: `exception-${claim.subject}-${claim.relation}-${claim.object}`,
    subject: claim.subject,
    relation: claim.relation,
    object: claim.object,
    refs: claim.refs.length > 0 ? claim.refs : [1],
    exception: true,
    evidence: `Recorded as an exception from ${fileName}:${claim.line + 1}; it overrides the review's statement for this pair (${claim.statement ?? 'see refs'}).`,
  };
}

type LexiconData = { interactions?: Array<Record<string, unknown>>; [k: string]: unknown };

/**
 * The workspace lexicon's text with one more interaction (a new file when `current` is undefined). The id
 * gets a suffix when taken. Throws, saying what to do, when the file is not a JSON object.
 */
export function withException(current: string | undefined, interaction: Record<string, unknown>): string {
  let data: LexiconData = { description: "This workspace's additions to the Mechlens lexicon (a lab's own results and exceptions).", interactions: [] };
  if (current !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(current);
    } catch {
      throw new Error(`${WORKSPACE_LEXICON} is not valid JSON; fix it first (its errors are in Problems).`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${WORKSPACE_LEXICON} is not a JSON object; fix it first.`);
    data = parsed as LexiconData;
  }
  const list = Array.isArray(data.interactions) ? data.interactions : [];
  let id = String(interaction.id);
  for (let n = 2; list.some((x) => x.id === id); n++) id = `${interaction.id}-${n}`;
  list.push({ ...interaction, id });
  data.interactions = list;
  return `${JSON.stringify(data, null, 2)}\n`;
}
