/**
 * A list of the places where something will be built, spread or sold («لبناء 40 مدرسة في فاس
 * ومكناس ووجدة», "to build 40 schools in Fes, Meknes and Oujda") is where that thing goes, not
 * where the sentence's event (a launch, an announcement) took place. When the article names the
 * places of the list together, the list is not compared with the event's place. A wrong venue
 * of the launch itself is still flagged, as is a list right after the launch's words, and a town
 * swapped into the article's list is flagged alone (by the list check). Invented stories and
 * sentences, in both languages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const AR_ARTICLE = [
  'المغرب يطلق برنامجاً لبناء 40 مدرسة',
  'الرباط، الثلاثاء 8 ديسمبر 2026 - أطلقت الحكومة المغربية اليوم الثلاثاء في الرباط برنامجاً لبناء 40 مدرسة ابتدائية.',
  'وأوضح وزير التربية أن البرنامج يشمل 15 مدرسة في فاس و14 في مكناس و11 في وجدة.',
].join('\n');

const EN_ARTICLE = [
  'Peru launches plan to build 300 clinics',
  'LIMA, Dec 8, 2026 - The Peruvian government launched on Tuesday in Lima a plan to build 300 rural clinics.',
  'The health minister said the plan covers 120 clinics in Cusco, 100 in Puno and 80 in Ayacucho.',
].join('\n');

/** Cities of a story, each with its names and the words of the article that name it. */
function places(cite: (text: string) => unknown, rows: readonly (readonly [string, string, string, string])[]): object[] {
  return rows.map(([id, ar, en, evidence]) => ({ id, names: { ar: [ar], en: [en] }, kind: 'city', evidence: cite(evidence) }));
}

function arFactBase(): object {
  const cite = citer(AR_ARTICLE);
  return {
    schemaVersion: 2,
    id: 'morocco-schools',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-12-08' },
    places: places(cite, [['rabat', 'الرباط', 'Rabat', 'الرباط،'], ['fes', 'فاس', 'Fes', 'فاس'], ['meknes', 'مكناس', 'Meknes', 'مكناس'], ['oujda', 'وجدة', 'Oujda', 'وجدة']]),
    events: [
      {
        id: 'launch',
        names: { ar: ['إطلاق برنامج المدارس'], en: ['the launch of the schools plan'] },
        triggers: { ar: ['أطلقت', 'أطلق', 'إطلاق'], en: ['launched', 'launch'] },
        date: { year: 2026, month: 12, day: 8, weekday: 'tue' },
        evidence: cite('أطلقت الحكومة المغربية اليوم الثلاثاء في الرباط'),
        place: 'rabat',
      },
    ],
  };
}

function enFactBase(): object {
  const cite = citer(EN_ARTICLE);
  return {
    schemaVersion: 2,
    id: 'peru-clinics',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-12-08' },
    places: places(cite, [['lima', 'ليما', 'Lima', 'LIMA'], ['cusco', 'كوسكو', 'Cusco', 'Cusco'], ['puno', 'بونو', 'Puno', 'Puno'], ['ayacucho', 'أياكوتشو', 'Ayacucho', 'Ayacucho']]),
    events: [
      {
        id: 'launch',
        names: { ar: ['إطلاق خطة العيادات'], en: ['the launch of the clinics plan'] },
        triggers: { ar: ['أطلقت', 'أطلق', 'إطلاق'], en: ['launched', 'launch'] },
        date: { year: 2026, month: 12, day: 8, weekday: 'tue' },
        evidence: cite('launched on Tuesday in Lima'),
        place: 'lima',
      },
    ],
  };
}

const arFindings = findingLines(createChecker([loadTestFactBase(arFactBase(), 'morocco.factbase.json', AR_ARTICLE)], { scope: 'all' }), ['event-place']);
const enFindings = findingLines(createChecker([loadTestFactBase(enFactBase(), 'peru.factbase.json', EN_ARTICLE)], { scope: 'all' }), ['event-place']);

test('the article\'s list of places where the thing goes is not the launch\'s place', () => {
  for (const draft of [
    'أطلقت الحكومة المغربية يوم الثلاثاء برنامجاً لبناء 40 مدرسة في فاس ومكناس ووجدة.',
    'أطلقت الحكومة المغربية يوم الثلاثاء برنامجاً لبناء 40 مدرسة ابتدائية في فاس ومكناس.',
  ]) assert.deepEqual(arFindings(draft), [], draft);
  for (const draft of [
    'The Peruvian government on Tuesday launched a plan to build 300 clinics in Cusco, Puno and Ayacucho.',
    'The Peruvian government launched a plan on Tuesday to build 300 rural clinics in Cusco and Puno.',
  ]) assert.deepEqual(enFindings(draft), [], draft);
});

test('a wrong venue of the launch itself is still flagged', () => {
  assert.deepEqual(arFindings('أطلقت الحكومة المغربية يوم الثلاثاء في فاس برنامجاً لبناء 40 مدرسة.'), ['event-place: فاس → الرباط']);
  assert.deepEqual(enFindings('The Peruvian government launched in Cusco on Tuesday a plan to build 300 clinics.'), ['event-place: Cusco → Lima']);
});

test('a list of the event\'s own venue stays flagged, and a place swapped into the article\'s list is flagged alone', () => {
  assert.deepEqual(arFindings('أطلقت الحكومة المغربية يوم الثلاثاء في فاس ومكناس برنامجاً لبناء 40 مدرسة.'), ['event-place: فاس → الرباط', 'event-place: مكناس → الرباط']);
  assert.deepEqual(arFindings('أطلقت الحكومة المغربية يوم الثلاثاء برنامجاً لبناء 40 مدرسة في فاس ومكناس وطنجة.'), ['event-place: طنجة → وجدة']);
});
