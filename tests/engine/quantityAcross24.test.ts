/**
 * Figures of an English article restated in an Arabic draft, probed by helper numbers24 before the
 * change: a fact base written for (or drawn from) an English article gives its nouns in English
 * only, so an Arabic draft's noun (الوفورات, راكب, قرض, أخّر) found no fact and a wrong figure went
 * unflagged (a count without a qualifier, as before, only where the sentence restates the count's
 * own, here through the company it names). An invented article: the budget of the district council of Port Alder, a harbour town.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Port Alder council approves harbour budget',
  'PORT ALDER, Tuesday 3 March 2026 - The Port Alder district council approved a £310 million budget on Tuesday, with £14.2 million of savings.',
  'The Alder Ferries company carried 2.3 million passengers last year, the council said.',
  'A loan of $48 million from the Northern Coast Bank will pay for a new harbour wall.',
  'Winter storms delayed the harbour works by 11 months, the council said.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'port-alder',
    published: '2026-03-03',
    facts: (own) => ({
      organisations: [{ id: 'ferries', names: { en: ['Alder Ferries'], ar: ['ألدر فيريز'] }, kind: 'company', evidence: own('Alder Ferries', '') }],
      quantities: [
        { id: 'savings', value: 14_200_000, unit: 'money', currency: 'GBP', noun: { en: ['savings'] }, evidence: own('£14.2 million of savings', '') },
        { id: 'passengers', value: 2_300_000, unit: 'count', noun: { en: ['passengers'] }, evidence: own('carried 2.3 million passengers', '') },
        { id: 'loan', value: 48_000_000, unit: 'money', currency: 'USD', noun: { en: ['loan'] }, evidence: own('A loan of $48 million', '') },
        { id: 'delay', value: 11, unit: 'month', noun: { en: ['delayed', 'delay'] }, evidence: own('delayed the harbour works by 11 months', '') },
      ],
    }),
  },
  ['quantity'],
)(ENGLISH, 'en');

const PROBES: { sentence: string; found?: string[]; todo?: string }[] = [
  // Wrong figures restated in Arabic: the noun is the fact's in the other language.
  { sentence: 'وقال المجلس إن الوفورات ستبلغ 12.4 مليون جنيه.', found: ['quantity: 12.4 مليون جنيه → 14.2'] },
  { sentence: 'ونقلت شركة ألدر فيريز 3.2 مليون راكب العام الماضي.', found: ['quantity: 3.2 مليون → 2.3 مليون'] },
  { sentence: 'وسيموّل قرض بقيمة 84 مليون دولار جداراً جديداً للميناء.', found: ['quantity: 84 مليون دولار → 48'] },
  { sentence: 'وأدت العواصف إلى تأخير أعمال الميناء 14 شهراً.', found: ['quantity: 14 شهراً → 11 شهراً'], todo: '«تأخير» is no word of postponing: «تأخر» says late (the rains came late), which a measure of the held-out ar-water story showed' },
  // The article's own figures restated in Arabic are clean.
  { sentence: 'وقال المجلس إن الوفورات ستبلغ 14.2 مليون جنيه.' },
  { sentence: 'ونقلت شركة ألدر فيريز 2.3 مليون راكب العام الماضي.' },
  { sentence: 'وسيموّل قرض بقيمة 48 مليون دولار جداراً جديداً للميناء.' },
  { sentence: 'وأدت العواصف إلى تأخير أعمال الميناء 11 شهراً.' },
  // Figures of things the article does not count are no contradiction.
  { sentence: 'ونقلت شركة ألدر فيريز 500 سيارة في يوم واحد.' },
  { sentence: 'ويعيش في البلدة 40 ألف نسمة.' },
  // A figure in English keeps the reading it had.
  { sentence: 'The council made £12.4 million of savings.', found: ['quantity: £12.4 million → 14.2'] },
  { sentence: 'Alder Ferries carried 3.2 million passengers last year.', found: ['quantity: 3.2 million → 2.3 million'] },
];

for (const { sentence, found = [], todo } of PROBES) {
  test(`ar/en: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checker(sentence), found);
  });
}

/**
 * Being late is not being put off: «تأخرت الأمطار ثلاثة أسابيع» gives no figure of a postponement
 * the article reports. Putting «تأخير» and «تأخر» in the concept of postponing flagged these (it cost
 * the held-out story ar-water editor precision, 0.91 → 0.88), so they are left out of it.
 */
const POSTPONED = ['تأجيل افتتاح محطة التحلية', 'عمّان – الاثنين 7 ديسمبر 2026 – أعلنت وزارة المياه تأجيل افتتاح محطة التحلية في العقبة أسبوعين بسبب عطل فني.'].join('\n\n');
const postponed = bilingualChecker(
  {
    id: 'aqaba-desalination',
    published: '2026-12-07',
    facts: (own) => ({ quantities: [{ id: 'postponed', value: 2, unit: 'week', noun: { ar: ['تأجيل'], en: ['postponed'] }, evidence: own('', 'تأجيل افتتاح محطة التحلية في العقبة أسبوعين') }] }),
  },
  ['quantity'],
)(POSTPONED, 'ar');

for (const sentence of ['وتأخرت الأمطار ثلاثة أسابيع عن موعدها في العقبة.', 'وتأخر وصول المياه إلى العقبة ثلاثة أسابيع.']) {
  test(`ar: clean (late, not postponed): ${sentence}`, () => {
    assert.deepEqual(postponed(sentence), []);
  });
}
