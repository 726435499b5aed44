/**
 * Probes from invented wire stories (a Moroccan port strike, a Philippine typhoon evacuation):
 * a quote carried on by "he went on:" or '"…," she went on' is the last speaker's
 * (quotes.ts `continuesSpeaker`, `pronounAfter`), and a foreign name set off by commas after an
 * Arabic title whose first letter is also a clitic (برناردو, لورا, وانغ) is the title's holder when
 * the article names the person again by the last word alone (titledNames.ts). Traps: a phrase set
 * off by commas after a title (بحسب البيان, بصوت مرتفع, لوسائل إعلام محلية) is no person, and
 * "went on" after a noun carries no speaker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown>;

const drawn = (article: string) => drawFactBase(article, { published: '2026-11-08' }).factBase as unknown as Record<string, Fact[]>;

/** Each drawn quote as "speaker's first name: first three words". */
function quotes(article: string): string[] {
  const kb = drawn(article);
  const name = (id: unknown) => {
    const fact = [...kb.people!, ...kb.organisations!].find((f) => f.id === id);
    return fact ? Object.values(fact.names as Record<string, string[]>)[0]![0] : String(id);
  };
  return kb.quotes!.map((quote) => `${name(quote.speaker)}: ${String(quote.text).split(/\s+/).slice(0, 3).join(' ')}`);
}

/** Each drawn person's first name, with the roles of their posts. */
function people(article: string): string[] {
  const kb = drawn(article);
  return kb.people!.map((person) => {
    const roles = kb.posts!.filter((post) => post.holder === person.id).map((post) => String(post.role));
    return `${Object.values(person.names as Record<string, string[]>)[0]![0]}${roles.length ? ` (${roles.join(', ')})` : ''}`;
  });
}

const STRIKE = [
  'TANGIER, Wednesday 14 October 2026 (Reuters) - Dockworkers at Tanger Med began an open-ended strike on Tuesday.',
  '',
  '"We have waited two years for an answer," the union\'s regional secretary, Karim Ouazzani, said. He went on: "This is not a strike against the port, it is a strike for the people who run it."',
].join('\n');

test('"He went on:" before a quote carries on the last speaker', () => {
  assert.deepEqual(quotes(STRIKE), ['Karim Ouazzani: We have waited', 'Karim Ouazzani: This is not']);
});

test('"…," she went on: a pronoun and "went on" after the quote carry on the last speaker', () => {
  const article = 'ROME, Sunday 8 November 2026 (AFP) - The agency\'s director, Laura Bianchi, said the harvest was late. "We expect prices to rise before Christmas," she went on.';
  assert.deepEqual(quotes(article), ['Laura Bianchi: We expect prices']);
});

test('trap: "went on" after a noun carries no speaker to the quote', () => {
  const article = 'ROME, Sunday 8 November 2026 (AFP) - Laura Bianchi, the agency\'s director, spoke on Friday. The strike went on: "an endless week for everyone here", as the newspapers put it.';
  assert.deepEqual(quotes(article), []);
});

const TYPHOON = [
  'مانيلا – الأحد 8 نوفمبر 2026 (أ ف ب)',
  '',
  'وقال المتحدث باسم هيئة الأرصاد الجوية الفلبينية، برناردو أليخاندرو، إن عمليات الإجلاء شملت إقليم سامار الشرقية.',
  '',
  'وأوضح أليخاندرو: «نطلب من السكان عدم العودة إلى منازلهم حتى يصدر إعلان رسمي بانتهاء الخطر».',
].join('\n');

test('a foreign name opening with ب set off by commas after a title, named again by its last word, is the title holder and the speaker', () => {
  assert.deepEqual(people(TYPHOON), ['برناردو أليخاندرو (spokesperson)']);
  assert.deepEqual(quotes(TYPHOON), ['برناردو أليخاندرو: نطلب من السكان']);
});

