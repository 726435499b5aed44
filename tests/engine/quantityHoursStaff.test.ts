/**
 * Durations in hours and minutes, and a count whose qualifier stands before its number ("employs
 * 85 people"), on an invented story in both languages (gales close a bridge in Wales): a draft's
 * hours or minutes that differ from the article's are flagged with a fix that agrees with the
 * number (nine hours, «تسع ساعات», a 9-hour closure), a sentence that restates the article's
 * sentence is compared though its noun stands far from its number, and near misses stay
 * unflagged: the true figure in other words, hours of something else, people who are not the
 * employees.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { bilingualChecker, citer, findingLines, loadTestFactBase } from './helpers';

const ENGLISH = [
  'Gales close Severn bridge for nine hours',
  'CARDIFF, Tuesday 8 December 2026 - National Highways closed the Prince of Wales Bridge between junctions 23 and 24 for 9 hours on Monday after gusts of 80 mph.',
  'The ambulance response to a crash on the approach road took 40 minutes, the Welsh Ambulance Service said.',
  'The ferry operator Channel Ferries, which employs 85 people at the port of Barry, cancelled all crossings.',
].join('\n\n');

const ARABIC = [
  'الرياح تغلق جسر سيفيرن تسع ساعات',
  'كارديف – الثلاثاء 8 ديسمبر 2026 – أغلقت هيئة الطرق الوطنية جسر أمير ويلز بين التقاطعين 23 و24 لمدة 9 ساعات يوم الاثنين بعد هبوب رياح بلغت سرعتها 80 ميلاً في الساعة.',
  'واستغرق وصول الإسعاف إلى حادث على الطريق المؤدي إلى الجسر 40 دقيقة، بحسب خدمة الإسعاف في ويلز.',
  'وألغت شركة العبّارات التي توظف 85 عاملاً في ميناء باري جميع رحلاتها.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'bridge',
    published: '2026-12-08',
    facts: (own) => ({
      places: [{ id: 'barry', names: { en: ['Barry'], ar: ['باري'] }, kind: 'city', evidence: own('Barry', 'باري') }],
      quantities: [
        { id: 'closure', value: 9, unit: 'hour', noun: { en: ['closure', 'closed'], ar: ['إغلاق', 'أغلقت', 'مغلقا'] }, evidence: own('for 9 hours', 'لمدة 9 ساعات') },
        { id: 'response', value: 40, unit: 'minute', noun: { en: ['response'], ar: ['وصول'] }, evidence: own('took 40 minutes', '40 دقيقة') },
        { id: 'staff', value: 85, unit: 'count', noun: { en: ['people', 'staff', 'workers'], ar: ['عاملا', 'عامل', 'موظفا', 'موظف'] }, qualifier: { en: ['employs'], ar: ['توظف', 'تشغل'] }, evidence: own('employs 85 people', 'توظف 85 عاملاً') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('English hours and minutes that differ from the article are flagged, with a fix that agrees', () => {
  assert.deepEqual(english('National Highways closed the Prince of Wales Bridge between junctions 23 and 24 for 14 hours on Monday.'), ['quantity: 14 hours → 9 hours']);
  assert.deepEqual(english('The bridge closure lasted 12 hours.'), ['quantity: 12 hours → 9 hours']);
  assert.deepEqual(english('Drivers faced a 12-hour closure.'), ['quantity: 12-hour → 9-hour']);
  assert.deepEqual(english('The closure lasted one hour.'), ['quantity: one hour → nine hours']);
  assert.deepEqual(english('The ambulance response took 55 minutes.'), ['quantity: 55 minutes → 40 minutes']);
});

test('English hours and minutes the article gives, or of something else, stay unflagged', () => {
  assert.deepEqual(english('The bridge was closed for nine hours on Monday.'), []);
  assert.deepEqual(english('The closure lasted 9 hours.'), []);
  assert.deepEqual(english('The ambulance response took 40 minutes.'), []);
  assert.deepEqual(english('Gusts of 80 mph blew for 14 hours.'), []);
  assert.deepEqual(english('Passengers waited 55 minutes for a bus.'), []);
});

test('Arabic hours and minutes that differ from the article are flagged, with a fix that agrees', () => {
  assert.deepEqual(arabic('أغلقت هيئة الطرق الوطنية جسر أمير ويلز بين التقاطعين 23 و24 لمدة 14 ساعة يوم الاثنين.'), ['quantity: 14 ساعة → 9 ساعات']);
  assert.deepEqual(arabic('استمر إغلاق الجسر 12 ساعة.'), ['quantity: 12 ساعة → 9 ساعات']);
  assert.deepEqual(arabic('استمر إغلاق الجسر ساعتين.'), ['quantity: ساعتين → تسع ساعات']);
  assert.deepEqual(arabic('استمر إغلاق الجسر سبع ساعات.'), ['quantity: سبع ساعات → تسع ساعات']);
  assert.deepEqual(arabic('استغرق وصول الإسعاف 55 دقيقة.'), ['quantity: 55 دقيقة → 40 دقيقة']);
});

test('Arabic hours and minutes the article gives, or of something else, stay unflagged', () => {
  assert.deepEqual(arabic('استمر إغلاق الجسر تسع ساعات.'), []);
  assert.deepEqual(arabic('استمر إغلاق الجسر 9 ساعات.'), []);
  assert.deepEqual(arabic('استغرق وصول الإسعاف 40 دقيقة.'), []);
  assert.deepEqual(arabic('هبت الرياح بسرعة 80 ميلاً في الساعة طوال 14 ساعة.'), []);
  assert.deepEqual(arabic('انتظر الركاب 55 دقيقة في المحطة.'), []);
});

test('a count whose qualifier stands before its number is compared, in both languages', () => {
  assert.deepEqual(english('The ferry operator employs 95 people at the port of Barry.'), ['quantity: 95 → 85']);
  assert.deepEqual(english('Channel Ferries employs about 95 staff.'), ['quantity: 95 → 85']);
  assert.deepEqual(arabic('توظف الشركة 95 عاملاً في ميناء باري.'), ['quantity: 95 → 85']);
});

test('the true count, and people who are not the employees, stay unflagged', () => {
  assert.deepEqual(english('Channel Ferries employs 85 people at the port of Barry.'), []);
  assert.deepEqual(english('About 95 people waited at the port of Barry.'), []);
  assert.deepEqual(english('The operator employs staff at three ports; 95 people were stranded.'), []);
  assert.deepEqual(arabic('توظف الشركة 85 عاملاً في ميناء باري.'), []);
  assert.deepEqual(arabic('انتظر 95 عاملاً في ميناء باري.'), []);
});

const MATCH = [
  'Rovers beat City 2-1',
  'BRISTOL, Saturday 5 December 2026 - Rovers beat City 2-1 after Ellis Jones scored the winning goal in the 67th minute, in a match delayed by 25 minutes because of fog.',
].join('\n\n');

function match() {
  const cite = citer(MATCH);
  const data = {
    schemaVersion: 2,
    id: 'match',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-12-05' },
    quantities: [
      { id: 'goal-minute', value: 67, unit: 'minute', noun: { en: ['goal', 'scored'] }, evidence: cite('scored the winning goal in the 67th minute') },
      { id: 'delay', value: 25, unit: 'minute', noun: { en: ['delayed', 'delay'] }, evidence: cite('delayed by 25 minutes') },
    ],
  };
  return findingLines(createChecker([loadTestFactBase(data, 'match.factbase.json', MATCH)], { scope: 'all' }), ['quantity']);
}

test('minutes are compared with a length the article gives, not with a moment of a match', () => {
  const check = match();
  assert.deepEqual(check('The match was delayed by 35 minutes because of fog.'), ['quantity: 35 minutes → 25 minutes']);
  assert.deepEqual(check('Ellis Jones scored the winning goal after 12 minutes.'), []);
  assert.deepEqual(check('Jones scored in the 80th minute after a 25-minute delay.'), []);
});

const RELIEF = [
  'Navy sent to flooded Barry',
  'BARRY, Sunday 6 December 2026 - About 200 Royal Navy sailors were sent to Barry on Sunday to help clear the flooded docks, and 35 RNLI volunteers searched the coast.',
].join('\n\n');

function relief() {
  const cite = citer(RELIEF);
  const data = {
    schemaVersion: 2,
    id: 'relief',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-12-06' },
    organisations: [
      { id: 'navy', kind: 'military', names: { en: ['Royal Navy'], ar: ['البحرية الملكية'] }, evidence: cite('Royal Navy') },
      { id: 'rnli', kind: 'ngo', names: { en: ['RNLI'], ar: ['هيئة الإنقاذ البحري'] }, evidence: cite('RNLI') },
    ],
    quantities: [
      { id: 'sailors', value: 200, unit: 'count', noun: { en: ['sailors'], ar: ['بحار', 'بحارا'] }, evidence: cite('About 200 Royal Navy sailors') },
      { id: 'volunteers', value: 35, unit: 'count', noun: { en: ['volunteers'], ar: ['متطوعا', 'متطوع'] }, evidence: cite('35 RNLI volunteers') },
    ],
  };
  return findingLines(createChecker([loadTestFactBase(data, 'relief.factbase.json', RELIEF)], { scope: 'all' }), ['quantity']);
}

test('a known name between a number and its noun leaves the count whole', () => {
  const check = relief();
  assert.deepEqual(check('About 300 Royal Navy sailors were sent to Barry.'), ['quantity: 300 → 200']);
  assert.deepEqual(check('Some 53 RNLI volunteers searched the coast.'), ['quantity: 53 → 35']);
  assert.deepEqual(check('About 200 Royal Navy sailors were sent to Barry.'), []);
  assert.deepEqual(check('In 2025 Royal Navy sailors were sent to Barry.'), []);
  assert.deepEqual(check('The RNLI has 53 lifeboats; its volunteers searched the coast.'), []);
});
