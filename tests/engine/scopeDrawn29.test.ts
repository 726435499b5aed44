/**
 * Story detection with drawn fact bases, for drafts in the other language than the article. A
 * drawn fact base writes an Arabic ministry whose name goes on past its portfolio (وزارة الموارد
 * المائية والري, وزارة الأوقاف والشؤون والمقدسات الإسلامية) in Arabic only, as the drawing gives
 * English names to a ministry of one portfolio alone; an English draft that names the ministry
 * ("the Ministry of Water Resources and Irrigation", "the Awqaf Ministry") and one of its people
 * is about the story, as an editor's fact base, which names the ministry in English, finds. The
 * probes are invented Arabic articles drawn by the engine; the traps are English drafts of other
 * stories of the same country that name another ministry, or a ministry of a common portfolio.
 * The other way round, a drawn fact base of an English article names a ministry of two portfolios
 * (the Ministry of Water and Irrigation) in English only, and an Arabic draft names it «وزارة
 * المياه والري»: the probes are an invented English article and Arabic drafts, with the same traps.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase, type FactBaseData } from '../../engine/src/index';

const PUMPS = `العراق يطلق خطة لتأهيل محطات الضخ على نهر الفرات

بغداد – الاثنين 8 مارس 2027 – أعلنت وزارة الموارد المائية والري العراقية، اليوم الاثنين، خطة لتأهيل 40 محطة ضخ على نهر الفرات بكلفة 310 ملايين دولار.

وقال الوزير سامي الحديدي في مؤتمر صحفي إن الأعمال ستبدأ في محافظة الأنبار وتنتهي في غضون 18 شهراً.
`;

const PILGRIMS = `الأردن يسيّر قوافل الحجاج البرية في مايو

عمّان – الأحد 11 أبريل 2027 – قالت وزارة الأوقاف والشؤون والمقدسات الإسلامية الأردنية إن 2100 حاج سيسافرون براً على متن 75 حافلة.

وقال مدير شؤون الحج في الوزارة، نبيل الطراونة، إن القوافل ستنطلق من عمّان وإربد.
`;

const WELLS = `Jordan to rebuild pumping stations on the Yarmouk

AMMAN, Monday 8 March 2027 - Jordan's Ministry of Water and Irrigation said on Monday it would rebuild 40 pumping stations along the Yarmouk river at a cost of 210 million dinars.

Minister Rami Haddadin told reporters the work would start in Irbid governorate and finish within 18 months.
`;

function drawn(article: string, id: string): FactBaseData {
  const { factBase } = drawFactBase(article, { id, file: `${id}.${/[a-z]/i.test(article.slice(0, 5)) ? 'en' : 'ar'}.txt` });
  const parsed = parseFactBase(JSON.stringify(factBase), `${id}.json`, article);
  assert.deepEqual(parsed.problems, []);
  return parsed.factBase!;
}

function tiedTo(article: string, id: string, draft: string): boolean {
  return createChecker([drawn(article, id)]).storyOf(draft, { format: 'markdown' }).factBases.includes(id);
}

describe('an English draft naming an Arabic story ministry past its portfolio (drawn fact base)', () => {
  test('tied: the water ministry by its full English name and the minister', () =>
    assert.ok(tiedTo(PUMPS, 'pumps', "Iraq's Ministry of Water Resources and Irrigation said minister Sami al-Hadidi would visit Anbar next week.")));
  test('tied: the water ministry with the minister first', () =>
    assert.ok(tiedTo(PUMPS, 'pumps', 'Water minister Sami al-Hadidi said the Ministry of Water Resources had asked Anbar for land.')));
  test('tied: the Awqaf ministry and its official', () =>
    assert.ok(tiedTo(PILGRIMS, 'pilgrims', "Jordan's Awqaf Ministry said Nabil al-Tarawneh would lead the convoys from Irbid.")));
  test('tied: the ministry of Awqaf in its English order', () =>
    assert.ok(tiedTo(PILGRIMS, 'pilgrims', 'Nabil al-Tarawneh of the Ministry of Awqaf said buses would leave Amman.')));

  test('not tied: another story of the same country naming another ministry', () =>
    assert.ok(!tiedTo(PUMPS, 'pumps', "Iraq's Ministry of Oil said exports from Basra rose in March, according to Anbar officials.")));
  test('not tied: another story naming a ministry of a common portfolio', () =>
    assert.ok(!tiedTo(PUMPS, 'pumps', "Iraq's Ministry of Health said a cholera outbreak in Anbar had been contained.")));
  test('not tied: another story naming the same ministry alone', () =>
    assert.ok(!tiedTo(PILGRIMS, 'pilgrims', "Jordan's Awqaf Ministry said Friday sermons in Irbid would be shortened during the heatwave.")));
});

describe('an Arabic draft naming an English story ministry of two portfolios (drawn fact base)', () => {
  test('tied: the ministry by its Arabic name and the minister', () =>
    assert.ok(tiedTo(WELLS, 'wells', 'قالت وزارة المياه والري الأردنية إن الوزير رامي حدادين سيزور إربد الأسبوع المقبل.')));

  test('not tied: another story of the same country naming another ministry', () =>
    assert.ok(!tiedTo(WELLS, 'wells', 'قالت وزارة النقل الأردنية إن حافلات جديدة ستعمل بين عمّان وإربد الأسبوع المقبل.')));
  test('not tied: another story naming a ministry of a common portfolio', () =>
    assert.ok(!tiedTo(WELLS, 'wells', 'قالت وزارة الصحة الأردنية إن حالات الحصبة في محافظة إربد تراجعت الشهر الماضي.')));
  test('not tied: another story naming the same ministry alone', () =>
    assert.ok(!tiedTo(WELLS, 'wells', 'قالت وزارة المياه والري الأردنية إن ضخ المياه إلى إربد سيتوقف يوم الجمعة للصيانة.')));
});

/**
 * Traps: two stories of the same kind, each checked against the other's drawn fact base. A fire
 * at a warehouse and a fire at a school share the fire service, the fire engines, the firefighters
 * and the night; two budget votes share the council, the vote, the deficit and the minister's
 * portfolio. A draft of the other story gets nothing; a draft of the story itself is tied. The
 * fire service is named after its county (South Yorkshire Fire and Rescue): neither its name nor
 * its words are the story's own (see scopeDrawn30.test.ts).
 */
