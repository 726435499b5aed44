/**
 * People and posts drawn from two invented articles of tests/engine/fixtures/drawProbes, written
 * before the drawing changes they test: a book fair opened in Amman (Arabic, `bookfair.ar.txt`)
 * and a bridge closed for repairs in Duluth (English, `harbor.en.txt`). They hold Arabic given
 * names drawing did not know (بشر, بدر beside the Badr Organisation of the lexicon, إلياس that
 * folds like a word with the article, the Mauritanian سيدي محمد), words that are no names
 * (افتتاح المعرض after a title, the ordinal ثاني before a weather noun), an «عمّان» dateline,
 * English names with a middle initial (Karen J. Whitfield), a hyphenated title before a name
 * (Vice-chair Priya Natarajan) and deputies (Deputy Mayor, the deputy transportation
 * commissioner), who hold the deputy's post and not the one they deputise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe, type Probe } from './drawProbeChecks';

type Fact = Record<string, unknown> & { id: string };
const dir = join(import.meta.dirname, 'fixtures', 'drawProbes');
const drawn = (file: string) => drawFactBase(readFileSync(join(dir, file), 'utf8'), {}).factBase as unknown as Record<string, Fact[]>;
const arabic = drawn('bookfair.ar.txt');
const english = drawn('harbor.en.txt');
const namesOf = (kb: Record<string, Fact[]>, lang: 'ar' | 'en') => kb.people!.map((person) => (person.names as Record<string, string[]>)[lang]![0]!);
const personNamed = (kb: Record<string, Fact[]>, lang: 'ar' | 'en', name: string) => kb.people!.find((person) => (person.names as Record<string, string[]>)[lang]!.includes(name));
const postOf = (kb: Record<string, Fact[]>, person: Fact | undefined) => kb.posts!.find((post) => post.holder === person?.id);

test('Arabic given names the lexicon lacked open names after titles: بشر, بدر (not the Badr Organisation), إلياس', () => {
  const names = namesOf(arabic, 'ar');
  for (const name of ['بشر الخصاونة', 'بدر البوسعيدي', 'إلياس الفخفاخ', 'ريم العبادي']) assert.ok(names.includes(name), `${name}: ${names.join(', ')}`);
  assert.ok(!arabic.organisations!.some((org) => org.id === 'badr'), JSON.stringify(arabic.organisations));
  assert.equal(postOf(arabic, personNamed(arabic, 'ar', 'بشر الخصاونة'))?.role, 'prime-minister');
  assert.equal(postOf(arabic, personNamed(arabic, 'ar', 'بدر البوسعيدي'))?.role, 'minister');
});

// Both were made to pass, then dropped: a regression guard on held-out stories fell by 0.04 and
// 0.09 precision with them and no probe of ours showed why (see the commit that dropped them).
test('the Mauritanian compound given name سيدي محمد opens its name, and the title before it ends before it', { todo: 'dropped after a regression guard fell (ar-locust drawn precision 0.75 to 0.71)' }, () => {
  assert.ok(namesOf(arabic, 'ar').includes('سيدي محمد ولد اعبيد'), namesOf(arabic, 'ar').join(', '));
  assert.deepEqual((postOf(arabic, personNamed(arabic, 'ar', 'سيدي محمد ولد اعبيد'))?.title as { ar: string[] } | undefined)?.ar, ['مدير المعرض']);
});

test('a verbal noun after a title (افتتاح المعرض) is no person', () => {
  const names = namesOf(arabic, 'ar');
  assert.ok(!names.some((name) => /افتتاح/.test(name)), names.join(', '));
});

test('an ordinal before a noun (ثاني منخفض) is no person', { todo: 'dropped after a regression guard fell (ar-energy drawn 0.76/0.46 to 0.67/0.34)' }, () => {
  const names = namesOf(arabic, 'ar');
  assert.ok(!names.some((name) => /منخفض/.test(name)), names.join(', '));
});

test('an «عمّان» dateline is Amman, not Oman', () => {
  const places = arabic.places!.map((place) => place.id);
  assert.ok(places.includes('amman'), places.join(', '));
  assert.ok(!places.includes('oman'), places.join(', '));
});

test('English names with a middle initial are drawn, with the form without it', () => {
  const whitfield = personNamed(english, 'en', 'Karen J. Whitfield');
  assert.ok(whitfield, namesOf(english, 'en').join(', '));
  assert.ok((whitfield.names as { en: string[] }).en.includes('Karen Whitfield'), JSON.stringify(whitfield.names));
  assert.ok(personNamed(english, 'en', 'John F. Maguire'), namesOf(english, 'en').join(', '));
});

test('a hyphenated title before a name (Vice-chair) is not part of the name', () => {
  const names = namesOf(english, 'en');
  assert.ok(names.includes('Priya Natarajan'), names.join(', '));
});

test('a deputy holds the deputy post, not the post deputised', () => {
  const whitfield = postOf(english, personNamed(english, 'en', 'Karen J. Whitfield'));
  assert.equal(whitfield?.role, 'deputy-head', JSON.stringify(whitfield));
  const nowak = postOf(english, personNamed(english, 'en', 'Tomasz Nowak'));
  assert.equal(nowak?.role, 'deputy-head', JSON.stringify(nowak));
});

const arabicProbes: Probe[] = [
  { sentence: 'وقال رئيس الوزراء الأردني بشر الخصاونة إن المعرض يستضيف 420 دار نشر.' },
  { sentence: 'وحضر وزير الخارجية العماني بدر البوسعيدي افتتاح المعرض.' },
  { sentence: 'وقال وزير الخارجية الأردني بشر الخصاونة إن المعرض يستضيف 420 دار نشر.', rule: 'post-holder' },
  { sentence: 'وقال رئيس الوزراء العماني بدر البوسعيدي إن زيارته ناجحة.', rule: 'post-holder' },
  { sentence: 'وقال مدير المعرض سيدي محمد ولد اعبيد إن المعرض يستمر حتى 14 مارس.' },
];

const englishProbes: Probe[] = [
  { sentence: 'Deputy Mayor Karen Whitfield said the bridge would close for six weeks.' },
  { sentence: 'John Maguire, the vice-chair of the city council, said the repairs would cost $4.2 million.' },
  { sentence: 'Vice-chair Priya Natarajan said 38 ships were expected.' },
  { sentence: 'Deputy transportation commissioner Tomasz Nowak said a ferry would run.' },
  { sentence: 'Deputy commissioner Tomasz Nowak said a ferry would run.' },
  { sentence: 'Mayor Karen Whitfield said the bridge would close for six weeks.', rule: 'post-holder' },
  { sentence: 'Mayor John Maguire said the repairs would cost $4.2 million.', rule: 'post-holder' },
  { sentence: 'The chair of the Duluth Port Authority, Priya Natarajan, said 38 ships were expected.', rule: 'post-holder' },
  { sentence: 'Mayor Karen J. Whitfield said the bridge would close.', rule: 'post-holder', todo: 'a middle initial in a draft ends a clause (analysis.ts), so the checker ties no title to the name' },
];

for (const p of arabicProbes) probe('bookfair.ar.txt', p);
for (const p of englishProbes) probe('harbor.en.txt', p);

const oneLine = (text: string) => namesOf(drawFactBase(text, { published: '2026-03-04' }).factBase as unknown as Record<string, Fact[]>, 'ar');

test('given names shaped like verbal nouns (تمارا, انتصار) are still drawn after a title', () => {
  assert.deepEqual(oneLine('وقالت وزيرة البيئة اللبنانية تمارا الزين إن الوزارة تتابع الملف.'), ['تمارا الزين']);
  assert.deepEqual(oneLine('وقالت وزيرة الثقافة انتصار الحلبي إن المعرض ناجح.'), ['انتصار الحلبي']);
});

test('a courtesy honorific (السيدة, السيد, الحاج) opens a name it is not part of', { todo: 'dropped after a regression guard fell (ar-telecom drawn precision 1.00 to 0.92)' }, () => {
  assert.deepEqual(oneLine('وقالت السيدة رحمة الزين إن المياه انقطعت عن الحي.'), ['رحمة الزين']);
  assert.deepEqual(oneLine('وأكد الحاج سليم البزري، صاحب المخبز، أن الأسعار ارتفعت.'), ['سليم البزري']);
  assert.deepEqual(oneLine('وتحدث السيد الرئيس عن الاقتصاد.'), []);
});

/** English drafts of an Arabic article about parties of Morocco, Tunisia, Egypt and Jordan (`parties.ar.txt`). */
const partyProbes: Probe[] = [
  { sentence: 'Istiqlal Party secretary-general Nizar al-Baqali said the party would join the next government.' },
  { sentence: 'Wafd Party leader Hassan al-Shafei said the party would boycott the local elections.' },
  { sentence: 'Islamic Action Front secretary-general Wael al-Hadid said the party won 31 seats.' },
  { sentence: 'Ennahda said 14 of its leaders were still in prison.' },
  { sentence: 'Wael al-Hadid, the secretary-general of the Istiqlal Party, said the party won 31 seats.', rule: 'affiliation' },
  { sentence: 'Nizar al-Baqali, the head of the Wafd Party, said the party would join the next government.', rule: 'affiliation' },
];
for (const p of partyProbes) probe('parties.ar.txt', p);

test('parties of the organisations lexicon are drawn with their English names (Istiqlal Party, Wafd Party, Islamic Action Front, Ennahda)', () => {
  const kb = drawn('parties.ar.txt');
  const english = kb.organisations!.flatMap((org) => (org.names as { en?: string[] }).en ?? []);
  for (const name of ['Istiqlal Party', 'Wafd Party', 'Islamic Action Front', 'Ennahda']) assert.ok(english.includes(name), `${name}: ${english.join(', ')}`);
});

test('a given name inside a drawn place (بلدتي مولاي إبراهيم وأمزميز) opens no person', () => {
  assert.deepEqual(oneLine('وفي بلدتي مولاي إبراهيم وأمزميز انهارت منازل كثيرة جراء الزلزال.'), []);
});
