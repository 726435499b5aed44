/**
 * Quantities in the shapes news copy gives them, on two invented stories (a storm in Tasmania, a
 * vaccination campaign in Jordan), with near misses that must not be flagged: a currency named by
 * its country's adjective ("1.2 billion U.S. dollars", «دولار أسترالي»), a sum per year against one
 * per month and a grant per family against one per person, a four-digit count that is no year, the
 * age of a person the article does not name (tied to the event), a grade after its noun ("category
 * three"), a unit the draft writes another way (mm for millimetres), labels of bold lines and table
 * rows, a figure written with a dot between thousands, and a figure of another occasion dated
 * before the article's year.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, parseFactBase } from '../../engine/src/index';
import { citer } from './helpers';

const STORM = [
  'Storm Kerran batters western Tasmania',
  'HOBART, Wednesday 4 March 2026 - Severe storm Kerran crossed the west coast of Tasmania near Strahan late on Tuesday as a category three system, killing one woman.',
  'A 58-year-old woman died at Queenstown when floodwater swept her car off a bridge, police said.',
  'The Bureau of Meteorology recorded 318 millimetres of rain at Queenstown in 24 hours.',
  'Crews carried out 57 rescues overnight, and 14 evacuation centres were open on Wednesday.',
  'The state announced a A$40 million recovery package, with grants of A$400 per household and A$1,000 per business.',
  'Insurers gave an early estimate of A$2.3 billion in damage.',
].join('\n\n');

const stormCite = citer(STORM);

function storm() {
  const cite = stormCite;
  const data = {
    schemaVersion: 2,
    id: 'kerran',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-03-04' },
    places: [
      { id: 'strahan', names: { en: ['Strahan'], ar: ['ستراهان'] }, kind: 'city', evidence: cite('Strahan') },
      { id: 'queenstown', names: { en: ['Queenstown'], ar: ['كوينزتاون'] }, kind: 'city', evidence: cite('Queenstown') },
    ],
    events: [
      { id: 'landfall', names: { en: ["Storm Kerran's landfall"], ar: ['وصول العاصفة كيران'] }, triggers: { en: ['crossed', 'made landfall'] }, date: { year: 2026, month: 3, day: 3 }, place: 'strahan', evidence: cite('crossed the west coast of Tasmania near Strahan late on Tuesday') },
      { id: 'death', names: { en: ['the death of a woman at Queenstown'], ar: ['وفاة امرأة في كوينزتاون'] }, triggers: { en: ['died', 'killed'], ar: ['توفيت'] }, date: { year: 2026, month: 3, day: 3 }, place: 'queenstown', evidence: cite('A 58-year-old woman died at Queenstown') },
    ],
    quantities: [
      { id: 'category', value: 3, unit: 'other', subject: 'landfall', noun: { en: ['category'] }, evidence: cite('a category three system') },
      { id: 'victim-age', value: 58, unit: 'age', subject: 'death', evidence: cite('A 58-year-old woman died at Queenstown') },
      { id: 'rain', value: 318, unit: 'other', subject: 'queenstown', noun: { en: ['millimetres', 'rain'] }, evidence: cite('318 millimetres of rain at Queenstown') },
      { id: 'rescues', value: 57, unit: 'count', noun: { en: ['rescues', 'rescue'] }, evidence: cite('57 rescues overnight') },
      { id: 'centres', value: 14, unit: 'count', noun: { en: ['centres', 'centre'] }, qualifier: { en: ['evacuation'] }, evidence: cite('14 evacuation centres') },
      { id: 'package', value: 40_000_000, unit: 'money', currency: 'AUD', noun: { en: ['package'] }, evidence: cite('A$40 million recovery package') },
      { id: 'grant-household', value: 400, unit: 'money', currency: 'AUD', noun: { en: ['grants', 'grant'] }, evidence: cite('grants of A$400 per household') },
      { id: 'grant-business', value: 1000, unit: 'money', currency: 'AUD', noun: { en: ['grants', 'grant'] }, evidence: cite('A$1,000 per business') },
      { id: 'damage', value: 2_300_000_000, unit: 'money', currency: 'AUD', noun: { en: ['damage', 'estimate'] }, evidence: cite('A$2.3 billion in damage') },
    ],
  };
  const parsed = parseFactBase(JSON.stringify(data), 'kerran.factbase.json', STORM);
  assert.deepEqual(parsed.problems, []);
  return createChecker([parsed.factBase!], { scope: 'all' });
}

const CAMPAIGN = [
  'حملة التطعيم في الأردن تنتهي بعد 9 أيام',
  'عمّان – الخميس 5 مارس 2026',
  'أعلنت وزارة الصحة أن حملة التطعيم الوطنية استمرت 9 أيام في 19 مركزاً، وسجلت 1348 حالة حصبة.',
  'وتصرف الوزارة لكل ممرض منحة قدرها 85 ديناراً شهرياً، إضافة إلى 600 دينار سنوياً لتدريب الكوادر.',
].join('\n\n');

const campaignCite = citer(CAMPAIGN);

function campaign() {
  const cite = campaignCite;
  const data = {
    schemaVersion: 2,
    id: 'campaign',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-03-05' },
    quantities: [
      { id: 'campaign-days', value: 9, unit: 'day', noun: { ar: ['الحملة', 'حملة', 'التطعيم'] }, evidence: cite('حملة التطعيم الوطنية استمرت 9 أيام') },
      { id: 'centres', value: 19, unit: 'count', noun: { ar: ['مركزاً', 'مراكز', 'مركز'] }, evidence: cite('في 19 مركزاً') },
      { id: 'cases', value: 1348, unit: 'count', noun: { ar: ['حالة', 'حالات'] }, qualifier: { ar: ['حصبة'] }, evidence: cite('1348 حالة حصبة') },
      { id: 'bonus', value: 85, unit: 'money', currency: 'JOD', noun: { ar: ['منحة', 'المنحة'] }, evidence: cite('منحة قدرها 85 ديناراً شهرياً') },
      { id: 'training', value: 600, unit: 'money', currency: 'JOD', noun: { ar: ['تدريب'] }, evidence: cite('600 دينار سنوياً لتدريب الكوادر') },
    ],
  };
  const parsed = parseFactBase(JSON.stringify(data), 'campaign.factbase.json', CAMPAIGN);
  assert.deepEqual(parsed.problems, []);
  return createChecker([parsed.factBase!], { scope: 'all' });
}

/** The quantity findings of a draft, as `text → fix`. */
function found(checker: ReturnType<typeof storm>, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'quantity')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits.map((edit) => edit.text).join('') ?? ''}`);
}

test('a currency named by its country: another country is a wrong currency, the fix names the article\'s', () => {
  const kerran = storm();
  assert.deepEqual(found(kerran, 'Insurers put the damage at 2.3 billion U.S. dollars.'), ['2.3 billion U.S. dollars → Australian dollars']);
  assert.deepEqual(found(kerran, 'Insurers put the damage at US$2.3 billion.'), ['US$2.3 billion → A$']);
  // The article's own currency, named in words or by its sign, and a bare dollar of its family.
  assert.deepEqual(found(kerran, 'Insurers put the damage at 2.3 billion Australian dollars.'), []);
  assert.deepEqual(found(kerran, 'Insurers put the damage at $2.3 billion.'), []);
  assert.deepEqual(found(kerran, 'قدّرت شركات التأمين الـdamage بـ2.3 مليار دولار أسترالي.'), []);
});

test('a sum per household is compared with the grant per household, not per business', () => {
  const kerran = storm();
  assert.deepEqual(found(kerran, 'Families can claim grants of A$500 per household.'), ['A$500 → 400']);
  assert.deepEqual(found(kerran, 'Shops can claim grants of A$1,200 per business.'), ['A$1,200 → 1,000']);
  assert.deepEqual(found(kerran, 'Grants are A$400 per household and A$1,000 per business.'), []);
});

test('a sum per year is not the article\'s sum per month', () => {
  const jordan = campaign();
  // 85 dinars a month is 1,020 a year: another figure of the same grant, not a wrong one.
  assert.deepEqual(found(jordan, 'أي أن المنحة تكلف 1020 ديناراً سنوياً للممرض الواحد.'), []);
  assert.deepEqual(found(jordan, 'وتصرف الوزارة لكل ممرض منحة قدرها 95 ديناراً شهرياً.'), ['95 ديناراً → 85']);
});

test('a four-digit count outside the years of news is a count', () => {
  const jordan = campaign();
  assert.deepEqual(found(jordan, 'وسجلت الوزارة 1384 حالة حصبة خلال الحملة.'), ['1384 → 1348']);
  assert.deepEqual(found(jordan, 'وسجلت الوزارة 1348 حالة حصبة خلال الحملة.'), []);
  // A year stays a year: «عام 2025 حالة» is not read as a count.
  assert.deepEqual(found(jordan, 'وكانت حملة عام 2019 حالة استثنائية.'), []);
});

test('the age of a person the article does not name, tied to its event', () => {
  const kerran = storm();
  assert.deepEqual(found(kerran, 'A 68-year-old woman died at Queenstown when her car was swept off a bridge.'), ['68-year-old → 58']);
  assert.deepEqual(found(kerran, 'The storm killed a woman, 61, at Queenstown.'), ['61 → 58']);
  // Another kind of person, a sentence about none of the event, or a person the draft names.
  assert.deepEqual(found(kerran, 'A 68-year-old man died at Queenstown when his car was swept off a bridge.'), []);
  assert.deepEqual(found(kerran, 'A 68-year-old woman was rescued from her car at Queenstown.'), []);
  assert.deepEqual(found(kerran, 'A 68-year-old woman, Jane Moss, died at Queenstown.'), []);
  assert.deepEqual(found(kerran, 'A 58-year-old woman died at Queenstown.'), []);
});

test('a grade after its noun is compared when the sentence speaks of the article\'s event', () => {
  const kerran = storm();
  assert.deepEqual(found(kerran, 'Kerran crossed the coast near Strahan as a category four system.'), ['four → three']);
  assert.deepEqual(found(kerran, 'Kerran crossed the coast near Strahan as a category 2 system.'), ['2 → 3']);
  assert.deepEqual(found(kerran, 'Kerran crossed the coast near Strahan as a category three system.'), []);
  // Another storm, at another place, in the same words.
  assert.deepEqual(found(kerran, 'Years earlier, Cyclone Vera crossed at Hope Bay as a category five.'), []);
});

test('a unit the draft writes another way is the same unit', () => {
  const kerran = storm();
  assert.deepEqual(found(kerran, 'The bureau recorded 381 mm of rain at Queenstown.'), ['381 → 318']);
  assert.deepEqual(found(kerran, 'The bureau recorded 318 mm of rain at Queenstown.'), []);
  // A figure of another unit beside the place.
  assert.deepEqual(found(kerran, 'The bureau recorded winds of 381 km/h at Queenstown.'), []);
});

test('bold labels and table rows name what their figure counts', () => {
  const kerran = storm();
  assert.deepEqual(found(kerran, '| What | Figure |\n|---|---|\n| Rescues | 75 |\n| Evacuation centres | 41 |'), ['75 → 57', '41 → 14']);
  assert.deepEqual(found(kerran, '| What | Figure |\n|---|---|\n| Rescues | 57 |\n| Evacuation centres | 14 |'), []);
  // A label with a word of its own counts something else.
  assert.deepEqual(found(kerran, '| What | Figure |\n|---|---|\n| Rescues by volunteers | 12 |\n| Rescues in 2011 | 300 |'), []);
  const jordan = campaign();
  assert.deepEqual(found(jordan, '**عدد المراكز:** 91'), ['91 → 19']);
  assert.deepEqual(found(jordan, '**الحملة:** تطعيم في 19 مركزاً على مدى 7 أيام'), ['7 أيام → 9 أيام']);
  assert.deepEqual(found(jordan, '**الحملة:** تطعيم في 19 مركزاً على مدى 9 أيام'), []);
  // Two figures of the unit on the line: the label does not say which.
  assert.deepEqual(found(jordan, '**الحملة:** بدأت بعد 3 أيام من الإعلان واستمرت 7 أيام'), []);
});

test('a dot between thousands is a thousands separator', () => {
  const jordan = campaign();
  assert.deepEqual(found(jordan, '| المؤشر | الرقم |\n|---|---|\n| حالات الحصبة | 1.348 |'), []);
  assert.deepEqual(found(jordan, '| المؤشر | الرقم |\n|---|---|\n| حالات الحصبة | 1.384 |'), ['1.384 → 1348']);
});

test('a figure of an occasion before the article\'s year is that occasion\'s', () => {
  const kerran = storm();
  assert.deepEqual(found(kerran, 'In the great gale of Tasmania in 1898, crews carried out 300 rescues overnight.'), []);
  assert.deepEqual(found(kerran, 'In the great gale of Tasmania, crews carried out 300 rescues overnight.'), ['300 → 57']);
  assert.deepEqual(found(kerran, 'Crews carried out 75 rescues overnight.'), ['75 → 57']);
});

test('a share of a count is no count: a percentage of the cases is not compared with their number', () => {
  const jordan = campaign();
  const kerran = storm();
  assert.deepEqual(found(jordan, 'وسجلت العاصمة وحدها 64 في المئة من حالات الحصبة.'), []);
  assert.deepEqual(found(jordan, 'وسجلت العاصمة وحدها 64% من حالات الحصبة.'), []);
  const article = 'سجّل إقليم الحوز العدد الأكبر من الوفيات بـ1293 حالة.';
  const cite = citer(article);
  const data = {
    schemaVersion: 2,
    id: 'quake',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2023-09-10' },
    places: [{ id: 'al-haouz', names: { ar: ['الحوز', 'إقليم الحوز'], en: ['Al Haouz'] }, kind: 'region', evidence: cite('إقليم الحوز') }],
    quantities: [{ id: 'deaths', value: 1293, unit: 'count', subject: 'al-haouz', noun: { ar: ['الوفيات', 'وفيات', 'حالة'], en: ['deaths'] }, evidence: cite('العدد الأكبر من الوفيات بـ1293 حالة') }],
  };
  const parsed = parseFactBase(JSON.stringify(data), 'quake.factbase.json', article);
  assert.deepEqual(parsed.problems, []);
  const quake = createChecker([parsed.factBase!], { scope: 'all' });
  assert.deepEqual(found(quake, 'وسجّل إقليم الحوز وحده نحو 64 في المئة من الوفيات.'), []);
  assert.deepEqual(found(quake, 'وسجّل إقليم الحوز وحده 64% من الوفيات.'), []);
  assert.deepEqual(found(quake, 'Al Haouz province alone accounted for 64% of deaths.'), []);
  assert.deepEqual(found(quake, 'وسجّل إقليم الحوز 1239 من الوفيات.'), ['1239 → 1293']);
  assert.deepEqual(found(kerran, 'About 64 per cent of rescues were from cars.'), []);
  // Near miss: the count itself, written wrong, is still compared.
  assert.deepEqual(found(jordan, 'وسجلت الوزارة 1384 حالة حصبة.'), ['1384 → 1348']);
});

test('a round figure that is the article\'s rounded agrees with it; a one-digit or another round figure does not', () => {
  const jordan = campaign();
  assert.deepEqual(found(jordan, 'وسجلت الوزارة 1300 حالة حصبة.'), []);
  assert.deepEqual(found(jordan, 'وسجلت الوزارة 1400 حالة حصبة.'), ['1400 → 1348']);
  assert.deepEqual(found(jordan, 'وسجلت الوزارة 1000 حالة حصبة.'), ['1000 → 1348']);
});

test('a noun that counts two facts: a figure agreeing with either is not wrong for the other', () => {
  const article = 'نجح 62931 مترشحاً من أصل 152480 مترشح اجتازوا الامتحان.';
  const cite = citer(article);
  const data = {
    schemaVersion: 2,
    id: 'exam',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-07-14' },
    quantities: [
      // The fact base lists the noun in the accusative only (مترشحاً); the draft's مترشح is the same word.
      { id: 'passed', value: 62931, unit: 'count', noun: { ar: ['مترشحاً'] }, evidence: cite('نجح 62931 مترشحاً') },
      { id: 'sat', value: 152480, unit: 'count', noun: { ar: ['مترشح'] }, evidence: cite('152480 مترشح') },
    ],
  };
  const parsed = parseFactBase(JSON.stringify(data), 'exam.factbase.json', article);
  assert.deepEqual(parsed.problems, []);
  const exam = createChecker([parsed.factBase!], { scope: 'all' });
  assert.deepEqual(found(exam, 'إذ نجح نحو 63 ألف مترشح.'), []);
  assert.deepEqual(found(exam, 'واجتاز الامتحان 152480 مترشح.'), []);
  assert.deepEqual(found(exam, 'واجتاز الامتحان 125480 مترشح.').length, 1);
});
