/**
 * A slip that happens to equal the difference of two other figures of the article, probed by
 * helper numbers29 before the change that serves it: a figure worked out from the article's
 * (a total of two counts, what one leaves of another) is made from the figure its noun names, so
 * a count of patients that is the number of beds less the number of nurses is a slip, not a sum.
 *
 * Traps: what the noun's own figure leaves of another (the patients who did not need intensive
 * care), the article's figures, and a hedged rounding.
 *
 * An invented article: a hospital during an influenza outbreak.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Harrowby hospital stretched by influenza',
  'Harrowby General Hospital has 640 beds and employs 410 nurses.',
  'During the outbreak it admitted 320 patients with influenza, and 120 of them needed intensive care.',
].join('\n\n');

const ARABIC = [
  'الإنفلونزا ترهق مستشفى هاروبي',
  'يضم مستشفى هاروبي العام 640 سريراً ويعمل فيه 410 ممرضين.',
  'وخلال موجة الإنفلونزا استقبل المستشفى 320 مريضاً، احتاج 120 منهم إلى العناية المركزة.',
].join('\n\n');

const story = bilingualChecker(
  {
    id: 'harrowby',
    published: '2026-02-11',
    facts: (own) => ({
      organisations: [{ id: 'hospital', names: { en: ['Harrowby General Hospital'], ar: ['مستشفى هاروبي العام'] }, kind: 'other', evidence: own('Harrowby General Hospital', 'مستشفى هاروبي العام') }],
      quantities: [
        { id: 'beds', value: 640, unit: 'count', noun: { en: ['beds'], ar: ['سرير', 'سريراً', 'أسرة'] }, evidence: own('640 beds', '640 سريراً') },
        { id: 'nurses', value: 410, unit: 'count', noun: { en: ['nurses'], ar: ['ممرض', 'ممرضين', 'ممرضاً'] }, evidence: own('410 nurses', '410 ممرضين') },
        { id: 'admitted', value: 320, unit: 'count', noun: { en: ['patients'], ar: ['مريض', 'مريضاً', 'مرضى'] }, evidence: own('admitted 320 patients with influenza', 'استقبل المستشفى 320 مريضاً') },
        { id: 'intensive', value: 120, unit: 'count', noun: { en: ['intensive care'], ar: ['العناية المركزة'] }, evidence: own('120 of them needed intensive care', 'احتاج 120 منهم إلى العناية المركزة') },
      ],
    }),
  },
  ['quantity'],
);
const english = story(ENGLISH, 'en');
const arabic = story(ARABIC, 'ar');

const PROBES: { lang: 'ar' | 'en'; sentence: string; found?: string[] }[] = [
  // 230 is 640 beds less 410 nurses, which no writer works out for patients: a slip of 320.
  { lang: 'en', sentence: 'During the outbreak the hospital admitted 230 patients with influenza.', found: ['quantity: 230 → 320'] },
  { lang: 'ar', sentence: 'وخلال موجة الإنفلونزا استقبل المستشفى 230 مريضاً.', found: ['quantity: 230 → 320'] },
  // What the patients' own figure leaves of another is worked out from the article: clean.
  { lang: 'en', sentence: 'During the outbreak the hospital admitted 320 patients with influenza, and 200 patients did not need intensive care.' },
  { lang: 'ar', sentence: 'وخلال موجة الإنفلونزا استقبل المستشفى 320 مريضاً، ولم يحتج 200 مريضاً إلى العناية المركزة.' },
  // The article's figures and a hedged rounding are clean.
  { lang: 'en', sentence: 'During the outbreak the hospital admitted 320 patients with influenza.' },
  { lang: 'en', sentence: 'During the outbreak the hospital admitted about 300 patients with influenza.' },
  { lang: 'ar', sentence: 'وخلال موجة الإنفلونزا استقبل المستشفى نحو 300 مريض.' },
];

for (const { lang, sentence, found = [] } of PROBES) {
  test(`derived29: ${lang}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    assert.deepEqual((lang === 'en' ? english : arabic)(sentence), found);
  });
}
