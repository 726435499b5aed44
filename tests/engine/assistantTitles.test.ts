/**
 * An assistant undersecretary («الوكيل المساعد», «وكيل الوزارة المساعد», «وكيل وزارة X المساعد»,
 * assistant undersecretary) holds a rank below the undersecretary («وكيل الوزارة», undersecretary):
 * both are deputies' posts, but one given for the other is a wrong post. Invented Jordanian
 * ministry stories, one written as a fact base by hand and one drawn by `kb draw`, with true
 * restatements (the title before or after the name, shortened, in English) that must pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';
import { probe } from './drawProbeChecks';

const ARTICLE = `تعديلات إدارية في وزارة المياه الأردنية

عمّان، 8 أبريل (بترا) - قال وكيل وزارة المياه والري جهاد المحاميد، اليوم الثلاثاء، إن الوزارة ستخفض الفاقد إلى 40 في المئة بحلول عام 2030.

وقالت الوكيل المساعد لشؤون المياه الجوفية سناء الزعبي إن الوزارة ستحفر 12 بئراً جديدة هذا العام.
`;

const cite = citer(ARTICLE);
const ministry = findingLines(
  createChecker(
    [
      loadTestFactBase(
        {
          schemaVersion: 2,
          id: 'water-ministry',
          title: 'تعديلات إدارية في وزارة المياه الأردنية',
          source: { file: 'article.ar.txt', lang: 'ar', published: '2027-04-08' },
          people: [
            { id: 'mahamid', names: { ar: ['جهاد المحاميد'], en: ['Jihad al-Mahamid'] }, short: { ar: ['المحاميد'], en: ['Mahamid'] }, evidence: cite('جهاد المحاميد') },
            { id: 'zoubi', names: { ar: ['سناء الزعبي'], en: ['Sanaa al-Zoubi'] }, short: { ar: ['الزعبي'], en: ['Zoubi'] }, gender: 'f', evidence: cite('سناء الزعبي') },
          ],
          organisations: [{ id: 'ministry', names: { ar: ['وزارة المياه والري', 'وزارة المياه'], en: ['Ministry of Water and Irrigation', 'Water Ministry'] }, kind: 'ministry', evidence: cite('وزارة المياه والري') }],
          posts: [
            { id: 'mahamid-us', holder: 'mahamid', role: 'deputy-head', title: { ar: ['وكيل وزارة المياه والري', 'وكيل الوزارة'], en: ['undersecretary of the Ministry of Water and Irrigation', 'undersecretary'] }, organisation: 'ministry', country: 'JO', evidence: cite('وكيل وزارة المياه والري جهاد المحاميد') },
            { id: 'zoubi-aus', holder: 'zoubi', role: 'deputy-head', title: { ar: ['الوكيل المساعد لشؤون المياه الجوفية', 'الوكيلة المساعدة'], en: ['assistant undersecretary for groundwater'] }, organisation: 'ministry', country: 'JO', evidence: cite('الوكيل المساعد لشؤون المياه الجوفية سناء الزعبي') },
          ],
        },
        'water-ministry.factbase.json',
        ARTICLE,
      ),
    ],
    { scope: 'all' },
  ),
  ['post-holder'],
);

test('an undersecretary called the assistant, and the assistant called the undersecretary, get a wrong post', () => {
  assert.ok(ministry('وقالت وكيلة وزارة المياه سناء الزعبي إن الوزارة ستحفر 12 بئراً.').some((line) => line.startsWith('post-holder:')));
  assert.ok(ministry('وقالت سناء الزعبي، وكيلة الوزارة، إن الوزارة ستحفر 12 بئراً.').some((line) => line.startsWith('post-holder:')));
  assert.ok(ministry('وقال الوكيل المساعد جهاد المحاميد إن الفاقد سينخفض.').some((line) => line.startsWith('post-holder:')));
  assert.ok(ministry('وقال وكيل وزارة المياه المساعد جهاد المحاميد إن الفاقد سينخفض.').some((line) => line.startsWith('post-holder:')));
  assert.ok(ministry('Undersecretary Sanaa al-Zoubi said 12 new wells would be dug.').some((line) => line.startsWith('post-holder:')));
});

test('each rank restated, before or after the name and shortened, passes', () => {
  assert.deepEqual(ministry('وقالت الوكيلة المساعدة سناء الزعبي إن الوزارة ستحفر 12 بئراً.'), []);
  assert.deepEqual(ministry('وقالت سناء الزعبي، وكيلة وزارة المياه المساعدة، إن الوزارة ستحفر 12 بئراً.'), []);
  assert.deepEqual(ministry('وقالت الوكيل المساعد لشؤون المياه الجوفية سناء الزعبي إن الوزارة ستحفر 12 بئراً.'), []);
  assert.deepEqual(ministry('وقال وكيل وزارة المياه جهاد المحاميد إن الفاقد سينخفض.'), []);
  assert.deepEqual(ministry('وقال جهاد المحاميد، وكيل الوزارة، إن الفاقد سينخفض.'), []);
  assert.deepEqual(ministry('Assistant Undersecretary Sanaa al-Zoubi said 12 new wells would be dug.'), []);
  assert.deepEqual(ministry('Undersecretary Jihad al-Mahamid said losses would fall.'), []);
});

// The drawn fact base of the same kind of story: the undersecretary and the assistant drawn as
// deputies' posts of their own rank.
const FILE = 'undersecretaries.ar.txt';
probe(FILE, { sentence: 'وقالت وكيل الوزارة سناء الزعبي إن الوزارة ستحفر 12 بئراً جديدة.', rule: 'post-holder', todo: 'dropped: ar-heritage\'s drawn precision fell 1.00 to 0.93 on the held-out measure with the Arabic drawing of courts\' callings and undersecretaries, not restored by reverting another change; cause not found' });
probe(FILE, { sentence: 'وقال الوكيل المساعد جهاد المحاميد إن الوزارة ستتولى المهام.', rule: 'post-holder', todo: 'the name drawn without the word after it that carries the clitic ب (جهاد المحاميد بمهامه)' });
probe(FILE, { sentence: 'وقال وكيل وزارة التخطيط فراس القضاة إن المنحة أوروبية.', rule: 'post-holder', todo: 'dropped: ar-heritage\'s drawn precision fell 1.00 to 0.93 on the held-out measure with the Arabic drawing of courts\' callings and undersecretaries, not restored by reverting another change; cause not found' });
probe(FILE, { sentence: 'وقالت الوكيل المساعد سناء الزعبي إن الوزارة ستحفر 12 بئراً جديدة.' });
probe(FILE, { sentence: 'وقال وكيل الوزارة جهاد المحاميد إن الوزارة ستتولى المهام.' });
probe(FILE, { sentence: 'وقال فراس القضاة، وكيل وزارة التخطيط المساعد، إن المنحة أوروبية.' });
