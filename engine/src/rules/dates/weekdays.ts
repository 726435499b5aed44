/**
 * `event-date`, days: a weekday (on Wednesday, يوم الأربعاء), a relative day (أمس, أول أمس,
 * yesterday, tomorrow, «غداً», «بعد غد»: `extract/weekdays.ts` `relativeDayIn`) or a relative week (last week, الأسبوع الماضي: a calendar week, whichever day it
 * starts on) given to an event whose day the article states. The day is tied to the event whose
 * evidence sentence the draft sentence restates; a relative day counts from the draft's own date
 * (front matter or dateline) when it has one, else from the article's publication date. "This
 * week" (هذا الأسبوع) counts from the draft's own date only, is tied to an event only by the
 * event's word just before it in its clause (signed this week; not "said this week that …"), and
 * any event within seven days of
 * it agrees with it: that holds the day's calendar week whether it starts on Saturday, Sunday or
 * Monday, and the loose "these last days" across the week's turn (a Tuesday's "this week" for the
 * Thursday before). Days counted from the draft's own date (two days ago, «قبل يومين», «منذ أسبوع»)
 * are read the same way, from the draft's own date only, with a tolerance (see countedMentions).
 * A day tied to events only through the article sentence its sentence restates is not theirs when
 * its clause speaks of a resumption (will reopen on Friday) that the restated sentence does not
 * speak of ("the evacuation order was lifted" restates the lifting), or of an act to come while
 * the event is past, and is not reported when the restated events would want different days. Of
 * several events whose words stand before the day, the one the sentence restates is named first,
 * then the nearest ("declared under control on Thursday" after "the fire"). A day tied through
 * restated sentences goes to the event whose own words stand beside it, else to the one whose own
 * sentence gives that weekday (`restatedByDay`), and is not compared with an event the article
 * dates only by the day it was said. A wrong relative day
 * is fixed with the relative day or the weekday that names the event's (`relativeDayFix.ts`).
 * A day to come (in a clause of the future, with a verb in the future right after it: "a
 * briefing on Friday will …", or said ahead: next Monday, «الاثنين المقبل», tomorrow) is no day of an event done by the draft's date: one dated before it, or on it when
 * the article tells the event as done (`doneBy`); nor does it give such an event its right day
 * beside another day of the sentence. A day to come (would, will) that only the restated article
 * sentence ties to an event is not that event's when the sentence ties the event to another day
 * by its own word ("who flew in on Tuesday, said the flight would leave on Monday").
 */
