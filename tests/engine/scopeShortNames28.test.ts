/**
 * Story detection across scripts for short names: an editor's fact base of an English story often
 * names its people in Latin letters only (Fiona Marr), and an Arabic draft writes them as the
 * Arabic press does (فيونا مار). A name of four consonants or fewer is too short for the
 * consonant skeleton to find in Arabic words, where no capital letter marks a name, so such a
 * draft was tied to no story. The probes below are an invented English story (a ferry fare vote in
 * Inverness) whose people have short names; its fact base is drawn and then stripped of every
 * Arabic form of its people, as an editor's English fact base is written.
 *
 * Drafts that must be tied: two of the story's people; one of them with three of the story's
 * figures and days. Traps that must not: the story's council leader in another story of the same
 * city with a round figure, another person who shares a given name, a person whose name is made of
 * common given names only (Ali Hassan), and Arabic words that happen to spell a name's parts apart.
 * The English side (an Arabic story's short names in an English draft) is probed too: capitalised
 * Latin words are found by the skeleton already, and must stay so.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase, type FactBaseData } from '../../engine/src/index';

const ENGLISH_ARTICLE = `Inverness council backs 12% ferry fare rise

INVERNESS, Thursday 14 January 2027 - Highland councillors voted by 41 to 27 on Thursday to raise the fare of the Corran crossing by 12 per cent from April, the first rise in six years.

Council leader Tessa Bain said the service had lost £3.7 million last year and carried 918,000 passengers. "We cannot keep the boats running on goodwill," she said.

Transport convener Ewan Doig said the vote would pay for two new engines. Nora Tait, a campaigner who gathered 4,300 signatures against the rise, said islanders would pay for the council's mistakes.

Ali Hassan, who runs a shop on the island, said his deliveries would cost more.
`;

/** The drawn fact base of the English story with its people named in Latin letters only. */
function englishOnly(): FactBaseData {
  const { factBase } = drawFactBase(ENGLISH_ARTICLE, { id: 'ferry-fares', file: 'ferry.en.txt' });
  const parsed = parseFactBase(JSON.stringify(factBase), 'ferry.json', ENGLISH_ARTICLE);
  assert.deepEqual(parsed.problems, []);
  const base = parsed.factBase!;
  const latin = (names: { ar?: string[]; en?: string[] } | undefined) => (names?.en ? { en: names.en } : names);
  return { ...base, people: (base.people ?? []).map(({ transliterated: _dropped, ...person }) => ({ ...person, names: latin(person.names)!, short: latin(person.short) })) } as FactBaseData;
}

/** Whether a draft is tied to the story. */
function tied(base: FactBaseData, draft: string): boolean {
  return createChecker([base]).storyOf(draft, { format: 'markdown' }).factBases.includes(base.id);
}

describe('short Latin names in Arabic drafts (an editor fact base in English only)', () => {
  const base = englishOnly();
  test('the probe fact base writes no Arabic form of its people', () => {
    assert.ok((base.people ?? []).some((person) => person.names.en?.includes('Tessa Bain')));
    assert.ok((base.people ?? []).every((person) => !person.names.ar && !person.short?.ar));
  });
  const SAME: [string, string][] = [
    ['two of its people', 'قالت رئيسة المجلس تيسا بين إن الخدمة خسرت أموالاً، فيما رأى إوان دويغ أن الزيادة ستمول محركين جديدين.'],
    ['its campaigner and its leader', 'جمعت الناشطة نورة تيت توقيعات ضد الزيادة، وردت عليها تيسا بين بأن القوارب لا تعمل بالنوايا الحسنة.'],
    ['one person with three of its figures', 'قالت تيسا بين إن العبّارة نقلت 918 ألف راكب وخسرت 3.7 مليون جنيه، وإن الأجرة سترتفع 12 في المئة بعد تصويت 41 مقابل 27.'],
  ];
  for (const [name, draft] of SAME) test(`tied: ${name}`, () => assert.ok(tied(base, draft)));
  const OTHER: [string, string][] = [
    ['its leader in another story of the same city, with a round figure', 'قالت تيسا بين، رئيسة مجلس إنفرنيس، إن المجلس سيفتح مكتبة جديدة في المدينة بكلفة مليون جنيه.'],
    ['another person sharing a given name', 'قالت تيسا براون من إنفرنيس إن المدارس ستغلق يوم الخميس بسبب الثلوج، وأيدها إوان ماكاي.'],
    ['a person of common given names only', 'قال علي حسن، صاحب متجر في إنفرنيس، إن أسعار الخبز ارتفعت 12 في المئة هذا العام.'],
    ['the words of a name apart', 'وقّعت الحكومة اتفاقاً بين الوزارتين، وقال مسؤول إن تيسير الإجراءات سيبدأ في إنفرنيس.'],
  ];
  for (const [name, draft] of OTHER) test(`not tied: ${name}`, () => assert.ok(!tied(base, draft)));
});

const ARABIC_ARTICLE = `مجلس بلدية صفاقس يرفع تعريفة النقل البحري إلى قرقنة بنسبة 12 في المئة

صفاقس – الخميس 14 يناير 2027 – صوّت مجلس بلدية صفاقس، اليوم الخميس، بأغلبية 21 صوتاً مقابل 9 على رفع تعريفة العبّارة إلى جزر قرقنة بنسبة 12 في المئة ابتداء من أبريل.

وقالت رئيسة البلدية سلوى عمر إن الشركة خسرت 3.7 ملايين دينار العام الماضي ونقلت 918 ألف مسافر. وقال المستشار نبيل زين إن الزيادة ستمول محركين جديدين.
`;

describe('short Arabic names in English drafts (capitalised Latin words)', () => {
  const { factBase } = drawFactBase(ARABIC_ARTICLE, { id: 'kerkennah-fares', file: 'kerkennah.ar.txt' });
  const parsed = parseFactBase(JSON.stringify(factBase), 'kerkennah.json', ARABIC_ARTICLE);
  const base = parsed.factBase!;
  const arabicOnly = { ...base, people: (base.people ?? []).map(({ transliterated: _dropped, ...person }) => ({ ...person, names: { ar: person.names.ar }, short: person.short?.ar ? { ar: person.short.ar } : undefined })) } as FactBaseData;
  test('tied: two of its people', () => assert.ok(tied(arabicOnly, 'Mayor Salwa Omar said the company lost money, while councillor Nabil Zein said the rise would pay for new engines.')));
  test('not tied: one of its people in another story of the same city', () =>
    assert.ok(!tied(arabicOnly, 'Mayor Salwa Omar said Sfax would open a new library next year at a cost of one million dinars.')));
  test('not tied: lower-case words with the same consonants', () => assert.ok(!tied(arabicOnly, 'The sale was over and the new zone in Sfax said nothing more.')));
});
