/**
 * True restatements that the title checks must leave alone, beside the wrong claims they must
 * still flag, in both languages: a verb of heading whose object is no organisation («الذي يقود
 * عمليات الإنقاذ», "who leads the recovery effort"), a party named before the title of a person
 * whose party the fact base does not name ("a Labour minister"), a preposition with a pronoun
 * after a title («مديرة العمليات فيها»), and a former title whose last word comes after a
 * nationality (وزير الدولة البريطاني للشؤون البيئية سابقاً). On an invented story (a storm that
 * damaged a ferry pier), so that no corpus sentence is involved.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Ferry firm halts crossings after storm damages pier',
  'HARWICK, Monday 9 March 2026 - Strand Ferries suspended its crossings on Sunday after a storm damaged the pier at Harwick.',
  "The company's chief executive, Tomas Reyes, said repairs would take a week.",
  "The Port Authority's operations manager, Leila Haddad, said two cranes had been moved.",
  'The Transport Minister, Ruth Allan, visited the pier.',
  'The leader of Harwick Council, Owen Marsh, a Green Party councillor, closed the road to the pier.',
  "Harwick's deputy mayor, Dana Price, thanked the crews.",
  'Sami Nasser, head of a department at the Port Authority, counted the damage.',
].join('\n');

const cite = citer(ARTICLE);

const factBase = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'harwick-pier-near-misses',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-03-09' },
    people: [
      { id: 'reyes', names: { en: ['Tomas Reyes'], ar: ['توماس رييس'] }, gender: 'm', evidence: cite('Tomas Reyes') },
      { id: 'haddad', names: { en: ['Leila Haddad'], ar: ['ليلى حداد'] }, gender: 'f', evidence: cite('Leila Haddad') },
      { id: 'allan', names: { en: ['Ruth Allan'], ar: ['روث آلان'] }, gender: 'f', evidence: cite('Ruth Allan') },
      { id: 'marsh', names: { en: ['Owen Marsh'], ar: ['أوين مارش'] }, gender: 'm', evidence: cite('Owen Marsh') },
      { id: 'price', names: { en: ['Dana Price'], ar: ['دانا برايس'] }, gender: 'f', evidence: cite('Dana Price') },
      { id: 'nasser', names: { en: ['Sami Nasser'], ar: ['سامي ناصر'] }, gender: 'm', evidence: cite('Sami Nasser') },
    ],
    organisations: [
      { id: 'strand', kind: 'company', names: { en: ['Strand Ferries'], ar: ['شركة ستراند للعبارات', 'ستراند للعبارات'] }, evidence: cite('Strand Ferries') },
      { id: 'port', kind: 'authority', names: { en: ['Port Authority', 'Harwick Port Authority'], ar: ['هيئة الميناء', 'هيئة ميناء هارويك'] }, evidence: cite('Port Authority') },
      { id: 'transport', kind: 'ministry', names: { en: ['Transport Ministry', 'Ministry of Transport'], ar: ['وزارة النقل'] }, evidence: cite('Transport Minister') },
      { id: 'council', kind: 'council', names: { en: ['Harwick Council'], ar: ['مجلس بلدية هارويك'] }, evidence: cite('Harwick Council') },
      { id: 'greens', kind: 'party', names: { en: ['Green Party', 'Greens'], ar: ['حزب الخضر'] }, evidence: cite('Green Party') },
    ],
    posts: [
      { id: 'reyes-ceo', holder: 'reyes', role: 'chief-executive', organisation: 'strand', title: { en: ['chief executive', 'CEO'], ar: ['الرئيس التنفيذي'] }, evidence: cite("The company's chief executive, Tomas Reyes") },
      { id: 'haddad-ops', holder: 'haddad', role: 'other', organisation: 'port', title: { en: ['operations manager'], ar: ['مديرة العمليات'] }, evidence: cite("The Port Authority's operations manager, Leila Haddad") },
      { id: 'allan-minister', holder: 'allan', role: 'minister', organisation: 'transport', title: { en: ['Transport Minister', 'Minister of Transport'], ar: ['وزيرة النقل'] }, evidence: cite('The Transport Minister, Ruth Allan') },
      { id: 'marsh-leader', holder: 'marsh', role: 'leader', organisation: 'council', title: { en: ['council leader', 'leader of Harwick Council'], ar: ['رئيس مجلس بلدية هارويك'] }, evidence: cite('The leader of Harwick Council, Owen Marsh') },
      { id: 'marsh-councillor', holder: 'marsh', role: 'member', organisation: 'council', title: { en: ['Green Party councillor', 'councillor'], ar: ['عضو المجلس'] }, evidence: cite('Owen Marsh, a Green Party councillor') },
      { id: 'nasser-head', holder: 'nasser', role: 'head', organisation: 'port', title: { en: ['head of a department at the Port Authority'], ar: ['رئيس قسم بهيئة الميناء'] }, evidence: cite('Sami Nasser, head of a department at the Port Authority') },
      { id: 'price-deputy', holder: 'price', role: 'deputy-head', organisation: 'council', title: { en: ['deputy mayor'], ar: ['نائبة رئيس البلدية'] }, evidence: cite("Harwick's deputy mayor, Dana Price") },
    ],
    affiliations: [{ id: 'marsh-greens', member: 'marsh', organisation: 'greens', relation: 'member-of', evidence: cite('Owen Marsh, a Green Party councillor') }],
  },
  'harwick-pier-near-misses.factbase.json',
  ARTICLE,
);

const findings = findingLines(createChecker([factBase], { scope: 'all' }), ['post-holder', 'affiliation']);

test('a verb of heading whose object is no organisation claims no post', () => {
  assert.deepEqual(findings('وقال توماس رييس، الذي يقود عمليات الإصلاح في الشركة، إن العمل سيستغرق أسبوعا.'), []);
  assert.deepEqual(findings('وقالت ليلى حداد، التي تقود فريق الطوارئ في هيئة الميناء، إن رافعتين نقلتا.'), []);
  assert.deepEqual(findings('وقالت ليلى حداد، التي ترأس عمليات هيئة الميناء، إن رافعتين نقلتا.'), []);
  assert.deepEqual(findings('Leila Haddad, who leads the Port Authority’s recovery effort, said two cranes had been moved.'), []);
  assert.deepEqual(findings('Leila Haddad, who heads operations at the Port Authority, said two cranes had been moved.'), []);
  // A body the person heads beside their post, of another class than their organisation.
  assert.deepEqual(findings('وقال توماس رييس، الذي يرأس مجلس إدارة الشركة، إن العمل سيستغرق أسبوعا.'), []);
  assert.deepEqual(findings('وزارت روث آلان، التي ترأس لجنة وطنية للسلامة البحرية، الرصيف.'), []);
  // The wrong organisation, or a post that heads none, is still flagged.
  assert.deepEqual(findings('وقال توماس رييس، الذي يرأس هيئة الميناء، إن العمل سيستغرق أسبوعا.'), ['post-holder: هيئة الميناء → شركة ستراند للعبارات']);
  assert.deepEqual(findings('وقالت ليلى حداد، التي ترأس هيئة الميناء، إن رافعتين نقلتا.'), ['post-holder: ترأس → ']);
  assert.equal(findings('Leila Haddad, who heads the Port Authority, said two cranes had been moved.').length, 1);
});

test('a party named before the title of a person whose party the fact base does not name is not judged', () => {
  assert.deepEqual(findings('Ruth Allan, a Labour minister, visited the pier.'), []);
  assert.deepEqual(findings('The Green Party minister Ruth Allan visited the pier.'), []);
  assert.deepEqual(findings('Ruth Allan, the Green Party transport minister, visited the pier.'), []);
  assert.deepEqual(findings('Ruth Allan, a Conservative minister, visited the pier.'), []);
  assert.deepEqual(findings('Ruth Allan, a Conservative Party minister, visited the pier.'), []);
  assert.deepEqual(findings('وزارت روث آلان، الوزيرة عن حزب الخضر، الرصيف.'), []);
  assert.deepEqual(findings('وزارت روث آلان، الوزيرة المنتمية إلى حزب المحافظين، الرصيف.'), []);
  assert.deepEqual(findings('وزارت وزيرة النقل المحافظة روث آلان الرصيف.'), []);
  // The portfolio is still judged.
  assert.equal(findings('Health Minister Ruth Allan visited the pier.').length, 1);
  assert.equal(findings('وزارت وزيرة الصحة روث آلان الرصيف.').length, 1);
  // A person whose party the fact base names is judged.
  assert.deepEqual(findings('Owen Marsh, a Labour councillor, closed the road.'), ['affiliation: Labour → Green']);
  assert.deepEqual(findings('Owen Marsh, a Green Party councillor, closed the road.'), []);
});

test('a preposition with a pronoun after a title is no part of it', () => {
  assert.deepEqual(findings('وقالت هيئة الميناء إن مديرة العمليات فيها، ليلى حداد، نقلت رافعتين.'), []);
  assert.deepEqual(findings('وقالت الشركة إن الرئيس التنفيذي فيها، توماس رييس، يتوقع أسبوعا من الإصلاح.'), []);
});

test('a former title whose last word follows a nationality and a compound portfolio is a former one', () => {
  assert.deepEqual(findings('وأغلق أوين مارش، وزير الدولة البريطاني للشؤون البيئية سابقاً، الطريق.'), []);
  assert.deepEqual(findings('وأغلق أوين مارش، وزير الدولة البريطاني للشؤون البيئية السابق، الطريق.'), []);
  assert.equal(findings('وأغلق أوين مارش، وزير الدولة البريطاني للشؤون البيئية، الطريق.').length, 1);
});

test('words after a specifier the article leaves indefinite add to it and do not contradict it', () => {
  assert.deepEqual(findings('وقال سامي ناصر، رئيس قسم الصيانة في هيئة الميناء، إن الأضرار كبيرة.'), []);
  assert.deepEqual(findings('وقال سامي ناصر، رئيس قسم الصيانة بهيئة الميناء، إن الأضرار كبيرة.'), []);
  // A specifier the article gives in full is still compared.
  assert.equal(findings('وزارت وزيرة الصحة روث آلان الرصيف.').length, 1);
  assert.equal(findings('وقال أوين مارش، رئيس مجلس الشيوخ، إن الطريق أغلق.').length, 1);
});
