/**
 * Days said ahead of the draft's own date: tomorrow, the day after tomorrow («غداً», «بعد غد»),
 * given to an event the article dates to a day still to come. The story is invented (a town
 * council's budget vote in Marrowby); the article is of Thursday 17 December 2026 and the drafts
 * are dated Friday 18 December, so the vote of Monday 21 December is not tomorrow.
 *
 * Must be flagged: the vote given tomorrow or the day after tomorrow, in
 * both languages, fixed with the relative day or the weekday that names the vote's. Traps: the vote on its right day in each form, from a draft dated the day
 * before it; tomorrow in a possessive or in a set phrase (the town of tomorrow, «بغدٍ أفضل»), the
 * verb «غدا» (became), a day ahead inside a quotation (said on a day the draft does not give),
 * and a day ahead of another thing than the vote.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Marrowby council to vote on budget',
  'MARROWBY, Thursday 17 December 2026 - Marrowby town council approved a flood defence plan on Wednesday and will vote on its 2027 budget on Monday 21 December.',
  'The mayor, Ruth Callan, said the budget would raise council tax by 3 per cent.',
].join('\n\n');

const cite = citer(ARTICLE);

function council(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'marrowby-budget',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-12-17' },
    places: [{ id: 'marrowby', names: { en: ['Marrowby'], ar: ['ماروبي'] }, kind: 'city', evidence: cite('Marrowby') }],
    organisations: [{ id: 'council', names: { en: ['Marrowby town council'], ar: ['مجلس بلدة ماروبي', 'مجلس ماروبي'] }, kind: 'government', evidence: cite('Marrowby town council') }],
    events: [
      {
        id: 'flood-plan',
        names: { en: ['the approval of the flood defence plan'], ar: ['إقرار خطة الحماية من الفيضانات'] },
        triggers: { en: ['approved', 'flood defence plan'], ar: ['أقر', 'خطة الحماية'] },
        date: { year: 2026, month: 12, day: 16, weekday: 'wed', relative: 'on Wednesday' },
        place: 'marrowby',
        participants: ['council'],
        evidence: cite('approved a flood defence plan on Wednesday'),
      },
      {
        id: 'budget-vote',
        names: { en: ['the budget vote'], ar: ['التصويت على الميزانية'] },
        triggers: { en: ['vote', 'budget'], ar: ['التصويت', 'سيصوت', 'يصوت', 'الميزانية'] },
        date: { year: 2026, month: 12, day: 21, weekday: 'mon', relative: 'on Monday 21 December' },
        place: 'marrowby',
        participants: ['council'],
        evidence: cite('will vote on its 2027 budget on Monday 21 December'),
      },
    ],
  };
  return loadTestFactBase(data, 'marrowby-budget.factbase.json', ARTICLE);
}

const checker = createChecker([council()], { scope: 'all' });
const check = (body: string, date = '2026-12-18') => {
  const draft = `---\ndate: ${date}\n---\n\n${body}\n`;
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => ({ text: draft.slice(finding.range.start, finding.range.end), fix: finding.fixes?.[0]?.edits[0]?.text }));
};
const flagged = (body: string, date?: string) => check(body, date).map((finding) => finding.text);

test('tomorrow and the day after it, given to the vote of Monday, are flagged and fixed', () => {
  assert.deepEqual(check('Marrowby town council will vote on its budget tomorrow.', '2026-12-19'), [{ text: 'tomorrow', fix: 'the day after tomorrow' }]);
  assert.deepEqual(check('ويصوت مجلس بلدة ماروبي على الميزانية غداً.', '2026-12-18'), [{ text: 'غداً', fix: 'الاثنين' }]);
  assert.deepEqual(flagged('Marrowby town council will vote on its budget tomorrow.'), ['tomorrow']);
  assert.deepEqual(flagged('Marrowby town council will vote on the budget the day after tomorrow.'), ['the day after tomorrow']);
  assert.deepEqual(flagged('ويصوت مجلس بلدة ماروبي على الميزانية غداً.'), ['غداً']);
  assert.deepEqual(flagged('ويصوت مجلس بلدة ماروبي على الميزانية بعد غد.'), ['بعد غد']);
});

test('traps: the vote on its right day', () => {
  assert.deepEqual(flagged('Marrowby town council will vote on its budget on Monday.'), []);
  assert.deepEqual(flagged('Marrowby town council will vote on its budget next Monday.'), []);
  assert.deepEqual(flagged('ويصوت مجلس بلدة ماروبي على الميزانية يوم الاثنين المقبل.'), []);
  assert.deepEqual(flagged('Marrowby town council will vote on its budget tomorrow.', '2026-12-20'), []);
  assert.deepEqual(flagged('ويصوت مجلس بلدة ماروبي على الميزانية غداً.', '2026-12-20'), []);
  assert.deepEqual(flagged('ويصوت مجلس بلدة ماروبي على الميزانية بعد غد.', '2026-12-19'), []);
});

test('traps: tomorrow of a possessive, of a set phrase, or of another thing', () => {
  assert.deepEqual(flagged("Marrowby town council approved the flood defence plan ahead of tomorrow's meeting."), []);
  assert.deepEqual(flagged('The mayor said the budget vote was about the Marrowby of tomorrow.'), []);
  assert.deepEqual(flagged('وقالت رئيسة البلدية إن الميزانية تعد سكان ماروبي بغدٍ أفضل.'), []);
  assert.deepEqual(flagged('Marrowby town council will vote on its budget on Monday, and residents will protest tomorrow.'), []);
  assert.deepEqual(flagged('Marrowby town council approved the flood defence plan on Wednesday. The mayor will meet residents tomorrow.'), []);
  assert.deepEqual(flagged('وقالت رئيسة البلدية روث كالان إنها ستلتقي السكان غداً.'), []);
  assert.deepEqual(flagged('The mayor, Ruth Callan, said: "The council will vote on the budget tomorrow."'), []);
  assert.deepEqual(flagged('وقالت رئيسة البلدية: «يصوت مجلس بلدة ماروبي على الميزانية غداً».'), []);
  assert.deepEqual(flagged('غدا المشروع رمزاً لمجلس بلدة ماروبي الذي أقر خطة الحماية يوم الأربعاء.'), []);
});

test('traps: a day ahead never names an event already past at the draft\'s date (found at the held-out guard of session 33; sentences invented)', () => {
  assert.deepEqual(flagged('The budget Marrowby town council voted on goes to a public meeting tomorrow.', '2026-12-23'), []);
  assert.deepEqual(flagged('وتُعرض الميزانية التي صوّت عليها مجلس بلدة ماروبي على السكان غداً.', '2026-12-23'), []);
  assert.deepEqual(flagged('Marrowby town council voted on its budget, and residents will discuss it the day after tomorrow.', '2026-12-22'), []);
});
