/**
 * Events named by their noun: openings, collapses, sinkings and crashes are words of the table of
 * news verbs and nouns in both languages (افتتاح المرسى, the opening of the inquiry), and an Arabic
 * date set before the event's noun (لقي تسعة أشخاص حتفهم، أمس الأربعاء، في غرق عبّارة) takes the
 * first table word after it; an English word after a date is not read (in September, meeting …).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Event = { date?: { month?: number; day?: number }; triggers?: { ar?: string[]; en?: string[] } };
const events = (text: string, published?: string) =>
  ((drawFactBase(text, published ? { published } : {}).factBase as unknown as { events: Event[] }).events).map((e) => `${e.date?.month}-${e.date?.day} ${[...(e.triggers?.ar ?? []), ...(e.triggers?.en ?? [])].join(',')}`);

test('an Arabic date before the event noun takes it as a trigger, with its English forms', () => {
  const found = events('عبارة\n\nأسيوط – الخميس 8 أكتوبر/تشرين الأول 2026\n\nلقي تسعة أشخاص حتفهم، أمس الأربعاء، في غرق عبّارة نهرية.\n\nوحضر المحافظ افتتاح المرسى الجديد يوم 20 سبتمبر/أيلول.\n', '2026-10-08');
  assert.deepEqual(found, ['10-7 لقي,حتفهم,غرق,sank,sinking,capsized,sink,sinks', '9-20 حضر,وحضر,افتتاح,opening,inauguration,inaugurated,opens,opened']);
});

test('an English event named by its noun before the date; a participle after an English date is not a trigger', () => {
  assert.deepEqual(events('Inquiry\n\nLEEDS, Saturday 12 September 2026 - The opening of the inquiry is expected on 14 September.\n'), ['9-14 افتتح,افتتحت,افتتاح,يفتتح,تفتتح,سيفتتح,ستفتتح,expected,opening']);
  assert.deepEqual(events('Prices\n\nLONDON, Wednesday 15 November 2023 - Inflation fell to 4.6 per cent in October, meeting the pledge.\n'), ['10-undefined fell']);
});
