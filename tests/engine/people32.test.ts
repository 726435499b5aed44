/**
 * People in drawn fact bases: names that open with a given name the lexicon did not know, and
 * staff titles read as names. The invented article (`clinic-works32.ar.txt`) names a woman and a
 * man by three words whose first is a common given name ending in hamza (سناء كريم العبيدي, علاء
 * محمد الجبوري, لمياء حسن الراوي): the name starts there, not at the father's name after it. It
 * also names two staff posts after a speech verb («وأوضح مسؤول العمليات في الشركة المنفذة …»,
 * «وقال مشرف الموقع في الشركة …»): a staff title and its complement are no person, so a draft
 * naming another staff post gets no finding of a misspelt name, and two spokespeople by a title
 * with an adjective of office before باسم (الناطق الإعلامي باسم, المتحدثة الرسمية باسم). The English one
 * (`prison-kitchens32.en.txt`) names an association's general secretary, a post that heads it and
 * no secretary of state, and an academy, a hospice and a college named after people (Grace Darling
 * Academy), which are no people. True drafts must get nothing; wrong ones must be flagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const AR = 'clinic-works32.ar.txt';

/** The first Arabic name of each person drawn from the probe article. */
function drawnPeople(file: string): (string | undefined)[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return (drawFactBase(article, {}).factBase.people ?? []).map((person) => (person.names as Record<string, string[] | undefined>).ar?.[0]);
}

test(`${AR}: a name opens at a given name ending in hamza, and a staff title with its complement is no person`, () => {
  assert.deepEqual(drawnPeople(AR), ['سناء كريم العبيدي', 'أحمد جاسم الدليمي', 'حسين علي النعيمي', 'علاء محمد الجبوري', 'لمياء حسن الراوي', 'رزان فاضل', 'ياسر العاني']);
});

const NAMES: RuleProbe[] = [
  // Another staff post, or the same one held by a woman, is no misspelt name.
  { file: AR, sentence: 'وقالت مديرة العمليات في المستشفى سناء كريم العبيدي إن الأقسام ستبقى مفتوحة.' },
  { file: AR, sentence: 'وقال مشرف المواقع في الشركة إن 300 عامل يعملون.' },
  { file: AR, sentence: 'وقالت سناء كريم الزبيدي إن الأقسام ستبقى مفتوحة.', flagged: 'سناء كريم الزبيدي' },
  { file: AR, sentence: 'وقال علاء محمد الجبوزي إن التوسعة ستضيف 200 سرير.', flagged: 'علاء محمد الجبوزي' },
];

for (const one of NAMES) ruleProbe('name-spelling', one);

const POSTS: RuleProbe[] = [
  { file: AR, sentence: 'وقال وزير الصحة علاء محمد الجبوري إن التوسعة ستضيف 200 سرير.', flagged: 'وزير الصحة' },
  // A spokesperson's title with an adjective of office before باسم (الناطق الإعلامي باسم, المتحدثة الرسمية باسم).
  { file: AR, sentence: 'وقال وزير الصحة ياسر العاني إن الشركة أنجزت مشاريع مماثلة.', flagged: 'وزير الصحة' },
  { file: AR, sentence: 'وقالت المتحدثة باسم وزارة الصحة رزان فاضل إن المرضى لن يتأثروا.', flagged: 'وزارة' },
];

for (const one of POSTS) ruleProbe('post-holder', one);

const EN = 'prison-kitchens32.en.txt';

/** The first English name of each person drawn from the probe article. */
function drawnEnglishPeople(file: string): (string | undefined)[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return (drawFactBase(article, {}).factBase.people ?? []).map((person) => (person.names as Record<string, string[] | undefined>).en?.[0]);
}

test(`${EN}: an academy, a hospice or a college named after a person is no person`, () => {
  assert.deepEqual(drawnEnglishPeople(EN), ['Kevin Shaw', 'Lord Timpson', 'Ann Cryer', 'Steve Gillan', 'Mary Lowe']);
});

ruleProbe('name-spelling', { file: EN, sentence: 'Grace Darling School gave free lunches during the strike.' });

const EN_POSTS: RuleProbe[] = [
  // A union's or an association's general secretary is its secretary-general, not a secretary of state.
  { file: EN, sentence: "The association's general secretary, Steve Gillan, backed the strike." },
  { file: EN, sentence: 'General secretary Steve Gillan said talks would resume on Friday.' },
  // "Its head teacher" after an academy's name is the academy's, not the association's named before.
  { file: EN, sentence: 'Mary Lowe, head of the Prison Kitchen Staff Association, said lunches were free.', flagged: 'Prison Kitchen Staff Association' },
  { file: EN, sentence: 'وقال وزير السجون ستيف جيلان إن المحادثات ستستأنف الجمعة.', flagged: 'وزير السجون' },
];

for (const one of EN_POSTS) ruleProbe('post-holder', one);

// Review (session 32): a staff title's word is also a given name (مشرف); before a definite relative
// adjective, a family name, it opens the person's name, and the person is drawn.
test('a given name that is also a staff title, before a family name, opens a drawn name', () => {
  const article = 'وقال رئيس الجمعية مشرف الحارثي إن المشروع سيكتمل العام المقبل.';
  const names = (drawFactBase(article, {}).factBase.people ?? []).map((person) => (person.names as Record<string, string[] | undefined>).ar?.[0]);
  assert.deepEqual(names, ['مشرف الحارثي']);
});
