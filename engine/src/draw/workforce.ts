/**
 * A workforce: people, workers or employees counted after a verb of employing or of working
 * somewhere ("which employs 220 people", «توظف 220 عاملاً», «ويعمل في الميناء حالياً 1850
 * عاملاً»). Drawn as an editor writes it: its noun any word for the staff (people, workers,
 * employees, staff, workforce; عامل, موظف) and the verbs of employing as its qualifier, so that a
 * draft's "has a workforce of 1,580", "employs 1,580 people" or «يعمل فيه 1580 موظفاً» is
 * compared with it, while a count of people with no such verb ("1,580 people attended") is not.
 */
import type { DrawContext } from './context';
import { EMPLOY_VERBS } from '../lexicon/numbers';
import { COUNT_NOUNS, type QuantityNoun } from './quantityNouns';
import { key, stemsOf } from './words';

/** Verbs of working somewhere, which give the workforce of the place after them (folded). */
const WORKING = ['يعمل', 'تعمل', 'يعملون', 'يشتغل', 'يشتغلون', 'سيعمل', 'ستعمل', 'سيعملون'];

const EMPLOYING: ReadonlySet<string> = new Set([...EMPLOY_VERBS, ...WORKING].map(key));

/** How many words before its number a verb of employing may stand, in the number's clause (ويعمل في الميناء حالياً 1850). */
const REACH = 4;

const entry = (english: string): QuantityNoun => COUNT_NOUNS.find((noun) => noun.en.includes(english))!;

/** The entries of the counted-noun table a workforce is counted with. */
const STAFF_ENTRIES: ReadonlySet<QuantityNoun> = new Set([entry('people'), entry('workers'), entry('employees')]);

/** Every word for the staff, in both languages. */
const STAFF: QuantityNoun = {
  ar: [...entry('workers').ar, ...entry('employees').ar],
  en: ['people', 'workers', 'employees', 'staff', 'workforce'],
};

/** A workforce's noun: the article's own word for it first (employees, عاملاً), then every other word for the staff. */
export function workforceNoun(counted: QuantityNoun): QuantityNoun {
  return { ar: [...new Set([...counted.ar, ...STAFF.ar])], en: [...new Set([...counted.en, ...STAFF.en])] };
}

/** A workforce's qualifier: the verbs that employ it, in both languages. */
export const EMPLOYED: QuantityNoun = {
  ar: ['توظف', 'يوظف', 'وظفت', 'تشغل', 'يشغل', 'ستوظف', 'سيوظف', 'ستشغل', 'سيشغل', ...WORKING],
  en: ['employs', 'employ', 'employed', 'employing', 'hires'],
};

/**
 * Whether the count of `counted` (an entry of the counted-noun table) whose number starts at token
 * `numberStart` is a workforce: a noun of the staff after a verb of employing or of working.
 */
export function workforceCount(ctx: DrawContext, numberStart: number, counted: QuantityNoun): boolean {
  if (!STAFF_ENTRIES.has(counted)) return false;
  const tokens = ctx.tokens;
  const clause = tokens[numberStart]!.clause;
  for (let k = numberStart - 1; k >= 0 && numberStart - k <= REACH && tokens[k]!.clause === clause; k--) {
    if (EMPLOYING.has(tokens[k]!.key) || stemsOf(tokens[k]).some((stem) => EMPLOYING.has(stem))) return true;
  }
  return false;
}
