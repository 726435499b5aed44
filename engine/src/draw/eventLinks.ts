/**
 * What ties a drawn event to a draft's words: its triggers (the clause's opening verb and the
 * content words nearest before its date: "وغزت القوات … العراق في عام 2003" → غزت; "was convicted
 * in April 2021" → convicted), its participants (the people and organisations its clause names) and
 * its place (a place after a locative in its clause). The engine counts a one-word trigger only
 * when the draft's sentence also names a participant or the place, so a common word alone ties
 * nothing.
 */
import type { DrawContext } from './context';
import { distanceBefore } from '../extract/placeDistances';
import { departureVerb } from '../extract/departures';
import { ACTOR_NOUNS, STOPWORDS, LOCATIVES, SEAT_WORDS, STRIKE_VERBS } from '../lexicon/words';
import { MONTH_NAMES } from '../lexicon/months';
import { nameKeys, stems } from '../knowledge';
import { isSpeech, key, stemsOf, titleAt } from './words';
import { AR_STOP } from '../lexicon/functionWords';
import { AR_PLACE_HEADS, DECLARED_STATES, EVENT_TRANSLATIONS, EVENT_WORDS, NAME_PIECE_OPENERS, PART_OF_DAY, STARTING_POINT_ADVERBS, VOWELLED_VERBS, WEEKDAYS } from './lexicon';
import { segmentOpening, type Segment } from './eventSegments';
import { programmeHead } from './programmeNouns';
import { arabicNumberWord, englishNumberWord } from '../lexicon/numbers';
import { ownsFirstLetter } from '../lexicon/radicals';
import { formsOfBase, irregularBase, verbFormList } from '../text/verbForms';
import { arabicRequestedAct, englishRequestBefore } from './requests';
import { afterIdiomVerb, idiomLength } from '../lexicon/verbIdioms';
import { arabicFutureForms, englishVerbForms, irregularVerbForms, withoutFuture } from './triggerForms';
import { arabicVerbToCome } from './arabicVerbsToCome';
import { RESUMED_ARABIC, resumedEnglish, resumedTriggers } from './resumptions';
import { effectArabic, effectTriggers } from './effectPhrases';
import { settingOutEnglish, settingOutTriggers } from './settingOut';

const STOP = new Set<string>([
  ...STOPWORDS,
  ...AR_STOP,
  ...MONTH_NAMES.flat().flatMap((name) => nameKeys(name)),
  ...Object.keys(WEEKDAYS).map(key),
  ...Object.keys(PART_OF_DAY).map(key),
  ...STARTING_POINT_ADVERBS.map(key),
  ...NAME_PIECE_OPENERS.map(key),
  ...['عام', 'العام', 'سنة', 'مطلع', 'اواخر', 'اوائل', 'منتصف', 'نهاية', 'بداية', 'بحلول', 'المقبل', 'الماضي', 'الجاري', 'رسميا', 'اليوم', 'امس', 'حسب', 'بحسب', 'اما', 'تاتي', 'ياتي', 'وفق', 'وفقا', 'اول', 'اخر', 'عمل', 'يظل', 'ظل', 'يزال', 'زال', 'اصبح', 'بات', 'تم', 'جري', 'يجري', 'تجري', 'early', 'late', 'mid', 'next', 'last', 'this', 'week', 'month', 'by', 'until', 'since', 'during', 'when', 'where', 'while', 'what', 'how', 'following', 'ago', 'اذا', 'إذا', 'لو', 'يومي', 'يوما', 'منهم', 'منهن', 'منها', 'منه', 'بينهم', 'بينهن'].map(key),
]);
const LOCATIVE = new Set(LOCATIVES);
const NAME_PIECE_OPENER = new Set(NAME_PIECE_OPENERS.map(key));
/** A date's own words before it: a weekday, «يوم» and a part of the day (يوم الخميس 24 ديسمبر, فجر الاثنين 10 مايو). */
const DATE_LEADS = new Set([...Object.keys(WEEKDAYS), ...Object.keys(PART_OF_DAY), 'يوم'].map(key));
const STRIKE = new Set(STRIKE_VERBS);
/** Nouns that introduce a place's name (في مدينة حائل, في محافظة بقعاء): between a locative and the place, and never an event's trigger. */
const PLACE_HEADS = new Set(AR_PLACE_HEADS.map((head) => key(head.ar)));
const ENGLISH_OF = new Map<string, string[]>();
for (const entry of EVENT_WORDS) for (const form of entry.ar) ENGLISH_OF.set(key(form), entry.en);


/**
 * Where a date's own words before it begin: its weekday, «يوم» and part of the day (أن تنطلق
 * القافلة الثانية يوم الخميس 24 ديسمبر), so that the reach of the words before a date, which name
 * its event, starts before them (→ تنطلق).
 */
function dateLeadStart(ctx: DrawContext, start: number, opening: number): number {
  let dated = start;
  while (dated > opening && start - dated < 3 && DATE_LEADS.has(ctx.tokens[dated - 1]!.key)) dated--;
  return dated;
}

/** The folded words of token k's sentence by index, undefined outside it: what an idiom is read in. */
function sentenceKeys(ctx: DrawContext, k: number): (j: number) => string | undefined {
  const sentence = ctx.tokens[k]!.sentence;
  return (j) => (ctx.tokens[j]?.sentence === sentence ? ctx.tokens[j].key : undefined);
}

/** Whether token `k` can be a trigger: a content word that names nothing. */
export function contentWord(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  if (!token || (token.quote !== -1 && (ctx.analysis.quotations[token.quote]!.tokenEnd - ctx.analysis.quotations[token.quote]!.tokenStart < 6)) || (token.script !== 'ar' && token.script !== 'latin')) return false;
  if (ctx.personAt[k] !== -1 || ctx.orgAt.has(k) || ctx.placeAt.has(k) || ctx.lexiconMentionAt(k) || isSpeech(token)) return false;
  // A piece of a name after its opener (مستشفى ابن سينا) names a person, not an event.
  if (token.script === 'ar' && k > 0 && NAME_PIECE_OPENER.has(ctx.tokens[k - 1]!.key) && ctx.tokens[k - 1]!.sentence === token.sentence) return false;
  // The object of an idiom's verb (fire in "opened fire") names no event of its own.
  if (token.script === 'latin' && afterIdiomVerb(sentenceKeys(ctx, k), k)) return false;
  // A number said in words (ثماني منهن, three of them) counts; it names no event.
  if (arabicNumberWord(token.key.replace(/^و/, '')) !== undefined || englishNumberWord(token.key) !== undefined) return false;
  if (token.key.length < 3 || /\d/.test(token.key) || STOP.has(token.key) || STOP.has(stemsOf(token).at(-1) ?? '') || stemsOf(token).some((stem) => PLACE_HEADS.has(stem))) return false;
  // Capitalised English words are names the drawing did not recognise, not triggers.
  return !(token.script === 'latin' && /^\p{Lu}/u.test(ctx.word(k)) && k > 0 && ctx.tokens[k - 1]!.sentence === token.sentence);
}

