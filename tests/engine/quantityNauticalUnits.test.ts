/**
 * Nautical miles and knots, the units of news at sea, on two invented stories (a cargo ship on fire
 * off Oman, in English; a rescue off Lampedusa, in Arabic). Neither is a unit of the fact-base
 * schema: the article's figure is a fact of `unit: "other"` whose nouns are the unit's words, with
 * the place or body it belongs to as `subject`. A draft that writes the unit another way (nmi, kt)
 * or in the other language («ميلاً بحرياً», «عقدة») writes the same unit; a figure in another unit
 * (kilometres, km/h) is never compared with it, whether it is wrong (40 km for 40 nautical miles)
 * or the same distance converted (74 km).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, parseFactBase, type Checker } from '../../engine/src/index';
import { citer } from './helpers';

const SHIP = [
  'Cargo ship catches fire off Oman',
  'MUSCAT, Oct 5, 2026 (AFP) - A cargo ship caught fire 60 nautical miles east of Masirah Island on Monday, the Royal Navy of Oman said.',
  'A navy patrol boat sailing at 22 knots reached the ship within three hours and rescued its 19 crew members.',
].join('\n\n');

const RESCUE = [
  'إنقاذ 48 مهاجراً قبالة لامبيدوزا',
  'روما – الأحد 11 أكتوبر 2026',
  'أنقذ خفر السواحل الإيطالي 48 مهاجراً كانوا على متن قارب مطاطي على بعد 35 ميلاً بحرياً جنوب جزيرة لامبيدوزا يوم الأحد.',
  'وقال خفر السواحل إن زورقه أبحر بسرعة 30 عقدة للوصول إلى القارب.',
].join('\n\n');

function ship(): Checker {
  const cite = citer(SHIP);
  const data = {
    schemaVersion: 2,
    id: 'masirah-fire',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-10-05' },
    organisations: [
      { id: 'oman-navy', names: { en: ['Royal Navy of Oman', 'Omani navy'], ar: ['البحرية السلطانية العمانية'] }, kind: 'military', country: 'OM', evidence: cite('the Royal Navy of Oman') },
    ],
    places: [{ id: 'masirah', names: { en: ['Masirah Island', 'Masirah'], ar: ['جزيرة مصيرة', 'مصيرة'] }, kind: 'other', within: 'oman', evidence: cite('Masirah Island') }],
    quantities: [
      { id: 'distance', value: 60, unit: 'other', subject: 'masirah', noun: { en: ['nautical miles', 'miles'] }, evidence: cite('60 nautical miles east of Masirah Island') },
      { id: 'speed', value: 22, unit: 'other', subject: 'oman-navy', noun: { en: ['knots'] }, evidence: cite('sailing at 22 knots') },
      { id: 'crew', value: 19, unit: 'count', noun: { en: ['crew', 'members'] }, evidence: cite('its 19 crew members') },
    ],
  };
  const parsed = parseFactBase(JSON.stringify(data), 'masirah-fire.factbase.json', SHIP);
  assert.deepEqual(parsed.problems, []);
  return createChecker([parsed.factBase!], { scope: 'all' });
}

function rescue(): Checker {
  const cite = citer(RESCUE);
  const data = {
    schemaVersion: 2,
    id: 'lampedusa-rescue',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-10-11' },
    organisations: [
      { id: 'italian-coastguard', names: { ar: ['خفر السواحل الإيطالي'], en: ['Italian coastguard', 'Italian coast guard'] }, kind: 'military', country: 'IT', evidence: cite('خفر السواحل الإيطالي') },
    ],
    places: [{ id: 'lampedusa', names: { ar: ['جزيرة لامبيدوزا', 'لامبيدوزا'], en: ['Lampedusa'] }, kind: 'other', within: 'italy', evidence: cite('جزيرة لامبيدوزا') }],
    quantities: [
      { id: 'distance', value: 35, unit: 'other', subject: 'lampedusa', noun: { ar: ['ميل بحري'] }, evidence: cite('على بعد 35 ميلاً بحرياً جنوب جزيرة لامبيدوزا') },
      { id: 'speed', value: 30, unit: 'other', subject: 'italian-coastguard', noun: { ar: ['عقدة'] }, evidence: cite('أبحر بسرعة 30 عقدة') },
    ],
  };
  const parsed = parseFactBase(JSON.stringify(data), 'lampedusa-rescue.factbase.json', RESCUE);
  assert.deepEqual(parsed.problems, []);
  return createChecker([parsed.factBase!], { scope: 'all' });
}

/** The quantity findings of a draft, as `flagged text → fix`. */
function found(checker: Checker, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'quantity')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits.map((edit) => edit.text).join('') ?? ''}`);
}

test('nautical miles in the article\'s words: a wrong figure is reported, the right one passes', () => {
  assert.deepEqual(found(ship(), 'The ship caught fire 80 nautical miles east of Masirah Island.'), ['80 → 60']);
  assert.deepEqual(found(ship(), 'The ship caught fire 60 nautical miles east of Masirah Island.'), []);
  assert.deepEqual(found(rescue(), 'وأنقذ خفر السواحل 48 مهاجراً على بعد 45 ميلاً بحرياً جنوب لامبيدوزا.'), ['45 → 35']);
  assert.deepEqual(found(rescue(), 'وأنقذ خفر السواحل 48 مهاجراً على بعد 35 ميلاً بحرياً جنوب لامبيدوزا.'), []);
});

test('nautical miles and knots written another way or in the other language are the same unit', () => {
  const oman = ship();
  assert.deepEqual(found(oman, 'The ship caught fire 80 nmi east of Masirah Island.'), ['80 → 60']);
  assert.deepEqual(found(oman, 'The ship caught fire 60 nmi east of Masirah Island.'), []);
  assert.deepEqual(found(oman, 'وقالت البحرية السلطانية العمانية إن زورقاً أبحر بسرعة 28 عقدة.'), ['28 → 22']);
  assert.deepEqual(found(oman, 'وقالت البحرية السلطانية العمانية إن زورقاً أبحر بسرعة 22 عقدة.'), []);
  assert.deepEqual(found(oman, 'The Royal Navy of Oman said its patrol boat sailed at 28 kt.'), ['28 → 22']);
  assert.deepEqual(found(oman, 'The Royal Navy of Oman said its patrol boat sailed at 22 kt.'), []);
  assert.deepEqual(found(oman, 'واشتعلت النيران في السفينة على بعد 80 ميلاً بحرياً شرق جزيرة مصيرة.'), ['80 → 60']);
  const lampedusa = rescue();
  assert.deepEqual(found(lampedusa, 'The Italian coastguard rescued 48 migrants 45 nautical miles south of Lampedusa.'), ['45 → 35']);
  assert.deepEqual(found(lampedusa, 'The Italian coastguard rescued 48 migrants 35 nautical miles south of Lampedusa.'), []);
  assert.deepEqual(found(lampedusa, 'The Italian coastguard said its boat sailed at 40 knots to reach the dinghy.'), ['40 → 30']);
  assert.deepEqual(found(lampedusa, 'The Italian coastguard said its boat sailed at 30 knots to reach the dinghy.'), []);
});

test('a figure in another unit is not compared with nautical miles or knots, wrong or converted', () => {
  const oman = ship();
  // 60 km is wrong (60 nautical miles are 111 km), and 111 km is right: neither is compared.
  assert.deepEqual(found(oman, 'The ship caught fire 60 km east of Masirah Island.'), []);
  assert.deepEqual(found(oman, 'The ship caught fire 111 km east of Masirah Island.'), []);
  assert.deepEqual(found(oman, 'The Royal Navy of Oman said its patrol boat sailed at 40 km/h.'), []);
  const lampedusa = rescue();
  assert.deepEqual(found(lampedusa, 'وأنقذ خفر السواحل الإيطالي المهاجرين على بعد 65 كيلومتراً جنوب لامبيدوزا.'), []);
  // Traps: a count beside the unit's words, and a contract («عقد») beside the coastguard.
  assert.deepEqual(found(oman, 'The navy patrol boat rescued all 19 crew members 60 nautical miles east of Masirah.'), []);
  assert.deepEqual(found(lampedusa, 'ووقع خفر السواحل الإيطالي عقداً لشراء 25 زورقاً.'), []);
});
