/**
 * Drawing places the gazetteer does not know, as news copy names them: English capitalised names
 * with a head word (Salmon River, Custer County, Thompson-Nicola Regional District, Mount Borah,
 * Lake Cascade), towns introduced by their noun ("near the town of Stanley") or given with their
 * division ("Challis, Idaho"); Arabic towns after مدينة/بلدة/قرية/منطقة with a clitic (بمدينة X,
 * في بلدة X). Each lies in the division named after it, else (unsure) in the division of the
 * article's dateline, so that a draft moving an event to a wrong town, to a town of another
 * division or country is reported with the fix, and the right town, a town inside the article's
 * division and the true places of other events are not. Articles invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

const EN = [
  'Landslide blocks Idaho river',
  'BOISE, Idaho, May 4, 2026 (AP) - A landslide near the town of Stanley blocked the Salmon River on Sunday and cut the only road to about 600 residents, Custer County officials said on Monday.',
  'Residents of Challis, Idaho, were told to boil their water. The sheriff, Daniel Lake, said crews from Boise would reach Stanley by Wednesday.',
  'Mr Lake said the trail to Mount Borah was closed and that boats were barred from Lake Cascade until further notice.',
  'A charity match backed by Victoria Beckham and the Argentine club River Plate raised $40,000 for the families, the county said.',
].join('\n');

const AR = [
  'حريق في مستودع بالخابورة',
  'صحار، عُمان، 3 ديسمبر 2026 – اندلع حريق أمس الأربعاء في مستودع للأخشاب بمدينة الخابورة شمال غرب البلاد، وامتد إلى بلدة السويق المجاورة قبل أن تسيطر عليه فرق الدفاع المدني.',
  'وقال مسؤول في الدفاع المدني إن النيران لم تصل إلى قرية الحيل في جنوب البلاد، وإن المدارس أُغلقت في بلدة صحم حتى الخميس.',
].join('\n');

const EN_AREAS = 'MUSCAT, Oman, Dec 3, 2026 (Reuters) - A fire broke out at a timber warehouse in southern Oman on Wednesday, officials said. Schools in the north of the country stayed open.';

interface Place {
  id: string;
  kind: string;
  within?: string;
  names: { ar?: string[]; en?: string[] };
  review?: { unsure: true; reason: string };
}

const drawn = (article: string) => drawFactBase(article, { file: 'article.txt' }).factBase;
const places = (article: string) => (drawn(article).places as unknown as Place[]).map((place) => `${place.names.en?.[0] ?? place.names.ar?.[0]} (${place.kind}${place.within ? ` in ${place.within}` : ''})`);

function checker(article: string) {
  const parsed = parseFactBase(JSON.stringify(drawn(article)), 'drawn.factbase.json', article);
  assert.deepEqual(parsed.problems.filter((problem) => !/unsure/.test(problem.message)), []);
  return createChecker([parsed.factBase!], { scope: 'all' });
}

function findings(article: string, draft: string): string[] {
  return checker(article)
    .check(draft)
    .findings.filter((finding) => finding.category === 'place')
    .map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

test('English places with a head word, a town noun or a division after them are drawn inside their division', () => {
  const found = places(EN);
  for (const place of [
    'Stanley (city in idaho)',
    'Salmon River (other in idaho)',
    'Custer County (region in idaho)',
    'Challis (city in idaho)',
    'Mount Borah (other in idaho)',
    'Lake Cascade (other in idaho)',
    'Boise (city in idaho)',
  ]) {
    assert.ok(found.includes(place), `${place} in ${found.join('; ')}`);
  }
  const stanley = (drawn(EN).places as unknown as Place[]).find((place) => place.id === 'stanley');
  assert.match(stanley?.review?.reason ?? '', /division of the article's dateline/);
});

test('near misses: a person named Lake, the club River Plate and Victoria Beckham are not places', () => {
  const found = places(EN).join('; ');
  for (const name of ['Lake (', 'Mr Lake', 'Daniel Lake', 'River Plate', 'Victoria', 'Beckham']) assert.ok(!found.includes(name), `${name} in ${found}`);
});

test('Arabic towns after a place noun with a clitic, without the word after their name, lie in the dateline\'s country', () => {
  const found = places(AR);
  for (const place of ['الخابورة (city in north-west-oman)', 'السويق (city in oman)', 'الحيل (city in south-oman)', 'صحم (city in oman)']) assert.ok(found.includes(place), `${place} in ${found.join('; ')}`);
  assert.ok(!found.some((place) => /المجاورة|حتى/.test(place)), found.join('; '));
});

test('areas named by a direction are regions of the article\'s country, named with the country\'s names too', () => {
  const areas = (drawn(AR).places as unknown as Place[]).filter((place) => place.within === 'oman' && place.kind === 'region');
  assert.deepEqual(
    areas.map((area) => [area.id, area.names.ar, area.names.en?.[0]]),
    [
      ['north-west-oman', ['شمال غرب البلاد', 'شمال غرب عمان'], 'northwestern Oman'],
      ['south-oman', ['جنوب البلاد', 'جنوب عمان'], 'southern Oman'],
    ],
  );
  assert.deepEqual(
    (drawn(EN_AREAS).places as unknown as Place[]).filter((place) => place.kind === 'region').map((area) => `${area.id}: ${area.names.en?.join(', ')}`),
    ['south-oman: southern Oman, the south of Oman', 'north-oman: northern Oman, the north of Oman'],
  );
  // Near misses: a country named with a direction (جنوب السودان, South Africa) and a bare "the south".
  assert.deepEqual(places('جوبا، جنوب السودان، 3 ديسمبر 2026 – وصل الوفد إلى جوبا عاصمة جنوب السودان.').filter((place) => /region/.test(place)), []);
  assert.deepEqual(places('JOHANNESBURG, South Africa, Dec 3, 2026 - Rain fell across the south on Wednesday.').filter((place) => /region/.test(place)), []);
});

test('a draft moving an event to a wrong town or division is reported with the fix', () => {
  assert.deepEqual(findings(AR, 'اندلع حريق أمس الأربعاء في مستودع للأخشاب في جنوب البلاد.'), ['event-place: جنوب البلاد → الخابورة']);
  assert.deepEqual(findings(AR, 'اندلع حريق أمس الأربعاء في مستودع للأخشاب في مسقط.'), ['event-place: مسقط → الخابورة']);
  assert.deepEqual(findings(EN, 'A landslide near the town of Challis blocked the Salmon River on Sunday.'), ['event-place: Challis → Stanley']);
  assert.deepEqual(findings(EN, 'A landslide near the town of Stanley in Montana blocked the Salmon River on Sunday.'), ['place-containment: Montana → Idaho']);
  assert.deepEqual(findings(EN, 'Residents of Challis, Oregon, were told to boil their water.'), ['place-containment: Oregon → Idaho']);
  assert.deepEqual(findings(AR, 'اندلع حريق أمس الأربعاء في مستودع للأخشاب بمدينة صحم.'), ['event-place: صحم → الخابورة']);
});

test('the right town, the town with its division and the places of other events are not reported', () => {
  for (const draft of [
    'A landslide near the town of Stanley blocked the Salmon River on Sunday.',
    'A landslide near Stanley, Idaho, blocked the Salmon River on Sunday.',
    'Residents of Challis, Idaho, were told to boil their water.',
    'Crews from Boise would reach Stanley by Wednesday.',
    'Boats were barred from Lake Cascade, the county said.',
  ]) {
    assert.deepEqual(findings(EN, draft), [], draft);
  }
  for (const draft of [
    'اندلع حريق أمس الأربعاء في مستودع للأخشاب بمدينة الخابورة.',
    'اندلع حريق أمس الأربعاء في مستودع للأخشاب بمدينة الخابورة شمال غرب البلاد.',
    'اندلع حريق أمس الأربعاء في مستودع للأخشاب في شمال غرب عمان.',
    'وأُغلقت المدارس في بلدة صحم حتى الخميس.',
    'ولم تصل النيران إلى قرية الحيل في جنوب البلاد.',
  ]) {
    assert.deepEqual(findings(AR, draft), [], draft);
  }
});

test('a gazetteer place that opens a longer capitalised name (Harlow Structures, Leeds United) is not drawn from it; a place alone is', () => {
  const places = (text: string) => ((drawFactBase(`Bridge\n\nLONDON, Saturday 12 September 2026 - ${text}\n`).factBase as unknown as { places: { names: { en?: string[] } }[] }).places).map((p) => p.names.en?.[0]);
  assert.deepEqual(places('Harlow Structures, the firm that built the bridge, said it would help.'), ['London']);
  assert.deepEqual(places('The firm, based in Harlow, said it would help.'), ['London', 'Harlow']);
});