/** The word as a trigger: without the Arabic conjunction and prepositions before it (وغزت → غزت). */
function triggerForm(ctx: DrawContext, k: number): string {
  const word = ctx.word(k).replace(/[\u064b-\u065f\u0640]/g, '');
  // An English idiom is the trigger whole (opened fire, struck a deal): its verb alone is another event's.
  const idiom = ctx.lang === 'en' ? idiomLength(sentenceKeys(ctx, k), k) : 0;
  if (idiom > 0) return ctx.tokens.slice(k, k + idiom).map((token) => token.key).join(' ');
  if (ctx.lang === 'en') return word.toLowerCase();
  // A word the table knows as written keeps its first letter (وقعت is signed, not و + قعت).
  if (ENGLISH_OF.has(key(word))) return word;
  // A first letter that is the root's own (وصلوا, فقدوا, بيعت) is no clitic: ووصلوا is و + وصلوا.
  const stripped = ownsFirstLetter(key(word)) ? word : word.replace(/^(و|ف)(?=\S{3,})/, '');
  if (ENGLISH_OF.has(key(stripped))) return stripped;
  return ownsFirstLetter(key(stripped)) ? stripped : stripped.replace(/^(ل|ب)(?=[تيأن]\S{2,})/, '');
}

/**
 * A word of the table as a trigger: in Arabic the table's form, without the clitics and article the
 * article's word carries (بضربة → ضربة); for a programme noun in the complement of one of its parts
 * (the results of the exams, «نتائج الامتحانات»), which names the programme and not the event, the
 * part's head (`programmeNouns.ts`), returned as `head` too.
 */
function headTrigger(ctx: DrawContext, k: number): { head?: number; form: string } {
  const head = programmeHead(ctx, k);
  const at = head ?? k;
  return { head, form: ctx.lang === 'ar' ? (tableForm(ctx.word(at)) ?? triggerForm(ctx, at)) : triggerForm(ctx, at) };
}

/** Regular past forms too short for the -ed pattern (died: four letters before -ed are needed). */
const SHORT_PAST = new Set(['died', 'tied']);

/** Prefixes that make a verb of a verb and keep its past irregular (repaid, rebuilt, overpaid, withheld, outsold). */
const VERB_PREFIX = /^(re|over|under|out|mis|with)(?=[a-z]{3,}$)/;

/**
 * Words in -ed that are no past verbs (speed, seabed, hundred, watershed). The nouns and adjectives
 * in -shed, -bed and -red are listed whole: every verb in -sh, -be or -b and -re or -r ends so in
 * the past too (published, described, absorbed, declared, ordered, entered).
 */
const NOT_PAST = /(need|feed|speed|seed|breed|creed|greed|watershed|bloodshed|(sea|river|lake|stream|road|hot|flat|sick|death|flower|test)bed|hundred|kindred|hatred|sacred|infrared)$/;

/** Whether an English word reads as a verb in the past tense (invaded, ruled, found, repaid, published). */
function pastVerb(word: string): boolean {
  if (irregularBase(word) || SHORT_PAST.has(word) || irregularBase(word.replace(VERB_PREFIX, ''))) return true;
  return /^[a-z]{4,}ed$/.test(word) && !NOT_PAST.test(word);
}

/** Triggers, participants and place of the event dated by tokens [start, end). */

/** Event nouns of the table that take their place in the construct state (زلزال أغادير, غارة حيفا). */
const EVENT_NOUNS = new Set(['زلزال', 'هزة', 'ضربة', 'غارة', 'انفجار', 'فيضان', 'سيول', 'غزو', 'اجتياح', 'انسحاب', 'محاكمة', 'زيارة', 'اجتماع', 'لقاء', 'اعتقال', 'انتخاب'].map(key));

const TABLE_FORM = new Map<string, string>();
for (const entry of EVENT_WORDS) for (const form of entry.ar) TABLE_FORM.set(key(form), form);

/** The table's own form of an Arabic word, also behind clitics and the article (بضربة, الضربة → ضربة). */
function tableForm(word: string): string | undefined {
  const folded = key(word);
  if (TABLE_FORM.has(folded)) return TABLE_FORM.get(folded);
  for (const { stem } of stems(folded)) {
    const form = TABLE_FORM.get(stem) ?? TABLE_FORM.get(stem.replace(/^ال/, ''));
    if (form) return form;
    // With a pronoun after it (اجتماعها: its meeting; افتتاحه).
    const bare = withoutPronoun(stem);
    const owned = bare === undefined ? undefined : (TABLE_FORM.get(bare) ?? TABLE_FORM.get(bare.replace(/^ال/, '')));
    if (owned) return owned;
  }
  return undefined;
}

/**
 * A verb the article writes with the shadda that tells it from a homograph (ووقّعت): the verb
 * without its conjunction and marks (وقعت), and the table's verbal noun that names the event (توقيع).
 */
function vowelledVerb(written: string): { verb: string; noun: string } | undefined {
  // Every diacritic but the shadda is dropped (وقَّعَت → وقّعت).
  const word = written.replace(/[\u064b-\u0650\u0652-\u065f\u0640]/g, '');
  for (const entry of VOWELLED_VERBS) {
    // The conjunction (و, ف) and the imperfect's prefix (ي, ت, ن, أ) may stand before the stem.
    for (const conjunction of ['', 'و', 'ف']) {
      if (!word.startsWith(conjunction)) continue;
      const verb = word.slice(conjunction.length);
      if (verb.startsWith(entry.stem) || ('يتنأ'.includes(verb[0] ?? '') && verb.slice(1).startsWith(entry.stem))) return { verb: verb.replace(/\u0651/g, ''), noun: entry.noun };
    }
  }
  return undefined;
}

/** Whether a token's key is a word, or the word behind one clitic letter (و, ف, ب, ل: بمؤتمر, وللصحفيين). */
export function isWordBehindClitic(tokenKey: string, word: string): boolean {
  return tokenKey === word || (tokenKey.length === word.length + 1 && /^[وفبل]/.test(tokenKey) && tokenKey.endsWith(word));
}

/** An Arabic noun without the possessive pronoun after it (افتتاحه → افتتاح, اجتماعها → اجتماع), when four letters or more are left; else undefined. */
export function withoutPronoun(word: string): string | undefined {
  const match = /^(.{4,}?)(هما|هم|هن|ها|ه)$/.exec(word);
  return match ? match[1] : undefined;
}

/** The English forms of an Arabic trigger from the table of news verbs, also behind clitics and the article (الضربة → strike). */
function englishOf(word: string): string[] | undefined {
  const form = tableForm(word);
  return form === undefined ? undefined : ENGLISH_OF.get(key(form));
}

/** Each Arabic form of the rows that only translate (`EVENT_TRANSLATIONS`), folded → the row's English forms. */
const TRANSLATED = new Map<string, string[]>();
for (const entry of EVENT_TRANSLATIONS) for (const form of entry.ar) TRANSLATED.set(key(form), entry.en);

/**
 * The English forms of an Arabic trigger from the rows that only translate, also behind a clitic
 * (وسيناقش), the future's س (ستصوت → تصوت) and a possessive pronoun (مراجعتها → مراجعة).
 */
function translatedOf(word: string): string[] | undefined {
  for (const { stem } of stems(key(word))) {
    for (const form of [stem, withoutFuture(stem), withoutPronoun(stem)?.replace(/ت$/, 'ة')]) {
      const english = form === undefined ? undefined : (TRANSLATED.get(form) ?? TRANSLATED.get(form.replace(/^ال/, '')));
      if (english) return english;
    }
  }
  return undefined;
}

/** The English triggers of Arabic ones, from the table of news verbs (غزت → invaded, invasion). */
export function englishTriggers(arabic: readonly string[]): string[] {
  const english = arabic.flatMap((word) => englishOf(word) ?? translatedOf(word) ?? resumedEnglish(word) ?? settingOutEnglish(word) ?? []);
  return [...new Set([...english, ...english.flatMap(irregularVerbForms)])];
}

/**
 * Each one-word English form of the table → the Arabic forms of its entry; a form two entries
 * share goes to the one that lists it first among its forms (strike: إضراب, where it leads, not
 * ضربة, where struck does), so that an English strike gives an Arabic draft one event's words.
 */
