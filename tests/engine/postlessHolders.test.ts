/**
 * A known person who holds no post in the fact base, given the title of a post another known
 * person holds ("Grace Mbewe, the WHO's regional director for Africa" when the article's regional
 * director is Mohamed Janabi and Mbewe is an economist the article gives no post): the name is the
 * wrong holder, as it is for a name the fact base does not know (titleHolder.ts). Invented wire
 * stories in both languages, with true restatements (the holder's own title, a title between two
 * names that is the second's, a past title, a title the fact base gives no one) that must pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const RULES = ['post-holder', 'affiliation'];

const EN_ARTICLE = `WHO Africa chief urges faster cholera response on Malawi visit

LILONGWE, March 4 (Reuters) - The World Health Organization's regional director for Africa, Mohamed Janabi, called on Tuesday for faster vaccination against cholera as he toured clinics in Malawi's capital.

Janabi met Health Minister Khumbize Chiponda and visited a treatment centre.

Grace Mbewe, an economist who studies the region's health spending, said the outbreak was costing the region's economies tens of millions of dollars a year.

The head of Malawi's Public Health Institute, Matthews Kagoli, said the country had received 1.2 million vaccine doses in February.
`;

const enCite = citer(EN_ARTICLE);
const en = findingLines(
  createChecker(
    [
      loadTestFactBase(
        {
          schemaVersion: 2,
          id: 'who-malawi',
          title: 'WHO Africa chief urges faster cholera response on Malawi visit',
          source: { file: 'article.en.txt', lang: 'en', published: '2027-03-04' },
          people: [
            { id: 'janabi', names: { ar: ['محمد جنابي'], en: ['Mohamed Janabi'] }, short: { ar: ['جنابي'], en: ['Janabi'] }, evidence: enCite('Mohamed Janabi') },
            { id: 'chiponda', names: { ar: ['خومبيزي تشيبوندا'], en: ['Khumbize Chiponda'] }, short: { ar: ['تشيبوندا'], en: ['Chiponda'] }, evidence: enCite('Khumbize Chiponda') },
            { id: 'mbewe', names: { ar: ['غريس مبيوي'], en: ['Grace Mbewe'] }, short: { ar: ['مبيوي'], en: ['Mbewe'] }, evidence: enCite('Grace Mbewe') },
            { id: 'kagoli', names: { ar: ['ماثيوز كاغولي'], en: ['Matthews Kagoli'] }, short: { ar: ['كاغولي'], en: ['Kagoli'] }, evidence: enCite('Matthews Kagoli') },
          ],
          organisations: [
            { id: 'who', names: { ar: ['منظمة الصحة العالمية'], en: ['World Health Organization', 'WHO'] }, kind: 'agency', evidence: enCite('World Health Organization') },
            { id: 'phi', names: { ar: ['المعهد الوطني للصحة العامة في مالاوي'], en: ["Malawi's Public Health Institute", 'Public Health Institute of Malawi'] }, kind: 'agency', evidence: enCite("Malawi's Public Health Institute") },
          ],
          posts: [
            { id: 'janabi-rd', holder: 'janabi', role: 'director', title: { ar: ['المدير الإقليمي لأفريقيا'], en: ['regional director for Africa'] }, organisation: 'who', evidence: enCite("The World Health Organization's regional director for Africa, Mohamed Janabi") },
            { id: 'chiponda-minister', holder: 'chiponda', role: 'minister', title: { ar: ['وزيرة الصحة'], en: ['Health Minister', 'health minister'] }, country: 'MW', evidence: enCite('Health Minister Khumbize Chiponda') },
            { id: 'kagoli-head', holder: 'kagoli', role: 'head', title: { ar: ['رئيس المعهد الوطني للصحة العامة'], en: ["head of Malawi's Public Health Institute"] }, organisation: 'phi', evidence: enCite("The head of Malawi's Public Health Institute, Matthews Kagoli") },
          ],
        },
        'who-malawi.factbase.json',
        EN_ARTICLE,
      ),
    ],
    { scope: 'all' },
  ),
  RULES,
);

const AR_ARTICLE = `تعديلات إدارية في وزارة المياه الأردنية

عمّان، 8 أبريل (بترا) - قال وزير المياه والري رائد أبو السعود، اليوم الثلاثاء، إن الوزارة ستخفض الفاقد إلى 40 في المئة بحلول عام 2030.

وأضاف الأمين العام لسلطة المياه منتصر المومني أن الأردن يستهلك نحو 1.3 مليار متر مكعب من المياه سنوياً.

وقال الخبير المائي دريد محاسنة إن الخطة تحتاج إلى تمويل أكبر.
`;

const arCite = citer(AR_ARTICLE);
const ar = findingLines(
  createChecker(
    [
      loadTestFactBase(
        {
          schemaVersion: 2,
          id: 'jordan-water',
          title: 'تعديلات إدارية في وزارة المياه الأردنية',
          source: { file: 'article.ar.txt', lang: 'ar', published: '2027-04-08' },
          people: [
            { id: 'abu-saud', names: { ar: ['رائد أبو السعود'], en: ['Raed Abu al-Saud'] }, short: { ar: ['أبو السعود'], en: ['Abu al-Saud'] }, evidence: arCite('رائد أبو السعود') },
            { id: 'moumni', names: { ar: ['منتصر المومني'], en: ['Muntaser al-Momani'] }, short: { ar: ['المومني'], en: ['Momani'] }, evidence: arCite('منتصر المومني') },
            { id: 'mahasneh', names: { ar: ['دريد محاسنة'], en: ['Duraid Mahasneh'] }, short: { ar: ['محاسنة'], en: ['Mahasneh'] }, evidence: arCite('دريد محاسنة') },
          ],
          organisations: [
            { id: 'ministry', names: { ar: ['وزارة المياه والري', 'وزارة المياه'], en: ['Ministry of Water and Irrigation'] }, kind: 'ministry', evidence: arCite('وزارة المياه') },
            { id: 'authority', names: { ar: ['سلطة المياه'], en: ['Water Authority of Jordan'] }, kind: 'authority', evidence: arCite('سلطة المياه') },
          ],
          posts: [
            { id: 'abu-saud-minister', holder: 'abu-saud', role: 'minister', title: { ar: ['وزير المياه والري', 'وزير المياه'], en: ['Minister of Water and Irrigation', 'water minister'] }, organisation: 'ministry', country: 'JO', evidence: arCite('وزير المياه والري رائد أبو السعود') },
            { id: 'moumni-sg', holder: 'moumni', role: 'secretary-general', title: { ar: ['الأمين العام لسلطة المياه', 'أمين عام سلطة المياه'], en: ['secretary-general of the Water Authority'] }, organisation: 'authority', evidence: arCite('الأمين العام لسلطة المياه منتصر المومني') },
          ],
        },
        'jordan-water.factbase.json',
        AR_ARTICLE,
      ),
    ],
    { scope: 'all' },
  ),
  RULES,
);

test('another known person\'s post given to a person who holds none, in English, is a wrong holder', { todo: 'dropped: ar-sport drawn precision fell 0.73 to 0.69 with the check (a drawn fact base that misses a person\'s own post); needs a guard that the article gives the person no title' }, () => {
  assert.ok(en("Grace Mbewe, the WHO's regional director for Africa, urged faster vaccination.").some((line) => line.startsWith('post-holder: Grace Mbewe')));
  assert.ok(en('Health Minister Grace Mbewe toured the clinics.').some((line) => line.startsWith('post-holder: Grace Mbewe')));
  assert.ok(en("Grace Mbewe, the head of Malawi's Public Health Institute, said the doses arrived in February.").some((line) => line.startsWith('post-holder: Grace Mbewe')));
});

test('true restatements and titles no one holds leave a person without a post alone, in English', () => {
  assert.deepEqual(en("Mohamed Janabi, the WHO's regional director for Africa, urged faster vaccination."), []);
  assert.deepEqual(en('Grace Mbewe, an economist, said the outbreak was costly.'), []);
  assert.deepEqual(en('Grace Mbewe told Health Minister Khumbize Chiponda the outbreak was costly.'), []);
  assert.deepEqual(en('Grace Mbewe, a former health minister, said the outbreak was costly.'), []);
  assert.deepEqual(en('Grace Mbewe, an adviser to the finance ministry, said the outbreak was costly.'), []);
});

test('another known person\'s post given to a person who holds none, in Arabic, is a wrong holder', { todo: 'dropped: ar-sport drawn precision fell 0.73 to 0.69 with the check (a drawn fact base that misses a person\'s own post); needs a guard that the article gives the person no title' }, () => {
  assert.ok(ar('وقال وزير المياه والري دريد محاسنة إن الفاقد سينخفض.').some((line) => line.startsWith('post-holder: دريد محاسنة')));
  assert.ok(ar('وقال دريد محاسنة، وزير المياه، إن الفاقد سينخفض.').some((line) => line.startsWith('post-holder: دريد محاسنة')));
  assert.ok(ar('وأضاف الأمين العام لسلطة المياه دريد محاسنة أن الأردن يستهلك 1.3 مليار متر مكعب.').some((line) => line.startsWith('post-holder: دريد محاسنة')));
});

test('true restatements and titles no one holds leave a person without a post alone, in Arabic', () => {
  assert.deepEqual(ar('وقال وزير المياه رائد أبو السعود إن الفاقد سينخفض.'), []);
  assert.deepEqual(ar('وقال الخبير دريد محاسنة إن الخطة تحتاج إلى تمويل.'), []);
  assert.deepEqual(ar('والتقى دريد محاسنة وزير المياه رائد أبو السعود.'), []);
  assert.deepEqual(ar('وقال وزير المياه الأسبق دريد محاسنة إن الخطة تحتاج إلى تمويل.'), []);
  assert.deepEqual(ar('وقال دريد محاسنة، مستشار وزير الزراعة، إن الخطة تحتاج إلى تمويل.'), []);
});
