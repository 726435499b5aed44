/**
 * A wrong weekday of the figure's own event, and a later day that is truly another occasion
 * (helper weekday26b). A draft sentence that names, by its trigger, the event the article reports
 * in the figure's own sentence speaks of that occasion whatever weekday it gives it, so a wrong
 * figure beside a wrong weekday is flagged ("the floods on Friday killed 73 people" for the
 * article's Saturday toll of 37). A cut-off or a later day with a figure that has changed ("by
 * Sunday evening … had risen to", «حتى مساء الأحد … ارتفعت إلى», "as of Monday", "rose to … on
 * Monday"), a forecast, a weekday in a quote and a later meeting stay another occasion: the
 * reverted first attempt (01c53a1) flagged such a true later toll. An invented article: the floods
 * of the Ostrel valley.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Floods kill 37 in Ostrel valley',
  'TARVANE, Sunday 22 November 2026 - Flash floods in the Ostrel valley killed 37 people and injured 112 on Saturday, the civil protection agency said.',
  'Agency head Corin Vasthe said rescuers were still searching the riverbanks.',
].join('\n\n');

const ARABIC = [
  'السيول تقتل 37 شخصاً في وادي أوستريل',
  'تارفان، الأحد 22 نوفمبر 2026 - قتلت سيول جارفة 37 شخصاً وأصابت 112 آخرين في وادي أوستريل يوم السبت، بحسب وكالة الحماية المدنية.',
  'وقال رئيس الوكالة كورين فاستي إن فرق الإنقاذ ما زالت تبحث على ضفاف النهر.',
].join('\n\n');

const story = bilingualChecker(
  {
    id: 'ostrel-floods',
    published: '2026-11-22',
    facts: (own) => ({
      places: [{ id: 'valley', names: { en: ['Ostrel valley'], ar: ['وادي أوستريل'] }, kind: 'region', evidence: own('the Ostrel valley', 'وادي أوستريل') }],
      events: [
        {
          id: 'floods',
          names: { en: ['the Ostrel valley floods'], ar: ['سيول وادي أوستريل'] },
          triggers: { en: ['floods', 'flooding', 'killed'], ar: ['سيول', 'السيول', 'قتلت'] },
          date: { year: 2026, month: 11, day: 21, weekday: 'sat', relative: 'on Saturday', derived: true },
          place: 'valley',
          evidence: own('Flash floods in the Ostrel valley killed 37 people and injured 112 on Saturday', 'قتلت سيول جارفة 37 شخصاً وأصابت 112 آخرين في وادي أوستريل يوم السبت'),
        },
      ],
      quantities: [
        { id: 'dead', value: 37, unit: 'count', subject: 'floods', noun: { en: ['people', 'dead'], ar: ['شخصاً', 'قتيلاً'] }, evidence: own('killed 37 people', 'قتلت سيول جارفة 37 شخصاً') },
        { id: 'injured', value: 112, unit: 'count', subject: 'floods', noun: { en: ['injured'], ar: ['آخرين', 'جريحاً'] }, evidence: own('injured 112', 'وأصابت 112 آخرين') },
      ],
    }),
  },
  ['quantity'],
);

const checkers = { en: story(ENGLISH, 'en'), ar: story(ARABIC, 'ar') };


const PROBES: { lang: 'en' | 'ar'; sentence: string; found?: string[]; todo?: string }[] = [
  // The floods, named by their trigger, with a wrong weekday and a wrong toll: the toll is compared.
  { lang: 'en', sentence: 'Flash floods in the Ostrel valley killed 73 people on Friday.', found: ['quantity: 73 → 37'] },
  { lang: 'ar', sentence: 'قتلت السيول 73 شخصاً في وادي أوستريل يوم الجمعة.', found: ['quantity: 73 → 37'] },
  // The article's toll with the wrong weekday is clean for this rule (the date rule's).
  { lang: 'en', sentence: 'Flash floods in the Ostrel valley killed 37 people on Friday.' },
  // A cut-off or a later day with a toll that has changed is another occasion.
  { lang: 'en', sentence: 'By Sunday evening the toll from the floods had risen to 52 dead, the agency said.' },
  { lang: 'ar', sentence: 'وحتى مساء الأحد ارتفعت حصيلة ضحايا السيول إلى 52 قتيلاً.' },
  { lang: 'ar', sentence: 'وبحلول يوم الأحد بلغ عدد قتلى السيول 52 شخصاً.' },
  { lang: 'en', sentence: 'As of Monday, the floods had killed 52 people.' },
  { lang: 'en', sentence: 'The number of people killed by the floods rose to 52 on Monday.' },
  { lang: 'ar', sentence: 'وارتفع عدد قتلى السيول إلى 52 شخصاً يوم الاثنين.' },
  // A day after the event's, with no other cue, is a later occasion too.
  { lang: 'en', sentence: 'Flash floods in the Ostrel valley killed 52 people on Monday.' },
  { lang: 'ar', sentence: 'قتلت السيول 52 شخصاً في وادي أوستريل يوم الاثنين.' },
  // A forecast, a weekday in a quote and a later meeting keep their figures apart.
  { lang: 'en', sentence: 'Forecasters warned that new floods on Tuesday could kill 52 people in low-lying villages.' },
  { lang: 'en', sentence: '"On Monday we counted 52 people killed by the floods," Vasthe said.' },
  { lang: 'en', sentence: 'Ministers will meet on Tuesday, when the agency expects the floods to have killed 52 people.' },
];

for (const { lang, sentence, found = [], todo } of PROBES) {
  test(`laterDays26 (${lang}): ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checkers[lang](sentence), found);
  });
}
