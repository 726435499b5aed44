/**
 * Posts and ties of two invented wire stories of tests/engine/fixtures/drawProbes, written by
 * helper ties22 before the changes they test: a row over a harbour tender in Ghana
 * (`harbour-tender.en.txt`) and over a port tender in Jordan (`harbour-tender.ar.txt`); the
 * people, parties and bodies are invented. Each tells a former finance minister beside the present
 * one, a co-founder and director of a research body, two lawmakers of parties named with their
 * acronyms in brackets, and the country's membership of a regional body. A draft that gives the
 * present title to the former holder or the past one to the present holder, ties a lawmaker to the
 * other party (by name or acronym), gives the director's post to someone else or puts the country
 * in another body is flagged (by `post-holder` or `affiliation`); a true restatement is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../../engine/src/index';
import { tieProbes, type TieProbe } from './drawProbeChecks';
import { citer, findingLines, loadTestFactBase } from './helpers';

const EN = 'harbour-tender.en.txt';
const AR = 'harbour-tender.ar.txt';

/** What a director's post at a body of another class waits for: a person may hold posts at a research body and a party at once, and the check compares a title's body only with bodies of its class. */
const OTHER_CLASS = "a title's body of another class than the person's posts' bodies (a party for a research institute) is not compared";

/** What a known person without a post given another person's title after the name waits for. */
const POSTLESS = "a title in apposition after a known person who holds no post (the observatory's director for a lawmaker) is not compared with the title's holder";

/** What the name after a party's acronym in brackets waits for. */
const NAME_AFTER_BRACKETS = 'a name after a title, a party and its acronym in brackets («النائب عن حزب … (تجديد) ماهر الزعبي») is not drawn when its given name is not in the lexicon';

/** What a party's name with a possessive waits for. */
const POSSESSIVE = "an organisation's name with a possessive (People's) found in a draft: the fact base's name folds to 'peoples', the analyser reads 'people'; making them agree (in nameKeys, or as an extra form of organisations' names) fell the en-wildfire editor recall from 0.68 to 0.65 for a reason not found yet";

/** What a country's membership of a regional body waits for. */
const MEMBERSHIP = "a country's membership of an alliance or league drawn as an affiliation the draft can contradict";

const english: TieProbe[] = [
  // A former holder and the present one.
  { sentence: 'Former finance minister Kwame Adjei-Boateng accused the government of rushing the tender.' },
  { sentence: 'Kwame Adjei-Boateng, a former finance minister, accused the government of rushing the tender.' },
  { sentence: 'Finance minister Kwame Adjei-Boateng accused the government of rushing the tender.', flagged: true },
  { sentence: 'Kwame Adjei-Boateng, the finance minister, accused the government of rushing the tender.', flagged: true },
  { sentence: 'Finance Minister Efua Mensah-Bonsu said the tender had followed the procurement law.' },
  { sentence: 'Former finance minister Efua Mensah-Bonsu said the tender had followed the procurement law.', flagged: true },
  // Two titles joined by "and" after the name.
  { sentence: 'Abena Owusu, director of the Harbour Watch Institute, said nothing was hidden from parliament.' },
  { sentence: 'Abena Owusu, a co-founder of the Harbour Watch Institute, said nothing was hidden from parliament.' },
  { sentence: 'Abena Owusu, director of the National Unity Alliance, said nothing was hidden from parliament.', flagged: true, todo: OTHER_CLASS },
  { sentence: 'Yaw Asante, director of the Harbour Watch Institute, said nothing was hidden from parliament.', flagged: true },
  { sentence: 'Abena Owusu, co-founder and director of the Harbour Watch Institute, said nothing was hidden from parliament.' },
  { sentence: '"Nothing was hidden from parliament," said Abena Owusu, co-founder of the Harbour Watch Institute.' },
  // Parties named with their acronyms.
  { sentence: "Kofi Danquah of the People's Renewal Congress called for a parliamentary inquiry." },
  { sentence: 'Kofi Danquah of the PRC called for a parliamentary inquiry.' },
  { sentence: 'PRC lawmaker Kofi Danquah called for a parliamentary inquiry.' },
  { sentence: 'Kofi Danquah of the NUA called for a parliamentary inquiry.', flagged: true },
  { sentence: 'NUA lawmaker Kofi Danquah called for a parliamentary inquiry.', flagged: true },
  { sentence: 'Kofi Danquah of the National Unity Alliance called for a parliamentary inquiry.', flagged: true },
  { sentence: 'Yaw Asante, a lawmaker of the NUA, defended the deal.' },
  { sentence: 'Yaw Asante, a lawmaker of the PRC, defended the deal.', flagged: true },
  { sentence: "Yaw Asante, a lawmaker of the People's Renewal Congress, defended the deal.", flagged: true, todo: POSSESSIVE },
  { sentence: 'Kofi Danquah, a lawmaker from Takoradi, called for a parliamentary inquiry.' },
  { sentence: 'Yaw Asante, a lawmaker of the ruling party, defended the deal.' },
  // A country's membership of a regional body.
  { sentence: 'Ghana, a member of the Economic Community of West African States, has pledged to open its ports by 2028.' },
  { sentence: 'Ghana, a member of the Arab League, has pledged to open its ports by 2028.', flagged: true, todo: MEMBERSHIP },
];

