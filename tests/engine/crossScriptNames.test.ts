/**
 * People named in the other script than their fact base's names: an Arabic draft of a story whose
 * fact base names its people in English only (غاريث هاولز for Gareth Howells), and an English
 * draft of a story whose fact base names them in Arabic only (Moncef Riahi for منصف الرياحي). A
 * name of two words or more whose words have the consonants of one person's name is that person,
 * so their titles and ties are compared; it is never a misspelling (the vowels of a name written
 * in another script are the writer's), and a name that fits two people is neither's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, parseFactBase } from '../../engine/src/index';
import { findingLines, fixtureFactBase, repoRoot } from './helpers';

const RULES = ['post-holder', 'affiliation', 'name-spelling'];
const fire = findingLines(createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' }), RULES);
const weather = findingLines(createChecker([fixtureFactBase('dev-stories/en-weather')], { scope: 'all' }), RULES);
const court = findingLines(createChecker([fixtureFactBase('stories/en-court', 'uk-rwanda-ruling.factbase.json')], { scope: 'all' }), RULES);

/** The Tunisian education story's fact base with its people's English names taken out. */
function arabicOnlyEducation() {
  const dir = join(repoRoot, 'tests', 'fixtures', 'dev-stories', 'ar-education');
  const data = JSON.parse(readFileSync(join(dir, 'editor.factbase.json'), 'utf8')) as { people: { names: { ar: string[]; en?: string[] }; transliterated?: unknown }[] };
  for (const person of data.people) {
    delete person.names.en;
    delete person.transliterated;
  }
  const parsed = parseFactBase(JSON.stringify(data), join(dir, 'arabic-only.factbase.json'), readFileSync(join(dir, 'article.ar.txt'), 'utf8'));
  assert.deepEqual(parsed.problems, []);
  return findingLines(createChecker([parsed.factBase!], { scope: 'all' }), RULES);
}

test('an Arabic name of a person the fact base names in English only is that person: wrong titles flagged', () => {
  assert.ok(fire('وقال غاريث هاولز، وزير الصحة الويلزي، إنه زار الموقع.').some((line) => line.startsWith('post-holder: ')));
  assert.ok(fire('وقالت كاترين لويد، المتحدثة باسم شرطة جنوب ويلز، إن العينات أُخذت.').some((line) => line.startsWith('post-holder: ')));
  assert.ok(weather('وقال قائد الشرطة ستيفن مالوري إن فرق الإنقاذ نفذت 143 عملية إنقاذ خلال الليل.').some((line) => line.startsWith('post-holder: ')));
  assert.ok(court('وقال وزير الصحة جيمس كليفرلي إن الحكومة ستعمل على معاهدة جديدة.').some((line) => line.startsWith('post-holder: ')));
});

test('an Arabic name of a person the fact base names in English only: true titles and other spellings pass', () => {
  assert.deepEqual(fire('وقال غاريث هاولز، وزير المناخ الويلزي، إنه زار الموقع.'), []);
  assert.deepEqual(fire('وقال ألون مادوكس، زعيم مجلس سوانسي، إن الموقع سيُفتَّش.'), []);
  assert.deepEqual(fire('وقال آلون مادوكس إن الموقع سيُفتَّش.'), []);
  assert.deepEqual(weather('وقال ستيفن مالوري، مفوض خدمات الإطفاء والطوارئ في كوينزلاند، إن فرق الإنقاذ نفذت 143 عملية.'), []);
  assert.deepEqual(weather('وقالت ريبيكا ثورنتون، رئيسة وزراء كوينزلاند، إن التعافي سيستغرق أشهراً.'), []);
  assert.deepEqual(weather('وقالت ريبيكا ثورنتن إن التعافي سيستغرق أشهراً.'), []);
  assert.deepEqual(court('وقال رئيس الوزراء ريشي سوناك إن الحكومة ستعمل على معاهدة جديدة.'), []);
  assert.deepEqual(court('وقال وزير الداخلية جيمس كليفرلي إن الحكومة ستعمل على معاهدة جديدة.'), []);
});

test('an English name of a person the fact base names in Arabic only is that person', () => {
  const education = arabicOnlyEducation();
  assert.ok(education('Health Minister Moncef Riahi said the exams would go ahead.').some((line) => line.startsWith('post-holder: ')));
  assert.deepEqual(education('Moncef Riahi, the education minister, said the exams would go ahead.'), []);
  assert.deepEqual(education('Education Minister Moncef Riahi said the exams would go ahead.'), []);
  assert.deepEqual(education('Hatem Bejaoui said teachers would sit the exams.'), []);
  assert.ok(education('Hatem Bejaoui, a member of the Finance Ministry, said teachers would sit the exams.').length > 0);
});

test('a name in the other script whose words are not all the person\'s is no one', () => {
  // Another given name with the family name: someone else, not a misspelling.
  assert.deepEqual(fire('وقال جون هاولز، وزير الصحة، إنه زار الموقع.'), []);
  assert.deepEqual(weather('وقال ستيفن كار، قائد الشرطة، إن فرق الإنقاذ نفذت 143 عملية.'), []);
});

/** The earthquake story's fact base with its people's Arabic names taken out. */
function englishOnlyDisaster() {
  const dir = join(repoRoot, 'tests', 'fixtures', 'stories', 'ar-disaster');
  const data = JSON.parse(readFileSync(join(dir, 'al-haouz-earthquake.factbase.json'), 'utf8')) as { people: { names: { ar?: string[]; en: string[] } }[] };
  for (const person of data.people) delete person.names.ar;
  const parsed = parseFactBase(JSON.stringify(data), join(dir, 'english-only.factbase.json'), readFileSync(join(dir, 'article.ar.txt'), 'utf8'));
  assert.deepEqual(parsed.problems, []);
  return findingLines(createChecker([parsed.factBase!], { scope: 'all' }), RULES);
}

test('an s that Arabic writes ش (غوتيريش for Guterres) is the same consonant across scripts', () => {
  const disaster = englishOnlyDisaster();
  assert.ok(disaster('وأعرب الأمين العام لمنظمة الصحة العالمية أنطونيو غوتيريش عن تضامنه مع المغرب.').some((line) => line.startsWith('post-holder: ')));
  assert.deepEqual(disaster('وأعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش عن تضامنه مع المغرب.'), []);
  assert.deepEqual(disaster('وأعرب الأمين العام للأمم المتحدة أنطونيو غوتيريس عن تضامنه مع المغرب.'), []);
});
