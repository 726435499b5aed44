/**
 * Numbers of drawn fact bases, probed by helper dnumbers34 before the changes that serve them: a
 * length before the way it measures (a 160 km detour, «طريقاً التفافياً بطول 160 كيلومتراً»),
 * which drawing tied to its unit word, so that a restatement of the detour's length was compared
 * with another length of the article; a length along a stretch of road (along a 4 km stretch, «على
 * امتداد 4 كيلومترات»); a sum contributed or bid for (contributed £12 million, would bid for £3
 * million, «وساهمت الحكومة بـ12 مليون دينار»), which drawing dropped for want of a noun; a sum raised
 * in donations («80 ألف دينار تبرعات»); and the countries a count of people came from (900 runners
 * from 14 countries, «900 عدّاء من 14 دولة»); and a noun an English article counts three times,
 * twice with a verb in the passive after it (60 prisoners were transferred, 120 prisoners were
 * enrolled), whose figures drawing left as one noun of several values. Invented articles: a harbour
 * bridge reopened in Oban (`ferry-pier-oban34.en.txt`) and in Sfax (`bridge-sfax34.ar.txt`), and
 * an inspection of a jail in Leeds (`jail-leeds34.en.txt`); the figures are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type DrawnQuantity, type RuleProbe } from './drawProbeChecks';
import { createChecker, parseFactBase } from '../../engine/src/index';

const AR = 'bridge-sfax34.ar.txt';
const EN = 'ferry-pier-oban34.en.txt';
const JAIL = 'jail-leeds34.en.txt';
/** An invented flood in Cork whose helpline took a count of calls: a noun the count table lacked. */
const CALLS = 'helpline-cork34.en.txt';

