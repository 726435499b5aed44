/**
 * Finds the places where a draft states someone's present age, in the ways news copy writes it:
 * "Smith, 54, said", "Smith (54)", "Smith, 54 years old,", "Smith, aged 54,", "Smith, who is 54,",
 * "Smith is 54", "Smith, now 54,", "the 54-year-old Smith", "Smith, a 54-year-old lawyer";
 * «فلان (54 عاماً)», «فلان، 54 عاماً،», «فلان البالغ من العمر 54 عاماً», «فلان الذي يبلغ من العمر
 * 54 عاماً», «فلان ذو الـ54 عاماً», «فلان ابن الـ54 ربيعاً», «فلان، وعمره 54 سنة». Digits in any
 * script and number words in either language are read (through `numbers.ts`).
 *
 * This module knows the language only: it says where the name the age belongs to must stand (right
 * before the phrase, or a few words after an English "54-year-old"); the rule ties that place to a
 * known person. A duration ("54 years of service", «منذ 54 عاماً»), an age given for a past time
 * ("was 40 when he took office", «كان يبلغ من العمر 40 عاماً», "then 40", "aged 40 at the time") and a
 * number that merely follows a name ("Smith 54") are not ages. An age at death is an age: "Smith died
 * at 90", "died aged 90", "died at the age of 90", "who died at 90", «توفي فلان عن 90 عاماً», «عن عمر
 * ناهز 90 عاماً», «فلان توفي عن 90 عاماً»; it is marked `atDeath`, and no word of past time undoes it.
 */
import type { Analysis, Token } from '../analysis';
import { numbers, type NumberExpression } from './numbers';
import { ROLE_FAMILY } from '../lexicon/words';

/** An age stated in the draft. */
export interface AgePhrase {
  value: number;
  number: NumberExpression;
  /**
   * Where the name stands: `after` a name that ends at token `nameEnd` ("Smith, 54"), or `before`
   * a name that starts at a token of [`nameFrom`, `nameTo`] ("the 54-year-old Smith").
   */
  attach: 'after' | 'before';
  nameEnd: number;
  nameFrom: number;
  nameTo: number;
  /** The token after the number's unit word (عاماً, years, year-old), or after the number. */
  unitEnd: number;
  /** The unit word's token (عاماً, سنة, years, year-old), if the draft wrote one. */
  unitToken?: number;
  /** Whether the age is the one at which the person died ("died at 90", «توفي عن 90 عاماً»). */
  atDeath?: boolean;
}

/** Nouns of years after an age (folded): عاماً, سنة, ربيعاً (springs), years. */
const YEAR_WORDS = new Set(['عام', 'عاما', 'اعوام', 'سنه', 'سنوات', 'سنين', 'ربيعا', 'year', 'years']);

/** «عمره»: his or her age, with and without و. */
const OWN_AGE = new Set(['عمره', 'عمرها', 'وعمره', 'وعمرها']);

/** «يبلغ»: reaches (an age), with and without و. */
const REACHES = new Set(['يبلغ', 'تبلغ', 'ويبلغ', 'وتبلغ']);

/** «البالغ»: aged, with and without و. */
const AGED_AR = new Set(['البالغ', 'البالغه', 'والبالغ', 'والبالغه']);

/** «الذي»: who, before a verb of age. */
const WHO_AR = new Set(['الذي', 'التي', 'والذي', 'والتي']);

/** Words that take an age with the article: «ذو الـ54 عاماً», «ابن الـ54 ربيعاً». */
const OF_AGE = new Set(['ذو', 'ذات', 'ابن', 'ابنه', 'صاحب', 'صاحبه']);

/** Verbs of dying (folded): died, passed (away), «توفي», «رحل», «مات», with and without و. */
const DIED = new Set(['died', 'dies', 'passed', 'توفي', 'توفيت', 'وتوفي', 'وتوفيت', 'رحل', 'رحلت', 'ورحل', 'ورحلت', 'مات', 'ماتت', 'ومات', 'وماتت']);

/** Arabic verbs of reaching an age after «عن عمر»: «ناهز», «يناهز», «بلغ», «يبلغ». */
const NEARING = new Set(['ناهز', 'يناهز', 'بلغ', 'يبلغ', 'قارب', 'يقارب']);

