/**
 * Affiliation probes (session 33): a member's party said before the name by «النائب عن حزب …»
 * when the house the member sits in follows the party and the name follows the house with no comma
 * («النائب عن حزب … في مجلس النواب فلان، عضو لجنة …»). The party is drawn as the person's, beside
 * the committee named after the name, so that a draft giving the member another party is flagged.
 * A given name of the Maghreb written with the article (الحسين) opens a name after a title, so the
 * party said after it («الحسين الورديغي، المنتمي إلى حزب …») is drawn too.
 * Traps: the true party, a title with no cue of membership (a party's spokesman before the house),
 * and a body after في that is no party. Sentences and articles invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string) => drawFactBase(text, { published: '2026-11-04' }).factBase as unknown as Record<string, Fact[]>;

/** The Arabic names of the bodies each drawn person is tied to, as «person → body». */
function ties(kb: Record<string, Fact[]>): string[] {
  const nameOf = (list: Fact[] | undefined, id: unknown) => ((list ?? []).find((fact) => fact.id === id)?.names as { ar?: string[] } | undefined)?.ar?.[0] ?? String(id);
  return (kb.affiliations ?? []).map((tie) => `${nameOf(kb.people, tie.member)} → ${nameOf(kb.organisations, tie.organisation)}`).sort();
}

const ARTICLE = [
  'الرباط - أعلنت وزارة النقل المغربية يوم الاثنين إطلاق مشروع لتوسعة ميناء الجديدة بكلفة 300 مليون درهم.',
  'وقال وزير النقل كريم الفاسي إن الأشغال ستبدأ في مارس وتنتهي خلال ثلاث سنوات.',
  'غير أن النائب عن حزب الوفاق الوطني في مجلس النواب حسام الدين مراد، عضو لجنة المالية، قال إن «الكلفة أعلى من اللازم». وطالب باستدعاء الوزير قبل نهاية أبريل.',
  'ومن جهته، قال رئيس مجلس جهة دكالة، الحسين الورديغي، المنتمي إلى حزب النهضة المغربية، إن المجلس ساهم بمبلغ 40 مليون درهم.',
].join('\n\n') + '\n';

test('a party before the house, and the name after the house with no comma, is drawn', () => {
  assert.deepEqual(ties(draw(ARTICLE)).filter((line) => line.startsWith('حسام')), ['حسام الدين مراد → حزب الوفاق الوطني', 'حسام الدين مراد → لجنة المالية']);
});

test('a given name written with the article opens the name after a title, and the party after it is drawn', () => {
  assert.deepEqual(ties(draw(ARTICLE)).filter((line) => line.startsWith('الحسين')), ['الحسين الورديغي → حزب النهضة المغربية']);
});

test('علي written with ي ends a name before a bracket: the whole name is drawn with its title', () => {
  const kb = draw('أكادير - وقال رئيس تعاونية الصيادين، الحسين أوحماد علي (58 عاماً)، إن الموسم كان ضعيفاً.\n');
  assert.deepEqual((kb.people ?? []).map((person) => (person.names as { ar: string[] }).ar[0]), ['الحسين أوحماد علي']);
});

test('traps: a spokesman of a party before the house, or a committee before the house, draws no party tie', () => {
  assert.deepEqual(ties(draw('القاهرة - وقال المتحدث باسم حزب الوفاق الوطني في مجلس النواب حسام الدين مراد إن الحكومة تأخرت.\n')), []);
  assert.deepEqual(ties(draw('القاهرة - وقال رئيس لجنة المالية في مجلس النواب حسام الدين مراد إن الحكومة تأخرت.\n')).filter((line) => line.includes('مجلس النواب')), []);
});

const checker = createChecker([parseFactBase(JSON.stringify(drawFactBase(ARTICLE, { published: '2026-11-04' }).factBase), 'probe.factbase.json', ARTICLE).factBase!], { scope: 'all' });
const affiliationFindings = (sentence: string) =>
  checker
    .check(sentence)
    .findings.filter((finding) => finding.ruleId === 'affiliation')
    .map((finding) => sentence.slice(finding.range.start, finding.range.end));

const FLAGGED: readonly [string, string][] = [
  ['وانتقد النائب عن حزب العدالة الاجتماعية حسام الدين مراد كلفة المشروع.', 'العدالة الاجتماعية'],
  ['وقال الحسين الورديغي، المنتمي إلى حزب العدالة الاجتماعية، إن المجلس ساهم بمبلغ 40 مليون درهم.', 'العدالة الاجتماعية'],
];

for (const [sentence, words] of FLAGGED) {
  test(`flags the wrong party: ${sentence}`, () => {
    const found = affiliationFindings(sentence);
    assert.ok(found.some((finding) => finding.includes(words)), JSON.stringify(found));
  });
}

const CLEAN: readonly string[] = [
  'وانتقد النائب عن حزب الوفاق الوطني حسام الدين مراد كلفة المشروع.',
  'وقال حسام الدين مراد، عضو لجنة المالية في مجلس النواب، إن الكلفة أعلى من اللازم.',
  'وقال وزير النقل كريم الفاسي إن الأشغال ستبدأ في مارس.',
  'وقال الحسين الورديغي، المنتمي إلى حزب النهضة المغربية، إن المجلس ساهم بمبلغ 40 مليون درهم.',
  'وقال رئيس مجلس جهة دكالة الحسين الورديغي إن المجلس ساهم بمبلغ 40 مليون درهم.',
];

for (const sentence of CLEAN) {
  test(`clean: ${sentence}`, () => {
    assert.deepEqual(affiliationFindings(sentence), []);
  });
}
