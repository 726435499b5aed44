/**
 * More of the ways news copy names who said a quotation, probed against the dev stories en-fire
 * (Swansea's recycling-plant fire) and ar-education (Tunisia's baccalaureate results), written
 * before the change that reads them:
 * - a verb of description with its subject before it ("X described the air quality as «…»",
 *   «ووصف X النتائج بأنها «…»»);
 * - a speaker named after the quotation through a title set off by commas ("«…», the council
 *   leader, X, told reporters");
 * - a report of another's words («نقلت الوكالة عن X قوله: «…»», "the agency quoted X as
 *   saying") and «على لسان X»;
 * - a verb after the quotation behind «هكذا» or "so" («…»، هكذا علّق X), and commenting verbs;
 * - a quote of two words that is the whole of an article's quote ("cooperating fully").
 * Each shape has near misses that stay clean: the right speaker, a person who is the object of
 * the description, and a person the report names as its source's subject.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const fire = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });

/** The quote-speaker findings of a draft, as `flagged text → fix`. */
function speakers(checker: Checker, draft: string): string[] {
  return checker
    .check(`${draft}\n`)
    .findings.filter((finding) => finding.ruleId === 'quote-speaker')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

test('a verb of description names the quotation\'s speaker before it', () => {
  assert.deepEqual(speakers(fire, 'Sian Beddoe described the air quality as "elevated but not dangerous".'), ['Sian Beddoe → Catrin Lloyd']);
  assert.deepEqual(speakers(fire, 'Owen Pugh called the air quality "elevated but not dangerous" on Wednesday.'), ['Owen Pugh → Catrin Lloyd']);
  assert.deepEqual(speakers(education, 'ووصف حاتم البجاوي النتائج بأنها "الأفضل منذ عشر سنوات، وهي ثمرة عمل المربين".'), ['حاتم البجاوي → منصف الرياحي']);
});

test('the right describer, and a described person, stay clean', () => {
  assert.deepEqual(speakers(fire, 'Catrin Lloyd described the air quality as "elevated but not dangerous".'), []);
  assert.deepEqual(speakers(fire, 'Catrin Lloyd called the air quality "elevated but not dangerous".'), []);
  assert.deepEqual(speakers(education, 'ووصف منصف الرياحي النتائج بأنها "الأفضل منذ عشر سنوات، وهي ثمرة عمل المربين".'), []);
});

test('a speaker named after the quotation through a title set off by commas', () => {
  assert.deepEqual(speakers(fire, '"People have every right to be angry," the council leader, Huw Prosser, told reporters.'), ['Huw Prosser → Alun Maddox']);
  assert.deepEqual(speakers(fire, '"People have every right to be angry," the council leader, Alun Maddox, told reporters.'), []);
});

test('a report of another\'s words names the speaker after عن or "quoted"', () => {
  assert.deepEqual(speakers(education, 'ونقلت وكالة تونس أفريقيا للأنباء عن مريم الشابي قولها: "الهاتف الجوال أصبح العدو الأول لمصداقية الشهادة الوطنية".'), ['مريم الشابي → منصف الرياحي']);
  assert.deepEqual(speakers(education, 'وعلى لسان حاتم البجاوي جاء: "نتائج هذه السنة هي الأفضل منذ عشر سنوات".'), ['حاتم البجاوي → منصف الرياحي']);
  assert.deepEqual(speakers(fire, 'The BBC quoted Owen Pugh as saying: "We will ask hard questions of the operator."'), ['Owen Pugh → Alun Maddox']);
});

test('a report naming the right speaker stays clean', () => {
  assert.deepEqual(speakers(education, 'ونقلت وكالة تونس أفريقيا للأنباء عن منصف الرياحي قوله: "الهاتف الجوال أصبح العدو الأول لمصداقية الشهادة الوطنية".'), []);
  assert.deepEqual(speakers(education, 'وعلى لسان منصف الرياحي جاء: "نتائج هذه السنة هي الأفضل منذ عشر سنوات".'), []);
  assert.deepEqual(speakers(fire, 'The BBC quoted Alun Maddox as saying: "We will ask hard questions of the operator."'), []);
});

test('a speech verb after the quotation behind «هكذا», and commenting verbs', () => {
  assert.deepEqual(speakers(education, '"لم أكن أتوقع المرتبة الأولى"، هكذا علّق منصف الرياحي على النتائج.'), ['منصف الرياحي → مريم الشابي']);
  assert.deepEqual(speakers(education, '"لم أكن أتوقع المرتبة الأولى"، هكذا علّقت مريم الشابي على النتائج.'), []);
  assert.deepEqual(speakers(fire, 'Owen Pugh commented: "People have every right to be angry."'), ['Owen Pugh → Alun Maddox']);
  assert.deepEqual(speakers(fire, 'Alun Maddox commented: "People have every right to be angry."'), []);
});

test('a quote of two words that is a whole quote of the article', () => {
  assert.deepEqual(speakers(fire, 'According to Gareth Howells, the company was "cooperating fully".'), ['Gareth Howells → Sian Beddoe']);
  assert.deepEqual(speakers(fire, 'Sian Beddoe said the company was "cooperating fully".'), []);
  // Two words that are only part of a longer quote are too few to say whose they are.
  assert.deepEqual(speakers(fire, 'Gareth Howells said people were "every right" to be angry.'), []);
});

test('the person a speaker speaks or writes to is not the speaker', () => {
  assert.deepEqual(speakers(fire, 'Gareth Howells told Alun Maddox: "People have every right to be angry."'), ['Gareth Howells → Alun Maddox']);
  assert.deepEqual(speakers(fire, 'Alun Maddox told Gareth Howells: "People have every right to be angry."'), []);
  assert.deepEqual(speakers(fire, 'Alun Maddox wrote to Gareth Howells that "people have every right to be angry".'), []);
  assert.deepEqual(speakers(fire, 'Alun Maddox said on Monday that Gareth Howells must "ask hard questions of the operator".'), []);
  assert.deepEqual(speakers(education, 'وقال منصف الرياحي في رسالة إلى حاتم البجاوي إن "الهاتف الجوال أصبح العدو الأول لمصداقية الشهادة الوطنية".'), []);
});
