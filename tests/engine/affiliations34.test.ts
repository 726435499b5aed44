/**
 * Affiliation probes (session 34). Drawing: a body's name that lists its remits with commas before
 * its head (the Senedd Economy, Trade and Rural Affairs Committee) opens no person's name, so no
 * quote goes to it; a party's initials before a member's title in apposition (X, a WEP councillor)
 * and a party before a member's seat in capitals (the Welsh Conservative MS for Ceredigion, X) are
 * drawn as the person's party; a councillor whose title names no council sits on the article's one
 * council. Checking: a nation's adjective after an Arabic title
 * («وزيرة النقل الاسكتلندية») is the post's place when the place is known, even when the place's
 * name ends in an alef the adjective drops (اسكتلندا); words after the head of a post whose body
 * the fact base names in English only («الرئيس التنفيذي لهيئة …») are not another post; an Arabic
 * speech verb before a family name («قالت المومني») is no misspelt given name.
 * Traps: the true party, another portfolio, a misspelt given name. Sentences and articles invented
 * for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

type Fact = Record<string, unknown> & { id: string };
type Names = { ar?: string[]; en?: string[] };
const draw = (text: string) => drawFactBase(text, { published: '2026-11-03' }).factBase as unknown as Record<string, Fact[]>;

const WELSH = [
  'Wales opens £40 million bridge over the Teifi',
  'CARDIGAN, Wales, Tuesday 3 November 2026 - A £40 million road bridge over the River Teifi opened to traffic on Tuesday, ending years of queues on the A487.',
  'The chief executive of Roads Cymru, Bethan Lloyd, 49, said the bridge was 400 metres long.',
  'The leader of Ceredigion County Council, Dafydd Morgan, a WEP councillor, said the council would spend £2 million on cycle paths. "The town can breathe again," he said.',
  'Sian Evans, a Plaid Cymru councillor for Aberporth, said the queues had cost shops dearly.',
  'But the Welsh Conservative MS for Ceredigion, Carys Hughes, who sits on the Senedd Economy, Trade and Rural Affairs Committee, said the delays had hurt local firms. "We waited far too long for this bridge," she said.',
].join('\n\n') + '\n';

const SCOTTISH = [
  'INVERNESS, Scotland, Monday 2 November 2026 - The Cabinet Secretary for Transport, Ailsa Ross, opened a new ferry terminal at Ullapool on Monday.',
  'The chief executive of Water Scotland, Neil Fraser, said the terminal had cost £30 million.',
].join('\n\n') + '\n';

const ARABIC = [
  'عمّان - قالت مديرة السباق هالة المومني إن 30 ألف عداء شاركوا في الماراثون يوم الجمعة.',
  'وأضافت هالة المومني أن السباق انطلق من وسط المدينة.',
].join('\n\n') + '\n';

/** The English names of the bodies each drawn person is tied to, as "person → body". */
function ties(kb: Record<string, Fact[]>): string[] {
  const nameOf = (list: Fact[] | undefined, id: unknown) => ((list ?? []).find((fact) => fact.id === id)?.names as Names | undefined)?.en?.[0] ?? String(id);
  return (kb.affiliations ?? []).map((tie) => `${nameOf(kb.people, tie.member)} → ${nameOf(kb.organisations, tie.organisation)}`).sort();
}

test('a body named with its remits listed by commas draws no person, and the quote is its member\'s', () => {
  const kb = draw(WELSH);
  assert.deepEqual((kb.people ?? []).map((person) => (person.names as Names).en?.[0]).filter((name) => /Senedd|Economy/.test(name ?? '')), []);
  const quote = (kb.quotes ?? []).find((fact) => String(fact.text).startsWith('We waited'));
  assert.equal(quote?.speaker, 'hughes');
});

test('a party\'s initials before a councillor\'s title in apposition are drawn as the person\'s party', () => {
  assert.deepEqual(ties(draw(WELSH)).filter((line) => line.startsWith('Dafydd') && !line.endsWith('Council')), ['Dafydd Morgan → WEP']);
});

test('a party before a member\'s seat, the title in capitals, is drawn as the person\'s party', () => {
  assert.deepEqual(ties(draw(WELSH)).filter((line) => line.startsWith('Carys')), ['Carys Hughes → Welsh Conservative']);
});

const checkerOf = (article: string) => createChecker([parseFactBase(JSON.stringify(drawFactBase(article, { published: '2026-11-03' }).factBase), 'probe.factbase.json', article).factBase!], { scope: 'all' });
const welsh = checkerOf(WELSH);
const scottish = checkerOf(SCOTTISH);
const arabic = checkerOf(ARABIC);
const RULES = new Set(['affiliation', 'post-holder', 'name-spelling']);
const findings = (checker: ReturnType<typeof checkerOf>, sentence: string) =>
  checker
    .check(sentence)
    .findings.filter((finding) => RULES.has(finding.ruleId))
    .map((finding) => `${finding.ruleId}: ${sentence.slice(finding.range.start, finding.range.end)}`);

/** The first Arabic name drawn for the person of `id` in `article`. */
const arabicName = (article: string, id: string) => ((draw(article).people ?? []).find((person) => person.id === id)?.names as Names | undefined)?.ar?.[0] ?? id;
const ROSS = arabicName(SCOTTISH, 'ross');
const FRASER = arabicName(SCOTTISH, 'fraser');

const FLAGGED: readonly [ReturnType<typeof checkerOf>, string, string][] = [
  [welsh, 'Dafydd Morgan, a Labour councillor, said the council would spend £2 million on cycle paths.', 'affiliation: Labour'],
  [welsh, 'Carys Hughes, the Labour MS for Ceredigion, said the delays had hurt local firms.', 'affiliation: Labour'],
  [scottish, `وقالت وزيرة الصحة الاسكتلندية ${ROSS} إن المحطة جاهزة.`, 'post-holder: الصحة'],
  [welsh, 'Sian Evans, a councillor on Powys County Council, said the queues had cost shops dearly.', 'post-holder: Powys'],
  [arabic, 'وقالت هالا المومني إن السباق انطلق من وسط المدينة.', 'name-spelling: هالا المومني'],
];

for (const [checker, sentence, expected] of FLAGGED) {
  test(`flags: ${sentence}`, () => {
    const found = findings(checker, sentence);
    assert.ok(found.some((finding) => finding.startsWith(expected.split(': ')[0]!) && finding.includes(expected.split(': ')[1]!)), JSON.stringify(found));
  });
}

const CLEAN: readonly [ReturnType<typeof checkerOf>, string][] = [
  [welsh, 'Dafydd Morgan, a WEP councillor, said the council would spend £2 million on cycle paths.'],
  [welsh, 'Carys Hughes, the Welsh Conservative MS for Ceredigion, said the delays had hurt local firms.'],
  [welsh, '"We waited far too long for this bridge," said Carys Hughes.'],
  [welsh, 'Sian Evans, a councillor on Ceredigion County Council, said the queues had cost shops dearly.'],
  [scottish, `وافتتحت وزيرة النقل الاسكتلندية ${ROSS} محطة العبارات الجديدة يوم الاثنين.`],
  [scottish, `وقال الرئيس التنفيذي لهيئة المياه الاسكتلندية ${FRASER} إن المحطة كلفت 30 مليون جنيه.`],
  [arabic, 'وقالت المومني إن 30 ألف عداء شاركوا في الماراثون.'],
  [arabic, 'وأضافت المومني أن السباق انطلق من وسط المدينة.'],
];

for (const [checker, sentence] of CLEAN) {
  test(`clean: ${sentence}`, () => {
    assert.deepEqual(findings(checker, sentence), []);
  });
}
