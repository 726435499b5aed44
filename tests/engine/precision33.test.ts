/**
 * Probes of precision with an editor's fact base and a drawn one, written before the changes that
 * read them. An invented story in both languages: a port sends the season's first cargo of dates
 * towards France, a farmer owns palm trees and the ministry will plant new ones. True drafts that
 * restate it in other words must get nothing; the wrong drafts beside them stay flagged.
 *
 * - A place after a word of heading («نحو فرنسا», towards France) is where the thing goes, not where
 *   its event happened: the first cargo's event is placed at the port it left.
 * - An English count's noun is the last noun of its phrase: "1 million new palm trees" counts trees,
 *   though "palm" names the farmer's trees too (a fact base may list a modifier as a noun).
 * - «بن» before a known person's family name opens the name, not a minister's portfolio: «الوزير
 *   بن عمار» gives the minister no post of «بن».
 * - An Arabic name an English article writes in Latin letters (Jafar Hassan, Rana Ali) has more than
 *   one Arabic spelling (حسن or حسان, علي or العلي): a drawn fact base's Arabic forms are a guess.
 *
 * The towns, people and figures are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker, findingLines } from './helpers';
import { drawnFactBase } from './scopeDrawnHelpers';
import { createChecker } from '../../engine/src/index';

const ENGLISH = `Tunisia ships first dates of the season to France

GABES, Monday 14 December 2026 - Tunisia's trade ministry launched the date export season on Monday from the port of Gabes, where the first shipment of 2,500 tonnes left aboard a ship heading for the port of Marseille.

Trade Minister Hedi Ben Ammar told a news conference in Gabes that the country expected to export 130,000 tonnes this season.

In Kebili, farmer Ali Mansouri, 58, who owns 350 palm trees, said prices had doubled. The ministry will start a campaign in March to plant a million new palm trees in the south.
`;

const ARABIC = `تونس تصدّر أول شحنة تمور إلى فرنسا

قابس، الاثنين 14 ديسمبر 2026 - أطلقت وزارة التجارة التونسية اليوم الاثنين موسم تصدير التمور من ميناء قابس، حيث انطلقت أول شحنة، وحمولتها 2500 طن، على متن سفينة تتجه إلى ميناء مرسيليا.

وقال وزير التجارة الهادي بن عمار في مؤتمر صحفي في قابس إن البلاد تتوقع تصدير 130 ألف طن هذا الموسم.

وفي قبلي، قال الفلاح علي المنصوري (58 عاماً)، الذي يملك 350 نخلة، إن الأسعار تضاعفت. وتبدأ الوزارة في مارس حملة لغرس مليون نخلة جديدة في الجنوب.
`;

const RULES = ['event-date', 'event-place', 'post-holder', 'quantity'];

/** An editor's fact base of the story, citing either article. */
const editor = bilingualChecker(
  {
    id: 'dates',
    published: '2026-12-14',
    facts: (own) => ({
      people: [
        { id: 'benammar', names: { ar: ['الهادي بن عمار'], en: ['Hedi Ben Ammar'] }, short: { ar: ['بن عمار'], en: ['Ben Ammar'] }, gender: 'm', evidence: own('Hedi Ben Ammar', 'الهادي بن عمار') },
        { id: 'mansouri', names: { ar: ['علي المنصوري'], en: ['Ali Mansouri'] }, short: { ar: ['المنصوري'], en: ['Mansouri'] }, gender: 'm', age: 58, evidence: own('Ali Mansouri', 'علي المنصوري') },
      ],
      organisations: [{ id: 'ministry', names: { ar: ['وزارة التجارة'], en: ['trade ministry', 'Ministry of Trade'] }, kind: 'ministry', country: 'TN', evidence: own('trade ministry', 'وزارة التجارة') }],
      posts: [
        { id: 'benammar-minister', holder: 'benammar', role: 'minister', organisation: 'ministry', country: 'TN', title: { ar: ['وزير التجارة'], en: ['Trade Minister', 'Minister of Trade'] }, evidence: own('Trade Minister Hedi Ben Ammar', 'وزير التجارة الهادي بن عمار') },
      ],
      places: [
        { id: 'port', names: { ar: ['ميناء قابس'], en: ['port of Gabes'] }, kind: 'port', within: 'gabes', evidence: own('port of Gabes', 'ميناء قابس') },
        { id: 'marseille-port', names: { ar: ['ميناء مرسيليا'], en: ['port of Marseille'] }, kind: 'port', within: 'marseille', evidence: own('port of Marseille', 'ميناء مرسيليا') },
      ],
      events: [
        {
          id: 'presser',
          names: { ar: ['المؤتمر الصحفي لوزير التجارة'], en: ["the trade minister's news conference"] },
          triggers: { ar: ['مؤتمر صحفي', 'مؤتمراً صحفياً', 'المؤتمر الصحفي'], en: ['news conference', 'press conference'] },
          date: { year: 2026, month: 12, day: 14, weekday: 'mon' },
          participants: ['benammar'],
          evidence: own('told a news conference in Gabes', 'في مؤتمر صحفي في قابس'),
        },
        {
          id: 'first-shipment',
          names: { ar: ['انطلاق أول شحنة'], en: ['the first shipment'] },
          triggers: { ar: ['أول شحنة', 'الشحنة الأولى'], en: ['first shipment', 'first cargo'] },
          date: { year: 2026, month: 12, day: 14, weekday: 'mon' },
          place: 'port',
          evidence: own('the first shipment of 2,500 tonnes left', 'انطلقت أول شحنة'),
        },
      ],
      quantities: [
        { id: 'trees', value: 350, unit: 'count', noun: { ar: ['نخلة', 'نخيل'], en: ['trees', 'palm'] }, subject: 'mansouri', evidence: own('owns 350 palm trees', 'يملك 350 نخلة') },
        { id: 'new-trees', value: 1000000, unit: 'count', noun: { ar: ['نخلة', 'نخيل'], en: ['trees'] }, qualifier: { ar: ['جديدة', 'غرس', 'لغرس'], en: ['new', 'plant'] }, evidence: own('a million new palm trees', 'مليون نخلة جديدة') },
      ],
    }),
  },
  RULES,
);

