/**
 * Affiliations of organisations (rules/posts/organisationParent.ts): an organisation said to belong
 * to another than its `parent` («X التابعة لـY», «X المنضوية تحت لواء Y», "X, a wing of Y", "X,
 * part of Y", "Y's X"), on an invented story (a teachers' strike) so that no corpus sentence is
 * involved. The other organisation may be known or named by its construction. Each case has near
 * misses that must pass: the parent, a parent of the parent, an organisation without a parent in
 * the fact base, another class of body, a cue that is not about the organisation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';

const ARTICLE = [
  'إضراب المعلمين في الشمال',
  'أعلنت نقابة معلمي الشمال التابعة للكونفدرالية الوطنية للشغل إضراباً مفتوحاً، فيما دعا اتحاد أرباب العمل إلى الحوار.',
  'والكونفدرالية الوطنية للشغل عضو في الاتحاد الدولي للنقابات.',
].join('\n');

const cite = citer(ARTICLE);

function strike(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'teachers-strike',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2025-10-02' },
    organisations: [
      { id: 'nta', kind: 'union', parent: 'cnt', names: { ar: ['نقابة معلمي الشمال'], en: ['Northern Teachers Union'] }, evidence: cite('نقابة معلمي الشمال') },
      { id: 'cnt', kind: 'union', parent: 'ituc', names: { ar: ['الكونفدرالية الوطنية للشغل'], en: ['National Labour Confederation', 'NLC'] }, evidence: cite('الكونفدرالية الوطنية للشغل') },
      { id: 'ituc', kind: 'federation', names: { ar: ['الاتحاد الدولي للنقابات'], en: ['International Trade Union Confederation'] }, evidence: cite('الاتحاد الدولي للنقابات') },
      { id: 'employers', kind: 'union', names: { ar: ['اتحاد أرباب العمل'], en: ['Employers Union'] }, evidence: cite('اتحاد أرباب العمل') },
    ],
    affiliations: [
      { id: 'cnt-ituc', member: 'cnt', organisation: 'ituc', relation: 'member-of', evidence: cite('والكونفدرالية الوطنية للشغل عضو في الاتحاد الدولي للنقابات') },
    ],
  };
  return loadTestFactBase(data, 'strike.factbase.json', ARTICLE);
}

const checker = createChecker([strike()], { scope: 'all' });
const findings = findingLines(checker, ['affiliation', 'post-holder']);

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(checker.check(ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
});

test('Arabic: an organisation tied to another than its parent, known or named by its construction', () => {
  assert.deepEqual(findings('أعلنت نقابة معلمي الشمال التابعة لاتحاد أرباب العمل إضراباً مفتوحاً.'), ['affiliation: لاتحاد أرباب العمل → للكونفدرالية الوطنية للشغل']);
  assert.deepEqual(findings('ونقابة معلمي الشمال تابعة للاتحاد الوطني للصناعة والتجارة.'), ['affiliation: للاتحاد الوطني للصناعة والتجارة → للكونفدرالية الوطنية للشغل']);
  assert.deepEqual(findings('أعلنت نقابة معلمي الشمال، وهي تابعة لاتحاد أرباب العمل، إضراباً.'), ['affiliation: لاتحاد أرباب العمل → للكونفدرالية الوطنية للشغل']);
  assert.deepEqual(findings('أعلنت نقابة معلمي الشمال المنضوية تحت لواء اتحاد أرباب العمل إضراباً.'), ['affiliation: اتحاد أرباب العمل → الكونفدرالية الوطنية للشغل']);
});

test('English: "a wing of Y", "part of Y", "which belongs to Y" and the possessive "Y\'s X"', () => {
  assert.deepEqual(findings('The Northern Teachers Union, a wing of the Employers Union, called a strike.'), ['affiliation: Employers Union → National Labour Confederation']);
  assert.deepEqual(findings('The Northern Teachers Union, part of the National Workers Federation, called a strike.'), ['affiliation: National Workers Federation → National Labour Confederation']);
  assert.deepEqual(findings('The Northern Teachers Union, which belongs to the Employers Union, called a strike.'), ['affiliation: Employers Union → National Labour Confederation']);
  assert.deepEqual(findings("The Employers Union's Northern Teachers Union called a strike."), ['affiliation: Employers Union → National Labour Confederation']);
});

test('near misses: the parent, a parent of the parent, no parent in the fact base, another class of body, no cue', () => {
  assert.deepEqual(findings('أعلنت نقابة معلمي الشمال التابعة للكونفدرالية الوطنية للشغل إضراباً.'), []);
  assert.deepEqual(findings('أعلنت نقابة معلمي الشمال التابعة للاتحاد الدولي للنقابات إضراباً.'), []);
  assert.deepEqual(findings('ونقابة معلمي الشمال تابعة للكونفدرالية الوطنية.'), []);
  assert.deepEqual(findings('ودعا اتحاد أرباب العمل التابع للكونفدرالية الوطنية للشغل إلى الحوار.'), []);
  assert.deepEqual(findings('أعلنت نقابة معلمي الشمال التابعة لوزارة التربية إضراباً.'), []);
  assert.deepEqual(findings('The Northern Teachers Union, a wing of the NLC, called a strike.'), []);
  assert.deepEqual(findings("The NLC's Northern Teachers Union called a strike."), []);
  assert.deepEqual(findings('The Northern Teachers Union, part of a deal with the Employers Union, called off the strike.'), []);
  assert.deepEqual(findings('The Northern Teachers Union and the Employers Union met on Monday.'), []);
});
