/**
 * Events of varied date shapes drawn from two invented articles (tests/engine/fixtures/events):
 * weekdays with a possessive (Sunday's race, سباق الأحد), relative days, times of day, ranges that
 * cross a month's end (from 28 February to 3 March) and ranges of years (from 2016 to 2020), years
 * of past events and more than one event and place per sentence. The expected events were written
 * before the change that draws them; true drafts get no finding, wrong ones a date finding.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

const dir = join(import.meta.dirname, 'fixtures', 'events');
const expected = JSON.parse(readFileSync(join(dir, 'league.expected.json'), 'utf8')) as Record<'en' | 'ar', Expected[]>;
const drafts = JSON.parse(readFileSync(join(dir, 'league.drafts.json'), 'utf8')) as Record<'en' | 'ar', { true: string[]; wrong: string[] }>;

interface Expected {
  date: string;
  weekday?: string;
  time?: string;
  place?: string;
}
interface DrawnDate {
  year: number;
  month?: number;
  day?: number;
  weekday?: string;
  time?: string;
  end?: { year: number; month?: number; day?: number };
}

const ymd = (date: { year: number; month?: number; day?: number }) => [date.year, date.month, date.day].filter((part) => part !== undefined).join('-');

/** A drawn event in the shape of the expected ones. */
function shape(event: { date?: DrawnDate; place?: string }): Expected {
  const date = event.date!;
  const end = date.end ? { year: date.end.year, month: date.end.month ?? (date.end.day !== undefined ? date.month : undefined), day: date.end.day } : undefined;
  return {
    date: ymd(date) + (end ? `..${ymd(end)}` : ''),
    ...(date.weekday ? { weekday: date.weekday } : {}),
    ...(date.time ? { time: date.time } : {}),
    ...(event.place ? { place: event.place } : {}),
  };
}

for (const lang of ['en', 'ar'] as const) {
  const article = readFileSync(join(dir, `league.article.${lang}.txt`), 'utf8');
  const factBase = drawFactBase(article).factBase as unknown as { events: { date?: DrawnDate; place?: string }[] };

  test(`${lang}: every expected event is drawn with its date, weekday, time and place`, () => {
    const drawn = factBase.events.filter((event) => event.date).map(shape);
    for (const want of expected[lang]) {
      assert.ok(drawn.some((got) => JSON.stringify(got) === JSON.stringify(want)), `missing ${JSON.stringify(want)}; drawn:\n  ${drawn.map((got) => JSON.stringify(got)).join('\n  ')}`);
    }
    // A range is one event: neither of its ends is drawn again on its own (beyond the events expected on that day).
    for (const want of expected[lang].filter((event) => event.date.includes('..'))) {
      for (const end of want.date.split('..')) {
        const count = (list: { date: string }[]) => list.filter((event) => event.date === end).length;
        assert.ok(count(drawn) <= count(expected[lang]), `a range's end drawn on its own: ${want.date}`);
      }
    }
  });

  test(`${lang}: no organisation's name runs on into a date (وأعلنت الجامعة الخميس الماضي أنها …)`, () => {
    const names = (drawFactBase(article).factBase as unknown as { organisations: { names: Record<string, string[]> }[] }).organisations.flatMap((organisation) => Object.values(organisation.names).flat());
    for (const name of names) assert.doesNotMatch(name, /(الخميس|الماضي|Thursday|March)/, name);
  });

  test(`${lang}: true drafts get no finding from the drawn fact base; wrong dates and times do`, () => {
    const parsed = parseFactBase(JSON.stringify(factBase), 'league.factbase.json', article);
    assert.deepEqual(parsed.problems, []);
    const checker = createChecker([parsed.factBase!], { scope: 'all' });
    const findings = (text: string) => checker.check(text).findings.map((f) => `${f.ruleId}: ${text.slice(f.range.start, f.range.end)}`);
    assert.deepEqual(findings(article), []);
    for (const draft of drafts[lang].true) assert.deepEqual(findings(draft), [], draft);
    for (const draft of drafts[lang].wrong) assert.ok(findings(draft).some((f) => /^event-(date|time|place)/.test(f)), `${draft}: ${findings(draft).join('; ')}`);
  });
}
