/**
 * Places probes of session 29 on an invented English story with an editor's fact base
 * (tests/engine/fixtures/places/carehome.*): forty residents of a care home in Leeds moved to a
 * hospital in Wakefield after a fire. The hospital and the home have English names only, as an
 * editor writes the venues of an English article. An Arabic draft that writes the hospital's name
 * in Arabic letters after its noun («مستشفى كالدر فيل») and puts it in another city («في ليدز»)
 * was read as naming no place of the fact base, so the wrong city went unflagged; the same
 * sentence in English is flagged. Traps: the right city (a Latin-only place of the fact base
 * itself), a hospital the article does not name, and Arabic words after a venue noun that are
 * words of the language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeArticle, placeChecker } from './placeFixtures';

/** The place findings of a draft as `flagged text → fix`. */
function flagged(draft: string): string[] {
  return placeChecker('carehome')
    .check(draft)
    .findings.filter((finding) => finding.category === 'place')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

test('the story\'s article checks clean against its own fact base', () => {
  assert.deepEqual(placeChecker('carehome').check(placeArticle('carehome')).findings.map((finding) => finding.ruleId), []);
});

test('an Arabic draft that writes a Latin-only venue after its noun and puts it in another city is flagged', () => {
  assert.deepEqual(flagged('ونُقل 40 من نزلاء الدار إلى مستشفى كالدر فيل في ليدز يوم الأحد.'), ['ليدز → Wakefield']);
  assert.deepEqual(flagged('وفتح مستشفى كالدر فيل في ليدز جناحاً للنزلاء خلال الليل.'), ['ليدز → Wakefield']);
  assert.deepEqual(flagged('ونُقل النزلاء إلى مستشفى كالدر فيل بمدينة برادفورد.'), ['برادفورد → Wakefield']);
});

test('the right city, another hospital and words of the language after a venue noun stay clean', () => {
  assert.deepEqual(flagged('ونُقل 40 من نزلاء الدار إلى مستشفى كالدر فيل في ويكفيلد يوم الأحد.'), []);
  assert.deepEqual(flagged('ونُقل 40 من نزلاء الدار إلى مستشفى كالدر فيل يوم الأحد.'), []);
  assert.deepEqual(flagged('وقال مسؤول في مستشفى المدينة العام في ليدز إن الجرحى بخير.'), []);
  assert.deepEqual(flagged('وأُغلق مستشفى كبير في ليدز العام الماضي.'), []);
  assert.deepEqual(flagged('Forty residents were moved to Calder Vale Hospital in Wakefield on Sunday.'), []);
});
