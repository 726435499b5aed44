/**
 * Dates, numbers and quotes compared with the article sentence a draft sentence restates, on an
 * invented story (a port concession in Sfax) so that no corpus sentence is involved: a figure the
 * article gives in another currency, a scale word that counts on its own (مليون فرصة عمل), and a
 * noun of two words. Each mechanism has a near miss that must check clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'ميناء صفاقس: اتفاق امتياز بقيمة 800 مليون دولار',
  'تونس – الخميس 14 مارس 2024',
  'وقّعت الحكومة التونسية أمس الأربعاء اتفاقاً مع شركة «مرافئ المتوسط» لتوسيع ميناء صفاقس، تدفع بموجبه الشركة 800 مليون دولار مقابل حق الامتياز لمدة ثلاثين عاماً.',
  'وقال وزير النقل رشيد العامري إن البلاد تحتاج إلى مليون فرصة عمل جديدة في العقد المقبل، مضيفاً أن «أولويتنا تحديث الأرصفة القديمة».',
  'ورحبت رئيسة غرفة التجارة سلمى الحداد بالاتفاق، وقالت: «هذا يوم تاريخي لصفاقس وللجهة كلها».',
  'وكان حريق قد اندلع في أحد مستودعات الميناء عند الساعة الثالثة من فجر الاثنين، قبل أن تسيطر عليه فرق الحماية المدنية.',
  'واستقبل ميناء صفاقس الشهر الماضي 120 سفينة، مقابل 45 سفينة في ميناء قابس.',
].join('\n\n');

const cite = citer(ARTICLE);

function port(published = '2024-03-14'): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'sfax-port',
    source: { file: 'article.ar.txt', lang: 'ar', published },
    people: [
      { id: 'ameri', names: { ar: ['رشيد العامري'], en: ['Rachid Ameri'] }, short: { ar: ['العامري'], en: ['Ameri'] }, gender: 'm', evidence: cite('رشيد العامري') },
      { id: 'haddad', names: { ar: ['سلمى الحداد'], en: ['Salma Haddad'] }, gender: 'f', evidence: cite('سلمى الحداد') },
    ],
    posts: [{ id: 'ameri-minister', holder: 'ameri', role: 'minister', title: { ar: ['وزير النقل'], en: ['Transport Minister'] }, evidence: cite('وزير النقل رشيد العامري') }],
    quotes: [
      { id: 'ameri-priority', speaker: 'ameri', text: 'أولويتنا تحديث الأرصفة القديمة', evidence: cite('«أولويتنا تحديث الأرصفة القديمة»') },
      { id: 'haddad-day', speaker: 'haddad', text: 'هذا يوم تاريخي لصفاقس وللجهة كلها', evidence: cite('«هذا يوم تاريخي لصفاقس وللجهة كلها»') },
    ],
    organisations: [{ id: 'marafi', names: { ar: ['مرافئ المتوسط'], en: ['Mediterranean Ports'] }, kind: 'company', evidence: cite('مرافئ المتوسط') }],
    places: [
      { id: 'sfax', names: { ar: ['صفاقس'], en: ['Sfax'] }, kind: 'city', evidence: cite('صفاقس') },
      { id: 'gabes', names: { ar: ['قابس'], en: ['Gabes'] }, kind: 'city', evidence: cite('قابس') },
    ],
    events: [
      { id: 'signing', names: { ar: ['توقيع الاتفاق'], en: ['the signing'] }, triggers: { ar: ['وقّعت'], en: ['signed'] }, date: { year: 2024, month: 3, day: 13, weekday: 'wed' }, evidence: cite('وقّعت الحكومة التونسية أمس الأربعاء') },
      { id: 'fire', names: { ar: ['حريق المستودع'], en: ['the warehouse fire'] }, triggers: { ar: ['اندلع', 'حريق'], en: ['fire'] }, place: 'sfax', date: { year: 2024, month: 3, day: 11, weekday: 'mon', time: '03:00', relative: 'فجر الاثنين', derived: true }, evidence: cite('حريق قد اندلع في أحد مستودعات الميناء عند الساعة الثالثة من فجر الاثنين') },
    ],
    quantities: [
      { id: 'fee', value: 800000000, unit: 'money', currency: 'USD', subject: 'marafi', noun: { ar: ['حق الامتياز', 'الامتياز'], en: ['concession'] }, evidence: cite('تدفع بموجبه الشركة 800 مليون دولار مقابل حق الامتياز') },
      { id: 'ships-sfax', value: 120, unit: 'count', subject: 'sfax', noun: { ar: ['سفينة', 'سفن'], en: ['ships'] }, evidence: cite('واستقبل ميناء صفاقس الشهر الماضي 120 سفينة') },
      { id: 'ships-gabes', value: 45, unit: 'count', subject: 'gabes', noun: { ar: ['سفينة', 'سفن'], en: ['ships'] }, evidence: cite('45 سفينة في ميناء قابس') },
      { id: 'jobs', value: 1000000, unit: 'count', noun: { ar: ['فرصة عمل', 'فرص عمل'], en: ['jobs'] }, evidence: cite('إلى مليون فرصة عمل جديدة') },
    ],
  };
  return loadTestFactBase(data, 'sfax-port.factbase.json', ARTICLE);
}

const checker = () => createChecker([port()], { scope: 'all' });
const findings = (draft: string) => checker().check(draft).findings.map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`);

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(checker().check(ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
});

test('the article\'s figure restated in another currency is flagged, with the article\'s currency as fix', () => {
  const draft = 'وتدفع الشركة بموجب الاتفاق 800 مليون يورو مقابل حق الامتياز.';
  assert.deepEqual(findings(draft), ['quantity: 800 مليون يورو']);
  const finding = checker().check(draft).findings[0]!;
  assert.equal(finding.fixes[0]!.edits[0]!.text, 'دولار');
  assert.deepEqual(findings('- **الامتياز:** 800 million euros paid by the company.'), ['quantity: 800 million euros']);
  // Near miss: the article's figure in its own currency, and a conversion to another currency.
  assert.deepEqual(findings('وتدفع الشركة بموجب الاتفاق 800 مليون دولار مقابل حق الامتياز.'), []);
  assert.deepEqual(findings('وتدفع الشركة بموجب الاتفاق 740 مليون يورو مقابل حق الامتياز.'), []);
});

test('a scale word alone counts one or two of itself, and a noun of two words ties its number', () => {
  assert.deepEqual(findings('وقال العامري إن البلاد تحتاج إلى مليونَي فرصة عمل جديدة.'), ['quantity: مليونَي']);
  const finding = checker().check('وقال العامري إن البلاد تحتاج إلى مليونَي فرصة عمل جديدة.').findings[0]!;
  assert.equal(finding.fixes[0]!.edits[0]!.text, 'مليون');
  assert.deepEqual(findings('وقال العامري إن البلاد تحتاج إلى ثلاثة ملايين فرصة عمل.'), ['quantity: ثلاثة ملايين']);
  // Near miss: the article's million, and two million of something else.
  assert.deepEqual(findings('وقال العامري إن البلاد تحتاج إلى مليون فرصة عمل جديدة.'), []);
  assert.deepEqual(findings('ويزور الميناء مليونا مسافر كل عام.'), []);
});

test('a label with a colon before a quotation names its speaker', () => {
  assert.deepEqual(findings('**وزير النقل رشيد العامري:** «هذا يوم تاريخي لصفاقس وللجهة كلها».'), ['quote-speaker: رشيد العامري']);
  assert.deepEqual(findings('وفي حفل التوقيع، رشيد العامري: «هذا يوم تاريخي لصفاقس وللجهة كلها».'), ['quote-speaker: رشيد العامري']);
  // Near miss: the right speaker, and a person named before the label's own words.
  assert.deepEqual(findings('**سلمى الحداد:** «هذا يوم تاريخي لصفاقس وللجهة كلها».'), []);
  assert.deepEqual(findings('رشيد العامري في كلمته عن سلمى الحداد ونصّها: «هذا يوم تاريخي لصفاقس وللجهة كلها».'), []);
});

test('other words put in a quote\'s place, in a sentence that restates the quote\'s own, are an altered quote', () => {
  assert.deepEqual(findings('وأضاف العامري أن البلاد تحتاج إلى مليون فرصة عمل جديدة، مؤكداً أن «أولويتنا بناء ميناء جديد».'), ['quote-wording: بناء ميناء جديد']);
  // Near miss: a fragment of the quote, one with a gap, and a quotation in another sentence.
  assert.deepEqual(findings('وأضاف العامري أن البلاد تحتاج إلى مليون فرصة عمل جديدة، مؤكداً أن «أولويتنا تحديث الأرصفة».'), []);
  assert.deepEqual(findings('وأضاف العامري أن البلاد تحتاج إلى مليون فرصة عمل جديدة، مؤكداً أن «أولويتنا (...) الأرصفة القديمة».'), []);
  assert.deepEqual(findings('وقال مسؤول في الشركة للصحفيين: «أولويتنا خفض أسعار الشحن».'), []);
});

const EN_ARTICLE = [
  'Harbour board approves Sfax expansion',
  'SFAX, Thursday 14 March 2024',
  'The harbour board approved the expansion of the port of Sfax on Wednesday, two months after a regional court overturned a ban on the works in January 2024.',
  'The board voted by a majority of seven to two. It rated the risk of the works at 8 on its scale, while the regional court put the risk at 6.',
].join('\n\n');

function harbour(): FactBaseData {
  const cite = (text: string) => {
    const start = EN_ARTICLE.indexOf(text);
    assert.ok(start >= 0, text);
    return [{ start, end: start + text.length, text }];
  };
  const data = {
    schemaVersion: 2,
    id: 'sfax-harbour',
    source: { file: 'article.en.txt', lang: 'en', published: '2024-03-14' },
    organisations: [
      { id: 'board', names: { en: ['harbour board'] }, kind: 'other', evidence: cite('harbour board') },
      { id: 'court', names: { en: ['regional court'] }, kind: 'court', evidence: cite('regional court') },
    ],
    places: [{ id: 'sfax', names: { en: ['Sfax'] }, kind: 'city', evidence: cite('Sfax') }],
    events: [
      { id: 'approval', names: { en: ['the approval of the expansion'] }, triggers: { en: ['approved'] }, participants: ['board'], date: { year: 2024, month: 3, day: 13, weekday: 'wed', relative: 'on Wednesday', derived: true }, evidence: cite('The harbour board approved the expansion of the port of Sfax on Wednesday') },
      { id: 'overturn', names: { en: ['the court\'s ruling on the ban'] }, triggers: { en: ['overturned'] }, participants: ['court'], date: { year: 2024, month: 1 }, evidence: cite('a regional court overturned a ban on the works in January 2024') },
    ],
    quantities: [
      { id: 'vote', value: 7, against: 2, unit: 'votes', subject: 'approval', noun: { en: ['majority'] }, evidence: cite('by a majority of seven to two') },
      { id: 'risk-board', value: 8, unit: 'other', subject: 'board', noun: { en: ['risk'] }, evidence: cite('It rated the risk of the works at 8') },
      { id: 'risk-court', value: 6, unit: 'other', subject: 'court', noun: { en: ['risk'] }, evidence: cite('the regional court put the risk at 6') },
    ],
  };
  return loadTestFactBase(data, 'sfax-harbour.factbase.json', EN_ARTICLE);
}

const enFindings = (draft: string) => {
  const result = createChecker([harbour()], { scope: 'all' }).check(draft);
  return result.findings.map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`);
};

test('the English article checks clean against its own fact base', () => {
  assert.deepEqual(createChecker([harbour()], { scope: 'all' }).check(EN_ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
});

test('a weekday before a date puts the date in the weekday\'s clause', () => {
  assert.deepEqual(enFindings('The harbour board approved the expansion on Wednesday, April 13, in Sfax.'), ['event-date: April']);
  // Near miss: the right date.
  assert.deepEqual(enFindings('The harbour board approved the expansion on Wednesday, March 13, in Sfax.'), []);
});

test('another inflection of a trigger names its event in a sentence that restates the event\'s own', () => {
  assert.deepEqual(enFindings('| February 2024 | A regional court overturns the ban on the works |'), ['event-date: February']);
  // Near miss: the right month, and the same verb about something else.
  assert.deepEqual(enFindings('| January 2024 | A regional court overturns the ban on the works |'), []);
  assert.deepEqual(enFindings('Referees rarely see a league overturning its results, as happened in May 2023.'), []);
});

test('a date that the restated article sentence of another event gives is that event\'s', () => {
  // "approved" points at the approval, but the row restates the court's sentence and its month.
  assert.deepEqual(enFindings('| 20 January 2024 | The harbour board approved nothing while a regional court set aside the ban on the works |'), []);
  // Near miss: a month that no event of the restated sentence has.
  assert.deepEqual(enFindings('| 20 May 2024 | The harbour board approved nothing while a regional court set aside the ban on the works |'), ['event-date: 20', 'event-date: May']);
});

test('a clock time is compared with the time of the event whose sentence it restates', () => {
  const draft = 'واندلع الحريق في أحد مستودعات الميناء عند الساعة الخامسة من فجر الاثنين.';
  assert.deepEqual(findings(draft), ['event-date: الساعة الخامسة من فجر']);
  assert.equal(checker().check(draft).findings[0]!.fixes[0]!.edits[0]!.text, 'الثالثة');
  assert.deepEqual(findings('A fire broke out in a warehouse of the port of Sfax at 5am on Monday.'), ['event-date: 5am']);
  // Near misses: the same time in words, digits, on the twelve-hour clock or in another zone.
  assert.deepEqual(findings('واندلع الحريق في أحد مستودعات الميناء عند الساعة الثالثة فجراً يوم الاثنين.'), []);
  assert.deepEqual(findings('واندلع الحريق في أحد مستودعات الميناء عند الساعة 03:00 من فجر الاثنين.'), []);
  assert.deepEqual(findings('A fire broke out in a warehouse of the port of Sfax at 3 o\'clock on Monday (02:00 GMT).'), []);
  // A time in a sentence about nothing the article times.
  assert.deepEqual(findings('وتفتح أبواب الميناء للزوار عند الساعة الثامنة صباحاً.'), []);
});

test('a relative week is the calendar week before or after the draft\'s own date', () => {
  // Published on Thursday 14 March 2024; the signing was on Wednesday 13 March.
  assert.deepEqual(findings('وقّعت الحكومة التونسية الأسبوع الماضي اتفاقاً مع شركة «مرافئ المتوسط».'), ['event-date: الأسبوع الماضي']);
  assert.deepEqual(findings('The Tunisian government signed the deal with Mediterranean Ports next week.'), ['event-date: next week']);
  // Near miss: last week counted from a draft dated a week later.
  assert.deepEqual(findings('---\ndate: 2024-03-20\n---\n\nوقّعت الحكومة التونسية الأسبوع الماضي اتفاقاً مع شركة «مرافئ المتوسط».'), []);
});

test('"this week" is the calendar week of the draft\'s own date, and is read only when the draft states its date', () => {
  // The signing was on Wednesday 13 March 2024; a draft dated Monday 25 March puts it in its own week.
  assert.deepEqual(findings('---\ndate: 2024-03-25\n---\n\nوقّعت الحكومة التونسية هذا الأسبوع اتفاقاً مع شركة «مرافئ المتوسط».'), ['event-date: هذا الأسبوع']);
  assert.deepEqual(findings('Tunis, Monday 25 March 2024\n\nThe Tunisian government signed the deal earlier this week with Mediterranean Ports.'), ['event-date: this week']);
  // Near misses: a draft dated Saturday 16 March (a week that starts on Monday still holds the
  // 13th), Tuesday 19 March (the loose "these last days", six days on), the day after, "this week"
  // dating a statement about the signing, and a draft with no date of its own, even when the
  // article was published weeks after the event.
  assert.deepEqual(findings('---\ndate: 2024-03-19\n---\n\nوقّعت الحكومة التونسية هذا الأسبوع اتفاقاً مع شركة «مرافئ المتوسط».'), []);
  assert.deepEqual(findings('---\ndate: 2024-03-25\n---\n\nوقال العامري هذا الأسبوع إن الحكومة وقّعت اتفاقاً مع شركة «مرافئ المتوسط».'), []);
  assert.deepEqual(findings('---\ndate: 2024-03-16\n---\n\nوقّعت الحكومة التونسية هذا الأسبوع اتفاقاً مع شركة «مرافئ المتوسط».'), []);
  assert.deepEqual(findings('---\ndate: 2024-03-14\n---\n\nوقّعت الحكومة التونسية خلال الأسبوع الجاري اتفاقاً مع شركة «مرافئ المتوسط».'), []);
  const late = createChecker([port('2024-04-10')], { scope: 'all' });
  assert.deepEqual(late.check('وقّعت الحكومة التونسية هذا الأسبوع اتفاقاً مع شركة «مرافئ المتوسط».').findings, []);
});

test('a day counted from the draft\'s own date (two days ago, «قبل يومين») is compared with the event\'s day', () => {
  // The signing was on Wednesday 13 March 2024.
  const dated = (date: string, text: string) => findings(`---\ndate: ${date}\n---\n\n${text}`);
  const one = (date: string, text: string) => checker().check(`---\ndate: ${date}\n---\n\n${text}`).findings;
  assert.deepEqual(dated('2024-03-18', 'وقّعت الحكومة التونسية قبل يومين اتفاقاً مع شركة «مرافئ المتوسط».'), ['event-date: قبل يومين']);
  assert.deepEqual(one('2024-03-18', 'وقّعت الحكومة التونسية قبل يومين اتفاقاً مع شركة «مرافئ المتوسط».')[0]?.fixes[0]?.edits[0]?.text, 'خمسة أيام');
  assert.deepEqual(dated('2024-03-20', 'The Tunisian government signed two days ago a deal with Mediterranean Ports.'), ['event-date: two days ago']);
  assert.deepEqual(one('2024-03-20', 'The Tunisian government signed two days ago a deal with Mediterranean Ports.')[0]?.fixes[0]?.edits[0]?.text, 'seven days');
  assert.deepEqual(dated('2024-03-15', 'وقّعت الحكومة التونسية منذ أسبوع اتفاقاً مع شركة «مرافئ المتوسط».'), ['event-date: منذ أسبوع']);
  assert.deepEqual(dated('2024-04-10', 'The Tunisian government signed a week ago the deal with Mediterranean Ports.'), ['event-date: a week ago']);
  assert.deepEqual(dated('2024-03-20', 'وقّعت الحكومة التونسية قبل 3 أيام اتفاقاً مع شركة «مرافئ المتوسط».'), ['event-date: قبل 3 أيام']);
  // Right: the exact day for up to three days, a day either side beyond, five to nine days for a week.
  assert.deepEqual(dated('2024-03-15', 'وقّعت الحكومة التونسية قبل يومين اتفاقاً مع شركة «مرافئ المتوسط».'), []);
  assert.deepEqual(dated('2024-03-18', 'وقّعت الحكومة التونسية قبل أربعة أيام اتفاقاً مع شركة «مرافئ المتوسط».'), []);
  assert.deepEqual(dated('2024-03-22', 'The Tunisian government signed a week ago the deal with Mediterranean Ports.'), []);
  assert.deepEqual(dated('2024-03-18', 'وقّعت الحكومة التونسية منذ أسبوع اتفاقاً مع شركة «مرافئ المتوسط».'), []);
  // Near misses: a statement dated by the count (said two days ago that …), a duration after a
  // word of continuity, a count from another event, a forward count without a future marker,
  // and a draft with no date of its own.
  assert.deepEqual(dated('2024-03-20', 'Ameri said two days ago that the government signed the deal with Mediterranean Ports.'), []);
  assert.deepEqual(dated('2024-03-20', 'وقال العامري قبل يومين إن الحكومة وقّعت اتفاقاً مع شركة «مرافئ المتوسط».'), []);
  assert.deepEqual(dated('2024-03-25', 'وقّعت الحكومة اتفاقاً مع شركة «مرافئ المتوسط» لتوسيع الميناء الذي يستمر العمل فيه منذ أسبوع.'), []);
  assert.deepEqual(dated('2024-03-25', 'وقّعت الحكومة التونسية قبل يومين من القمة اتفاقاً مع شركة «مرافئ المتوسط».'), []);
  assert.deepEqual(dated('2024-03-25', 'The Tunisian government signed the deal with Mediterranean Ports in two days.'), []);
  assert.deepEqual(findings('وقّعت الحكومة التونسية قبل أسبوعين اتفاقاً مع شركة «مرافئ المتوسط».'), []);
  assert.deepEqual(findings('The Tunisian government signed two days ago a deal with Mediterranean Ports.'), []);
});

test('a split of votes is compared with the split of the event the sentence names', () => {
  const draft = 'The harbour board approved the expansion of the port by six to three.';
  assert.deepEqual(enFindings(draft), ['quantity: six to three']);
  assert.equal(createChecker([harbour()], { scope: 'all' }).check(draft).findings[0]!.fixes[0]!.edits[0]!.text, 'seven to two');
  // Near misses: the article's split in digits, a range of days, and a change from one figure to another.
  assert.deepEqual(enFindings('The harbour board approved the expansion of the port 7-2.'), []);
  assert.deepEqual(enFindings('The harbour board approved the expansion of the port after talks on 9-11 March.'), []);
  assert.deepEqual(enFindings('The harbour board approved the expansion of the port, cutting its berths from nine to four.'), []);
});

test('a measure is compared with the figure of the body the clause names', () => {
  assert.deepEqual(enFindings('The harbour board rated the risk of the works at 8, while the regional court put it at 4.5.'), ['quantity: 4.5']);
  // Near misses: the article's figures, and a figure of something else beside the body.
  assert.deepEqual(enFindings('The harbour board rated the risk of the works at 8, while the regional court put it at 6.'), []);
  assert.deepEqual(enFindings('The harbour board, whose 9 members rated the risk of the works, met on Wednesday.'), []);
});

test('of two counts of one noun, a number is compared with the one whose place is named nearest', () => {
  const draft = 'واستقبل ميناء صفاقس الشهر الماضي 120 سفينة، مقابل 54 سفينة في ميناء قابس.';
  assert.deepEqual(findings(draft), ['quantity: 54']);
  assert.equal(checker().check(draft).findings[0]!.fixes[0]!.edits[0]!.text, '45');
  // Near miss: both counts right.
  assert.deepEqual(findings('واستقبل ميناء صفاقس الشهر الماضي 120 سفينة، مقابل 45 سفينة في ميناء قابس.'), []);
});
