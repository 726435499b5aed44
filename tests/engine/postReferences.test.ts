/**
 * Posts said through a reference to their organisation ("the firm's chief executive", «مديرة
 * الشركة», "its managing director") and party words before or after a member's title ("a
 * Conservative councillor", «السيناتور الجمهوري»), on an invented story (an oil spill in a
 * harbour) so that no corpus sentence is involved. Each case has near misses that must pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';

const ARTICLE = [
  'Shipping firm fined over harbour spill',
  'PORTMERE, Tuesday 3 March 2026 - Hale Shipping was fined on Monday over an oil spill in Portmere harbour.',
  "The company's managing director, Nia Owen, apologised to residents.",
  'The Coast Agency said its head of pollution, Gwen Price, had taken samples.',
  'The leader of Portmere Council, Rob Lane, a Labour councillor, said the fine was too low.',
  'Senator Mark Dale, a Democrat, called for an inquiry.',
  "Labour's housing campaigner, Sara Hunt, welcomed the fine.",
].join('\n');

const cite = citer(ARTICLE);

function spill(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'portmere-spill',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-03-03' },
    people: [
      { id: 'owen', names: { en: ['Nia Owen'], ar: ['نيا أوين'] }, gender: 'f', evidence: cite('Nia Owen') },
      { id: 'price', names: { en: ['Gwen Price'], ar: ['غوين برايس'] }, gender: 'f', evidence: cite('Gwen Price') },
      { id: 'lane', names: { en: ['Rob Lane'], ar: ['روب لين'] }, gender: 'm', evidence: cite('Rob Lane') },
      { id: 'dale', names: { en: ['Mark Dale'], ar: ['مارك ديل'] }, gender: 'm', evidence: cite('Mark Dale') },
      { id: 'hunt', names: { en: ['Sara Hunt'] }, gender: 'f', evidence: cite('Sara Hunt') },
    ],
    organisations: [
      { id: 'hale', kind: 'company', names: { en: ['Hale Shipping'], ar: ['شركة هيل للشحن'] }, evidence: cite('Hale Shipping') },
      { id: 'agency', kind: 'agency', names: { en: ['Coast Agency'], ar: ['وكالة السواحل'] }, evidence: cite('The Coast Agency') },
      { id: 'council', kind: 'council', names: { en: ['Portmere Council'], ar: ['مجلس بورتمير'] }, evidence: cite('Portmere Council') },
      { id: 'labour', kind: 'party', names: { en: ['Labour', 'Labour Party'], ar: ['حزب العمال'] }, evidence: cite('a Labour councillor') },
      { id: 'democrats', kind: 'party', names: { en: ['Democratic Party', 'Democrats'], ar: ['الحزب الديمقراطي'] }, evidence: cite('a Democrat') },
      { id: 'senate', kind: 'parliament', names: { en: ['Senate'], ar: ['مجلس الشيوخ'] }, evidence: cite('Senator Mark Dale') },
    ],
    posts: [
      { id: 'owen-md', holder: 'owen', role: 'managing-director', organisation: 'hale', title: { en: ['managing director'], ar: ['المديرة العامة', 'مديرة الشركة'] }, evidence: cite("The company's managing director, Nia Owen") },
      { id: 'price-head', holder: 'price', role: 'head', organisation: 'agency', title: { en: ['head of pollution'], ar: ['رئيسة قسم التلوث'] }, evidence: cite('its head of pollution, Gwen Price') },
      { id: 'lane-leader', holder: 'lane', role: 'leader', organisation: 'council', title: { en: ['leader of Portmere Council', 'council leader', 'leader'], ar: ['رئيس مجلس بورتمير'] }, evidence: cite('The leader of Portmere Council, Rob Lane') },
      { id: 'lane-councillor', holder: 'lane', role: 'member', organisation: 'council', title: { en: ['Labour councillor', 'councillor'], ar: ['عضو المجلس'] }, evidence: cite('a Labour councillor') },
      { id: 'hunt-campaigner', holder: 'hunt', role: 'other', organisation: 'labour', title: { en: ["Labour's housing campaigner", 'housing campaigner'] }, evidence: cite("Labour's housing campaigner, Sara Hunt") },
      { id: 'dale-senator', holder: 'dale', role: 'member', organisation: 'senate', title: { en: ['Senator', 'senator'], ar: ['السيناتور', 'عضو مجلس الشيوخ'] }, evidence: cite('Senator Mark Dale') },
    ],
    affiliations: [
      { id: 'lane-labour', member: 'lane', organisation: 'labour', relation: 'member-of', evidence: cite('a Labour councillor') },
      { id: 'hunt-labour', member: 'hunt', organisation: 'labour', relation: 'member-of', evidence: cite("Labour's housing campaigner, Sara Hunt") },
      { id: 'dale-democrats', member: 'dale', organisation: 'democrats', relation: 'member-of', evidence: cite('a Democrat') },
    ],
  };
  return loadTestFactBase(data, 'spill.factbase.json', ARTICLE);
}

const checker = createChecker([spill()], { scope: 'all' });
const findings = (draft: string, rules: readonly string[] = ['post-holder', 'affiliation']) => findingLines(checker, rules)(draft);

test("a post given through a reference to an organisation (the firm's, its) is the post's", () => {
  assert.equal(findings("Nia Owen, the firm's chief executive, apologised to residents.").length, 1);
  assert.equal(findings("Nia Owen, the company's chairman, apologised to residents.").length, 1);
  assert.equal(findings('Hale Shipping said its chief executive, Nia Owen, apologised.').length, 1);
});

test("a reference to the story's one organisation of its kind names it", () => {
  assert.equal(findings("Gwen Price, the company's head of pollution, took samples.").length, 1);
  assert.equal(findings("Nia Owen, the council's managing director, apologised to residents.").length, 1);
  assert.equal(findings("Rob Lane, the firm's leader, said the fine was too low.").length, 1);
});

test("a post given through a reference to another holder's organisation is a wrong holder", () => {
  assert.deepEqual(findings("The firm's managing director, Gwen Price, apologised."), ['post-holder: Gwen Price → Nia Owen']);
  assert.deepEqual(findings('وقالت رئيسة الوكالة نيا أوين إن المياه آمنة.'), ['post-holder: نيا أوين → غوين برايس']);
  // Two bodies of the story are called مجلس (the council, the senate): the reference names neither.
  assert.deepEqual(findings('وقالت رئيسة المجلس نيا أوين إن الغرامة قليلة.'), []);
});

test('references that fit the post pass', () => {
  assert.deepEqual(findings("Nia Owen, the firm's managing director, apologised to residents."), []);
  assert.deepEqual(findings("The company's managing director, Nia Owen, apologised."), []);
  assert.deepEqual(findings('Hale Shipping said its managing director, Nia Owen, apologised.'), []);
  assert.deepEqual(findings("Gwen Price, the agency's head of pollution, took samples."), []);
  assert.deepEqual(findings("Rob Lane, the council's leader, said the fine was too low."), []);
  // A kind the story knows more than one body of, or none, names none of them.
  assert.deepEqual(findings("Gwen Price, the union's head of pollution, took samples."), []);
});

test('an Arabic post said through a reference to an organisation', () => {
  assert.equal(findings('وقالت غوين برايس، رئيسة الشركة، إن المياه آمنة.').length, 1);
  assert.equal(findings('وقال روب لين، رئيس الشركة، إن الغرامة قليلة.').length, 1);
  assert.deepEqual(findings('واعتذرت نيا أوين، مديرة الشركة، للسكان.'), []);
  assert.deepEqual(findings('وقال روب لين، رئيس المجلس، إن الغرامة قليلة.'), []);
});

test("a party word with a member's title is compared with the person's party", () => {
  assert.deepEqual(findings('Rob Lane, a Conservative councillor, said the fine was too low.'), ['affiliation: Conservative → Labour']);
  assert.deepEqual(findings('Conservative councillor Rob Lane said the fine was too low.'), ['affiliation: Conservative → Labour']);
  assert.deepEqual(findings('Republican Senator Mark Dale called for an inquiry.'), ['affiliation: Republican → Democratic']);
  assert.deepEqual(findings('Mark Dale, a Republican senator, called for an inquiry.'), ['affiliation: Republican → Democratic']);
  assert.deepEqual(findings('ودعا السيناتور الجمهوري مارك ديل إلى تحقيق.'), ['affiliation: الجمهوري → الديمقراطي']);
});

test("the person's own party word, and party words with no party to compare, pass", () => {
  assert.deepEqual(findings('Rob Lane, a Labour councillor, said the fine was too low.'), []);
  assert.deepEqual(findings('Labour councillor Rob Lane said the fine was too low.'), []);
  assert.deepEqual(findings('Democratic Senator Mark Dale called for an inquiry.'), []);
  assert.deepEqual(findings('Mark Dale, a Democratic senator, called for an inquiry.'), []);
  assert.deepEqual(findings('ودعا السيناتور الديمقراطي مارك ديل إلى تحقيق.'), []);
  // A party named with an MP's title is the MP's side, not another post in it.
  assert.deepEqual(findings('Labour MP Sara Hunt welcomed the fine.'), []);
  assert.deepEqual(findings('Conservative MP Sara Hunt welcomed the fine.'), ['affiliation: Conservative → Labour']);
  // Nia Owen belongs to no party the story names.
  assert.deepEqual(findings("Nia Owen, the Conservative firm's managing director, apologised."), []);
});
