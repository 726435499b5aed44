/**
 * Drawing leaves out the earlier value of a comparison (up from £3.9 billion, «مقارنة بـ3.9 مليار»,
 * «بعد أن كان», against 390 last year), so the current figure is the noun's only value and is
 * drawn; a figure after «مقابل» or "from" with no current figure before it, or no past period
 * after it, is no earlier value (sold for $35bn). People counted with what befell them are the
 * dead or the injured, in both languages, and an English dateline's figures join no range.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Quantity = { value: number; unit: string; noun?: { ar?: string[]; en?: string[] }; review?: { unsure?: boolean } };
const drawn = (text: string) =>
  (drawFactBase(text).factBase as unknown as { quantities: Quantity[] }).quantities.map((q) => `${q.value} ${q.noun?.en?.[0] ?? q.noun?.ar?.[0]}${q.review?.unsure ? ' unsure' : ''}`);

test('the earlier value of a comparison is not drawn, and the current one is, in English and Arabic', () => {
  const en = drawn('Trade\n\nLONDON, Monday 9 March 2026 - Exports rose to £4.2 billion, up from £3.9 billion last year, while the deficit reached £2 billion compared with £2.5 billion in 2025.\n\nThe firm now has 450 employees, against 390 employees last year.\n');
  assert.deepEqual(en, ['4200000000 exports', '2000000000 deficit', '450 employee']);
  const ar = drawn('تجارة\n\nعمّان – الاثنين 9 مارس/آذار 2026\n\nارتفعت الصادرات إلى 4.2 مليار دينار، مقارنة بـ3.9 مليار دينار العام الماضي، فيما بلغ العجز 2 مليار دينار بعد أن كان 2.5 مليار دينار.\n\nويعمل في الشركة 450 موظفاً، مقابل 390 موظفاً العام الماضي.\n');
  assert.deepEqual(ar, ['4200000000 exports', '2000000000 deficit', '450 employee']);
});

test('near misses: «مقابل» and from with no current figure before or no past period after are no comparison', () => {
  assert.deepEqual(drawn('صفقة\n\nالقاهرة – الاثنين 9 مارس/آذار 2026\n\nباعت الشركة حصتها مقابل 35 مليار دولار العام الماضي.\n'), ['35000000000 stake']);
  // Two values of one noun with no comparison word stay doubtful: neither is drawn.
  assert.deepEqual(drawn('Staff\n\nLONDON, Monday 9 March 2026 - The firm has 450 employees. Its rival has 390 employees.\n'), []);
});

test('people counted with what befell them are the dead or the injured; a dateline figure joins no range', () => {
  assert.deepEqual(drawn('Crash\n\nLEEDS, Saturday 12 September 2026 - Two people died and 14 others were injured in the crash.\n'), ['2 dead', '14 injured']);
  assert.deepEqual(drawn('حادث\n\nأسيوط – الخميس 8 أكتوبر/تشرين الأول 2026\n\nلقي تسعة أشخاص حتفهم وأصيب خمسة آخرون في الحادث.\n'), ['9 dead', '5 injured']);
  assert.deepEqual(drawn('Storm\n\nLEEDS, Saturday 12 September 2026 - The storm killed at least 12 people.\n'), ['12 dead']);
  // Near miss: people counted with no verb of what befell them stay people.
  assert.deepEqual(drawn('Bridge\n\nLEEDS, Saturday 12 September 2026 - About 300 people were on the bridge.\n'), ['300 people']);
});
