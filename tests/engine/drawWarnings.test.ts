/**
 * The drawing's warnings have stable codes with parameters, rendered in one place for either
 * language and surface; the article's front matter may give its publication date.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase, renderDrawWarning, type DrawWarning } from '../../engine/src/draw/index';

const codes = (text: string, published?: string) => drawFactBase(text, { published }).warnings.map((warning) => warning.code);

test('warnings are codes with parameters, never wording', () => {
  assert.deepEqual(codes(''), ['no-publication-date', 'empty-article']);
  assert.deepEqual(codes('nothing here but lower-case words\n'), ['no-publication-date', 'no-facts']);
  const bad = drawFactBase('Minister Jane Doe said "we will act".\n', { published: '2024-02-30' }).warnings;
  assert.deepEqual(bad[0], { code: 'published-not-a-date', published: '2024-02-30' });
});

test('a front-matter "published:" (or "date:") line dates the article when no option is given', () => {
  const article = '---\npublished: 2024-03-05\n---\nMinister Jane Doe said yesterday that talks would resume.\n';
  const drawn = drawFactBase(article);
  assert.ok(!drawn.warnings.some((warning) => warning.code === 'no-publication-date'));
  assert.equal((drawn.factBase.source as { published?: string }).published, '2024-03-05');
  assert.equal((drawFactBase('---\ndate: "2023-11-15"\n---\nText.\n').factBase.source as { published?: string }).published, '2023-11-15');
  // published: wins over date: wherever each stands in the front matter.
  assert.equal((drawFactBase('---\ndate: 2023-11-14\npublished: 2023-11-15\n---\nText.\n').factBase.source as { published?: string }).published, '2023-11-15');
  // The option wins over the front matter; a front matter elsewhere than the start is text.
  assert.equal((drawFactBase(article, { published: '2024-03-06' }).factBase.source as { published?: string }).published, '2024-03-06');
  assert.ok(codes('Text.\n---\npublished: 2024-03-05\n---\n').includes('no-publication-date'));
});

test('each code renders in both languages; the editor is never told of a command-line option', () => {
  const all: DrawWarning[] = [
    { code: 'empty-article' },
    { code: 'no-facts' },
    { code: 'no-publication-date' },
    { code: 'dateline-without-year', date: '11-18' },
    { code: 'published-not-a-date', published: '2024-02-30' },
    { code: 'dateline-weekday-mismatch', date: '2024-2-24' },
    { code: 'step-failed', step: 'quotes', error: 'boom' },
    { code: 'lang-mismatch', lang: 'ar', detected: 'en' },
  ];
  for (const warning of all) {
    for (const lang of ['ar', 'en'] as const) {
      for (const surface of ['cli', 'editor'] as const) {
        const text = renderDrawWarning(warning, lang, surface);
        assert.ok(text.length > 10, `${warning.code} ${lang} ${surface}`);
        if (lang === 'ar') assert.match(text, /[\u0600-\u06ff]{3}/);
        if (surface === 'editor') assert.doesNotMatch(text, /--published|--lang/);
      }
    }
  }
  assert.match(renderDrawWarning({ code: 'no-publication-date' }, 'en', 'cli'), /--published YYYY-MM-DD/);
  assert.match(renderDrawWarning({ code: 'no-publication-date' }, 'en', 'editor'), /published: YYYY-MM-DD/);
  assert.match(renderDrawWarning({ code: 'published-not-a-date', published: '2024-02-30' }, 'en', 'cli'), /^--published 2024-02-30 is not a calendar date/);
});

test('a publication date that disagrees with the dateline: the option wins, the front matter loses, each with a warning naming both dates in both languages', () => {
  const article = 'Headline\nLONDON, Wednesday 15 November 2023 - The court ruled on Monday.\n';
  const option = drawFactBase(article, { published: '2023-11-16' });
  assert.deepEqual(option.warnings, [{ code: 'published-disagrees-with-dateline', published: '2023-11-16', dateline: '2023-11-15', source: 'option' }]);
  assert.equal((option.factBase.source as { published: string }).published, '2023-11-16');
  const front = drawFactBase(`---\npublished: 2023-11-16\n---\n${article}`);
  assert.deepEqual(front.warnings, [{ code: 'published-disagrees-with-dateline', published: '2023-11-16', dateline: '2023-11-15', source: 'front-matter' }]);
  assert.equal((front.factBase.source as { published: string }).published, '2023-11-15');
  for (const warning of [...option.warnings, ...front.warnings]) {
    assert.match(renderDrawWarning(warning, 'en', 'cli'), /2023-11-16.*2023-11-15/);
    assert.match(renderDrawWarning(warning, 'ar', 'editor'), /2023-11-16.*2023-11-15/);
  }
  // Near miss: agreeing dates, and a date in a sentence's middle on the first line, give no warning.
  assert.deepEqual(drawFactBase(article, { published: '2023-11-15' }).warnings, []);
  assert.deepEqual(drawFactBase('The court met in London on 15 November 2023 and ruled.\n', { published: '2023-11-16' }).warnings, []);
});

test('an article drawn in the other language gets a warning naming the language it is in; a mixed or matching one does not', () => {
  const english = 'LONDON, 4 March 2024 — Health minister Jane Doe said on Monday that 40 hospitals would reopen.\n';
  const arabic = 'بغداد، 4 مارس 2024 — قال وزير الصحة ثابت العباسي الاثنين إن 40 مستشفى ستُفتح من جديد.\n';
  const mismatch = (text: string, lang: 'ar' | 'en') => drawFactBase(text, { lang }).warnings.filter((warning) => warning.code === 'lang-mismatch');
  assert.deepEqual(mismatch(english, 'ar'), [{ code: 'lang-mismatch', lang: 'ar', detected: 'en' }]);
  assert.deepEqual(mismatch(arabic, 'en'), [{ code: 'lang-mismatch', lang: 'en', detected: 'ar' }]);
  assert.deepEqual(mismatch(english, 'en'), []);
  assert.deepEqual(mismatch(arabic, 'ar'), []);
  // Near misses: no language given, a text mixing both scripts, a text with no letters.
  assert.ok(!drawFactBase(english).warnings.some((warning) => warning.code === 'lang-mismatch'));
  assert.deepEqual(mismatch('Thabet al-Abbasi ثابت العباسي met Matthew Miller ماثيو ميلر.\n', 'ar'), []);
  assert.deepEqual(mismatch('2024 — 40, 12.\n', 'en'), []);
  assert.match(renderDrawWarning({ code: 'lang-mismatch', lang: 'ar', detected: 'en' }, 'en', 'cli'), /^the article is in English, but it was drawn as Arabic \(--lang ar\)/);
});

test('a wire dateline without its year (KATHMANDU, Nov 18 (Reuters) -) takes the year of a date given beside it, and says so when none is', () => {
  const article = 'Nepal counts its tigers\nKATHMANDU, Nov 18 (Reuters) - Nepal said on Tuesday it had counted 412 wild tigers.\n';
  assert.deepEqual(codes(article), ['dateline-without-year']);
  assert.match(renderDrawWarning({ code: 'dateline-without-year', date: '11-18' }, 'en', 'cli'), /gives no year.*--published YYYY-MM-DD/);
  // The option's year completes it; a day later is a disagreement named with both dates.
  const same = drawFactBase(article, { published: '2025-11-18' });
  assert.deepEqual(same.warnings, []);
  assert.equal((same.factBase.source as { published?: string }).published, '2025-11-18');
  assert.deepEqual(drawFactBase(article, { published: '2025-11-19' }).warnings, [{ code: 'published-disagrees-with-dateline', published: '2025-11-19', dateline: '2025-11-18', source: 'option' }]);
  // Dec 31 written beside a publication date of 1 January is the year before.
  const newYear = drawFactBase('KABUL, Dec 31 (Reuters) - Talks ended.\n', { published: '2026-01-01' });
  assert.deepEqual(newYear.warnings, [{ code: 'published-disagrees-with-dateline', published: '2026-01-01', dateline: '2025-12-31', source: 'option' }]);
  // The agency and the dash belong to the dateline: the lead's event is named without them.
  const events = (same.factBase as unknown as { events: { names: { en?: string[] } }[] }).events;
  assert.deepEqual(events.map((event) => event.names.en?.[0]), ['Nepal said']);
  // A day and month in a sentence's words, with no agency or dash after them, are no dateline.
  assert.equal(codes('On Nov 18 the ministry said it had counted 412 wild tigers.\n')[0], 'no-publication-date');
});
