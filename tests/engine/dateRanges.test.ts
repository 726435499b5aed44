/**
 * Date ranges in `event-date`, on an invented story (a book fair in Oran that runs from 3 to 5
 * May 2025, a prize given on 4 May, a ferry line opened on 12 June): ranges the draft writes in
 * either language are read end by end, and a single day is compared with the article's range.
 * Each mechanism has near misses that must check clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { dates } from '../../engine/src/extract/dates';
import { analyse } from '../../engine/src/analysis';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'وهران – الثلاثاء 6 مايو 2025',
  'اختُتم في وهران معرض الكتاب الدولي الذي أقيم من 3 إلى 5 مايو بمشاركة 200 دار نشر.',
  'وسلّمت وزيرة الثقافة ليلى بن علي جائزة الرواية يوم 4 مايو في حفل بالمسرح الجهوي.',
  'وافتتحت الشركة الوطنية للنقل البحري خطاً جديداً بين وهران وأليكانتي في 12 يونيو 2024.',
].join('\n\n');

const cite = citer(ARTICLE);

function fair() {
  const data = {
    schemaVersion: 2,
    id: 'oran-fair',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2025-05-06' },
    people: [{ id: 'benali', names: { ar: ['ليلى بن علي'], en: ['Leila Benali'] }, gender: 'f', evidence: cite('ليلى بن علي') }],
    places: [{ id: 'oran', names: { ar: ['وهران'], en: ['Oran'] }, kind: 'city', evidence: cite('وهران') }],
    events: [
      {
        id: 'fair',
        names: { ar: ['معرض الكتاب الدولي'], en: ['the international book fair'] },
        triggers: { ar: ['معرض الكتاب', 'المعرض', 'أقيم'], en: ['book fair', 'fair'] },
        place: 'oran',
        date: { year: 2025, month: 5, day: 3, end: { year: 2025, day: 5 } },
        evidence: cite('معرض الكتاب الدولي الذي أقيم من 3 إلى 5 مايو'),
      },
      {
        id: 'prize',
        names: { ar: ['تسليم جائزة الرواية'], en: ['the novel prize ceremony'] },
        triggers: { ar: ['جائزة الرواية'], en: ['novel prize'] },
        date: { year: 2025, month: 5, day: 4 },
        evidence: cite('جائزة الرواية يوم 4 مايو'),
      },
      {
        id: 'ferry',
        names: { ar: ['افتتاح خط وهران أليكانتي'], en: ['the opening of the Oran–Alicante line'] },
        triggers: { ar: ['خطاً جديداً', 'الخط الجديد'], en: ['ferry line', 'new line'] },
        place: 'oran',
        date: { year: 2024, month: 6, day: 12 },
        evidence: cite('خطاً جديداً بين وهران وأليكانتي في 12 يونيو 2024'),
      },
    ],
  };
  return loadTestFactBase(data, 'oran-fair.factbase.json', ARTICLE);
}

const checker = () => createChecker([fair()], { scope: 'all' });
// A heading first: a full date on a draft's first lines would be read as its own dateline.
const run = (draft: string) => checker().check(`# Oran\n\n${draft}`);
const findings = (draft: string) => run(draft).findings.map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start - 8, finding.range.end - 8)}`);
const fixes = (draft: string) => run(draft).findings.map((finding) => finding.fixes[0]?.edits[0]?.text);
const message = (draft: string) => run(draft).findings[0]?.message;

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(checker().check(ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.message), []);
});

test('a range is read in each form a draft writes it, with its first and last day', () => {
  const read = (text: string) => dates(analyse(text)).map((d) => [d.day?.value, d.month?.value, d.to?.day.value, d.to?.month?.value ?? d.month?.value, d.year?.value]);
  assert.deepEqual(read('أقيم المعرض من 3 إلى 5 مايو 2025.'), [[3, 5, 5, 5, 2025]]);
  assert.deepEqual(read('أقيم المعرض بين 3 و5 مايو.'), [[3, 5, 5, 5, undefined]]);
  assert.deepEqual(read('أقيم المعرض 3-5 مايو.'), [[3, 5, 5, 5, undefined]]);
  assert.deepEqual(read('The fair ran 3–5 May 2025.'), [[3, 5, 5, 5, 2025]]);
  assert.deepEqual(read('The fair ran between 3 and 5 May.'), [[3, 5, 5, 5, undefined]]);
  assert.deepEqual(read('The fair ran from May 3 to May 5, 2025.'), [[3, 5, 5, 5, 2025]]);
  assert.deepEqual(read('The fair ran May 3-5, 2025.'), [[3, 5, 5, 5, 2025]]);
  assert.deepEqual(read('أقيم المعرض من 30 أبريل إلى 2 مايو.'), [[30, 4, 2, 5, undefined]]);
  assert.deepEqual(read('أقيم المعرض بين 30 أبريل و2 مايو.'), [[30, 4, 2, 5, undefined]]);
  // Not ranges: a count after a month and a dash, «و» without «بين», a day list.
  assert.deepEqual(read('On May 3 - 5 protesters were arrested.'), [[3, 5, undefined, 5, undefined]]);
  assert.deepEqual(read('On May 3 to 5 people came.'), [[3, 5, undefined, 5, undefined]]);
  assert.deepEqual(read('وزار المعرض يومي 3 و 5 مايو.'), [[5, 5, undefined, 5, undefined]]);
  assert.deepEqual(read('The fair opened on May 3 and the prize came on May 4.'), [[3, 5, undefined, 5, undefined], [4, 5, undefined, 5, undefined]]);
});

test('a range against the article\'s range: a wrong first or last day is a finding that names its end', () => {
  assert.deepEqual(findings('أقيم معرض الكتاب الدولي في وهران من 2 إلى 5 مايو 2025.'), ['event-date: 2']);
  assert.match(message('أقيم معرض الكتاب الدولي في وهران من 2 إلى 5 مايو 2025.')!, /^بداية الفترة خاطئة: .* من 3 إلى 5 أيار\/مايو 2025، لا 2\./);
  assert.deepEqual(fixes('أقيم معرض الكتاب الدولي في وهران من 2 إلى 5 مايو 2025.'), ['3']);
  assert.deepEqual(findings('أقيم معرض الكتاب الدولي في وهران بين 3 و6 مايو.'), ['event-date: 6']);
  assert.deepEqual(fixes('أقيم معرض الكتاب الدولي في وهران بين 3 و6 مايو.'), ['5']);
  assert.deepEqual(findings('The international book fair in Oran ran 3-7 May 2025.'), ['event-date: 7']);
  assert.match(message('The international book fair in Oran ran 3-7 May 2025.')!, /^Wrong end of the range: the article dates the international book fair to 3–5 May 2025, not 7\./);
  assert.deepEqual(findings('The book fair in Oran ran from May 4 to May 5, 2025.'), ['event-date: 4']);
  assert.deepEqual(findings('The book fair in Oran ran between 2 and 6 May.'), ['event-date: 2', 'event-date: 6']);
  assert.deepEqual(findings('The book fair in Oran ran May 3-5, 2024.'), ['event-date: 2024']);
  assert.deepEqual(findings('أقيم معرض الكتاب الدولي في وهران من 3 أبريل إلى 5 مايو.'), ['event-date: أبريل']);
  // Near misses: the right range in each form.
  for (const draft of [
    'أقيم معرض الكتاب الدولي في وهران من 3 إلى 5 مايو 2025.',
    'أقيم معرض الكتاب الدولي في وهران بين 3 و5 مايو.',
    'أقيم معرض الكتاب الدولي في وهران 3 - 5 مايو.',
    'The international book fair in Oran ran 3–5 May 2025.',
    'The book fair in Oran ran from May 3 to May 5, 2025.',
    'The book fair in Oran ran between 3 and 5 May.',
    'The book fair in Oran ran May 3-5.',
  ]) assert.deepEqual(findings(draft), [], draft);
});

test('a single day against the article\'s range: inside it is right, outside it is wrong', () => {
  assert.deepEqual(findings('وزار آلاف الزوار يوم 4 مايو 2025 معرض الكتاب الدولي في وهران.'), []);
  assert.deepEqual(findings('The book fair in Oran closed on 5 May 2025 with a concert.'), []);
  assert.deepEqual(findings('The book fair in Oran opened on 3 May.'), []);
  assert.deepEqual(findings('وزار آلاف الزوار يوم 7 مايو 2025 معرض الكتاب الدولي في وهران.'), ['event-date: 7']);
  const finding = run('The book fair in Oran opened on 8 May.').findings[0]!;
  assert.match(finding.message, /^Wrong day: the article dates the international book fair to 3–5 May 2025, not 8\./);
  // Which day of the range was meant is not known: no fix.
  assert.deepEqual(finding.fixes, []);
  assert.deepEqual(findings('The book fair in Oran opened in June 2025.'), ['event-date: June']);
  // A weekday inside the range (Saturday 3 May) is right; one that falls on none of its days is not.
  assert.deepEqual(findings('The book fair in Oran opened on Saturday.'), []);
  assert.deepEqual(findings('The book fair in Oran opened on Wednesday.'), ['event-date: Wednesday']);
});

test('a range against the article\'s single day is not compared: it dates something that lasted', () => {
  assert.deepEqual(findings('سُلّمت جائزة الرواية خلال حفل أقيم بين 3 و5 مايو.'), []);
  assert.deepEqual(findings('The new line between Oran and Alicante opened after talks on 13-15 June 2024.'), []);
  assert.deepEqual(findings('The new line between Oran and Alicante opened after talks held 10-14 July 2024.'), []);
});

test('a range of weekdays is compared end by end with the article\'s range, and by its first day with a single day', () => {
  // The fair ran from Saturday 3 to Monday 5 May 2025.
  assert.deepEqual(findings('The book fair in Oran ran from Sunday to Tuesday.'), ['event-date: Sunday', 'event-date: Tuesday']);
  assert.deepEqual(fixes('The book fair in Oran ran from Sunday to Tuesday.'), ['Saturday', 'Monday']);
  assert.deepEqual(findings('أقيم معرض الكتاب الدولي في وهران بين الجمعة والاثنين.'), ['event-date: الجمعة']);
  assert.deepEqual(fixes('أقيم معرض الكتاب الدولي في وهران من السبت إلى الثلاثاء.'), ['الاثنين']);
  assert.match(message('The book fair in Oran ran Saturday – Tuesday.')!, /^Wrong end of the range: the article dates the international book fair to 3–5 May 2025, not “Tuesday”/);
  // Near misses: the right range, two weekdays that are no range.
  assert.deepEqual(findings('The book fair in Oran ran from Saturday to Monday.'), []);
  assert.deepEqual(findings('أقيم معرض الكتاب الدولي في وهران من السبت حتى الاثنين.'), []);
  // Against the article's single day (Sunday 4 May), the range's first day is compared: an
  // article's range was long written as its first day alone.
  assert.deepEqual(findings('The novel prize celebrations ran from Sunday to Tuesday.'), []);
  assert.deepEqual(findings('The novel prize celebrations ran from Monday to Wednesday.'), ['event-date: Monday']);
  assert.deepEqual(fixes('The novel prize celebrations ran from Monday to Wednesday.'), ['Sunday']);
  assert.deepEqual(findings('The book fair in Oran opened on Saturday and the poets read on Tuesday.'), []);
});
