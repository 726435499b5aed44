/**
 * Titles whose organisation is a possessive parent or one of two organisations
 * (`post-holder`, rules/posts/personTitles.ts), on an invented story (a trade council's meeting)
 * so that no corpus sentence is involved:
 * - a body named through its parent ("a member of the X's advisory panel", «عضو اللجنة الاستشارية
 *   لـX», "the X's spokesman") is compared through that parent: another parent is reported and
 *   replaced by the right one, the right parent with a body the fact base does not know is not;
 * - a chain of two titles with two organisations ("chairman of X and chief executive of Y",
 *   «رئيس مجلس إدارة X والرئيس التنفيذي لـY») compares each title with its own organisation: a
 *   chief executive's title is not right for the company the person chairs;
 * - an Arabic title right after a name that follows a speech verb («وقال فلان المتحدث باسم
 *   وزارة X إن …») is the name's, with or without a comma.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';

const ARTICLE = [
  'Trade ministers meet in Cairo',
  'Karim Haddad, a spokesman for the Water Ministry, said the talks went well.',
  'Anna Berg, a member of the Nordic Trade Council\'s advisory panel, said the rules would change.',
  'Omar Saleh, chairman of Delta Holdings and chief executive of Nile Foods, signed the deal.',
  'The Finance Ministry and the European Commission did not comment.',
  'وقال كريم حداد المتحدث باسم وزارة المياه إن المحادثات جيدة.',
  'وقال عمر صالح رئيس مجلس إدارة شركة دلتا القابضة والرئيس التنفيذي لشركة النيل للأغذية إن الصفقة تمت.',
].join('\n');

function trade(): FactBaseData {
  const cite = citer(ARTICLE);
  const data = {
    schemaVersion: 2,
    id: 'trade-talks',
    source: { file: 'article.en.txt', lang: 'en', published: '2025-06-02' },
    people: [
      { id: 'haddad', names: { ar: ['كريم حداد'], en: ['Karim Haddad'] }, gender: 'm', evidence: cite('Karim Haddad') },
      { id: 'berg', names: { ar: ['آنا بيرغ'], en: ['Anna Berg'] }, gender: 'f', evidence: cite('Anna Berg') },
      { id: 'saleh', names: { ar: ['عمر صالح'], en: ['Omar Saleh'] }, gender: 'm', evidence: cite('Omar Saleh') },
    ],
    organisations: [
      { id: 'water', kind: 'ministry', names: { ar: ['وزارة المياه'], en: ['Water Ministry', 'Ministry of Water'] }, evidence: cite('Water Ministry') },
      { id: 'finance', kind: 'ministry', names: { ar: ['وزارة المالية'], en: ['Finance Ministry'] }, evidence: cite('Finance Ministry') },
      { id: 'council', kind: 'other', names: { ar: ['مجلس التجارة الشمالي'], en: ['Nordic Trade Council'] }, evidence: cite('Nordic Trade Council') },
      { id: 'panel', kind: 'committee', parent: 'council', names: { ar: ['اللجنة الاستشارية'], en: ['advisory panel'] }, evidence: cite('advisory panel') },
      { id: 'commission', kind: 'other', names: { ar: ['المفوضية الأوروبية'], en: ['European Commission'] }, evidence: cite('European Commission') },
      { id: 'delta', kind: 'company', names: { ar: ['شركة دلتا القابضة', 'دلتا القابضة'], en: ['Delta Holdings'] }, evidence: cite('Delta Holdings') },
      { id: 'nile', kind: 'company', names: { ar: ['شركة النيل للأغذية', 'النيل للأغذية'], en: ['Nile Foods'] }, evidence: cite('Nile Foods') },
    ],
    posts: [
      { id: 'haddad-spokes', holder: 'haddad', role: 'spokesperson', organisation: 'water', title: { ar: ['المتحدث باسم وزارة المياه'], en: ['spokesman for the Water Ministry'] }, evidence: cite('a spokesman for the Water Ministry') },
      { id: 'berg-member', holder: 'berg', role: 'member', organisation: 'panel', title: { ar: ['عضو اللجنة الاستشارية'], en: ['member of the advisory panel'] }, evidence: cite('a member of the Nordic Trade Council\'s advisory panel') },
      { id: 'saleh-chair', holder: 'saleh', role: 'chairman', organisation: 'delta', title: { ar: ['رئيس مجلس إدارة شركة دلتا القابضة'], en: ['chairman of Delta Holdings'] }, evidence: cite('chairman of Delta Holdings') },
      { id: 'saleh-ceo', holder: 'saleh', role: 'chief-executive', organisation: 'nile', title: { ar: ['الرئيس التنفيذي لشركة النيل للأغذية'], en: ['chief executive of Nile Foods'] }, evidence: cite('chief executive of Nile Foods') },
    ],
  };
  return loadTestFactBase(data, 'trade-talks.factbase.json', ARTICLE);
}

const checker = createChecker([trade()], { scope: 'all' });

/** The post findings of a draft, as "rule: flagged text → the text of its fix". */
const findings = findingLines(checker, ['post-holder', 'affiliation']);

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(checker.check(ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
});

