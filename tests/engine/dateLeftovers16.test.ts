/**
 * Gaps found by checking drafts of an invented Reuters story (Cyclone Fredo's landfall near Beira,
 * Mozambique, dated Thursday 12 March 2026) against its drawn fact base: todo probes for a later
 * session, written from the article and drafts alone. A statement's wrong weekday (said on
 * Wednesday for Tuesday), two timed events of one day (a cabinet meeting at 9am, a news conference
 * at 4pm) compared each with its own time, a regional office's town (the WHO's regional office in
 * Brazzaville) given to another of the body's offices, and a half-year («the second half of 2027»)
 * given as the other half. Traps: the true restatements stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { drawnChecker } from './helpers';

const ARTICLE = `Cyclone Fredo makes landfall in central Mozambique, killing at least 14

MAPUTO, Thursday 12 March 2026 (Reuters) - Tropical Cyclone Fredo made landfall near the port city of Beira in central Mozambique at about 2am on Wednesday, killing at least 14 people, the National Institute for Disaster Management (INGD) said on Thursday.

President Daniel Chapo will visit Beira on Friday, his office said. The cabinet will hold an emergency meeting at 9am on Friday in Maputo, followed by a news conference at 4pm.

The WHO regional office for Africa, based in Brazzaville, said it had sent 12 tonnes of medical supplies on Thursday.

The government plans to finish rebuilding Beira's sea wall in the second half of 2027.
`;

/** The findings (rule: words) each draft gets from the fact base drawn from the article. */
function findingsOf(drafts: string[]): string[][] {
  const checker = drawnChecker(ARTICLE);
  return drafts.map((draft) => checker.check(draft).findings.map((f) => `${f.ruleId}: ${draft.slice(f.range.start, f.range.end)}`));
}

test("a statement's wrong weekday is flagged against the article's dated statement", () => {
  assert.deepEqual(findingsOf(['The disaster management institute said on Friday that Cyclone Fredo killed at least 14 people.']), [['event-date: Friday']]);
  assert.deepEqual(findingsOf(['The disaster management institute said on Thursday that Cyclone Fredo killed at least 14 people.']), [[]]);
});

test('two timed events of one day are compared each with its own time', { todo: 'drawing gives the news conference no event of its own' }, () => {
  assert.deepEqual(findingsOf(['The cabinet will meet at 4pm on Friday in Maputo, followed by a news conference at 9am.']), [['event-date: 4pm', 'event-date: 9am']]);
  assert.deepEqual(findingsOf(['The cabinet will meet at 9am on Friday in Maputo, followed by a news conference at 4pm.']), [[]]);
});

test("a regional office's town is not given to another of the body's offices", { todo: 'the office in Brazzaville is no event place of the sending' }, () => {
  assert.deepEqual(findingsOf(['The WHO regional office in Nairobi sent 12 tonnes of medical supplies on Thursday.']), [['event-place: Nairobi']]);
  assert.deepEqual(findingsOf(['The WHO regional office in Brazzaville sent 12 tonnes of medical supplies on Thursday.']), [[]]);
});

test('a half-year is drawn and compared with the draft\'s half', { todo: 'drawing quarters and halves dropped after the regression guard (ar-water drawn recall 0.32 to 0.29)' }, () => {
  assert.deepEqual(findingsOf(["The government plans to finish rebuilding Beira's sea wall in the first half of 2027."]), [['event-date: first']]);
  assert.deepEqual(findingsOf(["The government plans to finish rebuilding Beira's sea wall in the second half of 2027."]), [[]]);
});