const ARABIC_OF = new Map<string, string[]>();
{
  const rank = new Map<string, number>();
  for (const entry of EVENT_WORDS) {
    for (const [index, form] of entry.en.entries()) {
      if (form.includes(' ') || (rank.get(key(form)) ?? Infinity) <= index) continue;
      rank.set(key(form), index);
      ARABIC_OF.set(key(form), entry.ar);
    }
  }
  // A verb the table gives in the past only is read in its other forms too (invaded → invades,
  // invading; sank → sinks), by the row of its past; no form a row lists is taken from it.
  for (const [past, arabic] of [...ARABIC_OF]) for (const form of englishVerbForms(past)) if (!ARABIC_OF.has(form)) ARABIC_OF.set(form, arabic);
  // An act resumed (restarted, reopened) is given the Arabic phrases of its verb and noun.
  for (const [english, phrases] of RESUMED_ARABIC) for (const form of [english, ...englishVerbForms(english)]) ARABIC_OF.set(form, [...new Set([...(ARABIC_OF.get(form) ?? []), ...phrases])]);
  // The rows that only translate add their Arabic forms to each English form they list.
  for (const entry of EVENT_TRANSLATIONS) {
    for (const english of entry.en) {
      if (english.includes(' ')) continue;
      for (const form of [english, ...englishVerbForms(english)]) ARABIC_OF.set(key(form), [...new Set([...(ARABIC_OF.get(key(form)) ?? []), ...entry.ar])]);
    }
  }
}

/**
 * The Arabic triggers of English ones, from the same table read the other way (announced → أعلن،
 * أعلنت، إعلان): what an Arabic draft of an English article says for the event.
 */
export function arabicTriggers(english: readonly string[]): string[] {
  const rows = english.map((word) => ARABIC_OF.get(key(word)) ?? DECLARED_STATES[/^state of (\w+)$/.exec(word)?.[1] ?? ''] ?? effectArabic(word) ?? []);
  // A draft may tell the event in the future (ستفتتح, سيناقش): its row's imperfects after س too.
  return [...new Set(rows.flatMap((row) => [...row, ...arabicFutureForms(row)]))];
}

const TABLE_EN = new Set(EVENT_WORDS.flatMap((entry) => entry.en.filter((form) => !form.includes(' ')).map(key)));

/**
 * A table noun with the two relative adjectives (nisba: جوية، أمريكية، إسرائيلية) that follow it in
 * its clause, without their article: the phrase a draft restating the event uses in any state
 * (الضربة الجوية الأمريكية, ضربة جوية أمريكية). Undefined without two such adjectives.
 */
function withAdjectives(ctx: DrawContext, k: number, form: string): string | undefined {
  const words = [form];
  for (let j = k + 1; j < ctx.tokens.length && words.length < 3; j++) {
    const token = ctx.tokens[j]!;
    if (token.clause !== ctx.tokens[k]!.clause || token.script !== 'ar' || ctx.personAt[j] !== -1 || ctx.orgAt.has(j) || ctx.placeAt.has(j)) break;
    const bare = ctx.word(j).replace(/[\u064b-\u065f\u0640]/g, '').replace(/^(ال|وال|بال|لل)/, '');
    if (!/(ي|ية|يّة)$/.test(bare) || bare.length < 4) break;
    words.push(bare);
  }
  return words.length === 3 ? words.join(' ') : undefined;
}

/**
 * Whether token `k` is an Arabic verb of speech that the table of news verbs names as an event
 * (أعلنت: announced; حذّر: warned) and that dates the statement itself: it opens the sentences of
 * a statement's own news (أعلنت الوزارة، اليوم الأربعاء، أن …), where no other word names the
 * event. A date after the reported clause's أن is the reported event's, not the statement's.
 */
function announcing(ctx: DrawContext, k: number, start: number): boolean {
  const token = ctx.tokens[k]!;
  if (ctx.lang !== 'ar' || token.script !== 'ar' || token.quote !== -1 || !isSpeech(token) || ctx.personAt[k] !== -1 || ctx.orgAt.has(k)) return false;
  for (let j = k + 1; j < start; j++) if (COMPLEMENTS.has(ctx.tokens[j]!.key) || ctx.tokens[j]!.key === 'من') return false;
  return englishOf(ctx.word(k)) !== undefined;
}

/** Whether token `k` is a word of the table of news verbs and nouns (الضربة, invasion). */
function tableWord(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k]!;
  return ctx.lang === 'ar' ? englishOf(ctx.word(k)) !== undefined : TABLE_EN.has(token.key);
}

const EN_ENTRY = new Map<string, readonly string[]>();
for (const entry of EVENT_WORDS) for (const form of entry.en) if (!form.includes(' ')) EN_ENTRY.set(key(form), entry.en);

/**
 * The English forms of the table's words that the clause of a place names before it, after a
 * locative ("The signing took place in York" → signed, signing, sign; «وجرت مراسم التوقيع في
 * الرباط» → the same): how a sentence with no date names an event it gives the place of. Empty
 * without a locative before the place.
 */
export function placeClauseEntries(ctx: DrawContext, placeToken: number, place: string): Set<string> {
  const tokens = ctx.tokens;
  const out = new Set<string>();
  if (!LOCATIVE.has(tokens[placeToken - 1]?.key ?? '') && !(/^و?ب/.test(tokens[placeToken]!.key) && fusedLocative(ctx, placeToken, place))) return out;
  for (let k = placeToken - 1; k >= 0 && tokens[k]!.clause === tokens[placeToken]!.clause && tokens[k]!.quote === -1; k--) {
    if (!contentWord(ctx, k)) continue;
    const forms = ctx.lang === 'ar' ? englishOf(ctx.word(k)) : EN_ENTRY.get(tokens[k]!.key);
    for (const form of forms ?? []) out.add(form);
  }
  return out;
}

/** Where a date stands: its clause, within the part of its sentence that speaks of it, and the sentence's opening. */
interface DateSpan {
  start: number;
  end: number;
  sentence: number;
  /** The part of the sentence that speaks of this date (eventSegments.ts). */
  from: number;
  to: number;
  /** The date's clause within that part. */
  first: number;
  last: number;
  sentenceOpening: number;
  /** The opening of the date's part: the sentence's opening unless the sentence was split. */
  opening: number;
}

/** The span of the date at `start`..`end`, within its segment when the sentence was split. */
function dateSpan(ctx: DrawContext, start: number, end: number, segment?: Segment): DateSpan {
  const tokens = ctx.tokens;
  const sentence = tokens[start]!.sentence;
  const clause = tokens[start]!.clause;
  const from = segment?.start ?? 0;
  const to = segment?.end ?? tokens.length;
  let first = start;
  while (first > from && tokens[first - 1]!.clause === clause) first--;
  let last = end;
  while (last < to && tokens[last]!.clause === clause) last++;
  let sentenceOpening = start;
  while (sentenceOpening > 0 && tokens[sentenceOpening - 1]!.sentence === sentence) sentenceOpening--;
  const opening = segment?.split ? segmentOpening(ctx, segment) : sentenceOpening;
  return { start, end, sentence, from, to, first, last, sentenceOpening, opening };
}

/**
 * The triggers, the participants and the place of the event a date of the article dates: the
 * words that name the event near the date, the people and organisations of its clause, and the
 * place the clause puts it in.
 */
