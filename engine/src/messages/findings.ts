/**
 * Every message a rule reports and every fix title, in both languages, written as an editor would
 * write them: the finding's kind, then what the article says, then what the draft wrote. Rules pass
 * plain facts (names, a person's gender, a date) and never build message text themselves, so the
 * wording is kept in one place and a test renders every template (tests/engine/messages.test.ts).
 *
 * Arabic sentences agree with their subject: a person's gender comes from the fact base; sentences
 * about events, quantities and quotes are phrased so that nothing has to agree with the event's
 * name («بحسب المقال، تاريخ … هو …», «ينسب المقال …»).
 */
import { agree, arabicCountNoun, arabicDuration, arabicNounLike, definite, quoteAr, withoutAccusative, type Gender } from './arabic';
import { arabicAmount, arabicMeasureNoun, englishAmount, type Amount } from './amounts';
import { countedNoun, englishNumber, englishNumberWords, organisationName, pastVerbForm, titlePhrase, quoteEn } from './english';
import { datePhrase, type MessageDate } from './dates';
import { ARABIC_ORDINALS, ENGLISH_ORDINALS } from '../lexicon/numbers';

/** A message in both languages. */
export interface Message {
  ar: string;
  en: string;
}

/** A name in both languages (an event, a place, a post's title, a group). */
export interface Named {
  ar: string;
  en: string;
}

/** A person: the canonical names and the grammatical gender. */
export interface PersonNamed extends Named {
  gender: Gender;
}

/** What the article gives and what the draft wrote, for the findings that compare a post. */
interface PostFacts {
  person: PersonNamed;
  /** The post's title as the article gives it. */
  title: Named;
  /** The draft's wording, if the message quotes it. */
  actual?: string;
}

const notAr = (actual: string | undefined) => (actual === undefined ? '' : `، لا ${quoteAr(actual)}`);
const notEn = (actual: string | undefined) => (actual === undefined ? '' : `, not ${quoteEn(actual)}`);

/** Rule `name-spelling`. */
export function misspeltName(f: { person: PersonNamed; actual: string }): Message {
  return {
    ar: `الاسم محرّف: يكتبه المقال ${quoteAr(f.person.ar)}، لا ${quoteAr(f.actual)}.`,
    en: `Misspelt name: the article spells it ${f.person.en}, not ${quoteEn(f.actual)}.`,
  };
}

/**
 * Rule `name-spelling`: one part of a known person's name replaced by another name ("ناصف ساويرس"
 * for نجيب ساويرس, "Catherine Holt" for Caroline Holt).
 */
