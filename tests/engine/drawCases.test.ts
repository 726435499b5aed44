/**
 * Cases named by what they are cases of (17 حالة اختناق, 1126 حالة غش, 40 cases of cholera) are
 * drawn with the two words as their noun; bare cases later in the sentence count the same thing
 * and are not tied to a noun counted before them (و40 حالة في القاهرة is not 40 hospitals), while
 * bare cases after a counted noun still count it (الوفيات بـ1293 حالة).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

type Quantity = { value: number; noun?: { ar?: string[]; en?: string[] } };
const drawn = (text: string) => (drawFactBase(text).factBase as unknown as { quantities: Quantity[] }).quantities.map((q) => `${q.value} ${[...(q.noun?.ar ?? []), ...(q.noun?.en ?? [])][0]}`);

const AR = 'حالات\n\nأسيوط – الخميس 8 أكتوبر/تشرين الأول 2026\n\nاستقبلت المستشفيات 17 حالة اختناق، ورصدت الوزارة 1126 حالة غش و40 حالة في القاهرة.\n';

test('cases of a named thing are drawn with it, in Arabic and English', () => {
  assert.deepEqual(drawn(AR), ['17 حالات اختناق', '1126 حالات غش']);
  assert.deepEqual(drawn('Cases\n\nLEEDS, Saturday 12 September 2026 - Doctors recorded 40 cases of cholera and 12 cases in Leeds.\n'), ['40 cases of cholera']);
  // Near miss: bare cases after a counted noun of the table still count it.
  assert.deepEqual(drawn('زلزال\n\nالرباط – الأحد 10 سبتمبر/أيلول 2023\n\nسجّل إقليم الحوز العدد الأكبر من الوفيات بـ1293 حالة.\n'), ['1293 وفاة']);
});

test('a wrong count of cases of a thing is flagged; the true one and cases of another thing are not', () => {
  const checker = drawnChecker(AR);
  const found = (text: string) => checker.check(text).findings.length;
  assert.equal(found('واستقبلت المستشفيات 25 حالة اختناق.'), 1);
  assert.equal(found('واستقبلت المستشفيات 17 حالة اختناق.'), 0);
  assert.equal(found('وسجلت المستشفيات 25 حالة تسمم.'), 0);
});
