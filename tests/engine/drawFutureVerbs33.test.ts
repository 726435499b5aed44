/**
 * Drawing an Arabic event to come named by its verb far before its date: a verb in the future
 * (ستخرج) or an imperfect after «أن» (أن يصدر) more than four words before the date, in the
 * date's clause, when no nearer word names the event («إن أول شاحنة ستخرج من الورشة الجديدة في
 * مارس 2028»; «ومن المنتظر أن يصدر قرار تحديد رسوم العبور على الجسر في 4 يناير 2027»). Drawing gave
 * such events no trigger, so no draft's date was compared with them. Invented article: a new
 * bridge over a wadi (`bridge-raml33.ar.txt`).
 *
 * Must be flagged: the drafts that move those dates. Traps: the right dates, and a past event's
 * date in a sentence that says the same verb in the past.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { ruleProbe } from './drawProbeChecks';

const AR = 'bridge-raml33.ar.txt';

interface DrawnEvent {
  triggers?: { ar?: string[] };
  date?: { year?: number; month?: number; day?: number };
}

function drawnEvents(): DrawnEvent[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', AR), 'utf8');
  return (drawFactBase(article, {}).factBase as unknown as { events: DrawnEvent[] }).events;
}

test('the verb to come far before its date is the event\'s trigger', () => {
  const events = drawnEvents();
  assert.ok(events.find((event) => event.date?.month === 1 && event.date.day === 4)?.triggers?.ar?.includes('يصدر'));
  assert.ok(events.find((event) => event.date?.month === 3 && event.date.year === 2028)?.triggers?.ar?.includes('ستخرج'));
});

ruleProbe('event-date', { file: AR, sentence: 'قرار تحديد رسوم العبور على الجسر يصدر في 14 يناير 2027.', flagged: '14' });
ruleProbe('event-date', { file: AR, sentence: 'وأكد المهندس أن أول شاحنة ستخرج من الورشة في أبريل 2028.', flagged: 'أبريل' });
ruleProbe('event-date', { file: AR, sentence: 'قرار تحديد رسوم العبور على الجسر يصدر في 4 يناير 2027.' });
ruleProbe('event-date', { file: AR, sentence: 'وأكد المهندس أن أول شاحنة ستخرج من الورشة في مارس 2028.' });
ruleProbe('event-date', { file: AR, sentence: 'وخرجت أول شاحنة من الورشة القديمة في مايو 2015.' });
