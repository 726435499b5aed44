/**
 * A duration of walking restated in the other language, probed by helper numbers23b before the
 * change: an Arabic draft's «يمشين ست ساعات» shared no word with the English article's "walked three
 * hours", so the draft sentence was aligned with no article sentence and its wrong duration went
 * unflagged. An invented article: villagers moved for a reservoir in Zambia walk to a new market.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Zambian villagers moved for reservoir',
  'LUSAKA, Monday 2 November 2026 - Women from the resettled village of Chipata now walked two hours to reach the new market, a village head said.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'chipata',
    published: '2026-11-02',
    facts: (own) => ({
      quantities: [
        { id: 'school-walk', value: 2, unit: 'hour', noun: { en: ['walked', 'walk', 'market'] }, evidence: own('walked two hours to reach the new market', '') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');

const PROBES: { sentence: string; found?: string[]; todo?: string }[] = [
  { sentence: 'وأضاف أن نساء القرية يمشين خمس ساعات للوصول إلى السوق الجديدة.', found: ['quantity: خمس ساعات → ساعتان'] },
  { sentence: 'وأضاف أن نساء القرية يمشين ساعتين للوصول إلى السوق الجديدة.' },
  { sentence: 'The women of Chipata walk five hours to reach the new market, a village head said.', found: ['quantity: five hours → two hours'] },
];

for (const { sentence, found = [], todo } of PROBES) {
  test(`${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(english(sentence), found);
  });
}