import type { Analysis } from '../../analysis';
import { analyse, tokenLang } from '../../analysis';
import { nameKeys, tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import { FUTURE_MARKERS, MODAL_WORDS, RELATIVE_WEEKS, RESUMPTION_WORDS, THIS_WEEK, UNTIL_WORDS, WEEKDAY_DISPLAY } from '../../lexicon/months';
import { alignedSentences, featuresShared, restatedWith, restatesEvidence, type ArticleSentence } from '../../align';
import { afterSpeechVerb, announcingVerbBeforeDay, SAY_VERBS, speechVerbBeforeDay } from './cutOffs';
import { fold } from '../../text/normalise';
import { contentStem } from '../../text/stem';
import { tokenKey, wordKey } from '../../tokenKey';
import { mentions, type Mention } from '../../mentions';
import { supportedEvents, triggerHits, triggerHitsWithConcepts, type TriggerHit } from '../../events';
import { dates, wireDateline } from '../../extract/dates';
import { RELATIVE_DAY_KEYS, relativeDayIn, weekdayAhead, weekdayAt, weekdayOfDay, type WeekdayId } from '../../extract/weekdays';
import { countedDays, futureBefore, isFutureMarker, type CountedDays } from '../../extract/countedDays';
import type { Event, Place } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { wrongCountedDay, wrongDate, wrongWeekday, type MessageDate } from '../../messages';
import { arabicDuration } from '../../messages/arabic';
import { englishNumberWords } from '../../messages/english';
import { checkPartOfDay } from './partOfDay';
import { relativeDayFix } from './relativeDayFix';
import { reachesOverObject } from './objectDays';
import { nearestInWords } from './restated';
import { factEnd } from './ranges';
import { betweenBefore, joint } from '../../extract/dateRanges';

const WEEKS = RELATIVE_WEEKS.map((entry) => ({ keys: entry.words.map((word) => nameKeys(word)[0]!), offset: entry.offset }));
/** The first words of the relative days and weeks: a token without one of them as a stem starts neither. */
const FIRST_KEYS = new Set([...RELATIVE_DAY_KEYS, ...WEEKS].map((entry) => entry.keys[0]!));
const CURRENT_WEEK = THIS_WEEK.map((words) => ({ keys: words.map((word) => nameKeys(word)[0]!), offset: 0 }));
/** The same for "this week", read only from the draft's own date. */
const CURRENT_FIRST_KEYS = new Set(CURRENT_WEEK.map((entry) => entry.keys[0]!));

/** Words before a weekday that make it a cut-off (by Wednesday, «بحلول الأربعاء»). */
const BY_DAY = new Set(['by', 'بحلول', wordKey('بحلول')]);

/** A day said in the draft: a weekday, or a relative day resolved to a date. */
interface DayMention {
  tokenStart: number;
  tokenEnd: number;
  weekday?: WeekdayId;
  /** For a relative day: the date it names, as a UTC day number. */
  day?: number;
  /**
   * For a relative week (last week, الأسبوع الماضي, next week): the days it may name, first and
   * last, over weeks that start on Saturday, Sunday or Monday.
   */
  span?: [number, number];
  /**
   * "This week": said as often of a statement or a matter still going on (said this week that
   * the deal signed in March …) as of the event, so only the event's own word just before it
   * ties it to an event, never the restated sentence alone.
   */
  current?: boolean;
  /** A day counted from the draft's own date (two days ago, «قبل يومين»). */
  counted?: CountedDays;
  /** The last weekday of a range (from Thursday to Saturday, «من الخميس إلى السبت»), and its token. */
  to?: { weekday: WeekdayId; tokenStart: number; tokenEnd: number };
  /** A cut-off (by Wednesday, «بحلول الأربعاء»): only an event the article gives by a cut-off is compared. */
  by?: boolean;
}

/** Whether the article gives an event's day as a cut-off (by Wednesday, «بحلول الأربعاء»). */
function byCutOff(event: Entity<Event>): boolean {
  const first = fold(event.fact.date?.relative ?? '').split(/\s+/u)[0];
  return first !== undefined && BY_DAY.has(tokenKey(first));
}

/**
 * Joins weekdays that make a range (from Thursday to Saturday, Thursday-Saturday, between Thursday
 * and Saturday, «من الخميس إلى السبت», «بين الخميس والسبت») into one mention.
 */
function joinWeekdayRanges(analysis: Analysis, mentions: DayMention[]): DayMention[] {
  const tokens = analysis.tokens;
  const out: DayMention[] = [];
  for (let n = 0; n < mentions.length; n++) {
    const first = mentions[n]!;
    const second = mentions[n + 1];
    if (first.weekday && second?.weekday && second.weekday !== first.weekday) {
      // «والسبت»: the conjunction is glued to the second weekday.
      const glued = second.tokenStart === first.tokenEnd && tokens[second.tokenStart]!.key.startsWith('و');
      const how = glued ? (betweenBefore(tokens, first.tokenStart) ? 'and' : undefined) : joint(analysis, first.tokenEnd - 1, second.tokenStart);
      if (how && (how !== 'and' || betweenBefore(tokens, first.tokenStart))) {
        out.push({ ...first, tokenEnd: second.tokenEnd, to: { weekday: second.weekday, tokenStart: second.tokenStart, tokenEnd: second.tokenEnd } });
        n++;
        continue;
      }
    }
    out.push(first);
  }
  return out;
}

/** The days of the week `offset` weeks from the reference day's, in any of the three conventions. */
function weekSpan(reference: number, offset: number): [number, number] {
  const weekday = (((reference + 4) % 7) + 7) % 7; // 0 = Sunday.
  // The week's first day is at most six days back: Saturday-start weeks begin earliest.
  const starts = [6, 0, 1].map((first) => reference - ((weekday - first + 7) % 7) + 7 * offset);
  return [Math.min(...starts), Math.max(...starts) + 6];
}

const dayNumber = (year: number, month: number, day: number) => Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
const weekdayOf = weekdayOfDay;

/**
 * The weekdays and relative days of the draft. `reference` is the day relative days count from;
 * `own` is the draft's own date, the only one "this week" counts from.
 */
function dayMentions(analysis: Analysis, reference: number | undefined, own: number | undefined): DayMention[] {
  const tokens = analysis.tokens;
  const out: DayMention[] = [];
  const weeks = own === undefined ? WEEKS : [...WEEKS, ...CURRENT_WEEK];
  for (let i = 0; i < tokens.length; i++) {
    const weekday = weekdayAt(tokens, i);
    // "By Wednesday the toll had risen", «بحلول الأربعاء»: a cut-off, compared only with an event
    // the article gives by a cut-off too (weaken into a tropical low by Wednesday).
    if (weekday && BY_DAY.has(tokens[i - 1]?.key ?? '')) {
      out.push({ tokenStart: i, tokenEnd: i + 1, weekday, by: true });
      continue;
    }
    if (weekday) {
      out.push({ tokenStart: i, tokenEnd: i + 1, weekday });
      continue;
    }
    if (reference === undefined || !tokenStems(tokens[i]!).some((s) => FIRST_KEYS.has(s.stem) || (own !== undefined && CURRENT_FIRST_KEYS.has(s.stem)))) continue;
    const week = weeks.find((entry) => entry.keys.every((key, k) => tokens[i + k] && tokens[i + k]!.sentence === tokens[i]!.sentence && tokenStems(tokens[i + k]!).some((s) => s.stem === key)));
    // "last week's deal", "yesterday's vote": a day in the possessive dates the noun after it, which
    // may be another event than the one the sentence restates; it is left alone.
    const possessive = (end: number) => /^['’]s\b/i.test(analysis.text.slice(tokens[end - 1]!.oEnd, tokens[end - 1]!.oEnd + 3));
    if (week && possessive(i + week.keys.length)) {
      i += week.keys.length - 1;
      continue;
    }
    if (week) {
      out.push({ tokenStart: i, tokenEnd: i + week.keys.length, span: week.offset === 0 ? [reference - 7, reference + 7] : weekSpan(reference, week.offset), current: week.offset === 0 });
      i += week.keys.length - 1;
      continue;
    }
    const relative = relativeDayIn(analysis, i);
    if (relative && possessive(i + relative.keys.length)) {
      i += relative.keys.length - 1;
      continue;
    }
    if (relative) {
      out.push({ tokenStart: i, tokenEnd: i + relative.keys.length, day: reference + relative.offset });
      i += relative.keys.length - 1;
    }
  }
  if (own !== undefined) out.push(...countedMentions(analysis, own, out));
  return joinWeekdayRanges(analysis, out);
}

/**
 * The days counted from the draft's own date, with their tolerance: a week ago is five to nine
 * days back (two days either side for each week), two days ago exactly the day for up to three
 * days and a day either side beyond. Like "this week", only the event's own word just before it
 * ties one to an event.
 */
function countedMentions(analysis: Analysis, own: number, taken: DayMention[]): DayMention[] {
  const out: DayMention[] = [];
  for (const counted of countedDays(analysis)) {
    if (taken.some((other) => other.tokenStart < counted.tokenEnd && other.tokenEnd > counted.tokenStart)) continue;
    const days = counted.count * (counted.unit === 'week' ? 7 : 1);
    const tolerance = counted.unit === 'week' ? 2 * counted.count : counted.count <= 3 ? 0 : 1;
    const day = own + counted.direction * days;
    out.push({ tokenStart: counted.tokenStart, tokenEnd: counted.tokenEnd, span: [day - tolerance, day + tolerance], current: true, counted });
  }
  return out;
}

/**
 * The fix of a counted day: the same form with the right count of days (two days ago → five days
 * ago, «قبل يومين» → «قبل خمسة أيام»), only when the event stands on the same side of the
 * draft's date.
 */
function countedFix(analysis: Analysis, counted: CountedDays, days: number, lang: 'ar' | 'en'): { range: { start: number; end: number }; text: string } | undefined {
  const back = counted.direction * days;
  if (counted.unit !== 'day' || back <= 0 || back > 99) return undefined;
  const tokens = analysis.tokens;
  const range = { start: tokens[counted.countStart]!.oStart, end: tokens[counted.countEnd - 1]!.oEnd };
  if (lang === 'en') {
    const number = counted.style === 'digits' ? String(back) : back === 1 ? (counted.style === 'unit' ? 'a' : 'one') : englishNumberWords(back);
    return { range, text: `${number} ${back === 1 ? 'day' : 'days'}` };
  }
  const text = back === 1 ? 'يوم' : back === 2 ? 'يومين' : counted.style === 'digits' ? `${back} ${back <= 10 ? 'أيام' : 'يوماً'}` : arabicDuration(back, 'day');
  return { range, text };
}

/**
 * Whether the draft keeps a pairing of the article sentence it restates
 * (`ArticleSentence.dayWords`): a trigger word just before its weekday, in its clause, stands
 * before the same weekday there («أعلنت الوزيرة الجمعة» for «أعلنت وزيرة التربية … كرامي،
 * الجمعة»), or a content word between that trigger and the day is one the article pairs with the
 * same weekday and not with the event's ("signed in Muscat after talks on Monday": the talks' day,
 * not the signing's). The draft's own word must stand there: a trigger read in another word of its
 * meaning (أبرمت for وقّعت) pairs nothing unless the article uses that word too.
 */
function pairedInArticle(analysis: Analysis, knowledge: KnowledgeIndex, mention: DayMention, event: Entity<Event>, weekdayOfEvent: (event: Entity<Event>) => string): boolean {
  if (!mention.weekday || mention.to) return false;
  const tokens = analysis.tokens;
  const hits = hitsBeforeDay(analysis, knowledge, mention);
  if (hits.length === 0) return false;
  return alignedSentences(analysis, knowledge, tokens[mention.tokenStart]!.sentence).some((article) => {
    const own = article.dayWords.get(mention.weekday!);
    return hits.some((hit) => pairedWith(analysis, hit, own) || betweenPaired(analysis, hit, mention, own, article.dayWords.get(weekdayOfEvent(event))));
  });
}

/** Whether each token of a trigger hit is among an article weekday's words. */
function pairedWith(analysis: Analysis, hit: TriggerHit, words: Set<string> | undefined): boolean {
  if (!words) return false;
  const tokens = analysis.tokens;
  for (let k = hit.tokenStart; k < hit.tokenEnd; k++) {
    if (!words.has(tokens[k]!.key) && !tokenStems(tokens[k]!).some((stem) => words.has(stem.stem))) return false;
  }
  return true;
}

/** Whether a content word between a trigger and the draft's day is among the words of the draft's weekday in the article and not of the event's. */
function betweenPaired(analysis: Analysis, hit: TriggerHit, mention: DayMention, own: Set<string> | undefined, theirs: Set<string> | undefined): boolean {
  if (!own) return false;
  const [from, to] = hit.tokenEnd <= mention.tokenStart ? [hit.tokenEnd, mention.tokenStart] : [mention.tokenEnd, hit.tokenStart];
  for (let k = from; k < to; k++) {
    const stem = contentStem(analysis.tokens[k]!.key);
    if (stem && own.has(stem) && !theirs?.has(stem)) return true;
  }
  return false;
}

/**
 * Whether a written date (day and month) stands right before or after the day, or the weekday is
 * the first day of a range whose last day is such a date (from Monday 5 to Sunday 25 October).
 */
function nextToDate(analysis: Analysis, mention: DayMention): boolean {
  if (opensDatedRange(analysis, mention)) return true;
  return dates(analysis).some((date) => !!date.day && date.tokenStart <= mention.tokenEnd + 1 && date.tokenEnd >= mention.tokenStart - 1);
}

/**
 * Whether the day's sentence writes, apart from the day, a date with its day and month that is the
 * day of one of `events` (restated events the day was tied to through their article sentences),
 * not as a wire dateline.
 */
function datedRightElsewhere(analysis: Analysis, mention: DayMention, events: readonly Entity<Event>[]): boolean {
  const sentence = analysis.tokens[mention.tokenStart]!.sentence;
  return dates(analysis).some(
    (date) =>
      date.day !== undefined &&
      date.month !== undefined &&
      analysis.tokens[date.tokenStart]!.sentence === sentence &&
      // A wire dateline's date is the day of writing, not the event's ("AMMAN, Dec 13 — … on Saturday unveiled").
      !wireDateline(analysis, date) &&
      (date.tokenStart > mention.tokenEnd + 1 || date.tokenEnd < mention.tokenStart - 1) &&
      events.some((event) => hasDay(event) && event.fact.date!.month === date.month!.value && event.fact.date!.day === date.day!.value),
  );
}

/**
 * Whether a weekday with its day's number opens a range of days whose last day is a written date
 * (from Monday 5 to Sunday 25 October, «من الاثنين 5 إلى الأحد 25 أكتوبر», Monday 5 - Friday 9
 * October): the date reader leaves such a range apart (`extract/dateRanges.ts`), so the weekday is
 * read alone, yet it is the weekday of its own day, in the month of the range's last day, and
 * says nothing of another event's weekday.
 */
function opensDatedRange(analysis: Analysis, mention: DayMention): boolean {
  const tokens = analysis.tokens;
  const number = mention.tokenEnd;
  const day = tokens[number];
  if (!mention.weekday || mention.to || !day || day.sentence !== tokens[mention.tokenStart]!.sentence || day.script !== 'digit' || !/^\d{1,2}$/.test(day.key)) return false;
  for (const right of [number + 1, number + 2]) {
    if (right >= tokens.length || !joint(analysis, number, right) || joint(analysis, number, right) === 'and') continue;
    const last = weekdayAt(tokens, right) ? right + 1 : right;
    if (dates(analysis).some((date) => date.tokenStart === last && !!date.day && !!date.month)) return true;
  }
  return false;
}

/** The UTC day number of a fact base's publication date, if it gives one. */
export function publishedDay(knowledge: KnowledgeIndex): number | undefined {
  for (const factBase of knowledge.factBases) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(factBase.source.published ?? '');
    if (match) return dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  return undefined;
}

/**
 * The triggers that end in the day's clause within six words before it, or farther with their
 * object between (`objectDays.ts`): the words that may name its event.
 */
function hitsBeforeDay(analysis: Analysis, knowledge: KnowledgeIndex, mention: DayMention): TriggerHit[] {
  const clause = analysis.tokens[mention.tokenStart]!.clause;
  const hits = triggerHitsWithConcepts(analysis, knowledge);
  return hits.filter((hit) => endsInClause(analysis, hit, clause) && hit.tokenEnd <= mention.tokenStart && (hit.tokenStart >= mention.tokenStart - 6 || reachesOverObject(analysis, knowledge, hit, mention.tokenStart, hits)));
}

/**
 * Whether a trigger before a day ends in the day's clause: a trigger of several words set across a
 * comma ("the review, published on Wednesday", «التقرير، الصادر يوم الأربعاء») is in the clause of
 * its last word, the one next to the day.
 */
function endsInClause(analysis: Analysis, hit: TriggerHit, clause: number): boolean {
  return analysis.tokens[hit.tokenEnd - 1]!.clause === clause;
}

/**
 * The events whose trigger stands in the day's own clause, just before it (a letter … on
 * Wednesday; الزلزال الذي ضرب المغرب ليل الخميس): the day's own event, before the events of
 * the article sentences the whole sentence restates. A trigger after the day is not its event («من ليلة الجمعة إلى صلاة الغائب»),
 * but for the verb right after an English "on <weekday>" with none before it (`verbAfterDay`).
 */
function triggeredNear(analysis: Analysis, knowledge: KnowledgeIndex, mention: DayMention): Entity<Event>[] {
  // Read once per day mention: the check of one day asks it of the sentence's other days too.
  let byKnowledge = nearCache.get(analysis);
  if (!byKnowledge) nearCache.set(analysis, (byKnowledge = new WeakMap()));
  let byMention = byKnowledge.get(knowledge);
  if (!byMention) byKnowledge.set(knowledge, (byMention = new Map<string, Entity<Event>[]>()));
  const key = `${mention.tokenStart}:${mention.tokenEnd}:${mention.weekday ? 1 : 0}`;
  let events = byMention.get(key);
  if (!events) byMention.set(key, (events = readTriggeredNear(analysis, knowledge, mention)));
  return events;
}

const nearCache = new WeakMap<Analysis, WeakMap<KnowledgeIndex, Map<string, Entity<Event>[]>>>();

/** {@link triggeredNear}, read. */
function readTriggeredNear(analysis: Analysis, knowledge: KnowledgeIndex, mention: DayMention): Entity<Event>[] {
  const tokens = analysis.tokens;
  const before = hitsBeforeDay(analysis, knowledge, mention);
  const near = before.length > 0 ? before : verbAfterDay(analysis, knowledge, mention);
  if (near.length === 0) return [];
  // The nearest trigger's events first: "declared under control on Thursday" after "the fire".
  near.sort((a, b) => b.tokenEnd - a.tokenEnd);
  // A trigger in another word of its meaning (أبرمت صفقة for وقّعت اتفاقاً) names its event only
  // in a sentence that restates the event's own.
  const sentence = tokens[mention.tokenStart]!.sentence;
  const named = (hit: TriggerHit) => (hit.concept ? hit.events.filter((event) => restatesEvidence(analysis, knowledge, sentence, event)) : hit.events);
  const events = [...new Set(near.flatMap(named))].filter((event) => !anotherActor(analysis, knowledge, event, mention.tokenStart));
  // A verb that other events use too (كتب for two posts) does not pick one of them.
  const words = new Set(near.map((hit) => bareKey(tokens[hit.tokenStart]!.key)));
  const shared = [...triggerWords(knowledge)].some(([event, keys]) => !events.includes(event) && keys.some((key) => words.has(key)));
  return shared ? [] : events;
}

/**
 * The trigger right after a weekday that English news writes between the subject and its verb
 * ("the council on Wednesday approved …"): after "on", in the day's clause, and not after a speech
 * verb ("said on Wednesday approved repairs would …" dates the statement).
 */
function verbAfterDay(analysis: Analysis, knowledge: KnowledgeIndex, mention: DayMention): TriggerHit[] {
  const tokens = analysis.tokens;
  const day = tokens[mention.tokenStart]!;
  if (!mention.weekday || day.script !== 'latin' || tokens[mention.tokenStart - 1]?.key !== 'on' || afterSpeechVerb(analysis, mention.tokenStart - 1)) return [];
  return triggerHitsWithConcepts(analysis, knowledge).filter((hit) => hit.tokenStart === mention.tokenEnd && tokens[hit.tokenStart]!.clause === day.clause);
}

/**
 * Whether the clause of a day names, before it, people, organisations or countries the fact base
 * knows and none of the event's own (its participants, its place and the places that hold it):
 * "The United Nations announced on Thursday" is not the day of the ministry's announcement, nor
 * "Russia cut its own quota on Friday" the day of Norway's cut, whatever the verb. An event
 * without participants is never set aside.
 */
function anotherActor(analysis: Analysis, knowledge: KnowledgeIndex, event: Entity<Event>, day: number): boolean {
  const own = new Set((event.fact.participants ?? []).flatMap((id) => knowledge.resolve(event, id)?.key ?? []));
  if (own.size === 0) return false;
  let place = event.fact.place ? knowledge.resolve<Place>(event, event.fact.place) : undefined;
  for (let guard = 0; place && guard < 8; guard++) {
    own.add(place.key);
    place = place.fact.within ? knowledge.resolve<Place>(place, place.fact.within) : undefined;
  }
  const clause = analysis.tokens[day]!.clause;
  const country = (mention: Mention) => mention.kind === 'place' && knowledge.entity<Place>(mention.entity)?.fact.kind === 'country';
  const actors = mentions(analysis, knowledge).filter((mention) => (mention.kind === 'person' || mention.kind === 'organisation' || country(mention)) && mention.tokenEnd <= day && analysis.tokens[mention.tokenStart]!.clause === clause);
  return actors.length > 0 && !actors.some((mention) => own.has(mention.entity));
}

/**
 * The events whose trigger stands in a later cell of the table row whose first cells give the day
 * alone ("| Friday | — | Gareth Howells visits the site |"): a timeline's day is its row's.
 */
function triggeredInRow(analysis: Analysis, knowledge: KnowledgeIndex, mention: DayMention): Entity<Event>[] {
  const tokens = analysis.tokens;
  const text = analysis.text;
  const start = tokens[mention.tokenStart]!.oStart;
  const end = tokens[mention.tokenEnd - 1]!.oEnd;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const before = text.slice(lineStart, start);
  // The day opens a cell of a row ("| Friday |", "| Friday 13 November |") and its date at most
  // follows it there.
  const opening = before.trim();
  if (!opening.startsWith('|') || !opening.endsWith('|') || !/^[^|\n]{0,20}\|/.test(text.slice(end, lineEnd))) return [];
  const cellEnd = text.indexOf('|', end);
  const all = triggerHits(analysis, knowledge);
  const hits = all.filter((hit) => tokens[hit.tokenStart]!.oStart > cellEnd && tokens[hit.tokenEnd - 1]!.oEnd <= lineEnd);
  // A short trigger counts only when the row backs it (a participant, the place, another trigger).
  return [...new Set(hits.flatMap((hit) => supportedEvents(analysis, knowledge, all, hit)))];
}

/**
 * The speech verbs that report words (said, قال, added), without those whose object may be the act
 * itself (أعلن الحداد, declared a state of emergency, دعا, كتب): a day after them is the statement's.
 */


const triggerWordCache = new WeakMap<KnowledgeIndex, Map<Entity<Event>, string[]>>();

/** Each event's trigger words as {@link triggeredNear} compares them (first word, without a leading conjunction), once per index. */
function triggerWords(knowledge: KnowledgeIndex): Map<Entity<Event>, string[]> {
  let byEvent = triggerWordCache.get(knowledge);
  if (!byEvent) {
    byEvent = new Map();
    for (const event of knowledge.events) {
      const triggers = [...(event.fact.triggers?.ar ?? []), ...(event.fact.triggers?.en ?? [])];
      byEvent.set(event, triggers.map((trigger) => bareKey(nameKeys(trigger)[0] ?? '')));
    }
    triggerWordCache.set(knowledge, byEvent);
  }
  return byEvent;
}

/** A key without a leading conjunction (فكتب → كتب). */
const bareKey = (key: string): string => (key.length > 3 && (key[0] === 'و' || key[0] === 'ف') ? key.slice(1) : key);

/** Words that make the day after them the end of a state: until Monday, حتى الاثنين. */
const UNTIL = new Set(UNTIL_WORDS.map((word) => wordKey(word)));

const RESUMPTION = new Set(RESUMPTION_WORDS.map((word) => wordKey(word)));

/**
 * The events of the article sentences that the day's sentence restates, when no event's word
 * stands just before the day. None when the day's clause says a state ends or starts again before
 * it (schools will reopen on Friday, «تستأنف الدراسة الأحد»): that day is the resumption's. A day
 * to come (will reopen on Friday, سيعود الأحد) is not the day of an event the article gives
 * before the draft's date.
 */
function restatedEvents(analysis: Analysis, knowledge: KnowledgeIndex, dated: Entity<Event>[], mention: DayMention, reference: number | undefined, lastOf: (event: Entity<Event>) => number): Entity<Event>[] {
  const tokens = analysis.tokens;
  const clause = tokens[mention.tokenStart]!.clause;
  // A resumption word of the day's clause, which the restated event's own sentence must hold.
  let resumption: string | undefined;
  for (let k = mention.tokenStart - 1; k >= 0 && k >= mention.tokenStart - 8 && tokens[k]!.clause === clause; k--) {
    if (RESUMPTION.has(tokens[k]!.key) || RESUMPTION.has(bareKey(tokens[k]!.key))) resumption = tokens[k]!.key;
  }
  const ownResumption = (aligned: ArticleSentence) => resumption === undefined || aligned.keys.has(resumption);
  const sentence = tokens[mention.tokenStart]!.sentence;
  const future = reference !== undefined && (futureBefore(tokens, mention.tokenStart, 16) || (mention.weekday !== undefined && futureRightAfter(tokens, mention)) || saidAhead(analysis, mention, reference));
  const triggered = triggeredInSentence(analysis, knowledge, sentence);
  return dated.filter(
    (event) =>
      !(future && doneBy(analysis, knowledge, mention, event, reference)) &&
      !beyondBareWeekday(mention, event, reference, lastOf) &&
      (restatesEvidence(analysis, knowledge, sentence, event, ownResumption) || (resumption === undefined && triggered.has(event) && restatesDayOf(analysis, knowledge, sentence, event))),
  );
}

/**
 * The restated events a day without an event's word is compared with: those `nearestDay` picks;
 * none when none of them agrees with the day and one of them, not named by a trigger of the draft
 * sentence, is dated in its restated sentences only as the day something was said ("Tunisian
 * authorities said on Sunday they had stopped 12 boats"): the draft's day ("Tunisian authorities
 * stopped 12 boats on Saturday") is then the day of the thing said, which the article does not
 * give. Such an event still clears a day it agrees with.
 */
function restatedByDay(analysis: Analysis, knowledge: KnowledgeIndex, restated: Entity<Event>[], mention: DayMention, agrees: (mention: DayMention, event: Entity<Event>) => boolean): Entity<Event>[] {
  const sentence = analysis.tokens[mention.tokenStart]!.sentence;
  const triggered = triggeredInSentence(analysis, knowledge, sentence);
  const chosen = nearestDay(analysis, knowledge, restated, mention, agrees, triggered);
  if (chosen.some((event) => agrees(mention, event))) return chosen;
  if (announcedDay(analysis, knowledge, restated, mention)) return [];
  const statementOnly = (event: Entity<Event>) => !triggered.has(event) && !restatesEvidence(analysis, knowledge, sentence, event, (aligned) => !statementDayIn(aligned, event));
  return chosen.some(statementOnly) ? [] : chosen;
}

/**
 * Whether a weekday after an Arabic verb of announcing and its subject («أعلنت السلطات اليوم
 * الخميس نفوق 40 رأساً من الماشية …») dates the announcement: a restated article sentence gives
 * that weekday as the day something was said ("…, officials said on Thursday"). The draft keeps
 * the article's pairing of the statement and its day; the loss it reports keeps its own day,
 * which the draft does not give.
 */
function announcedDay(analysis: Analysis, knowledge: KnowledgeIndex, restated: Entity<Event>[], mention: DayMention): boolean {
  const weekday = mention.weekday;
  if (!weekday || mention.to || !speechVerbBeforeDay(analysis, mention.tokenStart)) return false;
  const sentence = analysis.tokens[mention.tokenStart]!.sentence;
  return restated.some((event) => restatesEvidence(analysis, knowledge, sentence, event, (aligned) => aligned.statementWeekdays.has(weekday)));
}

/**
 * Of several events whose article sentences the day's sentence restates, the one whose own
 * sentence gives that very weekday, not as a statement's day, and agrees with it, when none of the
 * events whose evidence has the most words beside the day (`nearestInWords`) is told in a
 * sentence that gives it: "The boat left the Tunisian port of Sfax on Saturday" restates the
 * departure of Saturday, though "Tunisian" and "Sfax" are also words of the Tunisian statement of
 * Sunday. Two events told in one sentence (visited on Thursday, will speak on Tuesday) are still
 * told apart by the words beside the day, and an event the draft sentence names by one of its
 * triggers keeps the day.
 */
function nearestDay(analysis: Analysis, knowledge: KnowledgeIndex, restated: Entity<Event>[], mention: DayMention, agrees: (mention: DayMention, event: Entity<Event>) => boolean, triggered: Set<Entity<Event>>): Entity<Event>[] {
  const nearest = nearestInWords(analysis, restated, mention.tokenStart, mention.tokenEnd);
  const weekday = mention.weekday;
  if (!weekday || mention.to || nearest.length === restated.length) return nearest;
  // An event the draft sentence names by its own word keeps the day («ووصل الوزير … صباح الاثنين» for an arrival of Sunday).
  if (nearest.some((event) => triggered.has(event))) return nearest;
  const sentence = analysis.tokens[mention.tokenStart]!.sentence;
  const holds = (event: Entity<Event>) => restatesEvidence(analysis, knowledge, sentence, event, (aligned) => aligned.weekdays.has(weekday) && !aligned.statementWeekdays.has(weekday));
  if (nearest.some(holds)) return nearest;
  const held = restated.filter((event) => !nearest.includes(event) && agrees(mention, event) && holds(event));
  return held.length > 0 ? held : nearest;
}

/** The weekday of an event's date: its day's, else the weekday the article gives alone. */
function eventWeekday(event: Entity<Event>): string | undefined {
  const date = event.fact.date;
  if (!date) return undefined;
  return date.day !== undefined && date.month !== undefined ? weekdayOf(dayNumber(date.year, date.month, date.day)) : date.weekday;
}

/** Whether the article sentence gives the event's weekday as the day something was said (said on Sunday). */
function statementDayIn(aligned: ArticleSentence, event: Entity<Event>): boolean {
  const weekday = eventWeekday(event);
  return weekday !== undefined && aligned.statementWeekdays.has(weekday);
}

/** How many days from the reference day a bare weekday reaches: the week before it and the week after. */
const WEEKDAY_REACH = 7;

/**
 * Whether a bare weekday (on Tuesday, «يوم الثلاثاء», no date beside it) cannot name the event's
 * day: the event lies wholly more than a week before or after the reference day, and the article
 * gives no weekday of it. An article sentence that dates a statement may also date something
 * weeks away ("announced on Tuesday a closure that will begin on July 1"); the draft's "announced
 * on Tuesday" is the statement's day, not the closure's. A day weeks away whose weekday the
 * article gives (on Monday 3 August) may be restated by its weekday alone. The same holds for a
 * weekday right after the event's word («وخفضت تشيلي يوم الثلاثاء حصة الصيد» for a cut announced
 * on Tuesday that takes effect on 1 July).
 */
function beyondBareWeekday(mention: DayMention, event: Entity<Event>, reference: number | undefined, lastOf: (event: Entity<Event>) => number): boolean {
  const date = event.fact.date;
  if (reference === undefined || !mention.weekday || mention.day !== undefined || mention.to || date?.day === undefined || date.month === undefined) return false;
  const far = dayNumber(date.year, date.month, date.day) > reference + WEEKDAY_REACH || lastOf(event) < reference - WEEKDAY_REACH;
  return far && !weekdayGiven(event);
}

const weekdayGivenCache = new WeakMap<Event, boolean>();

/**
 * Whether the article gives the event's weekday: in its fact, or as a word of its evidence (the
 * day's own weekday, not a statement's: "said on Tuesday the closure will begin on July 1").
 */
function weekdayGiven(event: Entity<Event>): boolean {
  const date = event.fact.date!;
  if (date.weekday !== undefined) return true;
  let given = weekdayGivenCache.get(event.fact);
  if (given === undefined) {
    const own = weekdayOf(dayNumber(date.year, date.month!, date.day!));
    given = (event.fact.evidence ?? []).some((range) => {
      const tokens = analyse(range.text, 'plaintext').tokens;
      return tokens.some((_, k) => weekdayAt(tokens, k) === own);
    });
    weekdayGivenCache.set(event.fact, given);
  }
  return given;
}

/** The events a trigger of the draft sentence names. */
function triggeredInSentence(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number): Set<Entity<Event>> {
  const tokens = analysis.tokens;
  return new Set(triggerHits(analysis, knowledge).filter((hit) => tokens[hit.tokenStart]!.sentence === sentence).flatMap((hit) => hit.events));
}

/**
 * Whether the draft sentence restates an article sentence that names the event by one of its
 * triggers and gives the event's weekday ("A fire that tore through … early on Wednesday forced
 * about 400 households from their homes", when the fire's evidence is another sentence).
 */
function restatesDayOf(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, event: Entity<Event>): boolean {
  const weekday = eventWeekday(event);
  if (!weekday) return false;
  const triggers = [...(event.fact.triggers?.ar ?? []), ...(event.fact.triggers?.en ?? [])].map((trigger) => nameKeys(trigger));
  return alignedSentences(analysis, knowledge, sentence).some(
    (article) => article.factBase === event.factBase && article.weekdays.has(weekday) && triggers.some((keys) => keys.length > 0 && keys.every((key) => article.keys.has(key))),
  );
}

/**
 * The statement a weekday after a speech verb dates ("the institute said on Friday"): the events
 * with a day whose evidence sentence the draft sentence restates and whose weekday a speech verb
 * governs there ("… killing at least 14 people, the INGD said on Thursday"), when they agree on
 * one weekday. None for a weekday or relative day written otherwise, a range, or a restated
 * sentence of several statement days.
 */
function statementEvents(analysis: Analysis, knowledge: KnowledgeIndex, dated: Entity<Event>[], mention: DayMention, weekdayOfEvent: (event: Entity<Event>) => string): Entity<Event>[] {
  if (!mention.weekday || mention.to || mention.day !== undefined) return [];
  const sentence = analysis.tokens[mention.tokenStart]!.sentence;
  const content = reportedContent(analysis, mention);
  const found = dated.filter(
    (event) =>
      event.fact.date?.day !== undefined &&
      restatesEvidence(analysis, knowledge, sentence, event, (aligned) => aligned.statementWeekdays.size === 1 && aligned.statementWeekdays.has(weekdayOfEvent(event)) && sharedContent(analysis, knowledge, sentence, aligned, content) >= 3),
  );
  return new Set(found.map(weekdayOfEvent)).size === 1 ? found : [];
}

/**
 * The tokens of what a statement reports, beside its day: those after the day when the sentence
 * goes on ("said on Friday that …", «وقال … يوم الأحد إن …»), else those of its other clauses
 * ("Cyclone Fredo killed 14 people, the institute said on Friday").
 */
function reportedContent(analysis: Analysis, mention: DayMention): (token: number) => boolean {
  const tokens = analysis.tokens;
  const sentence = tokens[mention.tokenStart]!.sentence;
  let after = 0;
  for (let k = mention.tokenEnd; k < tokens.length && tokens[k]!.sentence === sentence && after < 3; k++) after++;
  const clause = tokens[mention.tokenStart]!.clause;
  return after >= 3 ? (token) => token >= mention.tokenEnd : (token) => tokens[token]!.clause !== clause;
}

/**
 * How many words and figures of a statement's reported content (not names, which a speaker shares
 * with any other statement of theirs, nor speech verbs) the article sentence holds: a draft's
 * statement that reports another claim of the same speaker («إن الشركة ستوزع أرباحاً») is
 * another statement, whose day the article does not give.
 */
function sharedContent(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, aligned: ArticleSentence, content: (token: number) => boolean): number {
  let count = 0;
  for (const [key, at] of featuresShared(analysis, knowledge, sentence, aligned)) {
    if (key.startsWith('@') || !at.some(content)) continue;
    if (at.every((token) => tokenStems(analysis.tokens[token]!).some((stem) => SAY_VERBS.has(stem.stem)))) continue;
    count++;
  }
  return count;
}

/** Words that join two days of one claim: Wednesday and Thursday, الأربعاء والخميس. */
const AND = new Set(['and', 'و']);

/** Whether the two days stand side by side with "and" alone between them (و may be fused to the second). */
function andBetween(analysis: Analysis, a: DayMention, b: DayMention): boolean {
  const [first, second] = a.tokenStart < b.tokenStart ? [a, b] : [b, a];
  const tokens = analysis.tokens;
  if (second.tokenStart === first.tokenEnd) return /^\s+و/.test(analysis.text.slice(tokens[first.tokenEnd - 1]!.oEnd, tokens[second.tokenStart]!.oEnd));
  return second.tokenStart === first.tokenEnd + 1 && AND.has(tokens[first.tokenEnd]!.key);
}

/** Whether the article gives the event's day with its month (not a weekday alone). */
const hasDay = (event: Entity<Event>): boolean => event.fact.date?.day !== undefined && event.fact.date.month !== undefined;

/** The event's day as a UTC day number; only for an event that `hasDay`. */
const dayOf = (event: Entity<Event>): number => dayNumber(event.fact.date!.year, event.fact.date!.month!, event.fact.date!.day!);

/** The event's last day: its own, or the end of the article's range (from 3 to 5 May). */
function lastOf(event: Entity<Event>): number {
  const end = factEnd(event.fact.date!);
  return end.day !== undefined && end.month !== undefined ? Math.max(dayOf(event), dayNumber(end.year, end.month, end.day)) : dayOf(event);
}

/** The event's weekday: that of its day, else the weekday the article gives alone. */
const weekdayOfEvent = (event: Entity<Event>): WeekdayId => (hasDay(event) ? weekdayOf(dayOf(event)) : event.fact.date!.weekday!);

/** A day right after until ends a state: against an event of several days, its last day or the day after it. */
function untilEnd(analysis: Analysis, mention: DayMention, event: Entity<Event>): boolean {
  return !mention.to && UNTIL.has(analysis.tokens[mention.tokenStart - 1]?.key ?? '') && hasDay(event) && lastOf(event) !== dayOf(event);
}

/**
 * Whether the day agrees with the event. A relative day says nothing against an event the article
 * gives a weekday alone; any day of an event that lasts several days agrees.
 */
function agrees(analysis: Analysis, mention: DayMention, event: Entity<Event>): boolean {
  if (untilEnd(analysis, mention, event)) {
    const last = lastOf(event);
    return mention.weekday ? mention.weekday === weekdayOf(last) || mention.weekday === weekdayOf(last + 1) : mention.day === last || mention.day === last + 1;
  }
  // A range of weekdays against a range: end by end; against a single day: its first day (an
  // article's range is often written as its first day, as the fact base docs long asked).
  if (mention.to && hasDay(event) && lastOf(event) !== dayOf(event)) return weekdayOf(dayOf(event)) === mention.weekday && weekdayOf(lastOf(event)) === mention.to.weekday;
  if (mention.weekday) {
    if (!hasDay(event)) return weekdayOfEvent(event) === mention.weekday;
    for (let day = dayOf(event), last = Math.min(lastOf(event), day + 6); day <= last; day++) if (weekdayOf(day) === mention.weekday) return true;
    return false;
  }
  if (!hasDay(event)) return true;
  const [from, to] = mention.span ?? [mention.day!, mention.day!];
  return from <= lastOf(event) && to >= dayOf(event);
}

/** What the checks of one draft's days share. */
interface DayCheck {
  analysis: Analysis;
  knowledge: KnowledgeIndex;
  report: (draft: Draft) => void;
  /** Events with a day, and events whose weekday alone the article gives (on Tuesday). */
  dated: Entity<Event>[];
  /** The draft's own date, as a UTC day number. */
  own: number | undefined;
  /** The day relative days count from: the draft's own, else the article's publication day. */
  reference: number | undefined;
  mentions: DayMention[];
  agrees: (mention: DayMention, event: Entity<Event>) => boolean;
}

/** Checks every weekday and relative day of the draft against the event it restates. */
export function checkDays(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, documentDate?: { year: number; month: number; day: number }): void {
  const dated = knowledge.events.filter((event) => hasDay(event) || event.fact.date?.weekday !== undefined);
  if (dated.length === 0) return;
  const own = documentDate ? dayNumber(documentDate.year, documentDate.month, documentDate.day) : undefined;
  const reference = own ?? publishedDay(knowledge);
  const check: DayCheck = { analysis, knowledge, report, dated, own, reference, mentions: dayMentions(analysis, reference, own), agrees: (mention, event) => agrees(analysis, mention, event) };
  for (const mention of check.mentions) {
    const tied = eventsOfDay(check, mention);
    if (!tied || tied.events.length === 0) continue;
    const agreeing = tied.events.filter((event) => check.agrees(mention, event));
    if (agreeing.length > 0) {
      // The right weekday: its part of the day (صباح الخميس) is compared with the event's.
      if (mention.weekday && agreeing.length === 1) checkPartOfDay(analysis, knowledge, report, mention.tokenStart, agreeing[0]!, tied.restatedOnly);
      continue;
    }
    if (leftAlone(check, mention, tied.events, tied.restatedOnly)) continue;
    reportDay(check, mention, tied.events[0]!);
  }
}

/**
 * Whether a relative day points ahead of the draft's date (tomorrow, «غداً», the day after
 * tomorrow): it speaks of what is still to come, so it is never the day of an event the fact base
 * dates before the draft's date (a draft dated after a summit that writes «تجتمع اللجنة غداً»
 * tells of another meeting).
 */
function dayAhead(mention: DayMention, reference: number): boolean {
  return mention.day !== undefined && mention.counted === undefined && mention.day > reference;
}

/**
 * Whether a day is said to come: a relative day ahead (`dayAhead`), or a weekday of the week to
 * come (next Monday, «الاثنين المقبل»: `weekdayAhead`), whatever the tense of its verb ("said the
 * unit would open next Monday").
 */
function saidAhead(analysis: Analysis, mention: DayMention, reference: number): boolean {
  return dayAhead(mention, reference) || (mention.weekday !== undefined && !mention.to && weekdayAhead(analysis.tokens, mention.tokenStart));
}

/**
 * Whether an event the fact base dates by its day is done by the reference day, so that a day said
 * to come is none of its days: it ended before the reference day, or on it when the article tells
 * it as done that day (`toldAsDone`) and the day to come is not the reference day's own weekday
 * ("will open its doors next Monday" in a draft of the Tuesday the hospital opened; "will speak
 * later on Tuesday" may still be that Tuesday's). An event of the reference day still to come in
 * the article ("he would visit Strahan on Friday") may be given a wrong day to come (tomorrow).
 */
function doneBy(analysis: Analysis, knowledge: KnowledgeIndex, mention: DayMention, event: Entity<Event>, reference: number): boolean {
  if (!hasDay(event)) return false;
  const last = lastOf(event);
  if (last !== reference) return last < reference;
  if (!toldAsDone(knowledge, event)) return false;
  if (mention.day !== undefined) return mention.day > reference;
  const tokens = analysis.tokens;
  if (mention.weekday === undefined || !(weekdayAhead(tokens, mention.tokenStart) || futureRightAfter(tokens, mention) || narratedFutureBefore(tokens, mention.tokenStart))) return false;
  return mention.weekday !== weekdayOf(reference) || weekdayAhead(tokens, mention.tokenStart);
}

/**
 * Whether a future marker stands in the clause within sixteen tokens before token `i`, an Arabic
 * word in سا left out: it may be a name («سامار») or a verb of the first person (سأزور), which
 * does not put a day of a reported event ahead.
 */
function narratedFutureBefore(tokens: Analysis['tokens'], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 16 && tokens[k]!.clause === tokens[i]!.clause; k--) {
    if (isFutureMarker(tokens[k]!) && !(tokens[k]!.script === 'ar' && /^[وف]?سا/.test(tokens[k]!.key))) return true;
  }
  return false;
}

const toldAsDoneCache = new WeakMap<Event, boolean>();

/**
 * Whether the article tells an event as done: it is dated no later than the article's publication
 * day and its evidence holds no word of the future (will, سوف, a verb with سـ).
 */
function toldAsDone(knowledge: KnowledgeIndex, event: Entity<Event>): boolean {
  const published = publishedDay(knowledge);
  if (published === undefined || lastOf(event) > published) return false;
  let done = toldAsDoneCache.get(event.fact);
  if (done === undefined) {
    done = !(event.fact.evidence ?? []).some((range) => analyse(range.text, 'plaintext').tokens.some(isFutureMarker));
    toldAsDoneCache.set(event.fact, done);
  }
  return done;
}

/**
 * Whether a day is one to come (in a clause of the future, or said ahead: next Monday, tomorrow)
 * and the event is done by the reference day (`doneBy`): the day is none of the event's.
 */
function toComeAfter(check: DayCheck, mention: DayMention, event: Entity<Event>): boolean {
  const { analysis, knowledge, reference } = check;
  if (reference === undefined) return false;
  const tokens = analysis.tokens;
  const future = (mention.weekday !== undefined && (futureBefore(tokens, mention.tokenStart, 16) || futureRightAfter(tokens, mention))) || saidAhead(analysis, mention, reference);
  return future && doneBy(analysis, knowledge, mention, event, reference);
}

/**
 * Whether the verb right after a weekday is in the future: the day dates the subject that stands
 * before the verb ("A briefing on Friday will explain …", «وإحاطة يوم الجمعة ستشرح …»), an
 * occurrence still to come. A verb joined by "and" or a glued «و» is another clause's («اجتمع
 * المجلس يوم الجمعة وسيجتمع مجدداً»), so only the very next word counts.
 */
function futureRightAfter(tokens: Analysis['tokens'], mention: DayMention): boolean {
  const next = tokens[mention.tokenEnd];
  if (!next || next.clause !== tokens[mention.tokenStart]!.clause) return false;
  if (next.script === 'ar' && /^[وف]/.test(next.key)) return false;
  // "on Friday due to high winds" gives a cause, not a time to come.
  if (next.key === 'due' && tokens[mention.tokenEnd + 1]?.key === 'to') return false;
  return isFutureMarker(next);
}

/**
 * The events a day is tied to: those whose words stand before it (or in its table row), else a
 * statement's, else those of the article sentences its sentence restates. `restatedOnly` says the
 * last. Undefined when a statement's day matches no statement.
 */
function eventsOfDay(check: DayCheck, mention: DayMention): { events: Entity<Event>[]; restatedOnly: boolean } | undefined {
  const { analysis, knowledge, dated, reference } = check;
  const sentence = analysis.tokens[mention.tokenStart]!.sentence;
  // A day in a clause of the future (will release new figures on Tuesday) is not the day of an
  // event already past at the draft's date, whose word stands before it.
  const ownNear = triggeredNear(analysis, knowledge, mention).filter((event) => dated.includes(event) && !beyondBareWeekday(mention, event, reference, lastOf) && !toComeAfter(check, mention, event));
  const found = ownNear.length > 0 ? ownNear : triggeredInRow(analysis, knowledge, mention).filter((event) => dated.includes(event));
  // Of several events named before the day, the one whose article sentence the sentence restates.
  const near = found.length > 1 ? [...found.filter((event) => restatesEvidence(analysis, knowledge, sentence, event)), ...found.filter((event) => !restatesEvidence(analysis, knowledge, sentence, event))] : found;
  // "said on Wednesday", «قالت الأربعاء»: the day of the statement, not of what it reports; it
  // is compared only with the statement the article dates in the sentence the draft restates.
  const statement = near.length === 0 && afterSpeechVerb(analysis, mention.tokenStart);
  const stated = statement ? statementEvents(analysis, knowledge, dated, mention, weekdayOfEvent) : [];
  if (statement && stated.length === 0) return undefined;
  const restatedOnly = near.length === 0 && !mention.current && !statement;
  const events = (statement ? stated : restatedOnly ? restatedByDay(analysis, knowledge, restatedEvents(analysis, knowledge, dated, mention, reference, lastOf), mention, check.agrees) : near).filter((event) => !mention.by || byCutOff(event));
  return { events, restatedOnly };
}

/** Future markers and modal words (will, would, could, سوف, قد): a day after them is one to come or one supposed. */
const UNSURE = new Set([...FUTURE_MARKERS, ...MODAL_WORDS].map((word) => wordKey(word)));

/** Forms of «كان» after which «قد» marks a past perfect (كان الوزير قد أعلن), not a supposition. */
const WAS = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'كانوا', 'وكانوا'].map((word) => wordKey(word)));

