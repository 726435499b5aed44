/**
 * A weekday written with its own date that the calendar contradicts, on an invented story (a dock
 * strike at the port of Valdena, March 2026): the weekday is wrong when the event's date is the
 * draft's, the day number when the event's day nearby has the draft's weekday, and the pair as a
 * whole when no event says which. The year comes from the date, else from the draft's own date or
 * the article's. Near misses: a weekday of another part of the sentence, weekdays in ranges, a
 * right weekday in another year, and a date whose year nothing gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Dock workers end strike at the port of Valdena',
  'VALDENA, Friday 6 March 2026',
  'Dock workers at the port of Valdena ended their strike on Thursday 5 March, the union said.',
  'The stoppage ran from Tuesday 3 to Thursday 5 March after talks with the port authority collapsed.',
  'The port will reopen to container ships on Monday 9 March.',
].join('\n\n');

const cite = citer(ARTICLE);

function docks(published: string | undefined): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'valdena-docks',
    source: { file: 'article.en.txt', lang: 'en', ...(published ? { published } : {}) },
    places: [{ id: 'valdena', names: { en: ['Valdena'], ar: ['فالدينا'] }, kind: 'city', evidence: cite('Valdena') }],
    events: [
      { id: 'end', names: { en: ['the end of the strike'], ar: ['انتهاء الإضراب'] }, triggers: { en: ['ended'], ar: ['أنهى', 'أنهوا'] }, date: { year: 2026, month: 3, day: 5 }, place: 'valdena', evidence: cite('Dock workers at the port of Valdena ended their strike on Thursday 5 March') },
      { id: 'stoppage', names: { en: ['the stoppage'], ar: ['التوقف عن العمل'] }, triggers: { en: ['stoppage'], ar: ['التوقف'] }, date: { year: 2026, month: 3, day: 3, end: { year: 2026, month: 3, day: 5 } }, evidence: cite('The stoppage ran from Tuesday 3 to Thursday 5 March') },
      { id: 'reopen', names: { en: ['the reopening of the port'], ar: ['إعادة فتح الميناء'] }, triggers: { en: ['reopen'], ar: ['يعيد فتح'] }, date: { year: 2026, month: 3, day: 9 }, evidence: cite('The port will reopen to container ships on Monday 9 March') },
    ],
  };
  return loadTestFactBase(data, 'valdena-docks.factbase.json', ARTICLE);
}

const check = (draft: string, published: string | undefined = '2026-03-06') => createChecker([docks(published)], { scope: 'all' }).check(draft).findings;
const findings = (draft: string, published?: string) => check(draft, published).map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`);
const fixOf = (draft: string) => check(draft)[0]?.fixes[0]?.edits[0]?.text;

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(check(ARTICLE).map((finding) => finding.ruleId), []);
});

test('a weekday that its event\'s date does not fall on is wrong, with the date\'s weekday as fix', () => {
  const en = 'Dock workers ended their strike on Wednesday 5 March.';
  assert.deepEqual(findings(en), ['event-date: Wednesday']);
  assert.equal(fixOf(en), 'Thursday');
  assert.match(check(en)[0]!.message, /5 March 2026 is a Thursday, not “Wednesday”/);
  const ar = 'وأنهى عمال ميناء فالدينا إضرابهم يوم الأربعاء 5 مارس/آذار.';
  assert.deepEqual(findings(ar), ['event-date: الأربعاء']);
  assert.equal(fixOf(ar), 'الخميس');
  // Near miss: the right weekday in both languages.
  assert.deepEqual(findings('Dock workers ended their strike on Thursday, 5 March.'), []);
  assert.deepEqual(findings('وأنهى عمال ميناء فالدينا إضرابهم يوم الخميس 5 مارس/آذار.'), []);
});

test('a day number beside the event\'s weekday is wrong when the event\'s day nearby has that weekday', () => {
  const en = 'Dock workers ended their strike on Thursday 6 March.';
  assert.deepEqual(findings(en), ['event-date: 6']);
  assert.equal(fixOf(en), '5');
  // The last day of a range: its own end.
  const range = 'The stoppage ran from Tuesday 3 to Thursday 6 March.';
  assert.deepEqual(findings(range), ['event-date: 6']);
  assert.equal(fixOf(range), '5');
});

test('with no event to say which, the weekday and its day are reported together', () => {
  const draft = 'The port authority met the union on Friday 12 March.';
  assert.deepEqual(findings(draft), ['event-date: Friday 12']);
  assert.equal(fixOf(draft), 'Thursday');
  assert.deepEqual(findings('The port authority met the union on Thursday 12 March.'), []);
});

test('the year is the date\'s own, else the draft\'s or the article\'s, in the direction a relative word gives', () => {
  // 13 February 2025 was a Thursday: the date's own year, not the article's.
  assert.deepEqual(findings('The last dispute was settled on Thursday, 13 February 2025.'), []);
  assert.deepEqual(findings('The last dispute was settled on Thursday, 13 February 2026.'), ['event-date: Thursday, 13']);
  // «مارس الماضي» in a draft dated July 2026 is March 2026.
  const dated = (weekday: string) => `---\ndate: 2026-07-15\n---\n\nوالتقى ممثلو النقابة بإدارة الميناء يوم ${weekday} 12 مارس/آذار الماضي.`;
  assert.deepEqual(findings(dated('الخميس')), []);
  assert.deepEqual(findings(dated('الجمعة')), ['event-date: الجمعة 12']);
  // A date without a year in a draft with no date of its own, against an article without one: not read.
  assert.deepEqual(findings('The port authority met the union on Friday 12 March.', ''), []);
});

test('near misses: a weekday of another part of the sentence, and weekdays in ranges', () => {
  // The day after a speech verb is the statement's; the event's own day is still compared.
  assert.deepEqual(findings('The union said on Wednesday that the port would reopen on 9 March.'), []);
  assert.deepEqual(findings('The union said the port would reopen to container ships on Wednesday.'), ['event-date: Wednesday']);
  assert.deepEqual(findings('The stoppage ran Tuesday to Thursday, 3-5 March.'), []);
  assert.deepEqual(findings('The stoppage ran from Tuesday 3 to Thursday 5 March.'), []);
  assert.deepEqual(findings('واستمر التوقف عن العمل من الثلاثاء 3 إلى الخميس 5 مارس/آذار.'), []);
  assert.deepEqual(findings('The port will reopen to container ships on Monday 9 March, four days after the strike ended.'), []);
});
