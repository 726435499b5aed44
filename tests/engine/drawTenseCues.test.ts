/**
 * Tense cues read when drawing a date without its year or a weekday's direction, probed on two
 * invented wire stories written before the change: a cyclone's landfall in Mozambique (dated
 * Thursday 12 March 2026) and a Saudi food company's quarterly results (dated Tuesday 3 November
 * 2026). A participle after "had been" or "has been" is a past verb (power had been restored to the
 * hospital by 6pm on Wednesday: the last Wednesday, not the next), and «على أن» before an Arabic
 * imperfect verb schedules what is to come («على أن تعقد جمعيتها العامة في 22 أبريل»: next April).
 * Traps: a participle after "will be" stays to come, and a past verb keeps a past month's year.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

interface DrawnEvent {
  date?: { year?: number; month?: number; day?: number };
  evidence: { text: string }[];
}

/** The dates drawn (year-month-day) for the events whose evidence holds `words`. */
function drawnDate(article: string, words: string): string {
  const events = (drawFactBase(article).factBase as unknown as { events: DrawnEvent[] }).events;
  return events
    .filter((candidate) => candidate.evidence.some((evidence) => evidence.text.includes(words)) && candidate.date?.day !== undefined)
    .map((event) => `${event.date!.year}-${event.date!.month}-${event.date!.day}`)
    .join(' ');
}

const CYCLONE = (restored: string) => `Cyclone Fredo makes landfall in central Mozambique

MAPUTO, Thursday 12 March 2026 (Reuters) - Tropical Cyclone Fredo made landfall near Beira in central Mozambique at about 2am on Wednesday, killing at least 14 people, the disaster management institute said on Thursday.

Electricidade de Mocambique said power ${restored} to Beira's main hospital by 6pm on Wednesday.
`;

test('a participle after "had been" or "has been" is past: the weekday after a deadline word is the last one', () => {
  assert.equal(drawnDate(CYCLONE('had been restored'), "Beira's main hospital"), '2026-3-11');
  assert.equal(drawnDate(CYCLONE('has been restored'), "Beira's main hospital"), '2026-3-11');
  // Trap: to come after "will be".
  assert.equal(drawnDate(CYCLONE('will be restored'), "Beira's main hospital"), '2026-3-18');
});

const RESULTS = (last: string) => `أرباح «المراعي» ترتفع 18% في الربع الثالث

الرياض، 3 نوفمبر 2026 (رويترز) - قالت شركة المراعي السعودية يوم الثلاثاء إن صافي أرباحها ارتفع 18 في المئة في الربع الثالث من العام إلى 710 ملايين ريال.

${last}
`;

test('«على أن» before an imperfect verb schedules a day to come: its month is the next such one', () => {
  assert.equal(drawnDate(RESULTS('وستعلن الشركة نتائج الربع الأخير في فبراير المقبل، على أن تعقد جمعيتها العامة في 22 أبريل.'), 'جمعيتها العامة'), '2027-4-22');
  assert.equal(drawnDate(RESULTS('ومن المنتظر أن تنتهي أعمال التوسعة في الصيف، على أن يبدأ تشغيل المصنع الجديد في 15 مارس.'), 'تشغيل المصنع'), '2027-3-15');
  // Traps: a past verb keeps the month before the article's in its year.
  assert.equal(drawnDate(RESULTS('وكانت الشركة قد عقدت جمعيتها العامة في 22 أبريل.'), 'جمعيتها العامة'), '2026-4-22');
});
