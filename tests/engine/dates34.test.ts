/**
 * Days of the week tied to the wrong event (session 34). The story is invented: a town library
 * opened on Tuesday 15 December 2026 (the article's date), its children's reading room opens the
 * Monday after (21 December), and a councillor flew in for the opening the day before (Monday 14
 * December); the drafts are dated the day of the article.
 *
 * - A day still to come ("will open its doors next Monday", «ستفتتح … يوم الاثنين المقبل», "would
 *   set off tomorrow") is not the day of an event the fact base dates on the draft's own day: the
 *   opening of the library, whose word may stand right before it, is already done that day.
 * - A sentence that ties an event to a day by the event's own word ("who flew in from Leeds on
 *   Sunday") gives that event its day there; another day of the sentence that only the restated
 *   article sentence ties to it ("said the van would set out on Thursday") dates something else.
 *
 * Must be flagged: the opening and the arrival given the wrong day, in both languages, and a day
 * to come given to an event still to come on the wrong day. Traps: the reading room's day after
 * the opening's word, the van's day in the sentence of the arrival.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { drawFactBase } from '../../engine/src/draw/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Harrowby opens its new library',
  'HARROWBY, Tuesday 15 December 2026 - The mayor of Harrowby, Ellen Marsh, opened the town\'s new public library on Tuesday.',
  'Councillor Dana Whitlock flew in from Leeds on Monday. She said the first mobile library van would start its rounds on Thursday.',
  'Library staff gave a briefing on the new catalogue on Monday.',
  'Ellen Marsh will host a reception for the volunteers at the town hall later on Tuesday.',
  'The children\'s reading room on the second floor will welcome its first young readers on Monday 21 December, the library said.',
  'وافتتحت رئيسة بلدية هاروبي إلين مارش المكتبة العامة الجديدة يوم الثلاثاء.',
  'وقالت المكتبة إن قاعة المطالعة المخصصة للأطفال في الطابق الثاني ستستقبل أول قرائها الصغار يوم الاثنين 21 ديسمبر.',
  'وقالت المستشارة دانا ويتلوك، التي وصلت من ليدز يوم الاثنين، إن أول حافلة للمكتبة المتنقلة ستنطلق يوم الخميس.',
].join('\n\n');

const cite = citer(ARTICLE);

function library(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'harrowby-library',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-12-15' },
    people: [
      { id: 'marsh', names: { en: ['Ellen Marsh'], ar: ['إلين مارش'] }, evidence: cite('Ellen Marsh') },
      { id: 'whitlock', names: { en: ['Dana Whitlock'], ar: ['دانا ويتلوك'] }, evidence: cite('Dana Whitlock') },
    ],
    places: [{ id: 'harrowby', names: { en: ['Harrowby'], ar: ['هاروبي'] }, kind: 'city', evidence: cite('Harrowby') }],
    events: [
      {
        id: 'opening',
        names: { en: ['the opening of the library'], ar: ['افتتاح المكتبة'] },
        triggers: { en: ['opened', 'opens', 'open', 'opening'], ar: ['افتتحت', 'افتتاح', 'تفتح'] },
        date: { year: 2026, month: 12, day: 15, weekday: 'tue', relative: 'on Tuesday' },
        place: 'harrowby',
        participants: ['marsh'],
        evidence: cite('The mayor of Harrowby, Ellen Marsh, opened the town\'s new public library on Tuesday'),
      },
      {
        id: 'reading-room',
        names: { en: ['the opening of the children\'s reading room'], ar: ['افتتاح قاعة المطالعة للأطفال'] },
        triggers: { en: ['reading room'], ar: ['قاعة المطالعة'] },
        date: { year: 2026, month: 12, day: 21, weekday: 'mon', relative: 'on Monday 21 December' },
        place: 'harrowby',
        evidence: cite('The children\'s reading room on the second floor will welcome its first young readers on Monday 21 December'),
      },
      {
        id: 'reception',
        names: { en: ['the reception for the volunteers'], ar: ['حفل استقبال المتطوعين'] },
        triggers: { en: ['reception'], ar: ['حفل استقبال'] },
        date: { year: 2026, month: 12, day: 15, weekday: 'tue', relative: 'later on Tuesday' },
        place: 'harrowby',
        participants: ['marsh'],
        evidence: cite('Ellen Marsh will host a reception for the volunteers at the town hall later on Tuesday'),
      },
      {
        id: 'briefing',
        names: { en: ['the briefing on the catalogue'], ar: ['الإحاطة حول الفهرس'] },
        triggers: { en: ['briefing'], ar: ['إحاطة'] },
        date: { year: 2026, month: 12, day: 14, weekday: 'mon', relative: 'on Monday' },
        place: 'harrowby',
        evidence: cite('Library staff gave a briefing on the new catalogue on Monday'),
      },
      {
        id: 'arrival',
        names: { en: ['Dana Whitlock\'s arrival from Leeds'], ar: ['وصول دانا ويتلوك من ليدز'] },
        triggers: { en: ['flew in', 'arrived'], ar: ['وصلت', 'وصول'] },
        date: { year: 2026, month: 12, day: 14, weekday: 'mon', relative: 'on Monday' },
        participants: ['whitlock'],
        evidence: cite('Councillor Dana Whitlock flew in from Leeds on Monday'),
      },
      {
        id: 'van',
        names: { en: ['the first run of the mobile library van'], ar: ['انطلاق أول حافلة للمكتبة المتنقلة'] },
        triggers: { en: ['mobile library van'], ar: ['المكتبة المتنقلة'] },
        date: { year: 2026, month: 12, day: 17, weekday: 'thu', relative: 'on Thursday' },
        place: 'harrowby',
        evidence: cite('She said the first mobile library van would start its rounds on Thursday'),
      },
    ],
  };
  return loadTestFactBase(data, 'harrowby-library.factbase.json', ARTICLE);
}

const checker = createChecker([library()], { scope: 'all' });
const findings = (body: string) => {
  const draft = `---\ndate: 2026-12-15\n---\n\n${body}\n`;
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
};

test('the opening and the arrival given the wrong day are flagged', () => {
  assert.deepEqual(findings('Ellen Marsh opened the new library in Harrowby on Monday.'), ['Monday → Tuesday']);
  assert.deepEqual(findings('وافتتحت إلين مارش المكتبة الجديدة في هاروبي يوم الأربعاء.'), ['الأربعاء → الثلاثاء']);
  assert.deepEqual(findings('Dana Whitlock, who flew in from Leeds on Sunday, praised the building.'), ['Sunday → Monday']);
});

test('a day to come given to an event still to come on the wrong day is flagged', () => {
  assert.deepEqual(findings('The children\'s reading room will open next Wednesday.'), ['Wednesday → Monday']);
});

test('an event of the draft\'s day still to come in the article, put off to tomorrow, is flagged', () => {
  assert.deepEqual(findings('Ellen Marsh will host a reception for the volunteers tomorrow.'), ['tomorrow → today']);
});

test('traps: a day to come after the word of an event done on the draft\'s day', () => {
  assert.deepEqual(findings('The children\'s reading room on the second floor will open its doors next Monday.'), []);
  assert.deepEqual(findings('> "The children\'s reading room on the second floor will open its doors next Monday."'), []);
  assert.deepEqual(findings('The library said its children\'s reading room on the second floor would open next Monday.'), []);
  assert.deepEqual(findings('وقالت المكتبة إن قاعة المطالعة المخصصة للأطفال في الطابق الثاني ستفتح أبوابها يوم الاثنين المقبل.'), []);
  assert.deepEqual(findings('The new children\'s wing will open its doors next Monday.'), []);
  assert.deepEqual(findings('The library said its new children\'s wing would open next Monday.'), []);
  assert.deepEqual(findings('A café on the ground floor opens this coming Monday.'), []);
  assert.deepEqual(findings('وقالت المكتبة إن جناح الأطفال الجديد ستفتح أبوابه يوم الاثنين المقبل.'), []);
});

test('a day to come in the sentence gives no right day to the opening, done by then', () => {
  assert.deepEqual(findings('Harrowby\'s new library, opened on Monday by Ellen Marsh, will hold its first poetry evening next Tuesday.'), ['Monday → Tuesday']);
  assert.deepEqual(findings('وافتتحت إلين مارش المكتبة يوم الاثنين، على أن تنظم أول أمسية شعرية يوم الثلاثاء المقبل.'), ['الاثنين → الثلاثاء']);
  assert.deepEqual(findings('Harrowby\'s new library, opened on Tuesday by Ellen Marsh, will hold its first poetry evening next Tuesday.'), []);
});

test('the arrival\'s own word keeps its day; another day of its sentence dates something else', () => {
  assert.deepEqual(findings('Dana Whitlock, who flew in from Leeds on Sunday, said the first van would set out on Thursday.'), ['Sunday → Monday']);
  assert.deepEqual(findings('Dana Whitlock, who flew in from Leeds on Monday, said the first van would set out on Thursday.'), []);
  assert.deepEqual(findings('وقالت دانا ويتلوك، التي وصلت من ليدز يوم الأحد، إن أول حافلة ستنطلق يوم الخميس.'), ['الأحد → الاثنين']);
});

test('a future occurrence of a past event: "a briefing on Friday will …" is another briefing', () => {
  assert.deepEqual(findings('Library staff gave a briefing on the catalogue on Friday.'), ['Friday → Monday']);
  assert.deepEqual(findings('وقدم موظفو المكتبة إحاطة حول الفهرس يوم الجمعة.'), ['الجمعة → الاثنين']);
  assert.deepEqual(findings('Library staff gave a briefing on the catalogue on Friday and will give another in January.'), ['Friday → Monday']);
  assert.deepEqual(findings('A briefing on Friday will explain the catalogue to readers.'), []);
  assert.deepEqual(findings('وإحاطة يوم الجمعة ستشرح الفهرس الجديد للقراء.'), []);
});

/**
 * Drawing: a weekday far after the "will" of its clause is one to come. Invented article: a
 * harbour council of Tuesday 15 December 2026 will vote on a tram plan on Thursday (17 December);
 * its committee approved the draft on Monday, and residents protested on Sunday (13 December).
 */
