/**
 * Drawing organisation seats (`base`) from «ومقرها X», «تتخذ من X مقراً», "based in X",
 * "headquartered in X" and "the X-based Y", and the short form of an organisation the article
 * names in full. Sentences invented for the test, each with a near miss.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string) => drawFactBase(text, { published: '2025-03-04' }).factBase as unknown as Record<string, Fact[]>;
const orgNamed = (kb: Record<string, Fact[]>, name: string) => kb.organisations!.find((o) => JSON.stringify(o.names).includes(name));

test('Arabic: «ORG»، ومقرها X and ORG التي تتخذ من X مقراً لها draw the seat', () => {
  const kb = draw('ووقعت شركة النيل للتطوير العقاري، ومقرها القاهرة، عقداً مع الحكومة.\nوقالت وكالة الأنباء الوطنية التي تتخذ من دمشق مقراً لها إن الاتفاق تم.\n');
  assert.equal(orgNamed(kb, 'شركة النيل')?.base, 'cairo', JSON.stringify(kb.organisations));
  assert.equal(orgNamed(kb, 'وكالة الأنباء')?.base, 'damascus', JSON.stringify(kb.organisations));
  // Near miss: a person between the organisation and the seat words (his seat, not the company's).
  const other = draw('ووقعت شركة النيل للتطوير العقاري مع سالم الحداد ومقره القاهرة عقداً جديداً.\n');
  assert.equal(orgNamed(other, 'شركة النيل')?.base, undefined, JSON.stringify(other.organisations));
});

test('English: based in X, headquartered in X and the X-based ORG draw the seat; the seat is not part of the name', () => {
  const kb = draw('The Harbour Development Company, based in London, signed the deal.\nThe Cairo-based Nile Trading Company bought a stake on Monday.\n');
  assert.equal(orgNamed(kb, 'Harbour Development Company')?.base, 'london', JSON.stringify(kb.organisations));
  const nile = orgNamed(kb, 'Nile Trading Company');
  assert.equal(nile?.base, 'cairo');
  assert.deepEqual((nile?.names as { en: string[] }).en, ['Nile Trading Company']);
  // Near miss: "based on" is no seat, and an organisation given two seats keeps none.
  const other = draw('The Harbour Development Company, based on London figures, signed the deal.\nThe Harbour Development Company, based in Paris, denied it.\n');
  assert.equal(orgNamed(other, 'Harbour Development Company')?.base, 'paris');
  const two = draw('The Harbour Development Company, based in London, signed.\nThe Harbour Development Company, headquartered in Paris, denied it.\n');
  assert.equal(orgNamed(two, 'Harbour Development Company')?.base, undefined);
});

test('a drawn seat is compared with a draft\'s, and a draft giving the same seat gets no finding', () => {
  const article = 'ووقعت شركة النيل للتطوير العقاري، ومقرها القاهرة، عقداً مع الحكومة.\n';
  const checker = drawnChecker(article, { published: '2025-03-04' });
  const wrong = checker.check('شركة النيل للتطوير العقاري، ومقرها دمشق، وقعت العقد.').findings;
  assert.ok(wrong.some((finding) => finding.ruleId === 'organisation-seat'), JSON.stringify(wrong));
  const right = checker.check('شركة النيل للتطوير العقاري، ومقرها القاهرة، وقعت العقد.').findings;
  assert.deepEqual(right.filter((finding) => finding.ruleId === 'organisation-seat'), []);
});

test('a lexicon organisation whose words start a longer name the article gives is that organisation\'s short form', () => {
  const kb = draw('وافق مجلس الوزراء السوداني على الخطة.\nوعقد الاجتماع في مقر مجلس الوزراء بالخرطوم.\n');
  assert.ok(!kb.organisations!.some((o) => o.id === 'iraqi-council-of-ministers'), JSON.stringify(kb.organisations));
  // Near miss: with no longer name in the article, the lexicon's organisation is still drawn.
  const plain = draw('وعقد الاجتماع في مقر مجلس الوزراء في بغداد.\n');
  assert.ok(plain.organisations!.some((o) => o.id === 'iraqi-council-of-ministers'), JSON.stringify(plain.organisations));
});
