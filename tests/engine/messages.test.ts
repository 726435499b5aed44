/**
 * The message templates (engine/src/messages): every template is rendered with representative
 * facts, for a man and for a woman, in both languages, and checked as an editor would read it: no
 * "undefined", no doubled spaces or punctuation, balanced brackets with no debugging notes in them,
 * the right script for the language, and Arabic verbs, pronouns and adjectives that agree with a
 * feminine subject. A few renderings are compared in full. Then every finding the rule fixtures
 * produce goes through the same checks, and no rule may build message text itself.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as templates from '../../engine/src/messages/findings';
import { AGREEMENT } from '../../engine/src/messages/arabic';
import { bundled, repoRoot } from './helpers';

type Template = (facts: never) => templates.Message;

const abbasi = { ar: 'ثابت العباسي', en: 'Thabet al-Abbasi', gender: 'm' as const };
const romanowski = { ar: 'ألينا رومانوسكي', en: 'Alina Romanowski', gender: 'f' as const };
const people = [abbasi, romanowski];
const withdrawal = { ar: 'بدء انسحاب قوات التحالف من العراق', en: "the start of the coalition's withdrawal from Iraq" };
const strike = { ar: 'الضربة الجوية الأمريكية قرب مطار بغداد الدولي', en: 'the US air strike near Baghdad International Airport' };
const stateDepartment = { ar: 'وزارة الخارجية الأمريكية', en: 'State Department' };
const asaib = { ar: 'عصائب أهل الحق', en: "Asa'ib Ahl al-Haq" };
const sources = { ar: ['مصادر', 'مصدر'], en: ['sources', 'source'] };
const deadline = { ar: ['مهلة زمنية'], en: ['deadline'] };
const dates = [
  { year: 2024, month: 9, relative: 'سبتمبر/ أيلول المقبل', direction: 'next' as const },
  { year: 2020, month: 1, part: 'early' as const },
  { year: 2024, month: 7, day: 22, relative: 'أول أمس' },
  { year: 2003 },
  { year: 2025, month: 9, part: 'mid' as const, relative: 'in mid-September next year' },
  { year: 2025, month: 5, day: 3, end: { year: 2025, day: 5 } },
  { year: 2025, month: 4, day: 30, end: { year: 2025, month: 5, day: 2 } },
  { year: 2025, month: 12, day: 30, end: { year: 2026, month: 1, day: 2 } },
];

/** Representative facts for every template: each list must render cleanly. */
const samples: Record<keyof typeof templates, readonly unknown[]> = {
  changedName: people.map((person) => ({ person, actual: person.en === abbasi.en ? 'ثابت الحمداني' : 'Alina Petrova' })),
  misspeltName: people.map((person) => ({ person, actual: person.en === abbasi.en ? 'ثامر العباسي' : 'Alina Romanovsky' })),
  wrongPost: people.flatMap((person) => [
    { person, title: { ar: 'وزير الدفاع', en: 'Defence Minister' }, actual: 'الخارجية' },
    { person, title: { ar: 'السفيرة الأمريكية في العراق', en: 'US Ambassador to Iraq' } },
    { person, title: { ar: 'الممثل السياسي للعصائب', en: "Asa'ib's political representative in parliament" }, actual: 'Interior' },
  ]),
  wrongNationality: people.map((person) => ({ person, title: { ar: 'السفيرة الأمريكية في العراق', en: 'US Ambassador to Iraq' }, actual: 'البريطانية' })),
  wrongOrganisation: people.map((person) => ({ person, organisation: stateDepartment, actual: 'White House' })),
  wrongRepresented: people.map((person) => ({ person, organisation: stateDepartment, actual: 'الهيئة العامة للاستثمار' })),
  wrongHolder: people.map((holder) => ({ title: { ar: 'المتحدث باسم وزارة الخارجية الأمريكية', en: 'State Department spokesman' }, holder, actual: 'John Kirby' })),
  wrongAffiliation: people.map((person) => ({ person, organisation: asaib, actual: '«بدر»' })),
  wrongPersonNationality: people.map((person) => ({ person, nationality: { ar: person.gender === 'f' ? 'أمريكية' : 'عراقي', en: person.gender === 'f' ? 'American' : 'Iraqi' }, actual: 'البريطانية' })),
  wrongLeader: people.map((leader) => ({ organisation: asaib, leader, actual: 'أبو آلاء الولائي' })),
  wrongGroupAffiliation: [{ group: { ar: 'سياسيون شيعة', en: 'Shiite politicians' }, organisation: { ar: 'الإطار التنسيقي', en: 'Coordination Framework' }, actual: 'التيار الصدري' }],
  wrongParent: [
    { organisation: { ar: 'الجامعة العامة للتعليم الثانوي', en: 'General Federation of Secondary Education' }, parent: { ar: 'الاتحاد العام التونسي للشغل', en: 'UGTT' }, actual: 'الاتحاد التونسي للصناعة والتجارة' },
    { organisation: { ar: 'فيلق القدس', en: 'Quds Force' }, parent: { ar: 'الحرس الثوري', en: 'Revolutionary Guard' }, actual: 'the Iraqi army' },
  ],
  wrongDate: (['year', 'month', 'day', 'time', 'start', 'end'] as const).flatMap((part) => dates.flatMap((date) => [strike, withdrawal].map((event) => ({ part, event, date, actual: part === 'month' ? 'October' : '2025' })))),
  wrongCountedDay: [strike, withdrawal].flatMap((event) => [5, 2, 1, 0, -12].map((days) => ({ event, date: dates[1]!, days, actual: days % 2 ? 'two days ago' : 'قبل أسبوع' }))),
  wrongClockTime: [strike, withdrawal].flatMap((event) => [{ event, time: '02:00', actual: 'الساعة الرابعة من فجر' }, { event, time: '23:11', actual: '11pm' }]),
  wrongAge: people.flatMap((person) => [{ person, value: 54, actual: '55 عاماً' }, { person, value: 8, actual: 'nine years old' }, { person, value: 1, actual: '2' }, { person, value: 90, actual: '91', atDeath: true }]),
  wrongEventAge: [strike, withdrawal].flatMap((event) => [{ event, value: 67, actual: '76-year-old' }, { event, value: 1, actual: '2' }, { event, value: 8, actual: '9 أعوام' }]),
  wrongWeekday: [strike, withdrawal].map((event) => ({ event, weekday: 'tue', actual: 'الاثنين' })),
  wrongWeekdayOfDate: [{ date: { year: 2026, month: 4, day: 15 }, weekday: 'wed', actual: 'الخميس' }, { date: { year: 2026, month: 2, day: 13 }, weekday: 'fri', actual: 'Thursday' }],
  wrongPartOfDay: (['morning', 'afternoon', 'evening', 'night'] as const).flatMap((part) => [strike, withdrawal].map((event) => ({ event, part, actual: 'مساء' }))),
  wrongSplit: [{ value: 5, against: 0, actual: 'four to one' }, { value: 2, against: 1, actual: '3-0' }, { value: 2, against: 1, actual: '3-1', score: true }],
  wrongPlace: [{ event: strike, place: { ar: 'بغداد', en: 'Baghdad' }, actual: 'البصرة' }],
  wrongRestatedPlace: [{ place: { ar: 'داونينغ ستريت', en: 'Downing Street' }, actual: 'Chequers' }],
  swappedRoute: [{ from: { ar: 'طنطا', en: 'Tanta' }, to: { ar: 'الإسكندرية', en: 'Alexandria' }, actual: 'Alexandria to Tanta' }],
  wrongContainer: [{ place: { ar: 'بلدة أمزميز', en: 'Amizmiz' }, container: { ar: 'إقليم الحوز', en: 'Al Haouz province' }, actual: 'إقليم تارودانت' }],
  wrongSeat: [{ organisation: { ar: 'شركة القابضة', en: 'ADQ' }, seat: { ar: 'أبوظبي', en: 'Abu Dhabi' }, actual: 'دبي' }, { organisation: { ar: 'المحكمة الأوروبية لحقوق الإنسان', en: 'European Court of Human Rights' }, seat: { ar: 'ستراسبورغ', en: 'Strasbourg' }, actual: 'Luxembourg' }],
  wrongRank: [{ noun: { en: ['cyclone'] }, value: 2, actual: 'third' }, { noun: { ar: ['فيضان'], en: ['flood'] }, value: 3, actual: 'الرابع' }, { noun: { ar: ['المرتبة'] }, value: 12, actual: 'الثالثة عشرة' }],
  wrongNumber: [
    ...[1, 4, 15].map((value) => ({ noun: sources, value, unit: 'count' as const, actual: 'خمسة' })),
    ...[1, 2, 8, 18].map((value) => ({ noun: deadline, value, unit: 'month' as const, actual: '10-month' })),
    { noun: deadline, value: 3, unit: 'week' as const, actual: 'مهلتان' },
    ...[1, 3, 12].map((value) => ({ noun: { ar: ['مهلة'] }, value, unit: 'hour' as const, actual: 'ساعتين' })),
    { noun: { ar: ['حصة'], en: ['stake'] }, value: 35, unit: 'percent' as const, actual: '40%' },
    { noun: { en: ['deal'] }, value: 35, unit: 'money' as const, currency: 'USD', actual: '$24bn' },
    { value: 45, unit: 'age' as const, actual: '54' },
    { noun: { ar: ['الطريق'], en: ['road'] }, value: 12, unit: 'km' as const, actual: '20 كم' },
    { noun: { ar: ['أصوات'], en: ['votes'] }, value: 7, unit: 'votes' as const, actual: 'ten' },
  ],
  wrongSpeaker: [{ speaker: { ar: 'قيس الخزعلي', en: 'Qais al-Khazali' }, actual: romanowski }],
  changedQuote: people.map((speaker) => ({ speaker, articleWords: 'لم تثمر شيئا', actual: 'لم تثمر الكثير' })),
  addedToQuote: people.map((speaker) => ({ speaker, actual: 'وملزم' })),
  droppedFromQuote: people.map((speaker) => ({ speaker, articleWords: 'clear and binding' })),
  unverifiedTitle: [{ who: 'Lloyd Austin', title: 'US Defense Secretary' }],
  unverifiedQuote: [undefined],
  replaceWith: [{ text: 'ثابت العباسي' }, { text: 'September' }],
  remove: [{ text: 'وملزم' }],
  restore: [{ text: 'clear and binding' }],
};

