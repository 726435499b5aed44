/**
 * People a fact base names in English only whose names have few consonants (Dina Cole, Amina
 * Ross, Omar Reid: four between the two words), found by their Arabic spelling in an Arabic draft
 * so that their ties and titles are compared; words of Arabic prose that happen to share those
 * consonants (a word with the article, a function word) are no one. Invented story and sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Harbridge council sets its budget',
  'HARBRIDGE, Thursday 5 November 2026 - Harbridge Council approved its budget on Wednesday.',
  'The council leader, Dina Cole, of Labour, said no library would close.',
  'Omar Reid, a Conservative councillor, voted against the budget.',
  'The health minister, Amina Ross, a Labour MP, visited the town on Tuesday.',
].join('\n');

function factBase(): object {
  const cite = citer(ARTICLE);
  return {
    schemaVersion: 2,
    id: 'harbridge-budget',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-11-05' },
    people: [
      { id: 'cole', names: { en: ['Dina Cole'] }, short: { en: ['Cole'] }, gender: 'f', transliterated: 'ar', evidence: cite('Dina Cole') },
      { id: 'reid', names: { en: ['Omar Reid'] }, short: { en: ['Reid'] }, gender: 'm', transliterated: 'ar', evidence: cite('Omar Reid') },
      { id: 'ross', names: { en: ['Amina Ross'] }, short: { en: ['Ross'] }, gender: 'f', transliterated: 'ar', evidence: cite('Amina Ross') },
    ],
    organisations: [
      { id: 'council', kind: 'council', names: { en: ['Harbridge Council'] }, evidence: cite('Harbridge Council') },
      { id: 'labour', kind: 'party', names: { en: ['Labour', 'Labour Party'] }, evidence: cite('Labour') },
      { id: 'tories', kind: 'party', names: { en: ['Conservatives', 'Conservative Party'] }, evidence: cite('Conservative') },
      { id: 'health', kind: 'ministry', names: { en: ['Department of Health'] }, evidence: cite('health minister') },
    ],
    posts: [
      { id: 'cole-leader', holder: 'cole', role: 'leader', organisation: 'council', title: { en: ['council leader', 'leader of the council'] }, evidence: cite('The council leader, Dina Cole') },
      { id: 'reid-cllr', holder: 'reid', role: 'member', organisation: 'council', title: { en: ['councillor'] }, evidence: cite('Conservative councillor') },
      { id: 'ross-minister', holder: 'ross', role: 'minister', organisation: 'health', title: { en: ['health minister', 'minister of health'] }, evidence: cite('The health minister, Amina Ross') },
      { id: 'ross-mp', holder: 'ross', role: 'member', organisation: 'labour', title: { en: ['Labour MP', 'MP'] }, evidence: cite('Amina Ross, a Labour MP') },
    ],
    affiliations: [
      { id: 'cole-labour', member: 'cole', organisation: 'labour', relation: 'member-of', evidence: cite('Dina Cole, of Labour') },
      { id: 'reid-tories', member: 'reid', organisation: 'tories', relation: 'member-of', evidence: cite('Conservative councillor') },
      { id: 'ross-labour', member: 'ross', organisation: 'labour', relation: 'member-of', evidence: cite('Amina Ross, a Labour MP') },
    ],
  };
}

const findings = findingLines(createChecker([loadTestFactBase(factBase(), 'harbridge.factbase.json', ARTICLE)], { scope: 'all' }), ['affiliation', 'post-holder']);

/** Arabic drafts with a wrong tie or title of a person named in Arabic letters, and the text flagged. */
const WRONG: readonly [string, string][] = [
  ['وقالت دينا كول، من حزب المحافظين، إن أي مكتبة لن تغلق.', 'حزب المحافظين'],
  ['وقالت وزيرة الصحة أمينة روس، النائبة عن حزب المحافظين، إن الحكومة سترد.', 'حزب المحافظين'],
  ['وقال عمر ريد، عضو حزب العمال، إنه صوت ضد الميزانية.', 'حزب العمال'],
  ['وزارت وزيرة التعليم أمينة روس البلدة يوم الثلاثاء.', 'وزيرة التعليم'],
];

/** True restatements, and Arabic prose whose words share the consonants of a name without being one. */
const CLEAN: readonly string[] = [
  'وقالت دينا كول، من حزب العمال، إن أي مكتبة لن تغلق.',
  'وقالت وزيرة الصحة أمينة روس، النائبة عن حزب العمال، إن الحكومة سترد.',
  'وقال عمر ريد، عضو حزب المحافظين، إنه صوت ضد الميزانية.',
  'وقال وزير التعليم إن الدين كله، من حزب المحافظين وغيرهم، يجب أن يسدد.',
  'وقال وزير التعليم إن من رأس، من حزب العمال، لا يعرف الميزانية.',
];

/** A finding line flags the expected text or a part of it (the scorer matches overlapping spans). */
function flags(line: string, expected: string): boolean {
  const flagged = line.replace(/^[a-z-]+: /, '').replace(/ → .*$/, '');
  return flagged.length > 0 && expected.includes(flagged);
}

test('a short English-only name written in Arabic is its person: wrong ties and titles are flagged', () => {
  const missed = WRONG.filter(([draft, flagged]) => !findings(draft).some((line) => flags(line, flagged)));
  assert.deepEqual(missed.map(([draft]) => `${draft} ⇒ ${findings(draft).join(' | ')}`), []);
});

test('true restatements and Arabic words sharing a short name\'s consonants stay unflagged', () => {
  const flagged = CLEAN.filter((draft) => findings(draft).length > 0);
  assert.deepEqual(flagged.map((draft) => `${draft} ⇒ ${findings(draft).join(' | ')}`), []);
});
