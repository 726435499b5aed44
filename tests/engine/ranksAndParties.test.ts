/**
 * Ranks of the uniformed services (lexicon/ranks.ts, rules/posts/titleRank.ts), a party named in
 * a councillor's title, a portfolio after a title's linker, a day after "until", a day alone in a
 * timeline's cell, two days joined by "and", a day in a sentence restating an article sentence
 * that is not the event's evidence, a place written after its container with a comma and a part
 * of a place named by another point of the compass, on an invented story (a warehouse fire) so
 * that no corpus sentence is involved. Each case has near misses that must pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';

const ARTICLE = [
  'Warehouse fire in Ashby closes road',
  'ASHBY, Thursday 5 March 2026 - A fire broke out at a warehouse in the Eastgate district of Ashby, north Carrick, early on Wednesday.',
  'Chief Superintendent Tom Vance of Carrick Police said 300 homes were evacuated.',
  'The fire service\'s chief fire officer, Ruth Ellis, said crews worked through the night.',
  'The council leader, Ben Hart, a Green councillor, said the site would be reviewed.',
  'The water board warned people to avoid the river until Monday. Samples taken on Wednesday showed raised levels, said Ann Cole of the water board.',
  'Two schools in Eastgate stayed closed on Wednesday and Thursday.',
  'The Minister for Housing, Dan Reed, visited the site on Thursday.',
].join('\n');

const cite = citer(ARTICLE);

function fire(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'ashby-fire',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-03-05' },
    people: [
      { id: 'vance', names: { en: ['Tom Vance'] }, gender: 'm', evidence: cite('Tom Vance') },
      { id: 'ellis', names: { en: ['Ruth Ellis'] }, gender: 'f', evidence: cite('Ruth Ellis') },
      { id: 'hart', names: { en: ['Ben Hart'] }, gender: 'm', evidence: cite('Ben Hart') },
      { id: 'cole', names: { en: ['Ann Cole'] }, gender: 'f', evidence: cite('Ann Cole') },
      { id: 'reed', names: { en: ['Dan Reed'] }, gender: 'm', evidence: cite('Dan Reed') },
    ],
    organisations: [
      { id: 'police', kind: 'agency', names: { en: ['Carrick Police'] }, evidence: cite('Carrick Police') },
      { id: 'fire-service', kind: 'agency', names: { en: ['Carrick Fire and Rescue Service', 'fire service'] }, evidence: cite('fire service') },
      { id: 'council', kind: 'council', names: { en: ['Ashby Council', 'the council'] }, evidence: cite('The council leader') },
      { id: 'greens', kind: 'party', names: { en: ['Green Party', 'Green'] }, evidence: cite('a Green councillor') },
      { id: 'reds', kind: 'party', names: { en: ['Red Party'] }, evidence: cite('The council leader') },
      { id: 'water', kind: 'agency', names: { en: ['water board'] }, evidence: cite('The water board') },
    ],
    posts: [
      { id: 'vance-rank', holder: 'vance', role: 'commander', organisation: 'police', title: { en: ['Chief Superintendent', 'senior officer'] }, evidence: cite('Chief Superintendent Tom Vance of Carrick Police') },
      { id: 'ellis-cfo', holder: 'ellis', role: 'head', organisation: 'fire-service', title: { en: ['chief fire officer', 'head of the fire service'] }, evidence: cite('chief fire officer, Ruth Ellis') },
      { id: 'hart-leader', holder: 'hart', role: 'leader', organisation: 'council', title: { en: ['council leader', 'leader'] }, evidence: cite('The council leader, Ben Hart') },
      { id: 'reed-minister', holder: 'reed', role: 'minister', title: { en: ['Cabinet Minister for Housing', 'Minister for Housing', 'housing minister'] }, evidence: cite('The Minister for Housing, Dan Reed') },
      { id: 'hart-councillor', holder: 'hart', role: 'member', organisation: 'council', title: { en: ['Green councillor', 'councillor'] }, evidence: cite('a Green councillor') },
    ],
    affiliations: [{ id: 'hart-green', member: 'hart', organisation: 'greens', relation: 'member-of', evidence: cite('a Green councillor') }],
    places: [
      { id: 'ashby', names: { en: ['Ashby'] }, kind: 'city', within: 'north-carrick', evidence: cite('Ashby, north Carrick') },
      { id: 'north-carrick', names: { en: ['north Carrick'] }, kind: 'region', within: 'uk', evidence: cite('north Carrick') },
      { id: 'eastgate', names: { en: ['Eastgate'] }, kind: 'other', within: 'ashby', evidence: cite('the Eastgate district of Ashby') },
    ],
    events: [
      { id: 'fire', names: { en: ['the warehouse fire'] }, triggers: { en: ['fire', 'broke out'] }, date: { year: 2026, month: 3, day: 4, weekday: 'wed', derived: true }, place: 'eastgate', evidence: cite('A fire broke out at a warehouse in the Eastgate district of Ashby, north Carrick, early on Wednesday') },
      { id: 'schools', names: { en: ['the closure of two schools'] }, triggers: { en: ['closed', 'shut'] }, date: { year: 2026, month: 3, day: 4, weekday: 'wed', derived: true, end: { year: 2026, month: 3, day: 5 } }, place: 'eastgate', evidence: cite('Two schools in Eastgate stayed closed on Wednesday and Thursday') },
      { id: 'visit', names: { en: ["Dan Reed's visit"] }, participants: ['reed'], triggers: { en: ['visited', 'visits'] }, date: { year: 2026, month: 3, day: 5, weekday: 'thu', derived: true }, place: 'eastgate', evidence: cite('Dan Reed, visited the site on Thursday') },
      { id: 'samples', names: { en: ['the water samples'] }, participants: ['water', 'cole'], triggers: { en: ['samples'] }, date: { year: 2026, month: 3, day: 4, weekday: 'wed', derived: true }, evidence: cite('Samples taken on Wednesday showed raised levels, said Ann Cole of the water board') },
    ],
  };
  return loadTestFactBase(data, 'fire.factbase.json', ARTICLE);
}

const checker = createChecker([fire()], { scope: 'all' });
const findings = (draft: string, rules: readonly string[] = ['post-holder', 'affiliation']) => findingLines(checker, rules)(draft);

test('a rank other than the post\'s own is a wrong post, before the name or in apposition', () => {
  assert.deepEqual(findings('Chief Constable Tom Vance said homes were evacuated.'), ['post-holder: Chief Constable → Chief Superintendent']);
  assert.deepEqual(findings('Tom Vance, a police commissioner, said homes were evacuated.'), ['post-holder: commissioner → chief superintendent']);
  assert.deepEqual(findings('Carrick Police Chief Constable Tom Vance said homes were evacuated.'), ['post-holder: Chief Constable → Chief Superintendent']);
  assert.deepEqual(findings("The fire service's deputy chief fire officer Ruth Ellis said crews worked."), ['post-holder: deputy chief fire officer → chief fire officer']);
});

test('the post\'s own rank, and a rank given to someone whose post names none, pass', () => {
  assert.deepEqual(findings('Chief Superintendent Tom Vance, Carrick Police, said homes were evacuated.'), []);
  assert.deepEqual(findings('Tom Vance, a chief superintendent, said homes were evacuated.'), []);
  assert.deepEqual(findings('Chief fire officer Ruth Ellis said crews worked.'), []);
  assert.deepEqual(findings('Inspector Ben Hart said the site would be reviewed.'), []);
});

test("a party in a councillor's title is compared with the person's own party", () => {
  assert.deepEqual(findings('Ben Hart, a Red Party councillor who leads the council, said the site would be reviewed.'), ['affiliation: Red Party → Green Party']);
  assert.deepEqual(findings('Ben Hart, a Green councillor who leads the council, said the site would be reviewed.'), []);
  assert.deepEqual(findings('Green councillor Ben Hart said the site would be reviewed.'), []);
});

test('a day after "until" is no restated event\'s day', () => {
  assert.deepEqual(findings('Ann Cole of the water board said the river should be avoided until Monday.', ['event-date']), []);
  assert.equal(findings('Ann Cole of the water board said samples taken on Thursday showed raised levels.', ['event-date']).length, 1);
});

test('a place the article writes inside its container is not moved when the draft names it', () => {
  assert.deepEqual(findings("Homes in Ashby's Eastgate district were evacuated after a fire broke out at a warehouse early on Wednesday.", ['event-place']), []);
});

test('a portfolio after the linker of a title with words before it is compared', () => {
  assert.deepEqual(findings('Cabinet Minister for Health Dan Reed visited the site.'), ['post-holder: Health → Housing']);
  assert.deepEqual(findings('Cabinet Minister for Housing Dan Reed visited the site.'), []);
});

test("a day alone in a timeline's cell is the day of its row's event", () => {
  const table = ['| Day | Event |', '|---|---|', '| Friday | Dan Reed visits the site |', '| Thursday | Dan Reed visits the site |'].join('\n');
  assert.deepEqual(findings(table, ['event-date']), ['event-date: Friday → Thursday']);
});

test('two days joined by "and" are both the days of an event that lasted', () => {
  assert.deepEqual(findings('Two schools in Eastgate were shut on Wednesday and Friday.', ['event-date']), ['event-date: Friday → Thursday']);
  assert.deepEqual(findings('Two schools in Eastgate were shut on Wednesday and Thursday.', ['event-date']), []);
});

test("a day in a sentence restating one that names the event's trigger and day is compared", () => {
  assert.deepEqual(findings('A fire at a warehouse in Ashby led to 300 homes being evacuated on Tuesday.', ['event-date']), ['event-date: Tuesday → Wednesday']);
  assert.deepEqual(findings('A fire at a warehouse in Ashby led to 300 homes being evacuated on Wednesday.', ['event-date']), []);
});

test('a part of a place named by another point of the compass than the article\'s is moved', () => {
  assert.deepEqual(findings('A fire broke out at a warehouse in Ashby, south Carrick, early on Wednesday.', ['event-place']), ['event-place: south Carrick → north']);
  assert.deepEqual(findings('A fire broke out at a warehouse in Ashby, north Carrick, early on Wednesday.', ['event-place']), []);
  assert.deepEqual(findings('Dan Reed grew up in south Carrick.', ['event-place']), []);
});
