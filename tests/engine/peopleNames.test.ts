/**
 * Wrong names of known people and wrong holders of known posts, on a small invented story (an
 * Arabic article about a farming plan, with names in both languages): one part of a known name
 * replaced by another name, tied to the person by their title or by a restated sentence; and a
 * post given to someone else. Each mechanism has a near miss that must stay clean.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, parseFactBase, type Checker } from '../../engine/src/index';
import { citer } from './helpers';

const ARTICLE = [
  'أعلن وزير الزراعة خالد الحنيطي أمس الاثنين عن خطة لدعم مزارعي وادي الأردن.',
  'وقال رجل الأعمال الأردني فراس العمري إن الخطة «تأخرت كثيراً عن موعدها».',
  'وقالت ليلى حداد، مديرة جمعية المزارعين، إن الدعم ضروري بعد موسم الجفاف.',
  'وحضر الإعلان رئيس المحكمة العليا القاضي مازن الطراونة والقاضي سليم النعيمات.',
  'وأشاد بالخطة النائب محمد سعيد الرواشدة، رئيس لجنة الزراعة النيابية.',
].join('\n');

const cite = citer(ARTICLE);

function story(): Checker {
  const factBase = {
    schemaVersion: 2,
    id: 'farm-plan',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2025-03-04' },
    people: [
      { id: 'hneiti', names: { ar: ['خالد الحنيطي'], en: ['Khaled Hneiti'] }, gender: 'm', evidence: cite('خالد الحنيطي') },
      { id: 'omari', names: { ar: ['فراس العمري'], en: ['Firas Omari'] }, gender: 'm', evidence: cite('فراس العمري') },
      { id: 'haddad', names: { ar: ['ليلى حداد'], en: ['Leila Haddad'] }, gender: 'f', evidence: cite('ليلى حداد') },
      { id: 'tarawneh', names: { ar: ['مازن الطراونة'], en: ['Mazen Tarawneh'] }, gender: 'm', evidence: cite('مازن الطراونة') },
      { id: 'rawashdeh', names: { ar: ['محمد سعيد الرواشدة'], en: ['Mohammad Said Rawashdeh'] }, gender: 'm', evidence: cite('محمد سعيد الرواشدة') },
      { id: 'nuaimat', names: { ar: ['سليم النعيمات'], en: ['Salim Nuaimat'] }, gender: 'm', evidence: cite('سليم النعيمات') },
    ],
    organisations: [
      { id: 'agriculture', names: { ar: ['وزارة الزراعة'], en: ['Ministry of Agriculture'] }, kind: 'ministry', evidence: cite('وزير الزراعة') },
      { id: 'court', names: { ar: ['المحكمة العليا'], en: ['High Court'] }, kind: 'court', evidence: cite('المحكمة العليا') },
    ],
    posts: [
      { id: 'hneiti-minister', holder: 'hneiti', role: 'minister', title: { ar: ['وزير الزراعة'], en: ['Agriculture Minister', 'Minister of Agriculture'] }, organisation: 'agriculture', country: 'JO', since: { year: 2024, month: 9 }, evidence: cite('وزير الزراعة خالد الحنيطي') },
      { id: 'omari-businessman', holder: 'omari', role: 'other', title: { ar: ['رجل الأعمال الأردني', 'رجل الأعمال'], en: ['Jordanian businessman', 'businessman'] }, country: 'JO', evidence: cite('رجل الأعمال الأردني فراس العمري') },
      { id: 'haddad-director', holder: 'haddad', role: 'director', title: { ar: ['مديرة جمعية المزارعين'], en: ["director of the Farmers' Association"] }, country: 'JO', evidence: cite('ليلى حداد، مديرة جمعية المزارعين') },
      { id: 'tarawneh-president', holder: 'tarawneh', role: 'president', title: { ar: ['رئيس المحكمة العليا'], en: ['President of the High Court', 'High Court President'] }, organisation: 'court', country: 'JO', evidence: cite('رئيس المحكمة العليا القاضي مازن الطراونة') },
      { id: 'tarawneh-judge', holder: 'tarawneh', role: 'judge', title: { ar: ['القاضي'], en: ['judge'] }, organisation: 'court', country: 'JO', evidence: cite('القاضي مازن الطراونة') },
      { id: 'rawashdeh-committee', holder: 'rawashdeh', role: 'head', title: { ar: ['رئيس لجنة الزراعة النيابية'], en: ["head of parliament's agriculture committee"] }, country: 'JO', evidence: cite('محمد سعيد الرواشدة، رئيس لجنة الزراعة النيابية') },
      { id: 'nuaimat-judge', holder: 'nuaimat', role: 'judge', title: { ar: ['القاضي'], en: ['judge'] }, organisation: 'court', country: 'JO', evidence: cite('القاضي سليم النعيمات') },
    ],
  };
  const parsed = parseFactBase(JSON.stringify(factBase), 'farm-plan.factbase.json', ARTICLE);
  assert.deepEqual(parsed.problems, []);
  return createChecker([parsed.factBase!], { scope: 'all' });
}

/** The findings of one rule as "flagged text → fix". */
function flagged(checker: Checker, text: string, ruleId: string): string[] {
  return checker
    .check(text)
    .findings.filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${text.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

void describe('a known name with one part replaced', () => {
  const checker = story();

  test('the person\'s title right before the name ties it to them', () => {
    assert.deepEqual(flagged(checker, 'وانتقد رجل الأعمال الأردني سامر العمري تأخر الخطة.', 'name-spelling'), ['سامر العمري → فراس العمري']);
  });

  test('a speech verb, the name and the person\'s title after it', () => {
    assert.deepEqual(flagged(checker, 'وقالت سلمى حداد، مديرة جمعية المزارعين، إن موسم الجفاف كان قاسياً.', 'name-spelling'), ['سلمى حداد → ليلى حداد']);
    assert.deepEqual(flagged(checker, '"Support is vital." — Laura Haddad, director of the Farmers\' Association', 'name-spelling'), ['Laura Haddad → Leila Haddad']);
  });

  test('the family name changed in a sentence that restates the article\'s', () => {
    assert.deepEqual(flagged(checker, 'وقال فراس الخطيب إن الخطة «تأخرت كثيراً عن موعدها».', 'name-spelling'), ['فراس الخطيب → فراس العمري']);
  });

  test('a name of three words with its middle word replaced', () => {
    assert.deepEqual(flagged(checker, 'وأشاد النائب محمد سامي الرواشدة، رئيس لجنة الزراعة النيابية، بالخطة.', 'name-spelling'), ['محمد سامي الرواشدة → محمد سعيد الرواشدة']);
    // Someone else of that family, with nothing that makes him the MP.
    assert.deepEqual(flagged(checker, 'وزار محمد سامي الرواشدة مدينة إربد أمس.', 'name-spelling'), []);
  });

  test('near misses: a namesake elsewhere, a relative beside the person, a common word before the family name', () => {
    // Another man with the businessman's family name, in a sentence about something else.
    assert.deepEqual(flagged(checker, 'وقال سامر العمري إن الطقس في عمّان كان حاراً أمس.', 'name-spelling'), []);
    // The person named rightly, and a relative beside him.
    assert.deepEqual(flagged(checker, 'ورافق رجل الأعمال الأردني فراس العمري شقيقه سامر العمري.', 'name-spelling'), []);
    // A verb before the family name is no given name, even in a restated sentence.
    assert.deepEqual(flagged(checker, 'وانتقد العمري الخطة التي تأخرت كثيراً عن موعدها.', 'name-spelling'), []);
    assert.deepEqual(flagged(checker, 'Laura Haddad, a farmer from Irbid, said the rain came late.', 'name-spelling'), []);
  });
});

void describe('a known post given to someone else', () => {
  const checker = story();

  test('an unknown name after the title of a post the fact base gives one holder', () => {
    // سامح is a given name of the transliteration table, not only of the engine's short list.
    assert.deepEqual(flagged(checker, 'وأعلن وزير الزراعة سامح الفايز الخطة الجديدة.', 'post-holder'), ['سامح الفايز → خالد الحنيطي']);
  });

  test('near misses: another country\'s minister, a time before the holder took the post', () => {
    assert.deepEqual(flagged(checker, 'وأعلن وزير الزراعة المصري سامح الفايز خطة مماثلة.', 'post-holder'), []);
    assert.deepEqual(flagged(checker, 'وأعلن وزير الزراعة سامح الفايز خطة مماثلة في مارس 2023.', 'post-holder'), []);
  });
});
