/**
 * People in drawn fact bases: posts that are another person's, and words drawn as names that are
 * no person's. The invented articles (`harbour-people35.en.txt`, `harbour-people35.ar.txt`) name a
 * relative of a post's holder by a noun of kinship that governs the title, the name set off after
 * it by a comma («ابنة مدير الميناء، سلمى العيادي», "The brother of the board's chair, Owen
 * Fairley"): the post is the unnamed relative's, never the name's. They name a lawyer by his calling
 * in construct with his client or his body («محامي العيادي», «محامي الهيئة»), which is no name, a
 * title that ends in its linker before a name ("A spokesman for Brian Hollis"), whose name is the
 * complement and not the holder, and a party's member by the party's words alone ("a Liberal
 * Democrat who …"), which is no person. True drafts must get nothing; wrong ones must be flagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { ruleProbe } from './drawProbeChecks';

const EN = 'harbour-people35.en.txt';
const AR = 'harbour-people35.ar.txt';

/** The drawn fact base of a probe article. */
function drawn(file: string) {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return drawFactBase(article, {}).factBase;
}

/** The first name in `lang` of each person drawn from a probe article. */
function drawnPeople(file: string, lang: 'ar' | 'en'): (string | undefined)[] {
  return (drawn(file).people ?? []).map((person) => (person.names as Record<string, string[] | undefined>)[lang]?.[0]);
}

/** The first name in `lang` of each drawn post's holder, with the post's first title. */
function drawnHolders(file: string, lang: 'ar' | 'en'): string[] {
  const factBase = drawn(file);
  const names = new Map((factBase.people ?? []).map((person) => [person.id, (person.names as Record<string, string[] | undefined>)[lang]?.[0]]));
  return (factBase.posts ?? []).map((post) => `${names.get(post.holder as string)}: ${(post.title as Record<string, string[] | undefined>)[lang]?.[0]}`);
}

test(`${EN}: a party's words alone are no person`, () => {
  assert.deepEqual(drawnPeople(EN, 'en'), ['Claire Ashby', 'Tom Ashby', 'Jane Whitmore', 'Brian Hollis', 'Owen Fairley', 'Alice Fairley']);
});

test(`${EN}: a title governed by a noun of kinship, or ending in its linker, is not the name's after it`, () => {
  assert.deepEqual(drawnHolders(EN, 'en'), ['Jane Whitmore: Councillor']);
});

test(`${AR}: a lawyer named by his calling in construct is no person`, () => {
  assert.deepEqual(drawnPeople(AR, 'ar'), ['سلمى العيادي', 'خالد العيادي', 'رضا الكردي', 'فتحي الشابي', 'منى الشابي']);
});

test(`${AR}: a title governed by a noun of kinship is not the name's set off after it`, () => {
  assert.deepEqual(drawnHolders(AR, 'ar'), ['منى الشابي: رئيسة']);
});

// The head's post is the one the article gives her by a verb, not her brother's.
ruleProbe('post-holder', { file: AR, sentence: 'وقالت رئيسة الهيئة منى الشابي إن المشروع سيوفر 120 فرصة عمل.' });

// A party is no misspelt person's name.
ruleProbe('name-spelling', { file: EN, sentence: 'Liberal Democrats welcomed the decision.' });
ruleProbe('name-spelling', { file: EN, sentence: 'Councillor Jane Whitmore, a Liberal Democrat, welcomed the decision.' });
ruleProbe('name-spelling', { file: EN, sentence: 'Jane Whitmorr welcomed the decision.', flagged: 'Jane Whitmorr' });

/** The people and posts drawn from an invented article given inline. */
function drawnText(article: string) {
  const factBase = drawFactBase(article, {}).factBase;
  const name = (names: unknown) => Object.values(names as Record<string, string[]>)[0]?.[0];
  return { people: (factBase.people ?? []).map((person) => name(person.names)), posts: (factBase.posts ?? []).map((post) => `${String(post.holder)}: ${String((post as { status?: string }).status ?? 'current')}`) };
}

test('a post beside a word of the time being is drawn as acting', () => {
  assert.deepEqual(drawnText('Sarah Penhallow, the acting director of the harbour authority, said the cost would reach 45 million pounds.').posts, ['penhallow: acting']);
  assert.deepEqual(drawnText('وقال المدير بالنيابة للهيئة كريم الشابي إن كلفة المشروع ستبلغ 45 مليون دينار.').posts, ['al-shabi: acting']);
  assert.deepEqual(drawnText('وقال المدير السابق للهيئة نبيل التريكي إن الخطة لم تتغير.').posts, ['al-tariki: former']);
});

test('a name inside a body drawn around it, or a firm named by its apposition after a place, is no person', () => {
  assert.deepEqual(drawnText('وستنفذ الأشغال شركة عبد الله الفرجاني للمقاولات. وقالت مديرتها العامة فاطمة الدريدي إن 40 مهندساً سيعملون.').people, ['فاطمة الدريدي']);
  assert.deepEqual(drawnText('The work will be carried out by Barrow Dunn, a Stirling engineering firm. Its managing director, Fiona Barr, said 40 engineers would work in shifts.').people, ['Fiona Barr']);
  assert.deepEqual(drawnText('Harold Finch Associates, the consultants who inspected the bridge, found cracks in two piers, Linda Groves said.').people, ['Linda Groves']);
});

test('a definite common noun after a filiation and its given name is the verb\'s object, not a family name', () => {
  const article = 'ووصف وزير التجهيز الأسبق كمال بن يوسف الإغلاق بأنه «فضيحة». وسيستمر إغلاق الطريق ستة أسابيع.';
  assert.deepEqual(drawnText(article).people, ['كمال بن يوسف']);
});

test('a title head of one word opening a capitalised run before a given name is no word of the name', () => {
  assert.deepEqual(drawnText('Prosecutor Anne Marsh told the court that spills had happened on 40 days.').people, ['Anne Marsh']);
});

test('a title made definite by the pronoun ها governs no title after it, and «فإن» opens no name', () => {
  const drawnArticle = drawnText('وبحسب نائبة المدير منية الغربي فإن القطارات ستسير. وشكر رئيسها ممثل السائقين طارق بن سالم على جهوده.');
  assert.deepEqual(drawnArticle.people, ['منية الغربي', 'طارق بن سالم']);
  const factBase = drawFactBase('وشكر رئيسها ممثل السائقين طارق بن سالم على جهوده.', {}).factBase;
  assert.deepEqual((factBase.posts ?? []).map((post) => (post.title as Record<string, string[]>).ar?.[0]), ['ممثل السائقين']);
});

test('a name after a title runs over a family name of two words that the article names alone', () => {
  const article = 'وقع وزير النقل الأردني ماهر أبو السمن ونظيره المصري اتفاقاً لتوسعة الميناء. وقال أبو السمن إن التوسعة ستكلف 200 مليون دينار.';
  assert.deepEqual(drawnText(article).people, ['ماهر أبو السمن']);
});

test('an academic title and a name before "of" a body are a person and the body, not one body', () => {
  const factBase = drawFactBase('The trust\'s former finance director, Simon Worthington, led the review with Professor Ann Lee of Leeds University.', {}).factBase;
  assert.ok((factBase.people ?? []).some((person) => (person.names as Record<string, string[]>).en?.[0]?.endsWith('Ann Lee')));
  assert.ok(!(factBase.organisations ?? []).some((body) => JSON.stringify(body.names).includes('Ann Lee')));
});
