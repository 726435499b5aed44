/**
 * A known person's age (rule `quantity`, engine/src/rules/quantities/age.ts), read in the ways news
 * copy writes it in both languages and compared with the age the fact base gives, as a quantity
 * with `unit: "age"` or as the person's `age`. Two invented stories (a water utility in Zarqa, a
 * reservoir in Cumbria) so that no corpus sentence is involved; each way of writing an age has a
 * near miss that must check clean: the right age, another person's age in the same sentence, a
 * person whose age the fact base does not give, a duration or an anniversary, an organisation's
 * years, and an age given for a past time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const AR_ARTICLE = [
  'الزرقاء: خطة لإصلاح شبكة المياه',
  'أعلن رئيس بلدية الزرقاء خالد المومني (54 عاماً) أمس خطة لإصلاح شبكة المياه في المدينة، بعد لقائه وزيرة المياه ريم الحسن.',
  'وقالت مديرة شركة مياه الزرقاء سلمى القاسم، البالغة من العمر 47 عاماً، إن الشركة التي تأسست قبل 30 عاماً ستنفذ الخطة.',
  'وكان مؤسس الشركة يوسف الخطيب قد توفي عن 80 عاماً.',
].join('\n\n');

function zarqa(): FactBaseData {
  const cite = citer(AR_ARTICLE);
  const data = {
    schemaVersion: 2,
    id: 'zarqa-water',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2025-05-06' },
    people: [
      { id: 'momani', names: { ar: ['خالد المومني'], en: ['Khaled al-Momani'] }, short: { ar: ['المومني'], en: ['Momani'] }, gender: 'm', age: 54, evidence: cite('خالد المومني (54 عاماً)') },
      { id: 'hassan', names: { ar: ['ريم الحسن'], en: ['Reem al-Hassan'] }, short: { ar: ['الحسن'] }, gender: 'f', evidence: cite('ريم الحسن') },
      { id: 'qasem', names: { ar: ['سلمى القاسم'], en: ['Salma al-Qasem'] }, short: { ar: ['القاسم'] }, gender: 'f', evidence: cite('سلمى القاسم') },
      { id: 'khatib', names: { ar: ['يوسف الخطيب'], en: ['Youssef al-Khatib'] }, gender: 'm', evidence: cite('يوسف الخطيب') },
    ],
    organisations: [{ id: 'company', names: { ar: ['شركة مياه الزرقاء'], en: ['Zarqa Water Company'] }, kind: 'company', evidence: cite('شركة مياه الزرقاء') }],
    quantities: [
      { id: 'qasem-age', value: 47, unit: 'age', subject: 'qasem', evidence: cite('البالغة من العمر 47 عاماً') },
      { id: 'khatib-age', value: 80, unit: 'age', subject: 'khatib', evidence: cite('توفي عن 80 عاماً') },
      { id: 'company-years', value: 30, unit: 'year', subject: 'company', noun: { ar: ['تأسست'] }, evidence: cite('تأسست قبل 30 عاماً') },
    ],
  };
  return loadTestFactBase(data, 'zarqa-water.factbase.json', AR_ARTICLE);
}

const EN_ARTICLE = [
  'Reservoir repairs to start in Cumbria',
  'Harriet Lowe, 61, the chief executive of Fellside Water, said on Monday that repairs to the Kentmere reservoir would start in June.',
  'The company\'s engineering director, Omar Daly, who is 47, said the dam had stood for 170 years. Lowe met the county council leader, Tom Price, on Monday.',
  'The dam was designed by Arthur Moss, who died at 88 in 1990.',
].join('\n\n');

function kentmere(): FactBaseData {
  const cite = citer(EN_ARTICLE);
  const data = {
    schemaVersion: 2,
    id: 'kentmere-reservoir',
    source: { file: 'article.en.txt', lang: 'en', published: '2025-05-06' },
    people: [
      { id: 'lowe', names: { en: ['Harriet Lowe'] }, short: { en: ['Lowe'] }, gender: 'f', evidence: cite('Harriet Lowe, 61') },
      { id: 'daly', names: { en: ['Omar Daly'] }, short: { en: ['Daly'] }, gender: 'm', evidence: cite('Omar Daly') },
      { id: 'price', names: { en: ['Tom Price'] }, short: { en: ['Price'] }, gender: 'm', evidence: cite('Tom Price') },
      { id: 'moss', names: { en: ['Arthur Moss'] }, short: { en: ['Moss'] }, gender: 'm', age: 88, evidence: cite('Arthur Moss') },
    ],
    organisations: [{ id: 'fellside', names: { en: ['Fellside Water'] }, kind: 'company', evidence: cite('Fellside Water') }],
    quantities: [
      { id: 'lowe-age', value: 61, unit: 'age', subject: 'lowe', evidence: cite('Harriet Lowe, 61') },
      { id: 'daly-age', value: 47, unit: 'age', subject: 'daly', evidence: cite('who is 47') },
    ],
  };
  return loadTestFactBase(data, 'kentmere-reservoir.factbase.json', EN_ARTICLE);
}

const arChecker = createChecker([zarqa()], { scope: 'all' });
const enChecker = createChecker([kentmere()], { scope: 'all' });

/** The age findings of a draft, as "the flagged text → the text of its fix". */
function ages(checker: ReturnType<typeof createChecker>, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'quantity')
    .map((finding) => {
      const edit = finding.fixes[0]?.edits[0];
      return `${draft.slice(finding.range.start, finding.range.end)} → ${edit ? edit.text : '(no fix)'}`;
    });
}
const ar = (draft: string) => ages(arChecker, draft);
const en = (draft: string) => ages(enChecker, draft);

