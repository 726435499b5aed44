/**
 * Count nouns in the indefinite accusative (حاجاً, قارباً, ساكناً), probed by helper numbers24 before
 * the change: the drawing table of count nouns lists each noun's accusative form, and these three
 * lacked it, so «ستنقل الوزارة 3120 حاجاً» drew no count at all. An invented article: Mauritania's
 * plan for its pilgrims and a storm off Nouadhibou.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnQuantities } from './drawProbeChecks';

const ARTICLE = [
  'موريتانيا تعلن خطة نقل حجاجها',
  'نواكشوط – الاثنين 7 ديسمبر 2026 – أعلنت وزارة الشؤون الإسلامية الموريتانية يوم الاثنين أنها ستنقل 3120 حاجاً إلى الأراضي المقدسة في الموسم المقبل.',
  'وفي نواذيبو، قال خفر السواحل إن العاصفة أغرقت 14 قارباً للصيد.',
  'وأضاف أن قرية الصيادين التي يقطنها 85 ساكناً لم تسجل أي إصابات.',
].join('\n\n');

const drawn = drawnQuantities(ARTICLE);

/** Whether a sure count of `value` is drawn with the English noun `noun`. */
function drawnCount(value: number, noun: string): boolean {
  return drawn.some((q) => q.value === value && q.unit === 'count' && !q.review?.unsure && (q.noun?.en ?? []).includes(noun));
}

for (const [value, noun] of [[3120, 'pilgrims'], [14, 'boats'], [85, 'residents']] as const) {
  test(`draws ${value} ${noun} from a noun in the accusative`, () => {
    assert.ok(drawnCount(value, noun), JSON.stringify(drawn));
  });
}
