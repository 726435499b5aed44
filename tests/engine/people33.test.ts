/**
 * People's posts drawn from an invented English article and checked in drafts of both languages.
 * A title with executive powers ("The executive mayor, X") keeps its adjective when drawn, and its
 * Arabic forms write it after a definite title (رئيسة البلدية التنفيذية), never after an indefinite
 * one («عمدة التنفيذية»): drawn without it, a true Arabic «رئيسة البلدية التنفيذية» was read as
 * another post. The words after the title that name the post's town, a place the fact base names in
 * Latin letters only («لخليج كوانيلي» for Kwanele Bay, «لمدينة …»), say where the post is held and
 * are no other post. The articles and sentences are invented for these probes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { type Checker } from '../../engine/src/index';
import { drawnChecker } from './helpers';

const BAY = `Kwanele Bay rations electricity as coal deliveries stall

KWANELE BAY, South Africa, Tuesday 9 June 2026 - Kwanele Bay began rationing electricity on Tuesday after coal deliveries to its power station stalled for a third week, city officials said.

The executive mayor, Zodwa Mthembu, 47, announced the cuts at a meeting in the city hall. "Every household will lose power for four hours a day until the trains run again," she said.

The city's head of energy, Brian Oduya, said the station had coal for nine days.
`;

const BRIDGE = `Hartwell opens new bridge over the Wend

HARTWELL, England, Monday 3 March 2025 - Hartwell opened its new bridge over the River Wend on Monday, two years after floods swept the old one away, council officials said.

The executive mayor, Joan Hartley, 58, cut the ribbon in front of about 400 people. "This bridge joins two halves of a town that were cut off for too long," she said.
`;

/**
 * An Arabic article whose chairman's title owns the board to the company by a pronoun on its last
 * word («رئيس مجلس إدارتها»), and a director of a unit inside it («مدير عملياتها»).
 */
const BUSES = `شركة نقل أردنية تشتري 40 حافلة جديدة

عمّان، الاثنين 12 أيار/مايو 2025 - أعلنت شركة "نجمة الشمال" للنقل البري، ومقرها الزرقاء، اليوم الاثنين شراء 40 حافلة جديدة بقيمة 6 ملايين دينار.

وقال رئيس مجلس إدارتها المهندس فراس الدباس إن الحافلات ستعمل على خطوط المدن الشمالية اعتباراً من الشهر المقبل.

وقال مدير عملياتها، سامي القضاة، إن الشركة ستوظف 90 سائقاً جديداً.
`;

/**
 * An Arabic article with a deputy chief executive named after the title's comma and a nationality
 * («نائب الرئيس التنفيذي للصندوق، الكويتي وليد البحر»), whose head's article keeps the table from
 * reading «نائب رئيس», and a company's chief executive.
 */
const FUND = `تمويل خليجي لمستشفى جديد في إربد

إربد، الأحد 4 أيار/مايو 2025 - وقّع صندوق الخليج للتنمية اليوم الأحد اتفاقية بقيمة 40 مليون دينار لبناء مستشفى جديد في إربد.

ووقّع الاتفاقية نائب الرئيس التنفيذي للصندوق، الكويتي وليد البحر، الذي قال إن العمل سيبدأ في الخريف.

وقال الرئيس التنفيذي لشركة "البناء الحديث" المنفذة، سامر الدجاني، إن المستشفى سيضم 300 سرير.
`;

/** The checker over the fact base drawn from an invented article, drawn once. */
function checkerOf(article: string): Checker {
  return drawnChecker(article);
}

/** The words each post-holder finding of full severity flags in a sentence. */
function postErrors(article: string, sentence: string): string[] {
  return checkerOf(article)
    .check(sentence)
    .findings.filter((f) => f.ruleId === 'post-holder' && f.severity !== 'info' && f.severity !== 'hint')
    .map((f) => sentence.slice(f.range.start, f.range.end));
}

/** True restatements of the drawn posts that were flagged: none may be. */
const TRUE = [
  { article: BAY, sentence: 'أعلنت رئيسة البلدية التنفيذية زودوا مثيمبو خفض الكهرباء.' },
  { article: BAY, sentence: 'أعلنت رئيسة البلدية التنفيذية لخليج كوانيلي زودوا مثيمبو خفض الكهرباء.' },
  { article: BRIDGE, sentence: 'قصّت رئيسة البلدية التنفيذية جون هارتلي شريط الافتتاح.' },
  { article: BRIDGE, sentence: 'قصّت رئيسة البلدية التنفيذية لبلدة هارتويل جون هارتلي شريط الافتتاح.' },
];

/**
 * Wrong posts that must be flagged alone: a body after the title, no place of the story; a chief
 * executive or a managing director for the chairman «رئيس مجلس إدارتها» names, drawn sure.
 */
const WRONG = [
  { article: BAY, sentence: 'أعلنت رئيسة البلدية التنفيذية لجامعة كوانيلي زودوا مثيمبو خفض الكهرباء.', flagged: 'لجامعة كوانيلي' },
  { article: BUSES, sentence: 'Firas al-Dabbas, chief executive of North Star, said the buses would run next month.', flagged: 'chief executive of North Star' },
  { article: BUSES, sentence: 'Firas al-Dabbas, managing director of North Star, said the buses would run next month.', flagged: 'managing director of North Star' },
  { article: FUND, sentence: 'Walid al-Baher, chief executive of the Gulf Development Fund, said work would start in the autumn.', flagged: 'chief executive of the Gulf Development Fund' },
  { article: FUND, sentence: 'وقال الرئيس التنفيذي للصندوق وليد البحر إن العمل سيبدأ في الخريف.', flagged: 'الرئيس التنفيذي للصندوق' },
  { article: FUND, sentence: 'Samer al-Dajani, chairman of Modern Construction, said the hospital would have 300 beds.', flagged: 'chairman of Modern Construction' },
];

