/**
 * Titles of services, commissioners and deputies (rules/posts/titleService.ts, the title table of
 * lexicon/words.ts), on an invented story (a flood and a teachers' strike) so that no corpus
 * sentence is involved: a commissioner's title naming another service («قائد الشرطة», "Police
 * Commissioner" for the fire commissioner), the Maghreb deputy forms (الكاتب العام المساعد for the
 * secretary-general) and the English ones (deputy secretary-general). Each case has near misses
 * that must pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';

const ARTICLE = [
  'Floods close schools in Riverton',
  'The Commissioner of the State Fire and Rescue Service, Daniel Frost, said crews carried out 80 rescues overnight.',
  'Police Commissioner Anna Kell said two bridges were closed.',
  'Omar Haddad, secretary-general of the Teachers Federation, said schools would stay shut, and his deputy, Lina Saber, said teachers would help.',
  'Education Minister Mansef al-Ryahi closed the schools.',
].join('\n');

const cite = citer(ARTICLE);

function flood(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'riverton-flood',
    source: { file: 'article.en.txt', lang: 'en', published: '2025-03-04' },
    people: [
      { id: 'frost', names: { en: ['Daniel Frost'], ar: ['دانيال فروست'] }, gender: 'm', evidence: cite('Daniel Frost') },
      { id: 'kell', names: { en: ['Anna Kell'], ar: ['آنا كيل'] }, gender: 'f', evidence: cite('Anna Kell') },
      { id: 'haddad', names: { en: ['Omar Haddad'], ar: ['عمر حداد'] }, gender: 'm', evidence: cite('Omar Haddad') },
      { id: 'saber', names: { en: ['Lina Saber'], ar: ['لينا صابر'] }, gender: 'f', evidence: cite('Lina Saber') },
      { id: 'ryahi', names: { en: ['Mansef al-Ryahi'], ar: ['منصف الرياحي'] }, gender: 'm', evidence: cite('Mansef al-Ryahi') },
    ],
    organisations: [
      { id: 'fire', kind: 'agency', names: { en: ['State Fire and Rescue Service'], ar: ['هيئة الإطفاء والإنقاذ'] }, evidence: cite('State Fire and Rescue Service') },
      { id: 'police', kind: 'agency', names: { en: ['State Police'], ar: ['شرطة الولاية'] }, evidence: cite('Police Commissioner') },
      { id: 'teachers', kind: 'union', names: { en: ['Teachers Federation'], ar: ['جامعة المعلمين'] }, evidence: cite('Teachers Federation') },
    ],
    posts: [
      { id: 'frost-head', holder: 'frost', role: 'head', organisation: 'fire', title: { en: ['Commissioner of the State Fire and Rescue Service', 'Fire Commissioner', 'commissioner'], ar: ['مفوض الإطفاء والإنقاذ'] }, evidence: cite('The Commissioner of the State Fire and Rescue Service') },
      { id: 'kell-head', holder: 'kell', role: 'head', organisation: 'police', title: { en: ['Police Commissioner'], ar: ['مفوضة الشرطة'] }, evidence: cite('Police Commissioner Anna Kell') },
      { id: 'haddad-sg', holder: 'haddad', role: 'secretary-general', organisation: 'teachers', title: { en: ['secretary-general'], ar: ['الكاتب العام', 'الأمين العام'] }, evidence: cite('secretary-general of the Teachers Federation') },
      { id: 'ryahi-minister', holder: 'ryahi', role: 'minister', title: { en: ['Education Minister'], ar: ['وزير التربية'] }, evidence: cite('Education Minister Mansef al-Ryahi') },
      { id: 'saber-deputy', holder: 'saber', role: 'deputy-head', organisation: 'teachers', title: { en: ['deputy secretary-general'], ar: ['الكاتبة العامة المساعدة'] }, evidence: cite('his deputy, Lina Saber') },
    ],
  };
  return loadTestFactBase(data, 'flood.factbase.json', ARTICLE);
}

const checker = createChecker([flood()], { scope: 'all' });
const findings = findingLines(checker, ['post-holder', 'affiliation']);

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(checker.check(ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
});

test('a title naming another service than the post\'s: Police Commissioner, قائد الشرطة, مفوض الشرطة for the fire commissioner', () => {
  assert.deepEqual(findings('Police Commissioner Daniel Frost said crews were busy.'), ['post-holder: Police Commissioner → Fire Commissioner']);
  assert.deepEqual(findings('Daniel Frost, Police Commissioner, said crews were busy.'), ['post-holder: Police Commissioner → Commissioner of the State Fire and Rescue Service']);
  assert.deepEqual(findings('Daniel Frost, the police commissioner, said crews were busy.'), ['post-holder: police commissioner → Commissioner of the State Fire and Rescue Service']);
  assert.deepEqual(findings('وقال قائد الشرطة دانيال فروست إن الفرق نفذت 80 عملية إنقاذ.'), ['post-holder: قائد الشرطة → مفوض الإطفاء والإنقاذ']);
  assert.deepEqual(findings('وقال مفوض الشرطة دانيال فروست إن الفرق نفذت 80 عملية إنقاذ.'), ['post-holder: مفوض الشرطة → مفوض الإطفاء والإنقاذ']);
  assert.deepEqual(findings('وقالت مفوضة الإطفاء آنا كيل إن جسرين أغلقا.'), ['post-holder: مفوضة الإطفاء → مفوضة الشرطة']);
});

test('near misses of services: the right service, no service, a title without one, civil defence for the fire service', () => {
  assert.deepEqual(findings('Fire Commissioner Daniel Frost said crews were busy.'), []);
  assert.deepEqual(findings('Daniel Frost, the fire and rescue commissioner, said crews were busy.'), []);
  assert.deepEqual(findings('Commissioner Daniel Frost said crews were busy.'), []);
  assert.deepEqual(findings('Fire chief Daniel Frost said crews were busy.'), []);
  assert.deepEqual(findings('Police Commissioner Anna Kell said two bridges were closed.'), []);
  assert.deepEqual(findings('Anna Kell, the police chief, said two bridges were closed.'), []);
  assert.deepEqual(findings('وقال مفوض الإطفاء دانيال فروست إن الفرق نفذت 80 عملية إنقاذ.'), []);
  assert.deepEqual(findings('وقال قائد فرق الإطفاء والإنقاذ دانيال فروست إن الفرق نفذت 80 عملية إنقاذ.'), []);
  assert.deepEqual(findings('وقالت قائدة الشرطة آنا كيل إن جسرين أغلقا.'), []);
  // The police is named in the sentence, not in the title.
  assert.deepEqual(findings('Daniel Frost, the commissioner, said police had closed two bridges.'), []);
});

test('the Maghreb deputy forms: الكاتب العام المساعد for the secretary-general, الكاتبة العامة for the deputy', () => {
  assert.deepEqual(findings('وقال الكاتب العام المساعد لجامعة المعلمين عمر حداد إن المدارس ستبقى مغلقة.'), ['post-holder: الكاتب العام المساعد → الكاتب العام']);
  assert.deepEqual(findings('وقال نائب الأمين العام لجامعة المعلمين عمر حداد إن المدارس ستبقى مغلقة.'), ['post-holder: نائب الأمين العام → الأمين العام']);
  assert.deepEqual(findings('وقال مساعد الكاتب العام عمر حداد إن المدارس ستبقى مغلقة.'), ['post-holder: مساعد الكاتب العام → الكاتب العام']);
  assert.deepEqual(findings('وقالت الكاتبة العامة لجامعة المعلمين لينا صابر إن المعلمين سيساعدون.').length, 1);
});

test('near misses of the deputy forms: each holder with their own title, in both spellings', () => {
  assert.deepEqual(findings('وقال الكاتب العام لجامعة المعلمين عمر حداد إن المدارس ستبقى مغلقة.'), []);
  assert.deepEqual(findings('وقال الأمين العام لجامعة المعلمين عمر حداد إن المدارس ستبقى مغلقة.'), []);
  assert.deepEqual(findings('وقالت الكاتبة العامة المساعدة لجامعة المعلمين لينا صابر إن المعلمين سيساعدون.'), []);
  assert.deepEqual(findings('وقالت نائبة الكاتب العام لينا صابر إن المعلمين سيساعدون.'), []);
});

test('the English deputy forms: deputy secretary-general for the secretary-general', () => {
  assert.deepEqual(findings('Omar Haddad, deputy secretary-general of the Teachers Federation, said schools would stay shut.'), ['post-holder: deputy secretary-general → secretary-general']);
  assert.deepEqual(findings('Omar Haddad, secretary-general of the Teachers Federation, said schools would stay shut.'), []);
  assert.deepEqual(findings('Lina Saber, deputy secretary-general of the Teachers Federation, said teachers would help.'), []);
});

