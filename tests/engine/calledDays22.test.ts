/**
 * Days an action is called for, probed by helper postpone22 before the change that serves them
 * (beside `drawCalledDays22.test.ts`). In an invented article of Wednesday 20 May 2026 about
 * nurses in Kisumu and Eldoret, a rally called for Friday («إلى اعتصام يوم الجمعة») is Friday 22 May,
 * the day to come; the day a call was made ("called on Monday for a rally", «دعت يوم الاثنين إلى
 * اعتصام») and the day of a call for calm ("called for calm on Monday") stay the last Monday, 18 May.
 * The union, its officials, the towns' hospitals and the figures are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

interface Drawn { date: { day?: number; relative?: string } }

/** The days of the month drawn for a weekday in an article. */
function daysOf(article: string, relative: string): (number | undefined)[] {
  const events = (drawFactBase(article, {}).factBase as unknown as { events: Drawn[] }).events;
  return events.filter((event) => event.date.relative === relative).map((event) => event.date.day);
}

const EN = (sentence: string): string =>
  `KISUMU, Wednesday 20 May 2026 (Reuters) - Nurses at the Kisumu county hospital said on Wednesday they had not been paid for three months.\n${sentence}\n`;
const AR = (sentence: string): string =>
  `كيسومو، الأربعاء 20 مايو 2026 (رويترز) - قال ممرضون في مستشفى مقاطعة كيسومو يوم الأربعاء إنهم لم يتقاضوا رواتبهم منذ ثلاثة أشهر.\n${sentence}\n`;

const PROBES: { article: string; relative: string; day: number; todo?: string }[] = [
  // Days an action is called for: the next one.
  { article: EN('The Lake Nurses Union called a rally for Friday outside the county offices.'), relative: 'Friday', day: 22 },
  { article: EN('The Lake Nurses Union has called a two-day walkout for Monday, its secretary, Achieng Owuor, said.'), relative: 'Monday', day: 25 },
  { article: AR('ودعت نقابة ممرضي البحيرة إلى اعتصام يوم الجمعة أمام مكاتب المقاطعة.'), relative: 'الجمعة', day: 22 },
  { article: AR('ودعت النقابة الممرضين في إلدوريت إلى إضراب الاثنين.'), relative: 'الاثنين', day: 25 },
  // The day a call was made, and a call for calm on a day: the last one.
  { article: EN('The Lake Nurses Union called on Monday for a rally outside the county offices.'), relative: 'Monday', day: 18 },
  { article: EN('The county governor called for calm on Monday.'), relative: 'Monday', day: 18 },
  { article: AR('ودعت نقابة ممرضي البحيرة يوم الاثنين إلى اعتصام أمام مكاتب المقاطعة.'), relative: 'الاثنين', day: 18 },
  { article: AR('ودعا حاكم المقاطعة إلى التهدئة يوم الاثنين.'), relative: 'الاثنين', day: 18 },
];

for (const { article, relative, day, todo } of PROBES) {
  const sentence = article.split('\n')[1];
  test(`${relative} is drawn on ${day} May: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(daysOf(article, relative), [day]);
  });
}