export function eventLinks(ctx: DrawContext, start: number, end: number, segment?: Segment): { triggers: string[]; participants: string[]; place?: string } {
  const span = dateSpan(ctx, start, end, segment);
  /** The token before which the sentence's words are a declared state's subject, not this event's triggers (-1: none). */
  let subjectEnd = -1;
  let triggers: string[];
  if (ctx.lang === 'ar') triggers = arabicDateTriggers(ctx, span);
  else {
    const english = englishDateTriggers(ctx, span);
    triggers = english.triggers;
    subjectEnd = english.subjectEnd;
  }
  const nounPlace = tableNounTriggers(ctx, span, triggers, subjectEnd);
  // A date set before the event's noun (لقي تسعة أشخاص حتفهم، أمس الأربعاء، في غرق عبّارة) names
  // the event with the first table word after it in its sentence, when none stands before it.
  // Arabic only: an English word after the date is as often a participle of another clause (in September, meeting …).
  if (ctx.lang === 'ar' && !triggers.some((trigger) => englishOf(trigger) !== undefined)) {
    const tokens = ctx.tokens;
    for (let k = end; k < span.to && k - end < 4 && tokens[k]!.sentence === span.sentence; k++) {
      if (!contentWord(ctx, k) || !tableWord(ctx, k)) continue;
      triggers.push(headTrigger(ctx, k).form);
      break;
    }
  }
  // An English date that opens its clause with no comma after it (…: in August 2021 a smaller blaze
  // there took two days) is the subject's: the table noun right after it, with at most a determiner
  // and an adjective between, names the event.
  if (ctx.lang === 'en') triggers.push(...frontedSubject(ctx, span.first, start, end, span.to));
  const { participants, place: clausePlace, nearPlace } = clauseParticipants(ctx, span);
  asideParticipants(ctx, span, participants);
  const place = clausePlace ?? nounPlace ?? nearPlace ?? frontedPlace(ctx, Math.max(span.sentenceOpening, ctx.datelineEnd));
  // A verbal noun with its pronoun (منذ افتتاحه عام 2004) is also written without it (منذ افتتاح الميناء).
  if (ctx.lang === 'ar') for (const trigger of [...triggers]) if (/^ا\S{5,}$/.test(trigger)) { const bare = withoutPronoun(trigger); if (bare && bare.length >= 5) triggers.push(bare); }
  const kept = [...new Set(triggers.filter((t) => t.length >= 3))];
  // No word near an Arabic date names its event: the verb to come farther before it (ستخرج, أن يصدر).
  // A date from a starting point (ستمنع الوزارة استيراد الإسمنت عبر المنفذ اعتباراً من الأول من
  // مارس) is that verb's whatever else was drawn, and it may stand farther back, past the object.
  const adverb = ctx.lang === 'ar' ? startingPointBefore(ctx, start) : -1;
  const fromStart = adverb >= 0;
  const toCome = ctx.lang === 'ar' && (kept.length === 0 || fromStart) ? arabicVerbToCome(ctx, start, span.opening, fromStart ? STARTING_POINT_REACH : undefined) : undefined;
  if (toCome !== undefined && !kept.includes(triggerForm(ctx, toCome))) kept.push(triggerForm(ctx, toCome));
  // With no verb to come before it (اتفاقاً لتوريد الأسمدة … ابتداءً من عام 2029), the adverb itself
  // is the one word a draft's restatement surely shares with the date's event, so it is kept.
  if (fromStart && toCome === undefined && !kept.includes(key(ctx.word(adverb)))) kept.push(key(ctx.word(adverb)));
  // An act resumed in the date's clause (أعادت الوزارة … تشغيل المحطة) is named by its verb and noun together.
  if (ctx.lang === 'ar') for (const trigger of resumedTriggers(ctx, span.opening, start, span.last)) if (!kept.includes(trigger)) kept.push(trigger);
  // A convoy or a craft setting out (تنطلق القافلة … يوم الخميس) is named by its verb with its subject.
  if (ctx.lang === 'ar') for (const trigger of settingOutTriggers(ctx, span.opening, start)) if (!kept.includes(trigger)) kept.push(trigger);
  return { triggers: kept, participants, ...(place ? { place } : {}) };
}

const STARTING_POINT = new Set(STARTING_POINT_ADVERBS.map(key));
/** How far before a date from a starting point its verb to come may stand (past its object and the object's place). */
const STARTING_POINT_REACH = 14;

/**
 * The token of the adverb of a starting point and «من» that opens an Arabic date at `start`
 * (اعتباراً من 5 مارس), also before a day the date reader leaves out of the date (اعتباراً من
 * الأول من مارس), or -1.
 */
function startingPointBefore(ctx: DrawContext, start: number): number {
  const tokens = ctx.tokens;
  for (let k = start - 2; k >= 0 && start - k <= 4 && tokens[k]!.sentence === tokens[start]!.sentence; k--) {
    if (STARTING_POINT.has(tokens[k]!.key) && tokens[k + 1]!.key === 'من') return k;
  }
  return -1;
}

/**
 * The triggers of an Arabic date's event: the sentence's opening verb (وغزت، ووقّعت), the object
 * of a verb after a date set off by commas, the verb that opens the date's own clause, the nearest
 * word before the date that has no article, and the word right after the date in its clause.
 */
function arabicDateTriggers(ctx: DrawContext, span: DateSpan): string[] {
  const tokens = ctx.tokens;
  const { start, end, first, last, opening, to } = span;
  const clause = tokens[start]!.clause;
  const triggers: string[] = [];
  // The sentence's opening verb (وغزت، ووقّعت), then the nearest word before the date that has no article.
  // Only the very first word: after a particle or a copula (ويظل زلزال …) the next word is often a noun.
  // In a sentence of several dated verbs, the opening word of this date's part (على أن يبدأ → يبدأ).
  // A date set off by commas after the subject (أعلنت النقابة، الثلاثاء، إضراباً مفتوحاً): the
  // words before it are the subject's; the event is the opening verb and the object after it.
  const object = asideObject(ctx, { first, last, start, end, opening, to });
  let verb = [opening].find((k) => k < start && (contentWord(ctx, k) || announcing(ctx, k, start) || (object !== undefined && tableWord(ctx, k))) && !/^ال/.test(tokens[k]!.key));
  if (object !== undefined) {
    // The noun without the accusative's alif (إضراباً → إضراب), in both states.
    const written = tableForm(ctx.word(object));
    const form = written && TABLE_FORM.has(key(written.replace(/ا$/, ''))) ? written.replace(/ا$/, '') : written;
    triggers.push(form ?? triggerForm(ctx, object));
    if (form) triggers.push(`ال${form}`);
  }
  // A request's deadline is the requested act's (طلب المجلس من السكان تسجيل … قبل 30 سبتمبر → تسجيل; `requests.ts`).
  const act = verb === undefined ? undefined : arabicRequestedAct(ctx, verb, start);
  if (act !== undefined) verb = act;
  const vowelled = verb === undefined ? undefined : vowelledVerb(ctx.word(verb));
  if (vowelled) triggers.push(vowelled.verb, vowelled.noun);
  else if (verb !== undefined) {
    triggers.push(triggerForm(ctx, verb));
    // وقّعت: the و may be the verb's own first letter, not the conjunction; keep the word as written too.
    const written = ctx.word(verb).replace(/[\u064b-\u065f\u0640]/g, '');
    if (/^[وف]/.test(written) && written.length === triggers.at(-1)!.length + 1 && written.length <= 4 && !ENGLISH_OF.has(key(triggers.at(-1)!))) triggers.push(written);
  }
  // The verb that opens the date's own clause, after a conjunction or «عندما» (عندما انقلبت حافلة …
  // فجر أمس الخميس; وغادرت ثماني منهن المستشفى مساء الخميس): the clause's event.
  const clauseVerb = SUBORDINATE.has(tokens[first]?.key ?? '') ? first + 1 : first;
  if (clauseVerb > opening && clauseVerb < start && tokens[clauseVerb]!.clause === clause && contentWord(ctx, clauseVerb) && !/^(ال|وال|بال|لل)/.test(tokens[clauseVerb]!.key)) {
    const form = triggerForm(ctx, clauseVerb);
    if (!triggers.includes(form)) triggers.push(form);
  }
  for (let dated = dateLeadStart(ctx, start, opening), k = dated - 1; k >= opening && dated - k <= 4 && object === undefined; k--) {
    if (!contentWord(ctx, k) || /^(ال|وال|بال|لل)/.test(tokens[k]!.key)) continue;
    triggers.push(triggerForm(ctx, k));
    break;
  }
  // The word right after the date in its clause (… عام 1948 مصيفاً للأسرة المالكة), which a
  // draft restating the sentence keeps beside the date.
  const after = tokens[end];
  if (after && end < to && after.clause === tokens[end - 1]!.clause && contentWord(ctx, end) && !/^(ال|وال|بال|لل)/.test(after.key)) triggers.push(triggerForm(ctx, end));
  return triggers;
}

