/**
 * A month word that is also another word (May, March, مارس) standing alone, without a day, a
 * year or a relative word: read as the month after a preposition of time ("will open in May",
 * "by March", "since August", «في مارس», «بحلول مارس», «منذ ماي»), capitalised in English; still
 * no month where it is a name, a verb or a modal (Theresa May, May I, they march, «مارس الضغط»).
 * Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from '../../engine/src/extract/dates';
import { analyse } from '../../engine/src/analysis';

const months = (text: string) => dates(analyse(text)).map((d) => d.month?.value);

for (const [text, month] of [
  ['The new terminal will open in May, the port authority said.', 5],
  ['Repairs must be finished by March under the contract.', 3],
  ['Prices have risen every month since August, the bureau said.', 8],
  ['The line was closed from March until the inspection.', 3],
  ['ومن المقرر أن يفتتح الميناء في مارس بعد انتهاء الأشغال.', 3],
  ['وتعهدت الوزارة بإنهاء الأشغال بحلول مارس.', 3],
  ['وارتفعت الأسعار منذ ماي الماضي بنسبة 4 في المئة.', 5],
] as const) {
  test(`a lone month after a preposition of time is the month: ${text}`, () => {
    assert.ok(months(text).includes(month), JSON.stringify(months(text)));
  });
}

for (const text of [
  'Former prime minister Theresa May said the deal was fair.',
  'May I add that the port is open, the minister asked.',
  'Thousands march in Rabat every year against the reform.',
  'March organisers said 20,000 people took part in the rally.',
  'The committee may meet again before the vote.',
  'ومارس النواب ضغوطاً على الحكومة لتعديل القانون.',
  'وقال إن الحزب مارس في الماضي دوراً كبيراً.',
]) {
  test(`near miss: no month in "${text}"`, () => {
    assert.deepEqual(months(text), []);
  });
}
