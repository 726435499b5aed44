/**
 * A post's organisation named in a draft's title together with a body the draft puts it in
 * ("commander of the Elite Force of the National Security Service", «قائد قوة النخبة في جهاز
 * الأمن الوطني»), when the fact base lists both bodies but not that one is the other's parent,
 * as a drawn fact base often does. The person's own body is named, so the second body is where
 * the draft places it, not another post; a title that names only the other body, or another
 * body first, is still wrong. Invented story (a raid in Basra), so that no corpus sentence is
 * involved; found when a title drawn for a person in a list («…، وقائد فيلق القدس في الحرس
 * الثوري، قاسم سليماني») met the shared corpus's true "commander of the Quds Force of Iran's
 * Revolutionary Guard".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';

const ARTICLE = [
  'مداهمة في البصرة',
  'قال قائد قوة النخبة في جهاز الأمن الوطني، سامر الحداد، إن القوة اعتقلت خمسة مطلوبين في البصرة.',
  'وحضر المؤتمر قائد الحرس الرئاسي اللواء كريم العبيدي.',
].join('\n');

const cite = citer(ARTICLE);

function raid(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'basra-raid',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2025-11-02' },
    people: [
      { id: 'haddad', names: { ar: ['سامر الحداد'], en: ['Samer al-Haddad'] }, evidence: cite('سامر الحداد') },
      { id: 'obeidi', names: { ar: ['كريم العبيدي'], en: ['Karim al-Obeidi'] }, evidence: cite('كريم العبيدي') },
    ],
    organisations: [
      { id: 'elite', kind: 'military', names: { ar: ['قوة النخبة'], en: ['Elite Force'] }, evidence: cite('قوة النخبة') },
      { id: 'nss', kind: 'agency', names: { ar: ['جهاز الأمن الوطني'], en: ['National Security Service'] }, evidence: cite('جهاز الأمن الوطني') },
      { id: 'guard', kind: 'military', names: { ar: ['الحرس الرئاسي'], en: ['Presidential Guard'] }, evidence: cite('الحرس الرئاسي') },
    ],
    posts: [
      { id: 'haddad-commander', holder: 'haddad', role: 'commander', title: { ar: ['قائد قوة النخبة'], en: ['commander of the Elite Force'] }, organisation: 'elite', evidence: cite('قائد قوة النخبة في جهاز الأمن الوطني، سامر الحداد') },
      { id: 'obeidi-commander', holder: 'obeidi', role: 'commander', title: { ar: ['قائد الحرس الرئاسي'], en: ['commander of the Presidential Guard'] }, organisation: 'guard', evidence: cite('قائد الحرس الرئاسي اللواء كريم العبيدي') },
    ],
  };
  return loadTestFactBase(data, 'raid.factbase.json', ARTICLE);
}

const checker = createChecker([raid()], { scope: 'all' });
const findings = findingLines(checker, ['post-holder', 'affiliation']);

test('the person\'s own body named first, then the body the draft puts it in: no finding', () => {
  assert.deepEqual(findings('Samer al-Haddad, commander of the Elite Force of the National Security Service, said five suspects were held.'), []);
  assert.deepEqual(findings('قال سامر الحداد، قائد قوة النخبة في جهاز الأمن الوطني، إن القوة اعتقلت خمسة مطلوبين.'), []);
});

test('a title that names only the other body, or another known body first, is still wrong', () => {
  assert.deepEqual(findings('Samer al-Haddad, commander of the Presidential Guard, said five suspects were held.'), ['post-holder: Presidential Guard → Elite Force']);
  assert.deepEqual(findings('Samer al-Haddad, commander of the Presidential Guard of the National Security Service, said five suspects were held.').length > 0, true);
});
