/**
 * A family name misspelt twice over: its article added or dropped and one letter changed («نادية
 * قاسي» for نادية الفاسي, «ياسين البرقاني» for ياسين بركاني, "Yassine al-Bernani" for Yassine
 * Berkani). Each is a near miss of the person's name, flagged with the right spelling. Traps: the
 * names as written in the article, the article alone dropped or added in a Latin name, and another
 * given name with a close family name (someone else). Invented story and sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'مصنع جديد للقطارات في القنيطرة',
  'القنيطرة، الأربعاء 11 نوفمبر 2026 - افتتح مصنع جديد للقطارات يوم الثلاثاء.',
  'وقالت مديرة المصنع نادية الفاسي إن أول قطار سيخرج في مارس.',
  'وقال ياسين بركاني، مدير المشروع، إن المصنع سيشغل 900 عامل.',
].join('\n');

function factBase(): object {
  const cite = citer(ARTICLE);
  return {
    schemaVersion: 2,
    id: 'kenitra-plant',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-11-11' },
    people: [
      { id: 'fassi', names: { ar: ['نادية الفاسي'], en: ['Nadia al-Fassi', 'Nadia El Fassi'] }, short: { ar: ['الفاسي'] }, gender: 'f', evidence: cite('نادية الفاسي') },
      { id: 'berkani', names: { ar: ['ياسين بركاني'], en: ['Yassine Berkani'] }, short: { ar: ['بركاني'] }, gender: 'm', evidence: cite('ياسين بركاني') },
    ],
  };
}

const findings = findingLines(createChecker([loadTestFactBase(factBase(), 'kenitra.factbase.json', ARTICLE)], { scope: 'all' }), ['name-spelling']);

test('a family name with its article added or dropped and a letter changed is flagged with the right spelling', () => {
  for (const [draft, flagged, fix] of [
    ['وقالت نادية قاسي إن أول قطار سيخرج في مارس.', 'نادية قاسي', 'نادية الفاسي'],
    ['وقال ياسين البرقاني إن المصنع سيشغل 900 عامل.', 'ياسين البرقاني', 'ياسين بركاني'],
    ['Yassine al-Bernani said the plant would employ 900 workers.', 'Yassine al-Bernani', 'Yassine Berkani'],
  ] as const) {
    assert.deepEqual(findings(draft), [`name-spelling: ${flagged} → ${fix}`], draft);
  }
});

test('the article\'s spellings and someone else\'s name are not flagged', () => {
  for (const draft of [
    'وقالت نادية الفاسي إن أول قطار سيخرج في مارس.',
    'وقال ياسين بركاني إن المصنع سيشغل 900 عامل.',
    'Nadia El Fassi said the first train would leave in March.',
    'وقال يوسف البرقاني إن المصنع سيشغل 900 عامل.',
  ]) assert.deepEqual(findings(draft), [], draft);
});
