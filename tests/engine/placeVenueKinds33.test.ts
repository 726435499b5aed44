/**
 * Probes of an event moved to a venue of another kind, written by helper places (session 33)
 * before its change. The venue rule (`rules/places/venues.ts`) compared a venue the fact base does
 * not know only with an article venue of the same noun (a hospital for a hospital), so a news
 * conference moved from the governorate's seat to a hotel or a hall, or from a port authority's
 * headquarters to a cultural centre, went unflagged; nor did it read an Arabic venue named by a
 * chain of nouns whose first is indefinite («قاعة بلدية صفاقس», a hall of Sfax's town council).
 * The invented stories are the place fixtures: a measles campaign announced at a news conference at
 * the governorate's seat in Sfax (Arabic) and a desalination deal signed at a hotel in Aqaba, with
 * the minister's news conference at the port authority's headquarters (English; the article's
 * headquarters is no place mention, so the English probes move the signing from the hotel). Traps: the
 * article's venue; a sentence that names the article's venue beside another venue; a venue that
 * hangs on another word than the article's (a visit, a talk to students); a venue of a sentence
 * the article gives no venue.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeChecker } from './placeFixtures';

/** The `event-place` findings of a sentence as `flagged text → fix`. */
function flagged(story: 'measles' | 'desalination', sentence: string): string[] {
  return placeChecker(story)
    .check(sentence)
    .findings.filter((finding) => finding.ruleId === 'event-place')
    .map((finding) => `${sentence.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

const PROBES: { story: 'measles' | 'desalination'; sentence: string; found: string[] }[] = [
  // A venue of another noun, in the article sentence's slot, in both languages.
  { story: 'measles', sentence: 'وقالت الجندوبي في ندوة صحفية عقدتها بفندق الموحدين إن الحملة ستستمر ستة أسابيع.', found: ['فندق الموحدين → مقر الولاية'] },
  { story: 'measles', sentence: 'وقالت الجندوبي في ندوة صحفية عقدتها بقاعة بلدية صفاقس إن الحملة ستستمر ستة أسابيع.', found: ['قاعة بلدية صفاقس → مقر الولاية'] },
  { story: 'desalination', sentence: 'Prime Minister Omar Rifai attended the signing ceremony, which was held at the Royal Cultural Centre.', found: ['Royal Cultural Centre → Movenpick hotel'] },
  { story: 'desalination', sentence: 'The signing ceremony was held at the Royal Cultural Centre in Aqaba.', found: ['Royal Cultural Centre → Movenpick hotel'] },
  // The article's venue, alone or beside another venue.
  { story: 'measles', sentence: 'وقالت الجندوبي في ندوة صحفية عقدتها بمقر الولاية في صفاقس إن الحملة ستستمر ستة أسابيع.', found: [] },
  { story: 'measles', sentence: 'وقالت الجندوبي، بعد زيارة مستشفى الهادي شاكر، في ندوة صحفية عقدتها بمقر الولاية إن الحملة ستستمر ستة أسابيع.', found: [] },
  { story: 'desalination', sentence: 'Water Minister Sami Haddadin told a news conference at the Aqaba port authority\'s headquarters that construction would start next year.', found: [] },
  // A venue that hangs on another word than the article's venue, and one where the article gives none.
  { story: 'measles', sentence: 'وزارت الجندوبي مستشفى الهادي شاكر في صفاقس قبل أن تعلن أن الحملة ستستمر ستة أسابيع.', found: [] },
  { story: 'desalination', sentence: 'Haddadin, speaking to students at the Royal Cultural Centre, said construction would start next year.', found: [] },
  { story: 'desalination', sentence: 'On Monday, protesters gathered outside the Royal Cultural Centre in Irbid to demand lower water bills, police said.', found: [] },
];

for (const { story, sentence, found } of PROBES) {
  test(`${story}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    assert.deepEqual(flagged(story, sentence), found);
  });
}
