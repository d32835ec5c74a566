/** Context qualifiers a sentence gives its claim: dose, oxygen, stage of inflammation, setting (from the condition table). */
import { conditionsIn } from '../conditions';
import type { ClaimContext } from './types';

/**
 * A dose names the actor's amount ("high concentrations of TNF-α"); "higher levels of SR" in the
 * object says what changed, not under which dose, so the table counts levels and amounts only before "of".
 */
export function contextOf(phrase: string): ClaimContext {
  return conditionsIn(phrase);
}
