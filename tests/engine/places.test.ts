/**
 * Places on two invented stories (a rail order in the north of England, a dam in the Moroccan
 * province of Taroudant; fact bases and articles in tests/engine/fixtures/places/), so that no
 * corpus sentence is involved: an event moved to another place in a sentence that restates the
 * article's (`event-place`, by slot), a town put in the wrong province (`place-containment`), an
 * organisation given another seat (`organisation-seat`); each with near misses that must pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Checker } from '../../engine/src/index';
import { placeArticle, placeChecker } from './placeFixtures';

const checker = (name: 'rail' | 'dam'): Checker => placeChecker(name);

/** The findings of a draft as `rule: flagged text → fix`. */
const findings = (name: 'rail' | 'dam', draft: string) =>
  checker(name)
    .check(draft)
    .findings.map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);

test('each story\'s article checks clean against its own fact base', () => {
  for (const name of ['rail', 'dam'] as const) {
    const article = placeArticle(name);
    assert.deepEqual(checker(name).check(article, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), [], name);
  }
});

test('an event moved to another city of the same country, in a sentence that restates the article\'s, is flagged without a trigger word', () => {
  assert.deepEqual(findings('rail', 'At a news conference in Sheffield, Ann Pike said the trust would buy four new trains.'), ['event-place: Sheffield → Leeds']);
  // «شهدت مدينة X»: the construction says X is a place, with no locative; a building of Agadir is compared through its city.
  assert.deepEqual(findings('dam', 'شهدت مدينة مراكش أمس مراسم توقيع الاتفاق بحضور وزير التجهيز كمال الرامي.'), ['event-place: مراكش → أكادير']);
});

test('near misses of a moved event: the right place, a place containing it, another occasion, a destination', () => {
  assert.deepEqual(findings('rail', 'At a news conference in Leeds, Ann Pike said the trust would buy four new trains.'), []);
  assert.deepEqual(findings('rail', 'At a news conference in England, Ann Pike said the trust would buy four new trains.'), []);
  assert.deepEqual(findings('rail', 'After the news conference, Ann Pike travelled to Sheffield to meet drivers.'), []);
  assert.deepEqual(findings('dam', 'وجرت مراسم التوقيع في جهة سوس ماسة بحضور وزير التجهيز كمال الرامي.'), []);
  assert.deepEqual(findings('dam', 'وكانت مراسم مماثلة جرت في مراكش عام 2019 لتوقيع اتفاق سد آخر بحضور وزير التجهيز.'), []);
  assert.deepEqual(findings('dam', 'وبعد مراسم التوقيع توجه وزير التجهيز كمال الرامي إلى مراكش.'), []);
});

test('an event\'s place in apposition to the actor or in a subordinate clause is compared when the sentence restates the event', () => {
  assert.deepEqual(findings('rail', 'Ann Pike, in Sheffield, said at a news conference that the trust would buy four new trains.'), ['event-place: Sheffield → Leeds']);
  assert.deepEqual(findings('rail', 'When a news conference in Sheffield heard from Ann Pike, she said the trust would buy four new trains.'), ['event-place: Sheffield → Leeds']);
  assert.deepEqual(findings('rail', 'Ann Pike, speaking at a news conference in Sheffield, said the trust would buy four new trains.'), ['event-place: Sheffield → Leeds']);
  assert.deepEqual(findings('rail', 'Ann Pike, in Leeds, said at a news conference that the trust would buy four new trains.'), []);
  // A place in the speaker's life story is not the event's place.
  assert.deepEqual(findings('rail', 'Ann Pike, who grew up in Sheffield, said at a news conference in Leeds that the trust would buy four new trains.'), []);
  assert.deepEqual(findings('rail', 'Ann Pike, who was born in York, said the trust would buy four new trains.'), []);
  assert.deepEqual(findings('dam', 'وقال وزير التجهيز كمال الرامي، المولود في مراكش، إن السد سيخدم المنطقة.'), []);
});