/**
 * The triggers of an English date's event: the nearest verb in the past tense before it, a state
 * declared, a verb after a modal, the clause's main verb before "on" and the verbs coordinated
 * after the date; and where a declared state's subject ends (-1: none).
 */
function englishDateTriggers(ctx: DrawContext, span: DateSpan): { triggers: string[]; subjectEnd: number } {
  const tokens = ctx.tokens;
  const { start, end, first, opening, to } = span;
  const triggers: string[] = [];
  let subjectEnd = -1;
  // The nearest verb in the past tense before the date (was convicted in April 2021); a past form
  // right after a determiner is an adjective (entered the flooded village), not the clause's verb.
  // A request's deadline is the requested act's (asked residents to register … by 30 September),
  // named by the verb after "to" below (`requests.ts`).
  for (let k = start - 1; k >= opening && start - k <= 8; k--) {
    if (contentWord(ctx, k) && pastVerb(tokens[k]!.key) && !DETERMINERS.has(tokens[k - 1]?.key ?? '')) {
      if (!englishRequestBefore(ctx, k, start)) triggers.push(triggerForm(ctx, k));
      break;
    }
  }
  // A state declared (The fire was declared under control at 6pm): the declaration with its complement.
  const declared = triggers.length === 0 ? declaredState(ctx, start, opening) ?? stateDeclared(ctx, start, opening) ?? declaredObject(ctx, start, opening) : undefined;
  if (declared) {
    triggers.push(...declared.triggers);
    subjectEnd = declared.at;
  }
  // An event to come, with no past verb: the verb after a modal (will raise the closures in the Commons on Monday).
  if (triggers.length === 0) triggers.push(...futureVerb(ctx, start, opening));
  // The clause's main verb far before its day (The commission cut the number of polling
  // stations abroad from 18 to 12 on Friday): the first verb in the past tense of the clause.
  // Only a day after "on" dates the clause's verb; a year or a month may be a noun's (the 2026 season).
  if (triggers.length === 0 && tokens[start - 1]?.key === 'on') triggers.push(...mainVerb(ctx, Math.max(first, opening), start));
  // A phrase of coming into force or an adjective of readiness (which take effect on Monday, could be ready by 2029).
  for (const trigger of effectTriggers(ctx, start, opening)) if (!triggers.includes(trigger)) triggers.push(trigger);
  triggers.push(...coordinatedVerbs(ctx, end, to));
  return { triggers, subjectEnd };
}

/**
 * Adds to `triggers` the words of the table of news verbs and nouns before the date in its
 * sentence (منذ الضربة الجوية … مطلع يناير 2020; the strike … in early January 2020), which name
 * the event too, and returns the place right after such an Arabic event noun (زلزال أغادير), if any.
 */
function tableNounTriggers(ctx: DrawContext, span: DateSpan, triggers: string[], subjectEnd: number): string | undefined {
  const tokens = ctx.tokens;
  const { start, opening } = span;
  let nounPlace: string | undefined;
  for (let k = start - 1, added = 0; k >= opening && start - k <= 12 && added < 2; k--) {
    // The subject of a state declared (The fire was declared under control) is another event's noun.
    if (k < subjectEnd || !contentWord(ctx, k) || !tableWord(ctx, k)) continue;
    // The object of a gerund or an infinitive (would vote on joining the strike, agreed to end the strike) is another event.
    if (ctx.lang === 'en' && complementObject(ctx, k)) continue;
    // A part of the date's own period (by the end of March, the start of 2027) is the trigger with
    // its "of", which a draft restating the date keeps, and no verb of the table to translate.
    if (ctx.lang === 'en' && tokens[k + 1]?.key === 'of' && k + 2 === start) {
      if (!triggers.includes(`${tokens[k]!.key} of`)) triggers.push(`${tokens[k]!.key} of`);
      added++;
      continue;
    }
    // The table's form, or for a programme complementing one of its parts (the results of the exams, «نتائج الامتحانات»), not this event, the part's head.
    const { head, form } = headTrigger(ctx, k);
    // A place right after an event noun in the construct state is the event's (زلزال أغادير); a
    // place after a verb is its object (ضرب المغرب: struck Morocco), not read.
    const named = ctx.lang === 'ar' && EVENT_NOUNS.has(key(form)) ? ctx.placeAt.get(k + 1) : undefined;
    if (named && tokens[k + 1]!.clause === tokens[k]!.clause) nounPlace ??= named;
    if (triggers.includes(form)) continue;
    triggers.push(form);
    added++;
    // With the adjectives after it (بضربة جوية أمريكية → ضربة جوية أمريكية): three words name the
    // event on their own, whichever sentence a draft puts them in.
    // A noun matches in the state the draft writes it: with and without the article (ضربة, الضربة).
    if (ctx.lang === 'ar') {
      const phrase = head === undefined ? withAdjectives(ctx, k, form) : undefined;
      const definite = (words: string) => words.split(' ').map((word) => (word.startsWith('ال') ? word : `ال${word}`)).join(' ');
      const nounLike = head !== undefined || /^(و|ف|ب|ل|ك)?ال/.test(ctx.word(k)) || !!phrase;
      for (const extra of [nounLike ? definite(form) : undefined, phrase, phrase ? definite(phrase) : undefined]) if (extra && !triggers.includes(extra)) triggers.push(extra);
    }
  }
  return nounPlace;
}

/**
 * The people and organisations of the date's clause, the place the clause puts the event in
 * (after a locative, a place noun, a verb of setting out), and a place the event was near.
 */
