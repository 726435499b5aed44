/**
 * Tunisia's 24 governorates in the gazetteer (knowledge/lexicon/places.json), on an invented story
 * (a festival in Hammamet) so that no corpus sentence is involved: a town the fact base puts in one
 * governorate, written in another (`place-containment`, «مدينة X بولاية Y», "X in Y Governorate"),
 * is reported with the right governorate; the right governorate, a seat city on its own and a
 * governorate that contains no named town pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';

const ARTICLE = [
  'مهرجان الحمامات يفتتح دورته الجديدة',
  'افتتح مهرجان الحمامات الدولي أمس دورته الجديدة في مدينة الحمامات بولاية نابل، بحضور آلاف الزوار.',
].join('\n');

function festival(): FactBaseData {
  const cite = citer(ARTICLE);
  const data = {
    schemaVersion: 2,
    id: 'hammamet-festival',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2025-07-10' },
    places: [{ id: 'hammamet', kind: 'city', within: 'nabeul-governorate', names: { ar: ['الحمامات', 'مدينة الحمامات'], en: ['Hammamet'] }, evidence: cite('مدينة الحمامات') }],
  };
  return loadTestFactBase(data, 'hammamet-festival.factbase.json', ARTICLE);
}

const checker = createChecker([festival()], { scope: 'all' });
const findings = findingLines(checker);

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(checker.check(ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
});

test('a town put in another Tunisian governorate is reported with its own', () => {
  assert.deepEqual(findings('وقصد الزوار مدينة الحمامات بولاية سوسة لحضور العروض.'), ['place-containment: ولاية سوسة → ولاية نابل']);
  assert.deepEqual(findings('وقصد الزوار مدينة الحمامات في ولاية المنستير لحضور العروض.'), ['place-containment: ولاية المنستير → ولاية نابل']);
  assert.deepEqual(findings('Visitors came to Hammamet, in Sousse Governorate, for the shows.'), ['place-containment: Sousse Governorate → Nabeul Governorate']);
  // Near misses: the right governorate, a seat city on its own, a governorate with no town in it.
  assert.deepEqual(findings('وقصد الزوار مدينة الحمامات بولاية نابل لحضور العروض.'), []);
  assert.deepEqual(findings('وقدم بعض الزوار من سوسة وصفاقس لحضور العروض.'), []);
  assert.deepEqual(findings('وتستعد ولاية سوسة لمهرجان مماثل الشهر المقبل.'), []);
});
