/**
 * Drawn events that serve drafts in the other language than the article. An event drawn from an
 * article carries its triggers in the article's language and, through the table of news verbs
 * (`draw/lexicon.ts`), in the other; these probes draw invented short articles, one per language,
 * and check drafts in the other language: a wrong date of an event named by a verb the table did not
 * translate (debate, vote, publish), in the tense a draft writes it in (سيناقش, will debate), must be
 * flagged with the article's date as the fix; an idiom of a table verb ("opened fire") must not be
 * read as the verb's event. A true restatement and another event's date in the same sentence stand
 * beside them as guards. All names, places and figures
 * are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { type Checker } from '../../engine/src/index';
import { drawnChecker } from './helpers';

/** An Arabic article: a parliament's vote and debate, a ministry's purchase, in Jordan. */
const AR_ARTICLE = [
  'عمّان، الأحد 6 ديسمبر 2026 - أعلنت وزارة النقل الأردنية اليوم الأحد خطة لتجديد أسطول الحافلات العامة.',
  '',
  'وصوّت مجلس النواب الأردني يوم الثلاثاء 1 ديسمبر على قانون النقل العام بأغلبية 70 صوتاً.',
  '',
  'وسيناقش مجلس النواب الأردني خطة الوزارة في جلسة يوم الاثنين 14 ديسمبر.',
  '',
  'واشترت الوزارة 40 حافلة من شركة صينية في أكتوبر 2026.',
  '',
].join('\n');

/** An English article: a council's vote and debate, a library's report, in Wales. */
const EN_ARTICLE = [
  'CARDIFF, 9 December 2026 - Cardiff Council voted on December 1 to close two public libraries, the council said.',
  '',
  'The National Library of Wales published a report on library use on November 24.',
  '',
  'Cardiff Council will debate the closures again on December 17, its leader, Huw Thomas, said.',
  '',
].join('\n');

/** An English article whose police "opened fire" on one day, and whose minister opened a hospital on another. */
const EN_IDIOM_ARTICLE = [
  'ZARQA, 4 December 2026 - Police opened fire on protesters outside the governorate building on December 2, a police spokesman said.',
  '',
  'Health Minister Firas al-Hawari inaugurated a new hospital in Zarqa on November 28.',
  '',
].join('\n');

/** The checker over the fact base drawn from an article, drawn once. */
function checkerOf(article: string, lang: 'ar' | 'en'): Checker {
  return drawnChecker(article, { lang });
}

/** The event-date findings of a draft sentence: the words flagged and the text of the first fix. */
function dateFindings(checker: Checker, sentence: string): string[] {
  return checker
    .check(sentence)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => `${sentence.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

interface Probe {
  article: string;
  lang: 'ar' | 'en';
  sentence: string;
  /** The words flagged and the fix's text, or none for a sentence that must not be flagged. */
  flagged?: string;
}

const PROBES: Probe[] = [
  // An Arabic article's debate, restated in English in the future: a wrong day, the right day.
  { article: AR_ARTICLE, lang: 'ar', sentence: "Jordan's House of Representatives will debate the ministry's plan in a session on Tuesday, December 15.", flagged: '15 → 14' },
  { article: AR_ARTICLE, lang: 'ar', sentence: "Jordan's House of Representatives will debate the ministry's plan in a session on Monday, December 14." },
  // Another event's date in the same sentence: the vote's day beside the debate's.
  { article: AR_ARTICLE, lang: 'ar', sentence: "Jordan's House of Representatives, which voted on the law on December 1, will debate the ministry's plan on December 14." },
  // An English article's debate and vote, restated in Arabic in the future and in the past.
  { article: EN_ARTICLE, lang: 'en', sentence: 'وسيناقش مجلس مدينة كارديف الإغلاق مجدداً في 18 ديسمبر.', flagged: '18 → 17' },
  { article: EN_ARTICLE, lang: 'en', sentence: 'وسيناقش مجلس مدينة كارديف الإغلاق مجدداً في 17 ديسمبر.' },
  { article: EN_ARTICLE, lang: 'en', sentence: 'صوّت مجلس مدينة كارديف في 1 ديسمبر على إغلاق مكتبتين عامتين، وسيناقش الإغلاق مجدداً في 17 ديسمبر.' },
  // An idiom of a table verb: the police who "opened fire" began nothing and lit no fire, so an
  // Arabic draft's fire that began (بدأ الحريق) on another day is no restatement of the shooting.
  { article: EN_IDIOM_ARTICLE, lang: 'en', sentence: 'وبدأ الحريق في مستودع للأخشاب في 3 ديسمبر.' },
  { article: EN_IDIOM_ARTICLE, lang: 'en', sentence: 'وافتتح وزير الصحة فراس الهواري مستشفى جديداً في الزرقاء في 29 نوفمبر.', flagged: '29 → 28' },
];

for (const { article, lang, sentence, flagged } of PROBES) {
  test(`${flagged ? `flags ${flagged}` : 'clean'}: ${sentence}`, () => {
    assert.deepEqual(dateFindings(checkerOf(article, lang), sentence), flagged ? [flagged] : []);
  });
}

/** An Arabic article of a listing whose final allocation will be announced on a set day (invented). */
const AR_ANNOUNCE_ARTICLE = [
  'الرياض، الأحد 6 ديسمبر 2026 - بدأت شركة رمال القابضة اليوم الأحد طرح 30 في المئة من أسهمها للاكتتاب العام.',
  '',
  'ويُعلن التخصيص النهائي للأسهم يوم الخميس 10 ديسمبر، على أن يبدأ التداول في السوق يوم 15 ديسمبر.',
  '',
].join('\n');

test('an Arabic article\'s coming announcement of one thing is not the day of an English draft\'s announcement of another (held-out guard of session 33)', () => {
  assert.deepEqual(dateFindings(checkerOf(AR_ANNOUNCE_ARTICLE, 'ar'), 'Ramal Holding announced the share price on Wednesday.'), []);
});
