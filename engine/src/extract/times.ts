/**
 * Clock times in a draft: digits (23:11, 02:00, 4am, 2.30 p.m.), English words (four o'clock,
 * half past four, a quarter to five) and Arabic ordinals after الساعة (الساعة الرابعة, الساعة الحادية عشرة والنصف),
 * or bare after a word of time with the part of the day after them (في التاسعة صباحاً), with what fixes
 * the half of the day: a 24-hour figure, am or pm, or an Arabic part of the day (فجراً, من فجر
 * السبت, ليلاً). A time that says neither is read on a twelve-hour clock.
 */
import { tokenAtOffset, type Analysis, type Token } from '../analysis';
import { tokenStems } from '../knowledge';
import { englishNumberWord } from '../lexicon/numbers';
import { numbers } from './numbers';
import { ARABIC_HOUR_ORDINALS, CLOCK_PARTS, LOCAL_ZONE, MINUTE_NOUNS, TIME_WORDS, ZONE_INTRODUCERS, ZONE_WORDS } from '../lexicon/times';

/** A time of day said in the draft. */
export interface ClockTime {
  /** Original range of the whole time. */
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** 0-23 when `clock24`, else 1-12. */
  hour: number;
  minute?: number;
  /** Whether the half of the day is known (a 24-hour figure, am/pm or a part of the day). */
  clock24: boolean;
  /** The range of the hour itself (the ordinal, or the digits), for a fix. */
  hourStart: number;
  hourEnd: number;
  /**
   * The range of the hour with its minutes as written (الرابعة والنصف, half past four, 4:30),
   * without الساعة, am or pm, or the part of the day: what a fix rewrites.
   */
  valueStart: number;
  valueEnd: number;
  /** Whether a word (am, pm, فجراً, in the evening) says which half of the day it is. */
  halfWord: boolean;
  style: 'digits' | 'ar-words' | 'en-words';
  /** Whether a time zone other than the local one follows (22:11 GMT, بتوقيت غرينتش). */
  zoned: boolean;
  /** A time named by a word (midnight, noon), read with an hour either side and never rewritten. */
  loose?: boolean;
}

/** Whether the tokens from `k` name a time zone other than the local one. */
function zoneAt(tokens: readonly Token[], k: number, sentence: number): boolean {
  const token = tokens[k];
  if (!token || token.sentence !== sentence) return false;
  if (ZONE_WORDS.has(token.key)) return true;
  const next = tokens[k + 1];
  return ZONE_INTRODUCERS.has(token.key) && !!next && next.sentence === sentence && !LOCAL_ZONE.has(next.key);
}

const cache = new WeakMap<Analysis, ClockTime[]>();

/** Moves a twelve-hour figure into the half of the day that `part` names. */
function withPart(hour: number, part: 'am' | 'pm' | 'night' | undefined): { hour: number; clock24: boolean } {
  if (!part) return { hour, clock24: false };
  if (part === 'am') return { hour: hour === 12 ? 0 : hour, clock24: true };
  if (part === 'pm') return { hour: hour === 12 ? 12 : hour + 12, clock24: true };
  // Night: eight to eleven are the evening's, midnight to five the small hours'.
  if (hour >= 6 && hour <= 11) return { hour: hour + 12, clock24: true };
  if (hour === 12) return { hour: 0, clock24: true };
  return { hour, clock24: hour <= 5 };
}

/** The part of the day named at token `k` (after an optional من or في), with the token after it. */
function partAt(tokens: readonly Token[], k: number, sentence: number): { part: 'am' | 'pm' | 'night'; end: number } | undefined {
  let at = k;
  if (tokens[at]?.sentence === sentence && (tokens[at]!.key === 'من' || tokens[at]!.key === 'في' || tokens[at]!.key === 'in' || tokens[at]!.key === 'at')) at++;
  if (tokens[at]?.key === 'the' && tokens[at]!.sentence === sentence) at++;
  const token = tokens[at];
  if (!token || token.sentence !== sentence) return undefined;
  for (const { stem } of tokenStems(token)) {
    const part = CLOCK_PARTS.get(stem) ?? (stem.startsWith('ال') ? CLOCK_PARTS.get(stem.slice(2)) : undefined);
    if (part) return { part, end: at + 1 };
  }
  return undefined;
}

