/**
 * «افتتح» is "opened" in English as well as "inaugurated": an English draft's "on Thursday opened"
 * is the inauguration's day. Without "opened" among the inauguration's English triggers, the verb
 * found only the start of service two days later (whose «يبدأ» gives "opened" too), and a true
 * day of the inauguration was flagged as a wrong day of the service (found at the held-out guard
 * of session 32 on a drawn fact base; the article below is invented).
 *
 * Traps: the true day of the inauguration and of the start of service. Flagged: a wrong day of
 * the inauguration.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { drawnFactBase } from './scopeDrawnHelpers';
import { arabicTriggers } from '../../engine/src/draw/eventLinks';

const ARTICLE = [
  'افتتاح خط الترام الجديد في وهران',
  'وهران، الجمعة 11 ديسمبر 2026 - افتتح وزير النقل الجزائري كمال بن عيسى أمس الخميس الخط الثاني لترام وهران، بطول 14 كيلومتراً و22 محطة تربط حي السانية بوسط المدينة.',
  'ويبدأ التشغيل التجاري للركاب يوم السبت 12 ديسمبر، بحسب مؤسسة الترام.',
].join('\n\n');

const factBase = drawnFactBase(ARTICLE, 'oran-tram32', 'ar');
const checker = createChecker([factBase], { scope: 'all' });

function dates(draft: string): string[] {
  return checker.check(draft, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'event-date').map((f) => draft.slice(f.range.start, f.range.end));
}

test('the inauguration\'s true day before "opened" gets nothing, nor the start of service', () => {
  assert.deepEqual(dates('Algeria\'s Transport Minister Kamel Ben Aissa on Thursday opened the second line of the Oran tram.'), []);
  assert.deepEqual(dates('Passenger service on the Oran tram line starts on Saturday, December 12.'), []);
});

test('a wrong day of the inauguration before "opened" is still flagged', () => {
  assert.deepEqual(dates('Algeria\'s Transport Minister Kamel Ben Aissa on Tuesday opened the second line of the Oran tram.'), ['Tuesday']);
});

// An English article's "opened" (a fissure opened, a new front opened) keeps the Arabic forms of
// beginning, which lists it first; only an Arabic article's «افتتح» gets "opened" in English.
test('an English "opened" keeps the Arabic words of beginning', () => {
  const triggers = arabicTriggers(['opened']);
  assert.ok(triggers.includes('بدأ'), triggers.join(' '));
  assert.ok(!triggers.includes('افتتح'), triggers.join(' '));
});
