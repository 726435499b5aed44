/**
 * A day a thing is called for, found by helper drawfp22 drawing its own articles: "The Sahel
 * Telecom Workers Union called a strike for Thursday" and «ودعت نقابة عمال ساحل للاتصالات إلى إضراب
 * يوم الخميس» in Tuesday's paper are drawn on the Thursday before, as the past verb of calling is
 * read as the day's tense; the strike is to come. Articles: `telecom-strike.en.txt` and
 * `telecom-strike.ar.txt` (invented, published on Tuesday 14 April 2026). A day after "for" or
 * after a verb of calling and its noun is read as one to come (`extract/calledFor.ts`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';

const dir = join(import.meta.dirname, 'fixtures', 'drawProbes');

for (const [file, relative] of [['telecom-strike.en.txt', 'Thursday'], ['telecom-strike.ar.txt', 'الخميس']] as const) {
  test(`${file}: the strike called for ${relative} is drawn on 16 April`, () => {
    const events = (drawFactBase(readFileSync(join(dir, file), 'utf8'), {}).factBase as unknown as { events: { date: { day?: number; relative?: string } }[] }).events;
    assert.deepEqual(events.filter((event) => event.date.relative === relative).map((event) => event.date.day), [16]);
  });
}
