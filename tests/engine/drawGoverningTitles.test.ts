/**
 * Titles in construct before a name (posts.ts `governingTitle`): the outer title is the person's
 * post when it governs another (مستشار رئيس الوزراء is an adviser, not the prime minister; مدير
 * مكتب وزير الصحة directs the minister's office; نائبة وزير الصحة is a deputy), while two stacked
 * titles (نائب رئيس الوزراء وزير الخارجية) leave the one next to the name. Also the deputy and
 * governor titles of the table (نائبة وزير, والي), and the English forms of a portfolio after "of"
 * (Minister of Foreign Affairs), checked by a draft that writes them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

type Fact = Record<string, unknown>;

/** Each drawn person's first Arabic name with their posts' roles. */
function postsOf(article: string): Record<string, string[]> {
  const kb = drawFactBase(article, { published: '2026-12-01' }).factBase as unknown as { people: Fact[]; posts: Fact[] };
  const out: Record<string, string[]> = {};
  for (const person of kb.people) {
    const name = (person.names as { ar?: string[] }).ar?.[0] ?? String(person.id);
    out[name] = kb.posts.filter((post) => post.holder === person.id).map((post) => String(post.role));
  }
  return out;
}

test('an outer title in construct is the post: an adviser, an office director, a spokesman or a deputy of a minister or the prime minister', () => {
  assert.deepEqual(postsOf('وقال مستشار رئيس الوزراء محمد الخطيب إن الخطة جاهزة.'), { 'محمد الخطيب': ['adviser'] });
  assert.deepEqual(postsOf('وقال مدير مكتب وزير الصحة سامي العلي إن الأطباء عادوا.'), { 'سامي العلي': ['director'] });
  assert.deepEqual(postsOf('وقال المتحدث باسم رئيس الوزراء نادر سعد إن الحكومة ملتزمة.'), { 'نادر سعد': ['spokesperson'] });
  assert.deepEqual(postsOf('وقال نائب رئيس الوزراء فؤاد حسين إن الحوار مستمر.'), { 'فؤاد حسين': ['deputy-head'] });
  assert.deepEqual(postsOf('وقالت نائبة وزير الصحة ليلى حمدان إن الأطباء عادوا.'), { 'ليلى حمدان': ['deputy-head'] });
});

test('stacked titles and plain ones keep the title next to the name', () => {
  assert.deepEqual(postsOf('وقال نائب رئيس الوزراء وزير الخارجية أيمن الصفدي إن المحادثات مستمرة.'), { 'أيمن الصفدي': ['minister'] });
  assert.deepEqual(postsOf('وقال رئيس الوزراء مصطفى مدبولي إن الصفقة هي الأكبر.'), { 'مصطفى مدبولي': ['prime-minister'] });
  assert.deepEqual(postsOf('وقال وزير الصحة عبد الحق بوشعيب، بحضور والي وهران سعيد جلولي، إن الوزارة صرفت المستحقات.'), { 'عبد الحق بوشعيب': ['minister'], 'سعيد جلولي': ['governor'] });
});

test('a foreign minister drawn from Arabic is not contradicted by "Minister of Foreign Affairs"; another portfolio still is', () => {
  const article = 'التقى وزير الخارجية المصري سامح شكري نظيره الفرنسي في القاهرة.';
  const checker = drawnChecker(article, { published: '2026-12-01' });
  const flagged = (sentence: string) => checker.check(sentence).findings.map((f) => f.ruleId);
  assert.deepEqual(flagged("Egypt's Minister of Foreign Affairs Sameh Shoukry met his French counterpart in Cairo."), []);
  assert.deepEqual(flagged('Egyptian foreign minister Sameh Shoukry held talks in Cairo.'), []);
  assert.deepEqual(flagged("Egypt's Minister of Finance Sameh Shoukry met his French counterpart in Cairo."), ['post-holder']);
});