test('both articles check clean against their own fact bases', () => {
  assert.deepEqual(arChecker.check(AR_ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
  assert.deepEqual(enChecker.check(EN_ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
});

test('an Arabic age beside a known name is compared with the person\'s age, in the draft\'s style', () => {
  assert.deepEqual(ar('وأعلن خالد المومني (55 عاماً) خطة جديدة للمياه.'), ['55 عاماً → 54']);
  assert.deepEqual(ar('وقال خالد المومني، 55 عاماً، إن الخطة جاهزة.'), ['55 عاماً → 54']);
  assert.deepEqual(ar('وقال المومني البالغ من العمر 52 عاماً إن الخطة جاهزة.'), ['52 عاماً → 54']);
  assert.deepEqual(ar('وقال المومني الذي يبلغ من العمر خمسة وخمسين عاماً إن الخطة جاهزة.'), ['خمسة وخمسين عاماً → 54']);
  assert.deepEqual(ar('ويقود المومني ذو الـ56 عاماً البلدية منذ سنوات.'), ['56 عاماً → 54']);
  assert.deepEqual(ar('وقال المومني، وعمره ٥٥ سنة، إن الخطة جاهزة.'), ['٥٥ سنة → ٥٤']);
  assert.deepEqual(ar('وقال المومني ابن الـ٥٥ ربيعاً إن الخطة جاهزة.'), ['٥٥ ربيعاً → ٥٤']);
  // The age of a quantity whose subject is the person, and a feminine cue.
  assert.deepEqual(ar('وقالت سلمى القاسم، البالغة من العمر 48 عاماً، إن الشركة ستنفذ الخطة.'), ['48 عاماً → 47']);
  const [finding] = arChecker.check('وأعلن خالد المومني (55 عاماً) خطة جديدة للمياه.').findings;
  assert.equal(finding!.message, 'العمر خاطئ: بحسب المقال، يبلغ خالد المومني من العمر 54 عاماً، لا «55 عاماً».');
  assert.equal(finding!.factId, 'momani');
});

test('an Arabic age that is right, another person\'s, a duration or a past age is not flagged', () => {
  assert.deepEqual(ar('وأعلن خالد المومني (54 عاماً) خطة جديدة.'), []);
  assert.deepEqual(ar('وقال المومني الذي يبلغ من العمر أربعة وخمسين عاماً إن الخطة جاهزة.'), []);
  // Another person of the sentence, whose age the fact base does not give.
  assert.deepEqual(ar('والتقى المومني (54 عاماً) وزيرة المياه ريم الحسن (60 عاماً).'), []);
  assert.deepEqual(ar('والتقى المومني، 54 عاماً، ونائبه، 40 عاماً، بالصحفيين.'), []);
  // Durations and an organisation's years.
  assert.deepEqual(ar('وقال المومني، بعد 55 عاماً على تأسيس البلدية، إن الخطة جاهزة.'), []);
  assert.deepEqual(ar('وعمل المومني في البلدية منذ 25 عاماً.'), []);
  assert.deepEqual(ar('وقال المومني، 25 عاماً من العمل البلدي، إن الخطة جاهزة.'), []);
  assert.deepEqual(ar('وتعمل شركة مياه الزرقاء (55 عاماً) في المدينة.'), []);
  // An age at a past time.
  assert.deepEqual(ar('وكان المومني يبلغ من العمر 40 عاماً عندما انتخب رئيساً للبلدية.'), []);
  assert.deepEqual(ar('وكان المومني، البالغ من العمر 40 عاماً، قد انتخب عام 2015.'), []);
  assert.deepEqual(ar('وانتخب المومني، البالغ من العمر آنذاك 40 عاماً، عام 2015.'), []);
  assert.deepEqual(ar('وانتخب المومني، وعمره 40 عاماً آنذاك، عام 2015.'), []);
});

test('an English age beside a known name is compared with the person\'s age, in the draft\'s style', () => {
  assert.deepEqual(en('Harriet Lowe, 62, said the repairs would start in June.'), ['62 → 61']);
  assert.deepEqual(en('Fellside Water chief Harriet Lowe (62) said the repairs would start in June.'), ['62 → 61']);
  assert.deepEqual(en('The 62-year-old Lowe said the repairs would start in June.'), ['62-year-old → 61']);
  assert.deepEqual(en('The 62-year-old chief executive Lowe spoke on Monday.'), ['62-year-old → 61']);
  assert.deepEqual(en('Lowe, a 62-year-old engineer, said the repairs would start in June.'), ['62-year-old → 61']);
  assert.deepEqual(en('Lowe, aged 62, said the repairs would start in June.'), ['62 → 61']);
  assert.deepEqual(en('Omar Daly, who is forty-eight, said the dam was safe.'), ['forty-eight → forty-seven']);
  assert.deepEqual(en('Daly is 48 years old.'), ['48 years old → 47']);
  assert.deepEqual(en('A fifty-two-year-old Lowe said the repairs would start in June.'), ['fifty-two-year-old → sixty-one']);
  const [finding] = enChecker.check('Harriet Lowe, 62, said the repairs would start in June.').findings;
  assert.equal(finding!.message, 'Wrong age: according to the article, Harriet Lowe is 61, not 62.');
  assert.equal(finding!.factId, 'lowe-age');
});

test('an English age that is right, another person\'s, a duration or a past age is not flagged', () => {
  assert.deepEqual(en('Harriet Lowe, 61, said the repairs would start in June.'), []);
  assert.deepEqual(en('Lowe, sixty-one, met Omar Daly, 47, on Monday.'), []);
  // Another person of the sentence: one whose age the fact base does not give, and one unknown.
  assert.deepEqual(en('Lowe, 61, met the council leader, Tom Price, 58, on Monday.'), []);
  assert.deepEqual(en('Lowe, 61, and her deputy, 45, met Price on Monday.'), []);
  assert.deepEqual(en('The 58-year-old council leader met Lowe on Monday.'), []);
  // Durations, an anniversary and an organisation's years.
  assert.deepEqual(en('Lowe has 30 years of experience in the industry.'), []);
  assert.deepEqual(en('Lowe, 30 years after the dam opened, said repairs were due.'), []);
  assert.deepEqual(en('Fellside Water, 62, runs the reservoir.'), []);
  assert.deepEqual(en('Lowe 62 times asked for funds.'), []);
  // An age at a past time.
  assert.deepEqual(en('Lowe was 40 when she took over the company.'), []);
  assert.deepEqual(en('Lowe, then 40, took over the company.'), []);
  assert.deepEqual(en('In 2004, the 40-year-old Lowe took over the company.'), []);
  assert.deepEqual(en('Lowe, aged 40 at the time, took over the company.'), []);
  // A bracketed number in a match report is the minute of a goal, not an age.
  assert.deepEqual(en('Fellside won 2-1: Harriet Lowe scored a penalty (54) and Omar Daly a header (78).'), []);
  assert.deepEqual(en('Goals: Harriet Lowe (54), Omar Daly (78).'), []);
  // Without a match word the bracket is an age.
  assert.deepEqual(en('Harriet Lowe (54) and Omar Daly (47) met the council.'), ['54 → 61']);
});

test('an age after a title that follows the name is that person\'s (both languages)', () => {
  assert.deepEqual(en('Harriet Lowe, the chief executive of Fellside Water, 62, said the repairs would start in June.'), ['62 → 61']);
  assert.deepEqual(en('Lowe, Fellside Water\'s chief executive, 62, said the repairs would start in June.'), ['62 → 61']);
  assert.deepEqual(ar('وقالت سلمى القاسم، مديرة شركة مياه الزرقاء، البالغة من العمر 48 عاماً، إن الشركة ستنفذ الخطة.'), ['48 عاماً → 47']);
  assert.deepEqual(ar('وقال رئيس البلدية خالد المومني، رئيس بلدية الزرقاء، البالغ 55 عاماً، إن الخطة جاهزة.'), ['55 عاماً → 54']);
  // Near misses: the right age; a title that is no apposition of the name (an object of "met"); a
  // title after a person whose age the fact base does not give.
  assert.deepEqual(en('Harriet Lowe, the chief executive of Fellside Water, 61, said the repairs would start in June.'), []);
  assert.deepEqual(en('Lowe met the county council leader, 58, on Monday.'), []);
  assert.deepEqual(en('Tom Price, the county council leader, 58, met Lowe on Monday.'), []);
  assert.deepEqual(ar('والتقى المومني وزيرة المياه، البالغة 60 عاماً، أمس.'), []);
});

test('an age at death is an age: "died at 90", "died aged 90", «توفي عن 90 عاماً», with a message that says so', () => {
  assert.deepEqual(en('Arthur Moss died at 89.'), ['89 → 88']);
  assert.deepEqual(en('Moss died aged 89 in 1990.'), ['89 → 88']);
  assert.deepEqual(en('The dam\'s designer, Arthur Moss, who died at the age of 89, never saw it repaired.'), ['89 → 88']);
  assert.deepEqual(en('Arthur Moss died at eighty-nine, his family said.'), ['eighty-nine → eighty-eight']);
  assert.deepEqual(ar('وتوفي يوسف الخطيب عن 81 عاماً.'), ['81 عاماً → 80']);
  assert.deepEqual(ar('وتوفي مؤسس الشركة يوسف الخطيب عن عمر ناهز 81 عاماً.'), ['81 عاماً → 80']);
  assert.deepEqual(ar('يوسف الخطيب توفي عن 81 عاماً.'), ['81 عاماً → 80']);
  const [english] = enChecker.check('Arthur Moss died at 89.').findings;
  assert.equal(english!.message, 'Wrong age: according to the article, Arthur Moss died at 88, not 89.');
  const [arabic] = arChecker.check('وتوفي يوسف الخطيب عن 81 عاماً.').findings;
  assert.equal(arabic!.message, 'العمر خاطئ: بحسب المقال، توفي يوسف الخطيب عن 80 عاماً، لا «81 عاماً».');
  // Near misses: the right age; a relative of the person; a clock time; «عن» that gives no age.
  assert.deepEqual(en('Arthur Moss died at 88.'), []);
  assert.deepEqual(en('The father of Arthur Moss died at 61.'), []);
  assert.deepEqual(en('Arthur Moss died at 9 pm on a Sunday.'), []);
  assert.deepEqual(en('Moss died at home, 89 days after the opening.'), []);
  assert.deepEqual(ar('وتوفي يوسف الخطيب عن 80 عاماً.'), []);
  assert.deepEqual(ar('وتوفي والد يوسف الخطيب عن 81 عاماً.'), []);
  assert.deepEqual(ar('وتنازل يوسف الخطيب عن 81 سهماً.'), []);
  assert.deepEqual(ar('وتوفي يوسف الخطيب عن 81 سهماً.'), []);
});
