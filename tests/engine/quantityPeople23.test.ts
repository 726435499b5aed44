/**
 * People counted by a bare word (نسمة, people) beside a count of things, probed by helper numbers23
 * before the change. A bare word takes its meaning from the verb beside it (`quantities/verbCounts.ts`),
 * but the subject before the figure («ستخدم المشاريع 42 ألف نسمة», "the projects will serve 42,000
 * people") was read as that verb: its concept (projects) named the count of projects, and the people
 * were compared with it, or not at all. An invented article: a sewage plan for Sur in Oman, with 4
 * treatment projects serving 42,000 people and a flood that killed 6 people. The same goes for a sum
 * beside a count's noun («رصدت الوزارة 32 مليون ريال لمشاريع الصرف الصحي»): the projects are what
 * the sum is for, not the noun of another sum.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ARABIC = [
  'سلطنة عمان تنفذ 4 مشاريع لمعالجة مياه الصرف في صور',
  'مسقط – الأحد 8 نوفمبر 2026 – أعلنت وزارة الإسكان العمانية يوم الأحد تنفيذ 4 مشاريع لمعالجة مياه الصرف الصحي في ولاية صور بكلفة 23 مليون ريال عماني.',
  'وقال المدير العام للمشروع ناصر الحجري إن المشاريع ستخدم 42 ألف نسمة عند اكتمالها في 2029.',
  'وكانت سيول قد ضربت الولاية في أبريل الماضي وقتلت 6 أشخاص.',
].join('\n\n');

const ENGLISH = [
  'Oman to carry out 4 sewage treatment projects in Sur',
  "MUSCAT, Sunday 8 November 2026 - Oman's Ministry of Housing on Sunday announced 4 sewage treatment projects in the wilayat of Sur at a cost of 23 million Omani rials.",
  'The project\'s director general, Nasser al-Hajri, said the projects would serve 42,000 people when completed in 2029.',
  'Floods struck the wilayat in April and killed 6 people.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'sur',
    published: '2026-11-08',
    facts: (own) => ({
      quantities: [
        { id: 'projects', value: 4, unit: 'count', noun: { en: ['projects'], ar: ['مشاريع', 'مشروع'] }, evidence: own('4 sewage treatment projects in the wilayat', '4 مشاريع لمعالجة مياه الصرف الصحي في ولاية') },
        { id: 'served', value: 42000, unit: 'count', noun: { en: ['people'], ar: ['نسمة'] }, evidence: own('serve 42,000 people', 'ستخدم 42 ألف نسمة') },
        { id: 'cost', value: 23000000, unit: 'money', currency: 'OMR', noun: { en: ['cost'], ar: ['كلفة', 'بكلفة'] }, evidence: own('at a cost of 23 million Omani rials', 'بكلفة 23 مليون ريال عماني') },
        { id: 'dead', value: 6, unit: 'count', noun: { en: ['dead', 'killed'], ar: ['قتلى', 'قتيل'] }, evidence: own('killed 6 people', 'وقتلت 6 أشخاص') },
      ],
    }),
  },
  ['quantity'],
);

const checkers = { ar: checker(ARABIC, 'ar'), en: checker(ENGLISH, 'en') };

const PROBES: { lang: 'ar' | 'en'; sentence: string; found?: string[]; todo?: string }[] = [
  // The people served, given another figure: flagged, whatever stands as the verb's subject.
  { lang: 'ar', sentence: 'ستخدم المشاريع 24 ألف نسمة في ولاية صور.', found: ['quantity: 24 ألف → 42 ألف'] },
  { lang: 'ar', sentence: 'وقال الحجري إن المشاريع ستخدم 24 ألف نسمة عند اكتمالها.', found: ['quantity: 24 ألف → 42 ألف'] },
  { lang: 'en', sentence: 'The projects will serve 24,000 people in Sur.', found: ['quantity: 24,000 → 42,000'] },
  // True figures and the dead, told by their verb, stay as they are.
  { lang: 'ar', sentence: 'ستخدم المشاريع 42 ألف نسمة في ولاية صور.' },
  { lang: 'ar', sentence: 'ستخدم المشاريع الأربعة نحو 40 ألف نسمة.' },
  { lang: 'en', sentence: 'The four projects will serve about 40,000 people.' },
  { lang: 'ar', sentence: 'وقتلت السيول 9 أشخاص في أبريل الماضي.', found: ['quantity: 9 → 6'] },
  { lang: 'en', sentence: 'Floods killed 9 people in the wilayat in April.', found: ['quantity: 9 → 6'] },
  { lang: 'ar', sentence: 'وقتلت السيول 6 أشخاص في أبريل الماضي.' },
  // A sum beside a count's noun (the projects it is for) is still the article's sum: a wrong one is flagged.
  { lang: 'ar', sentence: 'ورصدت الوزارة 32 مليون ريال عماني لمشاريع الصرف الصحي في ولاية صور.', found: ['quantity: 32 مليون ريال عماني → 23'] },
  { lang: 'en', sentence: "Oman's Ministry of Housing set aside 32 million Omani rials for the sewage treatment projects in Sur.", found: ['quantity: 32 million Omani rials → 23'] },
  { lang: 'ar', sentence: 'ورصدت الوزارة 23 مليون ريال عماني لمشاريع الصرف الصحي في ولاية صور.' },
  { lang: 'en', sentence: "Oman's Ministry of Housing set aside 23 million Omani rials for the sewage treatment projects in Sur." },
];

for (const { lang, sentence, found = [], todo } of PROBES) {
  test(`${lang}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checkers[lang](sentence), found);
  });
}
