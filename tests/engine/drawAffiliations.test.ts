/**
 * Drawing "ORG led by PERSON": an affiliation `leads` and a post of leader of the organisation, in
 * both languages. Sentences invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string) => drawFactBase(text, { published: '2025-03-04' }).factBase as unknown as Record<string, Fact[]>;

test('Arabic: «ORG» بزعامة PERSON draws leads and a leader post', () => {
  const kb = draw('وأعلنت حركة «شباب الغد» بزعامة سالم الحداد مقاطعة الانتخابات.\n');
  assert.equal(kb.affiliations!.length, 1, JSON.stringify(kb.affiliations));
  const [affiliation] = kb.affiliations!;
  assert.equal(affiliation!.relation, 'leads');
  const post = kb.posts!.find((p) => p.role === 'leader');
  assert.equal(post?.organisation, affiliation!.organisation);
  assert.equal(post?.holder, affiliation!.member);
});

test('English: ORG, led by PERSON draws leads', () => {
  const kb = draw('The Harbour Workers Union, led by Mary Fenton, called a strike on Monday.\n');
  assert.equal(kb.affiliations!.length, 1, JSON.stringify({ affiliations: kb.affiliations, organisations: kb.organisations }));
});

test('near miss: a person after "led by" with no organisation named before it draws nothing', () => {
  const kb = draw('A delegation led by Mary Fenton arrived on Monday.\n');
  assert.deepEqual(kb.affiliations, []);
  const ar = draw('ووصل وفد بقيادة سالم الحداد إلى العاصمة.\n');
  assert.deepEqual(ar.affiliations, []);
});

test('a one-word name in guillemets that ends one organisation\'s name is its short name, and a title with it names that organisation', () => {
  const kb = draw('وقعت شركة النيل للتطوير العقاري «العقاري» عقداً جديداً.\nوقال سالم الحداد، الرئيس التنفيذي لـ«العقاري»، إن المشروع سيبدأ قريباً.\n');
  const org = kb.organisations!.find((o) => (o.names as { ar: string[] }).ar.includes('العقاري'));
  assert.ok(org, JSON.stringify(kb.organisations));
  assert.equal(kb.posts!.find((p) => p.role === 'chief-executive')?.organisation, org.id);
  // Near miss: a quoted word that ends no organisation's name stays a term.
  const other = draw('وقعت شركة النيل للتطوير العقاري عقداً وصفه الوزير بأنه «تاريخي».\n');
  assert.ok(!other.organisations!.some((o) => (o.names as { ar: string[] }).ar.includes('تاريخي')));
});

test('English: PERSON, the ORG\'s TITLE draws the post in that organisation and membership of it', () => {
  const kb = draw('Daniel Marsh, the opposition Green Party\'s shadow foreign secretary, criticised the budget on Monday.\n');
  const member = kb.affiliations!.find((a) => a.relation === 'member-of');
  assert.ok(member, JSON.stringify({ affiliations: kb.affiliations, organisations: kb.organisations, posts: kb.posts }));
  const post = kb.posts!.find((p) => p.holder === member.member);
  assert.equal(post?.organisation, member.organisation);
  // Near miss: a title with no organisation's possessive before it draws no membership.
  const other = draw('Daniel Marsh, the shadow foreign secretary, criticised the Green Party on Monday.\n');
  assert.deepEqual(other.affiliations, []);
});

test('membership set off after a name (a member of ORG, «أحد قادة ORG») draws member-of; another relation does not', () => {
  const kb = draw('Alan Gray, a member of the Scottish National Party, welcomed the deal.\n');
  assert.deepEqual(kb.affiliations!.map((a) => `${String(a.member)} ${String(a.relation)}`), ['gray member-of'], JSON.stringify(kb.affiliations));
  const ar = draw('وقال سالم الحداد، أحد قادة حزب التجمع الوطني، إن الحزب سيقاطع الانتخابات.\n');
  assert.deepEqual(ar.affiliations!.map((a) => String(a.relation)), ['member-of'], JSON.stringify(ar.affiliations));
  // Near misses: a founder or a fan is not drawn a member.
  assert.deepEqual(draw('Alan Gray, a fan of the Scottish National Party, welcomed the deal.\n').affiliations, []);
  assert.deepEqual(draw('وقال خالد العمري، مؤسس حزب التجمع الوطني، إن ذلك خطأ.\n').affiliations, []);
});