const WAREHOUSE = `Fire destroys Hartwell warehouse in Doncaster

DONCASTER, Tuesday 16 February 2027 - A fire destroyed a furniture warehouse on the Hartwell Trading Estate in Doncaster overnight, South Yorkshire Fire and Rescue said on Tuesday.

Twelve fire engines and about 70 firefighters fought the blaze, which started shortly after 1am. Station manager Gareth Pilling said nobody was hurt and the cause was under investigation.
`;

const BUDGET = `مجلس بلدية صفاقس يصادق على ميزانية 2027 بعجز قدره 14 مليون دينار

صفاقس – الخميس 3 ديسمبر 2026 – صادق المجلس البلدي لمدينة صفاقس، مساء الأربعاء، على ميزانية عام 2027 بأغلبية 22 صوتاً مقابل 9، بعجز قدره 14 مليون دينار.

وقال رئيس البلدية منير الجلاصي إن المجلس خصص 38 مليون دينار لتعبيد الطرقات وتجديد الإنارة العمومية.
`;

describe('two stories of the same kind (drawn fact bases)', () => {
  test('tied: a draft of the warehouse fire', () =>
    assert.ok(tiedTo(WAREHOUSE, 'warehouse', 'Station manager Gareth Pilling said 12 fire engines fought the fire at the Hartwell Trading Estate in Doncaster.')));
  test('not tied: a draft of a school fire with the same fire service and city', () =>
    assert.ok(!tiedTo(WAREHOUSE, 'warehouse', 'Eight fire engines and 40 firefighters fought a fire at a primary school in Doncaster overnight on Tuesday, South Yorkshire Fire and Rescue said.')));
  test('not tied: an Arabic draft of a school fire in the same city', () =>
    assert.ok(!tiedTo(WAREHOUSE, 'warehouse', 'كافح 40 رجل إطفاء حريقاً في مدرسة ابتدائية في دونكاستر ليل الثلاثاء، بحسب جهاز الإطفاء والإنقاذ.')));
  test('tied: a draft of the Sfax budget vote', () =>
    assert.ok(tiedTo(BUDGET, 'budget', 'قال رئيس البلدية منير الجلاصي إن المجلس البلدي لصفاقس صادق على ميزانية 2027 بعجز قدره 14 مليون دينار، وخصص 38 مليون دينار لتعبيد الطرقات.')));
  test('not tied: a draft of another council budget vote in Arabic', () =>
    assert.ok(!tiedTo(BUDGET, 'budget', 'صادق المجلس البلدي لمدينة سوسة على ميزانية عام 2027 بأغلبية 18 صوتاً مقابل 7، بعجز قدره 6 ملايين دينار.')));
  test('not tied: a draft of another council budget vote in English', () =>
    assert.ok(!tiedTo(BUDGET, 'budget', 'Sousse municipal council approved its 2027 budget by 18 votes to 7 on Wednesday, with a deficit of 6 million dinars.')));
});
