/**
 * A sum given with its conversion into another currency, probed by helper numbers25 before the
 * change: the draft gives the article's sum and a wrong conversion ("3 million dinars, or about
 * $3,200" for the article's $2,300), in brackets or after a comma and "or" or «أي», often with no
 * noun of the fact beside it. The conversion is the converted fact's figure: the fact in its
 * currency that the article gives in the same sentence as the sum's. An invented article: a
 * resettlement grant in the district of Varenna. The English article's own sentence ties its
 * English restatement already; an Arabic one is tied by the conversion alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Varenna families begin to return home',
  'VARENNA, Monday 9 November 2026 - Each of the 640 families returning to Varenna district receives a grant of 3 million dinars, or about $2,300, the ministry said.',
  'The new bridge over the Sella river cost 9 billion dinars.',
].join('\n\n');

const ARABIC = [
  'عائلات فارينا تبدأ العودة إلى ديارها',
  'فارينا، الاثنين 9 نوفمبر 2026 - قالت الوزارة إن كل عائلة من العائلات الـ640 العائدة إلى قضاء فارينا تتسلم منحة قدرها 3 ملايين دينار (نحو 2300 دولار).',
  'وبلغت كلفة الجسر الجديد على نهر سيلا 9 مليارات دينار.',
].join('\n\n');

const story = bilingualChecker(
  {
    id: 'varenna-returns',
    published: '2026-11-09',
    facts: (own) => ({
      quantities: [
        { id: 'grant', value: 3_000_000, unit: 'money', currency: 'IQD', noun: { en: ['grant'], ar: ['منحة'] }, evidence: own('a grant of 3 million dinars', 'منحة قدرها 3 ملايين دينار') },
        { id: 'grant-usd', value: 2_300, unit: 'money', currency: 'USD', approx: 'about', noun: { en: ['grant'], ar: ['منحة'] }, evidence: own('about $2,300', 'نحو 2300 دولار') },
        { id: 'bridge', value: 9_000_000_000, unit: 'money', currency: 'IQD', noun: { en: ['bridge', 'cost'], ar: ['الجسر', 'كلفة'] }, evidence: own('cost 9 billion dinars', 'كلفة الجسر الجديد على نهر سيلا 9 مليارات دينار') },
      ],
    }),
  },
  ['quantity'],
);
const fromEnglish = story(ENGLISH, 'en');
const fromArabic = story(ARABIC, 'ar');

const PROBES: { sentence: string; found?: string[]; todo?: string }[] = [
  // A wrong conversion of the article's sum, in brackets or after "or", «أي», «أو».
  { sentence: 'Each family gets 3 million dinars, or about $3,200.', found: ['quantity: $3,200 → 2,300'] },
  { sentence: 'Each family gets 3 million dinars (about $3,200).', found: ['quantity: $3,200 → 2,300'] },
  { sentence: '2. **The money.** Every household will be paid 3 million dinars, or about $3,200.', found: ['quantity: $3,200 → 2,300'] },
  { sentence: 'وتحصل كل عائلة على 3 ملايين دينار، أي نحو 3200 دولار.', found: ['quantity: 3200 دولار → 2300'] },
  // The article's conversion, a rounding of it, and a sum with no conversion are clean.
  { sentence: 'Each family gets 3 million dinars, or about $2,300.' },
  { sentence: 'وتحصل كل عائلة على 3 ملايين دينار (نحو 2300 دولار).' },
  { sentence: 'Each family gets 3 million dinars.' },
  // A conversion of a sum the article does not give is no conversion of a fact.
  { sentence: 'The ministry also pays 500,000 dinars, or about $380, for transport.' },
  { sentence: 'The ministry also pays 500,000 dinars ($380) for transport.' },
];

for (const { sentence, found = [], todo } of PROBES) {
  test(`en article: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(fromEnglish(sentence), found);
  });
}

/** The same drafts against the Arabic article, whose sentence an English draft does not restate word for word. */
const FROM_ARABIC: { sentence: string; found?: string[]; todo?: string }[] = [
  { sentence: 'Each family gets 3 million dinars, or about $3,200.', found: ['quantity: $3,200 → 2,300'] },
  { sentence: '2. **The money.** Every household will be paid 3 million dinars (about $3,200).', found: ['quantity: $3,200 → 2,300'] },
  { sentence: 'وتحصل كل عائلة على 3 ملايين دينار، أي نحو 3200 دولار.', found: ['quantity: 3200 دولار → 2300'] },
  { sentence: 'Each family gets 3 million dinars, or about $2,300.' },
  { sentence: 'The ministry also pays 500,000 dinars, or about $380, for transport.' },
];

for (const { sentence, found = [], todo } of FROM_ARABIC) {
  test(`ar article: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(fromArabic(sentence), found);
  });
}
