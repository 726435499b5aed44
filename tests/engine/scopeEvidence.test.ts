/**
 * The evidence story detection reads besides names in the fact base's own script: consonant
 * skeletons shared by the Arabic and Latin scripts (`engine/src/scope/skeleton.ts`) and a story's
 * distinctive figures (`engine/src/scope/figures.ts`), each with its near misses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../engine/src/analysis';
import { fold } from '../../engine/src/text/normalise';
import { tokenKey } from '../../engine/src/tokenKey';
import { arabicSkeleton, latinSkeletons } from '../../engine/src/scope/skeleton';
import { distinctiveFigures } from '../../engine/src/scope/figures';
import { createChecker, parseFactBase, type FactBaseData } from '../../engine/src/index';
import { drawFactBase } from '../../engine/src/draw/index';
import { describeStory } from '../../engine/src/scope/describe';
import { citer } from './helpers';

const ar = (word: string) => arabicSkeleton(tokenKey(fold(word)));
const latin = (word: string) => latinSkeletons(tokenKey(fold(word)));

test('skeletons: the same name in both scripts meets, whatever the vowels, the article and the silent h', () => {
  for (const [arabic, english] of [
    ['سوناك', 'Sunak'],
    ['جونسون', 'Johnson'],
    ['برافرمان', 'Braverman'],
    ['الشرقاوي', 'Elsharkawi'],
    ['تشاباغاين', 'Chapagain'],
    ['مدبولي', 'Madbouly'],
    ['وهبي', 'Ouahbi'],
    ['العلمين', 'Alamein'],
  ] as const) {
    assert.ok(latin(english).includes(ar(arabic)), `${arabic} ${ar(arabic)} / ${english} ${latin(english).join(',')}`);
  }
  assert.notEqual(ar('سويدي'), latin('Sunak')[0]);
});

/** A one-person story written in English only, with its article. */
function englishStory(): FactBaseData {
  const article = 'Swedish physicist Astrid Lindqvist won the award in Stockholm on 4 October 2024. The prize is worth 11.4 million kronor.';
  const cite = citer(article);
  return {
    schemaVersion: 2,
    id: 'lindqvist-award',
    title: 'Astrid Lindqvist wins the award',
    people: [{ id: 'lindqvist', names: { en: ['Astrid Lindqvist'] }, short: { en: ['Lindqvist'] }, evidence: cite('Astrid Lindqvist') }],
    places: [{ id: 'stockholm', kind: 'city', names: { en: ['Stockholm'] }, evidence: cite('Stockholm') }],
    quantities: [{ id: 'prize', value: 11_400_000, unit: 'count', evidence: cite('11.4 million') }],
  } as unknown as FactBaseData;
}

test('an English-only story ties an Arabic draft that writes its people in Arabic letters, and not one that only shares a root', () => {
  const checker = createChecker([englishStory()]);
  const tied = checker.storyOf('فازت عالمة الفيزياء السويدية أستريد ليندكفيست بالجائزة في ستوكهولم، وقيمتها 11.4 مليون كرونة.');
  assert.deepEqual(tied.factBases, ['lindqvist-award'], JSON.stringify(tied.scores));
  // The same country and a prize, but another person and another sum: untied.
  const other = checker.storyOf('فاز الكاتب السويدي يون فوسه بجائزة في ستوكهولم، وقيمتها 11 مليون كرونة.');
  assert.deepEqual(other.factBases, [], JSON.stringify(other.scores));
});

test('a name written in one word in one script and two in the other, or with the article apart, is still found', () => {
  const article = 'Abdelkader Messahel met Ben Lloyd-Jones in Rabat.';
  const cite = citer(article);
  const person = (id: string, name: string) => ({ id, names: { en: [name] }, evidence: cite(name) });
  const factBase = {
    schemaVersion: 2,
    id: 'three-names',
    title: 'A meeting',
    people: [person('messahel', 'Abdelkader Messahel'), person('lloyd-jones', 'Ben Lloyd-Jones')],
  } as unknown as FactBaseData;
  const arabicOnly = {
    schemaVersion: 2,
    id: 'one-name',
    title: 'Another meeting',
    people: [{ id: 'suwaidi', names: { ar: ['محمد حسن السويدي'] }, evidence: citer('وقال محمد حسن السويدي')('محمد حسن السويدي') }],
  } as unknown as FactBaseData;
  const checker = createChecker([factBase, arabicOnly]);
  const found = (text: string) => checker.storyOf(text).scores.flatMap((score) => score.names);
  assert.deepEqual(found('التقى عبد القادر مساهل بن لويد جونز.').sort(), ['Abdelkader Messahel', 'Ben Lloyd-Jones']);
  assert.deepEqual(found('Mohamed Hassan al Suwaidi spoke.'), ['محمد حسن السويدي']);
  // A family name alone with too few consonants does not count in the other script.
  assert.deepEqual(found('وقال جونز إن الاجتماع انتهى.'), []);
});

