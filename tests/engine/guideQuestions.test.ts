/**
 * The fact-base guide's answers to editors' questions (`knowledge/README.md`, "Questions editors
 * asked"): its JSON blocks, put together with the people and organisations they name by id, make
 * a fact base that validates against the guide's own invented article, and every draft the answers
 * quote gets the findings the answers say (reported, or passing). When the engine learns more, the
 * answers and these expectations change together.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, parseFactBase, type Checker } from '../../engine/src/index';
import { repoRoot } from './helpers';

const guide = readFileSync(join(repoRoot, 'knowledge', 'README.md'), 'utf8');

/** The guide's section of questions, up to the next heading of its level or above. */
function questions(): string {
  const start = guide.indexOf('\n### Questions editors asked\n');
  assert.ok(start >= 0, 'knowledge/README.md has a section "### Questions editors asked"');
  const end = guide.slice(start + 1).search(/\n#{2,3} /);
  return guide.slice(start, end < 0 ? undefined : start + 1 + end);
}

/** The fenced blocks of a language in a piece of Markdown. */
function blocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```', 'gm'))].map((match) => match[1]!);
}

/** The facts the answers name by id without defining them, written as the guide says. */
const BASE = {
  people: [
    { id: 'al-badr', names: { ar: ['ناصر سالم البدر', 'ناصر البدر'], en: ['Nasser Salem al-Badr', 'Nasser al-Badr'] }, short: { ar: ['البدر'], en: ['al-Badr'] }, gender: 'm', evidence: [{ text: 'ناصر سالم البدر' }] },
    { id: 'al-mutairi', names: { ar: ['فهد عادل المطيري', 'فهد المطيري'], en: ['Fahd Adel al-Mutairi', 'Fahd al-Mutairi'] }, short: { ar: ['المطيري'], en: ['al-Mutairi'] }, gender: 'm', evidence: [{ text: 'فهد عادل المطيري' }] },
    { id: 'al-anzi', names: { ar: ['يوسف خالد العنزي', 'يوسف العنزي'], en: ['Youssef Khaled al-Anzi', 'Youssef al-Anzi'] }, short: { ar: ['العنزي'], en: ['al-Anzi'] }, gender: 'm', evidence: [{ text: 'يوسف خالد العنزي' }] },
    { id: 'al-sabah', names: { ar: ['منيرة عبدالله الصباح', 'منيرة الصباح'], en: ['Munira Abdullah al-Sabah', 'Munira al-Sabah'] }, short: { ar: ['الصباح'], en: ['al-Sabah'] }, gender: 'f', evidence: [{ text: 'منيرة عبدالله الصباح' }] },
  ],
  organisations: [
    { id: 'criminal-court', names: { ar: ['محكمة الجنايات الكويتية', 'محكمة الجنايات'], en: ['Kuwaiti Criminal Court', 'Criminal Court'] }, kind: 'court', country: 'KW', evidence: [{ text: 'محكمة الجنايات الكويتية' }] },
    { id: 'cassation', names: { ar: ['محكمة التمييز'], en: ['Court of Cassation'] }, kind: 'court', country: 'KW', evidence: [{ text: 'محكمة التمييز' }] },
    { id: 'finance-ministry', names: { ar: ['وزارة المالية'], en: ['Ministry of Finance', 'Finance Ministry'] }, kind: 'ministry', country: 'KW', evidence: [{ text: 'وزارة المالية' }] },
  ],
  places: [{ id: 'kuwait', names: { ar: ['الكويت'], en: ['Kuwait'] }, kind: 'country', evidence: [{ text: 'الكويت', nth: 1 }] }],
};

type Evidence = { text: string; nth?: number; start?: number; end?: number };

/** Fills in each evidence range from its text, as `isnad kb cite` does (the nth occurrence, else the first). */
function cite(node: unknown, article: string): void {
  if (Array.isArray(node)) return node.forEach((item) => cite(item, article));
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (Array.isArray(record.evidence)) {
    record.evidence = (record.evidence as Evidence[]).map(({ text, nth }) => {
      let start = -1;
      for (let n = 0; n < (nth ?? 1); n++) start = article.indexOf(text, start + 1);
      assert.ok(start >= 0, `the article holds ${text}`);
      return { start, end: start + text.length, text };
    });
  }
  Object.values(record).forEach((value) => cite(value, article));
}

/** The guide's fact base over `article`, parsed as `isnad kb validate` parses it, and a checker over it. */
function guideChecker(article: string): Checker {
  const data: Record<string, unknown[]> = structuredClone(BASE);
  const parts = blocks(questions(), 'json');
  assert.ok(parts.length >= 7, 'an example for each question');
  for (const part of parts) {
    for (const [section, facts] of Object.entries(JSON.parse(part) as Record<string, unknown[]>)) data[section] = [...(data[section] ?? []), ...facts];
  }
  cite(data, article);
  const factBase = { schemaVersion: 2, id: 'kuwait-ruling', source: { file: 'article.ar.txt', lang: 'ar', published: '2026-04-12' }, ...data };
  const parsed = parseFactBase(JSON.stringify(factBase), 'kuwait-ruling.factbase.json', article);
  assert.deepEqual(parsed.problems, [], 'the guide\'s fact base validates');
  return createChecker([parsed.factBase!], { scope: 'all' });
}

/** A draft's findings as `rule: flagged text`. */
function findings(checker: Checker, draft: string): string[] {
  return checker.check(`${draft}\n`).findings.map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`);
}