const checkers = { ar: editor(ARABIC, 'ar'), en: editor(ENGLISH, 'en') };

interface Probe {
  draft: string;
  found?: string[];
}

const PROBES: Probe[] = [
  // The heading of the first cargo is its destination's country.
  { draft: '# قابس تودّع أول شحنة تمور نحو فرنسا' },
  { draft: '# Gabes sends its first cargo of dates towards France' },
  // Where the first cargo left is still its place.
  { draft: 'The ministry launched the season in Sfax, where the first shipment of 2,500 tonnes left.', found: ['event-place: Sfax → Gabes'] },
  // The news conference's day is still compared.
  { draft: 'Ben Ammar told a news conference on Thursday that exports would rise.', found: ['event-date: Thursday → Monday'] },
  { draft: 'وقال بن عمار في مؤتمر صحفي يوم الخميس إن الصادرات سترتفع.', found: ['event-date: الخميس → الاثنين'] },
  // The new trees: the last noun of the English phrase is what is counted.
  { draft: 'Farmers will get 1 million new palm trees.' },
  { draft: 'Ali Mansouri, 58, who owns 450 palm trees, said prices had doubled.', found: ['quantity: 450 → 350'] },
];

for (const lang of ['ar', 'en'] as const) {
  describe(`an editor's fact base of the ${lang === 'ar' ? 'Arabic' : 'English'} article`, () => {
    for (const { draft, found = [] } of PROBES) {
      test(`${found.length ? found.join(', ') : 'clean'}: ${draft}`, () => {
        assert.deepEqual(checkers[lang](`---\ndate: 2026-12-14\n---\n\n${draft}\n`), found);
      });
    }
  });
}

describe('a drawn fact base', () => {
  for (const [article, lang] of [[ARABIC, 'ar'], [ENGLISH, 'en']] as const) {
    const lines = findingLines(createChecker([drawnFactBase(article, `dates-${lang}`, lang)], { scope: 'all' }), RULES);
    // The minister named by his family name with its particle.
    test(`${lang}: the minister by his family name after «الوزير» gets nothing`, () => {
      assert.deepEqual(lines('وتتوقع البلاد تصدير 130 ألف طن هذا الموسم، بحسب الوزير بن عمار.\n'), []);
      assert.deepEqual(lines('وقال الوزير بن عمار إن الموسم بدأ.\n'), []);
    });
    // (An English article's fact base spells his Arabic name by rule only, which the draft does not write.)
    if (lang === 'ar') {
      test(`${lang}: another portfolio before his full name stays flagged`, () => {
        assert.deepEqual(lines('وقال وزير الزراعة الهادي بن عمار إن الموسم بدأ.\n'), ['post-holder: الزراعة → التجارة']);
      });
    }
  }
});

/**
 * An English article's Arabic names: "Hassan" is written حسن or حسان in Arabic, a family name "Ali"
 * علي or العلي. A drawn fact base spells them from its tables, so a draft's other Arabic spelling of
 * the same name is no misspelling; another name in the person's place stays flagged.
 */
const GAS = `Jordan and Egypt sign gas transport deal

AMMAN, Sunday 6 December 2026 - Jordan's energy minister Saleh Kharabsheh and his Egyptian counterpart Karim Badawi signed a deal in Amman on Sunday to transport 300 million cubic feet of gas a day.

Kharabsheh said the agreement would run for five years. The ministry's spokeswoman, Rana Ali, said pumping would start in March.

Prime Minister Jafar Hassan attended the signing and said the two countries were "partners in energy security".
`;

describe('a drawn fact base of an English article: the Arabic spellings of Arabic names', () => {
  const lines = findingLines(createChecker([drawnFactBase(GAS, 'gas', 'en')], { scope: 'all' }), ['name-spelling']);
  for (const draft of ['وقالت المتحدثة باسم الوزارة رنا العلي إن الضخ سيبدأ في مارس.', 'وحضر رئيس الوزراء جعفر حسان التوقيع.']) {
    test(`clean: ${draft}`, () => assert.deepEqual(lines(`${draft}\n`), []));
  }
  test('another family name stays flagged', () => assert.deepEqual(lines('وحضر رئيس الوزراء جعفر حسام التوقيع.\n'), ['name-spelling: جعفر حسام → جعفر حسن']));
});
