/**
 * Fractions said for a percentage ("two-thirds of", "half of", «ربع», «ثلثا», «نصف»), on an invented
 * story in both languages (a nurses' strike ballot: turnout 58 per cent, 74 per cent in favour, 26
 * per cent working part-time) and the dev story ar-education (a pass rate of 41.27 per cent): a
 * fraction tied to a percentage fact is compared with it as a rounding (half is 45 to 55 per cent),
 * or as a bound with its hedge (more than half, «أقل من نصف»), and flagged when it is clearly off.
 * A fraction is never a count: "three-quarters of households" counts no three households, "one in
 * four households" no four; and a fraction of a period or a unit (the first half of the year,
 * «ربع ساعة») is no share.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker, fixtureFactBase } from './helpers';
import { createChecker, type Checker } from '../../engine/src/index';

const ENGLISH = [
  'Nurses in Wales vote to strike',
  'CARDIFF, Tuesday 1 December 2026 - Nurses in Wales have voted to strike over pay, the Royal College of Nursing said on Tuesday.',
  'Turnout in the ballot was 58 per cent, and 74 per cent of those who voted backed strike action.',
  'About 26 per cent of nurses in Wales work part-time, the college said.',
].join('\n\n');

const ARABIC = [
  'ممرضات ويلز يصوتن لصالح الإضراب',
  'كارديف – الثلاثاء 1 ديسمبر 2026 – صوّت الممرضون في ويلز لصالح الإضراب بسبب الأجور، بحسب الكلية الملكية للتمريض يوم الثلاثاء.',
  'وبلغت نسبة المشاركة في الاقتراع 58 في المئة، وأيد 74 في المئة من المصوتين الإضراب.',
  'ويعمل نحو 26 في المئة من الممرضين في ويلز بدوام جزئي، بحسب الكلية.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'wales-nurses',
    published: '2026-12-01',
    facts: (own) => ({
      places: [{ id: 'wales', names: { en: ['Wales'], ar: ['ويلز'] }, kind: 'country', evidence: own('Wales', 'ويلز') }],
      quantities: [
        { id: 'turnout', value: 58, unit: 'percent', noun: { en: ['turnout'], ar: ['المشاركة', 'مشاركة'] }, evidence: own('Turnout in the ballot was 58 per cent', 'نسبة المشاركة في الاقتراع 58 في المئة') },
        { id: 'backing', value: 74, unit: 'percent', noun: { en: ['backed', 'voted'], ar: ['أيد', 'المصوتين'] }, evidence: own('74 per cent of those who voted backed strike action', 'أيد 74 في المئة من المصوتين الإضراب') },
        { id: 'part-time', value: 26, unit: 'percent', approx: 'about', noun: { en: ['part-time'], ar: ['جزئي'] }, evidence: own('About 26 per cent of nurses in Wales work part-time', 'نحو 26 في المئة من الممرضين في ويلز بدوام جزئي') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });
const fire = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });

/** The quantity findings of a draft as the text each flags. */
function flagged(checker: Checker, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'quantity')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
}

test('an English fraction clearly off the percentage it restates is flagged', () => {
  assert.deepEqual(english('Half of nurses in Wales work part-time.'), ['quantity: Half → ']);
  assert.deepEqual(english('Two-thirds of those who voted backed strike action.'), ['quantity: Two-thirds → ']);
  assert.deepEqual(english('Turnout in the ballot was less than half.'), ['quantity: half → ']);
});

test('an English fraction that rounds or bounds the percentage stays clean', () => {
  assert.deepEqual(english('About a quarter of nurses in Wales work part-time.'), []);
  assert.deepEqual(english('Three-quarters of those who voted backed strike action.'), []);
  assert.deepEqual(english('More than half of those who voted backed strike action.'), []);
  assert.deepEqual(english('Turnout in the ballot was more than half.'), []);
  assert.deepEqual(english('Nearly three in five nurses took part in the ballot, and almost three-quarters of those who voted backed strike action.'), []);
});

test('an Arabic fraction clearly off the percentage it restates is flagged', () => {
  assert.deepEqual(arabic('ويعمل نصف الممرضين في ويلز بدوام جزئي.'), ['quantity: نصف → ']);
  assert.deepEqual(arabic('وأيد ثلثا المصوتين الإضراب.'), ['quantity: ثلثا → ']);
  assert.deepEqual(flagged(education, 'نجح ثلث المترشحين فقط في البكالوريا هذا العام.'), ['ثلث']);
  assert.deepEqual(flagged(education, 'بلغت نسبة النجاح في البكالوريا هذا العام الثلث.'), ['الثلث']);
});

test('an Arabic fraction that rounds or bounds the percentage stays clean', () => {
  assert.deepEqual(arabic('ويعمل نحو ربع الممرضين في ويلز بدوام جزئي.'), []);
  assert.deepEqual(arabic('وأيد ثلاثة أرباع المصوتين الإضراب.'), []);
  assert.deepEqual(arabic('وأيد أكثر من نصف المصوتين الإضراب.'), []);
  assert.deepEqual(flagged(education, 'نجح أقل من نصف المترشحين في البكالوريا هذا العام.'), []);
  // A fraction that glosses a percentage of its sentence is that percentage's, not the pass rate's.
  assert.deepEqual(flagged(education, 'وسجلت ولاية قبلي أدنى نسبة نجاح بـ24.9 في المئة، أي أقل من ربع المترشحين.'), []);
});

test('a fraction is never a count', () => {
  assert.deepEqual(flagged(fire, 'Three-quarters of households were forced from their homes by the fire.'), []);
  assert.deepEqual(flagged(fire, 'Two-thirds of the employees were at the site when the fire broke out.'), []);
  assert.deepEqual(flagged(education, 'وحضر ثلاثة أرباع الأساتذة إلى مراكز الإصلاح.'), []);
  assert.deepEqual(flagged(fire, 'One in four households had to leave their homes because of the fire.'), []);
});

test('a fraction of a period or a unit is no share of the percentage', () => {
  assert.deepEqual(english('In the first half of the year, turnout in ballots was 58 per cent.'), []);
  assert.deepEqual(english('Half of the year passed before the ballot, and turnout was 58 per cent.'), []);
  assert.deepEqual(arabic('وفي النصف الأول من العام بلغت نسبة المشاركة 58 في المئة.'), []);
  assert.deepEqual(arabic('وصوّت الممرضون خلال ربع ساعة، وبلغت نسبة المشاركة 58 في المئة.'), []);
});
