/**
 * The slots of an event's date beyond year, month and day, on an invented story (a bridge opened
 * in Amman) so that no corpus sentence is involved: the clock time's fix in the draft's own style
 * (words stay words where words can say the time), the part of the day, the end of a range, and a
 * weekday the article gives without a date. Each mechanism has a near miss that must check clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'جسر وادي الرمل يفتح أمام السيارات',
  'عمّان – السبت 12 تشرين الأول/أكتوبر 2024',
  'افتتحت وزيرة الأشغال هالة النمري صباح الخميس جسر وادي الرمل الجديد عند الساعة التاسعة والنصف.',
  'وأغلقت السلطات الطريق الصحراوي من 1 إلى 5 تشرين الأول/أكتوبر لإجراء أعمال الصيانة.',
  'وكان المهندسون قد أنهوا اختبارات التحميل يوم الثلاثاء.',
  'وستعبر أول قافلة شاحنات الجسر مساء الأحد.',
].join('\n\n');

const cite = citer(ARTICLE);

function bridge(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'amman-bridge',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2024-10-12' },
    people: [{ id: 'nimri', names: { ar: ['هالة النمري'], en: ['Hala Nimri'] }, short: { ar: ['النمري'], en: ['Nimri'] }, gender: 'f', evidence: cite('هالة النمري') }],
    posts: [{ id: 'nimri-minister', holder: 'nimri', role: 'minister', title: { ar: ['وزيرة الأشغال'], en: ['Public Works Minister'] }, evidence: cite('وزيرة الأشغال هالة النمري') }],
    places: [{ id: 'amman', names: { ar: ['عمّان'], en: ['Amman'] }, kind: 'city', evidence: cite('عمّان') }],
    events: [
      {
        id: 'opening',
        names: { ar: ['افتتاح الجسر'], en: ['the opening of the bridge'] },
        triggers: { ar: ['افتتحت', 'افتتاح'], en: ['opened', 'opening'] },
        participants: ['nimri'],
        date: { year: 2024, month: 10, day: 10, weekday: 'thu', time: '09:30', partOfDay: 'morning' },
        evidence: cite('افتتحت وزيرة الأشغال هالة النمري صباح الخميس جسر وادي الرمل الجديد عند الساعة التاسعة والنصف'),
      },
      {
        id: 'closure',
        names: { ar: ['إغلاق الطريق الصحراوي'], en: ['the closure of the desert road'] },
        triggers: { ar: ['أغلقت', 'إغلاق'], en: ['closed', 'closure'] },
        date: { year: 2024, month: 10, day: 1, end: { year: 2024, month: 10, day: 5 } },
        evidence: cite('وأغلقت السلطات الطريق الصحراوي من 1 إلى 5 تشرين الأول/أكتوبر'),
      },
      {
        id: 'tests',
        names: { ar: ['اختبارات التحميل'], en: ['the load tests'] },
        triggers: { ar: ['أنهوا'], en: ['finished', 'completed'] },
        date: { year: 2024, month: 10, weekday: 'tue' },
        evidence: cite('وكان المهندسون قد أنهوا اختبارات التحميل يوم الثلاثاء'),
      },
      {
        id: 'convoy',
        names: { ar: ['عبور أول قافلة شاحنات'], en: ['the first lorry convoy'] },
        triggers: { ar: ['ستعبر', 'تعبر', 'عبرت'], en: ['cross', 'crossed'] },
        date: { year: 2024, month: 10, day: 13, weekday: 'sun', partOfDay: 'evening' },
        evidence: cite('وستعبر أول قافلة شاحنات الجسر مساء الأحد'),
      },
    ],
  };
  return loadTestFactBase(data, 'amman-bridge.factbase.json', ARTICLE);
}

const checker = () => createChecker([bridge()], { scope: 'all' });
const findings = (draft: string) => checker().check(draft).findings.map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`);
/** The text the first finding's fix writes. */
const fixOf = (draft: string) => checker().check(draft).findings[0]?.fixes[0]?.edits[0]?.text;

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(checker().check(ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
});

