/**
 * A trial adjourned to a later date, restated with another verb of postponing, probed on an
 * invented Reuters story (a Tunis court on Tuesday 10 March 2026 adjourned the "conspiracy against
 * state security" trial to 14 April) and its English version, each checked with the fact base drawn
 * from it. «أرجأت» and "adjourned" say what «تأجيل» and "postponed" say: a wrong day of the
 * adjournment is flagged; the right one, and the decision's own Tuesday, stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { drawnChecker } from './helpers';

const ARABIC = [
  'محكمة تونسية تؤجل محاكمة معارضين إلى الشهر المقبل',
  'تونس، الثلاثاء 10 آذار/مارس 2026 (رويترز) - قررت الدائرة الجنائية بالمحكمة الابتدائية بتونس العاصمة يوم الثلاثاء تأجيل النظر في قضية "التآمر على أمن الدولة" إلى يوم 14 نيسان/أبريل المقبل، استجابة لطلب هيئة الدفاع.',
  'ويحاكم في القضية 40 شخصاً بينهم سياسيون معارضون ورجال أعمال.',
].join('\n\n');

const ENGLISH = [
  'Tunisian court postpones trial of opposition figures to next month',
  'TUNIS, Tuesday 10 March 2026 (Reuters) - A Tunis criminal court on Tuesday postponed the "conspiracy against state security" trial to April 14 at the request of the defence.',
  'Forty people, including opposition politicians and businessmen, are on trial in the case.',
].join('\n\n');

/** The event-date findings (the words flagged) a draft gets from the fact base drawn from `article`. */
function drawnFindings(article: string): (draft: string) => string[] {
  const checker = drawnChecker(article);
  return (draft) => checker.check(draft).findings.filter((f) => f.ruleId === 'event-date').map((f) => draft.slice(f.range.start, f.range.end));
}

const arabic = drawnFindings(ARABIC);
const english = drawnFindings(ENGLISH);

test('an adjournment restated with «أرجأت» or "adjourned" is compared with the postponement', () => {
  assert.deepEqual(arabic('أرجأت المحكمة الابتدائية في تونس يوم الثلاثاء النظر في قضية التآمر على أمن الدولة إلى 15 نيسان/أبريل.'), ['15']);
  assert.deepEqual(english('The Tunis court on Tuesday adjourned the conspiracy trial to April 15.'), ['15']);
});

test('the right day of the adjournment and the decision\'s own Tuesday stay clean', () => {
  assert.deepEqual(arabic('أرجأت المحكمة الابتدائية في تونس يوم الثلاثاء النظر في قضية التآمر على أمن الدولة إلى 14 نيسان/أبريل.'), []);
  assert.deepEqual(arabic('وأرجأت المحكمة القضية التي يحاكم فيها 40 شخصاً.'), []);
  assert.deepEqual(english('The Tunis court on Tuesday adjourned the conspiracy trial to April 14.'), []);
});
