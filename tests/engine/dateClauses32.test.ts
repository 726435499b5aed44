/**
 * A trigger of several words set across a comma ("the review, published on Wednesday, found …",
 * «التقرير، الصادر يوم الأربعاء، …») ties the date in the clause of its last word, the word right
 * before the date: its first word's clause (the subject before the comma) is not the date's. The
 * story is invented (a review of a harbour bridge); the draft sentence restates the sentence of
 * the review's findings, which gives no date, so only the trigger before the date ties it (a full
 * date's trigger of two words still needs the event's place in the sentence to back it).
 *
 * Traps: the right day and date, written the same way; a date of another event after the trigger
 * in another clause; a day in the clause of the trigger's first word only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Harbour bridge review finds corrosion in Lenmouth',
  'LENMOUTH, Friday 6 November 2026 - An engineering review of the Lenmouth harbour bridge was published on Thursday, the harbour authority said.',
  'It found corrosion in 14 of the 40 steel cables that hold the deck.',
  'Inspectors closed the bridge to lorries on Monday 2 November.',
  'وصدر التقرير الهندسي عن جسر الميناء يوم الخميس.',
  'وكشف عن تآكل 14 من الكابلات الفولاذية الأربعين التي تحمل الجسر.',
].join('\n\n');

const cite = citer(ARTICLE);

function bridge(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'lenmouth-bridge-review',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-11-06' },
    places: [{ id: 'lenmouth', names: { en: ['Lenmouth'], ar: ['لينماوث'] }, kind: 'city', evidence: cite('Lenmouth') }],
    events: [
      {
        id: 'publication',
        names: { en: ['the publication of the bridge review'], ar: ['صدور التقرير'] },
        triggers: { en: ['review published', 'published'], ar: ['التقرير الصادر', 'صدر التقرير', 'صدر'] },
        date: { year: 2026, month: 11, day: 5, weekday: 'thu', relative: 'on Thursday' },
        place: 'lenmouth',
        evidence: cite('An engineering review of the Lenmouth harbour bridge was published on Thursday'),
      },
      {
        id: 'closure',
        names: { en: ['the closure of the bridge to lorries'] },
        triggers: { en: ['closed'], ar: ['أغلق', 'إغلاق'] },
        date: { year: 2026, month: 11, day: 2, weekday: 'mon' },
        place: 'lenmouth',
        evidence: cite('Inspectors closed the bridge to lorries on Monday 2 November'),
      },
    ],
  };
  return loadTestFactBase(data, 'lenmouth.factbase.json', ARTICLE);
}

const checker = createChecker([bridge()], { scope: 'all' });
const dated = (body: string) => `---\ndate: 2026-11-06\n---\n\n${body}\n`;
const findings = (body: string) => {
  const draft = dated(body);
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
};

test('a trigger set across a comma ties the wrong weekday in its last word\'s clause', () => {
  assert.deepEqual(findings('The review, published on Wednesday, found corrosion in 14 of the 40 steel cables that hold the deck.'), ['Wednesday']);
  assert.deepEqual(findings('وكشف التقرير، الصادر يوم الأربعاء، عن تآكل 14 من الكابلات الفولاذية الأربعين التي تحمل الجسر.'), ['الأربعاء']);
});

test('a trigger set across a comma ties the wrong date in its last word\'s clause', () => {
  assert.deepEqual(findings('The Lenmouth review, published on 4 November, found corrosion in 14 of the 40 steel cables that hold the deck.'), ['4']);
  assert.deepEqual(findings('The Lenmouth review, published in October, found corrosion in 14 of the 40 steel cables that hold the deck.'), ['October']);
  assert.deepEqual(findings('وكشف التقرير، الصادر في 4 نوفمبر في لينماوث، عن تآكل 14 من الكابلات الفولاذية الأربعين التي تحمل الجسر.'), ['4']);
});

test('traps: the right day and date, another event\'s date, a day in the first word\'s clause', () => {
  assert.deepEqual(findings('The review, published on Thursday, found corrosion in 14 of the 40 steel cables that hold the deck.'), []);
  assert.deepEqual(findings('The Lenmouth review, published on 5 November, found corrosion in 14 of the 40 steel cables that hold the deck.'), []);
  assert.deepEqual(findings('وكشف التقرير، الصادر في 5 نوفمبر في لينماوث، عن تآكل 14 من الكابلات الفولاذية الأربعين التي تحمل الجسر.'), []);
  assert.deepEqual(findings('وكشف التقرير، الصادر يوم الخميس، عن تآكل 14 من الكابلات الفولاذية الأربعين التي تحمل الجسر.'), []);
  assert.deepEqual(findings('The review, published on Thursday, found corrosion, and inspectors closed the bridge to lorries on Monday.'), []);
  assert.deepEqual(findings('The review, which engineers began in March, was published on Thursday.'), []);
});
