/**
 * Where names of people, organisations and posts begin and end: names with بن/بنت/ولد inside,
 * words of time after a given name that is also a noun (صباح الثلاثاء), Arabic organisations named
 * by a construct chain (نقابة عمال ميناء صحار, غرفة تجارة وصناعة عُمان) but not an indefinite body
 * with a complement of purpose (لجنة للتفاوض), and English posts after a possessive (the
 * service's chief fire information officer; British Columbia's Minister of Forests). Invented
 * sentences in both languages, with near misses that must not be drawn.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string, lang: 'ar' | 'en') => drawFactBase(text, { published: '2026-11-03', lang }).factBase as unknown as Record<string, Fact[]>;
const names = (fact: Fact | undefined, lang: 'ar' | 'en') => (fact?.names as { ar?: string[]; en?: string[] } | undefined)?.[lang] ?? [];
const arPeople = (kb: Record<string, Fact[]>) => kb.people!.map((p) => names(p, 'ar')[0]);
const arOrgs = (kb: Record<string, Fact[]>) => kb.organisations!.map((o) => names(o, 'ar')[0]);

test('a name with بن inside is one person, from a first word the lexicon does not know', () => {
  const kb = draw('وقال وزير النقل البحريني مرزوق بن سعيد الدوسري إن الرحلات ستعود.\n', 'ar');
  assert.deepEqual(arPeople(kb), ['مرزوق بن سعيد الدوسري']);
  const post = kb.posts!.find((p) => p.role === 'minister');
  assert.equal(post?.holder, kb.people![0]!.id);
});

test('بنت, ولد and two filiations in a row stay inside one name', () => {
  const kb = draw('وقالت الطبيبة نوال بنت حمد الحارثية إن الحالة مستقرة.\nوأكد الرئيس محمد ولد الشيخ الغزواني دعمه للخطة.\nوقال رجل الأعمال مرزوق بن زهران بن علي الشكيلي إنه سيستثمر.\n', 'ar');
  const people = arPeople(kb);
  assert.ok(people.includes('نوال بنت حمد الحارثية'), JSON.stringify(people));
  assert.ok(people.includes('محمد ولد الشيخ الغزواني'), JSON.stringify(people));
  assert.ok(people.includes('مرزوق بن زهران بن علي الشكيلي'), JSON.stringify(people));
  // Near miss: no name ends on a connector.
  for (const name of people) assert.ok(!/ (بن|بنت|ولد)$/.test(name!), name);
});

test('near miss: ولد as a verb after a name is not a connector', () => {
  const kb = draw('وقال المهندس سالم الحارثي إن المشروع ولد في ظروف صعبة.\n', 'ar');
  assert.deepEqual(arPeople(kb), ['سالم الحارثي']);
});

test('a given name that is also a word of time (صباح, مساء) followed by a weekday or a month is no person', () => {
  const kb = draw('وأضاف أن العمال يشاركون في الإضراب منذ صباح الثلاثاء.\nوستبدأ المفاوضات مساء الخميس، على أن تنتهي صباح مارس المقبل.\n', 'ar');
  assert.deepEqual(arPeople(kb), []);
  // Near miss: صباح as a given name before a family name is a person.
  const other = draw('وقال الأمير صباح الخالد إن الحكومة ستجتمع.\n', 'ar');
  assert.ok(arPeople(other).some((name) => /صباح الخالد/.test(name!)), JSON.stringify(arPeople(other)));
});

test('an organisation named by a construct chain runs to the definite word or known place that closes it', () => {
  const kb = draw('أعلنت نقابة عمال ميناء صحار إضراباً مفتوحاً.\nوقدّرت غرفة تجارة وصناعة عُمان الخسائر بنحو مليون ريال.\n', 'ar');
  const orgs = arOrgs(kb);
  assert.ok(orgs.includes('نقابة عمال ميناء صحار'), JSON.stringify(orgs));
  assert.ok(orgs.includes('غرفة تجارة وصناعة عُمان'), JSON.stringify(orgs));
  assert.equal(kb.organisations!.find((o) => names(o, 'ar')[0] === 'نقابة عمال ميناء صحار')?.kind, 'union');
});

test('near misses: an indefinite body with a complement of purpose, and a chain that never closes, are not read on', () => {
  const kb = draw('وقال الوزير إن الوزارة شكّلت لجنة للتفاوض مع إدارة الميناء.\nوقالت شركة أرامكو إنها تدرس العرض.\n', 'ar');
  const orgs = arOrgs(kb);
  assert.ok(!orgs.some((name) => /لجنة/.test(name!)), JSON.stringify(orgs));
  assert.ok(orgs.includes('شركة أرامكو'), JSON.stringify(orgs));
});

test('the union is the post\'s organisation: رئيس النقابة after نقابة عمال …', () => {
  const kb = draw('أعلنت نقابة عمال ميناء صحار إضراباً.\nوقال رئيس النقابة سالم بن حمد الكلباني إن العمال لن يعودوا.\n', 'ar');
  const union = kb.organisations!.find((o) => names(o, 'ar')[0] === 'نقابة عمال ميناء صحار');
  const post = kb.posts!.find((p) => p.role === 'head');
  assert.equal(post?.organisation, union?.id);
});

test('English: a title after a possessive in apposition keeps its lower-case words and names its organisation', () => {
  const kb = draw(
    'The Coastal Rescue Service said the storm had passed.\n"We expect the roads to reopen on Friday," said Dana Whitfield, the service\'s chief public information officer, at a briefing.\n',
    'en',
  );
  const post = kb.posts!.find((p) => p.holder === kb.people!.find((person) => names(person, 'en')[0] === 'Dana Whitfield')?.id);
  assert.deepEqual(names(post ? { id: '', names: post.title } : undefined, 'en'), ['chief public information officer']);
  assert.equal(post?.role, 'spokesperson');
  assert.equal(post?.organisation, kb.organisations!.find((o) => names(o, 'en')[0] === 'Coastal Rescue Service')?.id);
});

test('English: the owner of a possessive before a title is left out of its canonical form and gives no nationality', () => {
  const kb = draw("British Columbia's Minister of Forests, Priya Dhaliwal, said 420 firefighters were at work.\n", 'en');
  const post = kb.posts!.find((p) => p.role === 'minister');
  assert.deepEqual((post?.title as { en: string[] }).en, ['Minister of Forests', "British Columbia's Minister of Forests"]);
  assert.equal(post?.country, undefined);
  // Near miss: a nationality that is part of the title still gives the country.
  const other = draw('British Foreign Secretary Alan Gray said the talks would go on.\n', 'en');
  assert.equal(other.posts!.find((p) => p.role === 'minister')?.country, 'GB');
});

test('an adverb or a noun of relation after a name is not part of it; a compound given name takes its family name', () => {
  const kb = draw('وقال أحمد سالم بدوره إن الاتفاق جيد.\nوقالت سعاد حسني مجدداً إن الإضراب مستمر.\nالتقى وزير الخارجية المصري سامح شكري نظيره الفرنسي في القاهرة.\nوقال جمال الدين شريف إن الأطباء لن يعودوا.\n', 'ar');
  assert.deepEqual(arPeople(kb), ['أحمد سالم', 'سعاد حسني', 'سامح شكري', 'جمال الدين شريف']);
});

test('a name after a title never runs over a comma into the next clause', () => {
  const kb = draw('وطالب النائب العربي زيتوني، المنتمي إلى حزب جبهة التحرير الوطني، بفتح تحقيق.\n', 'ar');
  for (const name of arPeople(kb)) assert.ok(!name!.includes('،') && !name!.includes('المنتمي'), name);
});
