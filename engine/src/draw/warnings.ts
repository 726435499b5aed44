/**
 * The drawing's warnings: each has a stable code and its parameters, so that adapters never match
 * wording, and one renderer writes them in either language for the surface that shows them (the
 * command line names its options; the editor says what its user can do instead).
 */

/** A warning of the drawing, by stable code with its parameters. */
export type DrawWarning =
  | { code: 'empty-article' }
  | { code: 'no-facts' }
  | { code: 'no-publication-date' }
  | { code: 'dateline-without-year'; date: string }
  | { code: 'published-not-a-date'; published: string }
  | { code: 'dateline-weekday-mismatch'; date: string }
  | { code: 'published-disagrees-with-dateline'; published: string; dateline: string; source: 'option' | 'front-matter' }
  | { code: 'step-failed'; step: string; error: string }
  | { code: 'lang-mismatch'; lang: 'ar' | 'en'; detected: 'ar' | 'en' };

/** Where a warning is shown: the command line (`isnad kb draw`) or the editor's command. */
export type DrawSurface = 'cli' | 'editor';

type Renderers = { [C in DrawWarning['code']]: (warning: Extract<DrawWarning, { code: C }>, surface: DrawSurface) => string };

const EN: Renderers = {
  'empty-article': () => 'the article is empty; the fact base holds no facts',
  'no-facts': () => 'no facts were recognised in the article; the fact base is empty',
  'no-publication-date': (_, surface) =>
    surface === 'cli'
      ? 'no dateline date found and no --published given: relative dates (yesterday, أمس) are left out; give --published YYYY-MM-DD, or a "published: YYYY-MM-DD" front-matter line in the article'
      : 'no dateline date found: relative dates (yesterday, أمس) are left out; put the date in the article\'s first lines, or start the article with front matter "---\\npublished: YYYY-MM-DD\\n---", and draw again',
  'dateline-without-year': ({ date }, surface) =>
    surface === 'cli'
      ? `the dateline (${date}) gives no year and no --published was given: relative dates (yesterday, on Tuesday) are left out; give --published YYYY-MM-DD, or a "published: YYYY-MM-DD" front-matter line in the article`
      : `the dateline (${date}) gives no year: relative dates (yesterday, on Tuesday) are left out; start the article with front matter "---\\npublished: YYYY-MM-DD\\n---", and draw again`,
  'published-not-a-date': ({ published }, surface) =>
    surface === 'cli' ? `--published ${published} is not a calendar date; it was ignored` : `the publication date ${published} is not a calendar date; it was ignored`,
  'dateline-weekday-mismatch': ({ date }) => `the dateline's weekday does not match ${date}`,
  'published-disagrees-with-dateline': ({ published, dateline, source }, surface) =>
    source === 'option'
      ? `${surface === 'cli' ? '--published' : 'the publication date'} ${published} disagrees with the dateline's ${dateline}; relative dates are counted from ${published}${surface === 'cli' ? ' (drop --published to count them from the dateline)' : ''}`
      : `the front matter's published: ${published} disagrees with the dateline's ${dateline}; relative dates are counted from the dateline, the article's own date`,
  'step-failed': ({ step, error }) => `drawing ${step} failed and was skipped: ${error}`,
  'lang-mismatch': ({ lang, detected }, surface) =>
    `the article is in ${LANG_EN[detected]}, but it was drawn as ${LANG_EN[lang]}${surface === 'cli' ? ` (--lang ${lang})` : ''}: few of its facts are read; ${surface === 'cli' ? `drop --lang or give --lang ${detected}` : `draw it again as ${LANG_EN[detected]}`}`,
};

const LANG_EN = { ar: 'Arabic', en: 'English' } as const;
const LANG_AR = { ar: 'العربية', en: 'الإنجليزية' } as const;

const AR: Renderers = {
  'empty-article': () => 'المقال فارغ؛ لا حقائق في قاعدة الحقائق',
  'no-facts': () => 'لم يُتعرّف على أي حقيقة في المقال؛ قاعدة الحقائق فارغة',
  'no-publication-date': (_, surface) =>
    surface === 'cli'
      ? 'لم يُعثر على تاريخ في سطر التاريخ ولم يُعطَ --published: تُركت التواريخ النسبية (أمس، yesterday)؛ أعطِ --published YYYY-MM-DD أو سطر «published: YYYY-MM-DD» في مقدمة المقال'
      : 'لم يُعثر على تاريخ في سطر التاريخ: تُركت التواريخ النسبية (أمس، yesterday)؛ اكتب التاريخ في أول سطور المقال، أو ابدأ المقال بمقدمة «---» فيها «published: YYYY-MM-DD» ثم «---»، وأعد الاستخراج',
  'dateline-without-year': ({ date }, surface) =>
    surface === 'cli'
      ? `سطر التاريخ (${date}) بلا سنة ولم يُعطَ --published: تُركت التواريخ النسبية (أمس، يوم الثلاثاء)؛ أعطِ --published YYYY-MM-DD أو سطر «published: YYYY-MM-DD» في مقدمة المقال`
      : `سطر التاريخ (${date}) بلا سنة: تُركت التواريخ النسبية (أمس، يوم الثلاثاء)؛ ابدأ المقال بمقدمة «---» فيها «published: YYYY-MM-DD» ثم «---»، وأعد الاستخراج`,
  'published-not-a-date': ({ published }) => `تاريخ النشر ${published} ليس تاريخًا صحيحًا؛ أُهمل`,
  'dateline-weekday-mismatch': ({ date }) => `يوم الأسبوع في سطر التاريخ لا يوافق ${date}`,
  'published-disagrees-with-dateline': ({ published, dateline, source }, surface) =>
    source === 'option'
      ? `${surface === 'cli' ? '--published' : 'تاريخ النشر'} ${published} يخالف تاريخ سطر التاريخ ${dateline}؛ تُحسب التواريخ النسبية من ${published}${surface === 'cli' ? ' (احذف --published لحسابها من سطر التاريخ)' : ''}`
      : `تاريخ النشر ${published} في مقدمة المقال يخالف تاريخ سطر التاريخ ${dateline}؛ تُحسب التواريخ النسبية من سطر التاريخ، تاريخ المقال نفسه`,
  'step-failed': ({ step, error }) => `تعذّر استخراج ${step} فتُرك: ${error}`,
  'lang-mismatch': ({ lang, detected }, surface) =>
    `المقال بـ${LANG_AR[detected]} لكنه استُخرج على أنه بـ${LANG_AR[lang]}${surface === 'cli' ? ` (--lang ${lang})` : ''}: لا يُقرأ إلا القليل من حقائقه؛ ${surface === 'cli' ? `احذف --lang أو أعطِ --lang ${detected}` : `أعد استخراجه بـ${LANG_AR[detected]}`}`,
};

/** Renders a drawing warning in `lang` for `surface`. */
export function renderDrawWarning(warning: DrawWarning, lang: 'ar' | 'en', surface: DrawSurface): string {
  const table = lang === 'ar' ? AR : EN;
  return (table[warning.code] as (w: DrawWarning, s: DrawSurface) => string)(warning, surface);
}