function clauseParticipants(ctx: DrawContext, span: DateSpan): { participants: string[]; place?: string; nearPlace?: string } {
  const tokens = ctx.tokens;
  const participants: string[] = [];
  let place: string | undefined;
  // A place after a word that opens a reported clause (ruled on Wednesday that … to Rwanda; أعلنت
  // الخميس أنها سترسل فرقاً إلى مراكش) is that clause's, not the dated event's.
  let reported = false;
  let nearPlace: string | undefined;
  for (let k = span.first; k < span.last; k++) {
    const person = ctx.personAt[k]!;
    const id = person !== -1 ? ctx.people[person]!.fact.id : ctx.orgAt.get(k);
    if (id && !participants.includes(id)) participants.push(id);
    if (k >= span.end && COMPLEMENTS.has(tokens[k]!.key)) reported = true;
    const at = ctx.placeAt.get(k);
    if (!at || place || reported || ctx.placeAt.get(k - 1) === at) continue;
    // After a locative word (في واشنطن, in Luxembourg) or with a fused one (بواشنطن).
    const fused = /^و?ب/.test(tokens[k]!.key) && fusedLocative(ctx, k, at);
    // A place noun may stand between (في مدينة حائل, في محافظة بقعاء).
    const headed = PLACE_HEADS.has(tokens[k - 1]?.key ?? '') && tokens[k - 1]!.clause === tokens[k]!.clause && LOCATIVE.has(tokens[k - 2]?.key ?? '');
    // The place a verb of setting out leaves from (sailed from Sfax, «أبحر القارب من صفاقس»: `extract/departures.ts`).
    if (LOCATIVE.has(tokens[k - 1]?.key ?? '') || fused || headed || departureVerb(tokens, k) !== undefined || englishObjectPlace(tokens, k)) place = at;
    // "30 km south of Kandahar", «على بعد 30 كلم جنوب غرب الموصل»: the event was near the place,
    // which stands for it unless the clause names a place after a locative (`extract/placeDistances.ts`).
    else nearPlace ??= distanceBefore(tokens, k) && townLike(ctx, at) ? at : undefined;
  }
  return { participants, place, nearPlace };
}

/**
 * Adds the participants a date set off by commas brings (وقّعت الحكومة، أمس الجمعة، عقداً مع شركة …;
 * signed, on Friday, a deal with …): the people and organisations of the clause after it, and the
 * body named before it as the opening verb's subject; then the first person the sentence names
 * before the date's clause (its subject).
 */
function asideParticipants(ctx: DrawContext, span: DateSpan, participants: string[]): void {
  const tokens = ctx.tokens;
  const { start, end, first, last, to, sentence, sentenceOpening } = span;
  if (start - first <= 1 && last === end && last < to && tokens[last]!.sentence === sentence) {
    for (let k = last; k < to && tokens[k]!.clause === tokens[last]!.clause; k++) {
      const person = ctx.personAt[k]!;
      const id = person !== -1 ? ctx.people[person]!.fact.id : ctx.orgAt.get(k);
      if (id && !participants.includes(id)) participants.push(id);
    }
    // The body named between the opening verb and such a date is the verb's subject (أعلنت وزارة
    // الخارجية، اليوم الأربعاء، أن …; حذّر برنامج الأغذية العالمي، اليوم الأحد، من …).
    const subject = first - 1 > sentenceOpening ? ctx.orgAt.get(first - 2) ?? ctx.orgAt.get(sentenceOpening + 1) : undefined;
    if (subject && tokens[sentenceOpening + 1]!.clause === tokens[first - 2]!.clause && !participants.includes(subject)) participants.push(subject);
  }
  // The first person the sentence names before the date's clause is its subject, a participant
  // too (وكان الملك فاروق، آخر ملوك مصر، قد أنشأ المنطقة عام 1948; Braverman … wrote in a letter to Sunak on Tuesday).
  for (let k = sentenceOpening; k < first; k++) {
    const person = ctx.personAt[k]!;
    if (person === -1) continue;
    const id = ctx.people[person]!.fact.id;
    if (!participants.includes(id)) participants.push(id);
    break;
  }
}

/**
 * The table noun of the subject after an English date that opens its clause (in August 2021 a
 * smaller blaze there …; On Monday the strike …): the clause holds only a preposition before the
 * date, no comma follows it, and at most two words (a determiner, an adjective) stand between.
 */
function frontedSubject(ctx: DrawContext, first: number, start: number, end: number, to: number): string[] {
  const tokens = ctx.tokens;
  if (start - first > 1 || (start > first && !['in', 'on', 'at'].includes(tokens[first]!.key)) || end >= to || ctx.gap(end - 1, end).trim() !== '') return [];
  for (let k = end; k < to && k - end <= 2 && tokens[k]!.clause === tokens[end - 1]!.clause; k++) {
    if (tableWord(ctx, k) && contentWord(ctx, k) && !pastVerb(tokens[k]!.key)) return [triggerForm(ctx, k)];
  }
  return [];
}

/**
 * Past verbs of the clauses coordinated after a date, which share it: "lost power … on Saturday,
 * drifted for two hours and ran aground" (drifted, ran). A verb counts right after a comma or
 * "and", at most two, in the date's part of the sentence (./eventSegments.ts gives another date's
 * clauses their own part); a reported clause (that …) ends the search.
 */
function coordinatedVerbs(ctx: DrawContext, end: number, to: number): string[] {
  const tokens = ctx.tokens;
  const out: string[] = [];
  const sentence = tokens[end - 1]!.sentence;
  for (let k = end; k < to && out.length < 2 && tokens[k]!.sentence === sentence; k++) {
    if (COMPLEMENTS.has(tokens[k]!.key)) break;
    const joined = tokens[k - 1]!.key === 'and' || /,\s*$/.test(ctx.gap(k - 1, k));
    if (joined && contentWord(ctx, k) && pastVerb(tokens[k]!.key)) out.push(triggerForm(ctx, k));
  }
  return out;
}

/** Forms of "be" before a passive verb: was declared, were pronounced. */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be']);

/**
 * A state declared in the passive before a date (The fire was declared under control at 6pm on
 * Wednesday; the road was declared safe on Friday): the verb of saying with its complement, up to
 * three words before the date's own words, and the complement alone, which a draft may write with
 * another verb (brought under control). Not a noun of the table that another event of the sentence
 * already names (the fire), which is not this event's.
 */
function declaredState(ctx: DrawContext, start: number, opening: number): { triggers: string[]; at: number } | undefined {
  const tokens = ctx.tokens;
  for (let k = start - 1; k > opening && start - k <= 8; k--) {
    if (!isSpeech(tokens[k]) || !PASSIVE.has(tokens[k - 1]!.key) || !/^[a-z]{3,}ed$/.test(tokens[k]!.key)) continue;
    let end = start;
    while (end > k + 1 && (TRAILING.has(tokens[end - 1]!.key) || /\d/.test(tokens[end - 1]!.key))) end--;
    if (end === k + 1 || end - k - 1 > 3 || tokens[end - 1]!.clause !== tokens[k]!.clause) return undefined;
    const complement = ctx.text(k + 1, end).toLowerCase();
    return { triggers: [`${tokens[k]!.key} ${complement}`, complement], at: k };
  }
  return undefined;
}

/**
 * A state declared in the active voice before a date (declared a state of calamity in the province
 * on Tuesday; declares a state of emergency): the verb of saying, which is no trigger of its own,
 * with the state of the table of declared states, and the state alone, which a draft may write
 * with another verb (was placed under a state of calamity).
 */
function stateDeclared(ctx: DrawContext, start: number, opening: number): { triggers: string[]; at: number } | undefined {
  const tokens = ctx.tokens;
  for (let k = start - 1; k > opening && start - k <= 12; k--) {
    if (!['declared', 'declares', 'declare', 'imposed', 'lifted'].includes(tokens[k]!.key)) continue;
    const at = tokens[k + 1]?.key === 'a' ? k + 2 : k + 1;
    const state = tokens[at + 2]?.key ?? '';
    if (tokens[at]?.key !== 'state' || tokens[at + 1]?.key !== 'of' || !(state in DECLARED_STATES) || at + 2 >= start || tokens[at + 2]!.clause !== tokens[k]!.clause) return undefined;
    return { triggers: [`state of ${state}`, `${tokens[k]!.key} a state of ${state}`], at: k };
  }
  return undefined;
}