const arabic: TieProbe[] = [
  { sentence: 'وقال وزير المالية الأسبق سامر الحديدي إن المناقصة متسرعة.' },
  { sentence: 'وقال وزير المالية السابق سامر الحديدي إن المناقصة متسرعة.' },
  { sentence: 'وقال وزير المالية سامر الحديدي إن المناقصة متسرعة.', flagged: true },
  { sentence: 'وقال وزير المالية نبيل الطراونة إن المناقصة جرت وفق القانون.' },
  { sentence: 'وقال وزير المالية السابق نبيل الطراونة إن المناقصة جرت وفق القانون.', flagged: true },
  { sentence: 'وقال رامي العبادي، مدير مرصد الموانئ العربية، إن العقود لم تعرض على البرلمان.' },
  { sentence: 'وقال رامي العبادي، المؤسس المشارك لمرصد الموانئ العربية، إن العقود لم تعرض على البرلمان.' },
  { sentence: 'وقال خالد المومني، مدير مرصد الموانئ العربية، إن العقود لم تعرض على البرلمان.', flagged: true, todo: POSTLESS },
  { sentence: 'وقال رامي العبادي، المؤسس المشارك ومدير مرصد الموانئ العربية، إن العقود لم تعرض على البرلمان.' },
  { sentence: 'ودعا النائب عن حزب التجديد الوطني ماهر الزعبي إلى تحقيق برلماني.' },
  { sentence: 'ودافع النائب عن حزب عدل خالد المومني عن الصفقة.' },
  { sentence: 'ودافع خالد المومني عن الصفقة وطالب بتجديد العقود وبعدل في توزيعها.' },
  { sentence: 'ودعا النائب عن حزب العدالة والبناء ماهر الزعبي إلى تحقيق برلماني.', flagged: true, todo: NAME_AFTER_BRACKETS },
  { sentence: 'ودافع النائب عن حزب العدالة والبناء خالد المومني عن الصفقة.' },
  { sentence: 'ودافع النائب عن حزب التجديد الوطني خالد المومني عن الصفقة.', flagged: true },
  { sentence: 'ودافع النائب عن حزب تجديد خالد المومني عن الصفقة.', flagged: true },
  { sentence: 'ويسعى الأردن، العضو في الجامعة العربية، إلى فتح موانئه أمام بضائع المنطقة.' },
  { sentence: 'ويسعى الأردن، العضو في الاتحاد الأفريقي، إلى فتح موانئه أمام بضائع المنطقة.', flagged: true, todo: MEMBERSHIP },
];

for (const [file, probes] of [[EN, english], [AR, arabic]] as const) tieProbes(file, probes, ['post-holder', 'affiliation']);

/**
 * The former and the present finance minister in a written fact base, once with the ministry as
 * the posts' organisation and once without (an editor who writes the title only).
 */
function writtenFindings(withOrganisation: boolean): (draft: string) => string[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', EN), 'utf8');
  const cite = citer(article);
  const organisation = withOrganisation ? { organisation: 'finance' } : {};
  const factBase = loadTestFactBase(
    {
      schemaVersion: 2,
      id: 'harbour-tender',
      source: { file: 'article.en.txt', lang: 'en', published: '2026-03-03' },
      people: [
        { id: 'adjei', names: { en: ['Kwame Adjei-Boateng'], ar: ['كوامي أدجي بواتينغ'] }, gender: 'm', evidence: cite('Kwame Adjei-Boateng') },
        { id: 'mensah', names: { en: ['Efua Mensah-Bonsu'], ar: ['إيفوا منسا بونسو'] }, gender: 'f', evidence: cite('Efua Mensah-Bonsu') },
      ],
      organisations: withOrganisation ? [{ id: 'finance', kind: 'ministry', country: 'GH', names: { en: ['Finance Ministry', 'Ministry of Finance'], ar: ['وزارة المالية'] }, evidence: cite('Finance Minister') }] : [],
      posts: [
        { id: 'adjei-minister', holder: 'adjei', role: 'minister', status: 'former', ...organisation, country: 'GH', title: { en: ['finance minister'], ar: ['وزير المالية'] }, evidence: cite('Former finance minister Kwame Adjei-Boateng') },
        { id: 'mensah-minister', holder: 'mensah', role: 'minister', ...organisation, country: 'GH', title: { en: ['Finance Minister'], ar: ['وزيرة المالية'] }, evidence: cite('Finance Minister Efua Mensah-Bonsu') },
      ],
    },
    'harbour-tender.factbase.json',
    article,
  );
  return findingLines(createChecker([factBase], { scope: 'all' }), ['post-holder']);
}

for (const withOrganisation of [true, false]) {
  const findings = writtenFindings(withOrganisation);
  const written = withOrganisation ? 'written, with the ministry' : 'written, title only';
  test(`${written}: a present title of the former minister and a past title of the present one are flagged`, () => {
    assert.equal(findings('Finance minister Kwame Adjei-Boateng accused the government of rushing the tender.').length, 1);
    assert.equal(findings('وقال وزير المالية كوامي أدجي بواتينغ إن المناقصة متسرعة.').length, 1);
    assert.equal(findings('Former finance minister Efua Mensah-Bonsu said the tender had followed the law.').length, 1);
    assert.equal(findings('وقالت وزيرة المالية السابقة إيفوا منسا بونسو إن المناقصة قانونية.').length, 1);
  });
  test(`${written}: the titles the article gives, and a present title put in the past, are clean`, () => {
    assert.deepEqual(findings('Former finance minister Kwame Adjei-Boateng accused the government of rushing the tender.'), []);
    assert.deepEqual(findings('وقال وزير المالية السابق كوامي أدجي بواتينغ إن المناقصة متسرعة.'), []);
    assert.deepEqual(findings('Finance Minister Efua Mensah-Bonsu said the tender had followed the law.'), []);
    assert.deepEqual(findings('وقالت وزيرة المالية إيفوا منسا بونسو إن المناقصة قانونية.'), []);
    assert.deepEqual(findings('As finance minister in 2019, Kwame Adjei-Boateng signed the first harbour loan.'), []);
  });
}