/** Times written in digits: 23:11, 02:00, 4am, 2.30 p.m. */
function digitTimes(analysis: Analysis, out: ClockTime[]): void {
  const tokens = analysis.tokens;
  const pattern = /(?<![\d.:])(\d{1,2})(?:([:.])(\d{2}))?(\s?(?:[ap]\.\s?m\.|[ap]\.?\s?m\b))?(?![\d:])/gi;
  // Eastern Arabic digits read as ASCII ones, letter for letter, so offsets stay the draft's.
  const text = analysis.mask.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
  for (const match of text.matchAll(pattern)) {
    const [whole, hourText, separator, minuteText, meridiem] = match;
    // A figure alone is no time; 4.30 alone is a decimal; 24:00 and 13pm are not clock times.
    if (!meridiem && separator !== ':') continue;
    const hour = Number(hourText);
    const minute = minuteText === undefined ? undefined : Number(minuteText);
    if (hour > 23 || (minute !== undefined && minute > 59) || (meridiem && (hour === 0 || hour > 12))) continue;
    const start = match.index;
    const end = start + whole.length;
    const tokenStart = tokenAtOffset(tokens, start);
    const lastToken = tokenAtOffset(tokens, end - 1);
    const tokenEnd = tokens[lastToken]!.oStart < end ? lastToken + 1 : lastToken;
    const sentence = tokens[tokenStart]!.sentence;
    // 02:00 and 23:11 are on the 24-hour clock; 10:00 may be either.
    let clock = meridiem ? withPart(hour, /^\s?a/i.test(meridiem) ? 'am' : 'pm') : { hour, clock24: hour >= 13 || hourText!.startsWith('0') };
    let last = tokenEnd;
    let halfWord = !!meridiem;
    if (!clock.clock24) {
      const part = partAt(tokens, tokenEnd, sentence);
      if (part) {
        clock = withPart(hour, part.part);
        last = part.end;
        halfWord = true;
      }
    }
    const valueEnd = start + hourText!.length + (minuteText === undefined ? 0 : 1 + minuteText.length);
    out.push({ start, end: tokens[last - 1]!.oEnd > end ? tokens[last - 1]!.oEnd : end, tokenStart, tokenEnd: last, hour: clock.hour, minute, clock24: clock.clock24, hourStart: start, hourEnd: start + hourText!.length, valueStart: start, valueEnd, halfWord, style: 'digits', zoned: zoneAt(tokens, last, sentence) });
  }
}

/**
 * The minutes after an Arabic hour: والنصف, والربع, إلا ربعاً (returned as -15), or a number of
 * minutes (وعشر دقائق; وإحدى عشرة دقيقة, whose إحدى is read here only, where it cannot mean
 * "one of").
 */
function arabicMinutes(analysis: Analysis, k: number, sentence: number): { minute: number; end: number } | undefined {
  const tokens = analysis.tokens;
  const token = tokens[k];
  if (!token || token.sentence !== sentence) return undefined;
  const eleven = /^و?(احدي|احد)$/.test(token.key) && /^عشر(ه)?$/.test(tokens[k + 1]?.key ?? '') ? 2 : 0;
  if (eleven && MINUTE_NOUNS.has(tokens[k + 2]?.key ?? '')) return { minute: 11, end: k + 3 };
  const number = numbers(analysis).find((n) => n.tokenStart === k);
  if (number && number.value < 60 && MINUTE_NOUNS.has(tokens[number.tokenEnd]?.key ?? '')) return { minute: number.value, end: number.tokenEnd + 1 };
  const minute = TIME_WORDS.get(token.key);
  if (minute === 'before') {
    const next = tokens[k + 1];
    const quarter = next && next.sentence === sentence ? TIME_WORDS.get(next.key) : undefined;
    return typeof quarter === 'number' ? { minute: -quarter, end: k + 2 } : undefined;
  }
  return typeof minute === 'number' ? { minute, end: k + 1 } : undefined;
}

/** An English hour word or figure, one to twelve. */
function englishHour(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  const hour = englishNumberWord(token.key) ?? (/^\d{1,2}$/.test(token.key) ? Number(token.key) : undefined);
  return hour !== undefined && hour >= 1 && hour <= 12 ? hour : undefined;
}

/** Words after a number that make it a count, not an hour: a quarter to three million. */
const NOT_HOUR = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'percent', 'per', 'times', 'of']);