/** Problems an editor would see in a message, as short descriptions (empty when clean). */
function problems(text: string, lang: 'ar' | 'en', { sentence = true } = {}): string[] {
  const found: string[] = [];
  if (/undefined|null|NaN|\[object|\$\{/.test(text)) found.push('a missing value');
  if (/ {2}|^\s|\s$/.test(text)) found.push('a doubled or outer space');
  if (/\s[.,،؛:;!?)]/.test(text)) found.push('a space before punctuation');
  if (/[.,،؛:;]{2}|«\s*«|»\s*»|“\s*“|”\s*”|\(\s*\(/.test(text)) found.push('doubled punctuation');
  if (/"/.test(text)) found.push('a straight double quote');
  if (/\(\s*\)/.test(text)) found.push('empty brackets');
  if (/derived|مشتق|\bid\b|[a-z]+-[a-z]+-[a-z]+/.test(text.replace(/al-[A-Z]\w*|mid-\w+|US-\w+/g, ''))) found.push('a debugging note or an id');
  let depth = 0;
  for (const char of text) {
    if (char === '(' || char === '«' || char === '“') depth++;
    if (char === ')' || char === '»' || char === '”') depth--;
    if (depth < 0) break;
  }
  if (depth !== 0) found.push('unbalanced brackets or quotation marks');
  if (sentence && !/[.]$/.test(text)) found.push('no full stop');
  if (lang === 'en' && /^[a-z]/.test(text)) found.push('a lower-case start');
  return found;
}

/** The words of an Arabic text, without punctuation. */
function arabicWords(text: string): string[] {
  return text.split(/[\s.,،؛:«»()“”]+/).filter(Boolean);
}

/** Masculine forms of the agreement table found in a text about a woman, and feminine ones about a man. */
function disagreements(text: string, gender: 'm' | 'f'): string[] {
  const words = arabicWords(text);
  const wrong = gender === 'f' ? Object.keys(AGREEMENT) : Object.values(AGREEMENT);
  return words.filter((word) => wrong.includes(word));
}

/** The gender of the person a sample speaks of, if any. */
function genderOf(facts: unknown): 'm' | 'f' | undefined {
  const record = facts as Record<string, { gender?: 'm' | 'f' }> | undefined;
  for (const key of ['person', 'holder', 'leader']) if (record?.[key]?.gender) return record[key].gender;
  return undefined;
}

describe('message templates', () => {
  test('every template has samples, and those speaking of a person have a man and a woman', () => {
    for (const [name, template] of Object.entries(templates)) {
      if (typeof template !== 'function') continue;
      const list = samples[name as keyof typeof templates];
      assert.ok(list && list.length > 0, `no samples for the template ${name}`);
      const genders = new Set(list.map(genderOf).filter(Boolean));
      if (genders.size > 0) assert.deepEqual([...genders].sort(), ['f', 'm'], `${name} needs samples of both genders`);
    }
  });

  test('every rendering reads cleanly in both languages and agrees with its subject', () => {
    let rendered = 0;
    for (const [name, template] of Object.entries(templates)) {
      if (typeof template !== 'function') continue;
      const isTitle = ['replaceWith', 'remove', 'restore'].includes(name);
      for (const facts of samples[name as keyof typeof templates]) {
        const message = (template as Template)(facts as never);
        for (const lang of ['ar', 'en'] as const) {
          const text = message[lang];
          rendered++;
          assert.deepEqual(problems(text, lang, { sentence: !isTitle }), [], `${name} (${lang}): ${text}`);
        }
        assert.match(message.ar, /[\u0600-\u06ff]/, `${name}: the Arabic message is in Arabic: ${message.ar}`);
        assert.doesNotMatch(message.en.replace(/[«»]/g, ''), /^[^A-Za-z]*[\u0600-\u06ff]/, `${name}: the English message starts in English`);
        const gender = genderOf(facts);
        if (gender) {
          assert.deepEqual(disagreements(message.ar, gender), [], `${name} (${gender}): ${message.ar}`);
          if (gender === 'f') assert.doesNotMatch(message.en, /\b(he|his|him)\b/, `${name}: ${message.en}`);
          else assert.doesNotMatch(message.en, /\b(she|her)\b/, `${name}: ${message.en}`);
        }
      }
    }
    assert.ok(rendered > 100, `rendered ${rendered}`);
  });

  test('a feminine subject takes the feminine form of each word of the table', () => {
    const title = { ar: 'السفيرة الأمريكية في العراق', en: 'US Ambassador to Iraq' };
    assert.match(templates.wrongPost({ person: romanowski, title }).ar, / هي السفيرة /);
    assert.match(templates.wrongPost({ person: abbasi, title: { ar: 'وزير الدفاع', en: 'Defence Minister' } }).ar, / هو وزير الدفاع/);
    assert.match(templates.wrongOrganisation({ person: romanowski, organisation: stateDepartment, actual: 'x' }).ar, / تعمل في /);
    assert.match(templates.wrongAffiliation({ person: romanowski, organisation: asaib, actual: 'x' }).ar, / تنتمي إلى /);
    assert.match(templates.wrongLeader({ organisation: asaib, leader: romanowski, actual: 'x' }).ar, /، تتزعم /);
    assert.match(templates.wrongHolder({ title, holder: romanowski, actual: 'x' }).ar, / هي ألينا /);
  });

  test('a few renderings in full', () => {
    assert.deepEqual(templates.wrongDate({ part: 'year', event: withdrawal, date: dates[0]!, actual: '2025' }), {
      ar: 'العام خاطئ: بحسب المقال، تاريخ بدء انسحاب قوات التحالف من العراق هو أيلول/سبتمبر 2024 («سبتمبر/ أيلول المقبل»)، لا 2025.',
      en: "Wrong year: the article dates the start of the coalition's withdrawal from Iraq to September 2024 (“next September”), not 2025.",
    });
    assert.deepEqual(templates.wrongDate({ part: 'time', event: strike, date: dates[1]!, actual: 'أواخر' }), {
      ar: 'التوقيت خاطئ: بحسب المقال، تاريخ الضربة الجوية الأمريكية قرب مطار بغداد الدولي هو مطلع كانون الثاني/يناير 2020، لا «أواخر».',
      en: 'Wrong time: the article dates the US air strike near Baghdad International Airport to early January 2020, not “أواخر”.',
    });
    assert.deepEqual(templates.wrongDate({ part: 'end', event: strike, date: dates[5]!, actual: '6' }), {
      ar: 'نهاية الفترة خاطئة: بحسب المقال، تاريخ الضربة الجوية الأمريكية قرب مطار بغداد الدولي هو من 3 إلى 5 أيار/مايو 2025، لا 6.',
      en: 'Wrong end of the range: the article dates the US air strike near Baghdad International Airport to 3–5 May 2025, not 6.',
    });
    assert.deepEqual(templates.wrongDate({ part: 'start', event: strike, date: dates[6]!, actual: '29' }), {
      ar: 'بداية الفترة خاطئة: بحسب المقال، تاريخ الضربة الجوية الأمريكية قرب مطار بغداد الدولي هو من 30 نيسان/أبريل إلى 2 أيار/مايو 2025، لا 29.',
      en: 'Wrong start of the range: the article dates the US air strike near Baghdad International Airport to 30 April–2 May 2025, not 29.',
    });
    // An article's «الخميس الماضي» is last Thursday in English, not last July.
    assert.equal(
      templates.wrongDate({ part: 'day', event: strike, date: { year: 2026, month: 7, day: 9, relative: 'الخميس الماضي', direction: 'last' }, actual: '8' }).en,
      'Wrong day: the article dates the US air strike near Baghdad International Airport to 9 July 2026 (“last Thursday”), not 8.',
    );
    assert.equal(templates.wrongDate({ part: 'day', event: strike, date: dates[7]!, actual: '3' }).en, 'Wrong day: the article dates the US air strike near Baghdad International Airport to 30 December 2025–2 January 2026, not 3.');
    assert.deepEqual(templates.wrongCountedDay({ event: strike, date: dates[1]!, days: 5, actual: 'قبل يومين' }), {
      ar: 'اليوم خاطئ: بحسب المقال، تاريخ الضربة الجوية الأمريكية قرب مطار بغداد الدولي هو مطلع كانون الثاني/يناير 2020، أي قبل خمسة أيام من تاريخ المسودة، لا «قبل يومين».',
      en: "Wrong day: the article dates the US air strike near Baghdad International Airport to early January 2020, five days before the draft's date, not “قبل يومين”.",
    });
    assert.deepEqual(templates.wrongCountedDay({ event: withdrawal, date: dates[0]!, days: -2, actual: 'in a week' }).en, "Wrong day: the article dates the start of the coalition's withdrawal from Iraq to September 2024 (“next September”), two days after the draft's date, not “in a week”.");
    assert.deepEqual(templates.wrongOrganisation({ person: { ar: 'ماثيو ميلر', en: 'Matthew Miller', gender: 'm' }, organisation: stateDepartment, actual: 'White House' }), {
      ar: 'الجهة خاطئة: بحسب المقال، ماثيو ميلر يعمل في «وزارة الخارجية الأمريكية»، لا في «White House».',
      en: 'Wrong organisation: according to the article, Matthew Miller works for the State Department, not “White House”.',
    });
    assert.deepEqual(templates.wrongNumber({ noun: sources, value: 4, unit: 'count', actual: 'خمسة' }), {
      ar: 'الرقم خاطئ: بحسب المقال، عدد المصادر أربعة، لا «خمسة».',
      en: 'Wrong number: the article reports four sources, not “خمسة”.',
    });
    assert.deepEqual(templates.wrongNumber({ noun: deadline, value: 8, unit: 'month', actual: '10-month' }), {
      ar: 'الرقم خاطئ: بحسب المقال، مدة المهلة الزمنية ثمانية أشهر، لا «10-month».',
      en: 'Wrong number: the article gives the deadline as eight months, not “10-month”.',
    });
    assert.equal(templates.wrongNumber({ noun: sources, value: 1, unit: 'count', actual: 'two' }).en, 'Wrong number: the article reports one source, not “two”.');
    assert.equal(templates.wrongNumber({ noun: deadline, value: 15, unit: 'month', actual: '٨ أشهر' }).ar, 'الرقم خاطئ: بحسب المقال، مدة المهلة الزمنية 15 شهراً، لا «٨ أشهر».');
    assert.equal(templates.wrongNumber({ noun: { ar: ['مهلة'] }, value: 3, unit: 'hour', actual: 'ساعتين' }).ar, 'الرقم خاطئ: بحسب المقال، مدة المهلة ثلاث ساعات، لا «ساعتين».');
    assert.deepEqual(templates.wrongNumber({ noun: { ar: ['صفقة'], en: ['deal'] }, value: 35e9, unit: 'money', currency: 'USD', actual: '$24bn' }), {
      ar: 'الرقم خاطئ: بحسب المقال، قيمة الصفقة 35 مليار دولار، لا «$24bn».',
      en: 'Wrong number: the article gives the deal as $35 billion, not “$24bn”.',
    });
    assert.equal(templates.wrongNumber({ noun: { en: ['people'] }, value: 12000, unit: 'count', actual: '300,000' }).en, 'Wrong number: the article reports 12,000 people, not “300,000”.');
    // An Arabic count is named by a plural of its nouns, never by a number's accusative (عدد المترشحاً).
    const arCount = (ar: string[], value: number, unit: 'count' | 'day' = 'count') => templates.wrongNumber({ noun: { ar }, value, unit, actual: '5' }).ar;
    assert.equal(arCount(['مترشحاً', 'ناجحاً', 'ناجح', 'ناجحين'], 62931), 'الرقم خاطئ: بحسب المقال، عدد الناجحين 62931، لا 5.');
    assert.equal(arCount(['شخص'], 300000), 'الرقم خاطئ: بحسب المقال، عدد الأشخاص 300000، لا 5.');
    assert.equal(arCount(['حالة', 'وفاة', 'وفيات', 'الوفيات'], 1293), 'الرقم خاطئ: بحسب المقال، عدد الوفيات 1293، لا 5.');
    assert.equal(arCount(['مركزاً', 'مراكز', 'مركز'], 27), 'الرقم خاطئ: بحسب المقال، عدد المراكز 27، لا 5.');
    assert.equal(arCount(['حداداً', 'حداد'], 3, 'day'), 'الرقم خاطئ: بحسب المقال، مدة الحداد ثلاثة أيام، لا 5.');
    // A measure is never its own noun, and whole millions from three to ten are counted in the plural.
    assert.equal(templates.wrongNumber({ noun: { ar: ['نسبة', 'النجاح'] }, value: 41.27, unit: 'percent', actual: '5' }).ar, 'الرقم خاطئ: بحسب المقال، نسبة النجاح 41.27%، لا 5.');
    assert.equal(templates.wrongNumber({ noun: { ar: ['الكلفة'] }, value: 310e6, unit: 'money', currency: 'TND', actual: '5' }).ar.includes('310 ملايين'), true);
    // A noun listed in the singular only is said in the plural after any number but one.
    assert.equal(templates.wrongNumber({ noun: { en: ['building'] }, value: 57, unit: 'count', actual: '75' }).en, 'Wrong number: the article reports 57 buildings, not 75.');
    // A fact base with English nouns only (an English article's) never puts an English noun in the Arabic message.
    assert.equal(templates.wrongNumber({ noun: { en: ['megawatt'] }, value: 420, unit: 'other', actual: '240' }).ar, 'الرقم خاطئ: بحسب المقال، الرقم 420، لا 240.');
    assert.equal(templates.wrongNumber({ noun: { en: ['delay'] }, value: 19, unit: 'month', actual: '16 شهراً' }).ar, 'الرقم خاطئ: بحسب المقال، المدة 19 شهراً، لا «16 شهراً».');
    assert.equal(templates.wrongNumber({ noun: { en: ['city'] }, value: 3, unit: 'count', actual: '4' }).en, 'Wrong number: the article reports three cities, not 4.');
    assert.equal(templates.wrongNumber({ noun: { en: ['staff'] }, value: 40, unit: 'count', actual: '30' }).en, 'Wrong number: the article reports 40 staff, not 30.');
    assert.equal(templates.wrongNumber({ noun: { en: ['building'] }, value: 1, unit: 'count', actual: '2' }).en, 'Wrong number: the article reports one building, not 2.');
    // A currency named by its code in the fact base is named in words (ريال عماني, Omani rials).
    assert.deepEqual(templates.wrongNumber({ noun: { ar: ['منحة'], en: ['grant'] }, value: 4.5e6, unit: 'money', currency: 'OMR', actual: '5.4 مليون ريال' }), {
      ar: 'الرقم خاطئ: بحسب المقال، قيمة المنحة 4.5 مليون ريال عماني، لا «5.4 مليون ريال».',
      en: 'Wrong number: the article gives the grant as 4.5 million Omani rials, not “5.4 مليون ريال”.',
    });
    assert.deepEqual(templates.wrongNumber({ noun: { ar: ['حصة'], en: ['stake'] }, value: 35, unit: 'percent', actual: '40%' }), {
      ar: 'الرقم خاطئ: بحسب المقال، نسبة الحصة 35%، لا «40%».',
      en: 'Wrong number: the article gives the stake as 35%, not “40%”.',
    });
    assert.deepEqual(templates.wrongAge({ person: romanowski, value: 54, actual: '55 عاماً' }), {
      ar: 'العمر خاطئ: بحسب المقال، تبلغ ألينا رومانوسكي من العمر 54 عاماً، لا «55 عاماً».',
      en: 'Wrong age: according to the article, Alina Romanowski is 54, not “55 عاماً”.',
    });
    assert.deepEqual(templates.wrongAge({ person: romanowski, value: 90, actual: '91 عاماً', atDeath: true }), {
      ar: 'العمر خاطئ: بحسب المقال، توفيت ألينا رومانوسكي عن 90 عاماً، لا «91 عاماً».',
      en: 'Wrong age: according to the article, Alina Romanowski died at 90, not “91 عاماً”.',
    });
    assert.deepEqual(templates.wrongAge({ person: abbasi, value: 8, actual: '55' }), {
      ar: 'العمر خاطئ: بحسب المقال، يبلغ ثابت العباسي من العمر ثمانية أعوام، لا 55.',
      en: 'Wrong age: according to the article, Thabet al-Abbasi is 8, not 55.',
    });
    assert.deepEqual(templates.wrongEventAge({ event: { ar: 'وفاة رجل في بروسربين', en: 'the death of a man at Proserpine' }, value: 67, actual: '76-year-old' }), {
      ar: 'العمر خاطئ: بحسب المقال، العمر في وفاة رجل في بروسربين 67 عاماً، لا «76-year-old».',
      en: 'Wrong age: the article gives the age in the death of a man at Proserpine as 67, not “76-year-old”.',
    });
    assert.deepEqual(templates.wrongPost({ person: romanowski, title: { ar: 'السفيرة الأمريكية في العراق', en: 'US Ambassador to Iraq' }, actual: 'البريطانية' }), {
      ar: 'المنصب خاطئ: بحسب المقال، ألينا رومانوسكي هي السفيرة الأمريكية في العراق، لا «البريطانية».',
      en: 'Wrong post: according to the article, Alina Romanowski is the US Ambassador to Iraq, not “البريطانية”.',
    });
  });

  test('quotation marks already around the draft text are not doubled', () => {
    assert.equal(templates.wrongAffiliation({ person: abbasi, organisation: asaib, actual: '«بدر»' }).ar, 'الانتماء خاطئ: بحسب المقال، ثابت العباسي ينتمي إلى «عصائب أهل الحق»، لا إلى «بدر».');
    assert.equal(templates.replaceWith({ text: '"Thabet"' }).en, 'Replace with “Thabet”');
  });
});

interface Fixture {
  options?: { rules?: Record<string, 'error' | 'warning' | 'info' | 'hint' | 'off'> };
  invalid: { text: string }[];
}

describe('messages of real findings', () => {
  test('every finding of the rule fixtures reads cleanly in both languages', () => {
    const { checker } = bundled();
    const dir = join(__dirname, 'fixtures', 'rules');
    let count = 0;
    for (const file of readdirSync(dir)) {
      const fixture = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture;
      for (const { text } of fixture.invalid) {
        for (const messageLang of ['ar', 'en'] as const) {
          for (const finding of checker.check(text, { ...fixture.options, messageLang }).findings) {
            count++;
            // Draft text quoted in a message may hold anything; check the template around it.
            const template = finding.message.replace(finding.actual, 'X');
            assert.deepEqual(problems(template, messageLang).filter((problem) => problem !== 'a debugging note or an id'), [], `${file}: ${finding.message}`);
            assert.doesNotMatch(finding.message, /derived|مشتق|undefined/, `${file}: ${finding.message}`);
            for (const fix of finding.fixes) assert.deepEqual(problems(fix.title.replace(finding.actual, 'X'), messageLang, { sentence: false }).filter((problem) => problem !== 'a debugging note or an id'), [], `${file}: ${fix.title}`);
          }
        }
      }
    }
    assert.ok(count > 50, `checked ${count} findings`);
  });

  test('no rule builds message text itself: every template lives in engine/src/messages', () => {
    const rulesDir = join(repoRoot, 'engine', 'src', 'rules');
    const ruleFiles = (readdirSync(rulesDir, { recursive: true }) as string[]).filter((name) => name.endsWith('.ts')).map((name) => join('rules', name));
    const files = [...ruleFiles, 'postCheck.ts', 'check.ts'];
    assert.ok(ruleFiles.some((name) => name.includes('posts')), 'the post-holder modules are read too');
    for (const file of files) {
      const source = readFileSync(join(repoRoot, 'engine', 'src', file), 'utf8');
      assert.doesNotMatch(source, /message: \{\s*ar:|title: \{\s*ar:|Replace with|استبدل/, `${file} builds a message inline`);
    }
  });
});

test('a date over a range of months without days (a quarter, a half) names its months', () => {
  const date = { year: 2025, month: 7, end: { year: 2025, month: 9 }, relative: 'الربع الثالث من العام الماضي' };
  const message = templates.wrongDate({ part: 'quarter', event: { ar: 'نمو الاقتصاد', en: "the economy's growth" }, date, actual: 'الثاني' });
  assert.ok(message.en.includes("to July–September 2025"), message.en);
  assert.ok(message.ar.includes('من تموز/يوليو إلى أيلول/سبتمبر 2025'), message.ar);
});
