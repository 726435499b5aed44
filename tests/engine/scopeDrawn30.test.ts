/**
 * Probes of story detection with drawn fact bases: the public services named after the area they
 * serve. A police force, a fire and rescue service, an ambulance service or a civil defence is
 * named by its area (North Elmshire Police, «الدفاع المدني في محافظة وادي الريحان»): every story of
 * the area names it, so neither its name nor the area word of it ties a draft to one story. A draft
 * of another story of the same county, with the same police and fire service, gets nothing; a
 * draft of the story itself, naming its own company or site and its people, is still tied. The
 * articles and drafts are invented; the county, the towns and the companies do not exist.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnFactBase as drawn, tiedTo } from './scopeDrawnHelpers';
import { formWeight, SPECIFIC_WEIGHT } from '../../engine/src/scope/profile';
import { nameKeys } from '../../engine/src/knowledge';

describe('a public service named after its area is not specific to a story', () => {
  for (const name of ['North Elmshire Police', 'North Elmshire Fire and Rescue', 'Elmshire Ambulance Service', 'شرطة وادي الريحان', 'الدفاع المدني في وادي الريحان']) {
    test(`not specific: ${name}`, () => assert.ok(formWeight('organisation', nameKeys(name), false) < SPECIFIC_WEIGHT));
  }
  for (const name of ['Brackwell Mills', 'Harrowgate Recycling', 'شركة الريحان للألبان']) {
    test(`still specific: ${name}`, () => assert.ok(formWeight('organisation', nameKeys(name), false) >= SPECIFIC_WEIGHT));
  }
});

const FLOOD = `Floods close Brackwell Mills in Harrowfield

HARROWFIELD, Thursday 4 March 2027 - Floodwater closed the Brackwell Mills shopping centre in Harrowfield on Thursday, and North Elmshire Police said 40 homes on Tanning Lane had been evacuated overnight.

North Elmshire Fire and Rescue sent six crews to pump water from the centre. Centre manager Priya Dunmore said the Brackwell Mills site would stay shut until Monday.
`;

const BLAZE = `Fire guts Tollerby bakery in Harrowfield

HARROWFIELD, Sunday 21 March 2027 - A fire gutted the Tollerby bakery on Mill Street in Harrowfield early on Sunday, and Elmshire Fire and Rescue Service said the owner was being treated for smoke inhalation.

Five crews fought the blaze for three hours. Watch manager Colin Ashdown said the cause was not yet known.
`;

describe('two stories of one county (drawn English fact bases)', () => {
  const flood = drawn(FLOOD, 'flood', 'en');
  const blaze = drawn(BLAZE, 'blaze', 'en');
  test('tied: a draft of the flood naming the shopping centre and its manager', () =>
    assert.ok(tiedTo(flood, 'Priya Dunmore said Brackwell Mills would reopen on Monday after the flood.')));
  test('tied: a draft of the fire naming the bakery and the watch manager', () =>
    assert.ok(tiedTo(blaze, 'Watch manager Colin Ashdown said the fire at the Tollerby bakery started in an oven.')));
  test('not tied: another story of the county with the same police and fire service', () =>
    assert.ok(!tiedTo(flood, 'North Elmshire Police arrested two men after a burglary in Harrowfield on Thursday, and North Elmshire Fire and Rescue put out a car fire nearby.')));
  test('not tied: the fire story\'s draft against the flood', () =>
    assert.ok(!tiedTo(flood, 'North Elmshire Fire and Rescue said five crews fought a fire at a bakery in Harrowfield, and North Elmshire Police closed Mill Street.')));
  test('not tied: another fire of the county with the same fire service', () =>
    assert.ok(!tiedTo(blaze, 'Elmshire Fire and Rescue Service said four crews fought a fire at a garage in Harrowfield on Sunday.')));
});

const STORE = `حريق يلتهم مستودع «الريحان» للأخشاب في وادي الريحان

وادي الريحان – الثلاثاء 9 فبراير 2027 – أتى حريق ضخم فجر اليوم الثلاثاء على مستودع للأخشاب تملكه شركة الريحان للأخشاب في وادي الريحان، وقالت مديرية الدفاع المدني في وادي الريحان إن 12 فرقة إطفاء شاركت في إخماده.

وقال مدير الشركة مازن الطرشان إن الخسائر تقدر بنحو مليوني دينار، فيما قالت شرطة وادي الريحان إنها فتحت تحقيقاً في أسباب الحريق.
`;

describe('two stories of one town (drawn Arabic fact base)', () => {
  const store = drawn(STORE, 'store', 'ar');
  test('tied: a draft of the warehouse fire naming the company and its manager', () =>
    assert.ok(tiedTo(store, 'قال مازن الطرشان مدير شركة الريحان للأخشاب إن الحريق أتى على المستودع كاملاً.')));
  test('not tied: another story of the town with the same civil defence and police', () =>
    assert.ok(!tiedTo(store, 'قالت مديرية الدفاع المدني في وادي الريحان إن ثلاثة أشخاص أصيبوا في حادث سير، وقالت شرطة وادي الريحان إنها أغلقت الطريق.')));
});

/**
 * Sites an Arabic article names by a site noun and one word (معبر الهديبات, مخيم الصفيان): an
 * English draft writes them in Latin letters before the site's English noun ("the al-Hudaibat
 * crossing", "Sufayan camp"), and a drawn fact base, which leaves them in Arabic, still ties it.
 * A draft of another story of the same country, naming another crossing and camp, gets nothing;
 * nor does an Arabic draft of another story that names a common noun the drawing could take for a
 * site's name (محطة القطار).
 */