/** True restatements of the deputy's and the chief executive's posts: none may be flagged. */
const DEPUTY = [
  { article: FUND, sentence: 'Walid al-Baher, deputy chief executive of the Gulf Development Fund, said work would start in the autumn.' },
  { article: FUND, sentence: 'The fund\'s deputy chief executive, Walid al-Baher, signed the agreement.' },
  { article: FUND, sentence: 'Walid al-Baher, the fund\'s deputy head, said work would start in the autumn.' },
  { article: FUND, sentence: 'وقال نائب الرئيس التنفيذي للصندوق وليد البحر إن العمل سيبدأ في الخريف.' },
  { article: FUND, sentence: 'Samer al-Dajani, CEO of the contractor, said the hospital would have 300 beds.' },
];

/** True restatements of the chairman's post, each another way to write it: none may be flagged. */
const CHAIRMAN = [
  { article: BUSES, sentence: 'Firas al-Dabbas, chairman of North Star, said the buses would run next month.' },
  { article: BUSES, sentence: 'Firas al-Dabbas, the company\'s chairman, said the buses would run next month.' },
  { article: BUSES, sentence: 'Firas al-Dabbas, head of the company, said the buses would run next month.' },
  { article: BUSES, sentence: 'وقال رئيس مجلس إدارة الشركة فراس الدباس إن الحافلات ستعمل الشهر المقبل.' },
  { article: BUSES, sentence: 'Sami al-Qudah, its operations director, said the company would hire 90 drivers.' },
];

/**
 * Guards that held before the change and must still hold: true titles in both languages that get
 * nothing, and wrong ones that keep their finding (a deputy's title, a portfolio after a mayor's).
 */
const GUARDS = [
  { article: BAY, sentence: 'أعلنت رئيسة بلدية خليج كوانيلي زودوا مثيمبو خفض الكهرباء.', flagged: undefined },
  { article: BAY, sentence: 'Executive mayor Zodwa Mthembu announced the cuts.', flagged: undefined },
  { article: BAY, sentence: 'Zodwa Mthembu, the mayor of Kwanele Bay, announced the cuts.', flagged: undefined },
  { article: BRIDGE, sentence: 'Joan Hartley, the executive mayor of Hartwell, cut the ribbon.', flagged: undefined },
  { article: BAY, sentence: 'أعلنت نائبة رئيسة البلدية زودوا مثيمبو خفض الكهرباء.', flagged: 'نائبة رئيسة' },
  { article: BAY, sentence: 'Deputy mayor Zodwa Mthembu announced the cuts.', flagged: 'Deputy mayor' },
  { article: BRIDGE, sentence: 'قصّت رئيسة البلدية لشؤون النقل جون هارتلي شريط الافتتاح.', flagged: 'لشؤون النقل' },
];

for (const { article, sentence } of TRUE) {
  test(`not flagged: ${sentence}`, () => assert.deepEqual(postErrors(article, sentence), []));
}

for (const { article, sentence } of DEPUTY) {
  test(`guard, not flagged: ${sentence}`, () => assert.deepEqual(postErrors(article, sentence), []));
}

for (const { article, sentence } of CHAIRMAN) {
  test(`guard, not flagged: ${sentence}`, () => assert.deepEqual(postErrors(article, sentence), []));
}

for (const { article, sentence, flagged } of WRONG) {
  test(`flagged (${flagged}): ${sentence}`, () => assert.deepEqual(postErrors(article, sentence), [flagged]));
}

for (const { article, sentence, flagged } of GUARDS) {
  test(`guard, ${flagged ? `flagged (${flagged})` : 'not flagged'}: ${sentence}`, () => assert.deepEqual(postErrors(article, sentence), flagged ? [flagged] : []));
}

test('a chairman whose board a pronoun owns is drawn sure, of the company; a director of a unit inside it stays unsure', () => {
  const drawn = drawFactBase(BUSES, {}).factBase as unknown as { posts: { role: string; organisation?: string; review?: { unsure?: boolean } }[] };
  const chairman = drawn.posts.find((post) => post.role === 'chairman');
  assert.ok(chairman?.organisation && !chairman.review?.unsure, JSON.stringify(chairman));
  assert.ok(drawn.posts.find((post) => post.role === 'director')?.review?.unsure);
});

test('a deputy chief executive named after the title\'s comma and a nationality is drawn a deputy, of the fund', () => {
  const drawn = drawFactBase(FUND, {}).factBase as unknown as { posts: { holder: string; role: string; organisation?: string; title: { en?: string[] } }[] };
  const deputy = drawn.posts.find((post) => post.title.en?.includes('deputy chief executive'));
  assert.equal(deputy?.role, 'deputy-head', JSON.stringify(drawn.posts));
  assert.ok(deputy?.organisation);
  assert.ok(!drawn.posts.some((post) => post.holder === deputy?.holder && post.role === 'chief-executive'));
});

test('an executive mayor is drawn with the adjective, in Arabic only after a definite title', () => {
  const posts = (drawFactBase(BAY, {}).factBase as unknown as { posts: { role: string; title: { en?: string[]; ar?: string[] } }[] }).posts;
  const mayor = posts.find((post) => post.role === 'mayor');
  assert.deepEqual(mayor?.title.en, ['executive mayor']);
  assert.ok(mayor?.title.ar?.includes('رئيسة البلدية التنفيذية'), JSON.stringify(mayor?.title.ar));
  assert.ok(!mayor?.title.ar?.some((form) => form.startsWith('عمدة ')), JSON.stringify(mayor?.title.ar));
});
