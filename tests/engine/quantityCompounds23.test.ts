/**
 * A count written as a compound adjective before its noun's holder ("a seven-member committee", "a
 * 7-member committee"), probed by helper numbers23 before the change: the noun after the hyphen is
 * the singular of the fact's plural (members), and in "seven-member" it is inside the number's own
 * word, so neither was read and a wrong size went unflagged. An invented article: an inquiry into a
 * bridge collapse in the Algerian town of Bouira, run by a committee of 9 members.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Algeria opens inquiry into Bouira bridge collapse',
  "ALGIERS, Monday 2 November 2026 - Algeria's government on Monday appointed a committee of 9 members to investigate the collapse of a road bridge in Bouira that injured 14 people.",
  'The committee will report within 30 days, the public works minister said.',
].join('\n\n');

const ARABIC = [
  'الجزائر تفتح تحقيقا في انهيار جسر البويرة',
  'الجزائر – الاثنين 2 نوفمبر 2026 – شكلت الحكومة الجزائرية يوم الاثنين لجنة من 9 أعضاء للتحقيق في انهيار جسر على طريق في البويرة أدى إلى إصابة 14 شخصا.',
  'وقال وزير الأشغال العمومية إن اللجنة سترفع تقريرها خلال 30 يوما.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'bouira',
    published: '2026-11-02',
    facts: (own) => ({
      quantities: [
        { id: 'committee', value: 9, unit: 'count', noun: { en: ['members'], ar: ['أعضاء', 'عضوا'] }, evidence: own('a committee of 9 members', 'لجنة من 9 أعضاء') },
        { id: 'report', value: 30, unit: 'day', noun: { en: ['report'], ar: ['تقريرها'] }, evidence: own('report within 30 days', 'سترفع تقريرها خلال 30 يوما') },
      ],
    }),
  },
  ['quantity'],
);

const checkers = { ar: checker(ARABIC, 'ar'), en: checker(ENGLISH, 'en') };

const PROBES: { lang: 'ar' | 'en'; sentence: string; found?: string[]; todo?: string }[] = [
  { lang: 'en', sentence: 'The government appointed a seven-member committee to investigate the collapse.', found: ['quantity: seven → nine'] },
  { lang: 'en', sentence: 'The government appointed a 7-member committee to investigate the collapse.', found: ['quantity: 7 → 9'] },
  { lang: 'en', sentence: 'The government appointed a nine-member committee to investigate the collapse.' },
  { lang: 'en', sentence: 'The government appointed a 9-member committee to investigate the collapse.' },
  { lang: 'en', sentence: 'The government appointed a committee of seven members to investigate the collapse.', found: ['quantity: seven → nine'] },
  { lang: 'ar', sentence: 'شكلت الحكومة لجنة من سبعة أعضاء للتحقيق في انهيار الجسر.', found: ['quantity: سبعة → تسعة'] },
  { lang: 'ar', sentence: 'شكلت الحكومة لجنة من تسعة أعضاء للتحقيق في انهيار الجسر.' },
  // A compound of another noun says nothing of the committee's size, nor does the size of a named body.
  { lang: 'en', sentence: 'The committee will deliver a 40-page report within 30 days.' },
  { lang: 'en', sentence: 'Algeria raised the collapse with the 22-member Arab League, which appointed a committee of 9 members.' },
  { lang: 'en', sentence: 'The government, backed by the 27-member European Union, appointed the committee to investigate the collapse.' },
  { lang: 'en', sentence: 'The committee of 9 members will follow a one-member, one-vote rule.' },
];

for (const { lang, sentence, found = [], todo } of PROBES) {
  test(`${lang}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checkers[lang](sentence), found);
  });
}
