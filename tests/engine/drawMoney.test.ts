/**
 * Drawing money: a bare currency word or dollar sign is the currency of the article's country
 * (دينار in a story from Tunis, $ in one from Brisbane), a currency named exactly keeps its code,
 * and a word whose family has no currency of that country keeps its usual one; amounts of a
 * package, of damage and of a cost get those nouns. Articles invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

interface Quantity {
  value: number;
  unit: string;
  currency?: string;
  noun?: { ar?: string[]; en?: string[] };
}
const money = (text: string) => (drawFactBase(`${text}\n`, { published: '2025-07-10' }).factBase as unknown as { quantities: Quantity[] }).quantities.filter((q) => q.unit === 'money');

test('a bare currency word is the dinar or dollar of the article\'s country', () => {
  const [cost] = money('تونس: اتفاق جديد\nوتبلغ الكلفة السنوية للاتفاق 210 ملايين دينار (نحو 70 مليون دولار)، بحسب الوزارة.');
  assert.deepEqual({ value: cost?.value, currency: cost?.currency }, { value: 210_000_000, currency: 'TND' });
  assert.ok(cost?.noun?.en?.includes('cost'));
  // A dollar in a Tunisian story is the US dollar: the country has no dollar.
  assert.equal(money('تونس: اتفاق جديد\nوتبلغ الكلفة السنوية للاتفاق 210 ملايين دينار (نحو 70 مليون دولار)، بحسب الوزارة.')[1]?.currency, 'USD');
  const [pkg] = money('Australia braces for floods\nThe government announced a $40 million recovery package on Monday.');
  assert.deepEqual({ currency: pkg?.currency, en: pkg?.noun?.en }, { currency: 'AUD', en: ['package'] });
});

test('near misses: a currency named exactly, and an article with no country, keep the usual code', () => {
  const [exact] = money('Australia braces for floods\nThe fund lent US$40 million for the recovery package on Monday.');
  assert.equal(exact?.currency, 'USD');
  const [bare] = money('The council approved a $40 million recovery package on Monday.');
  assert.equal(bare?.currency, 'USD');
  const [swiss] = money('المغرب: مساعدات\nوأعلن الصندوق تخصيص حزمة بقيمة مليون فرنك سويسري للمتضررين.');
  assert.equal(swiss?.currency, 'CHF');
});

test('one part of a counted whole: its amount and duration are the part\'s («الدفعة الثانية», second tranche)', () => {
  const article = 'قرض جديد\nوقال الوزير إن القرض سيصل على دفعتين: الأولى بقيمة 4 مليارات دولار خلال أسبوعين، والثانية بقيمة 6 مليارات دولار خلال ثلاثة أشهر.\n';
  const drawn = (drawFactBase(article, { published: '2025-07-10' }).factBase as unknown as { quantities: Quantity[] }).quantities;
  const second = drawn.filter((q) => q.noun?.ar?.includes('الدفعة الثانية'));
  assert.deepEqual(second.map((q) => [q.value, q.unit]).sort(), [[3, 'month'], [6_000_000_000, 'money']], JSON.stringify(drawn));
  assert.ok(second[0]?.noun?.en?.includes('second tranche'));
  // Near miss: an ordinal with no counted parts before it names no part.
  const alone = money('قرض جديد\nوقال الوزير إن الأولى بقيمة 4 مليارات دولار.');
  assert.ok(alone.every((q) => !q.noun?.ar?.some((form) => form.includes('الدفعة'))), JSON.stringify(alone));
});
