/**
 * Names across the scripts: an English article's people get the Arabic forms Arabic drafts write
 * (Caroline Holt → كارولين هولت), ministers their Arabic titles (Minister of Forests → وزيرة
 * الغابات), and an Arabic article's foreign names go back to their Latin spelling (كارولين هولت →
 * Caroline Holt). Arabic spellings of a rule-spelt name with the same consonants are that person;
 * a changed letter is still a misspelt name, and the article's own script is read letter by letter.
 * Invented articles (an English port fire, an Arabic aid appeal); the drafts are in the other language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { arabicNameForms, arabicOfLatinWord, westernNameForms } from '../../engine/src/lexicon/foreignNames';
import { createChecker, parseFactBase, type Checker } from '../../engine/src/index';
import { arabicSpellingConsonants } from '../../engine/src/text/skeleton';

const EN_ARTICLE = [
  'Fire closes Halden port',
  'HALDEN, Norway, March 4, 2026 (Reuters) - A fire at the port of Halden burned for six hours on Tuesday, officials said.',
  "Norway's Minister of Fisheries, Caroline Holt, said 12 ships had been diverted.",
  '"We will reopen the terminal on Friday," said Marcus Whitfield, the port authority\'s chief press officer.',
  '',
].join('\n');

const AR_ARTICLE = [
  'نداء لدعم المتضررين من الفيضانات',
  'جنيف - 5 مارس 2026',
  'وقالت المديرة الإقليمية في المنظمة كارولين هولت إن الوضع صعب.',
  'وقال وزير الصحة خالد بن ناصر البوسعيدي إن المستشفيات مستعدة.',
  '',
].join('\n');

function checker(article: string, lang: 'ar' | 'en'): Checker {
  const parsed = parseFactBase(JSON.stringify(drawFactBase(article, { lang }).factBase), 'own.factbase.json', article);
  assert.deepEqual(parsed.problems, []);
  return createChecker([parsed.factBase!], { scope: 'all' });
}

const findings = (c: Checker, text: string) => c.check(text).findings.map((f) => `${f.ruleId}: ${text.slice(f.range.start, f.range.end)}`);

test('Latin names in Arabic letters: table given names, the rest by rule, with the variants writers use', () => {
  assert.equal(arabicNameForms('Caroline Holt').spellings[0], 'كارولين هولت');
  assert.equal(arabicNameForms('Priya Dhaliwal').spellings[0], 'بريا داليوال');
  assert.equal(arabicNameForms('Marcus Holloway').spellings[0], 'ماركوس هولواي');
  // A final s after a voiced sound is written ز first (جونز), with س as a variant.
  assert.equal(arabicNameForms('George Lloyd-Jones').spellings[0], 'جورج لويد جونز');
  assert.ok(arabicNameForms('George Lloyd-Jones').spellings.includes('جورج لويد جونس'));
  assert.ok(arabicNameForms('Jamal Osei').spellings.includes('جمال أوسي'));
  assert.ok(arabicNameForms('Mohammed al-Rawahi').spellings.includes('محمد الرواحي'));
  assert.ok(arabicNameForms('Rebecca Thornton').spellings.includes('ريبيكا تورنتون'));
  assert.equal(arabicOfLatinWord('Whitfield'), 'ويتفيلد');
  assert.equal(arabicNameForms('Caroline Holt').known, false);
  assert.equal(arabicNameForms('James Michael').known, true);
});

test('foreign names in Arabic letters go back to their Latin spelling', () => {
  assert.deepEqual(westernNameForms(['كارولين', 'هولت']), ['Caroline Holt']);
  assert.deepEqual(westernNameForms(['جاغان', 'تشاباغاين']), ['Jagan Chabagain']);
});

test('the Arabic spelling skeleton drops vowel letters and joins the letters one Latin sound is written with, not others', () => {
  assert.equal(arabicSpellingConsonants('هولواي'), arabicSpellingConsonants('هولوي'));
  assert.equal(arabicSpellingConsonants('تومسون'), arabicSpellingConsonants('طومسن'));
  assert.equal(arabicSpellingConsonants('كاترين'), arabicSpellingConsonants('كاثرين'));
  assert.notEqual(arabicSpellingConsonants('هولت'), arabicSpellingConsonants('هوبت'));
  assert.notEqual(arabicSpellingConsonants('كارولين'), arabicSpellingConsonants('كاثرين'));
});

test('an English article: people get Arabic forms marked as spelt by rule; a minister of a known portfolio and other titles of the bilingual table get Arabic titles', () => {
  const kb = drawFactBase(EN_ARTICLE, { lang: 'en' }).factBase as unknown as Record<string, Record<string, unknown>[]>;
  const holt = kb.people!.find((p) => (p.names as { en: string[] }).en[0] === 'Caroline Holt')!;
  assert.equal((holt.names as { ar: string[] }).ar[0], 'كارولين هولت');
  assert.equal(holt.transliterated, 'ar');
  assert.deepEqual((holt.short as { ar: string[] }).ar.slice(0, 1), ['هولت']);
  const post = kb.posts!.find((p) => p.holder === holt.id)!;
  assert.deepEqual((post.title as { ar: string[] }).ar, ['وزيرة الصيد', 'وزير الصيد']);
  // Other titles take their Arabic forms from the bilingual table of titles.
  const press = kb.posts!.find((p) => p.role === 'spokesperson')!;
  assert.ok((press.title as { ar: string[] }).ar.includes('المتحدث باسم'));
  // Near miss: a minister of no known portfolio gets no Arabic title rather than a guess.
  const bare = drawFactBase('Minister Jane Whitcombe said on Monday that 12 ships had been diverted.\n', { lang: 'en' }).factBase as unknown as Record<string, Record<string, unknown>[]>;
  const minister = bare.posts!.find((p) => p.role === 'minister');
  assert.ok(minister, 'the minister is drawn');
  assert.equal((minister.title as { ar?: string[] }).ar, undefined);
});

test('Arabic drafts of an English story: the usual Arabic spellings are the person; a changed letter is a misspelt name', () => {
  const c = checker(EN_ARTICLE, 'en');
  for (const name of ['كارولين هولت', 'كارولاين هولت', 'كارولين هولط']) assert.deepEqual(findings(c, `وقالت وزيرة الصيد النرويجية ${name} إن 12 سفينة حولت.\n`), [], name);
  assert.deepEqual(findings(c, 'وقال ماركوس ويتفلد إن المحطة ستفتح يوم الجمعة.\n'), []);
  assert.deepEqual(findings(c, 'وقال ماركوس ويتفيلد إن المحطة ستفتح يوم الجمعة.\n'), []);
  assert.ok(findings(c, 'وقال ماركوس ويتفيبد إن المحطة ستفتح.\n').some((f) => f.startsWith('name-spelling')), 'a changed letter');
  assert.ok(findings(c, 'وقالت كارونين هولت إن 12 سفينة حولت.\n').some((f) => f.startsWith('name-spelling')), 'a changed letter in the given name');
});

test('English drafts of the English story still read the name letter by letter', () => {
  const c = checker(EN_ARTICLE, 'en');
  assert.ok(findings(c, 'Caroline Hollt said 12 ships had been diverted.\n').some((f) => f.startsWith('name-spelling')));
});

test('Arabic drafts: a minister of the known portfolio is no wrong post; another portfolio is', () => {
  const c = checker(EN_ARTICLE, 'en');
  assert.deepEqual(findings(c, 'وقالت وزيرة الصيد كارولين هولت إن 12 سفينة حولت.\n'), []);
  assert.ok(findings(c, 'وقالت وزيرة الصحة كارولين هولت إن 12 سفينة حولت.\n').some((f) => /post|role/.test(f)));
});

test('English drafts of an Arabic story: the foreign name in its Latin spelling, and a country possessive before the title', () => {
  const c = checker(AR_ARTICLE, 'ar');
  const kb = drawFactBase(AR_ARTICLE, { lang: 'ar' }).factBase as unknown as Record<string, Record<string, unknown>[]>;
  assert.equal((kb.people!.find((p) => (p.names as { ar: string[] }).ar[0] === 'كارولين هولت')!.names as { en: string[] }).en[0], 'Caroline Holt');
  assert.deepEqual(findings(c, 'Caroline Holt, the organisation\'s regional director, said the situation was difficult.\n'), []);
  assert.deepEqual(findings(c, 'Karoline Hoult said the situation was difficult.\n'), []);
  assert.ok(findings(c, 'Carotine Holt said the situation was difficult.\n').some((f) => f.startsWith('name-spelling')));
});

test('English names of Arabic unions, chambers, offices and federations, built only when every word is known', () => {
  const kb = drawFactBase(
    'أعلنت نقابة عمال ميناء صحار إضراباً.\nوقدّرت غرفة تجارة وصناعة عُمان الخسائر.\nووقّع المكتب الوطني للسكك الحديدية عقداً.\nوأعلن الاتحاد العام التونسي للشغل تأييده.\nوقال مجلس إدارة الشركة إنه سيجتمع.\n',
    { lang: 'ar', published: '2026-03-05' },
  ).factBase as unknown as Record<string, Record<string, unknown>[]>;
  const english = (arabic: string) => (kb.organisations!.find((o) => (o.names as { ar: string[] }).ar[0] === arabic)?.names as { en?: string[] } | undefined)?.en ?? [];
  assert.ok(english('نقابة عمال ميناء صحار').includes('Sohar Port Workers Union'), JSON.stringify(kb.organisations));
  assert.ok(english('غرفة تجارة وصناعة عُمان').includes('Oman Chamber of Commerce and Industry'));
  assert.ok(english('المكتب الوطني للسكك الحديدية').includes('National Office of Railways'));
  assert.ok(english('الاتحاد العام التونسي للشغل').includes('Tunisian General Labour Union'));
  // Near miss: a word outside the tables (إدارة) gives no English name rather than a guess.
  assert.deepEqual(english('مجلس إدارة الشركة'), []);
});

test('an English draft of an Arabic story names the union in English: no wrong organisation; another body is one', () => {
  const article = 'مسقط - 2 ديسمبر 2026\nأعلنت نقابة عمال ميناء صحار، الثلاثاء، إضراباً.\nوقال رئيس النقابة سالم بن حمد الكلباني إن العمال لن يعودوا.\nوقدّرت غرفة تجارة وصناعة عُمان الخسائر بنحو مليون ريال.\n';
  const c = checker(article, 'ar');
  assert.deepEqual(findings(c, 'Salim bin Hamad al-Kalbani, head of the Sohar Port Workers Union, said workers would not return.\n'), []);
  assert.ok(findings(c, 'Salim bin Hamad al-Kalbani, head of the Oman Chamber of Commerce and Industry, said workers would not return.\n').length > 0);
});
