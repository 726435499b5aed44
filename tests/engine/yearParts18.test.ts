/**
 * Quarters and halves of a year in drafts, probed on two invented wire stories: Tata Consultancy
 * Services' third-quarter results (Reuters, Mumbai, Thursday 8 January 2026; its fiscal third
 * quarter is October to December 2025, margins to improve in the first half of 2026) and Jordan's
 * cabinet reshuffle (AFP, Amman, Sunday 15 February 2026; growth of 2.7 percent in the third quarter
 * of last year, 3 percent expected in the first half of this year). A draft's wrong quarter or half
 * (the second quarter, «النصف الثاني من العام الحالي») is flagged against an event the fact base
 * dates to a quarter or a half, written by an editor (a range of months with the article's words in
 * `relative`) or drawn; the right one, a quarter the fact base reads by its fiscal months, a half of
 * a month and a quarter tied to no event stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker, drawnChecker } from './helpers';

const TCS = [
  'Tata Consultancy Services third-quarter profit rises 9 percent',
  "MUMBAI, Thursday 8 January 2026 (Reuters) - Tata Consultancy Services said on Thursday its net profit rose 9 percent in the third quarter to 128 billion rupees, helped by strong demand from banking clients in North America.",
  'Chief executive K. Krithivasan said the company expected margins to improve in the first half of 2026 as wage increases were absorbed.',
].join('\n\n');

const tcs = bilingualChecker(
  {
    id: 'tcs-q3',
    published: '2026-01-08',
    facts: (own) => ({
      people: [{ id: 'krithivasan', names: { en: ['K. Krithivasan'], ar: ['ك. كريثيفاسان'] }, short: { en: ['Krithivasan'], ar: ['كريثيفاسان'] }, gender: 'm', evidence: own('K. Krithivasan', '') }],
      organisations: [{ id: 'tcs', names: { en: ['Tata Consultancy Services', 'TCS'], ar: ['تاتا للخدمات الاستشارية'] }, kind: 'company', evidence: own('Tata Consultancy Services', '') }],
      events: [
        {
          id: 'q3-profit',
          names: { en: ["TCS's third-quarter profit rise"], ar: ['ارتفاع أرباح الربع الثالث'] },
          triggers: { en: ['net profit rose', 'profit rose', 'profit'], ar: ['أرباح'] },
          // The company's fiscal third quarter: October to December.
          date: { year: 2025, month: 10, end: { year: 2025, month: 12 }, relative: 'the third quarter' },
          participants: ['tcs'],
          evidence: own('its net profit rose 9 percent in the third quarter', ''),
        },
        {
          id: 'margins',
          names: { en: ['the improvement of margins'], ar: ['تحسن الهوامش'] },
          triggers: { en: ['margins to improve', 'margins'], ar: ['الهوامش'] },
          date: { year: 2026, month: 1, end: { year: 2026, month: 6 }, relative: 'the first half of 2026' },
          participants: ['tcs'],
          evidence: own('margins to improve in the first half of 2026', ''),
        },
      ],
    }),
  },
  ['event-date'],
)(TCS, 'en');

const JORDAN = [
  'أداء اليمين الدستورية لوزراء التعديل الوزاري في الأردن',
  'عمّان، الأحد 15 شباط/فبراير 2026 (أ ف ب) - أدى ثمانية وزراء جدد في حكومة رئيس الوزراء الأردني جعفر حسان اليمين الدستورية أمام العاهل الأردني الملك عبد الله الثاني صباح الأحد.',
  'وأظهرت أرقام دائرة الإحصاءات العامة أن الاقتصاد الأردني نما 2.7 في المئة في الربع الثالث من العام الماضي، فيما تتوقع الحكومة نمواً بنسبة 3 في المئة في النصف الأول من العام الحالي.',
].join('\n\n');

const jordan = bilingualChecker(
  {
    id: 'jordan-reshuffle',
    published: '2026-02-15',
    facts: (own) => ({
      organisations: [{ id: 'dos', names: { ar: ['دائرة الإحصاءات العامة'], en: ['Department of Statistics'] }, kind: 'agency', evidence: own('', 'دائرة الإحصاءات العامة') }],
      places: [{ id: 'jordan', names: { ar: ['الأردن'], en: ['Jordan'] }, kind: 'country', evidence: own('', 'الأردن') }],
      events: [
        {
          id: 'q3-growth',
          names: { ar: ['نمو الاقتصاد الأردني في الربع الثالث'], en: ["the Jordanian economy's third-quarter growth"] },
          triggers: { ar: ['نما', 'نمو'], en: ['grew', 'growth'] },
          date: { year: 2025, month: 7, end: { year: 2025, month: 9 }, relative: 'الربع الثالث من العام الماضي' },
          place: 'jordan',
          evidence: own('', 'الاقتصاد الأردني نما 2.7 في المئة في الربع الثالث من العام الماضي'),
        },
        {
          id: 'h1-forecast',
          names: { ar: ['النمو المتوقع في النصف الأول'], en: ['the growth expected in the first half'] },
          triggers: { ar: ['تتوقع', 'نمواً'], en: ['expects', 'growth'] },
          date: { year: 2026, month: 1, end: { year: 2026, month: 6 }, relative: 'النصف الأول من العام الحالي' },
          place: 'jordan',
          evidence: own('', 'تتوقع الحكومة نمواً بنسبة 3 في المئة في النصف الأول من العام الحالي'),
        },
      ],
    }),
  },
  ['event-date'],
)(JORDAN, 'ar');

test("a draft's wrong quarter or half is flagged against the editor's range of months", () => {
  assert.deepEqual(tcs("TCS's net profit rose 9 percent in the second quarter."), ['event-date: second → third']);
  assert.deepEqual(tcs('TCS posted a 9 percent rise in second-quarter net profit.'), ['event-date: second-quarter → third-quarter']);
  assert.deepEqual(tcs('Krithivasan expects margins to improve in the second half of 2026.'), ['event-date: second → first']);
  assert.deepEqual(jordan('ونما الاقتصاد الأردني 2.7 في المئة في الربع الثاني من العام الماضي.'), ['event-date: الثاني → الثالث']);
  assert.deepEqual(jordan('وتتوقع الحكومة نمواً بنسبة 3 في المئة في النصف الثاني من العام الحالي.'), ['event-date: الثاني → الأول']);
  assert.deepEqual(jordan('وتتوقع الحكومة نمواً بنسبة 3 في المئة في النصف الأول من عام 2027.'), ['event-date: 2027 → 2026']);
});

test('the right quarter or half stays clean, as does a half of a month or a quarter of no event', () => {
  assert.deepEqual(
    [
      tcs("TCS's net profit rose 9 percent in the third quarter."),
      tcs('TCS posted a 9 percent rise in third-quarter net profit.'),
      tcs('TCS net profit rose 9 percent in Q3.'),
      tcs('Krithivasan expects margins to improve in the first half of 2026.'),
      tcs('Krithivasan expects margins to improve in the first half of this year.'),
      tcs('Rival Infosys had a weaker second quarter, analysts said.'),
      jordan('ونما الاقتصاد الأردني 2.7 في المئة في الربع الثالث من عام 2025.'),
      jordan('وتتوقع الحكومة نمواً بنسبة 3 في المئة في النصف الأول من هذا العام.'),
      jordan('وتتوقع الحكومة نمواً بنسبة 3 في المئة في النصف الأول من العام.'),
      jordan('وتتوقع الحكومة نمواً بنسبة 3 في المئة في النصف الثاني من الشهر.'),
    ],
    [[], [], [], [], [], [], [], [], [], []],
  );
});

/** The findings (rule: words) a draft gets from the fact base drawn from an article. */
function drawnFindings(article: string): (draft: string) => string[] {
  const checker = drawnChecker(article);
  return (draft) => checker.check(draft).findings.filter((f) => f.ruleId === 'event-date').map((f) => draft.slice(f.range.start, f.range.end));
}

