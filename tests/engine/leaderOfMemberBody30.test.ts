/**
 * A leader's title given with a body the person is only a member of, while the article has them
 * lead another body ("head of the textile workers' federation" for the head of one mill's
 * workers' committee who belongs to the federation): another post, flagged in both languages.
 * Traps: the membership said as membership, the person's own body, the body's own leader, and a
 * party (a party's leader is read elsewhere). Invented stories and sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const EN_ARTICLE = [
  'Mill workers accept pay offer',
  "MARLOW, Friday 6 November 2026 - Workers at the Northgate Mill accepted a pay offer on Thursday.",
  "Jonas Pike, head of the Northgate Mill workers' committee and a member of the Textile Workers Federation, said the strike was over.",
  'The federation\'s president, Ruth Hale, said other mills would follow.',
  'Dan Mercer, a Labour councillor who chairs the council\'s planning committee, welcomed the deal.',
].join('\n');

const AR_ARTICLE = [
  'عمال مصنع الشمال يقبلون عرض الأجور',
  'مرسى، الجمعة 6 نوفمبر 2026 - قبل عمال مصنع الشمال عرض الأجور يوم الخميس.',
  'وقال جمال عيسى، رئيس لجنة عمال مصنع الشمال وعضو اتحاد عمال النسيج، إن الإضراب انتهى.',
  'وقالت رئيسة اتحاد عمال النسيج سعاد نور إن مصانع أخرى ستتبع.',
].join('\n');

function enFactBase(): object {
  const cite = citer(EN_ARTICLE);
  return {
    schemaVersion: 2,
    id: 'northgate-pay',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-11-06' },
    people: [
      { id: 'pike', names: { en: ['Jonas Pike'], ar: ['جوناس بايك'] }, short: { en: ['Pike'] }, gender: 'm', evidence: cite('Jonas Pike') },
      { id: 'hale', names: { en: ['Ruth Hale'], ar: ['روث هيل'] }, short: { en: ['Hale'] }, gender: 'f', evidence: cite('Ruth Hale') },
      { id: 'mercer', names: { en: ['Dan Mercer'], ar: ['دان ميرسر'] }, short: { en: ['Mercer'] }, gender: 'm', evidence: cite('Dan Mercer') },
    ],
    organisations: [
      { id: 'committee', kind: 'union', names: { en: ["Northgate Mill workers' committee", 'workers committee'] }, evidence: cite("Northgate Mill workers' committee") },
      { id: 'federation', kind: 'federation', names: { en: ['Textile Workers Federation', 'the federation'] }, evidence: cite('Textile Workers Federation') },
      { id: 'council', kind: 'council', names: { en: ['Marlow Council', 'the council'] }, evidence: cite("the council's planning committee") },
      { id: 'planning', kind: 'committee', parent: 'council', names: { en: ['planning committee'] }, evidence: cite("planning committee") },
      { id: 'labour', kind: 'party', names: { en: ['Labour', 'Labour Party'] }, evidence: cite('Labour') },
    ],
    posts: [
      { id: 'pike-head', holder: 'pike', role: 'head', organisation: 'committee', title: { en: ["head of the workers' committee", 'committee head'] }, evidence: cite("Jonas Pike, head of the Northgate Mill workers' committee") },
      { id: 'hale-president', holder: 'hale', role: 'president', organisation: 'federation', title: { en: ['president of the federation', 'federation president'] }, evidence: cite("The federation's president, Ruth Hale") },
      { id: 'mercer-chair', holder: 'mercer', role: 'chairman', organisation: 'planning', title: { en: ['chair of the planning committee'] }, evidence: cite("chairs the council's planning committee") },
    ],
    affiliations: [
      { id: 'pike-federation', member: 'pike', organisation: 'federation', relation: 'member-of', evidence: cite('a member of the Textile Workers Federation') },
      { id: 'mercer-labour', member: 'mercer', organisation: 'labour', relation: 'member-of', evidence: cite('a Labour councillor') },
    ],
  };
}

function arFactBase(): object {
  const cite = citer(AR_ARTICLE);
  return {
    schemaVersion: 2,
    id: 'shamal-ujur',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-11-06' },
    people: [
      { id: 'issa', names: { ar: ['جمال عيسى'], en: ['Jamal Issa'] }, short: { ar: ['عيسى'] }, gender: 'm', evidence: cite('جمال عيسى') },
      { id: 'nour', names: { ar: ['سعاد نور'], en: ['Suad Nour'] }, short: { ar: ['نور'] }, gender: 'f', evidence: cite('سعاد نور') },
    ],
    organisations: [
      { id: 'committee', kind: 'union', names: { ar: ['لجنة عمال مصنع الشمال', 'لجنة العمال'] }, evidence: cite('لجنة عمال مصنع الشمال') },
      { id: 'federation', kind: 'federation', names: { ar: ['اتحاد عمال النسيج', 'الاتحاد'] }, evidence: cite('اتحاد عمال النسيج') },
    ],
    posts: [
      { id: 'issa-head', holder: 'issa', role: 'head', organisation: 'committee', title: { ar: ['رئيس لجنة عمال مصنع الشمال', 'رئيس لجنة العمال', 'رئيس اللجنة'] }, evidence: cite('جمال عيسى، رئيس لجنة عمال مصنع الشمال') },
      { id: 'nour-president', holder: 'nour', role: 'president', organisation: 'federation', title: { ar: ['رئيسة اتحاد عمال النسيج', 'رئيسة الاتحاد'] }, evidence: cite('رئيسة اتحاد عمال النسيج سعاد نور') },
    ],
    affiliations: [
      { id: 'issa-federation', member: 'issa', organisation: 'federation', relation: 'member-of', evidence: cite('وعضو اتحاد عمال النسيج') },
    ],
  };
}

const RULES = ['affiliation', 'post-holder'];
const en = findingLines(createChecker([loadTestFactBase(enFactBase(), 'northgate.factbase.json', EN_ARTICLE)], { scope: 'all' }), RULES);
const ar = findingLines(createChecker([loadTestFactBase(arFactBase(), 'shamal.factbase.json', AR_ARTICLE)], { scope: 'all' }), RULES);

/** A finding line flags the expected text or a part of it (the scorer matches overlapping spans). */
function flags(line: string, expected: string): boolean {
  const flagged = line.replace(/^[a-z-]+: /, '').replace(/ → .*$/, '');
  return flagged.length > 0 && expected.includes(flagged);
}

