/**
 * Posts and titles checked against an editor's fact base, probed with an invented story (a review
 * of a city's archive fire, led by the former director of the national archives): a present title
 * marked as current ("the current director", «المديرة الحالية») given to a person who held that post
 * only in the past, in the article's language and in the other one (a fact base that names the post
 * in English only, read against an Arabic draft). Traps: the same title said as former, the current
 * title of the person who holds the post now, the person's other true current post, and a current
 * title at another body the story names. A title set off after the person's age ("Ellen Park, 47,
 * the director of …", «إلين بارك (47 عاماً)، مديرة …») is the person's as it is without the age.
 * A post's area changed: a regional representative whose fact base names the area before the head
 * in English ("North East representative") given another point of the compass, before the head or
 * after في, for or in, in either language; the own area, a vaguer one and a point outside the
 * title pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ENGLISH = [
  'Review of the Westport archive fire published',
  'WESTPORT, Monday 9 November 2026 - The review of the fire at the Westport city archive was led by Nadia Farouk, a former director of the National Archives Authority.',
  'Tom Reyes, the director of the National Archives Authority, said the recommendations would be adopted.',
  'Farouk, who chairs the review panel, said 40 per cent of the records could be restored.',
  'Ellen Park, the director of the Westport Museum, welcomed the report.',
  "Its North East representative, Sam Okoro, said archivists had worked unpaid overtime.",
].join('\n\n');

const ARABIC = [
  'نشر مراجعة حريق أرشيف ويستبورت',
  'ويستبورت – الاثنين 9 نوفمبر 2026 – قادت نادية فاروق، المديرة السابقة لهيئة الأرشيف الوطني، مراجعة الحريق الذي شب في أرشيف مدينة ويستبورت.',
  'وقال توم رييس، مدير هيئة الأرشيف الوطني، إن التوصيات ستُعتمد.',
  'وقالت فاروق، رئيسة لجنة المراجعة، إن 40 في المئة من السجلات يمكن ترميمها.',
  'ورحبت إلين بارك، مديرة متحف ويستبورت، بالتقرير.',
  'وقال ممثل النقابة في شمال شرق إنجلترا سام أوكورو إن أمناء الأرشيف عملوا ساعات إضافية دون أجر.',
].join('\n\n');

/** The story's facts in the language of one article: every title only in that language. */
function factBase(article: string, lang: 'ar' | 'en') {
  const cite = citer(article);
  const own = (en: string, ar: string) => cite(lang === 'en' ? en : ar);
  const titles = (en: string[], ar: string[]) => (lang === 'en' ? { en } : { ar });
  const data = {
    schemaVersion: 2,
    id: `archive-${lang}`,
    source: { file: `article.${lang}.txt`, lang, published: '2026-11-09' },
    people: [
      { id: 'farouk', names: titles(['Nadia Farouk'], ['نادية فاروق']), short: titles(['Farouk'], ['فاروق']), gender: 'f', transliterated: lang, evidence: own('Nadia Farouk', 'نادية فاروق') },
      { id: 'reyes', names: titles(['Tom Reyes'], ['توم رييس']), gender: 'm', transliterated: lang, evidence: own('Tom Reyes', 'توم رييس') },
      { id: 'okoro', names: titles(['Sam Okoro'], ['سام أوكورو']), gender: 'm', transliterated: lang, evidence: own('Sam Okoro', 'سام أوكورو') },
      { id: 'park', names: titles(['Ellen Park'], ['إلين بارك']), gender: 'f', transliterated: lang, evidence: own('Ellen Park', 'إلين بارك') },
    ],
    organisations: [
      { id: 'archives', names: titles(['National Archives Authority'], ['هيئة الأرشيف الوطني']), kind: 'authority', evidence: own('National Archives Authority', 'هيئة الأرشيف الوطني') },
      { id: 'museum', names: titles(['Westport Museum'], ['متحف ويستبورت']), kind: 'authority', evidence: own('Westport Museum', 'متحف ويستبورت') },
    ],
    posts: [
      {
        id: 'okoro-rep',
        holder: 'okoro',
        role: 'representative',
        title: titles(['North East representative', 'regional representative'], ['ممثل النقابة في شمال شرق إنجلترا']),
        evidence: own('Its North East representative, Sam Okoro', 'ممثل النقابة في شمال شرق إنجلترا سام أوكورو'),
      },
      {
        id: 'farouk-former',
        holder: 'farouk',
        role: 'director',
        organisation: 'archives',
        title: titles(['director', 'director of the National Archives Authority'], ['المديرة', 'مديرة هيئة الأرشيف الوطني']),
        status: 'former',
        evidence: own('a former director of the National Archives Authority', 'المديرة السابقة لهيئة الأرشيف الوطني'),
      },
      { id: 'farouk-chair', holder: 'farouk', role: 'chairman', title: titles(['chair of the review panel'], ['رئيسة لجنة المراجعة']), evidence: own('chairs the review panel', 'رئيسة لجنة المراجعة') },
      { id: 'reyes-director', holder: 'reyes', role: 'director', organisation: 'archives', title: titles(['director', 'director of the National Archives Authority'], ['مدير هيئة الأرشيف الوطني']), evidence: own('the director of the National Archives Authority', 'مدير هيئة الأرشيف الوطني') },
      { id: 'park-director', holder: 'park', role: 'director', organisation: 'museum', title: titles(['director of the Westport Museum'], ['مديرة متحف ويستبورت']), evidence: own('the director of the Westport Museum', 'مديرة متحف ويستبورت') },
    ],
  };
  return findingLines(createChecker([loadTestFactBase(data, `archive-${lang}.factbase.json`, article)], { scope: 'all' }), ['post-holder']);
}

