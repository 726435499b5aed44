/**
 * Membership and leadership said outside a title (`affiliation`, rules/posts/membership.ts), on an
 * invented story (a quarrel over an election law) so that no corpus sentence is involved: «أحد
 * قادة حزب X», «عضو في X», «من أعضاء X», «القيادي في X», «المنتمي إلى X», «النائب عن كتلة X», "a
 * member of X", "a senior figure in X", "X's P", each compared with the person's ties in the fact
 * base; and a chain of titles ending in "of X". Each case has a near miss that must pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';

const ARTICLE = [
  'خلاف على قانون الانتخابات',
  'وقال سامر الخطيب، أحد قادة حزب العدالة، إن الحزب سيصوت ضد القانون.',
  'وانتقد النائب عن كتلة الوفاق هاني سلوم القرار، فيما أيده حزب الأمل وكتلة التغيير.',
  'وقالت لينا بارك، الشريكة المؤسسة والرئيسة التنفيذية لشركة برايت ووتر، إن الشركة ستطعن في القانون، بينما قالت شركة نورثغيت إنها لن تعلق.',
].join('\n');

const cite = citer(ARTICLE);

function election(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'election-law',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2025-06-02' },
    people: [
      { id: 'khatib', names: { ar: ['سامر الخطيب'], en: ['Samer al-Khatib'] }, gender: 'm', evidence: cite('سامر الخطيب') },
      { id: 'salloum', names: { ar: ['هاني سلوم'], en: ['Hani Salloum'] }, gender: 'm', evidence: cite('هاني سلوم') },
      { id: 'park', names: { ar: ['لينا بارك'], en: ['Lena Park'] }, gender: 'f', evidence: cite('لينا بارك') },
    ],
    organisations: [
      { id: 'justice', kind: 'party', names: { ar: ['حزب العدالة'], en: ['Justice Party'] }, evidence: cite('حزب العدالة') },
      { id: 'hope', kind: 'party', names: { ar: ['حزب الأمل'], en: ['Hope Party'] }, evidence: cite('حزب الأمل') },
      { id: 'accord', kind: 'bloc', names: { ar: ['كتلة الوفاق'], en: ['Accord bloc'] }, evidence: cite('كتلة الوفاق') },
      { id: 'change', kind: 'bloc', names: { ar: ['كتلة التغيير'], en: ['Change bloc'] }, evidence: cite('كتلة التغيير') },
      { id: 'brightwater', kind: 'company', names: { ar: ['شركة برايت ووتر', 'برايت ووتر'], en: ['Brightwater Labs'] }, evidence: cite('شركة برايت ووتر') },
      { id: 'northgate', kind: 'company', names: { ar: ['شركة نورثغيت', 'نورثغيت'], en: ['Northgate Systems'] }, evidence: cite('شركة نورثغيت') },
    ],
    posts: [
      { id: 'park-ceo', holder: 'park', role: 'chief-executive', organisation: 'brightwater', title: { ar: ['الرئيسة التنفيذية'], en: ['chief executive'] }, evidence: cite('الرئيسة التنفيذية لشركة برايت ووتر') },
      { id: 'park-founder', holder: 'park', role: 'founder', organisation: 'brightwater', title: { ar: ['الشريكة المؤسسة'], en: ['co-founder'] }, evidence: cite('الشريكة المؤسسة') },
    ],
    affiliations: [
      { id: 'khatib-justice', member: 'khatib', organisation: 'justice', relation: 'leads', evidence: cite('أحد قادة حزب العدالة') },
      { id: 'salloum-accord', member: 'salloum', organisation: 'accord', relation: 'member-of', evidence: cite('النائب عن كتلة الوفاق') },
    ],
  };
  return loadTestFactBase(data, 'election.factbase.json', ARTICLE);
}

const checker = createChecker([election()], { scope: 'all' });
const findings = findingLines(checker, ['post-holder', 'affiliation']);

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(checker.check(ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
});

test('Arabic membership and leadership outside a title: another party or bloc is reported, with the person\'s own', () => {
  const wrongParty = ['affiliation: حزب الأمل → حزب العدالة'];
  assert.deepEqual(findings('ويرى سامر الخطيب، أحد قادة حزب الأمل، أن التصويت سيتأجل.'), wrongParty);
  assert.deepEqual(findings('ويرى سامر الخطيب، عضو في حزب الأمل، أن التصويت سيتأجل.'), wrongParty);
  assert.deepEqual(findings('ويرى سامر الخطيب، وهو من أعضاء حزب الأمل، أن التصويت سيتأجل.'), wrongParty);
  assert.deepEqual(findings('ويرى القيادي في حزب الأمل سامر الخطيب أن التصويت سيتأجل.'), wrongParty);
  assert.deepEqual(findings('ويرى سامر الخطيب المنتمي إلى حزب الأمل أن التصويت سيتأجل.'), wrongParty);
  assert.deepEqual(findings('ورفض النائب عن كتلة التغيير هاني سلوم التعديل.'), ['affiliation: كتلة التغيير → كتلة الوفاق']);
  assert.deepEqual(findings('ورفض هاني سلوم، نائب عن كتلة التغيير، التعديل.'), ['affiliation: كتلة التغيير → كتلة الوفاق']);
});

test('English membership outside a title: "a member of X", "a senior figure in X", "X\'s P", and an organisation the fact base does not know', () => {
  assert.deepEqual(findings('Samer al-Khatib, a member of the Hope Party, expects a delay.'), ['affiliation: Hope Party → Justice Party']);
  assert.deepEqual(findings('Samer al-Khatib, a senior figure in the Hope Party, expects a delay.'), ['affiliation: Hope Party → Justice Party']);
  assert.deepEqual(findings('Samer al-Khatib, who is a leading member of the Free Citizens Party, expects a delay.'), ['affiliation: Free Citizens Party → Justice Party']);
  assert.deepEqual(findings('The Hope Party\'s Samer al-Khatib expects a delay.'), ['affiliation: Hope Party → Justice Party']);
  assert.deepEqual(findings('Hani Salloum, a member of the Change bloc, opposed the change.'), ['affiliation: Change bloc → Accord bloc']);
  assert.deepEqual(findings('Northgate Systems\' Lena Park opposed the law.'), ['post-holder: Northgate Systems → Brightwater Labs']);
});

test('a chain of titles ending in "of X": every title belongs to X', () => {
  assert.deepEqual(findings('Lena Park, co-founder and chief executive of Northgate Systems, opposed the law.'), ['post-holder: Northgate Systems → Brightwater Labs']);
  assert.deepEqual(findings('Lena Park, co-founder and chief executive of Brightwater Labs, opposed the law.'), []);
});

test('near misses of membership: the right party or bloc, a party for a bloc member, parliament, a cue that is not about the name, a wing of the right party', () => {
  assert.deepEqual(findings('ويرى سامر الخطيب، أحد قادة حزب العدالة، أن التصويت سيتأجل.'), []);
  assert.deepEqual(findings('ورفض النائب عن كتلة الوفاق هاني سلوم التعديل.'), []);
  // A member of a bloc may belong to a party too: only a bloc is compared with his bloc.
  assert.deepEqual(findings('Hani Salloum, a member of the Justice Party, opposed the change.'), []);
  assert.deepEqual(findings('ورفض هاني سلوم، عضو حزب العدالة، التعديل.'), []);
  assert.deepEqual(findings('Samer al-Khatib, a member of parliament, expects a delay.'), []);
  assert.deepEqual(findings('Samer al-Khatib met a member of the Hope Party on Monday.'), []);
  assert.deepEqual(findings('وقابل سامر الخطيب أحد قادة حزب الأمل.'.replace('سامر الخطيب', 'سامر الخطيب أمس')), []);
  assert.deepEqual(findings('Samer al-Khatib, a member of the Justice Party\'s youth wing, expects a delay.'), []);
  assert.deepEqual(findings('The Justice Party\'s Samer al-Khatib expects a delay.'), []);
});
