/**
 * A body named after an honoured person (جامعة السلطان قابوس) is drawn whole, with
 * English names made by rule (Sultan Qabous University), now that the name after its kind noun is
 * no person's (people34). Invented article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

const ARTICLE = [
  'مسقط، الأحد 13 ديسمبر 2026 - أعلنت وزارة الصحة العُمانية يوم الأحد أن 120 طبيباً جديداً سينضمون إلى مستشفيات ظفار بحلول مارس 2027.',
  '',
  'وقال الدكتور خالد بن سعيد الرواحي (52 عاماً) إن جامعة السلطان قابوس ستدرّب 40 ممرضاً خلال العام المقبل، وإن مركز الشيخ زايد سيستقبل المتدربين.',
  '',
].join('\n');

const drawn = drawFactBase(ARTICLE, { lang: 'ar' }).factBase as unknown as { organisations: { names: { ar: string[]; en?: string[] } }[]; people: { names: { ar: string[] } }[] };

test('a university named after a sultan is drawn whole, with English names by rule', () => {
  const university = drawn.organisations.find((body) => body.names.ar.includes('جامعة السلطان قابوس'));
  assert.ok(university, JSON.stringify(drawn.organisations.map((body) => body.names.ar)));
  assert.ok(university.names.en?.includes('Sultan Qabous University'), JSON.stringify(university.names.en));
});

test('the honoured name is not drawn as a person', () => {
  const names = drawn.people.flatMap((person) => person.names.ar);
  assert.ok(!names.some((name) => /قابوس/.test(name)), JSON.stringify(names));
});