/**
 * Nouns of kinship (folded; Arabic read without و and the article): near a verb of dying they make
 * the name beside the age another's relative ("the father of Smith died at 90", «توفي والد فلان عن
 * 90 عاماً»), so no age at death is read there.
 */
const KIN = new Set([
  'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'widow', 'widower', 'grandfather', 'grandmother', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'parents', 'child',
  'والد', 'والده', 'ابن', 'ابنه', 'نجل', 'نجله', 'زوج', 'زوجه', 'شقيق', 'شقيقه', 'اخ', 'اخت', 'اخو', 'اخي', 'جد', 'جده', 'عم', 'عمه', 'خال', 'خاله', 'ارمله',
]);

/** Whether a noun of kinship stands in tokens [from, to) of the sentence. */
function kinBetween(tokens: Token[], from: number, to: number, sentence: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (tokens[k]!.sentence !== sentence) continue;
    const key = tokens[k]!.key;
    const forms = [key, key.replace(/^ال/, ''), key.replace(/^و/, ''), key.replace(/^وال/, '')];
    if (forms.some((form) => KIN.has(form))) return true;
  }
  return false;
}

/** Words after a number that make "died at 9" a clock time, not an age. */
const CLOCK_AFTER = new Set(['am', 'pm', 'a', 'p', 'oclock', 'gmt', 'utc', 'hours', 'h']);

/** Words before an age that put it in the past: «كان يبلغ», "then 40". */
const PAST_BEFORE = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'then', 'was']);

/** Words right after an age that put it in the past: «آنذاك», "when he took office". */
const PAST_AFTER = new Set(['انذاك', 'حينها', 'حينذاك', 'وقتها', 'وقتذاك', 'عندما', 'حين', 'حينما', 'لما', 'then', 'when', 'time']);

/**
 * Words of a match report near "Name (54)": there the bracket gives the minute of a goal or a
 * card, not an age ("Salem scored twice (54, 78)", «سجل سالم هدفاً (54)»).
 */
const MATCH_WORDS = new Set(['goal', 'goals', 'scored', 'scores', 'scoring', 'penalty', 'minute', 'minutes', 'card', 'substituted', 'هدف', 'هدفا', 'الهدف', 'اهداف', 'الاهداف', 'سجل', 'يسجل', 'سجله', 'ركله', 'جزاء', 'الدقيقه', 'دقيقه', 'بطاقه', 'البطاقه']);

/** Whether a word of a match report stands within eight words of token `at` in its sentence. */
function matchReportNear(tokens: Token[], at: number, sentence: number): boolean {
  for (let k = Math.max(0, at - 8); k < Math.min(tokens.length, at + 9); k++) {
    if (tokens[k]!.sentence === sentence && MATCH_WORDS.has(tokens[k]!.key)) return true;
  }
  return false;
}

/** English words that date a sentence in which "the 54-year-old" stands. */
const PAST_WORDS = new Set(['when', 'then', 'ago', 'time']);

/**
 * Lower-case English words that may stand between "54-year-old" and the name: the words of the
 * roles a post may have (minister, chief executive, mayor …) and the modifiers of a post. A
 * capitalised word (a title, "Prime Minister") may stand there too; any other word (a verb, "met";
 * a relation, "wife of") ends the search for the name.
 */
const TITLE_WORDS = new Set([...Object.keys(ROLE_FAMILY).flatMap((role) => role.split('-')), 'former', 'new', 'current', 'outgoing', 'incumbent', 'acting', 'interim', 'veteran']);

/** The draft's text between two tokens, read from the prose mask (emphasis marks are blank there). */
function between(analysis: Analysis, left: Token | undefined, right: Token | undefined): string {
  const from = left ? left.oEnd : 0;
  const to = right ? right.oStart : analysis.mask.length;
  return analysis.mask.slice(from, to);
}

/** Marks that end the clause of a bare age: "Smith, 54, said", «فلان (54)». */
const CLAUSE_ENDS = new Set([',', '،', ')', '؛', ';']);

/** Whether a gap between two words holds spaces only (and at least one). */
const spaceOnly = (gap: string): boolean => gap.length > 0 && gap.trim() === '';

/** Whether the text between a name and its age holds only spaces and one comma or bracket. */
function appositionGap(gap: string, needMark: boolean): boolean {
  const mark = gap.trim();
  return mark === ',' || mark === '،' || mark === '(' || (!needMark && mark === '');
}

