/**
 * Drawn events named by the right words: an Arabic verb of resuming with the verbal noun it governs
 * («أعادت الوزارة … تشغيل المحطة», restarted), drawn whole and not by its noun alone, so that a
 * draft's "restarted" or "reopened" (or its «إعادة تشغيل») is tied to it; and a date opened by an
 * Arabic word of a starting point («اعتباراً من», «ابتداءً من»), which is the date's own word, not its
 * event's: the event is the verb before it («ستمنع الوزارة … اعتباراً من الأول من فبراير»). These
 * probes draw invented short articles with the engine and check drafts in both languages: a wrong
 * date must be flagged with the article's as the fix; another event's date in the same sentence, an
 * idiom (opened fire) and a homonym (a price raised, not a ban lifted) must not be. All names,
 * places and figures are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { type Checker } from '../../engine/src/index';
import { drawnChecker } from './helpers';

/** An Arabic article: a power station restarted, a ban on imports from a set day, a price raised. */
const AR_ARTICLE = [
  'الموصل، الخميس 10 ديسمبر 2026 - أعادت وزارة الكهرباء العراقية يوم الأربعاء 9 ديسمبر تشغيل محطة كهرباء القيارة بعد توقف دام ثماني سنوات.',
  '',
  'وقال وزير الكهرباء عامر الساعدي إن الوزارة ستمنع استيراد المولدات المستعملة عبر منفذ ربيعة الحدودي اعتباراً من الأول من فبراير 2027.',
  '',
  'ورفعت الوزارة سعر الكيلوواط للمصانع في أكتوبر 2026.',
  '',
].join('\n');

/** An English article: a rail line restarted after floods (invented). */
const EN_ARTICLE = [
  'NORWICH, 7 December 2026 - Kestrel Rail restarted services on the Harlow line on December 3, a week after floods closed it, the company said.',
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
  sentence: string;
  /** The words flagged and the fix's text, or none for a sentence that must not be flagged. */
  flagged?: string;
}

const PROBES: Probe[] = [
  // The restart, restated in English by a verb of resuming: a wrong day, and the right one.
  { sentence: "Iraq's electricity ministry restarted the Qayyarah power station on December 8 after eight years.", flagged: '8 → 9' },
  { sentence: "Iraq's electricity ministry restarted the Qayyarah power station on December 9 after eight years." },
  { sentence: "Iraq's electricity ministry reopened the Qayyarah station on December 7.", flagged: '7 → 9' },
  // The restart, restated in Arabic by the verbal noun of resuming (found before this session too: a guard).
  { sentence: 'وجاءت إعادة تشغيل محطة القيارة في 8 ديسمبر بعد توقف دام ثماني سنوات.', flagged: '8 → 9' },
  // The ban, dated from a starting point: the ban's verb, not «اعتباراً», names it, in both languages
  // (the Arabic draft was found before through «اعتباراً» itself; with the verb it still must be).
  { sentence: 'وستمنع الوزارة استيراد المولدات المستعملة اعتباراً من الأول من فبراير 2028.', flagged: '2028 → 2027' },
  { sentence: 'The ministry will ban imports of used generators through the Rabia crossing from February 1, 2028.', flagged: '2028 → 2027' },
  { sentence: 'The ministry will ban imports of used generators through the Rabia crossing from February 1, 2027.' },
  // Another event's date in the same sentence: the restart's day beside the ban's.
  { sentence: 'The ministry, which restarted the Qayyarah station on December 9, will ban used generators from February 1, 2027.' },
  // An idiom: gunmen who "opened fire" reopened nothing.
  { sentence: 'Gunmen opened fire near the Qayyarah power station on December 3.' },
  // A homonym: a price raised is no ban lifted, nor a restart.
  { sentence: 'ورفعت الوزارة سعر الكيلوواط للمصانع في أكتوبر 2026، قبل أن تعيد تشغيل محطة القيارة في 9 ديسمبر.' },
];

for (const { sentence, flagged } of PROBES) {
  test(`${flagged ? `flags ${flagged}` : 'clean'}: ${sentence}`, () => {
    assert.deepEqual(dateFindings(checkerOf(AR_ARTICLE, 'ar'), sentence), flagged ? [flagged] : []);
  });
}

