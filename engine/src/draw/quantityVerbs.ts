/**
 * The English verb a duration right after it measures (was planned to take three years; the women
 * walked three hours; was jailed for six years), drawn as the duration's noun with the verb's forms,
 * so that a draft that restates the act in another tense (it was meant to take five years; women
 * walk four hours) is compared with it. An Arabic draft names it through the verb's concept
 * (`lexicon/concepts.ts`: walk, «يمشين»), as any one-word noun of an English fact.
 */
import type { DrawContext } from './context';
import { DURATION_VERBS, type QuantityNoun } from './quantityNouns';
import { APPROX, EN_AUXILIARIES, EN_FUNCTION, GENERIC } from './quantityTables';
import { formsOfBase, formsOfPast, irregularBase, participleBase, verbFormList } from '../text/verbForms';

/**
 * Verbs that say what a duration is not the act of: how long something lasted (`lastedNoun` reads
 * what lasted), a change by a period (delayed, extended) whose figure is what was added, and an age.
 */
const NOT_ACTS = new Set(['lasted', 'last', 'lasts', 'lasting', 'aged', 'delayed', 'extended', 'postponed', 'added', 'rose', 'fell', 'increased', 'reduced', 'cut', 'raised', 'lowered', 'dropped']);

/** Words that make the word after them a noun, not a verb (the planned three years, a promised two weeks). */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

/**
 * The verb right before the duration or the distance whose figure starts at token `tokenStart`, across a hedge
 * (walked about three hours) and "for" (was jailed for six years), with its forms: a word after "to"
 * or an auxiliary (to take, will spend), a regular past form (walked, waited) or an irregular one
 * (took, spent). English articles only; none for a verb of lasting, of change or of age, nor for
 * a duration of a noun after "of" (three days of national mourning).
 */
export function actedNoun(ctx: DrawContext, tokenStart: number, unitEnd: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  // A duration of a noun after "of" (declared three days of national mourning) is that noun's.
  if (ctx.lang !== 'en' || tokens[unitEnd]?.key === 'of') return undefined;
  const clause = tokens[tokenStart]!.clause;
  let k = tokenStart - 1;
  for (const { keys } of APPROX) if (keys.every((word, j) => tokens[k - keys.length + 1 + j]?.key === word)) k -= keys.length;
  if (tokens[k]?.key === 'for') k--;
  const verb = tokens[k];
  if (!verb || verb.clause !== clause || verb.script !== 'latin' || !/^[a-z]{3,}$/.test(ctx.word(k))) return undefined;
  if (NOT_ACTS.has(verb.key) || EN_FUNCTION.has(verb.key) || GENERIC.has(verb.key) || EN_AUXILIARIES.has(verb.key)) return undefined;
  const before = tokens[k - 1];
  if (before && before.clause === clause && DETERMINERS.has(before.key)) return undefined;
  const afterAuxiliary = !!before && before.clause === clause && EN_AUXILIARIES.has(before.key) && !/ed$/.test(verb.key);
  // An irregular past after an auxiliary (has spent) is still a past: its forms come from its base;
  // so are those of an irregular participle (had driven, has taken).
  const participle = participleBase(verb.key);
  const forms = participle ? formsOfBase(participle) : afterAuxiliary && !irregularBase(verb.key) ? formsOfBase(verb.key) : formsOfPast(verb.key);
  if (!forms) return undefined;
  // A verb of the bilingual table (take, «يستغرق») has its Arabic forms too.
  const bilingual = DURATION_VERBS.find((entry) => entry.en.includes(verb.key));
  return bilingual ? { ar: bilingual.ar, en: [verb.key, ...bilingual.en.filter((form) => form !== verb.key)] } : { ar: [], en: [...new Set([verb.key, ...verbFormList(forms)])] };
}