/** The cue words before an age's number, as [first cue token, whether a unit word is required]. */
function cueBefore(tokens: Token[], at: number, sentence: number): { start: number; needUnit: boolean; kind: 'bare' | 'is' | 'cue' | 'death' } {
  const key = (k: number) => (k >= 0 && tokens[k]!.sentence === sentence ? tokens[k]!.key : '');
  const number = tokens[at]!;
  const death = deathCue(tokens, at, sentence);
  if (death) return death;
  if (key(at - 1) === 'aged' || key(at - 1) === 'now') return { start: at - 1, needUnit: false, kind: 'cue' };
  if (key(at - 1) === 'is') return key(at - 2) === 'who' ? { start: at - 2, needUnit: false, kind: 'cue' } : { start: at - 1, needUnit: false, kind: 'is' };
  if (OWN_AGE.has(key(at - 1))) {
    const start = REACHES.has(key(at - 2)) ? (WHO_AR.has(key(at - 3)) ? at - 3 : at - 2) : at - 1;
    return { start, needUnit: true, kind: 'cue' };
  }
  if (key(at - 1) === 'العمر' && key(at - 2) === 'من') {
    if (AGED_AR.has(key(at - 3))) return { start: at - 3, needUnit: true, kind: 'cue' };
    if (REACHES.has(key(at - 3))) return { start: WHO_AR.has(key(at - 4)) ? at - 4 : at - 3, needUnit: true, kind: 'cue' };
  }
  if (AGED_AR.has(key(at - 1))) return { start: at - 1, needUnit: true, kind: 'cue' };
  if (REACHES.has(key(at - 1)) && WHO_AR.has(key(at - 2))) return { start: at - 2, needUnit: true, kind: 'cue' };
  if (OF_AGE.has(key(at - 1)) && number.key.startsWith('ال')) return { start: at - 1, needUnit: true, kind: 'cue' };
  return { start: at, needUnit: false, kind: 'bare' };
}

/**
 * The cue of an age at death before the number at `at`: "died at", "died aged", "died at the age
 * of", "passed away at" (the name ends before the verb, or before "who"); «عن», «عن عمر», «عن عمر
 * ناهز» after a verb of dying (the name ends before the verb when the verb follows it, else before
 * «عن»). Arabic «عن» alone needs a year word after the number.
 */
function deathCue(tokens: Token[], at: number, sentence: number): { start: number; needUnit: boolean; kind: 'death' } | undefined {
  const key = (k: number) => (k >= 0 && tokens[k]!.sentence === sentence ? tokens[k]!.key : '');
  if (key(at - 1) === 'عن' || key(at - 1) === 'عمر' || NEARING.has(key(at - 1))) {
    let start = at - 1;
    if (NEARING.has(key(start))) start--;
    const age = key(start) === 'عمر';
    if (age) start--;
    if (key(start) !== 'عن') return undefined;
    // «فلان توفي عن 90 عاماً»: the name stands before the verb.
    if (DIED.has(key(start - 1))) return kinBetween(tokens, start - 5, start - 1, sentence) ? undefined : { start: start - 1, needUnit: !age, kind: 'death' };
    // «توفي [الفنان] فلان [، مؤسس الشركة،] عن 90 عاماً»: the verb opens the sentence's clause.
    for (let k = start - 2; k >= Math.max(0, start - 10); k--) {
      if (tokens[k]!.sentence !== sentence) break;
      if (DIED.has(tokens[k]!.key)) return kinBetween(tokens, k + 1, start, sentence) ? undefined : { start, needUnit: !age, kind: 'death' };
    }
    return undefined;
  }
  let verb = -1;
  if (key(at - 1) === 'aged') verb = at - 2;
  else if (key(at - 1) === 'at') verb = at - 2;
  else if (key(at - 1) === 'of' && key(at - 2) === 'age' && key(at - 3) === 'the' && key(at - 4) === 'at') verb = at - 5;
  if (verb < 0) return undefined;
  if (key(verb) === 'away' && key(verb - 1) === 'passed') verb--;
  else if (key(verb) === 'passed' || !DIED.has(key(verb))) return undefined;
  // "Smith, who died at 90": the name ends before "who".
  const start = key(verb - 1) === 'who' ? verb - 1 : verb;
  if (kinBetween(tokens, start - 6, start, sentence)) return undefined;
  const next = tokens[at + 1];
  if (next && next.sentence === sentence && CLOCK_AFTER.has(next.key)) return undefined;
  return { start, needUnit: false, kind: 'death' };
}