/** Arabic drafts of the English article: the restart named by the passive of resuming and its noun. */
const EN_PROBES: Probe[] = [
  { sentence: 'وأعيد تشغيل خط هارلو في 4 ديسمبر بعد أسبوع من الفيضانات.', flagged: '4 → 3' },
  { sentence: 'وأعيد تشغيل خط هارلو في 3 ديسمبر بعد أسبوع من الفيضانات.' },
];

for (const { sentence, flagged } of EN_PROBES) {
  test(`English article: ${flagged ? `flags ${flagged}` : 'clean'}: ${sentence}`, () => {
    assert.deepEqual(dateFindings(checkerOf(EN_ARTICLE, 'en'), sentence), flagged ? [flagged] : []);
  });
}

/** An English article: rules that take effect on a day, a depot that could be ready by a year (invented). */
const EN_RULES_ARTICLE = [
  'BRISTOL, 10 December 2026 - Bristol City Council approved a ban on old diesel vans in the city centre on Wednesday, council officials said.',
  '',
  'Under the new rules, which take effect on Monday, drivers of older vans will pay a daily charge of £12.',
  '',
  'The council said a new bus depot at Avonmouth could be ready by 2029.',
  '',
].join('\n');

/**
 * Drafts of the rules and the depot: an English phrase of coming into force and an adjective of
 * readiness after a modal name their events, in English and in Arabic.
 */
const RULES_PROBES: Probe[] = [
  // Found before through the restated sentence (a guard); the Arabic draft needs the phrase's Arabic.
  { sentence: 'The new rules on old diesel vans take effect on Tuesday.', flagged: 'Tuesday → Monday' },
  { sentence: 'The new rules on old diesel vans take effect on Monday.' },
  { sentence: 'وتدخل القواعد الجديدة حيز التنفيذ يوم الثلاثاء.', flagged: 'الثلاثاء → الاثنين' },
  // Another event's date in the same sentence: the approval's day beside the rules'.
  { sentence: 'The council, which approved the ban on Wednesday, said the new rules take effect on Monday.' },
  { sentence: 'Bristol City Council said the new bus depot at Avonmouth could be ready by 2031.', flagged: '2031 → 2029' },
  { sentence: 'Bristol City Council said the new bus depot at Avonmouth could be ready by 2029.' },
  // Ready for something else on another day is no readiness of the depot.
  { sentence: 'Drivers said on Thursday they were ready to pay the charge.' },
];

for (const { sentence, flagged } of RULES_PROBES) {
  test(`rules: ${flagged ? `flags ${flagged}` : 'clean'}: ${sentence}`, () => {
    assert.deepEqual(dateFindings(checkerOf(EN_RULES_ARTICLE, 'en'), sentence), flagged ? [flagged] : []);
  });
}

/** An Arabic article: a convoy that will set out on a day, and works that "set out" (began) in a month (invented). */
const AR_CONVOY_ARTICLE = [
  'أربيل، الاثنين 7 ديسمبر 2026 - وصلت قافلة تضم 60 حافلة تقل عائلات نازحة اليوم الاثنين إلى مدينة الموصل.',
  '',
  'ومن المقرر أن تنطلق القافلة الثالثة يوم الجمعة 11 ديسمبر من مدينة أربيل إلى مدينة الموصل.',
  '',
  'وانطلقت أعمال ترميم المدارس في مدينة الموصل في أكتوبر 2026.',
  '',
].join('\n');

/**
 * Drafts of the convoy: a verb of setting out whose subject is a convoy or a craft names its
 * departure in English (leaves, departs); the same verb of works (انطلقت الأعمال: began) does not,
 * and another traveller's departure is not the convoy's.
 */
const CONVOY_PROBES: Probe[] = [
  { sentence: 'The third convoy leaves Erbil for Mosul on Saturday, December 12.', flagged: '12 → 11' },
  { sentence: 'The third convoy leaves Erbil for Mosul on Friday, December 11.' },
  { sentence: 'The governor of Erbil leaves for Mosul on Saturday, December 12.' },
  // Another event's date in the same sentence: the works' month beside the convoy's day.
  { sentence: 'Restoration work on the schools in Mosul began in October 2026, and the third convoy leaves Erbil for Mosul on Friday, December 11.' },
];

