/**
 * A count whose noun a fact base gives in English only, restated in an Arabic draft, probed by
 * helper numbers29 before the change that serves it: «شكوى» names complaints, but no concept of
 * `lexicon/concepts.ts` holds the two, so «221 شكوى» is tied to no fact.
 *
 * Traps: the article's figure, a hedged rounding, a figure of another noun.
 *
 * An invented article: a housing ombudsman's yearly report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Ombudsman warns on damp homes',
  'The housing ombudsman for Wexley received 212 complaints from tenants in the year to March, most of them about damp.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'wexley-ombudsman',
    published: '2026-04-20',
    facts: (own) => ({
      quantities: [{ id: 'complaints', value: 212, unit: 'count', noun: { en: ['complaints'] }, evidence: own('received 212 complaints from tenants', '') }],
    }),
  },
  ['quantity'],
)(ENGLISH, 'en');

const PROBES: { sentence: string; found?: string[] }[] = [
  { sentence: 'وتلقى أمين المظالم لشؤون الإسكان في ويكسلي 221 شكوى من المستأجرين في العام المنتهي في مارس.', found: ['quantity: 221 → 212'] },
  { sentence: 'وتلقى أمين المظالم لشؤون الإسكان في ويكسلي 212 شكوى من المستأجرين في العام المنتهي في مارس.' },
  { sentence: 'وتلقى أمين المظالم لشؤون الإسكان في ويكسلي نحو 200 شكوى من المستأجرين.' },
  { sentence: 'وزار أمين المظالم لشؤون الإسكان في ويكسلي 221 منزلاً في العام المنتهي في مارس.' },
];

for (const { sentence, found = [] } of PROBES) {
  test(`concepts29: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    assert.deepEqual(checker(sentence), found);
  });
}