const TRAM_EN = [
  'Harbour council to vote on tram plan',
  'KELLAND, Tuesday 15 December 2026 - The Kelland regional council said on Tuesday it will hold a long-awaited public vote on the new harbour tram plan and its funding on Thursday.',
  'The council\'s transport committee approved the draft plan on Monday.',
  'Residents who will lose their homes to the new harbour tram line and its depot protested outside the town hall in the city centre on Sunday.',
].join('\n\n');

const TRAM_AR = [
  'مجلس كيلاند يصوت على خطة الترام',
  'كيلاند، الثلاثاء 15 ديسمبر 2026 - قال مجلس منطقة كيلاند يوم الثلاثاء إنه سيجري تصويتاً علنياً طال انتظاره على خطة الترام الجديدة في الميناء وعلى طريقة تمويلها من ميزانية المنطقة يوم الخميس.',
  'ووافقت لجنة النقل في المجلس على مسودة الخطة يوم الاثنين.',
  'وتظاهر السكان الذين سيفقدون منازلهم بسبب مشروع توسعة الميناء الجديد أمام مقر البلدية في وسط المدينة يوم الأحد.',
].join('\n\n');

/** The days of the month drawn for the events dated by a weekday, by the weekday's word. */
function drawnDays(article: string): Record<string, number | undefined> {
  const events = (drawFactBase(article, {}).factBase as unknown as { events: { date?: { day?: number; relative?: string } }[] }).events;
  return Object.fromEntries(events.filter((event) => event.date?.relative).map((event) => [event.date!.relative!, event.date!.day]));
}

test('drawing: a weekday far after its clause\'s "will" is one to come', () => {
  assert.equal(drawnDays(TRAM_EN)['Thursday'], 17);
  assert.equal(drawnDays(TRAM_AR)['الخميس'], 17);
});

test('drawing traps: a past verb nearer the day, a relative clause\'s future', () => {
  assert.equal(drawnDays(TRAM_EN)['Monday'], 14);
  assert.equal(drawnDays(TRAM_EN)['Sunday'], 13);
  assert.equal(drawnDays(TRAM_AR)['الاثنين'], 14);
  assert.equal(drawnDays(TRAM_AR)['الأحد'], 13);
});
