/**
 * Drawing quantities a new user's trial missed (an Omani port strike in Arabic, a Canadian
 * wildfire in English, invented): every Arab currency named by its country's adjective or its
 * code, whatever the article's country; counts of ships, residents, firefighters, helicopters and
 * hectares; the noun of a duration or an amount never a verb (ستُصرف, release); a length per hour
 * a speed. Articles invented for the test; each mechanism with near misses that must not be drawn.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnQuantities, type DrawnQuantity as Quantity } from './drawProbeChecks';

const quantities = (text: string) => drawnQuantities(`${text}\n`, '2026-12-02');
const nouns = (q: Quantity | undefined) => [...(q?.noun?.ar ?? []), ...(q?.noun?.en ?? [])];

test('an Arab currency named by its country\'s adjective is that country\'s, in a story from anywhere', () => {
  const cases: [string, string][] = [
    ['ريال عُماني', 'OMR'], ['ريال قطري', 'QAR'], ['ريال سعودي', 'SAR'], ['ريال يمني', 'YER'],
    ['دينار كويتي', 'KWD'], ['دينار بحريني', 'BHD'], ['دينار أردني', 'JOD'], ['دينار عراقي', 'IQD'], ['دينار ليبي', 'LYD'], ['دينار تونسي', 'TND'], ['دينار جزائري', 'DZD'],
    ['درهم إماراتي', 'AED'], ['درهم مغربي', 'MAD'], ['جنيه مصري', 'EGP'], ['جنيه سوداني', 'SDG'],
    ['ليرة لبنانية', 'LBP'], ['ليرة سورية', 'SYP'], ['ليرة تركية', 'TRY'],
  ];
  for (const [words, code] of cases) {
    // The dateline names Cairo: the adjective, not the article's country, gives the currency.
    const [loss] = quantities(`القاهرة - 2 ديسمبر 2026\nوقدّرت الغرفة خسائر الإضراب بنحو 4.5 ملايين ${words} يومياً.`);
    assert.deepEqual({ value: loss?.value, currency: loss?.currency, approx: loss?.approx }, { value: 4_500_000, currency: code, approx: 'about' }, words);
  }
});

test('English names and ISO codes of the Arab currencies', () => {
  const cases: [string, string][] = [
    ['Omani rials', 'OMR'], ['Qatari riyals', 'QAR'], ['Saudi riyals', 'SAR'], ['Yemeni rials', 'YER'], ['Kuwaiti dinars', 'KWD'], ['Bahraini dinars', 'BHD'], ['Jordanian dinars', 'JOD'],
    ['Iraqi dinars', 'IQD'], ['Libyan dinars', 'LYD'], ['Tunisian dinars', 'TND'], ['Algerian dinars', 'DZD'], ['Emirati dirhams', 'AED'], ['Moroccan dirhams', 'MAD'], ['Egyptian pounds', 'EGP'],
    ['Sudanese pounds', 'SDG'], ['Lebanese pounds', 'LBP'], ['Syrian pounds', 'SYP'], ['Turkish lira', 'TRY'], ['OMR', 'OMR'], ['KWD', 'KWD'], ['QAR', 'QAR'], ['JOD', 'JOD'], ['LBP', 'LBP'],
  ];
  for (const [words, code] of cases) {
    const [fine] = quantities(`LONDON, Dec 2, 2026 (Reuters) - The regulator imposed a fine of 12 million ${words} on the bank.`);
    assert.deepEqual({ value: fine?.value, currency: fine?.currency, nouns: fine?.noun?.en }, { value: 12_000_000, currency: code, nouns: ['fine'] }, words);
  }
});

test('near miss: a bare rial or lira is the article\'s country\'s, else the usual one', () => {
  assert.equal(quantities('مسقط - 2 ديسمبر 2026\nوقدّرت الغرفة خسائر الإضراب بنحو 4.5 ملايين ريال يومياً.')[0]?.currency, 'OMR');
  assert.equal(quantities('بيروت - 2 ديسمبر 2026\nوبلغت كلفة المشروع 90 مليار ليرة.')[0]?.currency, 'LBP');
  assert.equal(quantities('باريس - 2 ديسمبر 2026\nوبلغت كلفة المشروع 90 مليون ريال.')[0]?.currency, 'SAR');
});

test('counts of ships, residents, firefighters, helicopters and hectares are drawn with their nouns in both languages', () => {
  const oman = quantities('مسقط - 2 ديسمبر 2026 (وكالات)\nأعلنت النقابة إضراباً مفتوحاً، ما أدى إلى توقف تفريغ 37 سفينة شحن في الميناء.');
  assert.deepEqual({ value: oman[0]?.value, unit: oman[0]?.unit }, { value: 37, unit: 'count' });
  assert.ok(oman[0]?.noun?.en?.includes('ships') && oman[0]?.noun?.ar?.includes('سفينة'));
  const fire = quantities(
    'KAMLOOPS, British Columbia, Dec 2, 2026 (Reuters) - A wildfire has burned more than 14,000 hectares and forced about 3,800 residents to leave their homes.\nThe minister said 420 firefighters and 23 helicopters were fighting the blaze.',
  );
  const of = (value: number) => fire.find((q) => q.value === value);
  assert.deepEqual({ approx: of(14_000)?.approx, unit: of(14_000)?.unit }, { approx: 'more-than', unit: 'count' });
  assert.ok(nouns(of(14_000)).includes('hectares'));
  assert.ok(nouns(of(3_800)).includes('residents') && of(3_800)?.approx === 'about');
  assert.ok(nouns(of(420)).includes('firefighters'));
  assert.ok(nouns(of(23)).includes('helicopters'));
  for (const q of fire) assert.ok(!q.review?.unsure, JSON.stringify(q));
});

test('near misses: a number before another word is no count, and a noun with two values ties neither', () => {
  // «37 من السفن» is no count of the noun right after the number; 37 years is a duration, not ships.
  assert.deepEqual(quantities('مسقط - 2 ديسمبر 2026\nوقال إن 37 من العمال غادروا الميناء.'), []);
  const two = quantities('LONDON, Dec 2, 2026 (Reuters) - Two helicopters crashed on Monday.\nThe army sent 23 helicopters to the area.');
  assert.equal(two.filter((q) => nouns(q).includes('helicopters')).length, 0);
});

test('the noun of a duration is never a verb: the subject before the verb, or what lasted', () => {
  const [paid] = quantities('مسقط - 2 ديسمبر 2026\nوأكد المدير التنفيذي أن الرواتب ستُصرف خلال عشرة أيام.');
  assert.deepEqual({ value: paid?.value, unit: paid?.unit, ar: paid?.noun?.ar }, { value: 10, unit: 'day', ar: ['الرواتب'] });
  const english = quantities('LONDON, Dec 2, 2026 (Reuters) - The company said wages would be paid within ten days. Officials expect the evacuation to last for two weeks.');
  assert.deepEqual(english.map((q) => [q.value, q.unit, q.noun?.en?.[0]]), [[10, 'day', 'wages'], [2, 'week', 'evacuation']]);
  // Near miss: a verb alone before the figure gives no noun (nothing to review but a verb).
  assert.deepEqual(quantities('LONDON, Dec 2, 2026 (Reuters) - It would resume within ten days.'), []);
});

test('the noun of an amount is never a verb: "release C$25 million in emergency funds" is of funds, "would release C$25 million" of nothing', () => {
  const [funds] = quantities('KAMLOOPS, British Columbia, Dec 2, 2026 (Reuters) - Dhaliwal said the province would release C$25 million in emergency funds.');
  assert.deepEqual({ value: funds?.value, currency: funds?.currency }, { value: 25_000_000, currency: 'CAD' });
  assert.ok(nouns(funds).includes('funds'), JSON.stringify(funds));
  assert.deepEqual(quantities('KAMLOOPS, British Columbia, Dec 2, 2026 (Reuters) - Dhaliwal said the province would release C$25 million.'), []);
  // A past verb before the figure is not its noun either; its table noun still is (exports).
  const [exports] = quantities('LONDON, Dec 2, 2026 (Reuters) - Exports reached $5bn last year.');
  assert.deepEqual(exports?.noun?.en, ['exports']);
});

test('a length per hour is a speed, in either language; a length alone stays a length', () => {
  const speed = (text: string) => quantities(text).find((q) => q.unit === 'other');
  for (const text of [
    'KAMLOOPS, Dec 2, 2026 (Reuters) - Strong winds of up to 70 km per hour pushed the fire east.',
    'KAMLOOPS, Dec 2, 2026 (Reuters) - Gusts reached 70 km/h overnight.',
    'القاهرة - 2 ديسمبر 2026\nوهبت رياح بسرعة 70 كيلومترا في الساعة.',
    'القاهرة - 2 ديسمبر 2026\nوبلغت سرعة الرياح 70 كم/ساعة.',
  ]) {
    const found = speed(text);
    assert.equal(found?.value, 70, text);
    assert.ok(nouns(found).includes('km/h') && nouns(found).includes('كم/ساعة'), text);
  }
  assert.deepEqual(speed('LONDON, Dec 2, 2026 (Reuters) - Winds of 60 mph hit the coast.')?.noun?.en, ['mph', 'miles per hour']);
  const road = quantities('LONDON, Dec 2, 2026 (Reuters) - The new road is 40 km long, and 2 km an hour is slow.');
  assert.ok(!road.some((q) => q.value === 40 && q.unit === 'other'), JSON.stringify(road));
});

test('a percentage of wages after «زيادة الأجور» has the wages noun, sure', () => {
  const [rise] = quantities('مسقط - 2 ديسمبر 2026\nوكانت الشركة قد وعدت في أغسطس الماضي بزيادة الأجور بنسبة 6 في المئة.');
  assert.deepEqual({ value: rise?.value, unit: rise?.unit, unsure: rise?.review?.unsure }, { value: 6, unit: 'percent', unsure: undefined });
  assert.ok(nouns(rise).includes('wages'));
});

test('a figure only the headline gives is drawn with the headline as evidence; one the body repeats keeps the body\'s', () => {
  const drawn = quantities(
    'إضراب في ميناء صحار يوقف تفريغ 37 سفينة ويكبد الاقتصاد 4.5 ملايين ريال يومياً\nمسقط - 2 ديسمبر 2026 (وكالات)\nأعلنت النقابة إضراباً مفتوحاً عن العمل، ما أدى إلى توقف تفريغ 37 سفينة شحن في الميناء.\nوقدرت الغرفة الخسائر بنحو 4.5 ملايين ريال عماني يومياً.',
  ) as (Quantity & { evidence: { text: string }[] })[];
  assert.deepEqual(drawn.map((q) => q.value), [37, 4_500_000]);
  assert.ok(drawn.every((q) => !q.evidence[0]!.text.startsWith('إضراب في')), 'the body\'s evidence');
  const headline = quantities('Wildfire forces 3,800 from homes as 420 firefighters battle blaze\nKAMLOOPS, British Columbia, Dec 2, 2026 (Reuters) - A wildfire has forced residents to leave their homes, officials said.') as (Quantity & { evidence: { text: string }[] })[];
  assert.deepEqual(headline.map((q) => [q.value, q.noun?.en?.[1]]), [[420, 'firefighters']]);
  assert.ok(headline[0]!.evidence[0]!.text.startsWith('Wildfire forces'));
  // Near miss: the dateline's own day and year are no quantity.
  assert.deepEqual(quantities('Port strike ends\nMUSCAT, Dec 2, 2026 (Reuters) - The strike ended on Tuesday.'), []);
});
