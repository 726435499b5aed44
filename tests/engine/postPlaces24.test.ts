/**
 * The place of a post (helper ties24): a post whose title names the country or town it is held
 * for after a linker ("country manager for Zambia", «مدير مكتب المنظمة في الأردن») given in a draft
 * with the same words before the linker and another place after it ("country manager for
 * Malawi") is a wrong post, as another point of the compass is (postAreas.test.ts). The post's own
 * place, a place inside it or containing it, a title without the place, and the place named
 * elsewhere in the sentence pass. Probed on invented stories, drawn (`solar-loan-lusaka.en.txt`,
 * `clinics-mafraq.ar.txt`) and written by hand (a bank's office in a town of a country).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const SOLAR = 'solar-loan-lusaka.en.txt';
const CLINICS = 'clinics-mafraq.ar.txt';

const DRAWN: RuleProbe[] = [
  { file: SOLAR, sentence: "Temitope Adebanjo, the bank's country manager for Zambia, said the farms would supply power to 120,000 homes." },
  { file: SOLAR, sentence: "The bank's country manager for Zambia, Temitope Adebanjo, said the farms would supply power to 120,000 homes." },
  { file: SOLAR, sentence: "Temitope Adebanjo, the bank's country manager, said the farms would supply power to homes as far as Malawi." },
  { file: SOLAR, sentence: "Temitope Adebanjo, the bank's country manager for Malawi, said the farms would supply power to 120,000 homes.", flagged: 'Malawi' },
  { file: SOLAR, sentence: "The Southern Horizon Bank's country manager for Malawi, Temitope Adebanjo, said the farms would supply power.", flagged: 'Malawi' },
  { file: CLINICS, sentence: 'وقال مدير مكتب المنظمة في الأردن، سامر الخطيب، إن العيادتين ستستقبلان نحو 400 مريض يومياً.' },
  { file: CLINICS, sentence: 'وقال سامر الخطيب، مدير مكتب المنظمة في الأردن، إن العيادتين ستستقبلان نحو 400 مريض يومياً.' },
  { file: CLINICS, sentence: 'وقال سامر الخطيب، مدير مكتب المنظمة، إن العيادتين في الأردن ستستقبلان نحو 400 مريض يومياً.' },
  { file: CLINICS, sentence: 'وقال مدير مكتب المنظمة في لبنان، سامر الخطيب، إن العيادتين ستستقبلان نحو 400 مريض يومياً.', flagged: 'لبنان' },
  { file: CLINICS, sentence: 'وقال سامر الخطيب، مدير مكتب المنظمة في سوريا، إن العيادتين ستستقبلان نحو 400 مريض يومياً.', flagged: 'سوريا' },
  // A title right before the name, with no comma.
  { file: CLINICS, sentence: 'وقال مدير مكتب المنظمة في الأردن سامر الخطيب إن العيادتين ستستقبلان نحو 400 مريض يومياً.' },
  { file: CLINICS, sentence: 'وقال مدير مكتب المنظمة في العراق سامر الخطيب إن العيادتين ستستقبلان نحو 400 مريض يومياً.', flagged: 'العراق' },
];

for (const one of DRAWN) ruleProbe('post-holder', one);

const ARTICLE = [
  'Bank opens an office in Kitwe',
  'KITWE, Zambia, Monday 6 July 2026 - The Southern Horizon Bank opened an office in Kitwe on Monday.',
  "The bank's office manager in Kitwe, Grace Mwila, said it would lend to 400 farmers.",
].join('\n');

const cite = citer(ARTICLE);

function office(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'kitwe-office',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-07-06' },
    people: [{ id: 'mwila', names: { en: ['Grace Mwila'], ar: ['غريس موايلا'] }, gender: 'f', evidence: cite('Grace Mwila') }],
    organisations: [{ id: 'bank', kind: 'bank', names: { en: ['Southern Horizon Bank'], ar: ['بنك الأفق الجنوبي'] }, evidence: cite('The Southern Horizon Bank') }],
    posts: [
      {
        id: 'mwila-manager',
        holder: 'mwila',
        role: 'other',
        organisation: 'bank',
        title: { en: ['office manager in Kitwe', 'office manager'], ar: ['مديرة المكتب في كيتوي', 'مديرة المكتب'] },
        evidence: cite("The bank's office manager in Kitwe, Grace Mwila"),
      },
    ],
    places: [{ id: 'kitwe', names: { en: ['Kitwe'], ar: ['كيتوي'] }, kind: 'city', within: 'zambia', evidence: cite('Kitwe on Monday') }],
  };
  return loadTestFactBase(data, 'office.factbase.json', ARTICLE);
}

test('another place after the linker of a post that names its place is a wrong post', () => {
  const findings = findingLines(createChecker([office()], { scope: 'all' }), ['post-holder']);
  assert.deepEqual(findings("Grace Mwila, the bank's office manager in Lusaka, said it would lend to 400 farmers."), ['post-holder: Lusaka → Kitwe']);
  assert.deepEqual(findings('وقالت غريس موايلا، مديرة المكتب في لوساكا، إن البنك سيقرض 400 مزارع.'), ['post-holder: لوساكا → كيتوي']);
});

test("the post's own place, the country it lies in, and a title without the place pass", () => {
  const findings = findingLines(createChecker([office()], { scope: 'all' }), ['post-holder']);
  assert.deepEqual(findings("Grace Mwila, the bank's office manager in Kitwe, said it would lend to 400 farmers."), []);
  assert.deepEqual(findings("Grace Mwila, the bank's office manager in Zambia, said it would lend to 400 farmers."), []);
  assert.deepEqual(findings("Grace Mwila, the bank's office manager, said it would lend to 400 farmers in Lusaka."), []);
  assert.deepEqual(findings('وقالت غريس موايلا، مديرة المكتب في كيتوي، إن البنك سيقرض 400 مزارع.'), []);
  assert.deepEqual(findings('وقالت غريس موايلا، مديرة المكتب، إن البنك سيقرض 400 مزارع في لوساكا.'), []);
});
