/**
 * Ties of a person to a party or a club said in wordings the membership check was not first
 * written for, in both languages: "who belongs to X", "who joined X", "plays for X", "signed for
 * X", «المنضوي في X», «الذي انضم إلى X», and a tie after the person's title ("the council leader
 * and a member of X"). Each wrong tie beside true restatements and near misses (a person whose
 * party the fact base does not name, an organisation of another class). On an invented story.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Storm damages pier before cup final',
  'HARWICK, Monday 9 March 2026 - A storm damaged the pier at Harwick on Sunday.',
  "The company's chief executive, Tomas Reyes, said Strand Ferries would resume crossings in a week.",
  'The leader of Harwick Council, Owen Marsh, a Green Party councillor, closed the road to the pier.',
  "Harwick Rovers' striker Sami Nasser helped clear the pier.",
  "The Port Authority's operations manager, Leila Haddad, said two cranes had been moved.",
].join('\n');

const cite = citer(ARTICLE);

const factBase = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'harwick-ties',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-03-09' },
    people: [
      { id: 'reyes', names: { en: ['Tomas Reyes'], ar: ['توماس رييس'] }, gender: 'm', evidence: cite('Tomas Reyes') },
      { id: 'marsh', names: { en: ['Owen Marsh'], ar: ['أوين مارش'] }, gender: 'm', evidence: cite('Owen Marsh') },
      { id: 'nasser', names: { en: ['Sami Nasser'], ar: ['سامي ناصر'] }, gender: 'm', evidence: cite('Sami Nasser') },
      { id: 'haddad', names: { en: ['Leila Haddad'], ar: ['ليلى حداد'] }, gender: 'f', evidence: cite('Leila Haddad') },
    ],
    organisations: [
      { id: 'strand', kind: 'company', names: { en: ['Strand Ferries'], ar: ['شركة ستراند للعبارات', 'ستراند للعبارات'] }, evidence: cite('Strand Ferries') },
      { id: 'council', kind: 'council', names: { en: ['Harwick Council'], ar: ['مجلس بلدية هارويك'] }, evidence: cite('Harwick Council') },
      { id: 'greens', kind: 'party', names: { en: ['Green Party', 'Greens'], ar: ['حزب الخضر'] }, evidence: cite('Green Party') },
      { id: 'rovers', kind: 'club', names: { en: ['Harwick Rovers'], ar: ['نادي هارويك روفرز', 'هارويك روفرز'] }, evidence: cite('Harwick Rovers') },
      { id: 'port', kind: 'authority', names: { en: ['Port Authority'], ar: ['هيئة الميناء'] }, evidence: cite('Port Authority') },
    ],
    posts: [
      { id: 'reyes-ceo', holder: 'reyes', role: 'chief-executive', organisation: 'strand', title: { en: ['chief executive'], ar: ['الرئيس التنفيذي'] }, evidence: cite("The company's chief executive, Tomas Reyes") },
      { id: 'marsh-leader', holder: 'marsh', role: 'leader', organisation: 'council', title: { en: ['council leader', 'leader of Harwick Council'], ar: ['رئيس مجلس بلدية هارويك'] }, evidence: cite('The leader of Harwick Council, Owen Marsh') },
      { id: 'nasser-player', holder: 'nasser', role: 'player', organisation: 'rovers', title: { en: ['striker', 'player'], ar: ['مهاجم', 'لاعب'] }, evidence: cite("Harwick Rovers' striker Sami Nasser") },
      { id: 'haddad-ops', holder: 'haddad', role: 'other', organisation: 'port', title: { en: ['operations manager'], ar: ['مديرة العمليات'] }, evidence: cite("The Port Authority's operations manager, Leila Haddad") },
    ],
    affiliations: [{ id: 'marsh-greens', member: 'marsh', organisation: 'greens', relation: 'member-of', evidence: cite('Owen Marsh, a Green Party councillor') }],
  },
  'harwick-ties.factbase.json',
  ARTICLE,
);

const findings = findingLines(createChecker([factBase], { scope: 'all' }), ['post-holder', 'affiliation']);

test('"who belongs to", "who joined" and a tie after the title name the person’s party', () => {
  assert.equal(findings('Owen Marsh, who belongs to the Labour Party, closed the road.').length, 1);
  assert.equal(findings('Owen Marsh, who joined the Conservative Party in 2019, closed the road.').length, 1);
  assert.equal(findings('Owen Marsh, the council leader and a member of the Labour Party, closed the road.').length, 1);
  assert.equal(findings('وأغلق أوين مارش، المنضوي في حزب العمال، الطريق.').length, 1);
  assert.equal(findings('وأغلق أوين مارش، الذي انضم إلى حزب المحافظين عام 2019، الطريق.').length, 1);
  assert.equal(findings('وأغلق رئيس المجلس أوين مارش، المنتمي إلى حزب العمال، الطريق.').length, 1);
  // True restatements.
  assert.deepEqual(findings('Owen Marsh, who belongs to the Green Party, closed the road.'), []);
  assert.deepEqual(findings('Owen Marsh, who joined the Greens in 2019, closed the road.'), []);
  assert.deepEqual(findings('Owen Marsh, the council leader and a member of the Green Party, closed the road.'), []);
  assert.deepEqual(findings('وأغلق أوين مارش، المنضوي في حزب الخضر، الطريق.'), []);
  assert.deepEqual(findings('وأغلق أوين مارش، الذي انضم إلى حزب الخضر عام 2019، الطريق.'), []);
  // Near misses: a person whose party the fact base does not name; a company one joined.
  assert.deepEqual(findings('Leila Haddad, who belongs to the Labour Party, said two cranes had been moved.'), []);
  assert.deepEqual(findings('Tomas Reyes, who joined Strand Ferries in 2019, said crossings would resume.'), []);
  assert.deepEqual(findings('Tomas Reyes, who joined the Port Authority board in 2019, said crossings would resume.'), []);
  assert.deepEqual(findings('وقالت ليلى حداد، المنتمية إلى حزب العمال، إن رافعتين نقلتا.'), []);
});

test('"plays for", "signed for" and «لاعب نادي» name the player’s club', () => {
  assert.equal(findings('Sami Nasser, who plays for Kingsport FC, helped clear the pier.').length, 1);
  assert.equal(findings('Sami Nasser, who signed for Kingsport FC last year, helped clear the pier.').length, 1);
  assert.equal(findings('وساعد سامي ناصر، لاعب نادي الشاطئ، في تنظيف الرصيف.').length, 1);
  assert.deepEqual(findings('Sami Nasser, who plays for Harwick Rovers, helped clear the pier.'), []);
  assert.deepEqual(findings('Sami Nasser, who signed for Harwick Rovers last year, helped clear the pier.'), []);
  assert.deepEqual(findings('وساعد سامي ناصر، لاعب نادي هارويك روفرز، في تنظيف الرصيف.'), []);
  // Near misses: a national side, and a club given to someone the fact base ties to none.
  assert.deepEqual(findings('Sami Nasser, who plays for the national team, helped clear the pier.'), []);
  assert.deepEqual(findings('Tomas Reyes, who plays for Kingsport FC on Sundays, said crossings would resume.'), []);
});
