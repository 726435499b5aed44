/**
 * Counts whose noun comes before their number ("the number of injured reached 45", "the death
 * toll stands at nine", «بلغ عدد الجرحى 45», «عدد المدارس المغلقة بلغ 35», «ارتفعت حصيلة القتلى
 * إلى تسعة»), on an invented story in both languages (floods in Nabeul): a wrong figure so stated
 * is flagged, and near misses stay unflagged: the true figure, a figure the sentence compares it
 * with ("up from 30", «مقارنة بـ30»), a year, a count of another noun after the figure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Floods kill six in Nabeul',
  'NABEUL, Tuesday 8 December 2026 - Flash floods killed six people and injured 41 others in the Tunisian governorate of Nabeul on Monday, the civil protection service said.',
  'The authorities closed 31 schools in the governorate after the floods.',
  'About 120 volunteers helped clear the streets of Nabeul.',
  'Rescue teams in Tunis stood by.',
].join('\n\n');

const ARABIC = [
  'الفيضانات تقتل ستة أشخاص في نابل',
  'نابل – الثلاثاء 8 ديسمبر 2026 – قتلت سيول جارفة ستة أشخاص وأصابت 41 آخرين في ولاية نابل التونسية يوم الاثنين، بحسب الحماية المدنية.',
  'وأغلقت السلطات 31 مدرسة في الولاية بعد الفيضانات.',
  'وساعد نحو 120 متطوعاً في تنظيف شوارع نابل.',
  'ووقفت فرق الإنقاذ في تونس على أهبة الاستعداد.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'nabeul',
    published: '2026-12-08',
    facts: (own) => ({
      places: [
        { id: 'nabeul', names: { en: ['Nabeul'], ar: ['نابل'] }, kind: 'region', evidence: own('Nabeul', 'نابل') },
        { id: 'tunis', names: { en: ['Tunis'], ar: ['تونس'] }, kind: 'city', evidence: own('Tunis', 'تونس') },
      ],
      events: [{ id: 'floods', names: { en: ['the Nabeul floods'], ar: ['فيضانات نابل'] }, triggers: { en: ['floods', 'flooding'], ar: ['الفيضانات', 'فيضانات', 'السيول'] }, place: 'nabeul', evidence: own('Flash floods', 'سيول جارفة') }],
      quantities: [
        { id: 'deaths', value: 6, unit: 'count', subject: 'floods', noun: { en: ['dead', 'deaths', 'killed'], ar: ['قتلى', 'قتيلا', 'قتيل', 'وفيات'] }, evidence: own('killed six people', 'قتلت سيول جارفة ستة أشخاص') },
        { id: 'injured', value: 41, unit: 'count', subject: 'floods', noun: { en: ['injured', 'wounded'], ar: ['جرحى', 'جريحا', 'مصابين'] }, evidence: own('injured 41 others', 'أصابت 41 آخرين') },
        { id: 'volunteers', value: 120, unit: 'count', approx: 'about', noun: { en: ['volunteers'], ar: ['متطوعا', 'متطوع', 'متطوعين'] }, evidence: own('About 120 volunteers', 'نحو 120 متطوعاً') },
        { id: 'schools', value: 31, unit: 'count', noun: { en: ['schools'], ar: ['مدرسة', 'مدارس', 'المدارس'] }, qualifier: { en: ['closed'], ar: ['أغلقت', 'المغلقة', 'مغلقة'] }, evidence: own('closed 31 schools', 'أغلقت السلطات 31 مدرسة') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('an English count stated after its noun is compared', () => {
  assert.deepEqual(english('After the floods, the number of injured reached 45.'), ['quantity: 45 → 41']);
  assert.deepEqual(english('The death toll from the floods stands at nine.'), ['quantity: nine → six']);
  assert.deepEqual(english('The number of schools closed by the floods rose to 35.'), ['quantity: 35 → 31']);
});

test('an English count stated after its noun stays unflagged when true or not the current figure', () => {
  assert.deepEqual(english('After the floods, the number of injured reached 41.'), []);
  assert.deepEqual(english('The death toll from the floods stands at six.'), []);
  assert.deepEqual(english('The number of injured in the floods rose to 41, up from 30 on Monday.'), []);
  assert.deepEqual(english('The death toll from the floods was the highest since 2018.'), []);
  assert.deepEqual(english('The number of injured in the floods reached 41, and 12 ambulances were sent.'), []);
});

test('an Arabic count stated after its noun is compared', () => {
  assert.deepEqual(arabic('بلغ عدد الجرحى في الفيضانات 45.'), ['quantity: 45 → 41']);
  assert.deepEqual(arabic('وصل عدد الجرحى جراء الفيضانات إلى 45 جريحاً.'), ['quantity: 45 → 41']);
  assert.deepEqual(arabic('ارتفعت حصيلة قتلى الفيضانات إلى تسعة.'), ['quantity: تسعة → ستة']);
  assert.deepEqual(arabic('عدد المدارس المغلقة بسبب الفيضانات بلغ 35.'), ['quantity: 35 → 31']);
});

test('an Arabic count stated after its noun stays unflagged when true or not the current figure', () => {
  assert.deepEqual(arabic('بلغ عدد الجرحى في الفيضانات 41.'), []);
  assert.deepEqual(arabic('ارتفع عدد الجرحى في الفيضانات إلى 41 مقارنة بـ30 يوم الأحد.'), []);
  assert.deepEqual(arabic('بلغ عدد الجرحى في الفيضانات أعلى مستوى منذ 2018.'), []);
  assert.deepEqual(arabic('بلغ عدد الجرحى في الفيضانات 41، وأرسلت 12 سيارة إسعاف.'), []);
});

test('a count opened as a whole ("the number of", «عدد») is compared without the event of the story in the sentence, unless it names a place', () => {
  assert.deepEqual(english('The number of volunteers reached 250.'), ['quantity: 250 → 120']);
  assert.deepEqual(arabic('بلغ عدد المتطوعين 250.'), ['quantity: 250 → 120']);
  assert.deepEqual(arabic('عدد المتطوعين نحو 250 متطوعاً.'), ['quantity: 250 → 120']);
  assert.deepEqual(english('The number of volunteers reached 120.'), []);
  assert.deepEqual(english('The number of volunteers in Tunis reached 250.'), []);
  assert.deepEqual(arabic('بلغ عدد المتطوعين في تونس 250.'), []);
  assert.deepEqual(english('Volunteers numbered 250 at the start of the year.'), []);
});