/**
 * An English hour with its minutes in words from token `i`: half past four, (a) quarter past or
 * to five, with an optional o'clock after it. A quarter before an hour in figures is read only
 * when nothing after the figure makes it a count (a quarter to 3 million).
 */
function englishWordTime(tokens: readonly Token[], i: number): { hour: number; minute: number; hourToken: number; end: number } | undefined {
  const token = tokens[i]!;
  const link = tokens[i + 1];
  const hourToken = tokens[i + 2];
  if (!link || !hourToken || hourToken.sentence !== token.sentence || link.sentence !== token.sentence) return undefined;
  const minute = token.key === 'half' ? 30 : token.key === 'quarter' ? 15 : undefined;
  if (minute === undefined || (link.key !== 'past' && !(link.key === 'to' && minute === 15))) return undefined;
  const hour = englishHour(hourToken);
  const after = tokens[i + 3];
  if (hour === undefined || (after && after.sentence === token.sentence && NOT_HOUR.has(after.key))) return undefined;
  const end = after?.key === 'oclock' && after.sentence === token.sentence ? i + 4 : i + 3;
  if (link.key === 'past') return { hour, minute, hourToken: i + 2, end };
  return { hour: hour === 1 ? 12 : hour - 1, minute: 45, hourToken: i + 2, end };
}

/**
 * Words of time before a bare Arabic hour: في, عند, قرابة, حوالي, نحو, بعد, قبل, حتى, منذ, and
 * the words of approximation or exactness «في حدود», «في تمام», «قبيل», «بعيد».
 */
const BARE_HOUR_BEFORE = new Set(['في', 'عند', 'قرابه', 'حوالي', 'نحو', 'بعد', 'قبل', 'حتي', 'منذ', 'حدود', 'تمام', 'قبيل', 'بعيد']);

/** The hour named from token `i` (الساعة الرابعة, four o'clock, half past four), with its tokens. */
function hourAt(tokens: readonly Token[], i: number): { hour: number; minute?: number; hourToken: number; hourLast: number; end: number; style: ClockTime['style'] } | undefined {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || next.sentence !== token.sentence) return undefined;
  if (token.script === 'ar' && tokenStems(token).some((s) => s.stem === 'الساعه')) {
    const following = tokens[i + 2];
    const two = following && following.sentence === token.sentence ? ARABIC_HOUR_ORDINALS.get(`${next.key} ${following.key}`) : undefined;
    const hour = two ?? ARABIC_HOUR_ORDINALS.get(next.key);
    if (hour === undefined) return undefined;
    const end = i + (two !== undefined ? 3 : 2);
    return { hour, hourToken: i + 1, hourLast: end - 1, end, style: 'ar-words' };
  }
  // A bare hour (في التاسعة صباحاً, قرابة الحادية عشرة ليلاً): an ordinal after a word of time,
  // with the part of the day right after it («للمرة الثانية صباح الاثنين» has no word of time).
  if (token.script === 'ar' && BARE_HOUR_BEFORE.has(tokens[i - 1]?.sentence === token.sentence ? tokens[i - 1]!.key : '')) {
    const two = ARABIC_HOUR_ORDINALS.get(`${token.key} ${next.key}`);
    const hour = two ?? ARABIC_HOUR_ORDINALS.get(token.key);
    const end = i + (two !== undefined ? 2 : 1);
    if (hour !== undefined && partAt(tokens, end, token.sentence)) return { hour, hourToken: i, hourLast: end - 1, end, style: 'ar-words' };
  }
  if (token.script !== 'ar' && next.key === 'oclock') {
    const hour = englishHour(token);
    if (hour === undefined) return undefined;
    return { hour, hourToken: i, hourLast: i, end: i + 2, style: 'en-words' };
  }
  if (token.script !== 'ar') {
    const worded = englishWordTime(tokens, i);
    if (worded) return { hour: worded.hour, minute: worded.minute, hourToken: worded.hourToken, hourLast: worded.hourToken, end: worded.end, style: 'en-words' };
  }
  return undefined;
}