test('a town put in another province of the same level is flagged, with the province that contains it', () => {
  assert.deepEqual(findings('dam', 'وتقع بلدة أولاد برحيل في إقليم الحوز، وستستفيد من مياه السد.'), ['place-containment: إقليم الحوز → إقليم تارودانت']);
  // The fused preposition stays: بإقليم شيشاوة → بإقليم تارودانت.
  assert.deepEqual(findings('dam', 'ستستفيد بلدة أولاد برحيل بإقليم شيشاوة من مياه السد.'), ['place-containment: إقليم شيشاوة → إقليم تارودانت']);
  assert.deepEqual(findings('rail', 'The trains will be serviced at a new depot in Kirkstall, in Sheffield, from 2027.'), ['place-containment: Sheffield → Leeds']);
});

test('near misses of containment: the right unit, a unit containing it, a unit of another level, a country', () => {
  assert.deepEqual(findings('dam', 'وتقع بلدة أولاد برحيل في إقليم تارودانت.'), []);
  assert.deepEqual(findings('dam', 'وتقع بلدة أولاد برحيل في جهة سوس ماسة.'), []);
  assert.deepEqual(findings('dam', 'وتقع بلدة أولاد برحيل في المغرب.'), []);
  assert.deepEqual(findings('rail', 'The trains will be serviced at a new depot in Kirkstall, in Leeds, from 2027.'), []);
  assert.deepEqual(findings('rail', 'The Moroccan embassy in England welcomed the order.'), []);
});

test('two places of the gazetteer, without a unit noun: a city put in another nation or country is flagged, with the one that contains it', () => {
  assert.deepEqual(findings('rail', 'The new head driver grew up in Edinburgh in England before moving south.'), ['place-containment: England → Scotland']);
  assert.deepEqual(findings('rail', 'The trust also runs a service to Aberdeen, Wales.'), ['place-containment: Wales → Scotland']);
  assert.deepEqual(findings('rail', 'The trust also runs a service to Glasgow, Wales; it runs daily.'), ['place-containment: Wales → Scotland']);
  assert.deepEqual(findings('rail', 'Ann Pike once worked in Sydney in Scotland.'), ['place-containment: Scotland → Australia']);
  assert.deepEqual(findings('dam', 'وزار وزير التجهيز كمال الرامي طنجة في الجزائر الشهر الماضي.'), ['place-containment: الجزائر → المغرب']);
  assert.deepEqual(findings('dam', 'وزار وزير التجهيز كمال الرامي طنجة، الجزائر.'), ['place-containment: الجزائر → المغرب']);
});

test('near misses of gazetteer containment: a season, two clauses, a list, a person named after a city, a region the gazetteer lacks, a true containment', () => {
  assert.deepEqual(findings('rail', 'Ann Pike says Paris in the spring is busier than Leeds.'), []);
  assert.deepEqual(findings('rail', 'Ann Pike was born in Edinburgh, raised in England and now lives in Leeds.'), []);
  assert.deepEqual(findings('rail', 'The trust also runs services to Aberdeen, Wales and Cornwall.'), []);
  assert.deepEqual(findings('rail', 'The trust also runs services to Leeds, Aberdeen, Wales.'), []);
  assert.deepEqual(findings('rail', 'Ann Pike met the singer Jane Sydney in Scotland.'), []);
  assert.deepEqual(findings('rail', 'The new head driver grew up in Edinburgh in Yorkshire, she joked.'), []);
  assert.deepEqual(findings('rail', 'The new head driver grew up in Edinburgh in Scotland.'), []);
  assert.deepEqual(findings('rail', 'The trust also runs a service to Aberdeen, Scotland, on Sundays.'), []);
  assert.deepEqual(findings('dam', 'وزار وزير التجهيز كمال الرامي طنجة في المغرب الشهر الماضي.'), []);
  assert.deepEqual(findings('dam', 'وزار وزير التجهيز كمال الرامي طنجة، الجزائر وتونس.'), []);
});