const WRONG: readonly [(draft: string) => string[], string, string][] = [
  [en, 'Jonas Pike, head of the Textile Workers Federation, said the strike was over.', 'Textile Workers Federation'],
  [en, 'Textile Workers Federation head Jonas Pike said the strike was over.', 'Textile Workers Federation'],
  [ar, 'وقال جمال عيسى، رئيس اتحاد عمال النسيج، إن الإضراب انتهى.', 'اتحاد عمال النسيج'],
  [ar, 'وقال رئيس اتحاد عمال النسيج جمال عيسى إن الإضراب انتهى.', 'اتحاد عمال النسيج'],
];

const CLEAN: readonly [(draft: string) => string[], string][] = [
  [en, 'Jonas Pike, a member of the Textile Workers Federation, said the strike was over.'],
  [en, "Jonas Pike, head of the Northgate Mill workers' committee, said the strike was over."],
  [en, 'Ruth Hale, head of the Textile Workers Federation, said other mills would follow.'],
  [en, 'Labour councillor Dan Mercer, who chairs the planning committee, welcomed the deal.'],
  [en, 'Dan Mercer, chair of the council\'s planning committee, welcomed the deal.'],
  [ar, 'وقال جمال عيسى، عضو اتحاد عمال النسيج، إن الإضراب انتهى.'],
  [ar, 'وقال جمال عيسى، رئيس لجنة عمال مصنع الشمال، إن الإضراب انتهى.'],
  [ar, 'وقالت سعاد نور، رئيسة اتحاد عمال النسيج، إن مصانع أخرى ستتبع.'],
];

test('a leader\'s title with a body the person only belongs to is flagged', () => {
  const missed = WRONG.filter(([check, draft, flagged]) => !check(draft).some((line) => flags(line, flagged)));
  assert.deepEqual(missed.map(([check, draft]) => `${draft} ⇒ ${check(draft).join(' | ')}`), []);
});

test('membership said as membership, the own body and the body\'s own leader stay unflagged', () => {
  const flagged = CLEAN.filter(([check, draft]) => check(draft).length > 0);
  assert.deepEqual(flagged.map(([check, draft]) => `${draft} ⇒ ${check(draft).join(' | ')}`), []);
});
