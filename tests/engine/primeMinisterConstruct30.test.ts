/**
 * The Arabic title of a head of government in construct with a country's or nation's name («رئيس
 * وزراء اسكتلندا», «رئيسة وزراء ويلز») is read as a prime minister's title: given to a known person
 * who holds another post, it is flagged. Traps: the holder herself, the other person's own post,
 * and the title with no name. Invented story and sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Scotland promises more hospital beds',
  'EDINBURGH, Tuesday 10 November 2026 - The Scottish Government will fund 200 more hospital beds this winter.',
  'First Minister Morag Innes said the money would reach every health board.',
  'The health secretary, Callum Reid, said the beds would open in December.',
].join('\n');

function factBase(): object {
  const cite = citer(ARTICLE);
  return {
    schemaVersion: 2,
    id: 'scotland-beds',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-11-10' },
    people: [
      { id: 'innes', names: { en: ['Morag Innes'], ar: ['موراغ إينيس'] }, short: { en: ['Innes'] }, gender: 'f', evidence: cite('Morag Innes') },
      { id: 'reid', names: { en: ['Callum Reid'], ar: ['كالوم ريد'] }, short: { en: ['Reid'] }, gender: 'm', evidence: cite('Callum Reid') },
    ],
    organisations: [{ id: 'gov', kind: 'government', names: { en: ['Scottish Government'], ar: ['الحكومة الاسكتلندية'] }, evidence: cite('Scottish Government') }],
    posts: [
      { id: 'innes-fm', holder: 'innes', role: 'prime-minister', organisation: 'gov', title: { en: ['First Minister', 'first minister of Scotland'], ar: ['رئيسة وزراء اسكتلندا', 'رئيسة الوزراء'] }, evidence: cite('First Minister Morag Innes') },
      { id: 'reid-health', holder: 'reid', role: 'minister', organisation: 'gov', title: { en: ['health secretary'], ar: ['وزير الصحة'] }, evidence: cite('The health secretary, Callum Reid') },
    ],
  };
}

const findings = findingLines(createChecker([loadTestFactBase(factBase(), 'scotland.factbase.json', ARTICLE)], { scope: 'all' }), ['post-holder', 'affiliation']);

test('a head of government\'s title in construct given to someone who holds another post is flagged', () => {
  for (const draft of ['وقال كالوم ريد، رئيس وزراء اسكتلندا، إن الأسرة ستفتح في ديسمبر.', 'وقال رئيس وزراء اسكتلندا كالوم ريد إن الأسرة ستفتح في ديسمبر.']) {
    assert.ok(findings(draft).some((line) => line.startsWith('post-holder: رئيس وزراء')), `${draft} ⇒ ${findings(draft).join(' | ')}`);
  }
});

test('the holder, the other person\'s own post and the title alone stay unflagged', () => {
  for (const draft of [
    'وقالت موراغ إينيس، رئيسة وزراء اسكتلندا، إن المال سيصل إلى كل هيئة صحية.',
    'وقالت رئيسة وزراء اسكتلندا موراغ إينيس إن المال سيصل إلى كل هيئة صحية.',
    'وقال كالوم ريد، وزير الصحة، إن الأسرة ستفتح في ديسمبر.',
    'وقالت رئيسة وزراء اسكتلندا إن المال سيصل إلى كل هيئة صحية.',
  ]) assert.deepEqual(findings(draft), [], draft);
});