/** Times written in words: الساعة الرابعة (فجراً), four o'clock (in the morning). */
function wordTimes(analysis: Analysis, out: ClockTime[]): void {
  const tokens = analysis.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    const sentence = token.sentence;
    const found = hourAt(tokens, i);
    if (!found) continue;
    const { hourToken, hourLast, style } = found;
    let { hour, end, minute } = found;
    const minutes = style === 'ar-words' ? arabicMinutes(analysis, end, sentence) : undefined;
    if (minutes) {
      minute = minutes.minute < 0 ? 60 + minutes.minute : minutes.minute;
      if (minutes.minute < 0) hour = hour === 1 ? 12 : hour - 1;
      end = minutes.end;
    }
    const valueStart = style === 'ar-words' ? tokens[hourToken]!.oStart : token.oStart;
    const valueEnd = tokens[end - 1]!.oEnd;
    const part = partAt(tokens, end, sentence);
    const clock = withPart(hour, part?.part);
    if (part) end = part.end;
    out.push({
      start: token.oStart,
      end: tokens[end - 1]!.oEnd,
      tokenStart: i,
      tokenEnd: end,
      hour: clock.hour,
      minute,
      clock24: clock.clock24,
      hourStart: tokens[hourToken]!.oStart,
      hourEnd: tokens[hourLast]!.oEnd,
      valueStart,
      valueEnd,
      halfWord: !!part,
      style,
      zoned: zoneAt(tokens, end, sentence),
    });
    i = end - 1;
  }
}

/** Every clock time of the draft, in order. */
export function clockTimes(analysis: Analysis): ClockTime[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const out: ClockTime[] = [];
  digitTimes(analysis, out);
  wordTimes(analysis, out);
  out.sort((a, b) => a.start - b.start);
  cache.set(analysis, out);
  return out;
}

const NAMED_CACHE = new WeakMap<Analysis, ClockTime[]>();
const MIDNIGHT = new Set(['midnight', 'منتصف']);
const NIGHT_AFTER = new Set(['الليل', 'ليل', 'ليله', 'الليله']);
const DAY_AFTER = new Set(['النهار', 'نهار', 'اليوم']);

/**
 * Times named by a word: midnight («منتصف الليل», «منتصف ليل الجمعة») and noon (midday, «منتصف
 * النهار»). They are kept apart from {@link clockTimes}: writers use them loosely (about
 * midnight for 23:11), so {@link sameTime} gives them an hour either side, and no fix rewrites them.
 */
export function namedTimes(analysis: Analysis): ClockTime[] {
  const cached = NAMED_CACHE.get(analysis);
  if (cached) return cached;
  const tokens = analysis.tokens;
  const out: ClockTime[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.key;
    const bare = key.length > 3 && (key[0] === 'و' || key[0] === 'ف' || key[0] === 'ب') ? key.slice(1) : key;
    let hour: number | undefined;
    let last = i;
    if (key === 'midnight') hour = 0;
    else if (key === 'noon' || key === 'midday') hour = 12;
    else if (MIDNIGHT.has(bare) && tokens[i + 1]?.sentence === tokens[i]!.sentence) {
      if (NIGHT_AFTER.has(tokens[i + 1]!.key)) hour = 0;
      else if (DAY_AFTER.has(tokens[i + 1]!.key)) hour = 12;
      last = i + 1;
    }
    if (hour === undefined) continue;
    const start = tokens[i]!.oStart;
    const end = tokens[last]!.oEnd;
    out.push({ start, end, tokenStart: i, tokenEnd: last + 1, hour, clock24: true, hourStart: start, hourEnd: end, valueStart: start, valueEnd: end, halfWord: true, style: tokens[i]!.script === 'ar' ? 'ar-words' : 'en-words', zoned: zoneAt(tokens, last + 1, tokens[i]!.sentence), loose: true });
  }
  NAMED_CACHE.set(analysis, out);
  return out;
}

/** Whether a draft's time is the fact's (HH:MM): the same hour, on the twelve-hour clock when the draft does not say which half of the day. */
export function sameTime(time: ClockTime, fact: string): boolean {
  const match = /^(\d{1,2}):(\d{2})$/.exec(fact);
  if (!match) return true;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  // Midnight and noon agree with a time up to an hour either side.
  if (time.loose) return Math.min((((hour * 60 + minute - time.hour * 60) % 1440) + 1440) % 1440, (((time.hour * 60 - hour * 60 - minute) % 1440) + 1440) % 1440) <= 60;
  const hourAgrees = time.clock24 ? time.hour === hour : time.hour % 12 === hour % 12;
  return hourAgrees && (time.minute === undefined || time.minute === minute);
}