/** English determiners: a past form right after one is an adjective (the flooded village, their damaged property). */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * A declaration in the active voice of what is no state of the table, before a date (declared a
 * major incident on 4 September; declared an emergency): the verb of saying with its object of at
 * most three words after "a" or "an", and the object alone, which a draft may write with another
 * verb. Not a declaration that reports (declared that …), whose object is no noun after an article.
 */
function declaredObject(ctx: DrawContext, start: number, opening: number): { triggers: string[]; at: number } | undefined {
  const tokens = ctx.tokens;
  for (let k = start - 1; k > opening && start - k <= 8; k--) {
    if (!['declared', 'declares', 'declare'].includes(tokens[k]!.key)) continue;
    if (tokens[k + 1]?.key !== 'a' && tokens[k + 1]?.key !== 'an') return undefined;
    let end = start;
    while (end > k + 2 && (TRAILING.has(tokens[end - 1]!.key) || /\d/.test(tokens[end - 1]!.key))) end--;
    if (end === k + 2 || end - k - 2 > 3 || tokens[end - 1]!.clause !== tokens[k]!.clause) return undefined;
    for (let j = k + 2; j < end; j++) if (!contentWord(ctx, j)) return undefined;
    const object = ctx.text(k + 2, end).toLowerCase();
    return { triggers: [`${tokens[k]!.key} ${ctx.text(k + 1, end).toLowerCase()}`, object], at: k };
  }
  return undefined;
}

/** Modals and "to" before an English verb of an event to come: will raise, is due to visit, plans to hold. */
const MODALS = new Set(['will', 'would', 'shall', 'to']);

/**
 * The English verb right after a modal or "to" before a date, at most eight words back (will raise
 * the closures in the Commons on Monday; is due to visit Leeds on Friday), with its -s, past and
 * -ing forms (`text/verbForms.ts`), which a draft may write the event with.
 */
function futureVerb(ctx: DrawContext, start: number, opening: number): string[] {
  const tokens = ctx.tokens;
  for (let k = start - 1; k > opening && start - k <= 12; k--) {
    if (!MODALS.has(tokens[k - 1]!.key) || !contentWord(ctx, k) || !/^[a-z]{3,}$/.test(tokens[k]!.key) || pastVerb(tokens[k]!.key)) continue;
    // What is not to be done names no event (warned people not to fish until Monday).
    if (tokens[k - 2]?.key === 'not' || tokens[k - 2]?.key === 'never') return [];
    const verb = tokens[k]!.key;
    // More than eight words back, only a light verb with its noun (will make a statement to the Senedd in Cardiff on Tuesday 17 November).
    const noun = lightVerbNoun(ctx, k, start);
    if (start - k > 8 && !noun) continue;
    return [...verbFormList(formsOfBase(verb)), ...(noun ? [noun] : [])];
  }
  return [];
}

/** Verbs whose event is named by their object (make a statement, hold a meeting, give evidence, deliver a speech). */
const LIGHT_VERBS = new Set(['make', 'hold', 'give', 'deliver']);

/**
 * The noun a light verb at token `k` takes after an article, before the date at `start` (will make
 * a statement → statement): the word a draft names the event by (the statement … has been set for
 * Tuesday). Undefined for another verb, or without an article and a lower-case noun.
 */
function lightVerbNoun(ctx: DrawContext, k: number, start: number): string | undefined {
  const tokens = ctx.tokens;
  if (!LIGHT_VERBS.has(tokens[k]!.key) || !['a', 'an', 'the'].includes(tokens[k + 1]?.key ?? '') || k + 2 >= start) return undefined;
  const noun = tokens[k + 2]!;
  return noun.clause === tokens[k]!.clause && /^[a-z]{4,}$/.test(ctx.word(k + 2)) && contentWord(ctx, k + 2) ? noun.key : undefined;
}

/**
 * The first verb in the past tense of the tokens [from, start) of one clause, as a trigger: the
 * clause's main verb when the date stands more than eight words after it. None in a reported
 * clause's words (said that … cut): only the verb before any "that" counts.
 */
function mainVerb(ctx: DrawContext, from: number, start: number): string[] {
  for (let k = from; k < start; k++) {
    if (COMPLEMENTS.has(ctx.tokens[k]!.key)) return [];
    if (contentWord(ctx, k) && pastVerb(ctx.tokens[k]!.key)) return [triggerForm(ctx, k)];
  }
  return [];
}

/** Words that open a clause of time before its verb: عندما انقلبت, حين وصلت. */
const SUBORDINATE = new Set(['عندما', 'حين', 'حينما', 'بعدما', 'لما', 'وعندما', 'وحين'].map(key));

/** Words that open a reported clause: that, أن, إن and their forms with a pronoun. */
export const COMPLEMENTS = new Set(['that', 'أن', 'إن', 'أنه', 'أنها', 'إنه', 'إنها', 'بأن', 'أنهم', 'إنهم'].map(key));
/**
 * Prepositions of a sentence opened by its place: In York, …; At Bowen, …; وفي الرباط، …; ومن
 * أبوظبي، كتب … (a statement sent from a city). English "From Paris, the team flew …" is left out:
 * there the place is where a journey began.
 */
const FRONTING = new Set(['in', 'at', 'في', 'من', 'وفي', 'ومن'].map(key));

/**
 * The place that opens a sentence in a clause of its own ("In York, the river reached …"; «ومن
 * أبوظبي، كتب …»): where the sentence's events happened. The clause holds nothing but the
 * preposition and the place's name; undefined for any other opening.
 */
function frontedPlace(ctx: DrawContext, opening: number): string | undefined {
  const tokens = ctx.tokens;
  const at = ctx.placeAt.get(opening + 1);
  if (!at || !FRONTING.has(tokens[opening]?.key ?? '') || tokens[opening]!.clause !== tokens[opening + 1]!.clause) return undefined;
  let k = opening + 1;
  while (ctx.placeAt.get(k) === at && tokens[k]!.clause === tokens[opening]!.clause) k++;
  const next = tokens[k];
  return next && next.sentence === tokens[opening]!.sentence && next.clause !== tokens[opening]!.clause ? at : undefined;
}

/**
 * The object after a date set off by commas between a verb's subject and its object (أعلنت نقابة
 * عمال الميناء، الثلاثاء، إضراباً مفتوحاً): the first word after the closing comma, when the
 * date's clause holds nothing but the date (and يوم, أمس before it) and the object is a content word,
 * not a conjunction (أن, إن) or a name. Undefined for any other date.
 */
function asideObject(ctx: DrawContext, span: { first: number; last: number; start: number; end: number; opening: number; to: number }): number | undefined {
  const tokens = ctx.tokens;
  const { first, last, start, end, opening, to } = span;
  if (first <= opening || last >= to || start - first > 1 || last !== end) return undefined;
  const before = tokens[first - 1]!;
  const after = tokens[last];
  if (!after || before.sentence !== tokens[start]!.sentence || after.sentence !== tokens[start]!.sentence || before.clause === tokens[first]!.clause) return undefined;
  return contentWord(ctx, last) ? last : undefined;
}

/**
 * Whether an English place is reached by a locative across "the" ("in the Bicol region"), by "into"
 * (slammed into the Bicol region, crashed into Albay) or is the object of a verb of striking (the
 * typhoon struck Albay province, hit the Philippines): in each the place is where the event was.
 */
