/**
 * Border crossings and other venues named by a noun of two words, probed by helper places28 before
 * the change that reads them. A draft that moves a convoy to another border crossing ("through the
 * Tel Warda border crossing", «عبر مركز حدود الغدير») names a venue no gazetteer lists, by a venue
 * noun the venue list did not hold ("crossing", «معبر») or by one of two words ("border crossing",
 * «مركز حدود»), so the article's crossing was never compared with it. Article: an invented Jordanian
 * aid convoy to Syria through an invented crossing, Wadi Shams (`places/convoy.article.ar.txt`).
 * Traps: the article's own crossing in either language or by its other noun, a crossing in a
 * sentence that restates nothing of the article, a crossing named inside a quote that restates
 * nothing, and a crossing described rather than named («مركز حدودي», "a border crossing").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeChecker } from './placeFixtures';

/** The place findings of a draft against the convoy story's editor fact base, as the text each flags. */
function flagged(draft: string): string[] {
  return placeChecker('convoy')
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place' || finding.ruleId === 'place-containment')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
}

interface CrossingProbe {
  sentence: string;
  /** The words the finding must flag; none for a true restatement or a trap. */
  flagged?: string;
  todo?: string;
}

const PROBES: CrossingProbe[] = [
  // The convoy moved to another crossing, by each noun, in both languages.
  { sentence: 'وستعبر قافلة من 64 شاحنة إلى سوريا عبر مركز حدود الغدير صباح الخميس.', flagged: 'مركز حدود الغدير' },
  { sentence: 'وستعبر قافلة من 64 شاحنة إلى سوريا عبر معبر الغدير صباح الخميس.', flagged: 'معبر الغدير' },
  { sentence: 'A convoy of 64 lorries will cross into Syria through the Tel Warda border crossing on Thursday.', flagged: 'Tel Warda border crossing' },
  { sentence: 'A convoy of 64 lorries will cross into Syria through the Tel Warda crossing on Thursday.', flagged: 'Tel Warda crossing' },
  // The article's own crossing, in either language and by its other noun.
  { sentence: 'وستعبر قافلة من 64 شاحنة إلى سوريا عبر مركز حدود وادي الشمس صباح الخميس.' },
  { sentence: 'وستعبر قافلة من 64 شاحنة إلى سوريا عبر معبر وادي الشمس صباح الخميس.' },
  { sentence: 'A convoy of 64 lorries will cross into Syria through the Wadi Shams border crossing on Thursday.' },
  { sentence: 'A convoy of 64 lorries will cross into Syria through the Wadi Shams crossing on Thursday.' },
  // A crossing described, not named.
  { sentence: 'وستعبر قافلة من 64 شاحنة إلى سوريا عبر مركز حدودي صباح الخميس.' },
  { sentence: 'A convoy of 64 lorries will cross into Syria through a border crossing on Thursday.' },
  // A crossing in a sentence or a quote that restates nothing of the article.
  { sentence: 'The Tel Warda crossing has been closed to traffic since 2019.' },
  { sentence: 'وقال سائق: «أغلق معبر الغدير أبوابه منذ سنوات».' },
];

for (const { sentence, flagged: words, todo } of PROBES) {
  test(`${words ? `flags ${words}` : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(flagged(sentence), words ? [words] : []);
  });
}

test('the convoy article checks clean against its own fact base', async () => {
  const { placeArticle } = await import('./placeFixtures');
  assert.deepEqual(placeChecker('convoy').check(placeArticle('convoy')).findings.map((finding) => finding.ruleId), []);
});