/** Whether one of the few words before an age puts it in the past («وكان فلان يبلغ», "then 40"). */
function pastBefore(tokens: Token[], start: number, sentence: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    if (tokens[k]!.sentence !== sentence) return false;
    if (PAST_BEFORE.has(tokens[k]!.key)) return true;
  }
  return false;
}

/** Whether one of the few words after an age puts it in the past ("aged 40 at the time"). */
function pastAfter(tokens: Token[], end: number, sentence: number): boolean {
  for (let k = end; k < Math.min(tokens.length, end + 3); k++) {
    if (tokens[k]!.sentence !== sentence) return false;
    if (PAST_AFTER.has(tokens[k]!.key)) return true;
  }
  return false;
}

const dated = new WeakMap<Analysis, Set<number>>();

/**
 * Whether an English sentence dates what it says: a year (2010) or "when", "then", "ago", "time".
 * The dated sentences are found in one pass over the draft.
 */
function datedSentence(analysis: Analysis, sentence: number): boolean {
  let found = dated.get(analysis);
  if (!found) {
    found = new Set<number>();
    for (const token of analysis.tokens) {
      if ((token.script === 'digit' && /^(?:1[89]|20)\d\d$/.test(token.text)) || PAST_WORDS.has(token.key)) found.add(token.sentence);
    }
    dated.set(analysis, found);
  }
  return found.has(sentence);
}

/** The number's unit: a year word after it (54 عاماً, 54 years old), or the "-year-old" of 54-year-old. */
function unitAfter(analysis: Analysis, number: NumberExpression, sentence: number): { end: number; token?: number; adjective: boolean } | undefined {
  const tokens = analysis.tokens;
  if (number.unit) {
    // fifty-four-year-old: the unit is inside the number's own token.
    if (number.unit !== 'year') return undefined;
    return /-old$/i.test(tokens[number.tokenStart]!.text) ? { end: number.tokenEnd, token: number.tokenStart, adjective: true } : undefined;
  }
  const next = tokens[number.tokenEnd];
  if (!next || next.sentence !== sentence) return { end: number.tokenEnd, adjective: false };
  if (next.key === 'yearold') return { end: number.tokenEnd + 1, token: number.tokenEnd, adjective: true };
  if (!YEAR_WORDS.has(next.key)) return { end: number.tokenEnd, adjective: false };
  const old = tokens[number.tokenEnd + 1];
  const end = old && old.sentence === sentence && old.key === 'old' ? number.tokenEnd + 2 : number.tokenEnd + 1;
  return { end, token: number.tokenEnd, adjective: false };
}

/** Whether a token may be part of a title before a name: a role word, or a capitalised word. */
function titleWord(analysis: Analysis, token: Token, sentence: number): boolean {
  if (token.sentence !== sentence || token.script !== 'latin') return false;
  return TITLE_WORDS.has(token.key) || /^[A-Z]/.test(analysis.text.slice(token.oStart, token.oStart + 1));
}

/** "the 54-year-old Smith" and "Smith, a 54-year-old lawyer". */
function adjectivePhrase(analysis: Analysis, number: NumberExpression, unit: { end: number; token?: number }, sentence: number): AgePhrase | undefined {
  const tokens = analysis.tokens;
  if (datedSentence(analysis, sentence)) return undefined;
  let article = number.tokenStart - 1;
  if (article >= 0 && tokens[article]!.sentence === sentence && ['a', 'an', 'the'].includes(tokens[article]!.key)) article--;
  const apposition = article >= 0 && tokens[article]!.sentence === sentence && between(analysis, tokens[article], tokens[article + 1]).trim() === ',';
  // The name follows within three title words ("the 54-year-old former minister Smith").
  let nameTo = unit.end;
  while (nameTo < unit.end + 3 && tokens[nameTo] && titleWord(analysis, tokens[nameTo]!, sentence) && spaceOnly(between(analysis, tokens[nameTo - 1], tokens[nameTo]))) nameTo++;
  return {
    value: number.value,
    number,
    attach: apposition ? 'after' : 'before',
    nameEnd: article + 1,
    nameFrom: unit.end,
    nameTo,
    unitEnd: unit.end,
    unitToken: unit.token,
  };
}

