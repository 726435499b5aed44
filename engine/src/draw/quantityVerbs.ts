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
import { PAST_OF } from './eventLinks';

/** The base forms of the irregular past forms of PAST_OF (took → take). */
const BASE_OF = new Map(Object.entries(PAST_OF).map(([base, past]) => [past, base]));

/**
 * Verbs that say what a duration is not the act of: how long something lasted (`lastedNoun` reads
 * what lasted), a change by a period (delayed, extended) whose figure is what was added, and an age.
 */
const NOT_ACTS = new Set(['lasted', 'last', 'lasts', 'lasting', 'aged', 'delayed', 'extended', 'postponed', 'added', 'rose', 'fell', 'increased', 'reduced', 'cut', 'raised', 'lowered', 'dropped']);

/** Words that make the word after them a noun, not a verb (the planned three years, a promised two weeks). */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

/**
 * The verb right before the duration whose figure starts at token `tokenStart`, across a hedge
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
  const forms = BASE_OF.has(verb.key) ? baseForms(BASE_OF.get(verb.key)!) : afterAuxiliary ? baseForms(verb.key) : /^[a-z]{2,}[^e]ed$/.test(verb.key) ? pastForms(verb.key) : undefined;
  if (!forms) return undefined;
  // A verb of the bilingual table (take, «يستغرق») has its Arabic forms too.
  const bilingual = DURATION_VERBS.find((entry) => entry.en.includes(verb.key));
  return bilingual ? { ar: bilingual.ar, en: [verb.key, ...bilingual.en.filter((form) => form !== verb.key)] } : { ar: [], en: [...new Set([verb.key, ...forms])] };
}

/** A verb's base, -s, past and -ing forms from its base (take, takes, took, taking; walk, walks, walked, walking). */
function baseForms(base: string): string[] {
  const stem = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : base;
  const third = /(?:s|x|z|ch|sh)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  return [base, third, PAST_OF[base] ?? (base.endsWith('e') ? `${base}d` : `${base}ed`), `${stem}ing`];
}

/**
 * A regular past form's other forms (walked → walk; planned → plan; closed → close; carried →
 * carry; declared → declare): the base is guessed from the letters before -ed, which is enough for the forms a draft writes.
 */
function pastForms(past: string): string[] {
  const stripped = past.slice(0, -2);
  if (/([^aeioulsfz])\1$/.test(stripped)) return [stripped.slice(0, -1), `${stripped.slice(0, -1)}s`, past, `${stripped}ing`];
  if (/[^aeiou]i$/.test(stripped)) return [`${stripped.slice(0, -1)}y`, `${stripped.slice(0, -1)}ies`, past, `${stripped.slice(0, -1)}ying`];
  if (/(?:[^aeiou][aeiou][cgsvz]|[^aeiou][aiou]r|u|[^aeiou][cgsvz])$/.test(stripped)) return [`${stripped}e`, `${stripped}es`, past, `${stripped}ing`];
  return [stripped, `${stripped}s`, past, `${stripped}ing`];
}