/** Words before the month May or a number after it, where "may" is no modal (in May, May 5). */
const BEFORE_MONTH = new Set(['in', 'of', 'since', 'until', 'by', 'early', 'late', 'mid', 'from', 'last', 'next', 'this']);

/**
 * Whether token `k` is no word of supposition though listed: the month May (after "in", "since"
 * and the like, or before a number), or «قد» of a past perfect, after «كان» up to three words back.
 */
function notSupposed(tokens: Analysis['tokens'], k: number): boolean {
  const word = tokens[k]!.key;
  if (word === 'may') return BEFORE_MONTH.has(tokens[k - 1]?.key ?? '') || /^\d/.test(tokens[k + 1]?.key ?? '');
  if (word !== wordKey('قد')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (WAS.has(tokens[j]!.key)) return true;
  return false;
}

/** Whether a future marker, a modal word or an Arabic verb in the future stands in the clause within eight tokens before token `i`. */
function unsureBefore(tokens: Analysis['tokens'], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8 && tokens[k]!.clause === tokens[i]!.clause; k--) {
    if ((UNSURE.has(tokens[k]!.key) && !notSupposed(tokens, k)) || isFutureMarker(tokens[k]!)) return true;
  }
  return false;
}

/** Whether a day that agrees with none of its events is still no wrong day of theirs. */
function leftAlone(check: DayCheck, mention: DayMention, events: Entity<Event>[], restatedOnly: boolean): boolean {
  const { analysis, knowledge, mentions } = check;
  const tokens = analysis.tokens;
  const sentence = tokens[mention.tokenStart]!.sentence;
  // A day after "until" ends a state ("the river should be avoided until Monday"): it is no
  // restated event's day.
  if (restatedOnly && UNTIL.has(tokens[mention.tokenStart - 1]?.key ?? '')) return true;
  // Restated events that would each want another day: which one the day is about is not known.
  if (restatedOnly && new Set(events.map((event) => (hasDay(event) ? dayOf(event) : weekdayOfEvent(event)))).size > 1) return true;
  // A sentence that gives an event its right day dates other things with its other days.
  // (A weekday right beside a relative day, أول أمس السبت, is the same claim, not another one.)
  const apart = (other: DayMention) => other.tokenStart > mention.tokenEnd || other.tokenEnd < mention.tokenStart;
  // A day to come (a debate next Monday) gives no right day to an event done by then.
  if (mentions.some((other) => apart(other) && !joinedDays(analysis, events[0]!, other, mention) && tokens[other.tokenStart]!.sentence === sentence && events.some((event) => check.agrees(other, event) && !toComeAfter(check, other, event)))) return true;
  // A sentence that ties the event to another of its days by the event's own word ("who flew in
  // from Leeds on Sunday, said the van would set out on Thursday") gives the event its day there:
  // a day to come (would, will, could) tied to it through the restated article sentence alone
  // dates something else.
  if (restatedOnly && unsureBefore(tokens, mention.tokenStart) && mentions.some((other) => apart(other) && tokens[other.tokenStart]!.sentence === sentence && triggeredNear(analysis, knowledge, other).some((event) => events.includes(event)))) return true;
  // A day tied to a verb of saying or announcing, on which a restated article sentence gives a
  // statement ("…, the union said on Tuesday"), is that statement's day, not a wrong day of another
  // announcement the verb also names.
  if (statementOfDay(analysis, knowledge, mention)) return true;
  // A day next to a written date is that date's day.
  if (nextToDate(analysis, mention)) return true;
  // A sentence that gives the restated event its right date elsewhere ("Saturday's convoy was the
  // first: a second leaves on 10 December") dates something else with its weekday.
  if (restatedOnly && datedRightElsewhere(analysis, mention, events)) return true;
  // The word that ties the day stands before the same weekday in the article sentence restated
  // («أعلنت الوزيرة الجمعة» for «أعلنت وزيرة التربية … كرامي، الجمعة»): the draft keeps the
  // article's own pairing, whatever other event the word's trigger also names.
  if (pairedInArticle(analysis, knowledge, mention, events[0]!, weekdayOfEvent)) return true;
  // A relative day with its own weekday that fits it (أمس الجمعة) dates another day than the
  // event's: it is about something else.
  return mention.day !== undefined && mentions.some((other) => other.weekday && !apart(other) && other !== mention && other.weekday === weekdayOf(mention.day!));
}

