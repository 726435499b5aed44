/**
 * Drawing Arabic names joined by «و» and common names spelt from the table: an invented Cairo
 * criminal court ruling (tests/engine/fixtures/drawProbes/cairoCourt.ar.txt) names two defendants
 * in one run («سامح عبد الحكيم ومحمود الشربيني»), and two women of a shareholders' association.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

const FILE = 'cairoCourt.ar.txt';
const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', FILE), 'utf8');
const drawn = drawFactBase(article, {}).factBase as unknown as { people: { names: { ar: string[]; en: string[] } }[]; posts: { person: string; org?: string }[] };
const arabicNames = drawn.people.map((p) => p.names.ar[0]);
const englishName = (ar: string) => drawn.people.find((p) => p.names.ar[0] === ar)?.names.en[0];

test('two names joined by و are two people', () => {
  assert.ok(arabicNames.includes('سامح عبد الحكيم'), JSON.stringify(arabicNames));
  assert.ok(arabicNames.includes('محمود الشربيني'), JSON.stringify(arabicNames));
  assert.ok(!arabicNames.some((n) => (n ?? '').includes('ومحمود')), JSON.stringify(arabicNames));
});

test('a given name that opens with و is no conjunction', () => {
  const drawnOther = drawFactBase('القاهرة - 14 أكتوبر 2026\n\nقال المهندس سامح وليد، رئيس الشركة، إن المشروع سيكتمل.\n', {}).factBase as unknown as { people: { names: { ar: string[] } }[] };
  assert.deepEqual(drawnOther.people.map((p) => p.names.ar[0]), ['سامح وليد']);
});

test('common Arabic names take their usual English spellings', () => {
  assert.equal(englishName('منى السيد'), 'Mona al-Sayed');
  assert.equal(englishName('سارة يوسف'), 'Sara Youssef');
});

// The apposition after the second name is his post, not the first defendant's.
probe(FILE, { sentence: 'وكان محمود الشربيني المدير المالي السابق لشركة النيل للتطوير العقاري.' });
probe(FILE, { sentence: 'وقال محمود الشربيني إن "الحكم قاس ولا يستند إلى أدلة كافية".', rule: 'quote-speaker' });

// «المستشار» between the presiding judge's title and his name addresses him; it is no second title
// read into the first («رئيس الدائرة المستشار» was compared with «رئيس الدائرة» and flagged).
probe(FILE, { sentence: 'وقال رئيس الدائرة المستشار حسن فريد إن الحكم نهائي.' });
probe(FILE, { sentence: 'وقال المستشار حسن فريد، رئيس الدائرة، إن الحكم نهائي.' });
// The title before «المستشار» is still the name's, and compared.
probe(FILE, { sentence: 'وقال وزير العدل المستشار حسن فريد إن الحكم نهائي.', rule: 'post-holder' });
probe(FILE, { sentence: 'وقال حسن فريد، محامي المتهم الأول، إن موكله سيطعن على الحكم.', rule: 'post-holder', todo: 'a lawyer of a defendant («محامي المتهم الأول») drawn as a post in Arabic' });
