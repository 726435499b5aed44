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

/** Each invented article of the section with the JSON blocks after it, up to the next article. */
function stories(): { article: string; parts: string[] }[] {
  return questions().split(/^(?=```text\n)/m).slice(1).map((piece) => ({ article: blocks(piece, 'text')[0]!, parts: blocks(piece, 'json') }));
}

/** Each story's id and source: the Kuwaiti ruling, the Cairo metro and trial, the Durban line, the Omani exams, the Saya de Malha treaty, the Riyadh listing, the Benin bronzes, the Khnaiguiyah mine, the Peru earthquake, the Arab League session, the Crete shipwreck. */
const SOURCES = [
  { id: 'kuwait-ruling', source: { file: 'article.ar.txt', lang: 'ar', published: '2026-04-12' } },
  { id: 'cairo-metro', source: { file: 'article.ar.txt', lang: 'ar', published: '2026-03-08' } },
  { id: 'durban-rail', source: { file: 'article.en.txt', lang: 'en', published: '2026-03-14' } },
  { id: 'oman-exams', source: { file: 'article.ar.txt', lang: 'ar', published: '2026-07-19' } },
  { id: 'saya-de-malha', source: { file: 'article.en.txt', lang: 'en', published: '2026-06-10' } },
  { id: 'gulf-fertiliser-ipo', source: { file: 'article.ar.txt', lang: 'ar', published: '2026-05-14' } },
  { id: 'benin-bronzes', source: { file: 'article.en.txt', lang: 'en', published: '2026-06-02' } },
  { id: 'khnaiguiyah-mine', source: { file: 'article.ar.txt', lang: 'ar', published: '2026-12-06' } },
  { id: 'peru-quake', source: { file: 'article.en.txt', lang: 'en', published: '2026-12-06' } },
  { id: 'league-session', source: { file: 'article.ar.txt', lang: 'ar', published: '2026-09-08' } },
  { id: 'crete-shipwreck', source: { file: 'article.en.txt', lang: 'en', published: '2026-09-14' } },
];

/**
 * The fact base of the section's `story`th article (the first adds the facts of `BASE`), parsed as
 * `isnad kb validate` parses it, and a checker over it; `article` and `edit` replace the article
 * or change the assembled facts.
 */
function guideChecker(story: number, article?: string, edit?: (data: Record<string, unknown[]>) => void): Checker {
  const { article: text, parts } = stories()[story]!;
  const data: Record<string, unknown[]> = story === 0 ? structuredClone(BASE) : {};
  assert.ok(parts.length >= (story === 0 ? 7 : 5), 'an example for each question');
  for (const part of parts) {
    for (const [section, facts] of Object.entries(JSON.parse(part) as Record<string, unknown>)) {
      if (section === 'scope') (data as Record<string, unknown>).scope = facts;
      else data[section] = [...(data[section] ?? []), ...(facts as unknown[])];
    }
  }
  edit?.(data);
  cite(data, article ?? text);
  const factBase = { schemaVersion: 2, ...SOURCES[story]!, ...data };
  const parsed = parseFactBase(JSON.stringify(factBase), `${SOURCES[story]!.id}.factbase.json`, article ?? text);
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
  ['قالت وكيلة وزارة المالية منيرة الصباح إن الوزارة استردت 4.2 ملايين دينار.', ['post-holder: وكيلة وزارة المالية']],
  ['قالت الوكيل المساعد في وزارة العدل منيرة الصباح إن الوزارة استردت الأموال.', []],
  // A defendant's lawyer.
  ['وقال محامي الدفاع يوسف العنزي إن موكله سيطعن على الحكم.', []],
  ['Defence lawyer Youssef al-Anzi said his client would appeal.', []],
  ['وقال المتحدث باسم وزارة المالية يوسف العنزي إن موكله سيطعن على الحكم.', ['post-holder: المتحدث باسم وزارة المالية']],
  ['وقال المستشار ناصر البدر: «الحكم لم يراعِ الأدلة التي قدمها الدفاع».', ['quote-speaker: ناصر البدر']],
  ['وقال القاضي يوسف العنزي إن موكله سيطعن على الحكم.', ['post-holder: القاضي']],
  ['Judge Youssef al-Anzi said his client would appeal.', ['post-holder: Judge']],
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
  ['واستردت الوزارة 4.2 ملايين دينار خلال النصف الثاني من عام 2025.', ['event-date: الثاني']],
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
  ['وبدأت الجلسة الساعة التاسعة صباحاً، ونطقت المحكمة بالحكم الساعة الرابعة عصراً.', ['event-date: الساعة الرابعة عصراً']],
];

test('the guide\'s answers to editors\' questions: the fact base validates and each quoted draft gets what the answer says', () => {
  const checker = guideChecker(0);
  const wrong = EXPECTED.flatMap(([draft, expected]) => {
    const got = findings(checker, draft);
    return JSON.stringify(got) === JSON.stringify(expected) ? [] : [`${draft} → ${JSON.stringify(got)}, not ${JSON.stringify(expected)}`];
  });
  assert.deepEqual(wrong, [], 'drafts whose findings differ from the guide\'s answers');
});

test('two times in one article sentence: an Arabic draft restating it gets no time compared, an English one still does', () => {
  const article = stories()[0]!.article.replace('الساعة التاسعة صباحاً. ونطقت', 'الساعة التاسعة صباحاً، ونطقت');
  const checker = guideChecker(0, article);
  assert.deepEqual(findings(checker, 'وبدأت الجلسة الساعة العاشرة صباحاً.'), []);
  assert.deepEqual(findings(checker, 'The hearing opened at 10am on Sunday.'), ['event-date: 10am']);
});

/** The second set's Arabic article: a district, a metro line and a medicine, «يديره», a professor, «الثلاثاء المقبل». */
const EXPECTED_CAIRO: [string, string[]][] = [
  // A district of a city.
  ['ويبدأ التشغيل التجريبي من محطة الدقي في محافظة القاهرة.', ['place-containment: محافظة القاهرة']],
  ['ويبدأ التشغيل التجريبي من محطة الدقي في الجيزة.', []],
  ['ويبدأ التشغيل التجريبي من محطة الدقي في القاهرة.', []],
  ['ويبدأ التشغيل التجريبي من محطة الدقي بالقاهرة الكبرى.', []],
  ['ويبدأ التشغيل التجريبي من محطة الدقي في الإسكندرية.', []],
  ['The trial run starts from Dokki station in Alexandria.', []],
  // «يديره»: a head.
  ['وقال رئيس تحالف النيل للأنفاق كريم منصور إن العمل انتهى.', []],
  ['وقال مدير تحالف النيل للأنفاق كريم منصور إن العمل انتهى.', []],
  ['وقال العضو المنتدب لتحالف النيل للأنفاق كريم منصور إن العمل انتهى.', ['post-holder: العضو المنتدب لتحالف النيل للأنفاق']],
  ['وقال المدير التنفيذي لتحالف النيل للأنفاق كريم منصور إن العمل انتهى.', ['post-holder: المدير التنفيذي لتحالف النيل للأنفاق']],
  ['وقال وزير النقل كريم منصور إن العمل انتهى.', ['post-holder: وزير النقل']],
  ['Nile Tunnels consortium chairman Karim Mansour said the work was done.', ['post-holder: Nile Tunnels consortium chairman']],
  // A professor who led a clinical trial.
  ['وقال وزير الصحة هشام رضوان إن الدواء خفض الوفيات.', ['post-holder: وزير الصحة']],
  ['Health Minister Hisham Radwan said the drug cut deaths by 30 per cent.', ['post-holder: Health Minister']],
  ['وقال الأستاذ بجامعة القاهرة هشام رضوان إن الدواء خفض الوفيات بنسبة 30 في المئة.', []],
  ['Professor Hisham Radwan of Cairo University said the drug cut deaths by 30 per cent.', []],
  ['وقال عميد كلية الطب بجامعة القاهرة هشام رضوان إن الدواء خفض الوفيات.', []],
  // «الثلاثاء المقبل».
  ['وتبدأ المرحلة الأخيرة من الخط الرابع التشغيل التجريبي الثلاثاء المقبل.', []],
  ['وتبدأ المرحلة الأخيرة من الخط الرابع التشغيل التجريبي الأربعاء المقبل.', ['event-date: الأربعاء']],
  ['وتبدأ المرحلة الأخيرة من الخط الرابع التشغيل التجريبي يوم الثلاثاء 17 مارس.', ['event-date: 17']],
  ['---\ndate: 2026-03-11\n---\nوبدأت المرحلة الأخيرة من الخط الرابع التشغيل التجريبي أمس.', []],
  ['---\ndate: 2026-03-10\n---\nوبدأت المرحلة الأخيرة من الخط الرابع التشغيل التجريبي أمس.', ['event-date: أمس']],
  ['---\ndate: 2026-03-11\n---\nوتبدأ المرحلة الأخيرة من الخط الرابع التشغيل التجريبي الثلاثاء المقبل.', []],
  ['---\ndate: 2026-03-08\n---\nوتبدأ المرحلة الأخيرة من الخط الرابع التشغيل التجريبي غداً.', ['event-date: غداً']],
  ['---\ndate: 2026-03-09\n---\nوتبدأ المرحلة الأخيرة من الخط الرابع التشغيل التجريبي غداً.', []],
];

/** The second set's English article: a general secretary, ages, fractions and rand, a start date, a headline's figure, a province. */
const EXPECTED_DURBAN: [string, string[]][] = [
  // A general secretary.
  ['Satawu general secretary Sipho Dlamini said members were ready.', []],
  ['Sipho Dlamini, secretary-general of Satawu, said members were ready.', []],
  ['Satawu chairman Sipho Dlamini said members were ready.', ['post-holder: Satawu chairman']],
  ['Satawu spokesman Sipho Dlamini said members were ready.', ['post-holder: Satawu spokesman']],
  ['Satawu president Sipho Dlamini said members were ready.', []],
  // Age thresholds and median ages.
  ['A 30-year-old passenger said the Blue Line opened on Saturday.', []],
  ['Passengers aged 18 and over must buy a travel card.', []],
  ['Satawu members have a median age of 28, Dlamini said.', []],
  // Fractions, "one in five" and a rand written R.
  ['A quarter of residents live within a kilometre of a station, the department said.', ['quantity: A quarter']],
  ['A third of residents live within a kilometre of a station, the department said.', ['quantity: A third']],
  ['One in four residents lives within a kilometre of a station, the department said.', ['quantity: One in four']],
  ['Two in five residents live within a kilometre of a station, the department said.', ['quantity: Two in five']],
  ['30% of residents live within a kilometre of a station.', ['quantity: 30%']],
  ['A fifth of residents live within a kilometre of a station, the department said.', []],
  ['One in five residents lives within a kilometre of a station, the department said.', []],
  ['Some 20% of residents live within a kilometre of a station.', []],
  ['A monthly pass costs 1,580 rand, Mokoena said.', ['quantity: 1,580 rand']],
  ['A monthly pass costs R1,580, Mokoena said.', []],
  // Opening hours and a start date.
  ['The full timetable starts on May 1, Mokoena said.', ['event-date: May']],
  ['Trains will run to the full timetable from May 1.', ['event-date: May']],
  ['Trains will run from 5 a.m. to 11 p.m. from April 1, Mokoena said.', []],
  ['Trains will run from 6 a.m. to midnight from May 1, Mokoena said.', []],
  // A figure only in the headline.
  ['The Blue Line opened on Saturday after a three-year delay.', ['quantity: three-year']],
  ['The Blue Line opened on Saturday, three years late.', []],
  // Generic names: none listed, so a bare "the department" is left alone.
  ['Thandiwe Mokoena, head of the health department, said trains were ready.', []],
  // Regions the gazetteer lacks.
  ['The Blue Line opened in Johannesburg on Saturday.', ['event-place: Johannesburg']],
  ['The Blue Line opened in Pinetown, KwaZulu-Natal, on Saturday.', []],
  ['The Blue Line opened in Gauteng on Saturday.', []],
];

/** The drafts of `expected` whose findings differ from what the answers say. */
function differences(checker: Checker, expected: [string, string[]][]): string[] {
  return expected.flatMap(([draft, want]) => {
    const got = findings(checker, draft);
    return JSON.stringify(got) === JSON.stringify(want) ? [] : [`${draft} → ${JSON.stringify(got)}, not ${JSON.stringify(want)}`];
  });
}

test('the second set\'s answers: each article\'s fact base validates and each quoted draft gets what the answer says', () => {
  assert.deepEqual(differences(guideChecker(1), EXPECTED_CAIRO), [], 'the Cairo article\'s drafts');
  assert.deepEqual(differences(guideChecker(2), EXPECTED_DURBAN), [], 'the Durban article\'s drafts');
});

test('a generic name ("department") listed for one body is matched inside other bodies\' names', () => {
  const checker = guideChecker(2, undefined, (data) => {
    const department = (data.organisations as { id: string; names: { en: string[] } }[]).find((organisation) => organisation.id === 'transport-department')!;
    department.names.en.push('the department', 'department');
  });
  assert.deepEqual(findings(checker, 'Thandiwe Mokoena, head of the health department, said trains were ready.'), ['post-holder: department']);
  assert.deepEqual(findings(checker, 'Thandiwe Mokoena, who joined the department in 2019, said trains were ready.'), []);
});

/**
 * The units of the guide's table "Quantities: one example per unit" that it calls checked: each
 * fact here is one of the table's examples, and each draft gets what the table's row says.
 */
const UNITS_ARTICLE = [
  'NAIROBI, May 4, 2026 - Kenya opened a 40 km road linking Nakuru to Eldama Ravine on Monday. The new quay at Lamu is 450 metres long.',
  'The reserve covers 120 square kilometres, and the visitor centre 800 square metres. Farmers harvested 2.4 million tonnes of maize this season.',
  'Rangers seized 35 kg of ivory at the port. The ferry crossing takes 3 hours, and the shuttle 20 minutes. Kenya scored in the 48th minute.',
].join('\n');

const UNITS_FACTS = [
  { id: 'road', value: 40, unit: 'km', noun: { en: ['road'] }, evidence: [{ text: 'a 40 km road' }] },
  { id: 'quay', value: 450, unit: 'metre', noun: { en: ['quay'] }, evidence: [{ text: 'quay at Lamu is 450 metres long' }] },
  { id: 'reserve', value: 120, unit: 'square-km', noun: { en: ['reserve'] }, evidence: [{ text: 'The reserve covers 120 square kilometres' }] },
  { id: 'centre', value: 800, unit: 'square-metre', noun: { en: ['centre'] }, evidence: [{ text: 'the visitor centre 800 square metres' }] },
  { id: 'maize', value: 2400000, unit: 'tonne', noun: { en: ['harvest', 'maize'] }, evidence: [{ text: 'harvested 2.4 million tonnes of maize this season' }] },
  { id: 'ivory', value: 35, unit: 'kg', noun: { en: ['ivory'] }, evidence: [{ text: '35 kg of ivory' }] },
  { id: 'ferry', value: 3, unit: 'hour', noun: { en: ['crossing'] }, evidence: [{ text: 'The ferry crossing takes 3 hours' }] },
  { id: 'shuttle', value: 20, unit: 'minute', noun: { en: ['shuttle'] }, evidence: [{ text: 'the shuttle 20 minutes' }] },
  { id: 'goal', value: 48, unit: 'minute', noun: { en: ['minute'] }, evidence: [{ text: 'in the 48th minute' }] },
];

const EXPECTED_UNITS: [string, string[]][] = [
  ['Kenya opened a 45 km road linking Nakuru to Eldama Ravine.', ['quantity: 45']],
  ['Kenya opened a 40 km road linking Nakuru to Eldama Ravine.', []],
  ['The new quay at Lamu is 540 metres long.', ['quantity: 540 metres']],
  ['The new quay at Lamu is 450 metres long.', []],
  ['The reserve covers 150 square kilometres.', ['quantity: 150']],
  ['The reserve covers 120 square kilometres.', []],
  ['The visitor centre covers 900 square metres.', ['quantity: 900']],
  ['Farmers harvested 3.4 million tonnes of maize this season.', ['quantity: 3.4 million tonnes']],
  ['Farmers harvested 2.4 million tonnes of maize this season.', []],
  ['This season\'s maize harvest reached 24 million tonnes.', []],
  ['Rangers seized 53 kg of ivory at the port.', ['quantity: 53']],
  ['Rangers seized 35 kg of ivory at the port.', []],
  ['The ferry crossing takes 4 hours.', ['quantity: 4 hours']],
  ['The ferry crossing takes 3 hours.', []],
  ['The shuttle takes 25 minutes.', ['quantity: 25 minutes']],
  ['The shuttle takes 20 minutes.', []],
  ['Kenya scored in the 50th minute.', ['quantity: 50th']],
  ['Kenya scored after 50 minutes.', []],
];

test('the quantity table\'s lengths, areas, weights, hours and minutes are compared as its rows say', () => {
  const data = { quantities: structuredClone(UNITS_FACTS) };
  cite(data, UNITS_ARTICLE);
  const factBase = { schemaVersion: 2, id: 'kenya-units', source: { file: 'article.en.txt', lang: 'en', published: '2026-05-04' }, ...data };
  const parsed = parseFactBase(JSON.stringify(factBase), 'kenya-units.factbase.json', UNITS_ARTICLE);
  assert.deepEqual(parsed.problems, [], 'the table\'s facts validate');
  assert.deepEqual(differences(createChecker([parsed.factBase!], { scope: 'all' }), EXPECTED_UNITS), []);
});

test('a length, area or weight needs a noun: a subject alone does not validate', () => {
  const data = { quantities: [{ id: 'road', value: 40, unit: 'km', subject: 'road', evidence: [{ text: 'a 40 km road' }] }] };
  cite(data, UNITS_ARTICLE);
  const parsed = parseFactBase(JSON.stringify({ schemaVersion: 2, id: 'kenya-units', source: { file: 'article.en.txt', lang: 'en' }, ...data }), 'kenya-units.factbase.json', UNITS_ARTICLE);
  assert.ok(parsed.problems.some((problem) => /noun/.test(problem.message)), JSON.stringify(parsed.problems));
});

/** The third set's Arabic article: counts and rates of one noun, a comparison year, a change, a student, «ولاية», a one-word quote and a mark. */
const EXPECTED_EXAMS: [string, string[]][] = [
  // Several figures with one noun and no subject.
  ['وتقدم 25 ألف طالب للامتحانات هذا العام.', ['quantity: 25 ألف']],
  ['وتقدم 52 ألف طالب للامتحانات هذا العام.', []],
  ['وألغيت نتائج 130 طالباً بسبب الغش.', ['quantity: 130']],
  ['وألغيت نتائج 310 طلاب بسبب الغش.', []],
  ['وحصل 8400 طالب على معدلات تفوق 90 في المئة.', ['quantity: 8400']],
  ['وحصل 4800 طالب على معدلات تفوق 90 في المئة.', []],
  ['وتقدم 310 طلاب للامتحانات.', []],
  ['وبلغت نسبة النجاح 85 في المئة.', ['quantity: 85 في المئة']],
  ['وبلغت نسبة النجاح 91 في المئة.', []],
  ['وقررت الوزارة خفض رسوم إعادة الامتحان بنسبة 25 في المئة.', ['quantity: 25 في المئة']],
  ['وقررت الوزارة خفض رسوم إعادة الامتحان بنسبة 20 في المئة.', []],
  ['وقررت الوزارة ألا تتجاوز نسبة الغياب 25 في المئة.', ['quantity: 25 في المئة']],
  // A comparison year.
  ['وبلغت نسبة النجاح 85 في المئة، وهي الأعلى منذ عام 2019.', ['quantity: 85 في المئة']],
  ['وبلغت نسبة النجاح 88 في المئة، وهي الأعلى منذ عام 2017.', []],
  // A change from X to Y.
  ['ورفعت الوزارة غرامة تسريب الأسئلة إلى 600 ريال.', ['quantity: 600 ريال']],
  ['ورفعت الوزارة غرامة تسريب الأسئلة من 200 ريال إلى 500 ريال.', ['quantity: 200 ريال']],
  ['ورفعت الوزارة غرامة تسريب الأسئلة من 100 ريال إلى 500 ريال.', []],
  ['وخفضت الوزارة غرامة تسريب الأسئلة إلى 100 ريال.', []],
  // A person with no title the role table knows.
  ['وقالت وزيرة التربية مريم الحارثية إن الموقع كان بطيئاً.', ['post-holder: وزيرة التربية']],
  ['وقالت الطالبة مريم الحارثية من مدرسة السلطان قابوس إن الموقع كان بطيئاً.', []],
  ['وقالت المعلمة مريم الحارثية إن الموقع كان بطيئاً.', []],
  // «ولاية» before an Omani town.
  ['وقالت الطالبة مريم سالم الحارثية من مدرسة الإمام جابر بن زيد في صلالة إن الموقع كان بطيئاً.', ['event-place: صلالة']],
  ['وقالت الطالبة مريم سالم الحارثية من مدرسة الإمام جابر بن زيد في نزوى بمحافظة ظفار إن الموقع كان بطيئاً.', ['place-containment: محافظة ظفار']],
  ['وقالت الطالبة مريم سالم الحارثية من مدرسة الإمام جابر بن زيد في ولاية نزوى إن الموقع كان بطيئاً.', []],
  ['وقالت الطالبة مريم سالم الحارثية من مدرسة الإمام جابر بن زيد في نزوى إن الموقع كان بطيئاً.', []],
  ['وقالت الطالبة مريم سالم الحارثية من مدرسة الإمام جابر بن زيد في ولاية صلالة إن الموقع كان بطيئاً.', ['event-place: صلالة']],
  // A one-word quote and an exam mark.
  ['وحصلت مريم الحارثية على معدل 98.7 في المئة.', ['quantity: 98.7 في المئة']],
  ['وحصلت مريم الحارثية على معدل 97.8 في المئة.', []],
  ['وحصلت مريم الحارثية على معدل 98.7 من 100.', []],
  ['وقالت مريم الحارثية إن «تعطل» الموقع أخّر اطلاعها على النتيجة.', []],
  ['وقالت الوزارة إن «بطء» الموقع أخّر اطلاع الطلاب على النتائج.', []],
];

/** The third set's English article: a change in rupees, a scientist, tonnes, an MP and minister, an undersea bank, "the government". */
const EXPECTED_TREATY: [string, string[]][] = [
  // A change from X to Y.
  ['Fines for illegal fishing will rise from 100,000 to 800,000 rupees.', ['quantity: 800,000 rupees']],
  ['Fines for illegal fishing will rise from 200,000 to 500,000 rupees.', []],
  ['Fines for illegal fishing will rise from 100,000 to 500,000 rupees.', []],
  // A person with no title the role table knows.
  ['Anna Lablache, a spokeswoman for the Seychelles Marine Trust, welcomed the treaty.', ['post-holder: spokeswoman for the Seychelles Marine Trust']],
  ['Fisheries Minister Anna Lablache welcomed the treaty.', ['post-holder: Fisheries Minister']],
  ['Dr Anna Lablache, a marine scientist at the Seychelles Marine Trust, welcomed the treaty.', []],
  ['Dr Anna Lablache, a marine scientist at the Ministry of Fisheries, welcomed the treaty.', []],
  // Tonnes.
  ['Fishing boats landed 83,000 tonnes of tuna on the bank in 2025.', ['quantity: 83,000 tonnes']],
  ['Fishing boats landed 38,000 tonnes of tuna on the bank in 2025.', []],
  ['Fishing boats landed 380,000 tonnes of tuna on the bank in 2025.', []],
  ['Fishing boats landed 38,000 tonnes of tuna on the bank in 2025, the largest catch since 2009.', []],
  // An MP who is also a minister.
  ['Labour MP Priya Ramgoolam signed the treaty.', []],
  ['Fisheries Minister Priya Ramgoolam signed the treaty.', []],
  ['Conservative MP Priya Ramgoolam signed the treaty.', ['affiliation: Conservative']],
  ['Priya Ramgoolam, an MP for the Conservative Party, signed the treaty.', ['affiliation: Conservative']],
  ['Environment Minister Priya Ramgoolam signed the treaty.', ['post-holder: Environment']],
  ['Ramgoolam, a senator, signed the treaty.', []],
  // An undersea area.
  ['The Mauritian government said patrols would begin in Port Louis.', ['event-place: Port Louis']],
  ['The Mauritian government said patrols would begin in Mauritius.', ['event-place: Mauritius']],
  ['The Mauritian government said patrols would begin in Seychelles.', ['event-place: Seychelles']],
  ['The Mauritian government said patrols would begin in the Indian Ocean.', []],
  ['The Mauritian government said patrols would begin on the Saya de Malha Bank.', []],
  ['The Mauritian government said patrols would begin in the Atlantic Ocean.', []],
  // "The government".
  ['Priya Ramgoolam, a minister in the Kenyan government, signed the treaty.', []],
];

test('the third set\'s answers: each article\'s fact base validates and each quoted draft gets what the answer says', () => {
  assert.deepEqual(differences(guideChecker(3), EXPECTED_EXAMS), [], 'the Omani article\'s drafts');
  assert.deepEqual(differences(guideChecker(4), EXPECTED_TREATY), [], 'the Saya de Malha article\'s drafts');
});

test('a weight written as a count of "tonnes" ties a tonnage of anything; written as a weight it does not', () => {
  const asCount = (data: Record<string, unknown[]>) => {
    const catchFact = (data.quantities as { id: string; unit: string; noun: { en: string[] } }[]).find((fact) => fact.id === 'tuna-catch')!;
    catchFact.unit = 'count';
    catchFact.noun = { en: ['tonnes'] };
  };
  const draft = 'Fishing boats landed 80,000 tonnes of sardines off Mauritius in 2025.';
  assert.deepEqual(findings(guideChecker(4), draft), []);
  assert.deepEqual(findings(guideChecker(4, undefined, asCount), draft), ['quantity: 80,000']);
});

test('a percentage\'s qualifier chooses the fact a wrong figure is reported against, and its fix', () => {
  const checker = guideChecker(3);
  const fixOf = (draft: string) => checker.check(`${draft}\n`).findings.map((finding) => finding.fixes?.[0]?.edits[0]?.text);
  assert.deepEqual(fixOf('وبلغت نسبة النجاح في المسار العلمي 95 في المئة.'), ['91']);
  assert.deepEqual(fixOf('وبلغت نسبة النجاح 95 في المئة.'), ['88']);
});

/** The fourth set's Arabic article: an oversubscription, a price and its range, a range's weekdays, a regulator's chairman, an exchange. */
const EXPECTED_LISTING: [string, string[]][] = [
  // An oversubscription multiple.
  ['وقالت الخليج للأسمدة إن الاكتتاب غطي 40 مرة.', ['quantity: 40']],
  ['Gulf Fertiliser said its offering was oversubscribed 40 times.', ['quantity: 40']],
  ['وقالت الخليج للأسمدة إن الاكتتاب غطي 62 مرة.', []],
  ['Gulf Fertiliser said its offering was oversubscribed 62 times.', []],
  ['وقالت الشركة إن الاكتتاب غطي 40 مرة.', []],
  ['وكرر المستثمرون طلباتهم 3 مرات خلال الاكتتاب.', []],
  // A price per share and the range.
  ['وحددت الشركة السعر النهائي للسهم عند 30 ريالاً.', ['quantity: 30 ريالاً']],
  ['Gulf Fertiliser set the final price at 30 riyals a share.', ['quantity: 30 riyals']],
  ['وحددت الشركة السعر النهائي للسهم عند 32 ريالاً.', []],
  ['وحددت الشركة السعر النهائي للسهم عند 29 ريالاً.', []],
  ['وحددت الشركة نطاقاً سعرياً بين 29 و32 ريالاً للسهم.', []],
  ['وحددت الشركة نطاقاً سعرياً بين 27 و32 ريالاً للسهم.', []],
  // The weekdays of a range of dates.
  ['وجرى بناء سجل الأوامر من الأحد 3 مايو إلى الخميس 7 مايو.', []],
  ['وجرى بناء سجل الأوامر من الاثنين 3 مايو إلى الخميس 7 مايو.', ['event-date: الاثنين']],
  ['وجرى بناء سجل الأوامر من الأحد 3 مايو إلى الأربعاء 7 مايو.', ['event-date: الأربعاء']],
  ['وجرى بناء سجل الأوامر من الأحد 3 مايو إلى الخميس 8 مايو.', ['event-date: 8']],
  ['وجرى بناء سجل الأوامر يوم الجمعة.', ['event-date: الجمعة']],
  // The head of a regulator.
  ['وقال رئيس هيئة السوق المالية محمد القويز إن الطلب قوي.', []],
  ['وقال رئيس مجلس إدارة هيئة السوق المالية محمد القويز إن الطلب قوي.', []],
  ['وقال الرئيس التنفيذي لهيئة السوق المالية محمد القويز إن الطلب قوي.', ['post-holder: الرئيس التنفيذي لهيئة السوق المالية']],
  ['وقال وزير المالية محمد القويز إن الطلب قوي.', ['post-holder: وزير المالية']],
  // A stock exchange's kind.
  ['وقال رئيس السوق المالية السعودية محمد القويز إن الطلب قوي.', ['post-holder: السوق المالية السعودية']],
];

/** The fourth set's English article: an age in centuries, two years, a chief, a name the article does not use, a headline's figure. */
const EXPECTED_BRONZES: [string, string[]][] = [
  // An age in centuries.
  ['A Berlin museum will return 24 bronzes and ivories to Benin.', ['quantity: 24']],
  ['A Berlin museum will return 42 bronzes and ivories, objects up to 300 years old.', []],
  ['A Berlin museum will return 42 bronzes and ivories, objects up to 400 years old.', []],
  ['The 19th-century bronzes were looted by British troops in 1897.', []],
  // Two separate years.
  ['The Ethnological Museum bought the bronzes at auctions in London in 1899 and 1902.', []],
  ['The Ethnological Museum bought the bronzes at auctions in London in 1899 and 1905.', ['event-date: 1905']],
  ['The Ethnological Museum bought the bronzes at an auction in London in 1900.', ['event-date: 1900']],
  ['The Ethnological Museum bought the bronzes at an auction in London in 1902.', []],
  ['The Ethnological Museum bought the bronzes at auctions in Paris in 1899.', ['event-place: Paris']],
  ['The Ethnological Museum bought the bronzes at auctions in London in 1910.', []],
  // A traditional chief.
  ['Chief Osaro Idah said the return heals an old wound.', []],
  ['Osaro Idah, a member of the council of chiefs, welcomed the return.', []],
  ['Osaro Idah, chairman of the council of chiefs, welcomed the return.', ['post-holder: chairman of the council of chiefs']],
  ['Culture Minister Osaro Idah welcomed the return.', ['post-holder: Culture Minister']],
  ['Chief Claudia Weber will sign the transfer.', []],
  // A name the article does not use.
  ['Claudia Weber, head of the German culture ministry, will sign the transfer.', []],
  ['Osaro Idah, head of the German culture ministry, welcomed the return.', ['post-holder: German culture ministry']],
  ['German Culture Minister Claudia Weber will sign the transfer.', ['post-holder: German Culture Minister']],
  // A figure only in the headline.
  ['Germany to return Benin bronzes 130 years after British raid', ['quantity: 130 years']],
  ['The return heals a wound of 130 years, Idah said.', ['quantity: 130 years']],
  ['Germany to return Benin bronzes 129 years after British raid', []],
  ['The museum reopened 10 years after a fire.', []],
  ['Germany returned the bronzes 130 years after the British raid.', []],
];

test('the fourth set\'s answers: each article\'s fact base validates and each quoted draft gets what the answer says', () => {
  assert.deepEqual(differences(guideChecker(5), EXPECTED_LISTING), [], 'the Riyadh listing\'s drafts');
  assert.deepEqual(differences(guideChecker(6), EXPECTED_BRONZES), [], 'the Benin bronzes\' drafts');
});

test('a headline figure whose noun is "after", or an age of objects written in years, ties durations about other things', () => {
  const withNoun = (id: string, change: Record<string, unknown>) => (data: Record<string, unknown[]>) => {
    Object.assign((data.quantities as { id: string }[]).find((fact) => fact.id === id)!, change);
  };
  assert.deepEqual(findings(guideChecker(6, undefined, withNoun('years-since', { noun: { en: ['after', 'wound'] } })), 'The museum reopened 10 years after a fire.'), ['quantity: 10 years']);
  assert.deepEqual(findings(guideChecker(6, undefined, withNoun('objects-age', { unit: 'year' })), 'Germany returned the bronzes 130 years after the British raid.'), ['quantity: 130 years']);
});

test('two years of one kind of event written as one range accept a year between them', () => {
  const asRange = (data: Record<string, unknown[]>) => {
    const events = data.events as { id: string; date: Record<string, unknown> }[];
    events.find((event) => event.id === 'purchase-1899')!.date.end = { year: 1902 };
    data.events = events.filter((event) => event.id !== 'purchase-1902');
  };
  assert.deepEqual(findings(guideChecker(6, undefined, asRange), 'The Ethnological Museum bought the bronzes at an auction in London in 1900.'), []);
});

test('a regulator\'s chairman written as its head gets the chairman\'s board title reported', () => {
  const asHead = (data: Record<string, unknown[]>) => {
    (data.posts as { id: string; role: string }[]).find((post) => post.id === 'elkuwaiz-chair')!.role = 'head';
  };
  assert.deepEqual(findings(guideChecker(5, undefined, asHead), 'وقال رئيس مجلس إدارة هيئة السوق المالية محمد القويز إن الطلب قوي.'), ['post-holder: رئيس مجلس إدارة هيئة السوق المالية']);
});

test('without the name the article does not use, a title naming it is reported for the body\'s own head', () => {
  const withoutName = (data: Record<string, unknown[]>) => {
    const office = (data.organisations as { id: string; names: { en: string[] } }[]).find((organisation) => organisation.id === 'culture-commissioner')!;
    office.names.en = office.names.en.filter((name) => name !== 'German culture ministry');
  };
  const checker = guideChecker(6, undefined, withoutName);
  assert.deepEqual(findings(checker, 'Claudia Weber, head of the German culture ministry, will sign the transfer.'), ['post-holder: ministry']);
  assert.deepEqual(findings(checker, 'Osaro Idah, head of the German culture ministry, welcomed the return.'), []);
});

/** The fifth set's Arabic article: ore grades and a deposit, a quarter and early next year, a hedged duration, feminine titles, a district. */
const EXPECTED_MINE: [string, string[]][] = [
  // An ore grade and a deposit's size.
  ['وقدرت معادن احتياطيات المنجم بنحو 120 مليون طن من الخام.', []],
  ['وقدرت معادن احتياطيات المنجم بنحو 210 ملايين طن من الخام.', ['quantity: 210 ملايين طن']],
  ['Maaden put the mine\'s reserves at about 210 million tonnes of ore.', ['quantity: 210 million tonnes']],
  ['بنسبة نحاس تبلغ 1.8 في المئة.', []],
  ['بنسبة نحاس تبلغ 2.8 في المئة.', ['quantity: 2.8 في المئة']],
  ['The ore has a copper grade of 2.8%.', ['quantity: 2.8%']],
  ['The ore has a copper grade of 1.8%.', []],
  ['وقالت رئيسة مجلس إدارة الشركة هند الزامل إن المنجم سينتج 54 ألف طن من النحاس سنوياً.', ['quantity: 54 ألف طن']],
  ['وسينتج المنجم 45 ألف طن من النحاس سنوياً.', []],
  ['وقالت معادن إن منجم الخنيقية يحتوي على 4.2 غرام من الذهب للطن.', ['quantity: 4.2']],
  ['وتحتوي الخام على 2.4 غرام من الذهب للطن.', []],
  ['وتحتوي الخام على 4.2 غرام من الذهب للطن.', []],
  // A quarter, and early next year.
  ['Maaden said production would start in the third quarter of 2027.', ['event-date: third']],
  ['Maaden said production would start in the second quarter of 2027.', []],
  ['وسيبدأ الإنتاج في الربع الثاني من عام 2028.', ['event-date: 2028']],
  ['وسيبدأ الإنتاج في سبتمبر 2027.', ['event-date: سبتمبر']],
  ['وسيبدأ الإنتاج في الربع الثاني من عام 2027.', []],
  ['وسيبدأ الإنتاج في مايو 2027.', []],
  ['على أن تكتمل أعمال البنية التحتية أواخر العام المقبل.', ['event-date: أواخر العام المقبل']],
  ['The infrastructure works will be complete late next year.', ['event-date: late next year']],
  ['The infrastructure works will be complete in late 2027.', ['event-date: late 2027']],
  ['The infrastructure works will be complete in June 2027.', ['event-date: June']],
  ['على أن تكتمل أعمال البنية التحتية مطلع العام المقبل.', []],
  ['The infrastructure works will be complete early next year.', []],
  ['The infrastructure works will be complete in early 2027.', []],
  ['The infrastructure works will be complete in January 2027.', []],
  ['وقالت معادن إن الإنتاج سيبدأ في الربع الثالث.', ['event-date: الثالث']],
  ['وقالت معادن إن الإنتاج سيبدأ في الربع الثالث من عام 2027.', []],
  ['Maaden said production would start in Q3 2027.', []],
  ['Maaden said production would start in the first half of 2027.', []],
  ['وسيبدأ الإنتاج في الربع الثالث من عام 2027.', []],
  ['Production will start in the third quarter of 2027.', []],
  // A hedged duration.
  ['ويعود التعدين في المنطقة إلى 3000 عام.', ['quantity: 3000 عام']],
  ['ويعود التعدين في المنطقة إلى أكثر من 5000 عام.', []],
  ['ويعود التعدين في المنطقة إلى أكثر من 3000 عام.', []],
  // Feminine titles.
  ['وقالت رئيسة مجلس الإدارة هند الزامل إن المنجم سيبدأ الإنتاج قريباً.', []],
  ['وقالت مديرة المشروع سارة العتيبي إن العمل مستمر.', []],
  ['وقالت الرئيسة التنفيذية لمعادن هند الزامل إن المنجم سيبدأ الإنتاج قريباً.', ['post-holder: الرئيسة التنفيذية لمعادن']],
  ['وقالت وزيرة الصناعة هند الزامل إن المنجم سيبدأ الإنتاج قريباً.', ['post-holder: وزيرة الصناعة']],
  ['وقالت رئيسة مجلس الإدارة سارة العتيبي إن العمل مستمر.', ['post-holder: رئيسة مجلس الإدارة']],
  ['Maaden chief executive Hind al-Zamil said production would start soon.', ['post-holder: Maaden chief executive']],
  ['وقالت مديرة المشروع هند الزامل إن العمل مستمر.', []],
  // A district that is also a town, and a place the gazetteer lacks.
  ['ويقع منجم الخنيقية في منطقة القصيم.', ['place-containment: منطقة القصيم']],
  ['وسيبدأ الإنتاج في منجم الخنيقية بمنطقة مكة المكرمة.', ['place-containment: منطقة مكة المكرمة']],
  ['ويقع منجم الخنيقية في محافظة الدوادمي.', []],
  ['ويقع منجم الخنيقية في الدوادمي.', []],
];

/** The fifth set's English article: a rank, distance and depth, two bodies' magnitudes, a rising toll, before dawn, nested regions. */
const EXPECTED_QUAKE: [string, string[]][] = [
  // A retired general's rank.
  ['Carlos Yáñez, the defence minister, said rescuers were still searching.', ['post-holder: defence minister']],
  ['Retired General Carlos Yáñez said rescuers were still searching.', []],
  ['General Carlos Yáñez, the head of INDECI, said rescuers were still searching.', []],
  ['Colonel Carlos Yáñez said rescuers were still searching.', []],
  // Distance, direction and depth.
  ['Its epicentre was 42 km south-west of Chala.', ['quantity: 42']],
  ['The quake struck at a depth of 53 km.', ['quantity: 53']],
  ['Its epicentre was 24 km south-west of Chala.', []],
  ['The quake struck at a depth of 35 km.', []],
  ['Its epicentre was 24 km north-east of Chala.', []],
  // Two bodies' magnitudes.
  ['The USGS said the quake had a magnitude of 7.4.', ['quantity: 7.4']],
  ['The quake had a magnitude of 7.1, according to the USGS.', []],
  ['The IGP said the quake had a magnitude of 6.9.', []],
  ['The USGS said the quake had a magnitude of 6.9.', []],
  ['A magnitude 7.4 earthquake struck southern Peru on Sunday.', []],
  // A rising toll.
  ['The quake killed 29 people.', ['quantity: 29']],
  ['The quake killed 35 people.', ['quantity: 35']],
  ['The quake killed at least 41 people.', []],
  ['The death toll rose to 41 on Sunday evening.', []],
  ['The civil defence institute first reported 12 dead, then raised the toll to 29 by midday.', []],
  ['Officials had said earlier that 12 people were killed.', ['quantity: 12']],
  // Before dawn.
  ['The earthquake struck early on Sunday morning.', []],
  ['The earthquake struck before dawn on Saturday.', ['event-date: Saturday']],
  ['The earthquake struck before dawn on Sunday.', []],
  // Nested regions.
  ['Rescuers searched the rubble in Chala, in Cusco province.', ['event-place: Cusco province']],
  ['Rescuers searched the rubble in Chala, in Caravelí province.', []],
  ['Rescuers searched the rubble in Chala, in Cusco.', []],
];

test('the fifth set\'s answers: each article\'s fact base validates and each quoted draft gets what the answer says', () => {
  assert.deepEqual(differences(guideChecker(7), EXPECTED_MINE), [], 'the Khnaiguiyah mine\'s drafts');
  assert.deepEqual(differences(guideChecker(8), EXPECTED_QUAKE), [], 'the Peru earthquake\'s drafts');
});

test('"before dawn" written as night reports a draft\'s early morning; earlier tolls written as facts let each pass as the toll', () => {
  const edit = (change: (data: Record<string, unknown[]>) => void) => change;
  const atNight = edit((data) => {
    (data.events as { id: string; date: Record<string, unknown> }[]).find((event) => event.id === 'quake')!.date.partOfDay = 'night';
  });
  assert.deepEqual(findings(guideChecker(8, undefined, atNight), 'The earthquake struck early on Sunday morning.'), ['event-date: morning']);
  const earlier = edit((data) => {
    data.quantities = [...data.quantities!, { id: 'toll-midday', value: 29, unit: 'count', noun: { en: ['toll'] }, evidence: [{ text: 'raised the toll to 29 by midday' }] }];
  });
  assert.deepEqual(findings(guideChecker(8, undefined, earlier), 'The quake killed 29 people.'), []);
});

/** The sixth set's Arabic article: a gazetteer place, a lexicon body, an alliance, a researcher and a chair, counts with no numeral, a deadline, a secretariat. */
const EXPECTED_LEAGUE: [string, string[]][] = [
  // A place the gazetteer knows.
  ['وعقد مجلس الجامعة دورته الطارئة في تونس يوم الثلاثاء.', ['event-place: تونس']],
  ['The Arab League council met in Tunis on Tuesday.', ['event-place: Tunis']],
  ['The Arab League council met in Algiers, in Oran Province, on Tuesday.', ['place-containment: Oran Province']],
  ['The Arab League council met in Algiers, Morocco, on Tuesday.', ['place-containment: Morocco']],
  ['وعقد مجلس الجامعة دورته الطارئة في الجزائر العاصمة يوم الثلاثاء.', []],
  ['وعقد مجلس الجامعة دورته الطارئة في الجزائر يوم الثلاثاء.', []],
  ['The Arab League council met in Algiers, in Algiers Province, on Tuesday.', []],
  // An organisation of the reference lexicon.
  ['وقال الأمين العام المساعد لجامعة الدول العربية نادر العلمي إن التنفيذ سيبدأ.', []],
  ['Arab League Assistant Secretary-General Nader al-Alami said work would begin.', []],
  ['وقال وزير الخارجية نادر العلمي إن التنفيذ سيبدأ.', ['post-holder: وزير الخارجية']],
  ['وقال الأمين العام المساعد لمنظمة التعاون الإسلامي نادر العلمي إن التنفيذ سيبدأ.', ['post-holder: منظمة التعاون الإسلامي']],
  // An armed group in an alliance.
  ['وأعلن لواء الصمود المنضوي في تحالف الساحل ترحيبه بالقرار.', ['affiliation: تحالف الساحل']],
  ['The Samoud Brigade, part of the Coast Alliance, welcomed the decision.', ['affiliation: Coast Alliance']],
  ['وأعلن لواء الصمود المنضوي في تحالف قوى الجنوب ترحيبه بالقرار.', []],
  ['The Samoud Brigade, a member of the Alliance of Southern Forces, welcomed the decision.', []],
  ['وأعلن لواء الصمود المنضوي في تحالف قوى الشرق ترحيبه بالقرار.', []],
  // A researcher and a chair.
  ['وقال رئيس مجلس الجامعة كمال بن سالم إن القرار تاريخي.', []],
  ['وقال رئيس الدورة كمال بن سالم إن القرار تاريخي.', []],
  ['وقال وزير الخارجية الجزائري كمال بن سالم إن القرار تاريخي.', []],
  ['وقال الأمين العام لجامعة الدول العربية كمال بن سالم إن القرار تاريخي.', ['post-holder: الأمين العام']],
  ['وقال وزير الخارجية سامر الحداد إن القتال مستمر.', ['post-holder: وزير الخارجية']],
  ['Samer al-Haddad, an analyst at the Gulf Centre for Strategic Studies, said fighting continued.', []],
  ['وقال الباحث في مركز الأهرام للدراسات سامر الحداد إن القتال مستمر.', []],
  // Counts with no numeral.
  ['وقرر المجلس تشكيل لجنة من ستة أعضاء.', ['quantity: ستة']],
  ['وقرر المجلس تشكيل لجنة من 6 أعضاء.', ['quantity: 6']],
  ['وقرر المجلس تشكيل لجنة سداسية.', []],
  ['The council set up a six-member committee.', []],
  ['وقال إن ربع سكان الجنوب نزحوا.', ['quantity: ربع']],
  ['وقال إن نصف سكان الجنوب نزحوا.', ['quantity: نصف']],
  ['وقال إن ثلث سكان الجنوب نزحوا.', []],
  ['وقال إن ثلث الدول الأعضاء طلبت الكلمة.', ['quantity: ثلث']],
  ['وقال إن 40 في المئة من الدول الأعضاء طلبت الكلمة.', ['quantity: 40 في المئة']],
  ['وقال إن أكثر من نصف الدول الأعضاء طلبت الكلمة.', []],
  // A deadline.
  ['على أن تقدم اللجنة تقريرها في غضون 60 يوماً.', ['quantity: 60 يوماً']],
  ['The committee must submit its report within 60 days.', ['quantity: 60 days']],
  ['على أن تقدم اللجنة تقريرها في غضون 30 يوماً.', []],
  ['وتعهدت الحكومة بصرف التعويضات في غضون 60 يوماً.', []],
  // A secretariat's seat.
  ['وقالت الأمانة العامة ومقرها تونس إنها ستتابع التنفيذ.', ['organisation-seat: تونس']],
  ['وقالت الأمانة العامة ومقرها القاهرة إنها ستتابع التنفيذ.', []],
  ['The Algiers-based Arab League held an emergency session.', []],
];

/** The sixth set's English article: lexicon agencies, an event at sea in nautical miles and knots, a toll through the day. */
const EXPECTED_SHIPWRECK: [string, string[]][] = [
  // Lexicon agencies written with the minimum.
  ['Maria Lenz, a spokeswoman for UNHCR, said the route was the deadliest.', ['post-holder: UNHCR']],
  ['وقالت ماريا لينز المتحدثة باسم مفوضية الأمم المتحدة لشؤون اللاجئين إن الطريق هو الأخطر.', ['post-holder: مفوضية الأمم المتحدة لشؤون اللاجئين']],
  ['وقالت ماريا لينز المتحدثة باسم المنظمة الدولية للهجرة إن الطريق هو الأخطر.', []],
  ['Maria Lenz, a spokeswoman for the IOM, said the route was the deadliest.', []],
  // An event at sea, nautical miles and knots.
  ['The boat capsized 50 nautical miles south of Crete.', ['quantity: 50']],
  ['The boat capsized 50 nmi south of Crete.', ['quantity: 50']],
  ['وغرق القارب على بعد 50 ميلاً بحرياً جنوب كريت.', ['quantity: 50']],
  ['The Hellenic Coast Guard said its vessel sailed at 25 knots.', ['quantity: 25']],
  ['وقال خفر السواحل اليوناني إن زورقه أبحر بسرعة 25 عقدة.', ['quantity: 25']],
  ['The boat capsized 40 nautical miles south of Crete.', []],
  ['The boat capsized off Crete on Monday.', []],
  ['The boat capsized 40 km south of Crete.', []],
  ['The boat capsized 74 km south of Crete.', []],
  ['A patrol vessel sailing at 25 knots reached the site.', []],
  ['The boat capsized 40 nautical miles north of Crete.', []],
  // A toll through the day.
  ['The toll rose to 14 dead by Monday evening.', ['quantity: 14']],
  ['Rescuers had recovered 9 bodies by Monday morning.', ['quantity: 9']],
  ['The toll rose to 11 dead by Monday evening.', []],
  ['Rescuers had recovered 6 bodies by Monday morning.', []],
  ['Half of the passengers were children, UNHCR said.', ['quantity: Half']],
  ['A third of the passengers were children, UNHCR said.', []],
];

test('the sixth set\'s answers: each article\'s fact base validates and each quoted draft gets what the answer says', () => {
  assert.deepEqual(differences(guideChecker(9), EXPECTED_LEAGUE), [], 'the Arab League session\'s drafts');
  assert.deepEqual(differences(guideChecker(10), EXPECTED_SHIPWRECK), [], 'the Crete shipwreck\'s drafts');
});

/** An edit of the assembled facts that changes one fact of `section` found by its id. */
function editFact(section: string, id: string, change: (fact: Record<string, unknown>) => void): (data: Record<string, unknown[]>) => void {
  return (data) => change((data[section] as { id: string }[]).find((fact) => fact.id === id)!);
}

test('Algiers put straight within its country may lie in any province; within the gazetteer\'s province it may not', () => {
  const inCountry = editFact('places', 'algiers', (place) => { place.within = 'algeria'; });
  assert.deepEqual(findings(guideChecker(9, undefined, inCountry), 'The Arab League council met in Algiers, in Oran Province, on Tuesday.'), []);
  assert.deepEqual(findings(guideChecker(9), 'The Arab League council met in Algiers, in Oran Province, on Tuesday.'), ['place-containment: Oran Province']);
});

test('a lexicon body cannot be named by its lexicon id, and one written with no lexicon name is another body', () => {
  const { article, parts } = stories()[10]!;
  const data: Record<string, unknown[]> = {};
  for (const part of parts) for (const [section, facts] of Object.entries(JSON.parse(part) as Record<string, unknown[]>)) data[section] = [...(data[section] ?? []), ...facts];
  data.organisations = data.organisations!.filter((organisation) => (organisation as { id: string }).id !== 'iom');
  cite(data, article);
  const parsed = parseFactBase(JSON.stringify({ schemaVersion: 2, ...SOURCES[10]!, ...data }), 'crete-shipwreck.factbase.json', article);
  assert.deepEqual(parsed.problems.map((problem) => problem.message), ['unknown id "iom"; expected one of: organisations']);
  const ownNameOnly = editFact('organisations', 'iom', (organisation) => { organisation.names = { en: ['UN migration agency'] }; });
  assert.deepEqual(findings(guideChecker(10, undefined, ownNameOnly), 'وقالت ماريا لينز المتحدثة باسم المنظمة الدولية للهجرة إن الطريق هو الأخطر.'), ['post-holder: المنظمة الدولية للهجرة']);
});

test('an alliance written as a member-of affiliation is not checked; a chair of a session with no post of it is reported', () => {
  const asMembership = (data: Record<string, unknown[]>) => {
    delete (data.organisations as { id: string; parent?: string }[]).find((organisation) => organisation.id === 'samoud')!.parent;
    data.affiliations = [{ id: 'samoud-in-south', member: 'samoud', organisation: 'south-alliance', relation: 'member-of', evidence: [{ text: '«لواء الصمود»، أحد فصائل «تحالف قوى الجنوب»' }] }];
  };
  assert.deepEqual(findings(guideChecker(9, undefined, asMembership), 'وأعلن لواء الصمود المنضوي في تحالف الساحل ترحيبه بالقرار.'), []);
  const noChair = (data: Record<string, unknown[]>) => {
    data.posts = data.posts!.filter((post) => (post as { id: string }).id !== 'ben-salem-chair');
  };
  assert.deepEqual(findings(guideChecker(9, undefined, noChair), 'وقال رئيس مجلس الجامعة كمال بن سالم إن القرار تاريخي.'), ['post-holder: مجلس الجامعة']);
});

test('a deadline whose noun is «غضون» ties another duration; a toll kept apart by the time of day checks only the figure whose clause names its time', () => {
  const within = editFact('quantities', 'report-deadline', (fact) => { fact.noun = { ar: ['غضون', 'تقرير'], en: ['within', 'report'] }; });
  assert.deepEqual(findings(guideChecker(9, undefined, within), 'وتعهدت الحكومة بصرف التعويضات في غضون 60 يوماً.'), ['quantity: 60 يوماً']);
  const byTime = (data: Record<string, unknown[]>) => {
    const toll = (data.quantities as { id: string }[]).find((fact) => fact.id === 'toll')!;
    Object.assign(toll, { qualifier: { en: ['evening'] } });
    data.quantities = [...data.quantities!, { id: 'toll-morning', value: 6, unit: 'count', noun: { en: ['bodies', 'dead'] }, qualifier: { en: ['morning'] }, evidence: [{ text: 'Rescuers had recovered 6 bodies by Monday morning' }] }];
  };
  const checker = guideChecker(10, undefined, byTime);
  assert.deepEqual(findings(checker, 'The toll rose to 14 dead by Monday evening.'), ['quantity: 14']);
  assert.deepEqual(findings(checker, 'Rescuers had recovered 9 bodies by Monday morning.'), ['quantity: 9']);
  assert.deepEqual(findings(checker, 'By Monday evening, the toll had risen to 14 dead.'), []);
});
