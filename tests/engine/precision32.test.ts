/**
 * False positives of true restatements, probed before the changes that remove them (session 32).
 * Invented articles: an aid convoy that set off from Aqaba and reached Mafraq
 * (`convoy-aqaba32.ar.txt`, `convoy-aqaba32.en.txt`; the people, figures and times are invented),
 * and invented sentences about the whale stranding of the en-whales development story.
 *
 * - A clock time beside a word of arrival (arrived at 3pm, «15:00 وصول القافلة») is the arrival's,
 *   not the time of the departure that the restated article sentence gives («انطلقت … عند السابعة
 *   صباحاً، ووصلت … بعد نحو ثماني ساعات»): the article gives no time of arrival to compare.
 * - An Arabic weekday after a verb of announcing and its subject, before what is announced
 *   («أعلنت السلطات اليوم الخميس نفوق …»), is the announcement's day when the restated article
 *   sentence gives that weekday as the day something was said ("officials said on Thursday").
 * - A given name that is also a verb of demanding, before its complement with بـ («وطالب بنشر
 *   التقرير»), is the verb, not a person named طالب بنشر.
 * - A union's general secretary is drawn as its secretary-general (role secretary-general, a
 *   leader), not as a secretary of the cabinet's kind: "who leads the union as its general
 *   secretary" restates the post (invented article of a dockworkers' strike, `port-tema32.*.txt`).
 * - After a speech verb, a word of the preposition لـ with the article («وقال أسانتي
 *   للصحافيين») is whom the speaker told, not the speaker's family name.
 * - A figure the article gives with the count's noun right after it («نحو 38 ألف عائلة») is the
 *   article's, though drawing listed no fact of it: not a wrong figure of the families who
 *   returned (invented English sentences about the ar-returns development story). A todo: the
 *   article-wide excuse tried for it also excused an earlier toll and a hyphenated compound.
 * - A weekday elsewhere in a sentence that gives the restated event its right date ("Saturday's
 *   convoy was the first: a second leaves on 10 December") dates something else.
 * - "A, the company's managing director, and council leader B": the title set off by commas after
 *   A is A's, not a second post of B's (invented sentences about the en-council story); "managing
 *   director and council leader B", with no comma, still gives B both posts.
 * - An acronym of the post's organisation ("the POA's North East representative" for the Prison
 *   Officers' Association's) is that organisation, though drawing lists no acronym (en-prison).
 * - A head the post's own titles write ("village chair", "chairwoman" for a post of role head)
 *   names that post: "chair of Ilole Mpya village" (en-hydropower); a deputy's head (vice chair)
 *   and another head (spokeswoman) are still flagged.
 * - An Arabic word whose root begins with ف keeps it (فلاحي, فتحت, فقدوا): «جمعية الفلاحين» restates
 *   «جمعية فلاحي المنطقة» (ar-railway), and the conjunction ف before another root is still stripped.
 *
 * Traps that must stay flagged: a wrong time of the departure itself, a wrong day written right
 * after the event's verb or before it with no verb of announcing, and a person truly named طالب.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, parseFactBase } from '../../engine/src/index';
import { drawFactBase } from '../../engine/src/draw/index';
import { fixtureFactBase } from './helpers';
import { probe, ruleProbe } from './drawProbeChecks';
import { contentStem } from '../../engine/src/text/stem';
import { wordKey } from '../../engine/src/tokenKey';

const AR = 'convoy-aqaba32.ar.txt';
const EN = 'convoy-aqaba32.en.txt';

// A time beside a word of arrival is no departure's time.
for (const file of [AR, EN]) {
  ruleProbe('event-date', { file, sentence: 'The convoy arrived in Mafraq at 3pm, eight hours after it left Aqaba.' });
}
ruleProbe('event-date', { file: AR, sentence: '**15:00** وصول القافلة إلى المفرق بعد ثماني ساعات تقريباً.' });
ruleProbe('event-date', { file: AR, sentence: 'وصلت القافلة إلى المفرق عند الثالثة عصراً.' });

// The departure's own time, wrong, stays flagged.
ruleProbe('event-date', { file: EN, sentence: 'The convoy set off from Aqaba at 9am.', flagged: '9am' });
ruleProbe('event-date', { file: AR, sentence: '**09:00** انطلاق القافلة من ميناء العقبة.', flagged: '09:00' });
ruleProbe('event-date', { file: AR, sentence: 'انطلقت القافلة من العقبة عند التاسعة صباحاً.', flagged: 'التاسعة صباحاً' });

const whales = createChecker([fixtureFactBase('dev-stories/en-whales')], { scope: 'all' });

/** The event-date findings of a sentence about the whale stranding, as the words each flags. */
function whaleDays(sentence: string): string[] {
  return whales
    .check(sentence)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => sentence.slice(finding.range.start, finding.range.end));
}

