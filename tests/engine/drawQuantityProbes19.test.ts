/**
 * Sentence probes of three invented wire stories of tests/engine/fixtures/drawProbes, written before
 * the quantity changes they test: a Gulf bank's results, where a change and the amount it came to
 * share one noun («ارتفع صافي أرباحه بنسبة 18 في المئة إلى 4.6 مليار درهم (1.25 مليار دولار)»,
 * «ارتفعت الإيرادات التشغيلية 11 في المئة إلى 9.8 مليار درهم»); a cholera toll of one province
 * stated after its noun («عدد الوفيات … ارتفع إلى 112 حالة») beside last year's national toll, which a
 * draft restates without naming the province; and a UN appeal for Chad with counts of people of
 * several kinds. True restatements (rounded, hedged, in dollars, last year's figure) are traps.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, probe } from './drawProbeChecks';

const BANK = 'gulf-bank.ar.txt';
probe(BANK, { sentence: 'ارتفع صافي أرباح بنك الخليج الأول 18% إلى 4.6 مليار درهم.' });
probe(BANK, { sentence: 'ارتفع صافي أرباح بنك الخليج الأول 18% إلى 6.4 مليار درهم.', rule: 'quantity' });
probe(BANK, { sentence: 'ارتفع صافي أرباح بنك الخليج الأول 28% إلى 4.6 مليار درهم.', rule: 'quantity' });
probe(BANK, { sentence: 'حقق البنك أرباحا صافية بلغت نحو 1.25 مليار دولار.' });
probe(BANK, { sentence: 'حقق البنك أرباحا صافية بلغت نحو 2.5 مليار دولار.', rule: 'quantity' });
probe(BANK, { sentence: 'بلغت أرباح البنك 4.6 مليار درهم (نحو 1.3 مليار دولار).' });
probe(BANK, { sentence: 'بلغ إجمالي أصول البنك 312 مليار درهم.' });
probe(BANK, { sentence: 'بلغ إجمالي أصول البنك 321 مليار درهم.', rule: 'quantity' });
probe(BANK, { sentence: 'ارتفعت الإيرادات التشغيلية إلى 9.8 مليار درهم.' });
probe(BANK, { sentence: 'ارتفعت الإيرادات التشغيلية 11 في المئة إلى 8.9 مليار درهم.', rule: 'quantity' });
probe(BANK, { sentence: 'وارتفعت الإيرادات بنحو 11% إلى قرابة 10 مليارات درهم.' });
probe(BANK, { sentence: 'تراجعت نسبة القروض المتعثرة إلى 2.9%.' });
probe(BANK, { sentence: 'تراجعت نسبة القروض المتعثرة إلى 1.9%.', rule: 'quantity' });
probe(BANK, { sentence: 'يعتزم البنك افتتاح 14 فرعا جديدا.' });
probe(BANK, { sentence: 'يعمل في البنك 4200 موظف.' });
probe(BANK, { sentence: 'يعمل في البنك 2400 موظف.', rule: 'quantity' });
probe(BANK, { sentence: 'طرح البنك سندات بقيمة 570 مليون دولار في مايو.', rule: 'quantity' });
probe(BANK, { sentence: 'أعلن البنك نتائجه للسنة المالية 2026 يوم الأربعاء.' });

const CHOLERA = 'cholera-whitenile.ar.txt';
probe(CHOLERA, { sentence: 'ارتفع عدد الوفيات جراء الكوليرا في ولاية النيل الأبيض إلى 112.' });
probe(CHOLERA, { sentence: 'سجلت ولاية النيل الأبيض 121 وفاة بالكوليرا.', rule: 'quantity' });
probe(CHOLERA, { sentence: 'ارتفع عدد الوفيات جراء تفشي الكوليرا إلى 121 حالة.', rule: 'quantity' });
probe(CHOLERA, { sentence: 'ارتفع عدد الوفيات جراء تفشي الكوليرا إلى 112 حالة.' });
probe(CHOLERA, { sentence: 'ارتفع عدد الوفيات جراء تفشي الكوليرا في ولاية النيل الأبيض إلى 121 حالة.', rule: 'quantity' });
probe(CHOLERA, { sentence: 'وكان عدد الوفيات في السودان العام الماضي أكثر من 1500.' });
probe(CHOLERA, { sentence: 'وكان السودان سجل العام الماضي أكثر من 1500 وفاة بالكوليرا.' });
probe(CHOLERA, { sentence: 'وسجلت الولاية 3450 إصابة منذ منتصف نوفمبر.' });
probe(CHOLERA, { sentence: 'وسجلت الولاية 4350 إصابة منذ منتصف نوفمبر.', rule: 'quantity' });
probe(CHOLERA, { sentence: 'بلغ عدد الإصابات نحو 3500 إصابة.' });
probe(CHOLERA, { sentence: 'بلغ عدد الإصابات المسجلة 112.', rule: 'quantity' });
probe(CHOLERA, { sentence: 'سجلت مدينة كوستي وحدها 640 إصابة.' });
probe(CHOLERA, { sentence: 'تستهدف حملة التطعيم 400 ألف شخص.' });
probe(CHOLERA, { sentence: 'تستهدف حملة التطعيم 200 ألف شخص.', rule: 'quantity' });
probe(CHOLERA, { sentence: 'خصصت منظمة الصحة العالمية مليوني دولار للاستجابة.' });
probe(CHOLERA, { sentence: 'بلغ معدل الوفيات بين المصابين 3.2 في المئة.' });
probe(CHOLERA, { sentence: 'خرجت عشرات المراكز الصحية عن الخدمة.' });
probe(CHOLERA, { sentence: 'لا يحصل 40% من السكان على مياه نظيفة.', rule: 'quantity' });
probe(CHOLERA, { sentence: 'ستصل 280 ألف جرعة من اللقاح خلال أيام.', rule: 'quantity' });

// Tolls of two provinces and the country's: a draft that names no province is compared only where
// it restates a province's own sentence, and the country's toll is no wrong figure of a province's.
const FLOODS = 'floods-kassala.ar.txt';
probe(FLOODS, { sentence: 'ارتفعت حصيلة ضحايا الفيضانات إلى 130 قتيلا.' });
probe(FLOODS, { sentence: 'ارتفعت حصيلة ضحايا الفيضانات في كسلا إلى 45 قتيلا.' });
probe(FLOODS, { sentence: 'ارتفعت حصيلة ضحايا الفيضانات في ولاية كسلا إلى 54 قتيلا.', rule: 'quantity' });
probe(FLOODS, { sentence: 'ارتفع عدد القتلى جراء الفيضانات إلى 45.' });
probe(FLOODS, { sentence: 'ارتفع عدد القتلى في السودان إلى 130.' });
probe(FLOODS, { sentence: 'ارتفع عدد القتلى إلى 28 في ولاية نهر النيل.' });
probe(FLOODS, { sentence: 'بلغ عدد القتلى في البلاد 150 قتيلا منذ يوليو.', rule: 'quantity' });
probe(FLOODS, { sentence: 'وقتل 28 شخصا في نهر النيل.' });

// An accident's injured counted with «إصابات» (5 serious ones among the 23 injured) beside the dead: traps.
const CRASH = 'bus-crash.ar.txt';
probe(CRASH, { sentence: 'لقي 9 أشخاص حتفهم وأصيب 23 آخرون في انقلاب حافلة في أسيوط.' });
probe(CRASH, { sentence: 'وبين المصابين 5 إصابات خطيرة.' });
probe(CRASH, { sentence: 'نقلت 30 سيارة إسعاف المصابين الـ23 إلى المستشفى.' });
probe(CRASH, { sentence: 'وأسفر الحادث عن 9 وفيات و23 إصابة.' });
probe(CRASH, { sentence: 'أسفر الحادث عن 23 إصابة بينها 5 خطيرة.' });
probe(CRASH, { sentence: 'وشهدت المحافظة العام الماضي 112 حادثا أودت بحياة 64 شخصا.' });
probe(CRASH, { sentence: 'كانت الحافلة تقل 14 راكبا.', rule: 'quantity' });

const CHAD = 'chad-appeal.en.txt';
probe(CHAD, { sentence: 'The UN appealed for $2.7 billion to help 9 million people in Chad.' });
probe(CHAD, { sentence: 'The UN appealed for $2.7 billion to help 6 million people in Chad.', rule: 'quantity' });
probe(CHAD, { sentence: 'The UN is seeking $2.7 million for aid in Chad next year.', rule: 'quantity' });
probe(CHAD, { sentence: 'Chad hosts some 1.3 million refugees.' });
probe(CHAD, { sentence: 'Chad hosts some 3.1 million refugees.', rule: 'quantity' });
probe(CHAD, { sentence: 'Of the 1.3 million refugees, 600,000 are children.' });
probe(CHAD, { sentence: 'The cholera death toll in Ouaddai has risen to 48.' });
probe(CHAD, { sentence: 'The cholera death toll in Ouaddai has risen to 84.', rule: 'quantity' });
probe(CHAD, { sentence: 'Chad pledged 15 billion CFA francs, about $25 million.' });

/** The money and percentages drawn from an article, with their first Arabic noun, hedge and review mark. */
const amounts = (file: string) =>
  drawnQuantities(readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8'))
    .filter((q) => q.unit === 'money' || q.unit === 'percent')
    .map((q) => [q.value, q.currency ?? q.unit, q.noun?.ar?.[0], q.approx ?? '', q.review ? 'review' : '']);

test('an amount after a change in «في المئة إلى» is what the change came to: the noun of its subject, no bound', () => {
  const drawn = amounts(BANK);
  // The dividend, a share of capital, is no value of the profit beside the profit's change.
  assert.ok(drawn.some((q) => q[0] === 18 && q[2] === 'أرباح') && drawn.some((q) => q[0] === 25 && q[2] === 'توزيعات'), JSON.stringify(drawn));
  assert.ok(drawn.some((q) => q[0] === 9_800_000_000 && q[2] === 'إيرادات' && q[3] === '' && q[4] === ''), JSON.stringify(drawn));
  assert.ok(drawn.some((q) => q[0] === 1_250_000_000 && q[1] === 'USD' && q[2] === 'أرباح'), JSON.stringify(drawn));
});