/** The age phrase of one number, if it is one. */
function agePhrase(analysis: Analysis, number: NumberExpression): AgePhrase | undefined {
  const tokens = analysis.tokens;
  if (number.style === 'dual' || number.scale !== undefined || !Number.isInteger(number.value) || number.value < 1 || number.value > 130) return undefined;
  const sentence = tokens[number.tokenStart]!.sentence;
  const unit = unitAfter(analysis, number, sentence);
  if (!unit) return undefined;
  if (unit.adjective) return tokens[number.tokenStart]!.script === 'ar' ? undefined : adjectivePhrase(analysis, number, unit, sentence);
  const cue = cueBefore(tokens, number.tokenStart, sentence);
  if (cue.needUnit && unit.token === undefined) return undefined;
  const before = tokens[cue.start - 1];
  const death = cue.kind === 'death';
  if (!before || before.sentence !== sentence || (!death && pastBefore(tokens, cue.start, sentence))) return undefined;
  const gap = between(analysis, before, tokens[cue.start]);
  if (!appositionGap(gap, cue.kind === 'bare') || (cue.kind === 'is' && !spaceOnly(gap))) return undefined;
  // A bare number or "is 54" ends its clause: "Smith, 54, said", not "Smith, 54 people".
  const next = tokens[unit.end];
  const after = between(analysis, tokens[unit.end - 1], next && next.sentence === sentence ? next : undefined);
  if (cue.kind === 'bare' || cue.kind === 'is') {
    if (next && next.sentence === sentence && !CLAUSE_ENDS.has(after.trimStart()[0] ?? '')) return undefined;
  }
  if (gap.includes('(') && !after.trimStart().startsWith(')')) return undefined;
  // A bare number in brackets in a match report is a minute ("Name (54)" after "scored").
  if (gap.includes('(') && unit.token === undefined && matchReportNear(tokens, number.tokenStart, sentence)) return undefined;
  if (!death && pastAfter(tokens, unit.end, sentence)) return undefined;
  return { value: number.value, number, attach: 'after', nameEnd: cue.start, nameFrom: -1, nameTo: -1, unitEnd: unit.end, unitToken: unit.token, ...(death ? { atDeath: true } : {}) };
}

/**
 * The token after the name that an age set off by commas or brackets follows, when the age ends
 * right before token `end` ("Smith, 82, from", «فلان (67 عاماً) من»), whatever time the sentence
 * speaks of ("Among them was Smith, 82, from …"): what comes after the age is said of that name.
 */
export function apposedAgeBefore(analysis: Analysis, end: number): number | undefined {
  const tokens = analysis.tokens;
  const last = tokens[end - 1];
  let at = end - 1;
  if (at > 0 && YEAR_WORDS.has(tokens[at]!.key)) at--;
  const figure = tokens[at];
  const name = tokens[at - 1];
  const next = tokens[end];
  if (!figure || !name || !last || !next || figure.script !== 'digit' || !/^\d{1,3}$/.test(figure.key)) return undefined;
  if (name.sentence !== figure.sentence || next.sentence !== figure.sentence) return undefined;
  const opening = between(analysis, name, figure).trim();
  const closing = between(analysis, last, next).trim();
  const apposed = (opening === ',' || opening === '،') && (closing === ',' || closing === '،');
  return apposed || (opening === '(' && closing.startsWith(')')) ? at : undefined;
}

const cache = new WeakMap<Analysis, AgePhrase[]>();

/** Every age the draft states, in order. */
export function agePhrases(analysis: Analysis): AgePhrase[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const out: AgePhrase[] = [];
  for (const number of numbers(analysis)) {
    const phrase = agePhrase(analysis, number);
    if (phrase) out.push(phrase);
  }
  cache.set(analysis, out);
  return out;
}

/**
 * Nouns that name a person without naming who (folded), by the kind of person: "a 67-year-old
 * man", «رجل يبلغ من العمر 67 عاماً». Two nouns of one kind restate each other across languages.
 */
