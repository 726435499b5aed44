/**
 * Drawing: a year after since in a comparison («وهي الأولى منذ حل البرلمان السابق عام 2024», the
 * first since the previous parliament was dissolved in 2024) dates the last time of something else,
 * not the event the sentence tells. Invented KUNA story (Kuwait's National Assembly holds two
 * sessions on Tuesday 10 March 2026 and approves the state budget), checked with its drawn fact base, written before the
 * change: no event is drawn with that year; a year given to an event itself (the last budget in
 * 2023) is still drawn and compared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

const ARTICLE = `الكويت: مجلس الأمة يعقد جلستين ويقر ميزانية الدولة

الكويت، الأربعاء 11 مارس 2026 (كونا) - عقد مجلس الأمة الكويتي يوم الثلاثاء جلستين، الأولى في التاسعة صباحا لمناقشة الميزانية، والثانية في الرابعة عصرا صوّت فيها على إقرارها، بحسب رئيس المجلس أحمد السعدون.

وأقر المجلس الميزانية بأغلبية 38 صوتا، وهي الأولى منذ حل البرلمان السابق عام 2024.

وقال وزير المالية أنور المضف إن الحكومة ستطرح سندات بقيمة ملياري دينار في النصف الأول من العام المقبل.

وكان المجلس قد أقر آخر ميزانية في عام 2023.
`;

/** The years of the events drawn from an article. */
function drawnYears(article: string): (number | undefined)[] {
  const factBase = drawFactBase(article, {}).factBase as unknown as { events: { date?: { year?: number } }[] };
  return factBase.events.map((event) => event.date?.year);
}

function findingsOf(drafts: string[]): string[][] {
  const checker = drawnChecker(ARTICLE);
  return drafts.map((draft) => checker.check(draft).findings.filter((f) => f.ruleId === 'event-date').map((f) => draft.slice(f.range.start, f.range.end)));
}

test('a year after since in a comparison is not drawn as the date of the sentence\'s event', () => {
  // Before the change the approval sentence was drawn as an event of 2024 triggered by «أقر».
  const years = drawnYears(ARTICLE);
  assert.ok(!years.includes(2024), JSON.stringify(years));
  const english = 'Kuwait approves budget\n\nKUWAIT CITY, March 11 (KUNA) - Kuwait\'s parliament approved the state budget by 38 votes on Tuesday, the biggest majority since the 2019 budget.\n';
  assert.ok(!drawnYears(english).includes(2019));
});

test('a year given to the event itself is still drawn and compared', () => {
  assert.deepEqual(findingsOf(['وكان المجلس قد أقر آخر ميزانية في عام 2022.']), [['2022']]);
});
