/**
 * Figures restated as writers restate them, probed by helper numbers22: an invented Jordanian water
 * plan for Tafilah (48 million dinars for 12 projects over three years, 86,000 people served, a
 * share per person raised from 45 to 90 litres a day, 40 per cent lost, a committee of five, a pump
 * station of 16 million dinars, 300 jobs) with an editor's fact base in both languages. Rounded
 * and hedged figures, ranges, words for numbers, «لجنة خماسية», a doubling, a fraction for a
 * percentage, a conversion and an average per project are true; wrong figures are flagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';
import { probe } from './drawProbeChecks';

const ARABIC = [
  'الحكومة الأردنية تخصص 48 مليون دينار لمشاريع المياه في الطفيلة',
  'عمان – الثلاثاء 3 مارس 2026 – أعلنت وزارة المياه والري الأردنية يوم الثلاثاء تخصيص 48 مليون دينار لتنفيذ 12 مشروعا للمياه في محافظة الطفيلة جنوب المملكة خلال 3 سنوات.',
  'وقال الأمين العام للوزارة سامر الخوالدة إن المشاريع ستخدم 86 ألف نسمة، وسترفع حصة الفرد من المياه إلى 90 لترا يوميا بعد أن كانت 45 لترا.',
  'وأضاف أن نسبة الفاقد في شبكات المياه في المحافظة تبلغ 40 في المئة.',
  'وشكلت الوزارة لجنة من 5 أعضاء لمتابعة تنفيذ المشاريع.',
  'وتبلغ كلفة محطة الضخ الرئيسية 16 مليون دينار، وتنتج 25 ألف متر مكعب يوميا.',
  'وتوقع الخوالدة أن توفر المشاريع 300 فرصة عمل لأبناء المحافظة.',
].join('\n\n');

const ENGLISH = [
  'Jordan allocates 48 million dinars for water projects in Tafilah',
  "AMMAN, Tuesday 3 March 2026 - Jordan's Ministry of Water and Irrigation on Tuesday allocated 48 million dinars to carry out 12 water projects in the southern governorate of Tafilah over 3 years.",
  "The ministry's secretary general Samer al-Khawaldeh said the projects would serve 86,000 people and raise the share per person to 90 litres a day from 45 litres.",
  "He added that 40 per cent of the water in the governorate's networks is lost.",
  'The ministry formed a committee of 5 members to follow the projects.',
  'The main pumping station costs 16 million dinars and will produce 25,000 cubic metres a day.',
  "Khawaldeh expected the projects to create 300 jobs for the governorate's people.",
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'tafilah',
    published: '2026-03-03',
    facts: (own) => ({
      places: [{ id: 'tafilah', names: { en: ['Tafilah'], ar: ['الطفيلة'] }, kind: 'region', evidence: own('Tafilah', 'محافظة الطفيلة') }],
      events: [{ id: 'plan', names: { en: ['the water plan'], ar: ['خطة المياه'] }, triggers: { en: ['allocated'], ar: ['تخصيص', 'خصصت', 'تخصص'] }, place: 'tafilah', evidence: own('allocated 48 million dinars', 'تخصيص 48 مليون دينار') }],
      quantities: [
        { id: 'budget', value: 48000000, unit: 'money', currency: 'JOD', noun: { en: ['allocated', 'allocation'], ar: ['تخصيص', 'مخصصات'] }, evidence: own('allocated 48 million dinars', 'تخصيص 48 مليون دينار') },
        { id: 'projects', value: 12, unit: 'count', noun: { en: ['projects'], ar: ['مشروعا', 'مشاريع', 'مشروع'] }, evidence: own('12 water projects', '12 مشروعا للمياه') },
        { id: 'years', value: 3, unit: 'year', noun: { en: ['years'], ar: ['سنوات'] }, evidence: own('over 3 years', 'خلال 3 سنوات') },
        { id: 'people', value: 86000, unit: 'count', noun: { en: ['people'], ar: ['نسمة'] }, evidence: own('serve 86,000 people', 'ستخدم 86 ألف نسمة') },
        { id: 'share', value: 90, unit: 'count', noun: { en: ['litres'], ar: ['لترا', 'لتر'] }, evidence: own('90 litres a day', 'إلى 90 لترا يوميا') },
        { id: 'loss', value: 40, unit: 'percent', noun: { en: ['lost'], ar: ['الفاقد', 'فاقد'] }, evidence: own("40 per cent of the water in the governorate's networks is lost", 'نسبة الفاقد في شبكات المياه في المحافظة تبلغ 40 في المئة') },
        { id: 'committee', value: 5, unit: 'count', noun: { en: ['members'], ar: ['أعضاء', 'عضوا', 'عضو'] }, evidence: own('a committee of 5 members', 'لجنة من 5 أعضاء') },
        { id: 'pump', value: 16000000, unit: 'money', currency: 'JOD', noun: { en: ['costs', 'cost'], ar: ['كلفة'] }, evidence: own('The main pumping station costs 16 million dinars', 'كلفة محطة الضخ الرئيسية 16 مليون دينار') },
        { id: 'jobs', value: 300, unit: 'count', noun: { en: ['jobs'], ar: ['فرصة عمل', 'فرص عمل', 'وظيفة'] }, evidence: own('300 jobs', '300 فرصة عمل') },
      ],
    }),
  },
  ['quantity'],
);

const checkers = { ar: checker(ARABIC, 'ar'), en: checker(ENGLISH, 'en') };

const PROBES: { lang: 'ar' | 'en'; sentence: string; found?: string[]; todo?: string }[] = [
  // True restatements: rounded, hedged, in words, as a range, a doubling, a fraction, a conversion.
  { lang: 'ar', sentence: 'خصصت وزارة المياه نحو 50 مليون دينار لمشاريع المياه في الطفيلة.' },
  { lang: 'ar', sentence: 'خصصت وزارة المياه 48 مليون دينار لتنفيذ اثني عشر مشروعا في الطفيلة.' },
  { lang: 'ar', sentence: 'خصصت الوزارة 48 مليون دينار لتنفيذ 12 مشروعا مائيا على مدى ثلاث سنوات.' },
  { lang: 'ar', sentence: 'ستخدم المشاريع أكثر من 80 ألف نسمة في الطفيلة.' },
  { lang: 'ar', sentence: 'ستخدم المشاريع الـ12 نحو 86 ألف نسمة.' },
  { lang: 'ar', sentence: 'سترتفع حصة الفرد من المياه إلى 90 لترا يوميا، أي ضعف ما كانت عليه.' },
  { lang: 'ar', sentence: 'ستتضاعف حصة الفرد من المياه من 45 إلى 90 لترا يوميا.' },
  { lang: 'ar', sentence: 'يبلغ نصيب الفرد 90 لترا في اليوم، مقارنة بـ45 لترا حاليا.' },
  { lang: 'ar', sentence: 'يضيع 40% من المياه في شبكات الطفيلة.' },
  { lang: 'ar', sentence: 'تبلغ نسبة الفاقد في الشبكات خمسي المياه تقريبا.' },
  { lang: 'ar', sentence: 'شكلت الوزارة لجنة خماسية لمتابعة تنفيذ المشاريع.' },
  { lang: 'ar', sentence: 'شكلت لجنة من خمسة أعضاء بينهم 3 مهندسين.' },
  { lang: 'ar', sentence: 'تمثل كلفة المحطة ثلث المخصصات، أي 16 مليون دينار.' },
  { lang: 'ar', sentence: 'ستوفر المشاريع ما بين 250 و350 فرصة عمل.' },
  { lang: 'ar', sentence: 'يستمر تنفيذ المشاريع 36 شهرا.' },
  { lang: 'ar', sentence: 'خصصت الوزارة 48 مليون دينار (نحو 68 مليون دولار) للمشاريع.' },
  { lang: 'ar', sentence: 'تتوزع المخصصات على 12 مشروعا بمعدل 4 ملايين دينار للمشروع.' },
  { lang: 'ar', sentence: 'تتوزع المخصصات على 12 مشروعا بمتوسط 4 ملايين دينار.' },
  { lang: 'en', sentence: 'The ministry allocated about 50 million dinars to water projects in Tafilah.' },
  { lang: 'en', sentence: 'The projects will serve more than 80,000 people.' },
  { lang: 'en', sentence: 'The share per person will double to 90 litres a day.' },
  { lang: 'en', sentence: 'Two-fifths of the water in the networks is lost.' },
  { lang: 'en', sentence: 'The ministry formed a five-member committee to follow the projects.' },
  { lang: 'en', sentence: 'The 48 million dinars allocated will fund 12 projects, averaging 4 million dinars each.' },
  { lang: 'en', sentence: 'The 48 million dinars allocated will fund 12 projects at an average of 4 million dinars.' },
  // Wrong figures, which must stay flagged.
  { lang: 'ar', sentence: 'شكلت الوزارة لجنة من 7 أعضاء.', found: ['quantity: 7 → 5'] },
  { lang: 'ar', sentence: 'ستوفر المشاريع 500 فرصة عمل.', found: ['quantity: 500 → 300'] },
  { lang: 'ar', sentence: 'تبلغ نسبة الفاقد في شبكات المياه 30 في المئة.', found: ['quantity: 30 في المئة → 40'] },
  { lang: 'ar', sentence: 'تبلغ كلفة محطة الضخ الرئيسية 61 مليون دينار.', found: ['quantity: 61 مليون دينار → 16'] },
  { lang: 'en', sentence: 'The projects will create 500 jobs.', found: ['quantity: 500 → 300'] },
  { lang: 'en', sentence: 'The main pumping station costs 61 million dinars.', found: ['quantity: 61 million dinars → 16'] },
];

for (const { lang, sentence, found = [], todo } of PROBES) {
  test(`${lang}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checkers[lang](sentence), found);
  });
}

// The same restatements against the fact base drawn from the Arabic article (`water-tafilah.ar.txt`).
const TAFILAH = 'water-tafilah.ar.txt';
for (const sentence of [
  'خصصت وزارة المياه قرابة 50 مليون دينار لمشاريع المياه في الطفيلة.',
  'ستخدم المشاريع أكثر من 80 ألف نسمة في الطفيلة.',
  'ستتضاعف حصة الفرد من المياه من 45 إلى 90 لترا يوميا.',
  'شكلت الوزارة لجنة خماسية لمتابعة تنفيذ المشاريع.',
  'تنتج محطة الضخ 25 ألف متر مكعب من المياه يوميا.',
  'ستوفر المشاريع ما بين 250 و350 فرصة عمل.',
  'تتوزع المخصصات على 12 مشروعا بمعدل 4 ملايين دينار للمشروع.',
]) {
  probe(TAFILAH, { sentence });
}
probe(TAFILAH, { sentence: 'شكلت الوزارة لجنة من 7 أعضاء لمتابعة تنفيذ المشاريع.', rule: 'quantity' });
probe(TAFILAH, { sentence: 'وتوقع الخوالدة أن توفر المشاريع 500 فرصة عمل لأبناء المحافظة.', rule: 'quantity' });
