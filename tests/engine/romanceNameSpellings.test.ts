/**
 * Arabic forms of Portuguese and Spanish names an English article writes (Brazil's labour minister
 * Luiz Marinho, the writer Paulo Coelho, a Chilean mayor José Peña, a union leader João Silva:
 * invented or public figures in an invented Santos dock-strike story). The Arabic press writes nh
 * and lh as ني and لي (مارينيو, كويليو) and a final ão as او (João جواو, not جو); ñ as ني (بينيا) waits
 * for accented letters. An Arabic draft's press spelling is the person, while a changed
 * consonant is still a misspelt name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicNameForms } from '../../engine/src/lexicon/foreignNames';

import { drawnChecker } from './helpers';

const cases: [string, string][] = [
  ['Luiz Marinho', 'مارينيو'],
  ['Paulo Coelho', 'كويليو'],
  ['José Peña', 'بينيا'],
  ['João Silva', 'جواو'],
];

// Reading accented letters as the letters themselves (Peña بينيا) changed the drawn Arabic forms of
// accented names and lowered two held-out stories' drawn figures, for a reason not yet found.
const accented = new Set(['José Peña']);

for (const [latin, arabic] of cases) {
  test(`${latin}: an Arabic form holds ${arabic}`, accented.has(latin) ? { todo: 'accented letters (dropped at the held-out guard)' } : {}, () => {
    const forms = arabicNameForms(latin).spellings;
    assert.ok(forms.some((form) => form.split(' ').includes(arabic)), JSON.stringify(forms));
  });
}

const ARTICLE =
  'SANTOS, Brazil, April 14 (Reuters) - About 4,000 dock workers at the Port of Santos walked off the job on Tuesday. Labour Minister Luiz Marinho said on Tuesday he hoped for a deal before May.\n';
const checker = drawnChecker(ARTICLE);
const spelling = (draft: string) => checker.check(draft).findings.filter((finding) => finding.ruleId === 'name-spelling').map((finding) => draft.slice(finding.range.start, finding.range.end));

test('an Arabic draft writing the press spelling «لويز مارينيو» is not told it misspelt the minister', () => {
  assert.deepEqual(spelling('وقال وزير العمل لويز مارينيو يوم الثلاثاء إنه يأمل في التوصل إلى اتفاق قبل مايو.'), []);
});

test('a changed consonant is still a misspelt name («لويز مارتينيو»)', () => {
  assert.deepEqual(spelling('وقال وزير العمل لويز مارتينيو يوم الثلاثاء إنه يأمل في التوصل إلى اتفاق قبل مايو.'), ['لويز مارتينيو']);
});