/**
 * Whether a weekday tied to a verb of saying or announcing in the draft («أعلنت النقابة الثلاثاء
 * أن …», "announced on Tuesday that …") is the day of a statement that an article sentence the
 * draft sentence restates gives by a verb of saying on that very weekday ("…, the union said on
 * Tuesday"). A weekday on which the article reports no statement is left to be compared.
 */
function statementOfDay(analysis: Analysis, knowledge: KnowledgeIndex, mention: DayMention): boolean {
  const weekday = mention.weekday;
  if (!weekday || mention.to || !announcingVerbBeforeDay(analysis, mention.tokenStart)) return false;
  const sentence = analysis.tokens[mention.tokenStart]!.sentence;
  return restatedWith(analysis, knowledge, sentence, (aligned) => aligned.statementWeekdays.has(weekday));
}

/**
 * Whether `other` is joined by "and" to `mention` as a day of an event that lasted several days:
 * the two are its days ("shut on Wednesday and Friday" for Wednesday and Thursday).
 */
function joinedDays(analysis: Analysis, event: Entity<Event>, other: DayMention, mention: DayMention): boolean {
  return lastOf(event) !== dayOf(event) && andBetween(analysis, other, mention);
}

/** Reports a day that is not the event's, with the day that is (a counted day, a weekday or a relative day). */
function reportDay(check: DayCheck, mention: DayMention, event: Entity<Event>): void {
  const { analysis, knowledge, report, mentions, own, reference } = check;
  const tokens = analysis.tokens;
  if (mention.to) {
    reportWeekdayRange(analysis, knowledge, report, mention, event, [weekdayOf(dayOf(event)), weekdayOf(lastOf(event))]);
    return;
  }
  // Joined by "and" to the event's first day, the day is its last one that is wrong.
  const toFirst = mentions.some((other) => other !== mention && joinedDays(analysis, event, other, mention) && other.weekday === weekdayOf(dayOf(event)));
  const expected = toFirst || untilEnd(analysis, mention, event) ? weekdayOf(lastOf(event)) : weekdayOfEvent(event);
  const lang = tokenLang(analysis, tokens[mention.tokenStart]!);
  const start = tokens[mention.tokenStart]!.oStart;
  const end = tokens[mention.tokenEnd - 1]!.oEnd;
  const actual = analysis.text.slice(start, end);
  const fact = event.fact.date!;
  const date: MessageDate = { year: fact.year, month: fact.month, day: fact.day, relative: fact.relative, end: fact.end };
  const base = { ruleId: 'event-date', range: { start, end }, lang, actual, factId: event.id, evidence: knowledge.evidenceOf(event.key) } as const;
  if (mention.counted && hasDay(event) && own !== undefined) {
    const days = own - dayOf(event);
    const fix = countedFix(analysis, mention.counted, -days, lang);
    report({ ...base, message: wrongCountedDay({ event: knowledge.names(event.key), date, days, actual }), fix: fix ? { text: fix.text, range: fix.range } : undefined });
    return;
  }
  // A relative day (أمس, the day before yesterday) is fixed with the one that names the event's day.
  const relative = mention.day !== undefined && reference !== undefined && hasDay(event) && lastOf(event) === dayOf(event) ? relativeDayFix(analysis, mention.tokenStart, dayOf(event), reference, lang) : undefined;
  const text = mention.weekday ? weekdayFix(actual, expected, lang) : relative;
  report({
    ...base,
    message: hasDay(event) ? wrongDate({ part: 'day', event: knowledge.names(event.key), date, actual }) : wrongWeekday({ event: knowledge.names(event.key), weekday: expected, actual }),
    expected: mention.weekday ? WEEKDAY_DISPLAY[lang][expected] : relative,
    fix: text === undefined ? undefined : { text },
  });
}