const checkers = { en: factBase(ENGLISH, 'en'), ar: factBase(ARABIC, 'ar') };

/** Each probe is read against both fact bases: the article's language and the other one. */
const PROBES: { sentence: string; found?: string[]; only?: 'ar' | 'en' }[] = [
  // A past post called current.
  { sentence: 'The review was led by Nadia Farouk, the current director of the National Archives Authority.', found: ['post-holder: current → former'] },
  { sentence: 'The current director of the National Archives Authority, Nadia Farouk, led the review.', found: ['post-holder: current → former'] },
  { sentence: 'وقادت المراجعة نادية فاروق، المديرة الحالية لهيئة الأرشيف الوطني.', found: ['post-holder: الحالية → السابقة'] },
  { sentence: 'وقالت نادية فاروق، مديرة هيئة الأرشيف الوطني الحالية، إن السجلات ستُرمم.', found: ['post-holder: الحالية → السابقة'] },
  // Traps: the past post said as past.
  { sentence: 'The review was led by Nadia Farouk, the former director of the National Archives Authority.' },
  { sentence: 'وقادت المراجعة نادية فاروق، المديرة السابقة لهيئة الأرشيف الوطني.' },
  // Traps: the person who holds the post now.
  { sentence: 'Tom Reyes, the current director of the National Archives Authority, welcomed the review.' },
  { sentence: 'ورحب توم رييس، المدير الحالي لهيئة الأرشيف الوطني، بالمراجعة.' },
  // Traps: the person's other true current post.
  { sentence: 'Nadia Farouk, the current chair of the review panel, said records could be restored.' },
  // Against the English fact base, «رئيسة لجنة المراجعة» is taken for a post at the one body the
  // story names, with or without a word of now: an older gap of cross-script titles, not this check's.
  { sentence: 'وقالت نادية فاروق، الرئيسة الحالية للجنة المراجعة، إن السجلات يمكن ترميمها.', only: 'ar' },
  // Traps: a current title at another body the story names, someone else's post.
  { sentence: 'Ellen Park, the current director of the Westport Museum, welcomed the report.' },
  { sentence: 'ورحبت إلين بارك، المديرة الحالية لمتحف ويستبورت، بالتقرير.' },
  // A title after the person's age ("X, 47, the director of …", «X (47 عاماً)، مديرة …») is the person's.
  { sentence: 'Ellen Park, 47, the director of the National Archives Authority, welcomed the report.', found: ['post-holder: National Archives Authority → Westport Museum'], only: 'en' },
  { sentence: 'ورحبت إلين بارك (47 عاماً)، مديرة هيئة الأرشيف الوطني، بالتقرير.', found: ['post-holder: هيئة الأرشيف الوطني → متحف ويستبورت'], only: 'ar' },
  { sentence: 'ورحبت إلين بارك، 47 عاماً، مديرة هيئة الأرشيف الوطني، بالتقرير.', found: ['post-holder: هيئة الأرشيف الوطني → متحف ويستبورت'], only: 'ar' },
  { sentence: 'The review was led by Nadia Farouk, 58, the current director of the National Archives Authority.', found: ['post-holder: current → former'] },
  { sentence: 'وقادت المراجعة نادية فاروق (58 عاماً)، المديرة الحالية لهيئة الأرشيف الوطني.', found: ['post-holder: الحالية → السابقة'] },
  // Traps: the person's own post after the age, a past post said as past, and a title after another name.
  { sentence: 'Ellen Park, 47, the director of the Westport Museum, welcomed the report.' },
  { sentence: 'ورحبت إلين بارك (47 عاماً)، مديرة متحف ويستبورت، بالتقرير.' },
  { sentence: 'The review was led by Nadia Farouk, 58, a former director of the National Archives Authority.' },
  { sentence: 'Ellen Park, 47, and Tom Reyes, the director of the National Archives Authority, welcomed the report.' },
  { sentence: 'ورحبت إلين بارك (47 عاماً) وتوم رييس، مدير هيئة الأرشيف الوطني، بالتقرير.' },
  // A post's area changed: another point of the compass after في, before or after the name (the fact
  // base names it before the head in English only: "North East representative").
  { sentence: 'وقال ممثل النقابة في شمال غرب إنجلترا سام أوكورو إن أمناء الأرشيف منهكون.', found: ['post-holder: شمال غرب → شمال شرق'] },
  { sentence: 'وقال سام أوكورو، ممثل النقابة في جنوب شرق إنجلترا، إن أمناء الأرشيف منهكون.', found: ['post-holder: جنوب شرق → شمال شرق'] },
  // Traps: the post's own area, a vaguer one, and a point that is no part of the title.
  { sentence: 'Sam Okoro, the union\'s North East representative, said archivists were exhausted.' },
  { sentence: 'وقال ممثل النقابة في شمال شرق إنجلترا سام أوكورو إن أمناء الأرشيف منهكون.' },
  { sentence: 'وقال ممثل النقابة في شمال إنجلترا سام أوكورو إن أمناء الأرشيف منهكون.' },
  { sentence: 'Sam Okoro, the union\'s regional representative, said archives in the North West were short of staff.' },
  { sentence: 'وقال سام أوكورو، ممثل النقابة، إن الأرشيفات في شمال غرب إنجلترا تعاني نقصاً في الموظفين.' },
  { sentence: 'Tom Reyes, the director of the National Archives Authority, visited the North West office.' },
];

for (const lang of ['en', 'ar'] as const) {
  test(`titles given to known people, against the ${lang} fact base`, () => {
    const probes = PROBES.filter((probe) => !probe.only || probe.only === lang);
    const actual = probes.map((probe) => ({ sentence: probe.sentence, found: checkers[lang](probe.sentence) }));
    assert.deepEqual(actual, probes.map((probe) => ({ sentence: probe.sentence, found: probe.found ?? [] })));
  });
}
