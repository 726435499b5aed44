/**
 * The explicit list of rules, in alphabetical order of id. Docs (`docs/rules.md`) and the VS Code
 * settings (`isnad.rules.*`) are generated from it; a test fails when they drift.
 */
import type { Rule } from './rule';
import { affiliation } from './affiliation';
import { eventDate } from './eventDate';
import { eventPlace } from './eventPlace';
import { nameSpelling } from './nameSpelling';
import { organisationSeat } from './organisationSeat';
import { placeContainment } from './placeContainment';
import { postHolder } from './postHolder';
import { quantity } from './quantity';
import { quoteSpeaker } from './quoteSpeaker';
import { quoteWording } from './quoteWording';
import { unverifiedClaim } from './unverifiedClaim';

/** Every rule, alphabetical by id. */
export const rules: readonly Rule[] = [affiliation, eventDate, eventPlace, nameSpelling, organisationSeat, placeContainment, postHolder, quantity, quoteSpeaker, quoteWording, unverifiedClaim];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

/** Returns the rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