/** The drafts the answers quote, with what they get: `[]` passes. */
const EXPECTED: [string, string[]][] = [
  // A judge addressed as «المستشار».
  ['وقال المستشار ناصر البدر إن الحكم نهائي.', []],
  ['قضت محكمة الجنايات برئاسة القاضي ناصر البدر بحبس فهد المطيري سبع سنوات.', []],
  ['Judge Nasser al-Badr sentenced Fahd al-Mutairi to seven years in prison.', []],
  ['وقال وزير المالية ناصر البدر إن الوزارة استردت الأموال.', ['post-holder: وزير المالية']],
  ['وقال مستشار وزير المالية ناصر البدر إن الحكم نهائي.', ['post-holder: مستشار وزير المالية']],
  ['Finance Minister Nasser al-Badr said the funds were recovered.', ['post-holder: Finance Minister']],
  ['وقال رئيس محكمة التمييز ناصر البدر إن الحكم نهائي.', ['post-holder: محكمة التمييز']],
  // An assistant undersecretary.
  ['قالت الوكيل المساعد لشؤون الرقابة في وزارة المالية منيرة الصباح إن الوزارة استردت 4.2 ملايين دينار.', []],
  ['قالت وزيرة المالية منيرة الصباح إن الوزارة استردت 4.2 ملايين دينار.', ['post-holder: وزيرة المالية']],
  ['Finance Minister Munira al-Sabah said the funds were recovered.', ['post-holder: Finance Minister']],
  ['Assistant Undersecretary Munira al-Sabah of the Justice Ministry said the funds were recovered.', ['post-holder: Justice Ministry']],
  ['قالت وكيلة وزارة المالية منيرة الصباح إن الوزارة استردت 4.2 ملايين دينار.', []],
  ['قالت الوكيل المساعد في وزارة العدل منيرة الصباح إن الوزارة استردت الأموال.', []],
  // A defendant's lawyer.
  ['وقال محامي الدفاع يوسف العنزي إن موكله سيطعن على الحكم.', []],
  ['Defence lawyer Youssef al-Anzi said his client would appeal.', []],
  ['وقال المتحدث باسم وزارة المالية يوسف العنزي إن موكله سيطعن على الحكم.', ['post-holder: المتحدث باسم وزارة المالية']],
  ['وقال المستشار ناصر البدر: «الحكم لم يراعِ الأدلة التي قدمها الدفاع».', ['quote-speaker: ناصر البدر']],
  ['وقال القاضي يوسف العنزي إن موكله سيطعن على الحكم.', []],
  // A speed.
  ['وكان المطيري يقود سيارته بسرعة 150 كيلومتراً في الساعة.', ['quantity: 150']],
  ['Al-Mutairi was driving at 150 km/h when a traffic patrol stopped him.', ['quantity: 150']],
  ['وكان المطيري يقود سيارته بسرعة 180 كيلومتراً في الساعة.', []],
  ['وكان المتهم يقود سيارته بسرعة 150 كيلومتراً في الساعة عندما أوقفته دورية المرور.', []],
  // A half-year.
  ['واستردت الوزارة 4.2 ملايين دينار خلال النصف الأول من عام 2025.', []],
  ['واستردت الوزارة 4.2 ملايين دينار في مارس 2025.', []],
  ['The ministry recovered 4.2 million dinars in May 2025.', []],
  ['واستردت الوزارة 4.2 ملايين دينار في سبتمبر 2025.', ['event-date: سبتمبر']],
  ['The ministry recovered 4.2 million dinars in October 2025.', ['event-date: October']],
  ['The ministry recovered 4.2 million dinars in the first half of 2024.', ['event-date: 2024']],
  ['واستردت الوزارة 4.2 ملايين دينار خلال النصف الثاني من عام 2025.', []],
  // A range of years.
  ['ووقعت المخالفات المالية بين عامي 2019 و2022.', []],
  ['ووقعت المخالفات المالية بين عامي 2018 و2022.', ['event-date: 2018']],
  ['Al-Mutairi committed the violations between 2019 and 2023.', ['event-date: 2023']],
  ['ووقعت المخالفات المالية في عام 2020.', []],
  ['ووقعت المخالفات المالية في عام 2017.', ['event-date: 2017']],
  ['The violations took place in 2017.', []],
  // Two timed events on one day.
  ['وبدأت الجلسة الساعة العاشرة صباحاً.', ['event-date: الساعة العاشرة صباحاً']],
  ['The court delivered its verdict at 4pm on Sunday.', ['event-date: 4pm']],
  ['وبدأت الجلسة الساعة التاسعة صباحاً، ونطقت المحكمة بالحكم الساعة الرابعة عصراً.', []],
];

test('the guide\'s answers to editors\' questions: the fact base validates and each quoted draft gets what the answer says', () => {
  const article = blocks(questions(), 'text')[0];
  assert.ok(article, 'the section gives its article');
  const checker = guideChecker(article);
  const wrong = EXPECTED.flatMap(([draft, expected]) => {
    const got = findings(checker, draft);
    return JSON.stringify(got) === JSON.stringify(expected) ? [] : [`${draft} → ${JSON.stringify(got)}, not ${JSON.stringify(expected)}`];
  });
  assert.deepEqual(wrong, [], 'drafts whose findings differ from the guide\'s answers');
});

test('two times in one article sentence: an Arabic draft restating it gets no time compared, an English one still does', () => {
  const article = blocks(questions(), 'text')[0]!.replace('الساعة التاسعة صباحاً. ونطقت', 'الساعة التاسعة صباحاً، ونطقت');
  const checker = guideChecker(article);
  assert.deepEqual(findings(checker, 'وبدأت الجلسة الساعة العاشرة صباحاً.'), []);
  assert.deepEqual(findings(checker, 'The hearing opened at 10am on Sunday.'), ['event-date: 10am']);
});
