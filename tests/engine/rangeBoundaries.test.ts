/**
 * A single day said as the first or the last of an event the article dates over several days
 * (starts, begins, «تنطلق», «تبدأ»; ends, «تنتهي», «تختتم») is compared with that end of the
 * article's range, not only placed inside it. Probes against the dev story ar-education (its
 * resit session runs from Monday 20 to Friday 24 July), written before the change, with the right
 * ends and a day inside the range without such a word that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });

/** The event-date findings of a draft dated the article's day, as `flagged text → fix @ event id`. */
function dated(draft: string): string[] {
  const text = `---\ndate: 2026-07-14\n---\n\n${draft}\n`;
  return education
    .check(text)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => `${text.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''} @ ${finding.factId}`);
}

test('a day said as the start or the end of the range is compared with that end', () => {
  assert.deepEqual(dated('تنطلق دورة المراقبة يوم الثلاثاء 21 يوليو.'), ['21 → 20 @ remedial']);
  assert.deepEqual(dated('تنتهي دورة المراقبة يوم 23 يوليو.'), ['23 → 24 @ remedial']);
  assert.deepEqual(dated('وتبدأ دورة المراقبة في 22 يوليو/تموز.'), ['22 → 20 @ remedial']);
});

test('the right ends, and a day inside the range said without such a word, stay clean', () => {
  assert.deepEqual(dated('تنطلق دورة المراقبة يوم الاثنين 20 يوليو.'), []);
  assert.deepEqual(dated('تنتهي دورة المراقبة يوم الجمعة 24 يوليو.'), []);
  assert.deepEqual(dated('تجري دورة المراقبة يوم 22 يوليو.'), []);
  assert.deepEqual(dated('تنطلق دورة المراقبة يوم 20 يوليو وتنتهي يوم 24 يوليو.'), []);
});