export function changedName(f: { person: PersonNamed; actual: string }): Message {
  return {
    ar: `الاسم خاطئ: الاسم في المقال ${quoteAr(f.person.ar)}، لا ${quoteAr(f.actual)}.`,
    en: `Wrong name: the article names ${f.person.gender === 'f' ? 'her' : 'him'} ${f.person.en}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `post-holder`: a person given another post ("Defence Minister" for the delegation head). */
export function wrongPost(f: PostFacts): Message {
  return {
    ar: `المنصب خاطئ: بحسب المقال، ${f.person.ar} ${agree('هو', f.person.gender)} ${f.title.ar}${notAr(f.actual)}.`,
    en: `Wrong post: according to the article, ${f.person.en} is ${titlePhrase(f.title.en)}${notEn(f.actual)}.`,
  };
}

/** Rule `post-holder`: a post given the wrong nationality (السفيرة البريطانية). */
export function wrongNationality(f: PostFacts & { actual: string }): Message {
  return {
    ar: `الصفة خاطئة: بحسب المقال، ${f.person.ar} ${agree('هو', f.person.gender)} ${f.title.ar}، لا ${quoteAr(f.actual)}.`,
    en: `Wrong nationality: according to the article, ${f.person.en} is ${titlePhrase(f.title.en)}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `post-holder`: a person's post put in the wrong organisation. */
export function wrongOrganisation(f: { person: PersonNamed; organisation: Named; actual: string }): Message {
  return {
    ar: `الجهة خاطئة: بحسب المقال، ${f.person.ar} ${agree('يعمل', f.person.gender)} في ${quoteAr(f.organisation.ar)}، لا في ${quoteAr(f.actual)}.`,
    en: `Wrong organisation: according to the article, ${f.person.en} works for ${organisationName(f.organisation.en)}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `post-holder`: a person said to represent (sign for, speak for) the wrong organisation. */
export function wrongRepresented(f: { person: PersonNamed; organisation: Named; actual: string }): Message {
  return {
    ar: `الجهة خاطئة: بحسب المقال، ${f.person.ar} ${agree('يمثل', f.person.gender)} ${quoteAr(f.organisation.ar)}، لا ${quoteAr(f.actual)}.`,
    en: `Wrong organisation: according to the article, ${f.person.en} represents ${organisationName(f.organisation.en)}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `post-holder`: a post the article gives to someone else. */
export function wrongHolder(f: { title: Named; holder: PersonNamed; actual: string }): Message {
  return {
    ar: `اسم صاحب المنصب خاطئ: بحسب المقال، ${f.title.ar} ${agree('هو', f.holder.gender)} ${f.holder.ar}، لا ${quoteAr(f.actual)}.`,
    en: `Wrong person: according to the article, ${titlePhrase(f.title.en)} is ${f.holder.en}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `affiliation`: a person tied to the wrong organisation. */
export function wrongAffiliation(f: { person: PersonNamed; organisation: Named; actual: string }): Message {
  return {
    ar: `الانتماء خاطئ: بحسب المقال، ${f.person.ar} ${agree('ينتمي', f.person.gender)} إلى ${quoteAr(f.organisation.ar)}، لا إلى ${quoteAr(f.actual)}.`,
    en: `Wrong affiliation: according to the article, ${f.person.en} belongs to ${organisationName(f.organisation.en)}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `affiliation`: a person given another nationality than the article's ("a French engineer"). */
export function wrongPersonNationality(f: { person: PersonNamed; nationality: Named; actual: string }): Message {
  return {
    ar: `الجنسية خاطئة: بحسب المقال، ${f.person.ar} ${f.nationality.ar}، لا ${quoteAr(f.actual)}.`,
    en: `Wrong nationality: according to the article, ${f.person.en} is ${f.nationality.en}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `affiliation`: "ORG led by P" with the wrong leader. */
export function wrongLeader(f: { organisation: Named; leader: PersonNamed; actual: string }): Message {
  return {
    ar: `اسم القائد خاطئ: بحسب المقال، ${agree('يتزعم', f.leader.gender)} ${quoteAr(f.organisation.ar)} ${f.leader.ar}، لا ${quoteAr(f.actual)}.`,
    en: `Wrong leader: according to the article, ${organisationName(f.organisation.en)} is led by ${f.leader.en}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `affiliation`: a group of people tied to the wrong organisation. */
export function wrongGroupAffiliation(f: { group: Named; organisation: Named; actual: string }): Message {
  return {
    ar: `الانتماء خاطئ: يربط المقال ${quoteAr(f.group.ar)} بـ${quoteAr(f.organisation.ar)}، لا بـ${quoteAr(f.actual)}.`,
    en: `Wrong affiliation: the article ties ${f.group.en} to ${organisationName(f.organisation.en)}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `affiliation`: an organisation said to belong to another than its parent (X تابعة لـY, a wing of Y). */
export function wrongParent(f: { organisation: Named; parent: Named; actual: string }): Message {
  return {
    ar: `التبعية خاطئة: بحسب المقال، ${quoteAr(f.organisation.ar)} تابعة لـ${quoteAr(f.parent.ar)}، لا لـ${quoteAr(f.actual)}.`,
    en: `Wrong parent organisation: according to the article, ${organisationName(f.organisation.en)} belongs to ${organisationName(f.parent.en)}, not ${quoteEn(f.actual)}.`,
  };
}

/** Which part of a date is wrong; `start` and `end` are the first and last day (or month) of a range. */
export type DatePart = 'year' | 'month' | 'day' | 'time' | 'start' | 'end' | 'quarter' | 'half';

const DATE_LABEL: Record<DatePart, Message> = {
  year: { ar: 'العام خاطئ', en: 'Wrong year' },
  month: { ar: 'الشهر خاطئ', en: 'Wrong month' },
  day: { ar: 'اليوم خاطئ', en: 'Wrong day' },
  time: { ar: 'التوقيت خاطئ', en: 'Wrong time' },
  start: { ar: 'بداية الفترة خاطئة', en: 'Wrong start of the range' },
  end: { ar: 'نهاية الفترة خاطئة', en: 'Wrong end of the range' },
  quarter: { ar: 'الربع خاطئ', en: 'Wrong quarter' },
  half: { ar: 'نصف العام خاطئ', en: 'Wrong half of the year' },
};

/** Rule `event-date`. */
export function wrongDate(f: { part: DatePart; event: Named; date: MessageDate; actual: string }): Message {
  return {
    ar: `${DATE_LABEL[f.part].ar}: بحسب المقال، تاريخ ${f.event.ar} هو ${datePhrase(f.date, 'ar')}، لا ${quoteAr(f.actual)}.`,
    en: `${DATE_LABEL[f.part].en}: the article dates ${f.event.en} to ${datePhrase(f.date, 'en')}, not ${quoteEn(f.actual)}.`,
  };
}

/**
 * Rule `event-date`, a day counted from the draft's own date ("two days ago", «قبل يومين»):
 * `days` is how many days the event's date stands before (positive) or after (negative) the
 * draft's date.
 */
export function wrongCountedDay(f: { event: Named; date: MessageDate; days: number; actual: string }): Message {
  const n = Math.abs(f.days);
  const ar = f.days === 0 ? 'في يوم تاريخ المسودة نفسه' : `${f.days > 0 ? 'قبل' : 'بعد'} ${n === 2 ? 'يومين' : arabicDuration(n, 'day')} من تاريخ المسودة`;
  const en = f.days === 0 ? "the draft's own date" : `${englishNumberWords(n)} ${n === 1 ? 'day' : 'days'} ${f.days > 0 ? 'before' : 'after'} the draft's date`;
  return {
    ar: `${DATE_LABEL.day.ar}: بحسب المقال، تاريخ ${f.event.ar} هو ${datePhrase(f.date, 'ar')}، أي ${ar}، لا ${quoteAr(f.actual)}.`,
    en: `${DATE_LABEL.day.en}: the article dates ${f.event.en} to ${datePhrase(f.date, 'en')}, ${f.days === 0 ? 'that is ' : ''}${en}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `event-date`, a clock time: `time` is the article's, on the 24-hour clock (HH:MM). */
export function wrongClockTime(f: { event: Named; time: string; actual: string }): Message {
  return {
    ar: `${DATE_LABEL.time.ar}: بحسب المقال، توقيت ${f.event.ar} هو الساعة ${f.time}، لا ${quoteAr(f.actual)}.`,
    en: `${DATE_LABEL.time.en}: the article times ${f.event.en} at ${f.time}, not ${quoteEn(f.actual)}.`,
  };
}

/** Weekday names in messages (the article's weekday of an event). */
const WEEKDAY_NAMES: Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Message> = {
  mon: { ar: 'الاثنين', en: 'Monday' },
  tue: { ar: 'الثلاثاء', en: 'Tuesday' },
  wed: { ar: 'الأربعاء', en: 'Wednesday' },
  thu: { ar: 'الخميس', en: 'Thursday' },
  fri: { ar: 'الجمعة', en: 'Friday' },
  sat: { ar: 'السبت', en: 'Saturday' },
  sun: { ar: 'الأحد', en: 'Sunday' },
};

/** Rule `event-date`, a weekday given to an event the article puts on another, without its date. */
export function wrongWeekday(f: { event: Named; weekday: keyof typeof WEEKDAY_NAMES; actual: string }): Message {
  return {
    ar: `${DATE_LABEL.day.ar}: بحسب المقال، موعد ${f.event.ar} يوم ${WEEKDAY_NAMES[f.weekday].ar}، لا ${quoteAr(f.actual)}.`,
    en: `${DATE_LABEL.day.en}: the article puts ${f.event.en} on ${WEEKDAY_NAMES[f.weekday].en}, not ${quoteEn(f.actual)}.`,
  };
}

/**
 * Rule `event-date`, a weekday written with a date it does not fall on («الخميس 15 أبريل» when
 * 15 April is a Wednesday): `weekday` is the date's own, `actual` the draft's weekday.
 */
export function wrongWeekdayOfDate(f: { date: { year: number; month: number; day: number }; weekday: keyof typeof WEEKDAY_NAMES; actual: string }): Message {
  return {
    ar: `${DATE_LABEL.day.ar}: يوافق ${datePhrase(f.date, 'ar')} يوم ${WEEKDAY_NAMES[f.weekday].ar}، لا ${quoteAr(f.actual)}.`,
    en: `${DATE_LABEL.day.en}: ${datePhrase(f.date, 'en')} is a ${WEEKDAY_NAMES[f.weekday].en}, not ${quoteEn(f.actual)}.`,
  };
}

/** Parts of the day in messages. */
const DAY_PARTS: Record<'morning' | 'afternoon' | 'evening' | 'night', Message> = {
  morning: { ar: 'الصباح', en: 'morning' },
  afternoon: { ar: 'بعد الظهر', en: 'afternoon' },
  evening: { ar: 'المساء', en: 'evening' },
  night: { ar: 'الليل', en: 'night' },
};

/** Rule `event-date`, the part of the day (صباح الخميس for the evening). */
export function wrongPartOfDay(f: { event: Named; part: keyof typeof DAY_PARTS; actual: string }): Message {
  const ar = f.part === 'afternoon' ? DAY_PARTS.afternoon.ar : `في ${DAY_PARTS[f.part].ar}`;
  const en = f.part === 'night' ? 'at night' : `in the ${DAY_PARTS[f.part].en}`;
  return {
    ar: `وقت اليوم خاطئ: بحسب المقال، موعد ${f.event.ar} ${ar}، لا ${quoteAr(f.actual)}.`,
    en: `Wrong time of day: the article puts ${f.event.en} ${en}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `event-place`. */
export function wrongPlace(f: { event: Named; place: Named; actual: string }): Message {
  return {
    ar: `المكان خاطئ: بحسب المقال، مكان ${f.event.ar} هو ${f.place.ar}، لا ${quoteAr(f.actual)}.`,
    en: `Wrong place: the article places ${f.event.en} in ${f.place.en}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `event-place`: a place in the slot of another place of the article sentence the draft restates. */
export function wrongRestatedPlace(f: { place: Named; actual: string }): Message {
  return {
    ar: `المكان خاطئ: الجملة التي تنقلها المسودة من المقال تذكر ${f.place.ar}، لا ${quoteAr(f.actual)}.`,
    en: `Wrong place: the article's sentence this restates gives ${f.place.en}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `event-place`: a route whose two ends are swapped (from Y to X for the article's from X to Y). */
export function swappedRoute(f: { from: Named; to: Named; actual: string }): Message {
  return {
    ar: `طرفا المسار معكوسان: الجملة التي تنقلها المسودة من المقال تذكر المسار من ${f.from.ar} إلى ${f.to.ar}، لا ${quoteAr(f.actual)}.`,
    en: `Route reversed: the article's sentence this restates gives the route from ${f.from.en} to ${f.to.en}, not ${quoteEn(f.actual)}.`,
  };
}

/**
 * Rule `place-containment`: a place put inside a unit that does not contain it (a town of one
 * province "in" another). The containment may come from the gazetteer, so the message states it
 * without attributing it to the article.
 */
export function wrongContainer(f: { place: Named; container: Named; actual: string }): Message {
  return {
    ar: `المكان خاطئ: ${f.place.ar} في ${f.container.ar}، لا في ${quoteAr(f.actual)}.`,
    en: `Wrong place: ${f.place.en} lies in ${f.container.en}, not in ${quoteEn(f.actual)}.`,
  };
}

/** Rule `organisation-seat`: an organisation given another seat than the one the fact base records. */
export function wrongSeat(f: { organisation: Named; seat: Named; actual: string }): Message {
  return {
    ar: `المقر خاطئ: بحسب المقال، مقر ${f.organisation.ar} في ${f.seat.ar}، لا في ${quoteAr(f.actual)}.`,
    en: `Wrong seat: according to the article, ${organisationName(f.organisation.en)} is based in ${f.seat.en}, not ${quoteEn(f.actual)}.`,
  };
}

/** Names lists that may lack one language (a fact base in one language since schema 2). */
export interface NamesLists {
  ar?: readonly string[];
  en?: readonly string[];
}

/** Rule `quantity`: a count (four sources), a duration (an eight-month deadline) or another amount. */
export function wrongNumber(f: Amount & { noun?: NamesLists; actual: string }): Message {
  // An English noun is never written in the Arabic message (الmegawatt), nor an Arabic one in the
  // English message: the measure alone says it (العدد, المدة), else الرقم, and the English gives
  // the figure alone. A number word or a verb a fact base lists to find the figure (ثلاثة,
  // تجاوزوا, died) names nothing counted: the English says the verb after the figure.
  const arNouns = (f.noun?.ar ?? []).filter(arabicNounLike);
  const english = [...(f.noun?.en ?? []), ...(f.noun?.ar ?? [])].filter((noun) => /^[a-z][a-z -]*$/i.test(noun.trim()));
  const enNouns = english.filter((noun) => !pastVerbForm(noun));
  const verb = english.find(pastVerbForm);
  const measure = arabicMeasureNoun(f.unit);
  // The measure is not its own noun: «نسبة النجاح», not «نسبة النسبة».
  const ownNouns = arNouns.filter((noun) => noun.replace(/^ال/, '') !== measure);
  const arNoun = f.unit === 'count' ? arabicCountNoun(arNouns) : ownNouns[0] && withoutAccusative(ownNouns[0], ownNouns);
  const enNoun = enNouns[0];
  const arSubject = arNoun ? (measure ? `${measure} ${definite(arNoun)}` : definite(arNoun)) : measure ? `ال${measure}` : 'الرقم';
  const ar = `الرقم خاطئ: بحسب المقال، ${arSubject} ${arabicAmount(f)}، لا ${quoteAr(f.actual)}.`;
  let en: string;
  if (!enNoun && verb && f.unit === 'count') en = `Wrong number: the article says ${englishNumber(f.value)} ${verb.toLowerCase()}, not ${quoteEn(f.actual)}.`;
  else if (!enNoun) en = `Wrong number: the article gives ${englishAmount(f)}, not ${quoteEn(f.actual)}.`;
  else if (f.unit === 'count') en = `Wrong number: the article reports ${englishNumber(f.value)} ${countedNoun(enNouns, f.value)}, not ${quoteEn(f.actual)}.`;
  else en = `Wrong number: the article gives the ${enNoun} as ${englishAmount(f)}, not ${quoteEn(f.actual)}.`;
  return { ar, en };
}

/**
 * Rule `quantity`, a rank: the article's "second cyclone to hit Queensland this season" written as
 * the third («رابع فيضان» for «ثالث فيضان»). The rank is said with its ordinal and the noun.
 */
export function wrongRank(f: { noun?: NamesLists; value: number; actual: string }): Message {
  const arNoun = (f.noun?.ar?.[0] ?? f.noun?.en?.[0] ?? '').replace(/^ال/, '');
  const enNoun = f.noun?.en?.[0] ?? f.noun?.ar?.[0] ?? '';
  const arOrdinal = ARABIC_ORDINALS[f.value]?.m;
  const enOrdinal = ENGLISH_ORDINALS[f.value];
  return {
    ar: arOrdinal && arNoun ? `الترتيب خاطئ: بحسب المقال، هو ${arOrdinal} ${arNoun}، لا ${quoteAr(f.actual)}.` : `الترتيب خاطئ: بحسب المقال، الترتيب ${f.value}، لا ${quoteAr(f.actual)}.`,
    en: enOrdinal && enNoun ? `Wrong rank: according to the article, it is the ${enOrdinal} ${enNoun}, not ${quoteEn(f.actual)}.` : `Wrong rank: according to the article, it ranks ${f.value}, not ${quoteEn(f.actual)}.`,
  };
}

/**
 * Rule `quantity`, a person's age: «فلان (55 عاماً)» or "Smith, 55," for the article's 54. The
 * Arabic says the age with its noun (يبلغ من العمر 54 عاماً); the English as news copy does ("is 54").
 * An age at death says so (توفي عن 90 عاماً, "died at 90").
 */
export function wrongAge(f: { person: PersonNamed; value: number; actual: string; atDeath?: boolean }): Message {
  if (f.atDeath) {
    return {
      ar: `العمر خاطئ: بحسب المقال، ${agree('توفي', f.person.gender)} ${f.person.ar} عن ${arabicDuration(f.value, 'year')}، لا ${quoteAr(f.actual)}.`,
      en: `Wrong age: according to the article, ${f.person.en} died at ${f.value}, not ${quoteEn(f.actual)}.`,
    };
  }
  return {
    ar: `العمر خاطئ: بحسب المقال، ${agree('يبلغ', f.person.gender)} ${f.person.ar} من العمر ${arabicDuration(f.value, 'year')}، لا ${quoteAr(f.actual)}.`,
    en: `Wrong age: according to the article, ${f.person.en} is ${f.value}, not ${quoteEn(f.actual)}.`,
  };
}

/**
 * Rule `quantity`, the age of a person the article does not name, tied to an event ("a 76-year-old
 * man died" for the article's 67-year-old man who died in the storm).
 */
export function wrongEventAge(f: { event: Named; value: number; actual: string }): Message {
  return {
    ar: `العمر خاطئ: بحسب المقال، العمر في ${f.event.ar} ${arabicDuration(f.value, 'year')}، لا ${quoteAr(f.actual)}.`,
    en: `Wrong age: the article gives the age in ${f.event.en} as ${f.value}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `quantity`, a split of votes or of a bench: `value` for, `against` against. */
export function wrongSplit(f: { value: number; against: number; actual: string; score?: boolean }): Message {
  if (f.score) {
    return {
      ar: `النتيجة خاطئة: بحسب المقال، انتهت المباراة ${f.value}-${f.against}، لا ${quoteAr(f.actual)}.`,
      en: `Wrong score: according to the article, the score was ${f.value}-${f.against}, not ${quoteEn(f.actual)}.`,
    };
  }
  const arSplit = f.against === 0 ? `بالإجماع (${f.value} مقابل 0)` : `${f.value} مقابل ${f.against}`;
  const enSplit = f.against === 0 ? `unanimous (${f.value} to 0)` : `${f.value} to ${f.against}`;
  return {
    ar: `النتيجة خاطئة: بحسب المقال، كانت النتيجة ${arSplit}، لا ${quoteAr(f.actual)}.`,
    en: `Wrong split: according to the article, the decision was ${enSplit}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `quote-speaker`. */
export function wrongSpeaker(f: { speaker: Named; actual: Named }): Message {
  return {
    ar: `نسبة خاطئة: ينسب المقال هذا الاقتباس إلى ${f.speaker.ar}، لا إلى ${f.actual.ar}.`,
    en: `Wrong speaker: the article attributes this quote to ${f.speaker.en}, not ${f.actual.en}.`,
  };
}

/** Rule `quote-wording`: changed words. */
export function changedQuote(f: { speaker: Named; articleWords: string; actual: string }): Message {
  return {
    ar: `اقتباس محرّف: ينقل المقال عن ${f.speaker.ar} ${quoteAr(f.articleWords)}، لا ${quoteAr(f.actual)}.`,
    en: `Altered quote: the article quotes ${f.speaker.en} as saying ${quoteEn(f.articleWords)}, not ${quoteEn(f.actual)}.`,
  };
}

/** Rule `quote-wording`: added words. */
export function addedToQuote(f: { speaker: Named; actual: string }): Message {
  return {
    ar: `كلمات مضافة إلى الاقتباس: ما ينقله المقال عن ${f.speaker.ar} لا يتضمن ${quoteAr(f.actual)}.`,
    en: `Words added to the quote: the article does not quote ${f.speaker.en} as saying ${quoteEn(f.actual)}.`,
  };
}

/** Rule `quote-wording`: dropped words. */
export function droppedFromQuote(f: { speaker: Named; articleWords: string }): Message {
  return {
    ar: `كلمات محذوفة من الاقتباس دون علامة حذف: ينقل المقال عن ${f.speaker.ar} أيضًا ${quoteAr(f.articleWords)}.`,
    en: `Words dropped from the quote without an ellipsis: the article also quotes ${f.speaker.en} as saying ${quoteEn(f.articleWords)}.`,
  };
}

/** Rule `unverified-claim`: a title given to someone the article does not name. */
export function unverifiedTitle(f: { who: string; title: string }): Message {
  return {
    ar: `لا يذكر المقال ${quoteAr(f.who)}، فلا يمكن التحقق من صفة ${quoteAr(f.title)}.`,
    en: `The article does not name ${f.who}, so isnad cannot check the title ${quoteEn(f.title)}.`,
  };
}

/** Rule `unverified-claim`: a quotation that matches nothing the article quotes. */
export function unverifiedQuote(): Message {
  return {
    ar: 'لا يرد هذا الاقتباس في المقال، فلا يمكن التحقق منه.',
    en: 'This quotation is not in the article, so isnad cannot check it.',
  };
}

/** The title of a fix that replaces the finding's text. */
export function replaceWith(f: { text: string }): Message {
  return { ar: `استبدل بـ${quoteAr(f.text)}`, en: `Replace with ${quoteEn(f.text)}` };
}

/** The title of a fix that removes words. */
export function remove(f: { text: string }): Message {
  return { ar: `احذف ${quoteAr(f.text)}`, en: `Remove ${quoteEn(f.text)}` };
}

/** The title of a fix that puts dropped words back. */
export function restore(f: { text: string }): Message {
  return { ar: `أعد ${quoteAr(f.text)}`, en: `Restore ${quoteEn(f.text)}` };
}
