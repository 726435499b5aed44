/**
 * A weekday after "until" or «حتى» in a clause about the future, probed by helper drawfp22 before
 * the change that fixes it. "would keep the terminal closed until Friday" and "plans to keep the
 * quay sealed until Saturday" put the day to come, although a participle in -ed (closed, sealed)
 * stands between the modal and the day: read as a past verb, it sent the day back a week, and a
 * correct draft that gave the day's date was flagged. A day after until in a past clause ("worked
 * until Sunday", «وكانت … قد عملت حتى يوم الأحد») stays the last one. Articles invented here: a
 * chemical spill that shuts an invented port (`chemical-spill.en.txt`, `chemical-spill.ar.txt`),
 * published on Tuesday 14 April 2026.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

const dir = join(import.meta.dirname, 'fixtures', 'drawProbes');

interface DayProbe {
  file: string;
  /** The weekday as the article writes it, which names the drawn event's `relative`. */
  relative: string;
  /** The day of April 2026 the event must be drawn on. */
  day: number;
  todo?: string;
}

const EN = 'chemical-spill.en.txt';
const AR = 'chemical-spill.ar.txt';

const DAYS: DayProbe[] = [
  // After a modal or a verb of planning, with a participle between: the day to come.
  { file: EN, relative: 'Friday', day: 17 },
  { file: EN, relative: 'Saturday', day: 18 },
  { file: EN, relative: 'Thursday', day: 16 },
  { file: AR, relative: 'الجمعة', day: 17 },
  { file: AR, relative: 'السبت', day: 18 },
  { file: AR, relative: 'الخميس', day: 16 },
  // Traps: in a past clause, the last such day; an event of the day before.
  { file: EN, relative: 'Sunday', day: 12 },
  { file: EN, relative: 'Monday', day: 13 },
  { file: AR, relative: 'الأحد', day: 12 },
  { file: AR, relative: 'الاثنين', day: 13 },
];

for (const { file, relative, day, todo } of DAYS) {
  test(`${file}: ${relative} is drawn as ${day} April`, todo ? { todo } : {}, () => {
    const events = (drawFactBase(readFileSync(join(dir, file), 'utf8'), {}).factBase as unknown as { events: { date: { day?: number; relative?: string } }[] }).events;
    const days = events.filter((event) => event.date.relative === relative).map((event) => event.date.day);
    assert.deepEqual(days, [day]);
  });
}

// Drafts checked against the drawn bases: the true dates must be clean, a wrong one flagged.
probe(EN, { sentence: 'The container terminal in Velmora will stay closed until Friday, April 17.' });
probe(EN, { sentence: 'The fishing quay will be sealed until Saturday, April 18, while divers inspect the hull.' });
probe(EN, { sentence: 'The container terminal in Velmora will stay closed until Friday, April 10.', rule: 'event-date' });
probe(AR, { sentence: 'ستبقى محطة الحاويات في فيلمورا مغلقة حتى يوم الجمعة 17 أبريل.' });
probe(AR, { sentence: 'ستبقى محطة الحاويات في فيلمورا مغلقة حتى يوم الجمعة 10 أبريل.', rule: 'event-date' });