test("a weekday after a verb of announcing and its subject is the announcement's day", () => {
  for (const sentence of [
    'أعلنت السلطات الأسترالية اليوم الخميس نفوق 172 حوتاً طياراً جنحت قرب ماكواري هيدز.',
    'أعلنت هيئة الحدائق يوم الخميس إنقاذ 51 حوتاً من أصل 236 جنحت قرب ماكواري هيدز.',
  ]) {
    assert.deepEqual(whaleDays(sentence), [], sentence);
  }
});

test("a wrong day of the stranding itself stays flagged", () => {
  for (const sentence of ['جنحت 236 حوتاً قرب ماكواري هيدز يوم الخميس.', 'يوم الخميس جنحت 236 حوتاً قرب ماكواري هيدز.']) {
    assert.deepEqual(whaleDays(sentence), ['الخميس'], sentence);
  }
});

/** The Arabic names of the people drawn from a probe article. */
function drawnPeople(file: string): string[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  const people = (drawFactBase(article, {}).factBase as unknown as { people: { names: { ar?: string[] } }[] }).people;
  return people.flatMap((person) => person.names.ar?.slice(0, 1) ?? []);
}

test('a verb of demanding before its complement with بـ is no given name', () => {
  const people = drawnPeople(AR);
  assert.ok(!people.some((name) => name.includes('بنشر')), JSON.stringify(people));
  // A person truly named طالب is still drawn.
  assert.ok(people.includes('طالب الرفاعي'), JSON.stringify(people));
});

const PORT_EN = 'port-tema32.en.txt';
const PORT_AR = 'port-tema32.ar.txt';

// A general secretary leads the union.
probe(PORT_EN, { sentence: "Kwame Asante, who leads the Maritime and Dockworkers' Union as its general secretary, said basic pay would rise." });
probe(PORT_EN, { sentence: "Kwame Asante, spokesman of the Maritime and Dockworkers' Union, said basic pay would rise.", rule: 'post-holder' });

test('a word of لـ with the article after a speech verb is no family name', () => {
  const people = drawnPeople(PORT_AR);
  assert.ok(!people.some((name) => name.includes('للصحافيين')), JSON.stringify(people));
});

// The quote is the general secretary's, named by his family name alone.
probe(PORT_AR, { sentence: 'وقال أسانتي: "انتظر أعضاؤنا هذا أربع سنوات".' });
probe(PORT_AR, { sentence: 'وقال داركو: "انتظر أعضاؤنا هذا أربع سنوات".', rule: 'quote-speaker' });

/** A checker over the fact base drawn from a development story's article, and one over its editor's fact base. */
function storyCheckers(story: string, file: string): { drawn: ReturnType<typeof createChecker>; editor: ReturnType<typeof createChecker> } {
  const article = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'dev-stories', story, file), 'utf8');
  const drawn = parseFactBase(JSON.stringify(drawFactBase(article, {}).factBase), 'drawn.factbase.json', article).factBase!;
  return { drawn: createChecker([drawn], { scope: 'all' }), editor: createChecker([fixtureFactBase(`dev-stories/${story}`, 'editor.factbase.json', file)], { scope: 'all' }) };
}

const returns = storyCheckers('ar-returns', 'article.ar.txt');

/** The words each finding of a rule flags in a sentence. */
function flagged(checker: ReturnType<typeof createChecker>, ruleId: string, sentence: string): string[] {
  return checker
    .check(sentence)
    .findings.filter((finding) => finding.ruleId === ruleId)
    .map((finding) => sentence.slice(finding.range.start, finding.range.end));
}

test("the article's own figure of the noun is no wrong figure of another count", { todo: 'the article-wide count excuse was withdrawn: it excused guarded errors (an earlier toll, a hyphenated compound)' }, () => {
  for (const sentence of ['Of the 38,000 families still in camps, about 9,000 are due to return by March 2027.', 'The deal aims to bring 9,000 families home.']) {
    assert.deepEqual(flagged(returns.drawn, 'quantity', sentence), [], sentence);
  }
  assert.deepEqual(flagged(returns.drawn, 'quantity', 'Some 1,420 families returned to Sinjar on Saturday.'), ['1,420']);
});

