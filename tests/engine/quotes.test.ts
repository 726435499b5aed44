/**
 * Who speaks a quotation and whether its words are the article's, on two invented stories (a drought in the Northbridge valley, in
 * English, and a port authority's tender, in Arabic), so that no corpus sentence is involved: a
 * speaker introduced with a relative clause or a long title before the speech verb, a speaker
 * named after the quotation ("…," said X), a byline on the line after a quoted block
 * ("— X, Agency"), also under a block quotation without marks, and "according to X" with no verb. Each shape has near misses that must check clean: the right speaker, a person
 * named inside the relative clause, a person named in the next sentence, a byline that names the
 * right speaker. A changed word inside quotation marks is flagged; a translation, an ellipsis, an
 * editor's bracket, a fragment and quotation marks around a term are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const EN_ARTICLE = [
  'Northbridge orders water cuts as reservoirs run dry',
  'Jane Doe, the chief executive of the Northbridge Water Agency, said on Monday: "The reservoirs are at their lowest level in forty years."',
  'Environment Minister Tom Reyes told parliament: "Every household will have to cut its use by a fifth."',
  'The mayor of Eastport, Maria Lund, warned: "Our farmers cannot wait another season for rain."',
].join('\n\n');

const AR_ARTICLE = [
  'هيئة الموانئ تطرح مناقصة الرصيف الجديد',
  'قال وزير الدولة لشؤون الاستثمار سالم الحداد إن «المناقصة مفتوحة لكل الشركات المؤهلة دون استثناء».',
  'وقالت رئيسة هيئة الموانئ ليلى منصور: «سنعلن اسم الفائز قبل نهاية الصيف المقبل».',
].join('\n\n');

function enStory(): FactBaseData {
  const cite = citer(EN_ARTICLE);
  const data = {
    schemaVersion: 2,
    id: 'northbridge-drought',
    source: { file: 'article.en.txt', lang: 'en', published: '2025-07-08' },
    people: [
      { id: 'doe', names: { en: ['Jane Doe'], ar: ['جين دو'] }, short: { en: ['Doe'] }, gender: 'f', evidence: cite('Jane Doe') },
      { id: 'reyes', names: { en: ['Tom Reyes'], ar: ['توم رييس'] }, short: { en: ['Reyes'] }, gender: 'm', evidence: cite('Tom Reyes') },
      { id: 'lund', names: { en: ['Maria Lund'], ar: ['ماريا لوند'] }, short: { en: ['Lund'] }, gender: 'f', evidence: cite('Maria Lund') },
    ],
    organisations: [{ id: 'agency', names: { en: ['Northbridge Water Agency'], ar: ['وكالة نورثبريدج للمياه'] }, kind: 'agency', evidence: cite('Northbridge Water Agency') }],
    posts: [
      { id: 'doe-ceo', holder: 'doe', role: 'chief-executive', organisation: 'agency', title: { en: ['chief executive'] }, evidence: cite('the chief executive of the Northbridge Water Agency') },
      { id: 'reyes-minister', holder: 'reyes', role: 'minister', title: { en: ['Environment Minister'] }, evidence: cite('Environment Minister Tom Reyes') },
      { id: 'lund-mayor', holder: 'lund', role: 'mayor', title: { en: ['mayor of Eastport'] }, evidence: cite('The mayor of Eastport, Maria Lund') },
    ],
    quotes: [
      { id: 'doe-reservoirs', speaker: 'doe', text: 'The reservoirs are at their lowest level in forty years.', evidence: cite('The reservoirs are at their lowest level in forty years.') },
      { id: 'reyes-cut', speaker: 'reyes', text: 'Every household will have to cut its use by a fifth.', evidence: cite('Every household will have to cut its use by a fifth.') },
      { id: 'lund-farmers', speaker: 'lund', text: 'Our farmers cannot wait another season for rain.', evidence: cite('Our farmers cannot wait another season for rain.') },
    ],
  };
  return loadTestFactBase(data, 'northbridge.factbase.json', EN_ARTICLE);
}

function arStory(): FactBaseData {
  const cite = citer(AR_ARTICLE);
  const data = {
    schemaVersion: 2,
    id: 'port-tender',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2025-07-08' },
    people: [
      { id: 'haddad', names: { ar: ['سالم الحداد'], en: ['Salem al-Haddad'] }, short: { ar: ['الحداد'] }, gender: 'm', evidence: cite('سالم الحداد') },
      { id: 'mansour', names: { ar: ['ليلى منصور'], en: ['Laila Mansour'] }, short: { ar: ['منصور'] }, gender: 'f', evidence: cite('ليلى منصور') },
    ],
    organisations: [{ id: 'ports', names: { ar: ['هيئة الموانئ'], en: ['Ports Authority'] }, kind: 'agency', evidence: cite('هيئة الموانئ') }],
    posts: [
      { id: 'haddad-minister', holder: 'haddad', role: 'minister', title: { ar: ['وزير الدولة لشؤون الاستثمار'] }, evidence: cite('وزير الدولة لشؤون الاستثمار سالم الحداد') },
      { id: 'mansour-head', holder: 'mansour', role: 'head', organisation: 'ports', title: { ar: ['رئيسة هيئة الموانئ'] }, evidence: cite('رئيسة هيئة الموانئ ليلى منصور') },
    ],
    quotes: [
      { id: 'haddad-open', speaker: 'haddad', text: 'المناقصة مفتوحة لكل الشركات المؤهلة دون استثناء', evidence: cite('المناقصة مفتوحة لكل الشركات المؤهلة دون استثناء') },
      { id: 'mansour-winner', speaker: 'mansour', text: 'سنعلن اسم الفائز قبل نهاية الصيف المقبل', evidence: cite('سنعلن اسم الفائز قبل نهاية الصيف المقبل') },
    ],
  };
  return loadTestFactBase(data, 'port-tender.factbase.json', AR_ARTICLE);
}

const en = () => createChecker([enStory()], { scope: 'all' });
const ar = () => createChecker([arStory()], { scope: 'all' });
const speakers = (checker: ReturnType<typeof createChecker>, draft: string) =>
  checker.check(draft).findings.filter((finding) => finding.ruleId.startsWith('quote')).map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`);

test('the articles check clean against their own fact bases', () => {
  assert.deepEqual(en().check(EN_ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
  assert.deepEqual(ar().check(AR_ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
});

test('a speaker introduced with a relative clause or a long title before the speech verb', () => {
  assert.deepEqual(speakers(en(), 'Jane Doe, who has led the agency since 2019, added: "Our farmers cannot wait another season for rain."'), ['quote-speaker: Jane Doe']);
  assert.deepEqual(speakers(en(), 'Jane Doe, the chief executive of the Northbridge Water Agency since 2019, added: "Our farmers cannot wait another season for rain."'), ['quote-speaker: Jane Doe']);
  assert.deepEqual(speakers(ar(), 'وأضاف وزير الدولة لشؤون الاستثمار في الحكومة سالم الحداد أن «سنعلن اسم الفائز قبل نهاية الصيف المقبل».'), ['quote-speaker: سالم الحداد']);
  assert.deepEqual(speakers(ar(), 'وكان سالم الحداد، الذي يتولى الوزارة منذ عام 2021، قد قال: «سنعلن اسم الفائز قبل نهاية الصيف المقبل».'), ['quote-speaker: سالم الحداد']);
  // Near misses: the right speaker, and a person named inside the relative clause.
  assert.deepEqual(speakers(en(), 'Maria Lund, who has led the town since 2019, added: "Our farmers cannot wait another season for rain."'), []);
  assert.deepEqual(speakers(en(), 'Maria Lund, who met Jane Doe on Monday, added: "Our farmers cannot wait another season for rain."'), []);
  assert.deepEqual(speakers(ar(), 'وأضافت رئيسة هيئة الموانئ في الحكومة ليلى منصور أن «سنعلن اسم الفائز قبل نهاية الصيف المقبل».'), []);
  assert.deepEqual(speakers(ar(), 'وكانت ليلى منصور، التي التقت سالم الحداد أمس، قد قالت: «سنعلن اسم الفائز قبل نهاية الصيف المقبل».'), []);
  // Two joined subjects speak together: naming one of them is not a wrong speaker.
  assert.deepEqual(speakers(en(), 'She and Jane Doe, who met on Monday, said: "Our farmers cannot wait another season for rain."'), []);
  assert.deepEqual(speakers(en(), 'Maria Lund and Jane Doe said: "Our farmers cannot wait another season for rain."'), []);
  // The near miss: one subject alone is still judged.
  assert.deepEqual(speakers(en(), 'Then Jane Doe, who met her on Monday, said: "Our farmers cannot wait another season for rain."'), ['quote-speaker: Jane Doe']);
});

test('a speaker named after the quotation', () => {
  assert.deepEqual(speakers(en(), '"Our farmers cannot wait another season for rain," said the agency\'s chief executive, Jane Doe.'), ['quote-speaker: Jane Doe']);
  assert.deepEqual(speakers(en(), '"Our farmers cannot wait another season for rain," Jane Doe said on Tuesday.'), ['quote-speaker: Jane Doe']);
  assert.deepEqual(speakers(en(), '"Every household will have to cut its use by a fifth," Jane Doe, who runs the agency, told reporters.'), ['quote-speaker: Jane Doe']);
  assert.deepEqual(speakers(ar(), '«سنعلن اسم الفائز قبل نهاية الصيف المقبل»، قال وزير الدولة لشؤون الاستثمار سالم الحداد.'), ['quote-speaker: سالم الحداد']);
  assert.deepEqual(speakers(ar(), '«سنعلن اسم الفائز قبل نهاية الصيف المقبل»، بحسب ما قاله سالم الحداد.'), ['quote-speaker: سالم الحداد']);
  // Near misses: the right speaker; a person in the next sentence; a person the speaker stands for.
  assert.deepEqual(speakers(en(), '"Our farmers cannot wait another season for rain," said the mayor of Eastport, Maria Lund.'), []);
  assert.deepEqual(speakers(en(), '"Our farmers cannot wait another season for rain." Jane Doe said the agency would help them.'), []);
  assert.deepEqual(speakers(en(), '"Our farmers cannot wait another season for rain," said a spokesman for Jane Doe.'), []);
  assert.deepEqual(speakers(en(), 'The mayor was blunt: "Our farmers cannot wait another season for rain," she said, and Jane Doe agreed.'), []);
  assert.deepEqual(speakers(ar(), '«سنعلن اسم الفائز قبل نهاية الصيف المقبل»، قالت ليلى منصور.'), []);
  assert.deepEqual(speakers(ar(), '«سنعلن اسم الفائز قبل نهاية الصيف المقبل». وقال سالم الحداد إن الوزارة تدعم الهيئة.'), []);
});

test('a byline on the line after a quoted block names its speaker', () => {
  assert.deepEqual(speakers(en(), '> "Our farmers cannot wait another season for rain."\n\n— Jane Doe, Northbridge Water Agency\n'), ['quote-speaker: Jane Doe']);
  assert.deepEqual(speakers(en(), '> "Our farmers cannot wait another season for rain."\n>\n> — Jane Doe\n'), ['quote-speaker: Jane Doe']);
  assert.deepEqual(speakers(ar(), '> «سنعلن اسم الفائز قبل نهاية الصيف المقبل»\n\n— سالم الحداد، وزير الدولة لشؤون الاستثمار\n'), ['quote-speaker: سالم الحداد']);
  // Near misses: the right byline; a line after the quote that is not a byline; a byline two paragraphs on.
  assert.deepEqual(speakers(en(), '> "Our farmers cannot wait another season for rain."\n\n— Maria Lund, mayor of Eastport\n'), []);
  assert.deepEqual(speakers(en(), '> "Our farmers cannot wait another season for rain."\n\nJane Doe said the agency would help.\n'), []);
  assert.deepEqual(speakers(en(), '> "Our farmers cannot wait another season for rain."\n\nThe agency met on Monday.\n\n— Jane Doe\n'), []);
  assert.deepEqual(speakers(ar(), '> «سنعلن اسم الفائز قبل نهاية الصيف المقبل»\n\n— ليلى منصور\n'), []);
});

const wording = (checker: ReturnType<typeof createChecker>, draft: string) =>
  checker.check(draft).findings.filter((finding) => finding.ruleId === 'quote-wording').map((finding) => `${draft.slice(finding.range.start, finding.range.end)} -> ${finding.fixes[0]?.edits[0]?.text.trim() ?? ''}`);

test('a changed, added or dropped word inside quotation marks is an altered quote, with the article\'s words as fix', () => {
  assert.deepEqual(wording(en(), 'Maria Lund warned: "Our farmers cannot wait another year for rain."'), ['year -> season']);
  assert.deepEqual(wording(en(), 'Maria Lund warned: "Our farmers simply cannot wait another season for rain."'), ['simply -> ']);
  assert.deepEqual(wording(en(), 'Maria Lund warned: "Our farmers cannot wait season for rain."'), ['season -> another']);
  assert.deepEqual(wording(ar(), 'وقال الحداد إن «المناقصة مفتوحة لكل الشركات الأجنبية دون استثناء».'), ['الأجنبية -> المؤهلة']);
});

test('a contraction spelt out or made ("cannot", "can not", "can\'t") quotes the same words; another verb is a change', () => {
  assert.deepEqual(wording(en(), 'Maria Lund warned: "Our farmers can not wait another season for rain."'), []);
  assert.deepEqual(wording(en(), 'Maria Lund warned: "Our farmers can\'t wait another season for rain."'), []);
  assert.deepEqual(wording(en(), 'Maria Lund warned: "Our farmers can’t wait another season for rain."'), []);
  // Near misses: another auxiliary, contracted or not, and a dropped negation.
  assert.deepEqual(wording(en(), 'Maria Lund warned: "Our farmers won\'t wait another season for rain."'), ["won't -> cannot"]);
  assert.deepEqual(wording(en(), 'Maria Lund warned: "Our farmers will not wait another season for rain."'), ['will not -> cannot']);
  assert.deepEqual(wording(en(), 'Maria Lund warned: "Our farmers can wait another season for rain."'), ['can -> cannot']);
});

test('a translation, an ellipsis, an editor\'s bracket, a fragment or a quoted term is not an altered quote', () => {
  // A translation into the draft's other language.
  assert.deepEqual(wording(en(), 'وقالت ماريا لوند: «لا يستطيع مزارعونا انتظار موسم آخر من أجل المطر».'), []);
  assert.deepEqual(wording(ar(), 'Salem al-Haddad said: "The tender is open to all qualified companies without exception."'), []);
  // An ellipsis, an editor's word in brackets added or put for the speaker's, a fragment.
  assert.deepEqual(wording(en(), 'Maria Lund warned: "Our farmers cannot wait ... for rain."'), []);
  assert.deepEqual(wording(en(), 'Maria Lund warned: "Our farmers cannot wait … for rain."'), []);
  assert.deepEqual(wording(en(), 'Maria Lund warned: "Our [Eastport] farmers cannot wait another season for rain."'), []);
  assert.deepEqual(wording(en(), 'Maria Lund warned: "[Eastport\'s] farmers cannot wait another season for rain."'), []);
  assert.deepEqual(wording(en(), 'Maria Lund said the farmers "cannot wait another season" for rain.'), []);
  assert.deepEqual(wording(ar(), 'وقال الحداد إن «المناقصة مفتوحة (...) دون استثناء».'), []);
  assert.deepEqual(wording(ar(), 'وقال الحداد إن المناقصة «مفتوحة لكل الشركات المؤهلة».'), []);
  // Quotation marks around a term the article's quote also uses.
  assert.deepEqual(wording(en(), 'Farmers fear "another season" without rain, the mayor said.'), []);
  assert.deepEqual(wording(en(), 'The agency calls it the "lowest level" on its "forty years" scale.'), []);
});

test('a block quotation without quotation marks and the byline under it: the byline\'s person speaks its words', () => {
  assert.deepEqual(speakers(en(), '> Our farmers cannot wait another season for rain.\n\n— Jane Doe, Northbridge Water Agency\n'), ['quote-speaker: Jane Doe']);
  assert.deepEqual(speakers(en(), '> The reservoirs are at their lowest level in forty years.\n>\n— Maria Lund\n'), ['quote-speaker: Maria Lund']);
  assert.deepEqual(speakers(ar(), '> سنعلن اسم الفائز قبل نهاية الصيف المقبل\n\n— سالم الحداد، وزير الدولة لشؤون الاستثمار\n'), ['quote-speaker: سالم الحداد']);
  // Its words are compared too.
  assert.deepEqual(wording(en(), '> Our farmers cannot wait another year for rain.\n\n— Maria Lund, mayor of Eastport\n'), ['year -> season']);
  // Near misses: the right byline; a block quotation with no byline; a byline under a plain paragraph; a byline two paragraphs on.
  assert.deepEqual(speakers(en(), '> Our farmers cannot wait another season for rain.\n\n— Maria Lund, mayor of Eastport\n'), []);
  assert.deepEqual(speakers(en(), '> Our farmers cannot wait another season for rain, Jane Doe said.\n\nThe agency met on Monday.\n'), []);
  assert.deepEqual(speakers(en(), 'Our farmers cannot wait another season for rain.\n\n— Jane Doe\n'), []);
  assert.deepEqual(speakers(en(), '> Our farmers cannot wait another season for rain.\n\nThe agency met on Monday.\n\n— Jane Doe\n'), []);
  assert.deepEqual(wording(en(), '> Our farmers cannot wait another season for rain.\n\n— Maria Lund, mayor of Eastport\n'), []);
});

test('"according to X" with no speech verb attributes the quotation to X, before or right after it', () => {
  assert.deepEqual(speakers(en(), 'The farmers "cannot wait another season for rain," according to Jane Doe.'), ['quote-speaker: Jane Doe']);
  assert.deepEqual(speakers(en(), 'According to Jane Doe, "our farmers cannot wait another season for rain."'), ['quote-speaker: Jane Doe']);
  assert.deepEqual(speakers(en(), '"Our farmers cannot wait another season for rain," according to the agency\'s chief executive, Jane Doe.'), ['quote-speaker: Jane Doe']);
  assert.deepEqual(speakers(ar(), '«سنعلن اسم الفائز قبل نهاية الصيف المقبل»، بحسب سالم الحداد.'), ['quote-speaker: سالم الحداد']);
  assert.deepEqual(speakers(ar(), 'وبحسب وزير الدولة لشؤون الاستثمار سالم الحداد، فإن «سنعلن اسم الفائز قبل نهاية الصيف المقبل».'), ['quote-speaker: سالم الحداد']);
  // Near misses: the right person; a person reached through other words; a speech verb that names the speaker.
  assert.deepEqual(speakers(en(), '"Our farmers cannot wait another season for rain," according to Maria Lund.'), []);
  assert.deepEqual(speakers(en(), '"Our farmers cannot wait another season for rain," according to a letter Jane Doe received.'), []);
  assert.deepEqual(speakers(en(), 'According to Jane Doe, Maria Lund said: "Our farmers cannot wait another season for rain."'), []);
  assert.deepEqual(speakers(ar(), '«سنعلن اسم الفائز قبل نهاية الصيف المقبل»، بحسب ليلى منصور.'), []);
});
