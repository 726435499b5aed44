/**
 * Figures that belong to another occasion, numbers written another way inside a quote, and digits
 * behind Arabic clitics, on an invented story (river floods) so that no corpus sentence is
 * involved: a sentence that names another year or a later weekday than the article's sentence
 * gives its own figures; a count about one town is the town's only where the town is named; a
 * quote may write the article's number words as digits or in another case; an honorific before a
 * name is not a post.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'فيضانات الوادي: 340 قتيلاً في حصيلة أولية',
  'قسنطينة – الأربعاء 12 مارس 2025',
  'ارتفعت حصيلة ضحايا الفيضانات التي ضربت ولاية قسنطينة ليل الاثنين إلى 340 قتيلاً و95 جريحاً، وفق حصيلة أعلنتها وزارة الداخلية مساء الثلاثاء. وسجلت بلدية الخروب وحدها 120 حالة وفاة.',
  'ويظل فيضان باب الواد، الذي وقع في نوفمبر 2001 وأودى بحياة نحو 800 شخص، الأشد فتكاً في تاريخ البلاد.',
  'وأعلنت الحكومة حداداً وطنياً لمدة ثلاثة أيام.',
  'وزار محافظ قسنطينة الدكتور كريم زيدان المناطق المنكوبة.',
  'وقال المتحدث باسم الحماية المدنية سمير بلعيد إن «الساعات الاثنتين والسبعين المقبلة ستكون حاسمة لإنقاذ العالقين».',
  'وكانت الحكومة قد أنشأت في يناير 2024 صندوقاً للكوارث قيمته 50 مليون دولار.',
  'وشردت الفيضانات 12480 أسرة في الولاية.',
].join('\n\n');

const cite = citer(ARTICLE);

function floods(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'floods',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2025-03-12' },
    people: [{ id: 'belaid', names: { ar: ['سمير بلعيد'], en: ['Samir Belaid'] }, short: { ar: ['بلعيد'], en: ['Belaid'] }, gender: 'm', evidence: cite('سمير بلعيد') },
      { id: 'zidane', names: { ar: ['كريم زيدان'], en: ['Karim Zidane'] }, gender: 'm', evidence: cite('كريم زيدان') },
    ],
    posts: [{ id: 'zidane-governor', holder: 'zidane', role: 'governor', title: { ar: ['محافظ قسنطينة'], en: ['Governor of Constantine'] }, evidence: cite('محافظ قسنطينة الدكتور كريم زيدان') }],
    places: [
      { id: 'constantine', names: { ar: ['ولاية قسنطينة', 'قسنطينة'], en: ['Constantine'] }, kind: 'region', evidence: cite('ولاية قسنطينة') },
      { id: 'el-khroub', names: { ar: ['بلدية الخروب', 'الخروب'], en: ['El Khroub'] }, kind: 'city', within: 'constantine', evidence: cite('بلدية الخروب') },
    ],
    events: [
      { id: 'floods', names: { ar: ['الفيضانات'], en: ['the floods'] }, triggers: { ar: ['ضربت'], en: ['struck'] }, date: { year: 2025, month: 3, day: 10, weekday: 'mon' }, place: 'constantine', evidence: cite('الفيضانات التي ضربت ولاية قسنطينة ليل الاثنين') },
      { id: 'bab-el-oued', names: { ar: ['فيضان باب الواد'], en: ['the Bab El Oued flood'] }, date: { year: 2001, month: 11 }, evidence: cite('فيضان باب الواد، الذي وقع في نوفمبر 2001') },
    ],
    quantities: [
      { id: 'deaths', value: 340, unit: 'count', subject: 'floods', noun: { ar: ['قتيلاً', 'قتيل', 'قتلى'], en: ['dead', 'deaths'] }, evidence: cite('إلى 340 قتيلاً') },
      { id: 'injured', value: 95, unit: 'count', subject: 'floods', noun: { ar: ['جريحاً', 'جرحى'], en: ['injured'] }, evidence: cite('و95 جريحاً') },
      { id: 'deaths-el-khroub', value: 120, unit: 'count', subject: 'el-khroub', noun: { ar: ['حالة وفاة', 'وفاة'], en: ['deaths', 'dead'] }, evidence: cite('120 حالة وفاة') },
      { id: 'mourning', value: 3, unit: 'day', noun: { ar: ['حداداً', 'حداد', 'الحداد'], en: ['mourning'] }, evidence: cite('حداداً وطنياً لمدة ثلاثة أيام') },
      { id: 'disaster-fund', value: 50_000_000, unit: 'money', currency: 'USD', noun: { ar: ['صندوق'], en: ['fund'] }, evidence: cite('صندوقاً للكوارث قيمته 50 مليون دولار') },
      { id: 'families', value: 12480, unit: 'count', subject: 'floods', noun: { ar: ['أسرة'], en: ['families'] }, evidence: cite('12480 أسرة') },
      { id: 'bab-el-oued-deaths', value: 800, unit: 'count', approx: 'about', subject: 'bab-el-oued', noun: { ar: ['شخص'], en: ['people'] }, evidence: cite('وأودى بحياة نحو 800 شخص') },
    ],
    quotes: [{ id: 'belaid-hours', speaker: 'belaid', text: 'الساعات الاثنتين والسبعين المقبلة ستكون حاسمة لإنقاذ العالقين', evidence: cite('الساعات الاثنتين والسبعين المقبلة ستكون حاسمة لإنقاذ العالقين') }],
  };
  return loadTestFactBase(data, 'floods.factbase.json', ARTICLE);
}

const findings = (draft: string) => {
  const checker = createChecker([floods()], { scope: 'all' });
  return checker.check(draft).findings.map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`);
};

test('the article checks clean against its own fact base', () => {
  const checker = createChecker([floods()], { scope: 'all' });
  assert.deepEqual(checker.check(ARTICLE, { format: 'plaintext' }).findings.map((finding) => `${finding.ruleId}: ${ARTICLE.slice(finding.range.start, finding.range.end)}`), []);
});

test('a sentence about another year gives that occasion\'s figures, not the article\'s', () => {
  assert.deepEqual(findings('وكان فيضان مماثل في عام 1994 قد أودى بحياة أكثر من 500 شخص.'), []);
  assert.deepEqual(findings('In 1994, a similar flood killed more than 500 people.'), []);
  assert.deepEqual(findings('ويظل فيضان باب الواد، الذي وقع في نوفمبر 2001 وأودى بحياة نحو 900 شخص، الأشد فتكاً.'), ['quantity: 900']);
});

test('a clause that names its own year speaks for its figures, though the sentence also names the article\'s year', () => {
  assert.deepEqual(findings('ويظل فيضان باب الواد، الذي وقع في نوفمبر 2001 وأودى بحياة نحو 800 شخص، الأشد فتكاً، فيما أودى فيضان غرداية في أكتوبر 2008 بحياة أكثر من 600 شخص.'), []);
  // The figure's own clause names no year: the sentence's years decide, and 2001 is the article's.
  assert.deepEqual(findings('ويظل فيضان باب الواد في نوفمبر 2001، الذي أودى بحياة نحو 900 شخص، الأشد فتكاً، فيما أودى فيضان غرداية في أكتوبر 2008 بحياة 600 شخص.'), ['quantity: 900']);
});

test('an amount of another occasion (a later year) is not the article\'s amount', () => {
  assert.deepEqual(findings('وفي يونيو 2025 رفعت الحكومة الصندوق إلى 80 مليون دولار.'), []);
  assert.deepEqual(findings('In June 2025 the government raised the disaster fund to $80 million.'), []);
  assert.deepEqual(findings('وكانت الحكومة قد أنشأت في يناير 2024 صندوقاً للكوارث قيمته 80 مليون دولار.'), ['quantity: 80 مليون دولار']);
  assert.deepEqual(findings('In January 2024 the government set up a disaster fund of $80 million.'), ['quantity: $80 million']);
});

test('a toll given for a later weekday is another count; the article\'s own weekday is still compared', () => {
  // This fact base dates only the floods, so the weekday itself may be read as their day.
  assert.deepEqual(findings('وبحلول مساء الخميس ارتفعت حصيلة ضحايا الفيضانات إلى 410 قتيلاً وفق وزارة الداخلية.').filter((finding) => finding.startsWith('quantity')), []);
  assert.deepEqual(findings('وبحلول مساء الثلاثاء ارتفعت حصيلة ضحايا الفيضانات إلى 410 قتيلاً وفق وزارة الداخلية.').filter((finding) => finding.startsWith('quantity')), ['quantity: 410']);
});

test('a count about a town is compared only where the town, or a place inside it, is named', () => {
  assert.deepEqual(findings('The toll later stood at 390 dead on Thursday.'), []);
  assert.deepEqual(findings('وسجلت بلدية الخروب وحدها 150 حالة وفاة.'), ['quantity: 150']);
});

test('digits behind an Arabic clitic are read as numbers', () => {
  assert.deepEqual(findings('وسجلت بلدية الخروب وحدها بـ150 حالة وفاة.'), ['quantity: 150']);
  assert.deepEqual(findings('ارتفعت حصيلة الفيضانات في ولاية قسنطينة إلى 340 قتيلاً و120 حالة وفاة في الخروب.'), []);
});

test('a quote may write the article\'s number words as digits or in another case, not as another number', () => {
  assert.deepEqual(findings('وقال سمير بلعيد إن «الساعات الـ72 المقبلة ستكون حاسمة لإنقاذ العالقين».'), []);
  assert.deepEqual(findings('وقال سمير بلعيد: «الساعات الاثنتان والسبعون المقبلة ستكون حاسمة لإنقاذ العالقين».'), []);
  assert.deepEqual(findings('وقال سمير بلعيد إن «الساعات الـ48 المقبلة ستكون حاسمة لإنقاذ العالقين».'), ['quote-wording: الـ48']);
});

test('an honorific between a title and a name is neither part of the title nor a post', () => {
  assert.deepEqual(findings('وقال محافظ قسنطينة الدكتور كريم زيدان إن الوضع صعب.'), []);
  assert.deepEqual(findings('وقال الدكتور كريم زيدان إن الوضع صعب.'), []);
  assert.deepEqual(findings('وقال وزير الداخلية الدكتور كريم زيدان إن الوضع صعب.'), ['post-holder: وزير الداخلية']);
});

test('Arabic number words are read behind clitics and as compounds of hundreds, units and tens', () => {
  assert.deepEqual(findings('وأعلنت الحكومة حداداً وطنياً لخمسة أيام.'), ['quantity: خمسة أيام']);
  assert.deepEqual(findings('ارتفعت حصيلة ضحايا الفيضانات في ولاية قسنطينة إلى ثلاثمئة وأربعين قتيلاً.'), []);
  assert.deepEqual(findings('ارتفعت حصيلة ضحايا الفيضانات في ولاية قسنطينة إلى ثلاثمائة وأربعة وخمسين قتيلاً.'), ['quantity: ثلاثمائة وأربعة وخمسين']);
});

test('a label followed by a colon is the noun of the figures after it', () => {
  assert.deepEqual(findings('- **الحداد الوطني:** أعلنته الحكومة مدة خمسة أيام'), ['quantity: خمسة أيام']);
  assert.deepEqual(findings('- **الحداد الوطني:** أعلنته الحكومة مدة ثلاثة أيام'), []);
});

test('a weekday is the day of the event whose trigger stands just before it in its clause', () => {
  const dates = (draft: string) => findings(draft).filter((finding) => finding.startsWith('event-date'));
  assert.deepEqual(dates('وقال زيدان إن عشرات الجسور انهارت بعدما ضربت السيول الولاية ليل الخميس، وإن الطرق مقطوعة.'), ['event-date: الخميس']);
  assert.deepEqual(dates('وقال زيدان إن عشرات الجسور انهارت بعدما ضربت السيول الولاية ليل الاثنين، وإن الطرق مقطوعة.'), []);
  // A trigger after the day dates something else.
  assert.deepEqual(dates('ومنذ ليلة الخميس، ضربت السيول أحياء أخرى.'), []);
});

test('a count in the slot of the one count a restating sentence leaves out is compared with it', () => {
  assert.deepEqual(findings('وقالت وزارة الداخلية إن الفيضانات التي ضربت ولاية قسنطينة ليل الاثنين أودت بحياة 304 أشخاص وأصابت 95 آخرين.'), ['quantity: 304']);
  assert.deepEqual(findings('وقالت وزارة الداخلية إن الفيضانات التي ضربت ولاية قسنطينة ليل الاثنين أودت بحياة 340 شخصاً وأصابت 95 آخرين.'), []);
  // A figure of another order is a count of something else.
  assert.deepEqual(findings('وقالت وزارة الداخلية إن الفيضانات التي ضربت ولاية قسنطينة ليل الاثنين شردت 5000 أسرة وأصابت 95 شخصاً.'), []);
});

test('a date that opens a span (from, since, منذ) is not the date of the event named after until or حتى', () => {
  const dates = (draft: string) => findings(draft).filter((finding) => finding.startsWith('event-date'));
  assert.deepEqual(dates('Karim Zidane lived in Paris from January 2023 until the floods struck Constantine.'), []);
  assert.deepEqual(dates('وعاش كريم زيدان في باريس منذ يناير 2023 حتى ضربت الفيضانات ولاية قسنطينة.'), []);
  // The span's closing date is the event's, and a date without a span word is still compared.
  assert.deepEqual(dates('Karim Zidane lived in Paris from January 2023 until the floods struck Constantine on 14 March.'), ['event-date: 14']);
  // (One part of the date wrong: a date wrong in both its year and its month is another occasion's.)
  assert.deepEqual(dates('The floods struck Constantine in January 2025.'), ['event-date: January']);
  assert.deepEqual(dates('وضربت الفيضانات ولاية قسنطينة في يناير 2025.'), ['event-date: يناير']);
  assert.deepEqual(dates('The floods struck Constantine in March 2023.'), ['event-date: 2023']);
});

test('thousands in words with the rest in digits after و are one number', () => {
  assert.deepEqual(findings('وشردت الفيضانات 12 ألفاً و480 أسرة في الولاية.'), []);
  assert.deepEqual(findings('وشردت الفيضانات 12 ألفاً و840 أسرة في الولاية.'), ['quantity: 12 ألفاً و840']);
});

test('a hedged figure (more than, أكثر من, نحو, قرابة) is a bound or a rounding of the article\'s', () => {
  assert.deepEqual(findings('وشردت الفيضانات أكثر من 12 ألف أسرة في الولاية.'), []);
  assert.deepEqual(findings('وشردت الفيضانات نحو 12 ألفاً و500 أسرة في الولاية.'), []);
  assert.deepEqual(findings('وشردت الفيضانات قرابة 12500 أسرة في الولاية.'), []);
  assert.deepEqual(findings('In January 2024 the government set up a disaster fund of more than $45 million.'), []);
  // A bound the article's figure does not meet is still wrong.
  assert.deepEqual(findings('وشردت الفيضانات أكثر من 13 ألف أسرة في الولاية.'), ['quantity: 13 ألف']);
  assert.deepEqual(findings('وشردت الفيضانات قرابة 15 ألف أسرة في الولاية.'), ['quantity: 15 ألف']);
  assert.deepEqual(findings('In January 2024 the government set up a disaster fund of more than $55 million.'), ['quantity: $55 million']);
});