/** The drawn quantity of a value and unit. */
function quantity(file: string, value: number, unit: string): DrawnQuantity | undefined {
  return drawnQuantities(readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8')).find((q) => q.value === value && q.unit === unit);
}

for (const file of [AR, EN]) {
  test(`${file}: the detour's length is the detour's, in both languages`, () => {
    const detour = quantity(file, 160, 'km');
    assert.ok(detour?.noun?.en?.includes('detour'), JSON.stringify(detour));
    assert.ok(detour?.noun?.ar?.includes('طريق التفافي'), JSON.stringify(detour));
  });

  test(`${file}: the stretch of road closed is a length`, () => {
    const stretch = quantity(file, 4, 'km');
    assert.ok(stretch?.noun?.ar?.includes('امتداد'), JSON.stringify(stretch));
  });

  test(`${file}: the sum contributed is drawn with the contribution's words`, () => {
    const contribution = quantity(file, 12_000_000, 'money');
    assert.ok(contribution?.noun?.ar?.includes('ساهمت') && contribution.noun.en?.includes('contributed'), JSON.stringify(contribution));
  });

  test(`${file}: the sum raised in donations is the donations'`, () => {
    const donations = quantity(file, 80_000, 'money');
    assert.ok(donations?.noun?.ar?.includes('تبرعات') && donations.noun.en?.includes('donations'), JSON.stringify(donations));
  });

  test(`${file}: the countries the runners came from are counted`, () => {
    assert.ok(quantity(file, 14, 'count')?.noun?.en?.includes('countries'));
  });
}

test(`${EN}: the sum a body would bid for is drawn as asked`, () => {
  const bid = quantity(EN, 3_000_000, 'money');
  assert.ok(bid?.noun?.en?.includes('bid'), JSON.stringify(bid));
});

test(`${JAIL}: each count of a noun counted thrice keeps its own figure, told apart by the verb after it`, () => {
  for (const value of [850, 60, 120]) assert.ok(quantity(JAIL, value, 'count')?.noun?.en?.includes('prisoners'), String(value));
});

const PROBES: RuleProbe[] = [
  // Calls are counted, in either language.
  { file: CALLS, sentence: 'The helpline took 6,200 calls on Sunday.', flagged: '6,200' },
  { file: CALLS, sentence: 'وتلقى خط المساعدة الخاص بالفيضانات 6200 مكالمة يوم الأحد مع فيضان نهر لي.', flagged: '6200' },
  { file: CALLS, sentence: 'The helpline took 2,600 calls on Sunday.' },
  { file: CALLS, sentence: 'وتلقى خط المساعدة الخاص بالفيضانات 2600 مكالمة يوم الأحد مع فيضان نهر لي.' },
  // A count told apart by its verb is compared with that verb's figure only.
  { file: JAIL, sentence: 'Inspectors found HMP Armley holding 580 prisoners.', flagged: '580' },
  { file: JAIL, sentence: 'Inspectors found HMP Armley holding 850 prisoners.' },
  { file: JAIL, sentence: 'About 70 prisoners were transferred to HMP Wakefield.', flagged: '70' },
  { file: JAIL, sentence: 'About 60 prisoners were transferred to HMP Wakefield.' },
  { file: JAIL, sentence: '210 prisoners were enrolled on education courses.', flagged: '210' },
  { file: JAIL, sentence: '120 prisoners were enrolled on education courses.' },
  // The detour's length restated is not compared with the bridge's, in either language.
  { file: EN, sentence: '- **160 كيلومتراً** طول الطريق الالتفافي عبر فورت ويليام.' },
  { file: EN, sentence: 'Lorries took a 160 km detour through Fort William.' },
  { file: EN, sentence: 'Lorries took a 95 km detour through Fort William.', flagged: '95' },
  { file: AR, sentence: 'كانت الشاحنات تسلك طريقاً التفافياً بطول 160 كيلومتراً.' },
  // The stretch closed.
  { file: EN, sentence: 'Police closed the harbour road along a 9 km stretch.', flagged: '9' },
  { file: AR, sentence: 'وأغلقت الشرطة الطريق الساحلية على امتداد 9 كيلومترات.', flagged: '9 كيلومترات' },
  { file: AR, sentence: 'وأغلقت الشرطة الطريق الساحلية على امتداد 4 كيلومترات.' },
  // The sum contributed, in another amount or restated.
  { file: EN, sentence: 'The Scottish Government contributed £15 million towards the repairs.', flagged: '£15 million' },
  { file: EN, sentence: 'The Scottish Government contributed £12 million towards the repairs.' },
  { file: EN, sentence: 'وساهمت الحكومة الاسكتلندية بـ15 مليون جنيه إسترليني في الإصلاحات.', flagged: '15 مليون جنيه إسترليني' },
  // The sum bid for.
  { file: EN, sentence: 'The harbour trust will bid for £5 million to rebuild the waiting room.', flagged: '£5 million' },
  { file: EN, sentence: 'The harbour trust will bid for £3 million to rebuild the waiting room.' },
  // The sum bid for, restated in Arabic with the verb and its object's pronoun (ستطلبها) after the sum.
  { file: EN, sentence: '- **3 ملايين دولار** ستطلبها هيئة الميناء لإعادة بناء قاعة الانتظار.', flagged: '3 ملايين دولار' },
  { file: EN, sentence: '- **3 ملايين جنيه إسترليني** ستطلبها هيئة الميناء لإعادة بناء قاعة الانتظار.' },
  // The donations.
  { file: EN, sentence: 'The runners raised £60,000 in donations for the lifeboat station.', flagged: '£60,000' },
  // The countries.
  { file: AR, sentence: 'وشارك في السباق 900 عدّاء من 41 دولة.', flagged: '41' },
  // Traps: another sum and another length keep their own nouns.
  { file: EN, sentence: 'The council spent £7 million on the seafront last year.' },
  { file: EN, sentence: 'The harbour bridge is 1.4 km long.' },
  { file: AR, sentence: 'ويبلغ طول الجسر 1.4 كيلومتر.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);

/**
 * A clock time at the head of a live blog's entry (**06:15** - the first car crosses) counts
 * nothing: its minutes are no count of the noun after them, in a draft of either language, when
 * the fact base gives the event of that time and a daily count of the noun. An invented story and
 * fact base: a bridge over the Clyde opened at 6.15am, which carries 3,200 vehicles a day.
 */
const BRIDGE = 'Clyde bridge opens\n\nGLASGOW, Friday 6 March 2026 - The first car crossed the new Clyde bridge at 6.15am on Friday. The bridge carries 3,200 vehicles a day.\n';
const span = (text: string) => ({ start: BRIDGE.indexOf(text), end: BRIDGE.indexOf(text) + text.length, text });
const BRIDGE_BASE = {
  schemaVersion: 2,
  id: 'clyde-bridge',
  title: 'Clyde bridge opens',
  source: { file: 'article.en.txt', lang: 'en', published: '2026-03-06' },
  events: [
    {
      id: 'first-car',
      names: { ar: ['عبور أول سيارة الجسر'], en: ["the first car's crossing"] },
      triggers: { ar: ['أول سيارة', 'عبرت'], en: ['first car', 'crossed'] },
      date: { year: 2026, month: 3, day: 6, weekday: 'fri', time: '06:15', partOfDay: 'morning' },
      participants: [],
      evidence: [span('The first car crossed the new Clyde bridge at 6.15am on Friday')],
    },
  ],
  quantities: [{ id: 'traffic', value: 3200, unit: 'count', noun: { ar: ['سيارة', 'مركبة'], en: ['vehicles', 'cars'] }, qualifier: { ar: ['يومياً'], en: ['day'] }, evidence: [span('carries 3,200 vehicles a day')] }],
};
const bridgeChecker = createChecker([parseFactBase(JSON.stringify(BRIDGE_BASE), 'clyde.factbase.json', BRIDGE).factBase!], { scope: 'all' });
const quantityFindings = (text: string) => bridgeChecker.check(text).findings.filter((finding) => finding.ruleId === 'quantity').map((finding) => text.slice(finding.range.start, finding.range.end));
for (const sentence of ['**06:15** - أول سيارة تعبر الجسر.', '**06:15** - The first car crosses the bridge.']) {
  test(`a clock time counts no cars: ${sentence}`, () => assert.deepEqual(quantityFindings(sentence), []));
}
test('a wrong daily count of vehicles beside a clock time is still flagged', () => {
  assert.deepEqual(quantityFindings('**06:15** - The bridge carries 2,300 vehicles a day.'), ['2,300']);
});
