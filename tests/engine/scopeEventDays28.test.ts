/**
 * Story detection by event days: a day and month the story dates an event on counts as a name
 * specific to it, so that a short draft naming one of its people and the day of its vote is tied.
 * A story often dates several events on one day (a council's vote, an amendment defeated and a
 * walkout, all on the day of the budget meeting), and a draft of another story that gives that
 * date once must not find each of them: one day is one piece of evidence. The probes are an
 * invented story (a ferry fare vote in Inverness) whose fact base dates three events on
 * Thursday 14 January 2027, and drafts of other stories of the same week and city, in both
 * languages; a draft of the story naming one of its people on that day must still be tied.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, parseFactBase, type FactBaseData } from '../../engine/src/index';

const ARTICLE = `Inverness council backs 12% ferry fare rise

INVERNESS, Thursday 14 January 2027 - Highland councillors voted by 41 to 27 on Thursday to raise the fare of the Corran crossing by 12 per cent from 1 April. An amendment to freeze fares was defeated earlier in the day, and two independent councillors walked out before the vote.

Council leader Tessa Bain said the service had lost £3.7 million last year.
`;

/** An event of the story on 14 January 2027, cited from the article. */
function event(id: string, name: string, evidence: string): NonNullable<FactBaseData['events']>[number] {
  const start = ARTICLE.indexOf(evidence);
  assert.ok(start >= 0, evidence);
  return { id, names: { en: [name] }, date: { year: 2027, month: 1, day: 14 }, evidence: [{ start, end: start + evidence.length, text: evidence }] } as NonNullable<FactBaseData['events']>[number];
}

/**
 * Why the traps are not passed yet. Counting a day once (tried on 7 December 2026) passed them but
 * lowered the drawn fact bases' figures on two held-out Arabic stories (recall by 0.02): probably
 * their own drafts were tied by a day of several drawn events with little else, as the probe below
 * of the story's own word and day is, which that change failed.
 */
const SAME_DAY = 'each event of the day counts as a name of its own; counting the day once untied drafts of the story itself';

function ferryStory(): FactBaseData {
  const bain = 'Council leader Tessa Bain';
  const base = {
    id: 'ferry-fares',
    title: 'Inverness council backs 12% ferry fare rise',
    scope: { anchors: ['Corran'] },
    source: { file: 'ferry.en.txt', lang: 'en' },
    people: [{ id: 'bain', names: { en: ['Tessa Bain'] }, short: { en: ['Bain'] }, evidence: [{ start: ARTICLE.indexOf(bain), end: ARTICLE.indexOf(bain) + bain.length, text: bain }] }],
    events: [
      event('vote', 'the vote on the fare rise', 'voted by 41 to 27 on Thursday'),
      event('amendment', 'the defeat of the freeze amendment', 'An amendment to freeze fares was defeated earlier in the day'),
      event('walkout', 'the walkout of two councillors', 'two independent councillors walked out before the vote'),
    ],
  };
  const parsed = parseFactBase(JSON.stringify(base), 'ferry.json', ARTICLE);
  assert.deepEqual(parsed.problems, []);
  return parsed.factBase!;
}

function tied(draft: string): boolean {
  return createChecker([ferryStory()]).storyOf(draft, { format: 'markdown' }).factBases.includes('ferry-fares');
}

describe('one day of several events is one piece of evidence', () => {
  const OTHER: [string, string][] = [
    ['an English draft of another story on the same day and in the same city', 'Schools across Inverness closed on Thursday 14 January 2027 after heavy snow, the council said.'],
    ['an Arabic draft of another story on the same day', 'أغلقت المدارس في إنفرنيس أبوابها يوم الخميس 14 يناير 2027 بسبب الثلوج الكثيفة، بحسب المجلس.'],
    ['a draft of another story giving the day twice', 'The storm reached Inverness on 14 January. By the evening of 14 January 2027, 300 homes had lost power.'],
  ];
  for (const [name, draft] of OTHER) test(`not tied: ${name}`, { todo: SAME_DAY }, () => assert.ok(!tied(draft)));
  test('tied: its own word and the day of its events', () => assert.ok(tied('Councillors approved the rise in Corran ferry fares on 14 January 2027.')));
  test('tied: one of its people on the day of its vote', () => assert.ok(tied('Tessa Bain said after the vote on 14 January 2027 that fares would rise from April.')));
  test('tied: one of its people on the day of its vote, in Arabic', () => assert.ok(tied('قالت تيسا بين بعد التصويت في 14 يناير 2027 إن الأجرة سترتفع في أبريل.')));
});