test('a foreign name opening with ل set off by commas after a title, named again by its last word', () => {
  const article = 'روما – الأحد 8 نوفمبر 2026 (أ ف ب)\n\nوقالت مديرة البرنامج في إيطاليا، لورا بيانكي، إن المحصول تأخر هذا العام.\n\nوأضافت بيانكي أن الأسعار سترتفع قبل عيد الميلاد.';
  assert.deepEqual(people(article).map((p) => p.split(' (')[0]), ['لورا بيانكي']);
});

test('traps: phrases set off by commas after a title are no people', () => {
  for (const aside of ['بحسب البيان الرسمي', 'بصوت مرتفع', 'لوسائل إعلام محلية', 'بلهجة حازمة']) {
    const article = `الرباط – الأحد 8 نوفمبر 2026 (وكالات)\n\nوقال مدير المستشفى، ${aside}، إن الوضع تحت السيطرة.\n\nوأضاف المدير أن الفرق تعمل منذ الصباح.`;
    assert.deepEqual(people(article), [], aside);
  }
});

test('trap: a name opening with ب after a title, never named again, stays undrawn (nothing tells it from an aside)', () => {
  const article = 'مانيلا – الأحد 8 نوفمبر 2026 (أ ف ب)\n\nوقال المتحدث باسم المجلس، برناردو أليخاندرو، إن عمليات الإجلاء شملت إقليم سامار الشرقية.';
  assert.deepEqual(people(article), []);
});

test('a name set off by commas after a complement of more than five words with «من» in it', () => {
  assert.deepEqual(people(TYPHOON.replace('هيئة الأرصاد الجوية الفلبينية', 'المجلس الوطني للحد من مخاطر الكوارث')), ['برناردو أليخاندرو (spokesperson)']);
});

test('a known given name set off by commas after a complement with «من» is drawn; an aside set off there is not', () => {
  const opening = 'الرباط – الأحد 8 نوفمبر 2026 (وكالات)\n\n';
  assert.deepEqual(people(`${opening}وقال رئيس الهيئة الوطنية للوقاية من الكوارث، محمد العلوي، إن الفرق انتشرت في الإقليم.`).map((p) => p.split(' (')[0]), ['محمد العلوي']);
  assert.deepEqual(people(`${opening}وقال المتحدث باسم المجلس الوطني للحد من مخاطر الكوارث، في بيان صدر الأحد، إن الفرق انتشرت في الإقليم.`), []);
  assert.deepEqual(people(`${opening}وقال رئيس اللجنة من جهته، بصوت مرتفع، إن الفرق انتشرت في الإقليم.`), []);
});

const AIRLINE = [
  'الشارقة – الثلاثاء 17 نوفمبر 2026 (وكالات)',
  '',
  'وقال الرئيس التنفيذي للمجموعة، عادل علي، في مؤتمر صحفي عقب مراسم التوقيع: «هذه الطلبية تعكس ثقتنا في نمو السفر منخفض التكلفة في المنطقة».',
  '',
  'وأضاف: «نتوقع تسلم الطائرات الأولى في عام 2029، وستحل محل جزء من أسطولنا الحالي».',
].join('\n');

test('علي as the family name of a name set off by commas after a title (، عادل علي،) is the name Ali, and the speaker of the quotes', () => {
  assert.deepEqual(people(AIRLINE), ['عادل علي (chief-executive)']);
  assert.deepEqual(quotes(AIRLINE), ['عادل علي: هذه الطلبية تعكس', 'عادل علي: نتوقع تسلم الطائرات']);
});

test('trap: على after a given name that is not set off by commas is the preposition', () => {
  const article = 'الشارقة – الثلاثاء 17 نوفمبر 2026 (وكالات)\n\nوحصل الرئيس التنفيذي للمجموعة عادل على جائزة أفضل مدير في المنطقة.';
  assert.deepEqual(people(article).filter((p) => p.includes('على') || p.includes('علي')), []);
});