const CONVOY = `الأردن يفتح معبر الهديبات أمام شاحنات الإغاثة

عمّان – الأربعاء 17 فبراير 2027 – أعلنت الحكومة الأردنية، اليوم الأربعاء، فتح معبر الهديبات الحدودي أمام 120 شاحنة محملة بالمساعدات الغذائية، على أن تصل إلى مخيم الصفيان خلال يومين.

وقال مدير المعبر خلدون السرحان إن الشاحنات ستعبر على ثلاث دفعات، وإن محطة القطار في المفرق ستستقبل جزءاً من الحمولة.
`;

describe('an English draft naming an Arabic story\'s sites (drawn fact base)', () => {
  const convoy = drawn(CONVOY, 'convoy', 'ar');
  test('tied: the crossing and the camp', () =>
    assert.ok(tiedTo(convoy, 'Jordan said aid trucks would cross at the al-Hudaibat crossing and reach the Sufayan camp within two days.')));
  test('tied: the crossing named as a border crossing, with the camp', () =>
    assert.ok(tiedTo(convoy, 'The trucks will use the Hudaibat border crossing on their way to Sufayan camp.')));
  test('not tied: another crossing and camp of the same country', () =>
    assert.ok(!tiedTo(convoy, 'Jordan opened the al-Karama crossing to aid trucks bound for the Zaatari camp on Wednesday.')));
  test('not tied: the crossing alone, in a story of its closure', () =>
    assert.ok(!tiedTo(convoy, 'Jordan closed the al-Hudaibat crossing for two days after a sandstorm, officials in Mafraq said.')));
  test('not tied: the site\'s name as a word of another kind of site', () =>
    assert.ok(!tiedTo(convoy, 'Hudaibat Airport and the Sufayan Hotel reopened in Mafraq on Wednesday.')));
  test('not tied: an Arabic draft of another story naming the station', () =>
    assert.ok(!tiedTo(convoy, 'قالت الحكومة الأردنية إن محطة القطار في المفرق ستغلق للصيانة، وإن مخيم الأزرق سيستقبل 200 عائلة.')));
});

/**
 * A site's noun written with a clitic and a shadda (ومخيّم) is drawn without the clitic, as it is
 * without the shadda, so one site gives one story word, not two (found in review of the landing).
 */
test('a site written with a clitic and a shadda is one anchor', () => {
  const article = `عمّان – الأربعاء 17 فبراير 2027 – وصلت 120 شاحنة محملة بالمساعدات إلى مخيّم الصفيان، وقال مدير المعبر خلدون السرحان إن الشاحنات ستعود غداً.

ومخيّم الصفيان يؤوي 4000 عائلة منذ عام 2019.
`;
  const anchors = (drawn(article, 'camp', 'ar') as unknown as { scope?: { anchors?: string[] } }).scope?.anchors ?? [];
  assert.deepEqual(anchors.filter((anchor) => anchor.includes('الصفيان')), ['مخيّم الصفيان']);
});
