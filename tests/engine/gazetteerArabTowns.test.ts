/**
 * Probes of the gazetteer's Arab towns of 50,000 to 100,000 people (GeoNames), written before they
 * were listed: a town named for an event of the invented Tunisian story (a news conference in
 * Sfax, protests in Gafsa; tests/engine/fixtures/places/measles.*) is compared with the event's
 * place in both languages; a town put in the wrong province or governorate is reported
 * (`place-containment`, gazetteer alone: Boufarik in Blida, Esna in Luxor, Hassi Messaoud in
 * Ouargla); an article naming one draws it as the gazetteer's town. The traps stay clean: the right
 * town and division, and the common words some towns' names are (a boy, «صبيا»).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, parseFactBase, type Checker } from '../../engine/src/index';
import { drawFactBase } from '../../engine/src/draw/index';

const dir = join(__dirname, 'fixtures', 'places');
const text = readFileSync(join(dir, 'measles.factbase.json'), 'utf8');
const measles: Checker = createChecker([parseFactBase(text, 'measles.factbase.json', readFileSync(join(dir, 'measles.article.ar.txt'), 'utf8')).factBase!], { scope: 'all' });

/** The place findings of a draft as `flagged text`. */
function flagged(draft: string): string[] {
  return measles
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place' || finding.ruleId === 'place-containment')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
}

test('a Tunisian town of 50,000 to 100,000 people named for an event is compared with its place', () => {
  assert.deepEqual(flagged('واندلعت احتجاجات في جرجيس الأسبوع الماضي بسبب نقص الأدوية.'), ['جرجيس']);
  assert.deepEqual(flagged('وقالت الجندوبي في ندوة صحفية بمدينة مساكن إن الحملة ستستمر ستة أسابيع.'), ['مدينة مساكن']);
  assert.deepEqual(flagged('Jendoubi told a news conference in Zarzis that the campaign would last six weeks.'), ['Zarzis']);
  assert.deepEqual(flagged('Speaking at her news conference in Houmt Souk, Jendoubi said the campaign would last six weeks.'), ['Houmt Souk']);
});

test('a town put in the wrong province or governorate is reported, its own division not', () => {
  assert.deepEqual(flagged('وقع الحادث في مدينة بوفاريك بولاية تيبازة.'), ['ولاية تيبازة']);
  assert.deepEqual(flagged('The plant lies in Esna, in Aswan Governorate.'), ['Aswan Governorate']);
  assert.deepEqual(flagged('ويقع الحقل قرب حاسي مسعود في ولاية غرداية.'), ['ولاية غرداية']);
  assert.deepEqual(flagged('وقع الحادث في مدينة بوفاريك بولاية البليدة.'), []);
  assert.deepEqual(flagged('The plant lies in Esna, in Luxor Governorate.'), []);
  assert.deepEqual(flagged('ويقع الحقل قرب حاسي مسعود في ولاية ورقلة.'), []);
});

test('the right town and the common words a town\'s name may be stay clean', () => {
  assert.deepEqual(flagged('واندلعت احتجاجات في قفصة الأسبوع الماضي بسبب نقص الأدوية.'), []);
  assert.deepEqual(flagged('وقالت الجندوبي إنها تلقت اللقاح حين كانت صبيا في صفاقس.'), []);
});

test('an article naming such a town draws it as the gazetteer\'s town', () => {
  const article = 'اندلع حريق كبير، أمس الأحد، في مصنع للبلاستيك بمدينة بوفاريك، بحسب الحماية المدنية.\n';
  const places = drawFactBase(article, {}).factBase.places;
  const town = places.find((place) => (place.names as { ar?: string[] }).ar?.some((name) => name.includes('بوفاريك')));
  assert.ok(town, JSON.stringify(places.map((place) => place.id)));
  // The gazetteer's id: its twin in the gazetteer puts the town in Blida province.
  assert.equal(town.id, 'boufarik');
});

test('a part of the country named by a direction may hold a listed town the article puts there', () => {
  const article = 'حريق في مستودع بطولقة\nالجزائر، 3 ديسمبر 2026 – اندلع حريق أمس الأربعاء في مستودع للأخشاب بمدينة طولقة جنوب غرب البلاد، قبل أن تسيطر عليه فرق الحماية المدنية.\n';
  const drawn = parseFactBase(JSON.stringify(drawFactBase(article, {}).factBase), 'tolga.factbase.json', article).factBase!;
  const checker = createChecker([drawn], { scope: 'all' });
  const placeFindings = (draft: string) => checker.check(draft).findings.filter((finding) => finding.ruleId === 'event-place').map((finding) => draft.slice(finding.range.start, finding.range.end));
  assert.deepEqual(placeFindings('اندلع حريق أمس الأربعاء في مستودع للأخشاب في جنوب غرب الجزائر.'), []);
  assert.deepEqual(placeFindings('اندلع حريق أمس الأربعاء في مستودع للأخشاب بمدينة طولقة.'), []);
  assert.deepEqual(placeFindings('اندلع حريق أمس الأربعاء في مستودع للأخشاب بمدينة بوفاريك.'), ['بوفاريك']);
});
