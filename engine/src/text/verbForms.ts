/**
 * The forms of an English verb that a restatement may write it in: the base, the -s form, the past
 * and the -ing form (take, takes, took, taking; carry, carries, carried, carrying; plan, plans,
 * planned, planning), from the base or from a past form. Drawing gives an event or a duration its
 * verb in all of them, so that a draft in another tense (will hold → held; walked → walk) still
 * names it. The irregular past forms are a table; the rest follow the spelling rules of English
 * inflection (a final e, a y after a consonant, a doubled last consonant of a word of one syllable).
 */

/**
 * Past forms of English verbs that do not take -ed, by base: the common verbs of news reports
 * (a hand list; the forms are those of any English dictionary).
 */
const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  make: 'made', hold: 'held', meet: 'met', give: 'gave', take: 'took', go: 'went', come: 'came', begin: 'began',
  speak: 'spoke', leave: 'left', send: 'sent', pay: 'paid', sell: 'sold', buy: 'bought', bring: 'brought', run: 'ran',
  lead: 'led', set: 'set', put: 'put', cut: 'cut', fly: 'flew', win: 'won', lose: 'lost', rise: 'rose', fall: 'fell',
  spend: 'spent', keep: 'kept', sit: 'sat', stand: 'stood', drive: 'drove', ride: 'rode', find: 'found',
  strike: 'struck', hit: 'hit', break: 'broke', shake: 'shook', uphold: 'upheld', quit: 'quit', flee: 'fled',
  write: 'wrote', choose: 'chose', draw: 'drew', freeze: 'froze', sink: 'sank', swear: 'swore', throw: 'threw',
  withdraw: 'withdrew', undergo: 'underwent', beat: 'beat', build: 'built', tear: 'tore', sweep: 'swept',
  spread: 'spread', burn: 'burnt', shoot: 'shot', catch: 'caught', fight: 'fought', seek: 'sought', grow: 'grew',
  blow: 'blew', become: 'became', dig: 'dug', slide: 'slid', split: 'split', lay: 'laid', overrun: 'overran',
  overtake: 'overtook',
};

/**
 * Past participles of the table's verbs that differ from their past (taken, driven, flown), by
 * base: after an auxiliary (had driven, has taken) the verb is the participle, not the past.
 */
const IRREGULAR_PARTICIPLE: Readonly<Record<string, string>> = {
  take: 'taken', give: 'given', go: 'gone', begin: 'begun', speak: 'spoken', fly: 'flown', rise: 'risen', fall: 'fallen',
  drive: 'driven', ride: 'ridden', break: 'broken', shake: 'shaken', write: 'written', choose: 'chosen', draw: 'drawn',
  freeze: 'frozen', sink: 'sunk', swear: 'sworn', throw: 'thrown', withdraw: 'withdrawn', undergo: 'undergone',
  beat: 'beaten', tear: 'torn', grow: 'grown', blow: 'blown', overtake: 'overtaken',
};

/** The bases of the irregular past participles (driven → drive). */
const BASE_OF_PARTICIPLE = new Map(Object.entries(IRREGULAR_PARTICIPLE).map(([base, participle]) => [participle, base]));

/** The base of an irregular past participle of the table that differs from its past (driven → drive), or undefined. */
export function participleBase(participle: string): string | undefined {
  return BASE_OF_PARTICIPLE.get(participle);
}

/** The bases of the irregular past forms (took → take). */
const BASE_OF_PAST = new Map(Object.entries(IRREGULAR_PAST).map(([base, past]) => [past, base]));

/** An English verb's forms. */
export interface EnglishVerbForms {
  base: string;
  /** The third person singular of the present: takes, carries, reaches. */
  third: string;
  past: string;
  /** The present participle: taking, carrying, planning. */
  ing: string;
}

/** The base of an irregular past form of the table (took → take), or undefined. */
export function irregularBase(past: string): string | undefined {
  return BASE_OF_PAST.get(past);
}

/** Whether a base of one syllable ends in a consonant after a single vowel, which doubles before -ed and -ing (plan, stop; not visit, rain, fix). */
function doublesLast(base: string): boolean {
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base);
}

/** A verb's forms from its base (take, takes, took, taking; walk, walks, walked, walking). */
export function formsOfBase(base: string): EnglishVerbForms {
  const consonantY = /[^aeiou]y$/.test(base);
  const third = /(?:s|x|z|ch|sh|[^aeiou]o)$/.test(base) ? `${base}es` : consonantY ? `${base.slice(0, -1)}ies` : `${base}s`;
  const doubled = doublesLast(base) ? `${base}${base.at(-1)!}` : base;
  const regularPast = base.endsWith('e') ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${doubled}ed`;
  const ing = base.endsWith('ie') ? `${base.slice(0, -2)}ying` : /[^aeioy]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${doubled}ing`;
  return { base, third, past: IRREGULAR_PAST[base] ?? regularPast, ing };
}

/**
 * A past form's forms: an irregular one's from its base (took → take), a regular one's with the base
 * guessed from the letters before -ed (walked → walk; planned → plan; closed → close; carried →
 * carry; declared → declare), which is enough for the forms a draft writes. Undefined for a word
 * that is neither (a word in -eed, agreed, is not read as a past of -ed).
 */
export function formsOfPast(past: string): EnglishVerbForms | undefined {
  const base = irregularBase(past);
  if (base) return formsOfBase(base);
  if (!/^[a-z]{2,}[^e]ed$/.test(past)) return undefined;
  const stripped = past.slice(0, -2);
  if (/([^aeioulsfz])\1$/.test(stripped)) return { base: stripped.slice(0, -1), third: `${stripped.slice(0, -1)}s`, past, ing: `${stripped}ing` };
  if (/[^aeiou]i$/.test(stripped)) return { base: `${stripped.slice(0, -1)}y`, third: `${stripped.slice(0, -1)}ies`, past, ing: `${stripped.slice(0, -1)}ying` };
  if (/(?:[^aeiou][aeiou][cgsvz]|[^aeiou][aiou]r|u|[^aeiou][cgsvz])$/.test(stripped)) return { base: `${stripped}e`, third: `${stripped}es`, past, ing: `${stripped}ing` };
  return { base: stripped, third: `${stripped}s`, past, ing: `${stripped}ing` };
}

/** The forms as a list, base first. */
export function verbFormList(forms: EnglishVerbForms): string[] {
  return [forms.base, forms.third, forms.past, forms.ing];
}