test('a quarter or a half with its year is drawn as a range of months and compared', { todo: 'drawing quarters and halves (draw/yearParts.ts) dropped after the regression guard: ar-water drawn 0.87/0.32 to 1.00/0.29, cause not found' }, () => {
  const drawnJordan = drawnFindings(JORDAN);
  const drawnTcs = drawnFindings(TCS);
  assert.deepEqual(drawnJordan('ونما الاقتصاد الأردني 2.7 في المئة في الربع الثاني من العام الماضي.'), ['الثاني']);
  assert.deepEqual(drawnJordan('وتتوقع الحكومة نمواً بنسبة 3 في المئة في النصف الثاني من العام الحالي.'), ['الثاني']);
  assert.deepEqual(drawnTcs('Krithivasan said margins would improve in the second half of 2026.'), ['second']);
  assert.deepEqual(drawnJordan('ونما الاقتصاد الأردني 2.7 في المئة في الربع الثالث من العام الماضي.'), []);
  assert.deepEqual(drawnJordan('وتتوقع الحكومة نمواً بنسبة 3 في المئة في النصف الأول من العام الحالي.'), []);
  assert.deepEqual(drawnTcs('Krithivasan said margins would improve in the first half of 2026.'), []);
  // The third quarter without its year may be a fiscal one: not drawn, so not compared.
  assert.deepEqual(drawnTcs('TCS said its net profit rose 9 percent in the second quarter.'), []);
});

