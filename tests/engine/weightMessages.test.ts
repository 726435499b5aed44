/**
 * A finding's message writes a weight as the draft's language writes it: «5 ملايين طن» and "1.2
 * million tonnes", not the raw figure (5000000 طن, 1,200,000 t). Articles and drafts invented
 * for the test (a drought in Morocco, a harvest in Kazakhstan).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, parseFactBase } from '../../engine/src/index';

import { drawFactBase } from '../../engine/src/draw/index';

const ARABIC = 'الجفاف في المغرب\nالرباط، 10 أبريل 2026 - قالت وزارة الفلاحة إن المغرب سيستورد نحو 5 ملايين طن من القمح هذا العام.\n';
const ENGLISH = 'Kazakh wheat exports\nASTANA, April 10, 2026 - Kazakhstan will export 1.2 million tonnes of wheat this year, the agriculture ministry said.\n';

/** The messages (in the draft's language) of the quantity findings a draft gets from the fact base drawn from `article`. */
function messages(article: string, draft: string): string[] {
  const parsed = parseFactBase(JSON.stringify(drawFactBase(article, {}).factBase), 'weights.factbase.json', article);
  assert.ok(parsed.factBase, JSON.stringify(parsed.problems));
  return createChecker([parsed.factBase], { scope: 'all' })
    .check(draft)
    .findings.filter((f) => f.ruleId === 'quantity')
    .map((f) => f.message);
}

test('an Arabic message writes millions of tonnes with the scale word', () => {
  const [message] = messages(ARABIC, 'وسيستورد المغرب نحو 8 ملايين طن من القمح هذا العام.');
  assert.ok(message?.includes('5 ملايين طن'), message);
});

test('an English message writes millions of tonnes with the scale word', () => {
  const [message] = messages(ENGLISH, 'Kazakhstan will export 2.4 million tonnes of wheat this year.');
  assert.ok(message?.includes('1.2 million tonnes'), message);
});