const PERSON_NOUNS: ReadonlyMap<string, string> = new Map(
  (
    [
      [['man', 'رجل', 'رجلا', 'مسن', 'شاب', 'مواطن'], 'man'],
      [['woman', 'امراه', 'سيده', 'مسنه', 'شابه', 'مواطنه'], 'woman'],
      [['boy', 'فتي', 'طفل', 'صبي'], 'boy'],
      [['girl', 'فتاه', 'طفله'], 'girl'],
      [['child', 'طفل'], 'child'],
      [['teenager', 'مراهق'], 'teenager'],
      [['person', 'شخص'], 'person'],
      [['driver', 'motorist', 'سائق'], 'driver'],
      [['fisherman', 'صياد'], 'fisherman'],
      [['farmer', 'مزارع'], 'farmer'],
      [['worker', 'labourer', 'laborer', 'عامل'], 'worker'],
      [['resident', 'ساكن'], 'resident'],
      [['pensioner', 'retiree', 'متقاعد'], 'pensioner'],
      [['tourist', 'سائح', 'سائحه'], 'tourist'],
      [['passenger', 'راكب'], 'passenger'],
      [['pedestrian', 'راجل'], 'pedestrian'],
      [['cyclist', 'دراج'], 'cyclist'],
      [['student', 'pupil', 'طالب', 'طالبه', 'تلميذ', 'تلميذه'], 'student'],
      [['victim', 'ضحيه'], 'victim'],
    ] as [string[], string][]
  ).flatMap(([words, kind]) => words.map((word) => [word, kind] as [string, string])),
);

/** The kind of person a folded word names without naming who, if it is such a noun. */
export function personNounKind(key: string): string | undefined {
  return PERSON_NOUNS.get(key) ?? (key.startsWith('ال') || key.startsWith('و') ? PERSON_NOUNS.get(key.replace(/^و?(?:ال)?/, '')) : undefined);
}

/** An age given to a person the draft does not name: "a 76-year-old man", «رجل (76 عاماً)». */
export interface UnnamedAge extends AgePhrase {
  /** The token of the noun that names the kind of person, and that kind (man, woman, fisherman). */
  noun: number;
  kind: string;
}

/**
 * Every age the draft gives a person named only by a noun of a kind of person: "a 76-year-old man"
 * (up to one word between: "a 76-year-old local man"), "a man, 76,", "a man aged 76", «رجل يبلغ من
 * العمر 76 عاماً», «رجل (76 عاماً)». A sentence that dates the age ("when") is read too: the rule
 * compares it with the age at an event, which the event dates.
 */
export function unnamedAges(analysis: Analysis): UnnamedAge[] {
  const tokens = analysis.tokens;
  const out: UnnamedAge[] = [];
  for (const phrase of agePhrases(analysis)) {
    const noun = tokens[phrase.nameEnd - 1];
    const kind = phrase.attach === 'after' && noun && noun.sentence === tokens[phrase.number.tokenStart]!.sentence ? personNounKind(noun.key) : undefined;
    if (kind) out.push({ ...phrase, noun: phrase.nameEnd - 1, kind });
  }
  for (const number of numbers(analysis)) {
    if (number.style === 'dual' || number.scale !== undefined || !Number.isInteger(number.value) || number.value < 1 || number.value > 130) continue;
    const sentence = tokens[number.tokenStart]!.sentence;
    const unit = unitAfter(analysis, number, sentence);
    if (!unit?.adjective || tokens[number.tokenStart]!.script === 'ar') continue;
    // "Smith, a 54-year-old man": the age is the name's, before it.
    const article = ['a', 'an', 'the'].includes(tokens[number.tokenStart - 1]?.key ?? '') ? number.tokenStart - 1 : number.tokenStart;
    if (tokens[article - 1]?.sentence === sentence && between(analysis, tokens[article - 1], tokens[article]).trim() === ',') continue;
    for (let k = unit.end; k <= unit.end + 1 && tokens[k]?.sentence === sentence; k++) {
      const kind = personNounKind(tokens[k]!.key);
      if (!kind) continue;
      // "a 41-year-old fisherman, Liam Carr,": the age is the name's, after it.
      const next = tokens[k + 1];
      if (next?.sentence === sentence && between(analysis, tokens[k], next).trim() === ',' && /^[A-Z]/.test(analysis.text.slice(next.oStart, next.oStart + 1))) break;
      out.push({ value: number.value, number, attach: 'before', nameEnd: -1, nameFrom: unit.end, nameTo: k, unitEnd: unit.end, unitToken: unit.token, noun: k, kind });
      break;
    }
  }
  return out;
}
