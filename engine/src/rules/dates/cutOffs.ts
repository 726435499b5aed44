/**
 * `event-date`, dates that belong to no event of the fact base though an event's word stands
 * near them: the cut-off of a state ("no agreement had been reached as of 24 July", «لم يُتوصل
 * حتى 24 تموز إلى اتفاق») and the day of a statement whose verb governs the date («وقال المتحدث
 * … في 23 تموز إن …», "said on 23 July that …"), and a date after since in a comparison, the
 * last time of something else (for the first time since 2019, its third since 2025, «الأقوى منذ عام
 * 2021»).
 */
import type { Analysis, Token } from '../../analysis';
import type { DateExpression } from '../../extract/dates';
import { tokenStems } from '../../knowledge';
import { ALL_SPEECH_VERBS, ANNOUNCING_VERBS } from '../../lexicon/speech';
import { wordKey } from '../../tokenKey';
import { SINCE_COMPARISONS, SINCE_WORDS } from '../../lexicon/months';
import { ordinalAt } from '../../extract/ordinals';


/** Speech verbs that report acts of their own (announced, wrote, warned) are left out: their date may be the act's. */
const ACT_VERBS = new Set(['أعلن', 'أعلنت', 'declared', 'كتب', 'كتبت', 'wrote', 'دعا', 'نقل', 'حذر', 'حذرت', 'warned', 'وصف', 'وصفت', 'described', 'called'].map(wordKey));

/** Verbs of saying, whose date is the statement's. */
export const SAY_VERBS = new Set([...ALL_SPEECH_VERBS].filter((verb) => !ACT_VERBS.has(verb)));

/** Words that open what a speaker says: إن, أن, بأن, that. */
const COMPLEMENTISERS = new Set(['إن', 'أن', 'ان', 'بأن', 'بان', 'that'].map(wordKey));

/** Pronouns an Arabic complementiser may carry: إنها, أنه, بأنهم. */
const COMPLEMENTISER_PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني'].map(wordKey);

/** Whether a token is a complementiser, maybe with a pronoun (إنها, بأنه). */
function complementiserAt(token: Token | undefined): boolean {
  if (!token) return false;
  return COMPLEMENTISERS.has(token.key) || COMPLEMENTISER_PRONOUNS.some((pronoun) => token.key.endsWith(pronoun) && COMPLEMENTISERS.has(token.key.slice(0, -pronoun.length)));
}

/** Words that close a state at a date in any clause: "as of". */
const AS_OF = [wordKey('as'), wordKey('of')];

/** Words that close a state at a date when the clause denies it: «لم يُتوصل حتى …», "not … until …". */
const UNTIL = new Set(['حتى', 'لغاية', 'until', 'till'].map(wordKey));

/** Negations of a clause. */
const NEGATIONS = new Set(['لم', 'ولم', 'لا', 'ولا', 'ليس', 'لن', 'ولن', 'no', 'not', "n't", 'never', 'yet'].map(wordKey));

/**
 * Whether the date closes a state: "as of" before it, or until/«حتى» in a clause that a negation
 * opens within the eight words before the date ("had not been reached until …" is a cut-off; "the
 * mission runs until September 2025" is the event's own end and is compared).
 */
export function closesState(analysis: Analysis, date: DateExpression): boolean {
  const tokens = analysis.tokens;
  const first = date.tokenStart;
  if (first >= 2 && tokens[first - 2]!.key === AS_OF[0] && tokens[first - 1]!.key === AS_OF[1]) return true;
  const previous = tokens[first - 1];
  if (!previous || !UNTIL.has(previous.key)) return false;
  for (let k = first - 2; k >= 0 && k >= first - 9 && tokens[k]!.clause === previous.clause; k--) if (NEGATIONS.has(tokens[k]!.key)) return true;
  return false;
}

/**
 * Whether the date stands between a verb of saying and what is said: a complementiser (إن, أن,
 * that) follows it, and the verb stands earlier in its sentence, at most twelve words before
 * («وقال المتحدث باسم الخارجية ماثيو ميلر في 23 تموز إن …», "said on 23 July that …").
 */
