/**
 * An Arabic hour without «الساعة» after a word of approximation or exactness («في حدود التاسعة
 * ليلاً», «في تمام الرابعة فجراً», «قبيل الخامسة فجراً», «بُعيد الثانية فجراً») is a clock
 * time like one after في or قرابة. Probes against the shared story ar-disaster (the earthquake at
 * 23:11, the first toll at 02:00), written before the change, with the right hours and an
 * ordinal after «في حدود» that no part of the day follows clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { datedFindings as dated, fixtureFactBase } from './helpers';

const disaster = createChecker([fixtureFactBase('stories/ar-disaster', 'al-haouz-earthquake.factbase.json', 'article.ar.txt')], { scope: 'all' });

test('a wrong hour after «في حدود», «في تمام», «قبيل» or «بعيد» is flagged', () => {
  assert.deepEqual(dated(disaster, 'ضرب الزلزال إقليم الحوز في حدود التاسعة ليلاً.'), ['التاسعة ليلاً → 11:11 @ earthquake']);
  assert.deepEqual(dated(disaster, 'أعلنت وزارة الداخلية حصيلة أولية في تمام الرابعة فجراً.'), ['الرابعة فجراً → الثانية @ initial-toll']);
  assert.deepEqual(dated(disaster, 'أعلنت وزارة الداخلية حصيلة أولية قبيل الخامسة فجراً.'), ['الخامسة فجراً → الثانية @ initial-toll']);
});

test('the right hour, and an ordinal after «في حدود» that is no hour, stay clean', () => {
  assert.deepEqual(dated(disaster, 'ضرب الزلزال إقليم الحوز في حدود الحادية عشرة ليلاً.'), []);
  assert.deepEqual(dated(disaster, 'أعلنت وزارة الداخلية حصيلة أولية بعيد الثانية فجراً.'), []);
  assert.deepEqual(dated(disaster, 'ضرب الزلزال إقليم الحوز، وجاء المغرب في حدود الثالثة بين دول المنطقة من حيث قوة الزلازل.'), []);
});
