/**
 * Precision of drawing on articles written for these tests (a Saudi transport story in Arabic, a
 * Scottish ferry strike in English, both invented): the article itself and true paraphrases of it
 * get no finding from the fact base drawn from it, and a wrong figure, seat or day still does.
 * Each mechanism also has a small test of its own with a near miss.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase, type Checker } from '../../engine/src/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string) => drawFactBase(text, { published: '2025-06-05' }).factBase as unknown as Record<string, Fact[]>;

const METRO = [
  'الرياض تفتتح الخط الأول من قطار الأنابيب بكلفة 4 مليارات ريال',
  'الرياض – الأحد 12 أكتوبر/تشرين الأول 2025',
  'افتتح وزير النقل والخدمات اللوجستية السعودي صالح الجاسر، أمس السبت، الخط الأول من مشروع قطار الأنابيب في شمال الرياض، بكلفة بلغت 4 مليارات ريال (نحو 1.07 مليار دولار).',
  'وقالت شركة الخطوط الحديدية الوطنية «سار»، ومقرها الرياض، في بيان إن أعمال البناء استغرقت ثلاث سنوات، وشارك فيها أكثر من 2500 عامل.',
  'وكان مجلس الوزراء السعودي قد وافق على المشروع في مارس/آذار 2022، ضمن خطة لخفض الازدحام المروري في المدن الكبرى بنسبة 30%.',
  '',
].join('\n');

const FERRY = [
  'Island ferry strike ends after 11 days as union accepts 6% pay rise',
  'GLASGOW, Thursday 5 June 2025 - Ferry workers on Scotland\'s west coast returned to work on Wednesday after their union accepted a 6% pay rise, ending an 11-day strike.',
  'The Maritime Workers Union, based in Glasgow, said 78% of its members had voted for the offer from Caledonian Ferries, the state-owned operator.',
  'The chief executive of the Caledonian Ferries Group, Robert Kerr, said services would return to the normal timetable by Saturday.',
  'Scotland\'s Transport Minister Alan Gray welcomed the agreement and said the government would invest £45 million in new vessels.',
  '',
].join('\n');

/** A checker over the fact base drawn from `article`, speaking about every draft. */
function checkerOf(article: string): Checker {
  const parsed = parseFactBase(JSON.stringify(drawFactBase(article).factBase), 'own.factbase.json', article);
  assert.deepEqual(parsed.problems, []);
  return createChecker([parsed.factBase!], { scope: 'all' });
}

const findings = (checker: Checker, text: string) => checker.check(text).findings.map((f) => `${f.ruleId}: ${text.slice(f.range.start, f.range.end)}`);

test('Arabic article: the article and true paraphrases get no finding; wrong figures, seat and month do', () => {
  const checker = checkerOf(METRO);
  assert.deepEqual(findings(checker, METRO), []);
  const true_ = 'الرياض – الأحد 12 أكتوبر/تشرين الأول 2025\nافتتح الوزير صالح الجاسر السبت الخط الأول لقطار الأنابيب بكلفة 4 مليارات ريال.\nقالت «سار»، التي تتخذ من الرياض مقراً لها، إن البناء استغرق ثلاث سنوات بمشاركة أكثر من 2500 عامل.\nوافق مجلس الوزراء السعودي على المشروع في مارس 2022.\nSaudi Transport Minister Saleh al-Jasser opened the line in Riyadh on Saturday, October 11, 2025.';
  assert.deepEqual(findings(checker, true_), []);
  const wrong = findings(checker, 'بلغت كلفة الخط الأول 5 مليارات ريال.\nوقالت شركة الخطوط الحديدية الوطنية، ومقرها جدة، إن البناء انتهى.\nوافق مجلس الوزراء السعودي على المشروع في مايو 2022.');
  assert.equal(wrong.length, 3, wrong.join('\n'));
});

