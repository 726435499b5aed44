/**
 * Drawing posts, organisations named in guillemets, kunya names and quote speakers: invented
 * sentences in both languages, so the mechanisms are tested apart from any story.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string) => drawFactBase(text, { published: '2025-03-04' }).factBase as unknown as Record<string, Fact[]>;
const holderOf = (kb: Record<string, Fact[]>, role: string) => kb.posts!.filter((post) => post.role === role).map((post) => kb.people!.find((person) => person.id === post.holder)?.names as { ar?: string[] } | undefined);

test('a title set off by commas before a name is the person\'s post, and so is a second title in apposition before it', () => {
  const kb = draw('وصل وزير الزراعة، سامي الحداد، إلى المدينة أمس. وقال رئيس كتلة «الوفاق» النيابية، الممثل السياسي للحزب في البرلمان، كريم العطار، إن الخطة جاهزة.');
  assert.deepEqual(holderOf(kb, 'minister')[0]?.ar, ['سامي الحداد']);
  const attar = kb.people!.find((person) => (person.names as { ar: string[] }).ar[0] === 'كريم العطار')!;
  const posts = kb.posts!.filter((post) => post.holder === attar.id).map((post) => post.role).sort();
  assert.deepEqual(posts, ['head', 'representative']);
});

test('a title in the next sentence is not given to the name before it', () => {
  const kb = draw('استقبل الوزير ضيفه هشام الراوي، بحضور الصحفيين. رئيس البلدية حضر أيضاً.');
  assert.equal(kb.posts!.filter((post) => post.role === 'head').length, 0);
});

test('an organisation in guillemets after a kind noun in the construct state is drawn; a term after a definite noun is not', () => {
  const kb = draw('كشفت حركة «أنصار الغد» عن خطتها، فيما انسحبت القوات «الغازية» من البلدة، ونقلت وكالة «الأنباء الحرة» الخبر.');
  const names = kb.organisations!.map((org) => (org.names as { ar: string[] }).ar[0]);
  assert.ok(names.includes('أنصار الغد'), names.join(', '));
  assert.ok(names.includes('الأنباء الحرة'), names.join(', '));
  assert.ok(!names.includes('الغازية'), names.join(', '));
  const movement = kb.organisations!.find((org) => (org.names as { ar: string[] }).ar[0] === 'أنصار الغد')!;
  assert.equal(movement.kind, 'movement');
  assert.ok((movement.review as { unsure?: boolean })?.unsure, 'the transliterated English form is marked for review');
});

test('a title naming an organisation in guillemets ties the post to it; a kunya with a nisba is a name', () => {
  const kb = draw('والتقى الأمين العام لـ«كتائب الفجر» أبو آلاء الساعدي وفداً من الحزب.');
  const person = kb.people!.find((p) => (p.names as { ar: string[] }).ar[0] === 'أبو آلاء الساعدي');
  assert.ok(person, JSON.stringify(kb.people));
  assert.ok((person.names as { en: string[] }).en.some((name) => name.startsWith('Abu Alaa al-')), JSON.stringify(person.names));
  const post = kb.posts!.find((p) => p.holder === person.id)!;
  assert.equal(post.role, 'secretary-general');
  assert.equal((post.title as { ar: string[] }).ar[0], 'الأمين العام لـ«كتائب الفجر»');
  assert.ok(kb.organisations!.some((org) => org.id === post.organisation));
});

test('a sentence that opens with a speech verb and no name carries on the subject of the sentence before, not the last name it mentions', () => {
  const kb = draw('وحسب عضو المجلس البلدي خالد النجار، فإن الخلاف بدأ منذ زيارة الوزير محمود العلي للمدينة.\nوقال، في تصريحات صحافية، إن «المشروع لن يتوقف مهما حدث».\nوأضاف: «سنواصل العمل مع الجميع».');
  const speakers = kb.quotes!.map((quote) => kb.people!.find((person) => person.id === quote.speaker)?.names);
  assert.equal(speakers.length, 2);
  for (const names of speakers) assert.deepEqual((names as { ar: string[] }).ar, ['خالد النجار']);
});

test('English: "he said" after a quote carries on that quote\'s speaker', () => {
  const kb = draw('LONDON - Council leader Maria Hughes said: "The bridge will reopen in spring." The mayor, Tom Baker, was not present.\n"We have the money now," he said.');
  const quotes = kb.quotes!.map((quote) => kb.people!.find((person) => person.id === quote.speaker)?.names);
  assert.ok(quotes.length >= 1);
  assert.deepEqual((quotes[0] as { en: string[] }).en[0], 'Maria Hughes');
});
