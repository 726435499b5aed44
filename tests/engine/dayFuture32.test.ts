/**
 * A weekday in a clause of the future (will, سـ, سوف) is not the day of an event already past at
 * the draft's date, even when that event's word stands right before it: "the authority will
 * release new figures on Tuesday" in a draft of Thursday 17 December speaks of the figures to come
 * (Tuesday 22 December), not of those released on Wednesday 16 December. The story is invented
 * (cable readings of a harbour bridge); the draft is dated the day after the article.
 *
 * Must be flagged: the past release given the wrong day, in both languages. Traps: the coming
 * release on its right day after a word of the past release.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Lenmouth bridge cables weaker than thought',
  'LENMOUTH, Wednesday 16 December 2026 - The Lenmouth harbour authority published new figures on Wednesday showing that 14 of the bridge\'s 40 cables had lost strength.',
  'The authority will publish its next readings on Tuesday 22 December.',
  'ونشرت هيئة ميناء لينماوث يوم الأربعاء أرقاماً جديدة عن كابلات الجسر.',
].join('\n\n');

const cite = citer(ARTICLE);

function bridge(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'lenmouth-bridge-cables',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-12-16' },
    places: [{ id: 'lenmouth', names: { en: ['Lenmouth'], ar: ['لينماوث'] }, kind: 'city', evidence: cite('Lenmouth') }],
    events: [
      {
        id: 'figures',
        names: { en: ['the release of the cable figures'], ar: ['نشر أرقام الكابلات'] },
        triggers: { en: ['figures', 'published'], ar: ['أرقاما', 'الأرقام', 'نشرت'] },
        date: { year: 2026, month: 12, day: 16, weekday: 'wed', relative: 'on Wednesday' },
        place: 'lenmouth',
        evidence: cite('The Lenmouth harbour authority published new figures on Wednesday'),
      },
      {
        id: 'next-readings',
        names: { en: ['the next cable readings'], ar: ['القراءات التالية'] },
        triggers: { en: ['next readings'], ar: ['القراءات التالية'] },
        date: { year: 2026, month: 12, day: 22, weekday: 'tue', relative: 'on Tuesday 22 December' },
        place: 'lenmouth',
        evidence: cite('The authority will publish its next readings on Tuesday 22 December'),
      },
    ],
  };
  return loadTestFactBase(data, 'lenmouth-cables.factbase.json', ARTICLE);
}

const checker = createChecker([bridge()], { scope: 'all' });
const findings = (body: string) => {
  const draft = `---\ndate: 2026-12-17\n---\n\n${body}\n`;
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
};

test('the past release given the wrong day is flagged', () => {
  assert.deepEqual(findings('The Lenmouth harbour authority published new figures on Tuesday.'), ['Tuesday']);
  assert.deepEqual(findings('ونشرت هيئة ميناء لينماوث الأرقام يوم الثلاثاء.'), ['الثلاثاء']);
});

test('traps: a day to come after a word of the past release', () => {
  assert.deepEqual(findings('The Lenmouth harbour authority will release new figures on Tuesday.'), []);
  assert.deepEqual(findings('In Lenmouth, the authority said fresh figures will follow on Tuesday.'), []);
  assert.deepEqual(findings('وستنشر هيئة ميناء لينماوث الأرقام يوم الثلاثاء.'), []);
});
