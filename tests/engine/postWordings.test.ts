/**
 * Posts said in wordings the title checks were not first written for, in both languages: another
 * Latin spelling of a transliterated holder's name after their title ("Police spokesman Karim
 * Sayyegh"), a verb of heading ("who heads X", «الذي يرأس X») compared with the person's own
 * organisation, and an Arabic title with the pronoun of the organisation named before it
 * («وقالت الهيئة إن رئيسها …»). On an invented story (a storm that damaged a ferry pier) so that
 * no corpus sentence is involved; each case has true restatements and near misses that must pass.
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
  'A Harbour Police spokesman, Karim al-Sayegh, said no one was hurt.',
  'The Transport Minister, Ruth Allan, a Green Party member, visited the pier.',
  'The Harbour Police chief, Owen Marsh, closed the road to the pier.',
].join('\n');

const cite = citer(ARTICLE);

const factBase = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'harwick-pier',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-03-09' },
    people: [
      { id: 'reyes', names: { en: ['Tomas Reyes'], ar: ['توماس رييس'] }, gender: 'm', evidence: cite('Tomas Reyes') },
      { id: 'haddad', names: { en: ['Leila Haddad'], ar: ['ليلى حداد'] }, gender: 'f', evidence: cite('Leila Haddad') },
      { id: 'sayegh', names: { en: ['Karim al-Sayegh'], ar: ['كريم الصايغ'] }, transliterated: true, gender: 'm', evidence: cite('Karim al-Sayegh') },
      { id: 'allan', names: { en: ['Ruth Allan'], ar: ['روث آلان'] }, gender: 'f', evidence: cite('Ruth Allan') },
      { id: 'marsh', names: { en: ['Owen Marsh'], ar: ['أوين مارش'] }, gender: 'm', evidence: cite('Owen Marsh') },
    ],
    organisations: [
      { id: 'strand', kind: 'company', names: { en: ['Strand Ferries'], ar: ['شركة ستراند للعبارات', 'ستراند للعبارات'] }, evidence: cite('Strand Ferries') },
      { id: 'port', kind: 'authority', names: { en: ['Port Authority', 'Harwick Port Authority'], ar: ['هيئة الميناء', 'هيئة ميناء هارويك'] }, evidence: cite('Port Authority') },
      { id: 'police', kind: 'agency', names: { en: ['Harbour Police'], ar: ['شرطة الميناء'] }, evidence: cite('Harbour Police') },
      { id: 'transport', kind: 'ministry', names: { en: ['Transport Ministry', 'Ministry of Transport'], ar: ['وزارة النقل'] }, evidence: cite('Transport Minister') },
      { id: 'greens', kind: 'party', names: { en: ['Green Party', 'Greens'], ar: ['حزب الخضر'] }, evidence: cite('Green Party') },
    ],
    posts: [
      { id: 'reyes-ceo', holder: 'reyes', role: 'chief-executive', organisation: 'strand', title: { en: ['chief executive', 'CEO'], ar: ['الرئيس التنفيذي'] }, evidence: cite("The company's chief executive, Tomas Reyes") },
      { id: 'haddad-ops', holder: 'haddad', role: 'other', organisation: 'port', title: { en: ['operations manager'], ar: ['مديرة العمليات'] }, evidence: cite("The Port Authority's operations manager, Leila Haddad") },
      { id: 'sayegh-spokesman', holder: 'sayegh', role: 'spokesperson', organisation: 'police', title: { en: ['police spokesman', 'spokesman'], ar: ['المتحدث باسم الشرطة'] }, evidence: cite('A Harbour Police spokesman, Karim al-Sayegh') },
      { id: 'allan-minister', holder: 'allan', role: 'minister', organisation: 'transport', title: { en: ['Transport Minister', 'Minister of Transport'], ar: ['وزيرة النقل'] }, evidence: cite('The Transport Minister, Ruth Allan') },
      { id: 'marsh-chief', holder: 'marsh', role: 'head', organisation: 'police', title: { en: ['police chief', 'chief'], ar: ['قائد شرطة الميناء'] }, evidence: cite('The Harbour Police chief, Owen Marsh') },
    ],
    affiliations: [{ id: 'allan-greens', member: 'allan', organisation: 'greens', relation: 'member-of', evidence: cite('Ruth Allan, a Green Party member') }],
  },
  'harwick-pier.factbase.json',
  ARTICLE,
);

const findings = findingLines(createChecker([factBase], { scope: 'all' }), ['post-holder', 'affiliation', 'name-spelling']);

test("another Latin spelling of a transliterated holder's name after the holder's title is the holder", () => {
  assert.deepEqual(findings('Police spokesman Karim Sayegh said no one was hurt.'), []);
  assert.deepEqual(findings('Harbour Police spokesman Karim Sayyegh said no one was hurt.'), []);
  assert.deepEqual(findings('Police spokesman Karim Al-Sayigh said no one was hurt.'), []);
  assert.deepEqual(findings('وقال المتحدث باسم شرطة الميناء كريم الصايغ إن أحدا لم يصب.'), []);
  // Another person, and another family name, are still another holder.
  assert.ok(findings('Harbour Police spokesman Leila Haddad said no one was hurt.').length > 0);
  assert.ok(findings('Harbour Police spokesman Karim Mansour said no one was hurt.').includes('post-holder: Karim Mansour → Karim al-Sayegh'));
});

test('a verb of heading with the organisation the person heads passes', () => {
  assert.deepEqual(findings('Tomas Reyes, who heads Strand Ferries, said repairs would take a week.'), []);
  assert.deepEqual(findings('Tomas Reyes, who leads Strand Ferries, said repairs would take a week.'), []);
  assert.deepEqual(findings('Ruth Allan, who heads the Transport Ministry, visited the pier.'), []);
  assert.deepEqual(findings('Owen Marsh, who heads the Harbour Police, closed the road.'), []);
  assert.deepEqual(findings('وقال توماس رييس، الذي يرأس شركة ستراند للعبارات، إن الإصلاح سيستغرق أسبوعا.'), []);
  assert.deepEqual(findings('وزارت روث آلان، التي تقود وزارة النقل، الرصيف.'), []);
  assert.deepEqual(findings('وأغلق أوين مارش، الذي يقود شرطة الميناء، الطريق.'), []);
});

test('a verb of heading with another organisation, or for someone who heads none, is flagged', () => {
  assert.deepEqual(findings('Tomas Reyes, who heads the Port Authority, said repairs would take a week.'), ['post-holder: Port Authority → Strand Ferries']);
  assert.equal(findings('Leila Haddad, who heads the Port Authority, said two cranes had been moved.').length, 1);
  assert.deepEqual(findings('وقال توماس رييس، الذي يرأس هيئة الميناء، إن الإصلاح سيستغرق أسبوعا.'), ['post-holder: هيئة الميناء → شركة ستراند للعبارات']);
  assert.deepEqual(findings('وأغلق أوين مارش، الذي يقود هيئة الميناء، الطريق.'), ['post-holder: هيئة الميناء → شرطة الميناء']);
  // A verb is not replaced by a noun: the wrong post has no fix.
  assert.deepEqual(findings('وقالت ليلى حداد، التي ترأس هيئة الميناء، إن رافعتين نقلتا.'), ['post-holder: ترأس → ']);
  // A verb of heading before the name, with its object after it, gives the name no post.
  assert.deepEqual(findings('ويرأس توماس رييس الاجتماع منذ الصباح.'), []);
});

test('an Arabic title with the pronoun of the organisation named before it', () => {
  assert.deepEqual(findings('وقالت شركة ستراند للعبارات إن رئيسها التنفيذي توماس رييس يتوقع أسبوعا من الإصلاح.'), []);
  assert.deepEqual(findings('وقالت وزارة النقل إن وزيرتها روث آلان زارت الرصيف.'), []);
  assert.deepEqual(findings('وقالت شرطة الميناء إن المتحدث باسمها كريم الصايغ لم يسجل إصابات.'), []);
  // The finding names the organisation the pronoun stands for, where the sentence names it.
  assert.deepEqual(findings('وقالت هيئة الميناء إن رئيسها التنفيذي توماس رييس يتوقع أسبوعا من الإصلاح.'), ['post-holder: هيئة الميناء → شركة ستراند للعبارات']);
  assert.deepEqual(findings('وقالت هيئة الميناء إن المتحدث باسمها كريم الصايغ لم يسجل إصابات.'), ['post-holder: هيئة الميناء → شرطة الميناء']);
  // A place between the organisation and the pronoun may be what the pronoun stands for.
  assert.deepEqual(findings('وقالت هيئة الميناء في بريطانيا إن رئيسها التنفيذي توماس رييس يتوقع أسبوعا من الإصلاح.'), []);
  // A masculine organisation takes another pronoun: ها stands for something else.
  assert.deepEqual(findings('وقال حزب الخضر إن الرحلة ورئيسها التنفيذي توماس رييس تأخرا.'), []);
});