test('a body named through its parent is compared through the parent, and the fix names the right parent', () => {
  assert.deepEqual(findings('Anna Berg, a member of the European Commission\'s advisory panel, said the rules would change.'), ['post-holder: European Commission → Nordic Trade Council']);
  assert.deepEqual(findings('Anna Berg, a member of the European Commission’s panel, said the rules would change.'), ['post-holder: European Commission → Nordic Trade Council']);
  assert.deepEqual(findings('وقالت آنا بيرغ، عضو اللجنة الاستشارية للمفوضية الأوروبية، إن القواعد ستتغير.'), ['post-holder: للمفوضية الأوروبية → لمجلس التجارة الشمالي']);
  const [arabic] = checker.check('وقالت آنا بيرغ، عضو اللجنة الاستشارية للمفوضية الأوروبية، إن القواعد ستتغير.').findings;
  assert.equal(arabic!.message, 'الجهة خاطئة: بحسب المقال، آنا بيرغ تعمل في «مجلس التجارة الشمالي»، لا في «المفوضية الأوروبية».');
  // The organisation itself, not a body of it, is replaced by the person's own.
  assert.deepEqual(findings('Anna Berg, a member of the European Commission, said the rules would change.'), ['post-holder: European Commission → advisory panel']);
  // A ministry in the possessive before the title's head is the post's own organisation.
  assert.deepEqual(findings('Karim Haddad, the Finance Ministry\'s spokesman, said the talks went well.'), ['post-holder: Finance Ministry → Water Ministry']);
  assert.deepEqual(findings('The Finance Ministry\'s spokesman Karim Haddad said the talks went well.'), ['post-holder: Finance Ministry → Water Ministry']);
  // Near misses: the right parent with the right body or a body the fact base does not know, and a
  // ministry named by its kind alone.
  assert.deepEqual(findings('Anna Berg, a member of the Nordic Trade Council\'s panel, said the rules would change.'), []);
  assert.deepEqual(findings('Anna Berg, a member of the Nordic Trade Council\'s ethics committee, said the rules would change.'), []);
  assert.deepEqual(findings('وقالت آنا بيرغ، عضو اللجنة الاستشارية لمجلس التجارة الشمالي، إن القواعد ستتغير.'), []);
  assert.deepEqual(findings('Karim Haddad, the Water Ministry\'s spokesman, said the talks went well.'), []);
  assert.deepEqual(findings('The ministry\'s spokesman Karim Haddad said the talks went well.'), []);
});

test('an Arabic title right after a name that follows a speech verb is the name\'s, comma or not', () => {
  assert.deepEqual(findings('وقال كريم حداد المتحدث باسم وزارة المالية إن المحادثات جيدة.'), ['post-holder: وزارة المالية → وزارة المياه']);
  assert.deepEqual(findings('وقال كريم حداد، المتحدث باسم وزارة المالية، إن المحادثات جيدة.'), ['post-holder: وزارة المالية → وزارة المياه']);
  // Near misses: the right ministry; a title after the object of another verb is not the name's.
  assert.deepEqual(findings('وقال كريم حداد المتحدث باسم وزارة المياه إن المحادثات جيدة.'), []);
  assert.deepEqual(findings('والتقى كريم حداد المتحدث باسم وزارة المالية أمس.'), []);
});

test('each title of a chain is compared with its own organisation', () => {
  assert.deepEqual(findings('Omar Saleh, chairman of Nile Foods and chief executive of Delta Holdings, signed the deal.'), [
    'post-holder: Nile Foods → Delta Holdings',
    'post-holder: Delta Holdings → Nile Foods',
  ]);
  assert.deepEqual(findings('Omar Saleh, chief executive of Delta Holdings, signed the deal.'), ['post-holder: Delta Holdings → Nile Foods']);
  assert.deepEqual(findings('Delta Holdings chief executive Omar Saleh signed the deal.'), ['post-holder: Delta Holdings → Nile Foods']);
  assert.deepEqual(findings('وقال عمر صالح رئيس مجلس إدارة شركة النيل للأغذية والرئيس التنفيذي لشركة دلتا القابضة إن الصفقة تمت.'), [
    'post-holder: شركة النيل للأغذية → شركة دلتا القابضة',
    'post-holder: شركة دلتا القابضة → شركة النيل للأغذية',
  ]);
  assert.deepEqual(findings('وقال الرئيس التنفيذي لشركة دلتا القابضة عمر صالح إن الصفقة تمت.'), ['post-holder: شركة دلتا القابضة → شركة النيل للأغذية']);
  // Near misses: each title with its own organisation, in either order, and one title alone.
  assert.deepEqual(findings('Omar Saleh, chairman of Delta Holdings and chief executive of Nile Foods, signed the deal.'), []);
  assert.deepEqual(findings('Omar Saleh, chief executive of Nile Foods and chairman of Delta Holdings, signed the deal.'), []);
  assert.deepEqual(findings('Nile Foods chief executive Omar Saleh signed the deal.'), []);
  assert.deepEqual(findings('وقال عمر صالح، رئيس مجلس إدارة شركة دلتا القابضة والرئيس التنفيذي لشركة النيل للأغذية، إن الصفقة تمت.'), []);
});

test('"P, of X," in apposition ties the person to X like "P of X"', () => {
  assert.deepEqual(findings('Karim Haddad, of the Finance Ministry, said the talks went well.'), ['post-holder: Finance Ministry → Water Ministry']);
  // Near misses: the right ministry, and "of course".
  assert.deepEqual(findings('Karim Haddad, of the Water Ministry, said the talks went well.'), []);
  assert.deepEqual(findings('Karim Haddad, of course, said the talks went well.'), []);
});
