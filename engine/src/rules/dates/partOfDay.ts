/**
 * `event-date`, the part of the day: a weekday that the draft gives its event with a part of the
 * day (صباح الخميس, مساء يوم الأحد, Thursday morning, on Sunday evening) is compared with the
 * event's `partOfDay`, once the weekday itself agrees with the event (a wrong weekday is the
 * weekday's finding, and another day may be another matter). The parts overlap where writers
 * blur them: dawn (فجر) is of the night and the morning, noon (ظهر) of the morning and the
 * afternoon, evening (مساء) of the afternoon and the night; only parts that cannot meet are a
 * contradiction (صباح for an evening event, "at night" for an afternoon one).
 */
import type { Analysis, Token } from '../../analysis';
import { tokenLang } from '../../analysis';
import { tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import { wordKey } from '../../tokenKey';
import type { Event } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { wrongPartOfDay } from '../../messages';
import { alignedSentences, type ArticleSentence } from '../../align';

type Part = 'morning' | 'afternoon' | 'evening' | 'night';

/** Words of a part of the day, with the parts of the day each may mean. */
const PART_WORDS: ReadonlyMap<string, readonly Part[]> = new Map(
  (
    [
      [['صباح', 'صباحا', 'الصباح', 'morning'], ['morning']],
      [['فجر', 'فجرا', 'الفجر', 'dawn'], ['night', 'morning']],
      [['ظهر', 'ظهرا', 'الظهر', 'noon', 'midday'], ['morning', 'afternoon']],
      [['عصر', 'عصرا', 'العصر', 'afternoon'], ['afternoon', 'evening']],
      [['مساء', 'مساءا', 'المساء', 'evening'], ['afternoon', 'evening', 'night']],
      [['ليل', 'ليلا', 'ليله', 'الليل', 'night', 'overnight'], ['evening', 'night']],
    ] as [string[], Part[]][]
  ).flatMap(([words, parts]) => words.map((word) => [wordKey(word), parts] as [string, readonly Part[]])),
);

/** Whether a folded word is a word of a part of the day (صباح, مساء, evening). */
export function partOfDayWord(key: string): boolean {
  return PART_WORDS.has(key);
}

/** The article's part of the day as a fix writes it, before an Arabic weekday or after an English one. */
const PART_DISPLAY: Record<'ar' | 'en', Record<Part, string>> = {
  ar: { morning: 'صباح', afternoon: 'عصر', evening: 'مساء', night: 'ليلة' },
  en: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },
};

/** The parts of the day token `token` may mean, if it names one. */
function partsOf(token: Token | undefined): readonly Part[] | undefined {
  if (!token) return undefined;
  for (const { stem } of tokenStems(token)) {
    const parts = PART_WORDS.get(stem);
    if (parts) return parts;
  }
  return undefined;
}

/**
 * The part-of-day word of the weekday at token `day`: before it in Arabic (صباح الخميس, صباح يوم
 * الخميس), after it in English (Thursday morning).
 */
function partWordOf(tokens: readonly Token[], day: number): { token: number; parts: readonly Part[] } | undefined {
  const sentence = tokens[day]!.sentence;
  const same = (index: number) => tokens[index] !== undefined && tokens[index].sentence === sentence;
  if (tokens[day]!.script === 'ar') {
    const before = same(day - 1) && tokens[day - 1]!.key === 'يوم' ? day - 2 : day - 1;
    const parts = same(before) ? partsOf(tokens[before]) : undefined;
    return parts ? { token: before, parts } : undefined;
  }
  const parts = same(day + 1) ? partsOf(tokens[day + 1]) : undefined;
  return parts ? { token: day + 1, parts } : undefined;
}

/**
 * Reports the part of the day of the weekday at token `day`, when it cannot be `event`'s. A day
 * tied to the event only because its sentence restates the event's (`restatedOnly`) may be of
 * another act of that article sentence: a part of the day the article sentence also names
 * ("suspended on Monday night" for "missing since Monday afternoon, and a search was suspended
 * overnight") is that act's.
 */
export function checkPartOfDay(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, day: number, event: Entity<Event>, restatedOnly = false): void {
  const fact = event.fact.date?.partOfDay;
  if (!fact) return;
  const tokens = analysis.tokens;
  const word = partWordOf(tokens, day);
  if (!word || word.parts.includes(fact)) return;
  const named = (aligned: ArticleSentence) => [...aligned.keys].some((key) => PART_WORDS.get(key)?.some((part) => word.parts.includes(part)));
  if (restatedOnly && alignedSentences(analysis, knowledge, tokens[day]!.sentence).some(named)) return;
  const token = tokens[word.token]!;
  const lang = tokenLang(analysis, token);
  const range = { start: token.oStart, end: token.oEnd };
  const actual = analysis.text.slice(range.start, range.end);
  let expected = PART_DISPLAY[lang][fact];
  if (lang === 'en' && /^[A-Z]/.test(actual)) expected = expected[0]!.toUpperCase() + expected.slice(1);
  // An Arabic clitic before the word (وصباح) stays.
  const clitic = lang === 'ar' && /^[وفب]/.test(actual) && !PART_WORDS.has(token.key) && PART_WORDS.has(wordKey(actual.slice(1))) ? actual[0]! : '';
  report({
    ruleId: 'event-date',
    range,
    lang,
    message: wrongPartOfDay({ event: knowledge.names(event.key), part: fact, actual }),
    actual,
    expected: clitic + expected,
    fix: { text: clitic + expected },
    factId: event.id,
    evidence: knowledge.evidenceOf(event.key),
  });
}