export function statementDate(analysis: Analysis, date: DateExpression): boolean {
  const tokens = analysis.tokens;
  const next = tokens[date.tokenEnd];
  const sentence = tokens[date.tokenStart]!.sentence;
  if (!next || next.sentence !== sentence || !COMPLEMENTISERS.has(next.key)) return false;
  for (let k = date.tokenStart - 1; k >= 0 && k >= date.tokenStart - 12 && tokens[k]!.sentence === sentence; k--) {
    if (COMPLEMENTISERS.has(tokens[k]!.key)) return false;
    if (tokenStems(tokens[k]!).some((s) => SAY_VERBS.has(s.stem))) return true;
  }
  return false;
}

const SINCE = new Set(SINCE_WORDS.map(wordKey));
const COMPARISONS = new Set(SINCE_COMPARISONS.map(wordKey));
/** Words that may stand between since and its year: since the year 2019, «منذ عام 2021». */
const YEAR_NOUNS = new Set(['the', 'year', 'عام', 'العام', 'سنة', 'السنة'].map(wordKey));

/**
 * Whether the date follows since (since 2019, «منذ عام 2021») in a comparison: a first, another
 * ordinal or a superlative stands before since in its clause, at most ten words back (for the first
 * time since 2019, its third since March 2025, «للمرة الثالثة منذ», the biggest defeat since 2021,
 * «الأقوى في المغرب منذ عام 2021», «لأول مرة منذ»). The date is the last time of something else, not
 * the event's.
 */
export function comparisonSince(analysis: Analysis, date: DateExpression): boolean {
  const tokens = analysis.tokens;
  let k = date.tokenStart - 1;
  while (k >= 0 && YEAR_NOUNS.has(tokens[k]!.key)) k--;
  const since = tokens[k];
  if (!since || since.sentence !== tokens[date.tokenStart]!.sentence || !tokenStems(since).some((s) => SINCE.has(s.stem))) return false;
  for (let j = k - 1; j >= 0 && j >= k - 10 && tokens[j]!.clause === since.clause; j--) {
    if (COMPARISONS.has(tokens[j]!.key) || tokenStems(tokens[j]!).some((s) => COMPARISONS.has(s.stem)) || ordinalAt(tokens[j]) !== undefined) return true;
  }
  return false;
}

/** Words that may stand between a speech verb and its day: said on Wednesday, قال يوم الأربعاء. */
const DAY_LINKS = new Set(['on', 'يوم', 'last', 'late', 'early', 'في']);

/**
 * Whether a speech verb (said, قالت) governs the day at token `index`: with at most a linking word
 * between, or with its subject between when what is said follows the day (`speakerBeforeDay`).
 */
export function afterSpeechVerb(analysis: Analysis, index: number): boolean {
  const tokens = analysis.tokens;
  const sentence = tokens[index]!.sentence;
  for (let k = index - 1; k >= index - 2 && k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (tokenStems(tokens[k]!).some((s) => SAY_VERBS.has(s.stem))) return true;
    if (!DAY_LINKS.has(tokens[k]!.key)) break;
  }
  return speakerBeforeDay(analysis, index);
}

/**
 * Whether an Arabic speech verb, its subject between, stands before the day at token `index` in
 * its clause, whatever follows the day («وأعلنت السلطات الأسترالية اليوم الخميس نفوق …»: what is
 * announced may be a noun, not a clause after أن). Not across a complementiser or a preposition of
 * an occasion, as `speakerBeforeDay` reads them; the caller decides what the day then dates.
 */
export function speechVerbBeforeDay(analysis: Analysis, index: number): boolean {
  const tokens = analysis.tokens;
  const day = tokens[index]!;
  if (day.script !== 'ar') return false;
  for (let k = index - 1; k >= 0 && k >= index - SPEAKER_WORDS - 2 && tokens[k]!.clause === day.clause; k--) {
    if (complementiserAt(tokens[k]) || OCCASION_PREPOSITIONS.has(tokens[k]!.key)) return false;
    if (speechVerbAt(tokens[k]!)) return true;
  }
  return false;
}