test('figures: numbers of three significant digits or large scaled ones count, in digits or words; round numbers and years do not', () => {
  const figures = (text: string, counts?: number[]) => [...distinctiveFigures(analyse(text, 'plaintext'), counts && new Set(counts)).keys()];
  assert.deepEqual(figures('The toll rose to 2,012, with 1,404 critical, after 35 billion dollars and 24,000 homes.'), [2012, 1404, 35e9, 24000]);
  assert.deepEqual(figures('Three people, 50,000 homes, 200 million dollars, 10 per cent, in 2023.'), []);
  assert.deepEqual(figures('ويبلغ إجمالي الصفقة خمسة وثلاثين مليار دولار، منها أربعة ملايين'), [35e9]);
  // A number that reads like a year counts only when the story lists it as a quantity.
  assert.deepEqual(figures('ارتفعت الحصيلة إلى 2012 قتيلاً'), []);
  assert.deepEqual(figures('ارتفعت الحصيلة إلى 2012 قتيلاً', [2012]), [2012]);
});

/** A wildfire story drawn from an invented article, with the article attached for its figures. */
function drawnWildfire(): FactBaseData {
  const article = [
    'Wildfire forces thousands from homes in Alberta',
    'EDMONTON, Alberta, Dec 2, 2026 (Reuters) - A wildfire near the town of Slave Lake has burned more than 16,000 hectares and forced about 4,300 residents to leave, officials said on Tuesday.',
    'Alberta\'s Minister of Forestry, Nadia Okonkwo, said 380 firefighters were fighting the blaze.',
    '',
  ].join('\n');
  const parsed = parseFactBase(JSON.stringify(drawFactBase(article, { id: 'alberta-fire' }).factBase), 'alberta.factbase.json', article);
  assert.deepEqual(parsed.problems, []);
  return parsed.factBase!;
}

test('a short draft naming one person of the story in full and repeating two of its figures is tied; with one figure, or another story\'s words, it is not', () => {
  const checker = createChecker([drawnWildfire()]);
  const tied = checker.storyOf('Minister Nadia Okonkwo said the fire had burned more than 16,000 hectares and forced about 4,300 people out.');
  assert.deepEqual(tied.factBases, ['alberta-fire'], JSON.stringify(tied.scores));
  // Near misses: the person and one figure; the person with round numbers; a minister of another story with common words.
  for (const draft of [
    'Minister Nadia Okonkwo said the fire had burned more than 16,000 hectares.',
    'Minister Nadia Okonkwo said 100 firefighters and 20 helicopters were sent, sources said.',
    'The minister said talks on the withdrawal would go on past the deadline, sources said, as 4,300 troops wait.',
  ]) {
    const untied = checker.storyOf(draft);
    assert.deepEqual(untied.factBases, [], `${draft}: ${JSON.stringify(untied.scores)}`);
  }
});

test('the line for a draft no story was detected in says its score, its specific names and what is needed', () => {
  const checker = createChecker([drawnWildfire()]);
  const line = describeStory(checker.storyOf('Minister Nadia Okonkwo said the fire had burned more than 16,000 hectares.'), 'en');
  assert.equal(line, "no story detected (closest: alberta-fire, score 4 of 4 needed, 1 of 2 names specific to the story needed, or a full name with 2 of the story's figures, days or places: 1 found; 2 names: Nadia Okonkwo, 16,000)");
  const arabic = describeStory(checker.storyOf('قالت الوزيرة نادية أوكونكوو إن الحريق أتى على أكثر من 16,000 هكتار.'), 'ar');
  assert.match(arabic, /^لم تُكتشف قصة \(الأقرب: alberta-fire، المجموع [\d.]+ من 4 مطلوبة، \d من 2 أسماء خاصة بالقصة مطلوبة/);
});