test('an organisation given another seat is flagged; its right seat, a place containing it and a person\'s base are not', () => {
  assert.deepEqual(findings('dam', 'وتتولى شركة «أطلس للهندسة»، ومقرها الرباط، أشغال البناء.'), ['organisation-seat: الرباط → الدار البيضاء']);
  assert.deepEqual(findings('dam', 'وتتولى شركة «أطلس للهندسة» التي يقع مقرها في الرباط أشغال البناء.'), ['organisation-seat: الرباط → الدار البيضاء']);
  assert.deepEqual(findings('rail', 'The Bristol-based Northern Rail Trust will buy four trains.'), ['organisation-seat: Bristol → Newcastle']);
  assert.deepEqual(findings('dam', 'وتتولى شركة «أطلس للهندسة»، ومقرها الدار البيضاء، أشغال البناء.'), []);
  assert.deepEqual(findings('dam', 'وتتولى شركة «أطلس للهندسة»، ومقرها المغرب، أشغال البناء.'), []);
  assert.deepEqual(findings('dam', 'وقال كمال الرامي، ومقره الرباط، إن الأشغال ستبدأ قريباً.'), []);
  assert.deepEqual(findings('rail', 'Ann Pike, based in Bristol, chairs the trust.'), []);
});

test('a seat said with اتخذ من X مقراً, "headquartered in", "X based" and a predicative "X-based" is compared', () => {
  assert.deepEqual(findings('dam', 'وتتخذ شركة «أطلس للهندسة» من الرباط مقراً لها منذ عشرين عاماً.'), ['organisation-seat: الرباط → الدار البيضاء']);
  assert.deepEqual(findings('dam', 'وقالت شركة «أطلس للهندسة» التي تتخذ من الرباط مقرا رئيسيا إن الأشغال ستبدأ.'), ['organisation-seat: الرباط → الدار البيضاء']);
  assert.deepEqual(findings('dam', 'وأعلنت شركة «أطلس للهندسة» ومقرّه في الرباط بدء الأشغال.'), ['organisation-seat: الرباط → الدار البيضاء']);
  assert.deepEqual(findings('rail', 'Northern Rail Trust, which is headquartered in Bristol, will buy the trains.'), ['organisation-seat: Bristol → Newcastle']);
  assert.deepEqual(findings('rail', 'The Bristol based Northern Rail Trust will buy the trains.'), ['organisation-seat: Bristol → Newcastle']);
  assert.deepEqual(findings('rail', 'Northern Rail Trust, a Bristol-headquartered operator, will buy the trains.'), ['organisation-seat: Bristol → Newcastle']);
  assert.deepEqual(findings('rail', 'Northern Rail Trust, which is Bristol-based, will buy the trains.'), ['organisation-seat: Bristol → Newcastle']);
});

test('near misses of a seat: the right seat, a person who takes a city as a base, another verb, a seat given to another body', () => {
  assert.deepEqual(findings('dam', 'وقالت شركة «أطلس للهندسة» التي تتخذ من الدار البيضاء مقرا لها إن الأشغال ستبدأ.'), []);
  assert.deepEqual(findings('dam', 'وقال كمال الرامي الذي يتخذ من الرباط مقراً له إن الأشغال ستبدأ.'), []);
  assert.deepEqual(findings('dam', 'وقالت شركة «أطلس للهندسة» التي تتخذ من الرباط منطلقا لأعمالها في الشمال إن الأشغال ستبدأ.'), []);
  assert.deepEqual(findings('dam', 'وتتخذ الوزارة من الرباط مقراً، وتتعامل مع شركة «أطلس للهندسة».'), []);
  assert.deepEqual(findings('rail', 'Northern Rail Trust, which is Newcastle-based, will buy the trains.'), []);
  assert.deepEqual(findings('rail', 'Northern Rail Trust chair Ann Pike, who is Bristol-based, spoke in Leeds.'), []);
});
