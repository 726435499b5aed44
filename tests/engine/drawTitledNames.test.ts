/**
 * Drawing Arabic names right after a long title and its complement («المدير التنفيذي للمشروع
 * فهد العتيبي»): invented sentences, with near misses where the title is followed by an
 * organisation or a place only, or by the complement's own words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string) => drawFactBase(text, { published: '2025-03-04' }).factBase as unknown as Record<string, Fact[]>;
const arabicNames = (kb: Record<string, Fact[]>) => kb.people!.map((person) => (person.names as { ar: string[] }).ar[0]);
const personNamed = (kb: Record<string, Fact[]>, name: string) => kb.people!.find((person) => (person.names as { ar: string[] }).ar[0] === name);
const reasonOf = (fact: Fact | undefined) => (fact?.review as { reason?: string } | undefined)?.reason ?? '';

test('a name after a title and its complement is a person holding that post; an unknown first name marks the boundary unsure', () => {
  const kb = draw('وقال المدير التنفيذي للمشروع فهد العتيبي إن العمل بدأ في الموقع.');
  const person = personNamed(kb, 'فهد العتيبي');
  assert.ok(person, arabicNames(kb).join(', '));
  assert.match(reasonOf(person), /boundary between the title and the name/);
  const post = kb.posts!.find((p) => p.holder === person.id);
  assert.equal(post?.role, 'director');
  assert.deepEqual((post?.title as { ar: string[] }).ar, ['المدير التنفيذي للمشروع']);
});

test('a descriptor with a complement (الخبيرة في الاقتصاد) is followed by a person; a compound minister\'s title by its holder', () => {
  const kb = draw('وأكدت الخبيرة في الاقتصاد نورة القحطاني أن الأسعار سترتفع. ووصل وزير الدولة لشؤون الاستثمار سالم الحداد إلى المدينة أمس.');
  assert.ok(personNamed(kb, 'نورة القحطاني'), arabicNames(kb).join(', '));
  const haddad = personNamed(kb, 'سالم الحداد');
  assert.ok(haddad, arabicNames(kb).join(', '));
  // A given name of the lexicon as the first name word makes the boundary sure.
  assert.doesNotMatch(reasonOf(haddad), /boundary/);
  const post = kb.posts!.find((p) => p.holder === haddad.id);
  assert.deepEqual((post?.title as { ar: string[] }).ar, ['وزير الدولة لشؤون الاستثمار']);
});

test('a complement with an organisation in guillemets ties the post to it, and a comma may end the name', () => {
  const kb = draw('وقال المدير التنفيذي لشركة «نور» للتطوير العقاري فهد العتيبي، إن المشروع سيكتمل.');
  const person = personNamed(kb, 'فهد العتيبي');
  assert.ok(person, arabicNames(kb).join(', '));
  const post = kb.posts!.find((p) => p.holder === person.id);
  assert.ok(post?.organisation && kb.organisations!.some((org) => org.id === post.organisation), JSON.stringify(post));
});

test('near misses: a title followed by an organisation only, by a place only, or by its complement and an object is no person', () => {
  for (const text of [
    'وقال المدير التنفيذي لشركة نيوم إن العمل بدأ.',
    'وقال المدير التنفيذي للشركة في الرياض إن العمل بدأ.',
    'وقال المدير التنفيذي للمشروع الجديد إن العمل بدأ.',
    'وأعلن وزير الاستثمار توقيع اتفاقية مع الشركة. وجرى التوقيع أمس.',
    'وقال المدير الإقليمي للاتحاد في الشرق الأوسط وشمال أفريقيا إن الوضع صعب.',
  ]) {
    const kb = draw(text);
    assert.deepEqual(arabicNames(kb), [], text);
  }
});

test('words of the complement that are the article\'s other vocabulary are not taken for a name', () => {
  const kb = draw('وقال رئيس الهيئة تطوير المشاريع إن العمل بدأ. وتشمل خطة التطوير مشاريع جديدة.');
  assert.deepEqual(arabicNames(kb), []);
});

test('a definite kind noun followed by a name is no organisation with the name in it', () => {
  const kb = draw('من جهتها، قالت المديرة العالمية للعمليات في الاتحاد كارولين هولت إن الساعات المقبلة حاسمة.');
  const organisations = kb.organisations!.map((org) => (org.names as { ar: string[] }).ar[0]);
  assert.ok(!organisations.some((name) => name?.includes('كارولين')), organisations.join(', '));
  const person = personNamed(kb, 'كارولين هولت');
  assert.ok(person, arabicNames(kb).join(', '));
  assert.equal(kb.posts!.find((post) => post.holder === person.id)?.role, 'director');
});

test('one path for names after titles: an unknown first name is drawn with its boundary marked unsure, even after a nationality', () => {
  for (const [text, name] of <[string, string][]>[
    ['وقال وزير الخارجية العراقي زبير الكناني، إن الوفد وصل.', 'زبير الكناني'],
    ['وأكد وزير الطاقة والمعادن منصف الزروالي أن الإنتاج سيرتفع.', 'منصف الزروالي'],
  ]) {
    const person = personNamed(draw(text), name);
    assert.ok(person, text);
    assert.match(reasonOf(person), /boundary between the title and the name/);
  }
  // A known given name after the title's object is sure wherever the clause ends.
  const known = personNamed(draw('وأكد وزير الطاقة والمعادن مصطفى الزروالي أن الإنتاج سيرتفع.'), 'مصطفى الزروالي');
  assert.ok(known);
  assert.doesNotMatch(reasonOf(known), /boundary/);
  // Near misses: a nationality followed by a time word or a function word is no name.
  for (const text of ['وقال وزير الخارجية العراقي خلال زيارته، إن الوفد وصل.', 'وقال وزير الخارجية العراقي أمس الأربعاء، إن الوفد وصل.']) {
    assert.deepEqual(arabicNames(draw(text)), [], text);
  }
});
