/**
 * Sentence probes of four invented wire stories of tests/engine/fixtures/drawProbes, written before
 * the drawing changes they test: a count stated after its noun ("the death toll … has risen to 48",
 * "the number of displaced families reached 3,200", «ارتفعت حصيلة الوفيات … إلى 48», «بلغ عدد
 * المراكز … 12»), which the check already reads in a draft but drawing did not draw; and a
 * government's goal for a rate ("aims to cut the unemployment rate to 3 per cent by 2030", «تهدف
 * الحكومة إلى خفض معدل البطالة إلى 9 في المئة بحلول 2030»), whose figure made the rate's noun
 * doubtful and so left the story's own rate undrawn. True restatements (the figure before its noun,
 * hedged, the goal restated) are traps.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { probe } from './drawProbeChecks';
import { drawnChecker } from './helpers';

const CHOLERA = 'cholera-hodeidah.ar.txt';
probe(CHOLERA, { sentence: 'ارتفعت حصيلة الوفيات جراء الكوليرا في الحديدة إلى 48 خلال أسبوع.' });
probe(CHOLERA, { sentence: 'ارتفعت حصيلة الوفيات جراء الكوليرا في الحديدة إلى 58 خلال أسبوع.', rule: 'quantity' });
probe(CHOLERA, { sentence: 'أودت الكوليرا بحياة 48 شخصاً في الحديدة خلال أسبوع.' });
probe(CHOLERA, { sentence: 'سجلت الحديدة 48 وفاة بالكوليرا خلال أسبوع.' });
probe(CHOLERA, { sentence: 'سجلت الحديدة 84 وفاة بالكوليرا خلال أسبوع.', rule: 'quantity' });
probe(CHOLERA, { sentence: 'وبلغ عدد الوفيات نحو 50 خلال أسبوع.' });
probe(CHOLERA, { sentence: 'وبلغ عدد المراكز الصحية التي تستقبل المصابين 12 مركزاً.' });
probe(CHOLERA, { sentence: 'وتستقبل 15 مركزاً صحياً المصابين في المحافظة.', rule: 'quantity' });
probe(CHOLERA, { sentence: 'ووصل عدد الأطفال دون الخامسة بين المصابين إلى 1100 طفل.' });
probe(CHOLERA, { sentence: 'وبين المصابين 1300 طفل دون الخامسة.', rule: 'quantity' });
probe(CHOLERA, { sentence: 'وتحتاج المنظمة إلى 15 مليون دولار لتمويل خطة الاستجابة.' });

const FLOODS = 'floods-malawi.en.txt';
probe(FLOODS, { sentence: 'The floods in southern Malawi have killed 48 people.' });
probe(FLOODS, { sentence: 'The death toll from the floods has risen to 48.' });
probe(FLOODS, { sentence: 'The death toll from the floods has risen to 58.', rule: 'quantity' });
probe(FLOODS, { sentence: 'Floods in southern Malawi have left 84 dead.', rule: 'quantity' });
probe(FLOODS, { sentence: 'The floods have displaced 3,200 families in Chikwawa and Nsanje.' });
probe(FLOODS, { sentence: 'The floods have displaced some 3,000 families.' });
probe(FLOODS, { sentence: 'The number of displaced families reached 2,300.', rule: 'quantity', todo: 'a plan\'s figure of the same noun (aims to resettle 10,000 households) makes the families\' count doubtful' });
probe(FLOODS, { sentence: 'The floods have closed 35 schools, the education ministry said.' });
probe(FLOODS, { sentence: 'The floods have closed 53 schools, the education ministry said.', rule: 'quantity' });
probe(FLOODS, { sentence: 'The government aims to resettle 10,000 households by 2030.' });
probe(FLOODS, { sentence: 'Rescuers have pulled more than 600 people from flooded villages.' });

const JOBS_AR = 'jobs-morocco.ar.txt';
probe(JOBS_AR, { sentence: 'تراجع معدل البطالة في المغرب إلى 12.8 في المئة في الربع الثالث.' });
probe(JOBS_AR, { sentence: 'تراجع معدل البطالة في المغرب إلى 13.8 في المئة في الربع الثالث.', rule: 'quantity' });
probe(JOBS_AR, { sentence: 'بلغت نسبة البطالة نحو 13% في الربع الثالث.' });
probe(JOBS_AR, { sentence: 'وتسعى الحكومة إلى خفض معدل البطالة إلى 9 في المئة بحلول 2030.' });
probe(JOBS_AR, { sentence: 'وبلغ معدل التضخم السنوي 2.1 في المئة في سبتمبر.' });

const JOBS_EN = 'jobs-kenya.en.txt';
probe(JOBS_EN, { sentence: "Kenya's unemployment rate fell to 5.4% in the second quarter." });
probe(JOBS_EN, { sentence: "Kenya's unemployment rate fell to 4.5% in the second quarter.", rule: 'quantity' });
probe(JOBS_EN, { sentence: 'The government wants to bring unemployment down to 3 per cent by 2030.' });
probe(JOBS_EN, { sentence: 'Inflation slowed to 4.1% in July.' });
// The rate restated without its country is the story's rate, not the goal's.
probe(JOBS_AR, { sentence: 'وقالت المندوبية إن معدل البطالة تراجع إلى 12.8 في المئة في الربع الثالث.' });
probe(JOBS_AR, { sentence: 'وقالت المندوبية إن معدل البطالة تراجع إلى 11.8 في المئة في الربع الثالث.', rule: 'quantity' });
probe(JOBS_EN, { sentence: 'The unemployment rate fell to 5.4 per cent in the second quarter, the bureau said.' });
probe(JOBS_EN, { sentence: 'The unemployment rate fell to 6.4 per cent in the second quarter, the bureau said.', rule: 'quantity' });

/** The findings of sentences checked against the fact base drawn from an inline article. */
function findingsAgainst(article: string, sentences: string[]): string[][] {
  const checker = drawnChecker(article);
  return sentences.map((sentence) => checker.check(sentence).findings.map((f) => `${f.ruleId}: ${sentence.slice(f.range.start, f.range.end)}`));
}

test('jobs written «منصب شغل» (Morocco\'s statistics office) or «منصب عمل» are counted jobs', () => {
  const article = 'المغرب\nالرباط، 4 نوفمبر 2026 (رويترز) - قالت المندوبية السامية للتخطيط إن الاقتصاد المغربي أحدث 140 ألف منصب شغل صاف خلال سنة.\n';
  assert.deepEqual(findingsAgainst(article, ['أحدث الاقتصاد المغربي 140 ألف منصب شغل خلال سنة.', 'أحدث الاقتصاد المغربي نحو 140 ألف فرصة عمل خلال سنة.', 'أحدث الاقتصاد المغربي 160 ألف منصب شغل خلال سنة.']), [[], [], ['quantity: 160 ألف']]);
});