test('a weekday beside the right date of the restated event dates something else', () => {
  const sentence = "Saturday's convoy was the first of several: a second, of about 900 families, leaves on 10 December.";
  for (const checker of [returns.drawn, returns.editor]) assert.deepEqual(flagged(checker, 'event-date', sentence), [], sentence);
  const wrong = 'The second convoy, of about 900 families, leaves Khanke camp on Saturday.';
  assert.deepEqual(flagged(returns.editor, 'event-date', wrong), ['Saturday'], wrong);
  const wrongFirst = 'The first convoy of 1,240 families returned to Sinjar on Friday.';
  for (const checker of [returns.drawn, returns.editor]) assert.deepEqual(flagged(checker, 'event-date', wrongFirst), ['Friday'], wrongFirst);
  // A wire dateline's date is the day of writing, not a date the sentence gives the event.
  const dateline = 'MOSUL, Nov 28 — Some 1,240 displaced families on Friday returned to Sinjar in the first organised convoy.';
  assert.deepEqual(flagged(returns.drawn, 'event-date', dateline), ['Friday'], dateline);
});

const council = storyCheckers('en-council', 'article.en.txt');

test("a title set off by commas after one name is no second post of the next name's", () => {
  const sentence = "Graham Lyle, the bus company's managing director, and council leader Fiona Marr both defended the rise.";
  for (const checker of [council.drawn, council.editor]) assert.deepEqual(flagged(checker, 'post-holder', sentence), [], sentence);
  const wrong = 'Managing director and council leader Fiona Marr defended the rise.';
  for (const checker of [council.drawn, council.editor]) assert.deepEqual(flagged(checker, 'post-holder', wrong), ['Managing director'], wrong);
});

const prison = storyCheckers('en-prison', 'article.en.txt');

test("an acronym of the post's organisation is that organisation", () => {
  const sentence = "Gary Tunstall, the POA's North East representative, said 14 officers had been off sick for months.";
  for (const checker of [prison.drawn, prison.editor]) assert.deepEqual(flagged(checker, 'post-holder', sentence), [], sentence);
  const wrong = "Gary Tunstall, the RMT's North East representative, said 14 officers had been off sick for months.";
  assert.deepEqual(flagged(prison.drawn, 'post-holder', wrong), ['RMT'], wrong);
});

const hydropower = storyCheckers('en-hydropower', 'article.en.txt');

test("a head the post's own titles write names the post", () => {
  const sentence = 'Neema Kalinga, chair of Ilole Mpya village, said 400 families lacked title deeds.';
  assert.deepEqual(flagged(hydropower.editor, 'post-holder', sentence), [], sentence);
  // «رئيسة» is the start of «رئيسة الوزراء», a prime minister's head, not a head of its own there.
  const premier = 'وقالت رئيسة حكومة الولاية ريبيكا ثورنتون إن الإعصار هو الأشد منذ عام 2017.';
  assert.deepEqual(flagged(storyCheckers('en-weather', 'article.en.txt').drawn, 'post-holder', premier), [], premier);
  for (const wrong of ['Neema Kalinga, vice chair of Ilole Mpya village, said 400 families lacked title deeds.', 'Neema Kalinga, spokeswoman of Ilole Mpya village, said 400 families lacked title deeds.']) {
    assert.equal(flagged(hydropower.editor, 'post-holder', wrong).length, 1, wrong);
  }
});

const railway = storyCheckers('ar-railway', 'article.ar.txt');

test('a root that begins with ف keeps its first letter', () => {
  const sentence = 'وقال الحسين أيت علي، رئيس جمعية الفلاحين، إن 900 أسرة معنية بنزع الملكية.';
  assert.deepEqual(flagged(railway.editor, 'post-holder', sentence), [], sentence);
  const wrong = 'وقال الحسين أيت علي، رئيس جمعية التجار، إن 900 أسرة معنية بنزع الملكية.';
  assert.equal(flagged(railway.editor, 'post-holder', wrong).length, 1, wrong);
  const stem = (word: string) => contentStem(wordKey(word));
  for (const word of ['فلاحي', 'فلاحين', 'فتحت', 'فقدوا']) assert.ok(stem(word)?.startsWith('ف'), word);
  assert.equal(stem('فلاحي'), stem('الفلاحين'));
  // The conjunction ف before another root is still stripped.
  assert.equal(stem('فقال'), stem('قال'));
});