/**
 * Whether a verb of saying or announcing governs the day at token `index`: right before it, with
 * at most a linking word between ("announced on Tuesday", «أعلنت الثلاثاء»), or, in Arabic, with its
 * subject between («أعلنت نقابة عمال الموانئ الثلاثاء أن …», «بحسب ما أعلن المعهد يوم الأربعاء»).
 * Unlike `afterSpeechVerb`, verbs that report an act of their own (announced, أعلن) count.
 */
export function announcingVerbBeforeDay(analysis: Analysis, index: number): boolean {
  const tokens = analysis.tokens;
  const sentence = tokens[index]!.sentence;
  for (let k = index - 1; k >= index - 2 && k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (tokenStems(tokens[k]!).some((s) => ANNOUNCING_VERBS.has(s.stem))) return true;
    if (!DAY_LINKS.has(tokens[k]!.key)) break;
  }
  return speechVerbBeforeDay(analysis, index);
}

/** Prepositions that open an occasion or a place, not a speaker («في مؤتمر صحفي», «خلال زيارة», «أمام البرلمان»). */
const OCCASION_PREPOSITIONS = new Set(['في', 'خلال', 'أمام', 'لدى', 'عند', 'من', 'على'].map(wordKey));

/** How many words a speaker may take between the speech verb and the day: «وزارة النقل المغربية». */
const SPEAKER_WORDS = 5;

/**
 * Whether the day at token `index` stands between a speech verb with its subject and what is said:
 * a complementiser follows the day (or the day noun and the day: «يوم الثلاثاء إن»), and a speech
 * verb stands in the day's clause at most five words before it, with no complementiser between
 * («وقالت وزارة النقل المغربية يوم الثلاثاء إن …», «وأعلنت الشركة الأربعاء أن …»). A verb that
 * reports an act of its own (announced, «أعلنت») is a statement here too, as what follows is said.
 * Arabic only, where the subject follows the verb: English words after the verb are its object or
 * its occasion ("told a news conference in Amman on Thursday that …"), and so are Arabic words
 * after a preposition («قال في مؤتمر صحفي الأربعاء إن …»): a statement at a dated occasion.
 */
function speakerBeforeDay(analysis: Analysis, index: number): boolean {
  const tokens = analysis.tokens;
  const day = tokens[index]!;
  if (day.script !== 'ar') return false;
  const next = tokens[index + 1]?.key === wordKey('يوم') ? tokens[index + 2] : tokens[index + 1];
  const closes = !next || next.sentence !== day.sentence;
  if (!closes && !complementiserAt(next)) return false;
  for (let k = index - 1; k >= 0 && k >= index - SPEAKER_WORDS - 2 && tokens[k]!.clause === day.clause; k--) {
    if (complementiserAt(tokens[k]) || OCCASION_PREPOSITIONS.has(tokens[k]!.key)) return false;
    // A day that closes its sentence is the statement's only in an attribution (بحسب ما أعلنته X يوم الخميس).
    if (speechVerbAt(tokens[k]!)) return !closes || attributionBefore(tokens, k);
  }
  return false;
}

/** Words that open an attribution before its speech verb (بحسب ما, حسب ما, وفق ما, كما), folded. */
const ATTRIBUTION_OPENERS = new Set(['بحسب', 'وبحسب', 'حسب', 'وحسب', 'وفق', 'وفقا', 'كما'].map(wordKey));

/** Whether the speech verb at token `k` follows an attribution's opener (بحسب ما أعلنته, كما قالت). */
function attributionBefore(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before && ATTRIBUTION_OPENERS.has(before.key)) return true;
  return before?.key === wordKey('ما') && ATTRIBUTION_OPENERS.has(tokens[k - 2]?.key ?? '');
}

/** Whether a token is a speech verb, also with an object pronoun («أعلنته», «قالها»). */
function speechVerbAt(token: Token): boolean {
  if (tokenStems(token).some((s) => ALL_SPEECH_VERBS.has(s.stem))) return true;
  const object = /(?:ها|ه)$/.exec(token.key);
  return object !== null && ALL_SPEECH_VERBS.has(token.key.slice(0, object.index));
}