function englishObjectPlace(tokens: DrawContext['tokens'], k: number): boolean {
  // An Arabic verb's object stays unread (ضرب دمشق: the verb may be another's, see `eventLinks`).
  if (tokens[k]!.script !== 'latin') return false;
  const before = k >= 1 && tokens[k - 1]!.clause === tokens[k]!.clause && tokens[k - 1]!.key === 'the' ? k - 2 : k - 1;
  const word = before >= 0 && tokens[before]!.clause === tokens[k]!.clause ? tokens[before]!.key : '';
  return (before < k - 1 && LOCATIVE.has(word)) || word === 'into' || STRIKE.has(word);
}

/** Whether a drawn or gazetteer place is a town or smaller: a distance from a country or region lies outside it. */
function townLike(ctx: DrawContext, place: string): boolean {
  const kind = ctx.out.places.find((candidate) => candidate.id === place)?.kind ?? ctx.knowledge.entity<{ kind?: string }>(`lexicon:${place}`)?.fact.kind;
  return kind !== 'country' && kind !== 'region';
}

/**
 * Whether a place's token carries a fused ب (بواشنطن): the word without it is one of the place's
 * own names, so a name that starts with ب (بيروت, بغداد) is not read as "in" + the rest.
 */
function fusedLocative(ctx: DrawContext, k: number, place: string): boolean {
  const rest = ctx.tokens[k]!.key.replace(/^و?ب/, '');
  const fact = ctx.out.places.find((candidate) => candidate.id === place);
  const names = ((fact?.names as { ar?: string[] } | undefined)?.ar ?? []).map((name) => nameKeys(name)[0]);
  const own = ctx.lexiconMentionAt(k);
  if (own) for (const name of ctx.knowledge.entity<{ names: { ar: string[] } }>(own.entity)?.fact.names.ar ?? []) names.push(nameKeys(name)[0]);
  return names.includes(rest) && !names.includes(ctx.tokens[k]!.key.replace(/^و/, ''));
}

const ACTORS = new Set(ACTOR_NOUNS);
const SEAT = new Set(SEAT_WORDS);

/**
 * An undated event at a place: "جولة جديدة من المفاوضات في واشنطن", "the hearing in Luxembourg".
 * Its triggers are the two content words nearest before the locative (no person noun: "officials
 * in Baghdad" describes people, not an event); its participants are the people the sentence names.
 * Undefined when the place belongs to a title or nothing before it reads as an event.
 */
export function placeEvent(ctx: DrawContext, placeToken: number): { triggers: string[]; participants: string[] } | undefined {
  const tokens = ctx.tokens;
  const locative = placeToken - 1;
  if (!LOCATIVE.has(tokens[locative]?.key ?? '') || tokens[locative]!.quote !== tokens[placeToken]!.quote || tokens[locative]!.clause !== tokens[placeToken]!.clause) return undefined;
  const triggers: string[] = [];
  for (let k = locative - 1; k >= 0 && locative - k <= 4 && tokens[k]!.clause === tokens[placeToken]!.clause && tokens[k]!.quote === tokens[placeToken]!.quote; k--) {
    if (titleAt(tokens, k) || ACTORS.has(tokens[k]!.key) || stemsOf(tokens[k]).some((stem) => ACTORS.has(stem))) return undefined;
    if (ctx.personAt[k] !== -1 || ctx.placeAt.has(k)) break;
    // A seat (based in Glasgow, ومقرها في دبي) is the organisation's base, drawn in seats.ts, not an event.
    if (SEAT.has(tokens[k]!.key) || stemsOf(tokens[k]).some((stem) => SEAT.has(stem))) return undefined;
    if (!contentWord(ctx, k)) continue;
    if (ctx.lang === 'en' && !/^[a-z]/.test(ctx.word(k))) break;
    triggers.push(ctx.lang === 'ar' ? triggerForm(ctx, k) : ctx.word(k).toLowerCase());
    if (triggers.length === 2) break;
  }
  if (triggers.length === 0) return undefined;
  return { triggers, participants: sentenceParticipants(ctx, placeToken) };
}

/** The drawn people the sentence of token `at` names, read within that sentence only. */
export function sentenceParticipants(ctx: DrawContext, at: number): string[] {
  const tokens = ctx.tokens;
  const sentence = tokens[at]!.sentence;
  let start = at;
  while (start > 0 && tokens[start - 1]!.sentence === sentence) start--;
  const participants: string[] = [];
  for (let k = start; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const person = ctx.personAt[k]!;
    if (person !== -1 && !participants.includes(ctx.people[person]!.fact.id)) participants.push(ctx.people[person]!.fact.id);
  }
  return participants;
}

/** Verb forms of the table's English words, which do not name an event as a noun does. */
const BASE_VERBS = new Set(['invade', 'withdraw', 'return', 'sign', 'start', 'begin', 'end', 'hit', 'overturn', 'overturns', 'tried', 'shook', 'rose', 'risen', 'climbed', 'met', 'meets']);
/** Function words that end a clause's opening before its date (landfall at about 11pm on → landfall). */
const TRAILING = new Set(['at', 'on', 'in', 'to', 'between', 'about', 'around', 'from', 'since', 'by', 'of', 'and', 'the', 'a', 'an', 'after', 'before', 'last', 'next', 'this', 'late', 'early', 'في', 'من', 'الى', 'حتى', 'منذ', 'يوم', 'بين', 'عام', 'قبل', 'بعد'].map(key));

/** Determiners between a verb and its object noun (joining the strike, to end their walkout). */
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'any']);

/**
 * Whether the English noun at token `k` is the object of a gerund or an infinitive of its clause
 * ("would vote on joining the strike on Saturday", "agreed to end the strike"): the event of that
 * verb, not the one the date of the clause's main verb gives. A table word itself (ending) is left
 * to the table.
 */
function complementObject(ctx: DrawContext, k: number): boolean {
  const tokens = ctx.tokens;
  let verb = k - 1;
  while (verb > 0 && k - verb <= 2 && OBJECT_DETERMINERS.has(tokens[verb]!.key)) verb--;
  const token = tokens[verb];
  if (!token || verb === k - 1 || token.clause !== tokens[k]!.clause || tableWord(ctx, verb) || !/^[a-z]+$/.test(ctx.word(verb))) return false;
  return /[^e]ing$/.test(token.key) || tokens[verb - 1]?.key === 'to';
}

/**
 * A short name for a drawn event, for messages: a noun of the table of news words among its
 * triggers ("the flooding", "the ruling", الضربة الجوية الأمريكية, الإضراب), else the opening of its
 * part of the sentence up to the date, without the function words left before the date ("The
 * cyclone made landfall at about 11pm on" → "The cyclone made landfall"), at most eight words.
 */
export function eventName(ctx: DrawContext, triggers: readonly string[], opening: string): string {
  if (ctx.lang === 'ar') {
    const phrase = triggers.find((trigger) => trigger.startsWith('ال') && trigger.split(' ').length >= 3) ?? triggers.find((trigger) => trigger.startsWith('ال') && englishOf(trigger) !== undefined);
    if (phrase) return phrase;
  } else {
    const noun = triggers.find((trigger) => TABLE_EN.has(key(trigger)) && !pastVerb(trigger) && !/ed$/.test(trigger) && !BASE_VERBS.has(trigger));
    if (noun) return `the ${noun}`;
  }
  const words = opening.split(/\s+/).filter(Boolean).slice(0, 8);
  while (words.length > 2 && TRAILING.has(key(withoutTrailing(words.at(-1)!, ',،.;:')))) words.pop();
  return withoutTrailing(words.join(' '), ',،;:');
}

/**
 * The text without the marks in `marks` at its end. Written as a loop: a regular expression
 * anchored at the end (`/[,،.;:]+$/`) takes quadratic time on a long run of marks.
 */
function withoutTrailing(text: string, marks: string): string {
  let end = text.length;
  while (end > 0 && marks.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
