/**
 * The registry of claim rules, in the order they read a sentence: when two rules read the same
 * claim, the earlier one keeps it. Adding a phenomenon means adding one rule file and listing it here.
 */
import { absenceCause } from './absenceCause';
import { additionCause } from './additionCause';
import { actionCause } from './actionCause';
import { agentNoun } from './agentNoun';
import { association } from './association';
import { attribute } from './attribute';
import { bindingPartner } from './bindingPartner';
import { causeAdjective } from './causeAdjective';
import { causePhrase } from './causePhrase';
import { cellResponse } from './cellResponse';
import { changeVerb } from './changeVerb';
import { changedNounCause } from './changedNounCause';
import { companion } from './companion';
import { compoundModifier } from './compoundModifier';
import { actorCompound } from './actorCompound';
import { effectAnaphor } from './effectAnaphor';
import { effectNoun } from './effectNoun';
import { expressedIn } from './expressedIn';
import { functionOf } from './functionOf';
import { precursorPredicate } from './precursorPredicate';
import { underControl } from './underControl';
import { requirementNoun } from './requirementNoun';
import { useTitle } from './useTitle';
import { therapeuticUse } from './therapeuticUse';
import { useForEnd } from './useForEnd';
import { phaseList } from './phaseList';
import { markerExamples } from './markerExamples';
import { observedChange } from './observedChange';
import { gerundAgent } from './gerundAgent';
import { groupAmount } from './groupAmount';
import { lineageCause } from './lineageCause';
import { lineageNominal } from './lineageNominal';
import { linkBetween } from './linkBetween';
import { means } from './means';
import { meansCarrier } from './meansCarrier';
import { nominalOfBy } from './nominalOfBy';
import { pathwayPosition } from './pathwayPosition';
import { performingCell } from './performingCell';
import { processAdjective } from './processAdjective';
import { processFactors } from './processFactors';
import { processVerb } from './processVerb';
import { reciprocal } from './reciprocal';
import { resistance } from './resistance';
import { responseCause } from './responseCause';
import { shownNominal } from './shownNominal';
import type { Rule } from './rule';
import { verbClauses } from './verbClauses';

export const RULES: readonly Rule[] = Object.freeze([
  verbClauses,
  compoundModifier,
  actorCompound,
  nominalOfBy,
  lineageNominal,
  lineageCause,
  actionCause,
  effectNoun,
  association,
  means,
  agentNoun,
  changeVerb,
  groupAmount,
  changedNounCause,
  expressedIn,
  pathwayPosition,
  performingCell,
  responseCause,
  attribute,
  processAdjective,
  meansCarrier,
  effectAnaphor,
  absenceCause,
  additionCause,
  causePhrase,
  cellResponse,
  gerundAgent,
  functionOf,
  precursorPredicate,
  underControl,
  requirementNoun,
  therapeuticUse,
  useForEnd,
  phaseList,
  useTitle,
  markerExamples,
  processFactors,
  observedChange,
  shownNominal,
  reciprocal,
  linkBetween,
  resistance,
  bindingPartner,
  processVerb,
  causeAdjective,
  // Derived from the claims above: runs last.
  companion,
]);

export type { Rule, RuleExample } from './rule';

/** The ids of the rules that read background only (Rule.background). */
export const BACKGROUND_RULE_IDS: ReadonlySet<string> = new Set(RULES.filter((r) => r.background === true).map((r) => r.id));
