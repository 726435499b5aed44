/**
 * A day tied to a verb of saying or announcing is a statement's day (session 34). The stories are
 * invented: ferry crews at Brodick will walk out, their union said on Tuesday, after it announced
 * on Monday the result of a ballot; a water authority said on Wednesday a dam is full, and its
 * minister, who flew in on Tuesday, announced new funds.
 *
 * - A draft that gives the announcing verb the day the article gives a statement by a verb of
 *   saying (said on Tuesday) restates that statement: the day is no wrong day of the ballot's
 *   announcement, in both languages and with a drawn or an editor's fact base.
 *
 * Must be flagged: the announcing verb given a day on which the article reports no statement.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, parseFactBase, type FactBaseData } from '../../engine/src/index';
import { drawFactBase } from '../../engine/src/draw/index';
import { citer, loadTestFactBase } from './helpers';

const FERRY_EN = [
  'Ferry crews at Brodick to strike',
  'BRODICK, Scotland, Tuesday 10 November 2026',
  'About 120 ferry crew members at Brodick will stop work for four days from Monday 23 November after rejecting a pay offer of 2 per cent, the Harbour Workers Union said on Tuesday.',
  'The union announced on Monday that 91 per cent of members who voted had backed the action.',
].join('\n\n');

const FERRY_AR = [
  'إضراب طواقم العبارات في برودك',
  'برودك، الثلاثاء 10 نوفمبر 2026',
  'قالت نقابة عمال الموانئ يوم الثلاثاء إن نحو 120 من أفراد طواقم العبارات في برودك سيتوقفون عن العمل أربعة أيام اعتباراً من الاثنين 23 نوفمبر بعد رفضهم عرضاً لزيادة الأجور بنسبة 2 في المئة.',
  'وأعلنت النقابة يوم الاثنين أن 91 في المئة من الأعضاء المصوتين أيدوا الإضراب.',
].join('\n\n');

const drawn = (article: string) => parseFactBase(JSON.stringify(drawFactBase(article, { published: '2026-11-10' }).factBase), 'probe.factbase.json', article).factBase!;

const findingsWith = (factBase: FactBaseData) => {
  const checker = createChecker([factBase], { scope: 'all' });
  return (body: string) => {
    const draft = `---\ndate: 2026-11-10\n---\n\n${body}\n`;
    return checker
      .check(draft)
      .findings.filter((finding) => finding.ruleId === 'event-date')
      .map((finding) => draft.slice(finding.range.start, finding.range.end));
  };
};

const fromEnglish = findingsWith(drawn(FERRY_EN));
const fromArabic = findingsWith(drawn(FERRY_AR));

const cite = citer(FERRY_EN);

function ferryEditor(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'brodick-ferries',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-11-10' },
    places: [{ id: 'brodick', names: { en: ['Brodick'], ar: ['برودك'] }, kind: 'city', evidence: cite('Brodick') }],
    organisations: [{ id: 'union', names: { en: ['the Harbour Workers Union'], ar: ['نقابة عمال الموانئ'] }, kind: 'union', evidence: cite('the Harbour Workers Union') }],
    events: [
      {
        id: 'strike',
        names: { en: ['the ferry strike'], ar: ['إضراب العبارات'] },
        triggers: { en: ['stop work', 'strike'], ar: ['سيتوقفون عن العمل', 'إضراب'] },
        date: { year: 2026, month: 11, day: 23, end: { year: 2026, month: 11, day: 26 } },
        place: 'brodick',
        evidence: cite('About 120 ferry crew members at Brodick will stop work for four days from Monday 23 November after rejecting a pay offer of 2 per cent, the Harbour Workers Union said on Tuesday.'),
      },
      {
        id: 'ballot',
        names: { en: ['the announcement of the ballot result'], ar: ['إعلان نتيجة التصويت'] },
        triggers: { en: ['announced'], ar: ['أعلنت', 'أعلن'] },
        date: { year: 2026, month: 11, day: 9, weekday: 'mon', relative: 'on Monday' },
        evidence: cite('The union announced on Monday that 91 per cent of members who voted had backed the action.'),
      },
    ],
  };
  return loadTestFactBase(data, 'brodick-ferries.factbase.json', FERRY_EN);
}

const fromEditor = findingsWith(ferryEditor());

const TRUE_AR = 'أعلنت نقابة عمال الموانئ الثلاثاء أن نحو 120 من أفراد طواقم العبارات في برودك سيتوقفون عن العمل أربعة أيام اعتباراً من الاثنين 23 نوفمبر، بعد رفضهم زيادة في الأجور بنسبة 2 في المئة.';
const WRONG_AR = TRUE_AR.replace('الثلاثاء', 'الجمعة');
const TRUE_EN = 'The Harbour Workers Union announced on Tuesday that about 120 ferry crew members at Brodick will stop work for four days from Monday 23 November after rejecting a pay offer of 2 per cent.';
const WRONG_EN = TRUE_EN.replace('on Tuesday', 'on Friday');

test('the announcing verb given the day of the article\'s statement is not flagged', () => {
  for (const [name, findings] of Object.entries({ fromEnglish, fromArabic, fromEditor })) {
    assert.deepEqual(findings(TRUE_AR), [], `${name}: ${TRUE_AR}`);
    assert.deepEqual(findings(TRUE_EN), [], `${name}: ${TRUE_EN}`);
  }
});

test('the announcing verb given a day of no statement is still flagged', () => {
  for (const [name, findings] of Object.entries({ fromEnglish, fromEditor })) {
    assert.deepEqual(findings(WRONG_AR), ['الجمعة'], `${name}: ${WRONG_AR}`);
    assert.deepEqual(findings(WRONG_EN), ['Friday'], `${name}: ${WRONG_EN}`);
  }
});

const DAM_EN = [
  'Kelder dam full for the first time in a decade',
  'The Kelder reservoir reached 100 per cent of its capacity, the Water Institute said on Wednesday.',
  'Water minister Rosa Lind, who flew to Kelder on Tuesday, announced 40 million euros for new pipes.',
].join('\n\n');

const fromDam = findingsWith(drawn(DAM_EN));

test('an attribution («بحسب ما أعلن … يوم الأربعاء») on the statement\'s day is not flagged; on another day it is', () => {
  assert.deepEqual(fromDam('امتلأ خزان كيلدر بنسبة 100 في المئة، بحسب ما أعلن معهد المياه يوم الأربعاء.'), []);
  assert.deepEqual(fromDam('The Kelder reservoir is 100 per cent full, the Water Institute announced on Wednesday.'), []);
  assert.deepEqual(fromDam('وأعلنت وزيرة المياه روزا ليند، التي وصلت إلى كيلدر الثلاثاء، تخصيص 40 مليون يورو لأنابيب جديدة.'), []);
  assert.deepEqual(fromDam('وأعلنت وزيرة المياه روزا ليند، التي وصلت إلى كيلدر الجمعة، تخصيص 40 مليون يورو لأنابيب جديدة.'), ['الجمعة']);
});