for (const { sentence, flagged } of CONVOY_PROBES) {
  test(`convoy: ${flagged ? `flags ${flagged}` : 'clean'}: ${sentence}`, () => {
    assert.deepEqual(dateFindings(checkerOf(AR_CONVOY_ARTICLE, 'ar'), sentence), flagged ? [flagged] : []);
  });
}

/** An Arabic article whose hospital bears a person's name (ابن سينا), a piece of which is no event's word (invented). */
const AR_NAMED_HOSPITAL_ARTICLE = [
  'الرباط، الاثنين 14 ديسمبر 2026 - دخل أطباء مستشفى ابن سينا في الرباط اليوم الاثنين في إضراب عن العمل.',
  '',
].join('\n');

/** Drafts of the hospital: another event there on another day is not the strike's; the strike's own day still is. */
const NAMED_HOSPITAL_PROBES: Probe[] = [
  { sentence: 'وافتتح مستشفى ابن سينا في الرباط قسماً جديداً للأطفال يوم الأربعاء 16 ديسمبر.' },
  // The strike itself on a wrong day (found before too: a guard).
  { sentence: 'ودخل أطباء مستشفى ابن سينا في الرباط في إضراب عن العمل يوم الثلاثاء 15 ديسمبر.', flagged: '15 → 14' },
];

for (const { sentence, flagged } of NAMED_HOSPITAL_PROBES) {
  test(`named hospital: ${flagged ? `flags ${flagged}` : 'clean'}: ${sentence}`, () => {
    assert.deepEqual(dateFindings(checkerOf(AR_NAMED_HOSPITAL_ARTICLE, 'ar'), sentence), flagged ? [flagged] : []);
  });
}

/**
 * An Arabic article whose date from a starting point has no verb to come before it, only a verbal
 * noun of purpose («اتفاقاً لتوريد الأسمدة … ابتداءً من عام 2029»): the adverb stays a word of the
 * event, as before this session, so a draft that gives the supply another first year is still
 * compared (integration of session 34; invented).
 */
const AR_SUPPLY_ARTICLE = [
  'صفاقس، الاثنين 14 ديسمبر 2026 - ووقّعت شركة الواحة للأسمدة، التي تنتج نحو 300 ألف طن سنوياً، اتفاقاً أولياً لتوريد الأسمدة إلى تعاونيات الجنوب ابتداءً من عام 2029.',
  '',
].join('\n');

const SUPPLY_PROBES: Probe[] = [
  { sentence: 'وقالت شركة الواحة إنها ستورّد الأسمدة إلى تعاونيات الجنوب ابتداءً من 2027.', flagged: '2027 → 2029' },
  { sentence: 'وقالت شركة الواحة إنها ستورّد الأسمدة إلى تعاونيات الجنوب ابتداءً من 2029.' },
];

for (const { sentence, flagged } of SUPPLY_PROBES) {
  test(`Arabic article, a starting point with no verb to come: ${flagged ? `flags ${flagged}` : 'clean'}: ${sentence}`, () => {
    assert.deepEqual(dateFindings(checkerOf(AR_SUPPLY_ARTICLE, 'ar'), sentence), flagged ? [flagged] : []);
  });
}

/**
 * A noun resumed whose first letter looks like a clitic (فتح, بناء) is read as written: «أعادت …
 * فتح المعبر» is a reopening (review of session 34; invented).
 */
const AR_CROSSING_ARTICLE = [
  'الرمثا، الأربعاء 9 ديسمبر 2026 - أعادت السلطات الأردنية يوم الثلاثاء 8 ديسمبر فتح معبر الحديقة الحدودي بعد إغلاق دام ثلاثة أسابيع.',
  '',
].join('\n');

test('Arabic article, a reopening: the event is drawn with «فتح» whole and the English "reopened"', () => {
  const events = (drawFactBase(AR_CROSSING_ARTICLE, { lang: 'ar' }).factBase as unknown as { events: { triggers?: { ar?: string[]; en?: string[] } }[] }).events;
  const triggers = events.flatMap((event) => [...(event.triggers?.ar ?? []), ...(event.triggers?.en ?? [])]);
  assert.ok(triggers.includes('فتح') && triggers.includes('reopened'), JSON.stringify(triggers));
});