/** The weekday `expected` written as the draft wrote `actual`: with or without ال, after a glued و or ف. */
function weekdayFix(actual: string, expected: WeekdayId, lang: 'ar' | 'en'): string {
  if (lang !== 'ar') return WEEKDAY_DISPLAY[lang][expected];
  const clitic = /^[وف](?=ال)/.test(actual) ? actual[0]! : '';
  const bare = actual.slice(clitic.length);
  return clitic + (bare.startsWith('ال') ? WEEKDAY_DISPLAY.ar[expected] : WEEKDAY_DISPLAY.ar[expected].replace(/^ال/, ''));
}

/**
 * Reports each wrong end of a range of weekdays (from Thursday to Saturday for Wednesday to
 * Friday); against a single day, only the range's first day is compared.
 */
function reportWeekdayRange(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, mention: DayMention, event: Entity<Event>, expected: [WeekdayId, WeekdayId]): void {
  const tokens = analysis.tokens;
  const fact = event.fact.date!;
  const date: MessageDate = { year: fact.year, month: fact.month, day: fact.day, relative: fact.relative, end: fact.end };
  const ends = [
    { part: 'start' as const, weekday: mention.weekday!, tokenStart: mention.tokenStart, tokenEnd: mention.tokenStart + 1, expected: expected[0] },
    { part: 'end' as const, weekday: mention.to!.weekday, tokenStart: mention.to!.tokenStart, tokenEnd: mention.to!.tokenEnd, expected: expected[1] },
  ];
  const single = !fact.end;
  for (const end of ends) {
    if (end.weekday === end.expected || (single && end.part === 'end')) continue;
    const range = { start: tokens[end.tokenStart]!.oStart, end: tokens[end.tokenEnd - 1]!.oEnd };
    const actual = analysis.text.slice(range.start, range.end);
    const lang = tokenLang(analysis, tokens[end.tokenStart]!);
    const text = weekdayFix(actual, end.expected, lang);
    report({ ruleId: 'event-date', range, lang, message: wrongDate({ part: single ? 'day' : end.part, event: knowledge.names(event.key), date, actual }), actual, expected: text, fix: { text }, factId: event.id, evidence: knowledge.evidenceOf(event.key) });
  }
}
