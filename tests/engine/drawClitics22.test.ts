/**
 * Arabic clitics on the triggers drawing takes, probed by helper clitic22 before the change that
 * reads them: a word whose first letter is its root's first radical (وصلوا, وزعوا, فقدوا, فتحوا,
 * بيعت) keeps that letter, while a conjunction before it (ووقعتا, وبيعت) still comes off. Invented
 * article `relief-tarmoun.ar.txt` of tests/engine/fixtures/drawProbes: a relief mission that
 * arrived in Tarmoun, signed an agreement, handed out food, lost contact with a team, sold old
 * equipment and opened a road, each on its own day of May 2026.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

const FILE = 'relief-tarmoun.ar.txt';
const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', FILE), 'utf8');
const drawn = (drawFactBase(article, {}).factBase as unknown as { events?: { date?: { day?: number }; triggers?: { ar?: string[] } }[] }).events ?? [];

/** The Arabic triggers drawn for the event of a day of May 2026. */
const triggersOn = (day: number): string[] => drawn.find((event) => event.date?.day === day)?.triggers?.ar ?? [];

const TRIGGERS: { day: number; kept: string; not: string }[] = [
  { day: 4, kept: 'وصلوا', not: 'صلوا' },
  { day: 5, kept: 'وقعتا', not: 'قعتا' },
  { day: 6, kept: 'وزعوا', not: 'زعوا' },
  { day: 2, kept: 'فقدوا', not: 'قدوا' },
  { day: 1, kept: 'بيعت', not: 'يعت' },
  { day: 3, kept: 'فتحوا', not: 'تحوا' },
];

for (const { day, kept, not } of TRIGGERS) {
  test(`${FILE}: the event of ${day} May is triggered by «${kept}», not «${not}»`, () => {
    const triggers = triggersOn(day);
    assert.ok(triggers.includes(kept), JSON.stringify(triggers));
    assert.ok(!triggers.includes(not), JSON.stringify(triggers));
  });
}

// A draft that gives an event the wrong day is flagged; the right day is not.
probe(FILE, { sentence: 'ووصلوا يوم 5 مايو 2026 إلى مدينة تارمون.', rule: 'event-date' });
probe(FILE, { sentence: 'ووصلوا يوم 4 مايو 2026 إلى مدينة تارمون.' });
probe(FILE, { sentence: 'وقد وزعوا المساعدات الغذائية على الأسر يوم 8 مايو 2026.', rule: 'event-date' });
probe(FILE, { sentence: 'وقد وزعوا المساعدات الغذائية على الأسر يوم 6 مايو 2026.' });
probe(FILE, { sentence: 'وفقدوا الاتصال بفريق الإنقاذ الثاني يوم 3 مايو 2026.', rule: 'event-date' });
probe(FILE, { sentence: 'وفقدوا الاتصال بفريق الإنقاذ الثاني يوم 2 مايو 2026.' });
probe(FILE, { sentence: 'ثم بيعت المعدات القديمة في مزاد يوم 9 مايو 2026.', rule: 'event-date' });
probe(FILE, { sentence: 'ثم بيعت المعدات القديمة في مزاد يوم 1 مايو 2026.' });
// A verb that is not the article's, whose letters after a clitic spell the clipped trigger, is no tie.
// (Written «وصلّوا», the verb folds to the trigger «وصلوا» itself; that probe passed only while a
// full date in a draft's first line was read as the draft's own date and so compared with nothing.)
probe(FILE, { sentence: 'فصلّوا في المسجد يوم 9 مايو 2026.' });
