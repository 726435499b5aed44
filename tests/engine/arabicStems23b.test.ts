/**
 * Light stems of Arabic words whose root's first radical is ل (`text/stem.ts`), probed by helper
 * stem23 before the change. The stemmer strips a leading ل as the preposition li-, so the
 * indefinite لجنة («a committee») was stemmed «جنه» while اللجنة gave «لجن», and a restatement
 * such as «وتضم اللجنة 7 أعضاء» of «لجنة من سبعة أعضاء» shared no word with its source. The ل of
 * a root is kept (لجنة, للجنة, ولجنة, لقاء, لاعب, لغات), and the preposition before any other
 * word is still stripped (لوزارة, للوزير, لمصر). An invented article (a committee of inquiry into
 * a bridge collapse in Aswan) for the alignment probes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';
import { sameStems, stemOf, type StemGroup } from './stemChecks';

const SAME: StemGroup[] = [
  { words: ['لجنة', 'اللجنة', 'للجنة', 'ولجنة', 'واللجنة', 'بلجنة'] },
  { words: ['لجان', 'اللجان', 'للجان'] },
  { words: ['لقاء', 'اللقاء', 'للقاء'] },
  { words: ['لاعب', 'اللاعب', 'للاعب', 'لاعبون', 'اللاعبون'] },
  { words: ['لغة', 'اللغة'] },
  { words: ['لغات', 'اللغات'] },
  { words: ['لحظة', 'اللحظة'] },
  { words: ['ليلة', 'الليلة'] },
  { words: ['لعبة', 'اللعبة', 'للعبة'] },
  { words: ['لازم', 'اللازم'] },
  // The preposition li- before a word of another root is still stripped.
  { words: ['لوزارة', 'الوزارة'] },
  { words: ['للوزير', 'الوزير'] },
  { words: ['لمصر', 'مصر'] },
  { words: ['لتوقيع', 'التوقيع'] },
  { words: ['للجسر', 'الجسر'] },
];

sameStems(SAME);

test('the ل of a root stays on the stem', () => {
  assert.equal(stemOf('لجنة'), 'لجن');
  assert.equal(stemOf('للجنة'), 'لجن');
  assert.equal(stemOf('لاعب'), 'لاعب');
  // A verb of such a root keeps it too (its suffixes are another matter).
  assert.ok(stemOf('لعبوا')?.startsWith('لعب'));
  assert.ok(stemOf('لمست')?.startsWith('لمس'));
});

const ARABIC = [
  'تشكيل لجنة تحقيق في انهيار جسر بأسوان',
  'أسوان – الثلاثاء 3 نوفمبر 2026 – قررت محافظة أسوان يوم الثلاثاء تشكيل لجنة من سبعة أعضاء للتحقيق في انهيار جسر المشاة على الترعة الرئيسية.',
  'وقال المحافظ إن الانهيار أدى إلى إصابة 12 شخصا، وإن اللجنة ستقدم تقريرها خلال 30 يوما.',
].join('\n\n');

const ENGLISH = [
  'Committee of inquiry into bridge collapse in Aswan',
  'ASWAN, Tuesday 3 November 2026 - Aswan governorate on Tuesday set up a committee of seven members to investigate the collapse of the footbridge over the main canal.',
  'The governor said the collapse injured 12 people and that the committee would submit its report within 30 days.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'aswan',
    published: '2026-11-03',
    facts: (own) => ({
      quantities: [
        { id: 'members', value: 7, unit: 'count', noun: { en: ['members'], ar: ['أعضاء', 'عضو'] }, evidence: own('a committee of seven members', 'لجنة من سبعة أعضاء') },
        { id: 'injured', value: 12, unit: 'count', noun: { en: ['injured'], ar: ['إصابة', 'مصابين'] }, evidence: own('injured 12 people', 'إصابة 12 شخصا') },
      ],
    }),
  },
  ['quantity'],
);

const checkers = { ar: checker(ARABIC, 'ar'), en: checker(ENGLISH, 'en') };

const PROBES: { sentence: string; found?: string[]; todo?: string }[] = [
  // A short restatement naming the committee with the article: aligned with «لجنة من سبعة أعضاء».
  { sentence: 'وتضم اللجنة 9 أعضاء.', found: ['quantity: 9 → 7'] },
  { sentence: 'وتضم اللجنة 7 أعضاء.' },
  { sentence: 'وشكلت المحافظة لجنة من 9 أعضاء.', found: ['quantity: 9 → 7'] },
  { sentence: 'وتضم اللجنة سبعة أعضاء.' },
];

for (const { sentence, found = [], todo } of PROBES) {
  test(`ar: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checkers.ar(sentence), found);
  });
}
