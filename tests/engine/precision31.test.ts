/**
 * Precision probes (session 31) over two invented articles on a reopened glassworks
 * (`glassworks31.ar.txt`, `glassworks31.en.txt`), drawn into fact bases.
 *
 * Who speaks a quotation when two people are named: a person set off by commas before a clause
 * that a conjunction opens with its own subject («محافظ الأنبار فراس النعيمي، فيما عقد الوزير
 * كريم الساعدي مؤتمراً صحفياً، قال فيه: …», "the governor, X, while the minister Y held a
 * briefing, where he said: …") is not the speaker of the verb after that clause. The quotation
 * given to its speaker by a plain speech verb stays judged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const AR = 'glassworks31.ar.txt';
const EN = 'glassworks31.en.txt';

const SPEAKERS: RuleProbe[] = [
  // The quotation is the minister's, named after the conjunction; the governor named first is not its speaker.
  { file: AR, sentence: 'وحضر الافتتاح محافظ الأنبار فراس النعيمي، فيما عقد وزير الصناعة كريم الساعدي مؤتمراً صحفياً في مبنى المحافظة، قال فيه: "هذا المصنع كان رمزاً لمدينة كاملة تنتظر العودة إلى العمل".' },
  { file: AR, sentence: 'وحضر الافتتاح محافظ الأنبار فراس النعيمي، بينما عقد الوزير كريم الساعدي مؤتمراً صحفياً في مبنى المحافظة، قال فيه: "هذا المصنع كان رمزاً لمدينة كاملة تنتظر العودة إلى العمل".' },
  { file: EN, sentence: 'The opening was attended by the Anbar governor, Firas al-Nuaimi, while Industry Minister Karim al-Saadi held a press conference at the provincial headquarters, where he said: "This plant was the symbol of a whole city waiting to go back to work."' },
  // A quotation given to the wrong person by a plain speech verb stays flagged.
  { file: AR, sentence: 'وقال محافظ الأنبار فراس النعيمي: "هذا المصنع كان رمزاً لمدينة كاملة تنتظر العودة إلى العمل".', flagged: 'فراس النعيمي' },
  { file: EN, sentence: 'Firas al-Nuaimi said: "This plant was the symbol of a whole city waiting to go back to work."', flagged: 'Firas al-Nuaimi' },
  // A clause set off by commas that opens with a conjunction but names no one else keeps its subject.
  { file: EN, sentence: 'The Anbar governor, Firas al-Nuaimi, while touring the plant, said: "This plant was the symbol of a whole city waiting to go back to work."', flagged: 'Firas al-Nuaimi' },
];

for (const one of SPEAKERS) ruleProbe('quote-speaker', one);

/*
 * An Arabic name after a title followed by the verb's definite object («وافتتح وزير الصناعة كريم
 * الساعدي المصنع»): the object, a word the article uses elsewhere, is no third part of the name
 * when the article names the person again by the family name alone («وتوقع الساعدي»). Drawn
 * right, the minister's full name restated is no wrong holder, his quotation given to him is no
 * wrong speaker, and another post given to him stays flagged.
 */
const DRAWN_NAMES: RuleProbe[] = [
  { file: AR, sentence: 'وصل وزير الصناعة كريم الساعدي إلى الرمادي.' },
  { file: AR, sentence: 'وصل وزير الصحة كريم الساعدي إلى الرمادي.', flagged: 'الصحة' },
];
const DRAWN_SPEAKERS: RuleProbe[] = [
  { file: AR, sentence: 'وقال كريم الساعدي: "هذا المصنع كان رمزاً لمدينة كاملة تنتظر العودة إلى العمل".' },
  { file: AR, sentence: 'وقال فراس النعيمي: "هذا المصنع كان رمزاً لمدينة كاملة تنتظر العودة إلى العمل".', flagged: 'فراس النعيمي' },
];
for (const one of DRAWN_NAMES) ruleProbe('post-holder', one);

/*
 * Which event a weekday belongs to: in Arabic, a day after a speech verb and its subject dates the
 * statement when an attribution closes the sentence («… بحسب ما أعلنته الوزارة يوم الثلاثاء»).
 * The day is then not the reported event's; the same day given to the event itself, or after
 * «أن» inside what is said, stays flagged.
 */
