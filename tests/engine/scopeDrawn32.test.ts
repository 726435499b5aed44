/**
 * Probes of story detection with drawn fact bases: a numbers piece ("the fine in numbers", «…
 * بالأرقام») lists the story's figures and names almost none of its people or bodies. A draft
 * that repeats four of the story's figures or counted figures (23 vessels), one of them specific
 * to it (a figure of three significant digits, 5,730), is tied to the story across languages; a
 * draft of another story of the same kind that shares fewer of its figures, or only figures that
 * many stories share (round thousands, small counts), gets nothing. The articles and drafts are
 * invented; the companies, towns and people do not exist.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnFactBase as drawn, tiedTo } from './scopeDrawnHelpers';

const FERRY = `Island ferry operator fined over cancelled crossings

KILMORDAN, Tuesday 9 March 2027 - The island ferry operator Skerrin Ferries has been fined £2.4 million after cancelling 3,870 crossings last year, the transport regulator said.

The regulator said 14,000 passengers had been stranded overnight and that 37 sailings a week would now be required in winter. The company employs 1,300 staff and runs 23 vessels.

Its chief executive, Morven Achterlee, said the company would appeal.
`;

const WATER = `شركة مياه الوادي ترفع تعرفة المياه

الزرقاء – الأحد 7 مارس 2027 – أعلنت شركة مياه الوادي رفع تعرفة المياه للمشتركين اعتباراً من أبريل المقبل، بعد خسائر بلغت 4.6 مليون دينار العام الماضي.

وقالت الشركة إن 5730 مشتركاً تأخروا في دفع فواتيرهم، وإن شبكتها تخدم 62 ألف منزل عبر 1400 كيلومتر من الأنابيب، فيما يعمل لديها 870 موظفاً.

وقال مدير الشركة نبيل الطراونة إن التعرفة الجديدة لن تشمل الأسر الفقيرة.
`;

describe('a numbers piece in Arabic about an English story (drawn fact base)', () => {
  const ferry = drawn(FERRY, 'ferry', 'en');
  test('tied: four of its figures, one of them specific', () =>
    assert.ok(tiedTo(ferry, '# العبّارات إلى الجزر بالأرقام\n\n- 3870 رحلة أُلغيت العام الماضي.\n- 14 ألف مسافر علقوا ليلة كاملة.\n- 37 رحلة أسبوعياً في الشتاء.\n- 1300 موظف و23 سفينة.\n')));
  test('not tied: another operator of the same kind sharing three of its figures', () =>
    assert.ok(!tiedTo(ferry, '# عبّارات الساحل الشرقي بالأرقام\n\n- 3870 رحلة في العام.\n- 14 ألف مسافر.\n- 1300 موظف.\n- 41 سفينة وغرامة 950 ألف جنيه.\n')));
  test('not tied: another operator sharing only figures many stories share', () =>
    assert.ok(!tiedTo(ferry, '# Another ferry company in numbers\n\n- 14,000 passengers a week.\n- 1,300 staff.\n- 23 vessels.\n- 2,000 crossings cancelled.\n')));
});

describe('a numbers piece in English about an Arabic story (drawn fact base)', () => {
  const water = drawn(WATER, 'water', 'ar');
  test('tied: four of its figures, one of them specific', () =>
    assert.ok(tiedTo(water, '# The water tariff in numbers\n\n- 5,730 subscribers behind on their bills.\n- 62,000 homes on the network.\n- 1,400 kilometres of pipes.\n- 870 employees.\n')));
  test('not tied: another water company sharing three of its figures', () =>
    assert.ok(!tiedTo(water, '# Another water utility in numbers\n\n- 5,730 subscribers.\n- 62,000 homes.\n- 1,400 kilometres of pipes.\n- 215 employees.\n')));
  test('not tied: four figures with none specific to the story', () =>
    assert.ok(!tiedTo(water, '# A water company in numbers\n\n- 62,000 homes on the network.\n- 1,400 kilometres of pipes.\n- 870 employees.\n- 4,000 subscribers behind on their bills.\n')));
});

const BUSES = `Bus routes cut in Dunmarra after council budget

DUNMARRA, Wednesday 10 March 2027 - The council-owned operator Lomar Buses will cut four routes from April, after the council reduced its subsidy by £1.8 million.

Patients at Kelty Hospital will lose their direct link to the town centre, the operator said. Its managing director, Fiona Drummond, said about 3,100 passengers a day used the routes.
`;

describe('an Arabic draft naming an English story\'s bodies by an Arabic noun and their own name (drawn fact base)', () => {
  const buses = drawn(BUSES, 'buses', 'en');
  test('tied: the operator and the hospital, each after its Arabic noun', () =>
    assert.ok(tiedTo(buses, 'قالت شركة حافلات لومار إنها ستلغي أربعة خطوط، وسيفقد مرضى مستشفى كيلتي الخط المباشر إلى وسط المدينة.')));
  test('not tied: the same own names after the nouns of other kinds of body', () =>
    assert.ok(!tiedTo(buses, 'افتتحت مدرسة لومار قرب مطار كيلتي مبنى جديداً.')));
  test('not tied: the own names alone', () =>
    assert.ok(!tiedTo(buses, 'قال لومار إن كيلتي ستستضيف المهرجان الشهر المقبل.')));
  test('not tied: another operator and another hospital of the same town', () =>
    assert.ok(!tiedTo(buses, 'قالت شركة حافلات دنمارا إنها ستلغي خطين، وسيفقد مرضى مستشفى دنمارا الخط المباشر إلى وسط المدينة.')));
});