test('English article: the article and true paraphrases get no finding; wrong figures, seat and day do', () => {
  const checker = checkerOf(FERRY);
  assert.deepEqual(findings(checker, FERRY), []);
  const true_ = 'Ferry workers ended an 11-day strike on Wednesday after accepting a 6 per cent pay rise.\nThe Glasgow-based Maritime Workers Union said 78 per cent of members backed the offer.\nRobert Kerr, chief executive of Caledonian Ferries Group, said normal services would resume by Saturday, June 7.\nTransport Minister Alan Gray promised £45 million for new ships.';
  assert.deepEqual(findings(checker, true_), []);
  const wrong = findings(checker, 'The strike lasted 12 days.\nThe Maritime Workers Union, based in Edinburgh, said 80% of its members backed it.\nKerr said services would return by Saturday, June 14.');
  assert.ok(wrong.length >= 3, wrong.join('\n'));
});

test('a weekday with a future word (by Saturday, السبت المقبل) is the next such day; a bare one the last', () => {
  const dated = (text: string) => drawFactBase(text).factBase as unknown as Record<string, Fact[]>;
  const kb = dated('Services to return\nLONDON, Thursday 5 June 2025 - The company said services would return by Saturday.\nThe talks ended on Monday.\n');
  const days = kb.events!.map((e) => (e.date as { day: number }).day);
  assert.deepEqual(days, [7, 2], JSON.stringify(kb.events));
  const ar = dated('اجتماع جديد\nالرباط – الخميس 5 يونيو 2025\nوقال الوزير إن الاجتماع سيعقد السبت المقبل.\nوانتهت المحادثات الاثنين.\n');
  assert.deepEqual(ar.events!.map((e) => (e.date as { day: number }).day), [7, 2], JSON.stringify(ar.events));
});

test('English people: a possessive and a title before a name are left out; a run that begins an organisation\'s name is no person', () => {
  const kb = draw('Scotland\'s Transport Minister Alan Gray spoke.\nThe offer came from Caledonian Ferries, the operator.\nThe Caledonian Ferries Group denied it.\n');
  assert.deepEqual(kb.people!.map((p) => (p.names as { en: string[] }).en[0]), ['Alan Gray'], JSON.stringify(kb.people));
  // Near miss: a name that begins no organisation's name stays a person.
  const other = draw('The offer came from Fiona Caledon, the operator.\nThe Caledonian Ferries Group denied it.\n');
  assert.deepEqual(other.people!.map((p) => (p.names as { en: string[] }).en[0]), ['Fiona Caledon']);
});

test('a percentage of something is of that noun (78% of its members); a speech verb before a figure is no noun', () => {
  const kb = draw('The union said 78% of its members had voted for the offer.\n');
  // A noun of the counted-noun table after "of" gives its forms in both languages.
  assert.deepEqual(kb.quantities!.map((q) => (q.noun as { en: string[] }).en.includes('members') && (q.noun as { ar: string[] }).ar.includes('أعضاء')), [true]);
  // Near miss: with no "of" and only a speech verb before it, the figure ties to no noun and is not drawn.
  assert.deepEqual(draw('The union said 78% had voted.\n').quantities, []);
});

test('a seat statement (based in X) draws the seat, not an undated event at X', () => {
  const kb = draw('The Maritime Workers Union, based in Glasgow, said it would strike.\n');
  assert.deepEqual(kb.events, []);
  // Near miss: talks held in Glasgow are an event there.
  assert.equal(draw('The union held talks in Glasgow with the operator.\n').events!.length, 1);
});

test('ages beside a name («سالم الحداد (52 عاماً)», "Kerr, 58,", "the 58-year-old Robert Kerr") are the person\'s age; two ages give none', () => {
  const ages = (text: string) => draw(text).quantities!.filter((q) => q.unit === 'age').map((q) => `${String(q.subject)}:${String(q.value)}`);
  assert.deepEqual(ages('وقال المدير التنفيذي سالم الحداد (52 عاماً) إن المشروع سيكتمل.\n'), ['al-hadad:52']);
  assert.deepEqual(ages('The company\'s chief executive Robert Kerr, 58, said it lost money.\n'), ['kerr:58']);
  // Near misses: a number after a name that is no age, and one person given two ages.
  assert.deepEqual(ages('Robert Kerr said 58 crew members walked out.\n'), []);
  assert.deepEqual(ages('Robert Kerr, 58, said it. Later Robert Kerr, 59, denied it.\n'), []);
});