const WEEKDAYS: RuleProbe[] = [
  { file: AR, sentence: 'أشعل عمال المصنع الفرن الأول بعد أن أنهت شركة تركية أعمال التأهيل، بحسب ما أعلنته الوزارة يوم الثلاثاء.' },
  { file: AR, sentence: 'وأشعل عمال المصنع الفرن الأول يوم الثلاثاء.', flagged: 'الثلاثاء' },
  { file: AR, sentence: 'وأعلنت الوزارة أن عمال المصنع أشعلوا الفرن الأول يوم الثلاثاء.', flagged: 'الثلاثاء' },
];
for (const one of WEEKDAYS) ruleProbe('event-date', one);

/*
 * A minister for parks (`parks31.en.txt`, an invented bushfire story): the Arabic title
 * «وزيرة الحدائق والبيئة» restates "Minister for Parks and Environment" with the parks portfolio
 * the lexicon knows in both languages; another portfolio stays flagged.
 */
const PARKS = 'parks31.en.txt';
const PARKS_POSTS: RuleProbe[] = [
  { file: PARKS, sentence: 'أعلنت وزيرة الحدائق والبيئة روندا كيلر تخصيص 300 ألف دولار أسترالي لشراء شاحنات إطفاء جديدة.' },
  { file: PARKS, sentence: 'وقالت وزيرة الحدائق روندا كيلر إنها ستزور ألباني يوم الأربعاء.' },
  { file: PARKS, sentence: 'Parks and Environment Minister Rhonda Keller announced A$300,000 for new fire trucks.' },
  { file: PARKS, sentence: 'وقالت وزيرة الصحة روندا كيلر إنها ستزور ألباني يوم الأربعاء.', flagged: 'الصحة' },
  { file: PARKS, sentence: 'Health Minister Rhonda Keller announced A$300,000 for new fire trucks.', flagged: 'Health' },
];
for (const one of PARKS_POSTS) ruleProbe('post-holder', one);

/*
 * An English name drawn into Arabic letters: the h after an opening r is silent (Rhonda روندا,
 * as Rhodes رودس), and the letter-by-letter رهوندا is a variant too; another family name stays a
 * misspelling in either script.
 */
const RH_NAMES: RuleProbe[] = [
  { file: PARKS, sentence: 'وقالت روندا كيلر إنها ستزور ألباني.' },
  { file: PARKS, sentence: 'وقالت رهوندا كيلر إنها ستزور ألباني.' },
  { file: PARKS, sentence: 'وقالت روندا كيلي إنها ستزور ألباني.', flagged: 'روندا كيلي' },
  { file: PARKS, sentence: 'Rhonda Kellar said she would visit Albany.', flagged: 'Rhonda Kellar' },
];
for (const one of RH_NAMES) ruleProbe('name-spelling', one);

/*
 * An Arabic title drawn with the possessive pronoun ها on a feminine noun («رئيس مجلس إدارتها»):
 * without the pronoun the noun ends in ة again (مجلس الإدارة, مجلس إدارة الشركة), so a draft that
 * names the company or the board restates the post; another post stays flagged
 * (`boardchair31.ar.txt`, an invented housing contract).
 */
const BOARD = 'boardchair31.ar.txt';
const BOARD_POSTS: RuleProbe[] = [
  { file: BOARD, sentence: 'وقال رئيس مجلس إدارة شركة "بيت الحجر" سامر الخوالدة إن الأشغال ستوفر نحو ألفي فرصة عمل.' },
  { file: BOARD, sentence: 'وقال رئيس مجلس الإدارة سامر الخوالدة إن الأشغال ستوفر نحو ألفي فرصة عمل.' },
  { file: BOARD, sentence: 'وقال وزير الإسكان سامر الخوالدة إن الأشغال ستوفر نحو ألفي فرصة عمل.', flagged: 'وزير الإسكان' },
];
for (const one of BOARD_POSTS) ruleProbe('post-holder', one);
for (const one of DRAWN_SPEAKERS) ruleProbe('quote-speaker', one);

/*
 * Titles with words around them that name no other post, against an editor's fact base written
 * for the English article: a body named only by an indefinite noun after the title's linker
 * ("operations manager at a glass plant") is no body the post could be wrong about, and a
 * state's or a province's name in the possessive before a title ("Anbar's governor",
 * "Tasmania's Minister for Parks") names where the post is, not its portfolio. Another post
 * given to the same person stays flagged.
 */
