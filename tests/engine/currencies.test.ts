/**
 * Currencies that share a name, on an invented story (a regional flood fund): a bare dollar sign
 * or a currency word without its country (dollars, dinars, جنيه) may be any currency of its family,
 * so "$40 million" restates A$40 million and "75 dinars" restates 75 Tunisian dinars; a prefixed
 * sign (A$, US$, NZ$) or a qualifier names one currency exactly, and another family is still
 * another currency.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, parseFactBase } from '../../engine/src/index';
import { citer } from './helpers';

const ARTICLE = [
  'Flood fund opens in Northern Rivers',
  'LISMORE, Tuesday 3 March 2026 - The state government opened a A$40 million flood recovery fund for the Northern Rivers, with hardship grants of A$180 per adult.',
  'Tunisia also sent a relief team, and each volunteer receives a daily allowance of 75 dinars.',
].join('\n\n');

const cite = citer(ARTICLE);

function checker() {
  const data = {
    schemaVersion: 2,
    id: 'flood-fund',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-03-03' },
    quantities: [
      { id: 'fund', value: 40_000_000, unit: 'money', currency: 'AUD', noun: { en: ['fund'], ar: ['صندوق'] }, evidence: cite('A$40 million flood recovery fund') },
      { id: 'grant', value: 180, unit: 'money', currency: 'AUD', noun: { en: ['grants', 'grant'], ar: ['منحة'] }, evidence: cite('grants of A$180') },
      { id: 'allowance', value: 75, unit: 'money', currency: 'TND', noun: { en: ['allowance'], ar: ['منحة يومية'] }, evidence: cite('allowance of 75 dinars') },
    ],
  };
  const parsed = parseFactBase(JSON.stringify(data), 'flood-fund.factbase.json', ARTICLE);
  assert.deepEqual(parsed.problems, []);
  return createChecker([parsed.factBase!], { scope: 'all' });
}

const findings = (draft: string) => checker().check(draft).findings.map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`);

test('a bare dollar sign or dollars may be the article\'s Australian dollars', () => {
  assert.deepEqual(findings('The government opened a $40 million flood recovery fund for the region.'), []);
  assert.deepEqual(findings('The government opened a 40 million dollar flood recovery fund for the region.'), []);
  assert.deepEqual(findings('The government opened a A$40 million flood recovery fund for the region.'), []);
  // Another figure, another family, or another dollar named exactly is still wrong.
  assert.deepEqual(findings('The government opened a $45 million flood recovery fund for the region.'), ['quantity: $45 million']);
  assert.deepEqual(findings('The government opened a £40 million flood recovery fund for the region.'), ['quantity: £40 million']);
  assert.deepEqual(findings('The government opened a US$40 million flood recovery fund for the region.'), ['quantity: US$40 million']);
  assert.deepEqual(findings('Hardship grants of A$250 per adult are paid from the fund.').filter((f) => f.includes('250')), ['quantity: A$250']);
});

test('dinars without a country may be the article\'s Tunisian dinars', () => {
  assert.deepEqual(findings('Each volunteer receives a daily allowance of 75 dinars.'), []);
  assert.deepEqual(findings('Each volunteer receives a daily allowance of 90 dinars.'), ['quantity: 90 dinars']);
  assert.deepEqual(findings('Each volunteer receives a daily allowance of 75 euros.'), ['quantity: 75 euros']);
});
