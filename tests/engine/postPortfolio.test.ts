/**
 * Posts of known people in wording the fact base does not list, on an invented story (a strike at
 * a refinery in Zarqa): a wrong portfolio given to a known minister, before or after the name, with
 * the article's portfolio as the fix (and the draft's own nationality word left in place), and the
 * chairman kept apart from the chief executive. Each has near misses that must check clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'إضراب في مصفاة الزرقاء',
  'عمّان – 4 ديسمبر 2026',
  'أعلنت نقابة عمال المصفاة، الأربعاء، إضراباً مفتوحاً عن العمل.',
  'من جهته، قال وزير العمل الأردني نادر بن سليم العتوم إن الوزارة شكّلت لجنة للتفاوض مع إدارة المصفاة.',
  'وقالت رئيسة مجلس إدارة شركة المصفاة، ليلى حداد، إن الرواتب ستصرف خلال أسبوع، فيما قال الرئيس التنفيذي للشركة، عمر الخطيب، إن الإنتاج لم يتوقف.',
].join('\n\n');

const cite = citer(ARTICLE);

function refinery(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'zarqa-strike',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-12-04' },
    people: [
      { id: 'otoum', names: { ar: ['نادر بن سليم العتوم'], en: ['Nader bin Salim al-Otoum'] }, short: { ar: ['العتوم'], en: ['Otoum'] }, gender: 'm', evidence: cite('نادر بن سليم العتوم') },
      { id: 'haddad', names: { ar: ['ليلى حداد'], en: ['Layla Haddad'] }, short: { ar: ['حداد'], en: ['Haddad'] }, gender: 'f', evidence: cite('ليلى حداد') },
      { id: 'khatib', names: { ar: ['عمر الخطيب'], en: ['Omar al-Khatib'] }, short: { ar: ['الخطيب'], en: ['Khatib'] }, gender: 'm', evidence: cite('عمر الخطيب') },
    ],
    organisations: [{ id: 'refinery', names: { ar: ['شركة المصفاة'], en: ['the Refinery Company'] }, kind: 'company', evidence: cite('شركة المصفاة') }],
    posts: [
      { id: 'otoum-minister', holder: 'otoum', role: 'minister', country: 'JO', title: { ar: ['وزير العمل الأردني', 'وزير العمل'], en: ['Labour Minister', 'Minister of Labour'] }, evidence: cite('وزير العمل الأردني نادر بن سليم العتوم') },
      { id: 'haddad-chair', holder: 'haddad', role: 'chairman', organisation: 'refinery', title: { ar: ['رئيسة مجلس إدارة شركة المصفاة', 'رئيسة مجلس الإدارة'], en: ['chairwoman', 'chair'] }, evidence: cite('رئيسة مجلس إدارة شركة المصفاة، ليلى حداد') },
      { id: 'khatib-ceo', holder: 'khatib', role: 'chief-executive', organisation: 'refinery', title: { ar: ['الرئيس التنفيذي للشركة', 'الرئيس التنفيذي'], en: ['chief executive', 'CEO'] }, evidence: cite('الرئيس التنفيذي للشركة، عمر الخطيب') },
    ],
  };
  return loadTestFactBase(data, 'zarqa.factbase.json', ARTICLE);
}

const checker = () => createChecker([refinery()], { scope: 'all' });
const findings = (draft: string) => checker().check(draft).findings.map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`);
const fixOf = (draft: string) => checker().check(draft).findings[0]?.fixes[0]?.edits[0]?.text;

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(findings(ARTICLE), []);
});

test('a wrong portfolio given to a known minister is fixed with the article\'s, the draft\'s nationality word kept', () => {
  const withNationality = 'قال وزير الخارجية الأردني نادر بن سليم العتوم إن الوزارة شكلت لجنة.';
  assert.deepEqual(findings(withNationality), ['post-holder: الخارجية']);
  assert.equal(fixOf(withNationality), 'العمل');
  const bare = 'قال نادر بن سليم العتوم، وزير الخارجية، إن الوزارة شكلت لجنة.';
  assert.deepEqual(findings(bare), ['post-holder: الخارجية']);
  assert.equal(fixOf(bare), 'العمل الأردني');
  const en = 'Foreign Minister Nader bin Salim al-Otoum said a committee had been formed.';
  assert.deepEqual(findings(en), ['post-holder: Foreign']);
  assert.equal(fixOf(en), 'Labour');
  // Near misses: the right portfolio in other words and orders.
  assert.deepEqual(findings('قال وزير العمل نادر بن سليم العتوم إن الوزارة شكلت لجنة.'), []);
  assert.deepEqual(findings('Nader bin Salim al-Otoum, Jordan\'s labour minister, said a committee had been formed.'), []);
});

test('the chairman and the chief executive are kept apart', () => {
  assert.deepEqual(findings('Chairman Omar al-Khatib said production had not stopped.'), ['post-holder: Chairman']);
  assert.deepEqual(findings('Chief executive Layla Haddad said wages would be paid within a week.'), ['post-holder: Chief executive']);
  assert.deepEqual(findings('وقالت الرئيسة التنفيذية للشركة ليلى حداد إن الرواتب ستصرف.'), ['post-holder: الرئيسة التنفيذية للشركة']);
  // Near misses: each with the post the article gives, said another way.
  assert.deepEqual(findings('Omar al-Khatib, the chief executive of the Refinery Company, said production had not stopped.'), []);
  assert.deepEqual(findings('Layla Haddad, who chairs the Refinery Company, said wages would be paid within a week.'), []);
  assert.deepEqual(findings('وقالت ليلى حداد، رئيسة مجلس الإدارة، إن الرواتب ستصرف.'), []);
});
