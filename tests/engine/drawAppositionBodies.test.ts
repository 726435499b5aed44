/**
 * Bodies named by an apposition (Harlow Structures, the firm that built the bridge; «وقالت هارلو
 * ستركتشرز، الشركة التي بنت الجسر») and by a kind noun of a public service (HM Coastguard): drawn
 * as organisations, not people, with Arabic forms of a proper-named company for Arabic drafts.
 * Invented sentences, with near misses that stay people (a builder, a crane operator, a founder).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string, lang: 'ar' | 'en') => drawFactBase(text, { published: '2026-03-10', lang }).factBase as unknown as Record<string, Fact[]>;
const names = (kb: Record<string, Fact[]>, section: string, lang: 'ar' | 'en') => kb[section]!.map((p) => (p.names as Record<string, string[]>)[lang]?.[0]);

test('English: a capitalised name before ", the firm that", ", a Leeds-based charity" is a body; HM Coastguard is an agency', () => {
  const kb = draw('Harlow Structures, the firm that built the bridge in 1998, said it would help.\nThe contract went to Arden Care, a Leeds-based charity.\nHM Coastguard said three lifeboats were sent.\n', 'en');
  assert.deepEqual(names(kb, 'people', 'en'), []);
  assert.deepEqual(names(kb, 'organisations', 'en').sort(), ['Arden Care', 'HM Coastguard', 'Harlow Structures']);
  const harlow = kb.organisations!.find((o) => (o.names as { en: string[] }).en[0] === 'Harlow Structures')!;
  assert.equal(harlow.kind, 'company');
  assert.ok((harlow.names as { ar?: string[] }).ar?.some((form) => form.startsWith('شركة ')), JSON.stringify(harlow.names));
});

test('English near misses: a person described as a builder or a crane operator stays a person', () => {
  const kb = draw('Mark Jennings, a builder who lives nearby, said the bridge shook.\nPaula Rees, a crane operator at the port, saw it fall.\nFiona Caledon, the firm’s founder, said nothing.\n', 'en');
  assert.deepEqual(names(kb, 'people', 'en'), ['Mark Jennings', 'Paula Rees', 'Fiona Caledon']);
});

test('Arabic: a foreign body after a speech verb and before «، الشركة التي» is a body; a person before a title stays a person', () => {
  const kb = draw('انهيار جسر\n\nلندن – السبت 12 سبتمبر/أيلول 2026\n\nوقالت هارلو ستركتشرز، الشركة التي بنت الجسر عام 1998، إنها ستساعد المحققين.\nوقال عادل منصور، رئيس الشركة، إن الجسر فُحص.\n', 'ar');
  assert.deepEqual(names(kb, 'people', 'ar'), ['عادل منصور']);
  assert.ok(names(kb, 'organisations', 'ar').includes('هارلو ستركتشرز'), JSON.stringify(kb.organisations));
});