test('a wrong clock time is fixed in the draft\'s own style: words where words can say it, else digits', () => {
  const ar = 'افتتحت الوزيرة هالة النمري الجسر عند الساعة العاشرة صباحاً.';
  assert.deepEqual(findings(ar), ['event-date: الساعة العاشرة صباحاً']);
  assert.equal(fixOf(ar), 'التاسعة والنصف');
  assert.equal(fixOf('افتتحت الوزيرة هالة النمري الجسر عند الساعة العاشرة والربع صباحاً.'), 'التاسعة والنصف');
  const en = 'Minister Hala Nimri opened the bridge at ten o\'clock in the morning.';
  assert.deepEqual(findings(en), ['event-date: ten o\'clock in the morning']);
  assert.equal(fixOf(en), 'half past nine');
  assert.equal(fixOf('Minister Hala Nimri opened the bridge at a quarter past ten in the morning.'), 'half past nine');
  assert.equal(fixOf('Minister Hala Nimri opened the bridge at 10am.'), '9:30');
  assert.equal(fixOf('Minister Hala Nimri opened the bridge at 10:15.'), '09:30'.slice(1));
  // A fix that would have to change the part of the day too is not offered.
  const evening = 'افتتحت الوزيرة هالة النمري الجسر عند الساعة العاشرة مساءً.';
  assert.deepEqual(findings(evening), ['event-date: الساعة العاشرة مساءً']);
  assert.equal(fixOf(evening), undefined);
  // Near misses: the article's time in words and digits, and a quarter that is a share, not a time.
  assert.deepEqual(findings('Minister Hala Nimri opened the bridge at half past nine on Thursday.'), []);
  assert.deepEqual(findings('افتتحت الوزيرة هالة النمري الجسر عند الساعة 9:30 صباحاً.'), []);
  assert.deepEqual(findings('Minister Hala Nimri opened the bridge, which cut journeys by a quarter to three million drivers.'), []);
});

test('a weekday is compared with the weekday the article gives an event without its date', () => {
  const ar = 'وكان المهندسون قد أنهوا اختبارات التحميل يوم الاثنين.';
  assert.deepEqual(findings(ar), ['event-date: الاثنين']);
  assert.equal(fixOf(ar), 'الثلاثاء');
  assert.match(checker().check(ar).findings[0]!.message, /الثلاثاء/);
  assert.deepEqual(findings('The engineers had completed the load tests on Monday.'), ['event-date: Monday']);
  // Near misses: the article's weekday, and a relative day, which says nothing against a weekday alone.
  assert.deepEqual(findings('وكان المهندسون قد أنهوا اختبارات التحميل يوم الثلاثاء.'), []);
  assert.deepEqual(findings('وكان المهندسون قد أنهوا اختبارات التحميل أمس.'), []);
});

test('the part of the day given with the event\'s weekday is compared with the article\'s', () => {
  const ar = 'وستعبر أول قافلة شاحنات الجسر صباح الأحد.';
  assert.deepEqual(findings(ar), ['event-date: صباح']);
  assert.equal(fixOf(ar), 'مساء');
  const en = 'Minister Hala Nimri opened the bridge on Thursday evening.';
  assert.deepEqual(findings(en), ['event-date: evening']);
  assert.equal(fixOf(en), 'morning');
  // Near misses: parts that meet (evening and night), the article's own part, a part given with
  // another weekday (the weekday's finding), and a part without a weekday.
  assert.deepEqual(findings('وستعبر أول قافلة شاحنات الجسر ليلة الأحد.'), []);
  assert.deepEqual(findings('Minister Hala Nimri opened the bridge on Thursday morning.'), []);
  assert.deepEqual(findings('وستعبر أول قافلة شاحنات الجسر صباح الاثنين.'), ['event-date: الاثنين']);
  assert.deepEqual(findings('وستعبر أول قافلة شاحنات الجسر في الصباح.'), []);
});
