/**
 * A weekday more than six words after its event's verb, when the words between are that verb's
 * object ("will debate an independent review of the town's bus routes next Tuesday", «يناقش
 * أعضاء المجلس البلدي مراجعة مستقلة لخطوط الحافلات يوم الثلاثاء»): the day is still the verb's.
 * The story is invented (a town council in Marrowby will debate a review of its bus routes on
 * Monday 21 December 2026; the article is of Thursday 17 December, the drafts of Friday 18).
 *
 * Must be flagged: the debate given the wrong weekday, in both languages. Traps: the right day;
 * a day after another verb or a clause between («بعد», to, that, drew up), which may be the day
 * of what that verb says; a day after a figure between (two libraries).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Marrowby council to debate bus review',
  'MARROWBY, Thursday 17 December 2026 - Councillors in Marrowby will debate an independent review of the town\'s bus routes on Monday 21 December.',
  'The review, written by the transport consultant Amir Dale, found that two of the town\'s nine routes lost money every year.',
  'The drivers\' union, Unite, said morale among bus drivers in Marrowby was at its lowest point in a decade.',
  'وقالت نقابة السائقين «يونايت» إن معنويات سائقي الحافلات في ماروبي في أدنى مستوياتها منذ عقد.',
].join('\n\n');

const cite = citer(ARTICLE);

function council(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'marrowby-buses',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-12-17' },
    places: [{ id: 'marrowby', names: { en: ['Marrowby'], ar: ['ماروبي'] }, kind: 'city', evidence: cite('Marrowby') }],
    organisations: [{ id: 'unite', names: { en: ['Unite'], ar: ['يونايت'] }, kind: 'union', evidence: cite('Unite') }],
    events: [
      {
        id: 'debate',
        names: { en: ['the council debate on the bus review'], ar: ['نقاش المجلس حول مراجعة الحافلات'] },
        triggers: { en: ['debate', 'debated'], ar: ['يناقش', 'سيناقش', 'مناقشة'] },
        date: { year: 2026, month: 12, day: 21, weekday: 'mon', relative: 'on Monday 21 December' },
        place: 'marrowby',
        evidence: cite('Councillors in Marrowby will debate an independent review of the town\'s bus routes on Monday 21 December'),
      },
    ],
  };
  return loadTestFactBase(data, 'marrowby-buses.factbase.json', ARTICLE);
}

const checker = createChecker([council()], { scope: 'all' });
const flagged = (body: string) => {
  const draft = `---\ndate: 2026-12-18\nstory: marrowby-buses\n---\n\n${body}\n`;
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
};

test('a weekday after the debate and its object, wrong, is flagged', () => {
  assert.deepEqual(flagged('Members of Marrowby council will debate a consultant study of bus services next Tuesday, as the union Unite warned that morale among bus drivers was at its lowest in a decade.'), ['Tuesday']);
  assert.deepEqual(flagged('ويناقش أعضاء المجلس مراجعة مستقلة لخطوط الحافلات يوم الثلاثاء، فيما قالت نقابة «يونايت» إن معنويات سائقي الحافلات في ماروبي في أدنى مستوياتها منذ عقد.'), ['الثلاثاء']);
});

test('traps: the right day, a verb or a clause between, a figure between', () => {
  assert.deepEqual(flagged('Members of Marrowby council will debate a consultant study of bus services next Monday, as the union Unite warned that morale among bus drivers was at its lowest in a decade.'), []);
  assert.deepEqual(flagged('ويناقش أعضاء المجلس مراجعة مستقلة لخطوط الحافلات يوم الاثنين، فيما قالت نقابة «يونايت» إن معنويات سائقي الحافلات في ماروبي في أدنى مستوياتها منذ عقد.'), []);
  assert.deepEqual(flagged('Marrowby councillors will debate a proposal to close the old depot next Tuesday, as the union Unite warned that morale among bus drivers was at its lowest in a decade.'), []);
  assert.deepEqual(flagged('Marrowby councillors will debate a plan that the mayor had put forward next Tuesday, as the union Unite warned that morale among bus drivers was at its lowest in a decade.'), []);
  assert.deepEqual(flagged('ويناقش أعضاء المجلس الخطة بعد إضراب سائقي الحافلات يوم الثلاثاء، فيما قالت نقابة «يونايت» إن معنويات سائقي الحافلات في ماروبي في أدنى مستوياتها منذ عقد.'), []);
  assert.deepEqual(flagged('Marrowby councillors will debate a plan the mayor drew up on Tuesday, as the union Unite warned that morale among bus drivers was at its lowest in a decade.'), []);
  assert.deepEqual(flagged('Marrowby councillors will debate the loss of 2 bus routes in the east next Tuesday, as the union Unite warned that morale among bus drivers was at its lowest in a decade.'), []);
});