const RATES = [
  'Philippine central bank cuts key rate to 4.75%',
  'MANILA, Thursday 5 March 2026 (Reuters) - The Bangko Sentral ng Pilipinas cut its key policy rate by 25 basis points to 4.75% on 5 March, citing slowing inflation.',
  'Governor Eli Remolona told reporters the central bank could cut rates again in the first half of 2026 if inflation stayed within its target.',
].join('\n\n');

const rates = bilingualChecker(
  {
    id: 'bsp-cut',
    published: '2026-03-05',
    facts: (own) => ({
      organisations: [{ id: 'bsp', names: { en: ['Bangko Sentral ng Pilipinas', 'central bank'], ar: ['البنك المركزي الفلبيني'] }, kind: 'agency', evidence: own('Bangko Sentral ng Pilipinas', '') }],
      events: [
        {
          id: 'cut',
          names: { en: ["the central bank's rate cut"], ar: ['خفض سعر الفائدة'] },
          triggers: { en: ['cut its key policy rate', 'cut'], ar: ['خفض'] },
          date: { year: 2026, month: 3, day: 5 },
          participants: ['bsp'],
          evidence: own('cut its key policy rate by 25 basis points to 4.75% on 5 March', ''),
        },
        {
          id: 'next-cut',
          names: { en: ['another rate cut'], ar: ['خفض آخر'] },
          triggers: { en: ['cut rates again', 'cut'], ar: ['خفض'] },
          date: { year: 2026, month: 1, end: { year: 2026, month: 6 }, relative: 'the first half of 2026' },
          participants: ['bsp'],
          evidence: own('could cut rates again in the first half of 2026', ''),
        },
      ],
    }),
  },
  ['event-date'],
)(RATES, 'en');

test("a half-year forecast does not clear a day without its year that contradicts the event beside it", () => {
  assert.deepEqual(rates('The central bank cut its key policy rate to 4.75% on 12 March.'), ['event-date: 12 → 5']);
  assert.deepEqual(rates('The central bank cut rates to 4.75% on 12 March.'), ['event-date: 12 → 5']);
  assert.deepEqual(rates('The central bank cut its key policy rate to 4.75% on 5 March.'), []);
  // A month alone may be the forecast's: it stays clean.
  assert.deepEqual(rates('Remolona said the central bank could cut rates again in May.'), []);
  assert.deepEqual(rates('The central bank could cut rates again in the second half of 2026.'), ['event-date: second → first']);
});
