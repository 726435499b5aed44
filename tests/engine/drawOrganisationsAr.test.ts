/**
 * Arabic organisations: North African federations named الجامعة (not universities), names after ل
 * (للاتحاد is الاتحاد), proper names of two words before a complement, parents given by التابعة
 * لـ, English names of ministries, short forms the article uses, and the posts that name them
 * (الكاتب العام, وزير التربية → وزارة التربية). Invented sentences, with near misses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string) => drawFactBase(text, { published: '2026-07-14', lang: 'ar' }).factBase as unknown as Record<string, Fact[]>;
const arNames = (fact: Fact | undefined) => (fact?.names as { ar?: string[] } | undefined)?.ar ?? [];
const byName = (kb: Record<string, Fact[]>, name: string) => kb.organisations!.find((o) => arNames(o)[0] === name);

test('الجامعة with an adjective and a complement with ل is a union; its parent follows التابعة لـ', () => {
  const kb = draw('وأعلنت الجامعة العامة للنقل التابعة للاتحاد العام التونسي للشغل إضراباً يوم الخميس.\n');
  const union = byName(kb, 'الجامعة العامة للنقل');
  const parent = byName(kb, 'الاتحاد العام التونسي للشغل');
  assert.ok(union && parent, JSON.stringify(kb.organisations));
  assert.equal(union.kind, 'union');
  assert.equal(union.parent, parent.id);
  assert.equal(parent.country, 'TN');
});

test('near misses: جامعة القاهرة and الجامعة الأمريكية are universities; an organisation with no التابعة has no parent', () => {
  const kb = draw('وقال باحثون في جامعة القاهرة والجامعة الأمريكية في بيروت إن الدراسة اكتملت.\nووقعت الجامعة العامة للنقل اتفاقاً مع الاتحاد العام التونسي للشغل.\n');
  for (const o of kb.organisations!.filter((o) => /جامعة القاهرة|الجامعة الأمريكية/.test(arNames(o)[0]!))) assert.equal(o.kind, 'university');
  assert.equal(byName(kb, 'الجامعة العامة للنقل')?.parent, undefined);
});

test('a two-word proper name before a complement stays in the name (وكالة تونس إفريقيا للأنباء)', () => {
  const kb = draw('وقالت لوكالة تونس إفريقيا للأنباء إنها سعيدة.\n');
  assert.ok(byName(kb, 'وكالة تونس إفريقيا للأنباء'), JSON.stringify(kb.organisations));
  // Near miss: an indefinite word after a head and one complement word with no complement after it ends the name.
  const other = draw('وأعلنت وزارة الصحة صباح اليوم النتائج.\n');
  assert.ok(byName(other, 'وزارة الصحة'), JSON.stringify(other.organisations));
});

test('a ministry gets its English names, with the nationality when the name gives one; a minister of its portfolio holds a post of it', () => {
  const kb = draw('أعلنت وزارة التربية التونسية النتائج.\nوقال وزير التربية سالم الحداد إن النتائج جيدة.\n');
  const ministry = byName(kb, 'وزارة التربية التونسية');
  assert.deepEqual((ministry?.names as { en: string[] }).en, ['Ministry of Education', 'Education Ministry', 'Tunisian Education Ministry']);
  assert.equal(kb.posts!.find((p) => p.role === 'minister')?.organisation, ministry!.id);
  // Near miss: a minister of another portfolio is not the ministry's.
  const other = draw('أعلنت وزارة التربية النتائج.\nوقال وزير المالية سالم الحداد إن الكلفة مرتفعة.\n');
  assert.equal(other.posts!.find((p) => p.role === 'minister')?.organisation, undefined);
});

test('a bare kind noun the article uses for its one body of that kind is a short form (الجامعة), not when two bodies share it', () => {
  const kb = draw('وتأتي النتائج بعد توتر بين الوزارة والجامعة العامة للتعليم الثانوي.\nوكانت الجامعة قد نفذت إضراباً في أبريل.\n');
  assert.ok(arNames(byName(kb, 'الجامعة العامة للتعليم الثانوي')).includes('الجامعة'), JSON.stringify(kb.organisations));
  const two = draw('أعلنت وزارة التربية ووزارة المالية الاتفاق.\nوقالت الوزارة إن الكلفة مرتفعة.\n');
  for (const o of two.organisations!) assert.ok(!arNames(o).includes('الوزارة'), JSON.stringify(two.organisations));
});

test('الكاتب العام is a secretary-general of the body after it; الكاتب العام المساعد is a deputy', () => {
  const kb = draw('وقال الكاتب العام للجامعة العامة للتعليم الثانوي حاتم البجاوي إن الاتفاق خطوة أولى.\nوقال الكاتب العام المساعد للجامعة العامة للتعليم الثانوي سالم الحداد إن المفاوضات مستمرة.\n');
  const union = byName(kb, 'الجامعة العامة للتعليم الثانوي');
  const roles = kb.posts!.map((p) => [p.role, p.organisation]);
  assert.deepEqual(roles.sort(), [['deputy-head', union!.id], ['secretary-general', union!.id]].sort(), JSON.stringify(kb.posts));
  // Near miss: الكاتب alone (a writer) is no post.
  const writer = draw('وقال الكاتب سالم الحداد إن الرواية ستصدر قريباً.\n');
  assert.deepEqual(writer.posts, []);
});

test('الاتحاد الدولي لجمعيات الصليب الأحمر: a complement with ل in construct right after the adjective stays in the name', () => {
  const kb = draw('وأعلن الاتحاد الدولي لجمعيات الصليب الأحمر تخصيص مليون فرنك من صندوق الطوارئ للاستجابة للكوارث لدعم الهلال الأحمر المغربي.\n');
  const names = kb.organisations!.map((o) => arNames(o)[0]);
  assert.ok(names.includes('الاتحاد الدولي لجمعيات الصليب الأحمر'), JSON.stringify(names));
  // Near miss: a purpose after a longer name (لدعم …) is not part of it.
  assert.ok(names.includes('صندوق الطوارئ للاستجابة للكوارث'), JSON.stringify(names));
});

test('a one-word name of the reference list in construct with an indefinite noun is a common word (بفتح تحقيق), not the body; a directorate is a body', () => {
  const organisations = (text: string) => ((drawFactBase(`خبر\n\nأسيوط – الخميس 8 أكتوبر/تشرين الأول 2026\n\n${text}\n`).factBase as unknown as { organisations: { names: { ar?: string[] } }[] }).organisations.map((o) => o.names.ar?.[0]));
  assert.deepEqual(organisations('وطالب النائب عادل منصور بفتح تحقيق عاجل.'), []);
  // Near misses: the movement named with its kind noun, or after a preposition, is drawn.
  assert.deepEqual(organisations('وقالت حركة فتح إن الاجتماع انتهى.'), ['حركة فتح']);
  assert.deepEqual(organisations('وقال مسؤول في فتح إن الحركة سترد.'), ['حركة فتح']);
  assert.deepEqual(organisations('وقالت مديرية الصحة في أسيوط إن المستشفيات استقبلت المصابين.'), ['مديرية الصحة']);
});