const ARTICLE = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', EN), 'utf8');

function editorFactBase(): object {
  const cite = citer(ARTICLE);
  return {
    schemaVersion: 2,
    id: 'ramadi-glassworks',
    source: { file: EN, lang: 'en', published: '2026-12-08' },
    people: [
      { id: 'saadi', names: { en: ['Karim al-Saadi'], ar: ['كريم الساعدي'] }, short: { en: ['Saadi'], ar: ['الساعدي'] }, gender: 'm', evidence: cite('Karim al-Saadi') },
      { id: 'nuaimi', names: { en: ['Firas al-Nuaimi'], ar: ['فراس النعيمي'] }, short: { en: ['Nuaimi'], ar: ['النعيمي'] }, gender: 'm', evidence: cite('Firas al-Nuaimi') },
      { id: 'jassim', names: { en: ['Huda Jassim'], ar: ['هدى جاسم'] }, short: { en: ['Jassim'], ar: ['جاسم'] }, gender: 'f', evidence: cite('Huda Jassim') },
    ],
    places: [
      { id: 'iraq', names: { en: ['Iraq'], ar: ['العراق'] }, kind: 'country', evidence: cite('Iraq') },
      { id: 'anbar', names: { en: ['Anbar'], ar: ['الأنبار'] }, kind: 'region', within: 'iraq', evidence: cite('Anbar') },
    ],
    organisations: [
      { id: 'industry', names: { en: ['Ministry of Industry'], ar: ['وزارة الصناعة'] }, kind: 'ministry', country: 'IQ', evidence: cite('Ministry of Industry') },
      { id: 'anbar-government', names: { en: ['Anbar provincial government'], ar: ['حكومة الأنبار المحلية'] }, kind: 'government', country: 'IQ', evidence: cite('the provincial headquarters') },
      { id: 'rafidain', names: { en: ['Rafidain Glass'], ar: ['الرافدين للزجاج'] }, kind: 'company', country: 'IQ', evidence: cite('Rafidain Glass') },
    ],
    posts: [
      { id: 'saadi-minister', holder: 'saadi', role: 'minister', organisation: 'industry', country: 'IQ', title: { en: ['Industry Minister', 'Minister for Industry'], ar: ['وزير الصناعة'] }, evidence: cite('Industry Minister Karim al-Saadi') },
      { id: 'nuaimi-governor', holder: 'nuaimi', role: 'governor', organisation: 'anbar-government', country: 'IQ', title: { en: ['Anbar governor', 'governor'], ar: ['محافظ الأنبار'] }, evidence: cite('the Anbar governor, Firas al-Nuaimi') },
      { id: 'jassim-ops', holder: 'jassim', role: 'other', organisation: 'rafidain', country: 'IQ', title: { en: ['operations manager'], ar: ['مديرة العمليات'] }, evidence: cite('the operations manager at Rafidain Glass') },
    ],
  };
}

const posts = findingLines(createChecker([loadTestFactBase(editorFactBase(), 'ramadi-glassworks.factbase.json', ARTICLE)], { scope: 'all' }), ['post-holder']);

test('a title with an indefinite body after its linker, or a province in the possessive before it, is not another post', () => {
  for (const draft of [
    'The first furnace was lit by Huda Jassim, operations manager at a glass plant in Ramadi.',
    'Huda Jassim, the operations manager at a glassworks, said the staff had waited years.',
    "Anbar's governor, Firas al-Nuaimi, attended the opening.",
    "Anbar's Minister for Industry, Karim al-Saadi, opened the plant.",
  ]) assert.deepEqual(posts(draft), [], draft);
});

test('another post given to the same person stays flagged', () => {
  for (const [draft, flagged] of [
    ['The first furnace was lit by Huda Jassim, chief executive of a glass plant in Ramadi.', 'post-holder: chief executive → operations manager'],
    ["Anbar's Minister for Health, Karim al-Saadi, opened the plant.", 'post-holder: Health → Industry'],
    ['Huda Jassim, operations manager at the Ministry of Industry, lit the furnace.', 'post-holder: Ministry of Industry → Rafidain Glass'],
  ] as const) assert.deepEqual(posts(draft), [flagged], draft);
});
