/**
 * The development stories (`tests/fixtures/dev-stories/<story>`): stories written for engineers
 * to study, each with an article, labelled drafts and a fact base an editor wrote by hand from the
 * article alone (`editor.factbase.json`). This test holds each editor's fact base valid and scores
 * `isnad check` on the drafts twice with the shared scorer: with the editor's fact base, and with a
 * fact base drawn from the article by `isnad kb draw` with no hand edits. It prints precision,
 * recall and fix accuracy, and asserts floors set at the measured figures rounded down to 0.05: a
 * ratchet that may only rise. The labels may still be corrected (see each story's README), so there
 * is no freeze manifest; a floor moved because of a corrected label says so in its commit. The
 * scoring needs `../shared` (the scorer): without it that part is skipped, except in CI.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { assertShared, sharedDir, sharedOptions } from '../shared';
import { cliPath, repoRoot, runCli, tempDir } from './helpers';

const scorer = join(sharedDir, 'eval/score.mjs');
const storiesDir = join(repoRoot, 'tests', 'fixtures', 'dev-stories');

interface Floors { precision: number; recall: number }
interface Story { name: string; article: string; editor: Floors; drawn: Floors }

/**
 * Floors: the figures measured when the stories landed, rounded down to 0.05 (ar-education: editor's
 * 0.81 / 0.53, drawn 0.80 / 0.23; en-weather: editor's 0.77 / 0.45, drawn 0.81 / 0.33), raised as
 * they rise (ar-education after Tunisia's governorates: editor's 0.83 / 0.63, drawn 0.846 / 0.33;
 * en-weather with quote speakers named on a byline or after the quote: drawn 0.82 / 0.36; at the
 * end of the session of 2026-12-03 evening, with currency families, hedged figures, date ranges and
 * the Arab gazetteer: ar-education editor's 0.96 / 0.70, drawn 0.87 / 0.40; en-weather editor's
 * 0.84 / 0.58, drawn 0.82 / 0.39; with drawn Arabic given names read by their consonants, Moncef
 * for منصف: ar-education drawn 1.00 / 0.40; with rates, places and branches of percentages:
 * ar-education drawn 1.00 / 0.53; with durations after لمدة, what lasted, ages in apposition:
 * ar-education drawn 1.00 / 0.567, en-weather drawn 0.82 / 0.485; with weekdays read against their
 * own dates' calendar: ar-education editor's 0.96 / 0.77; en-weather editor's 0.85 / 0.61; with
 * times, weekdays and parts of the day tied to their own acts (a gust's time beside the landfall's,
 * 'suspended on Monday night', 'will reopen on Friday'): en-weather editor's 1.00 / 0.76, drawn
 * 1.00 / 0.58; with Arabic forms of an English article's people, Arabic titles of its ministers and
 * English names of Arabic bodies: en-weather drawn 1.00 / 0.61). en-fire (issue 10, places, dates,
 * roles and affiliations in many constructions) measured 0.90 / 0.56 with the editor's fact base and
 * 0.83 / 0.31 drawn when it landed; with ranks, councillors' parties, days after "until" and places
 * written after their container with a comma: editor's 1.00 / 0.69; with timeline cells, days
 * joined by "and", days of restated sentences that name the event's trigger, portfolios after a
 * title's linker and compass parts: editor's 1.00 / 0.84; drawing durations after a verb of
 * closing, households and fire engines, a manager who is no coach, police and fire ranks, portfolios
 * after Minister for, and parties before a member's title: en-fire drawn 0.94 / 0.50; with the
 * organisation of a possessive before a title (Gwalia Recycling's managing director, the service's
 * chief fire officer): 0.94 / 0.53; with a word of a transliterated name found by its consonants
 * (Bejaoui for the drawn al-Bajawi): ar-education drawn 1.00 / 0.77; with cases named by what they
 * are cases of (1126 حالة غش): ar-education drawn 1.00 / 0.80; with events placed through a place
 * noun, a state declared in the passive, towns joined by "and" to a known one and areas before a
 * lower-case head (the Whitsunday region, the Llansamlet district of Swansea): en-weather drawn
 * 1.00 / 0.76, en-fire drawn 0.95 / 0.59. ar-pilgrimage (Jordan's Hajj transport plan) and en-hydropower
 * (a Tanzanian dam's inauguration), written on 2026-12-06, measured editor's 0.96 / 0.62 and drawn
 * 0.88 / 0.41, and editor's 1.00 / 0.39 and drawn 1.00 / 0.36, when they landed.
 * ar-returns (displaced families' return to Sinjar, with counts that share a noun, qualifiers and days counted from the drafts' own dates) and en-council
 * (Edinburgh's budget vote and fare rise, with vote splits, party groups and old and new prices)
 * measured 0.92 / 0.62 and 1.00 / 0.49 with the editors' fact bases, 0.81 / 0.44 and 0.85 / 0.27
 * drawn (0.846 / 0.27 for en-council, so its drawn floor is 0.80), when they landed. With the same
 * session's joined days, parts of a whole and places across the two languages: ar-education drawn
 * 1.00 / 0.87, en-weather 1.00 / 0.85 and drawn 1.00 / 0.82, en-fire 1.00 / 0.91 and drawn 1.00 / 0.81.
 * With the midday landing of 6 December (vote splits with their noun between the figures, figures
 * found across the two languages by their concept, the last of a series, staff posts, places of
 * posts, a title's range when the name is the restated sentence's, the gazetteer's Tanzanian regions
 * and Scottish council areas, drawn scope words and other Arabic spellings of foreign names):
 * ar-pilgrimage 1.00 / 0.70 and drawn 1.00 / 0.51, en-hydropower 1.00 / 0.53 and drawn 1.00 / 0.44,
 * en-council 1.00 / 0.59 and drawn 0.93 / 0.34, en-fire 1.00 / 0.94, ar-returns drawn 0.85 / 0.44
 * (its drawn floor stays 0.80: 17 of 20 is 0.85 exactly, too close to round down to).
 * With the afternoon landing of 6 December (drawn buses, applicants, areas and qaimmaqams, weekdays
 * that fix a year, changes told by their two values, measures of another unit, conversions, years
 * after a semicolon, "went home" as a return): ar-pilgrimage 1.00 / 0.73 and drawn 1.00 / 0.59,
 * ar-returns 0.93 / 0.69 and drawn 0.88 / 0.56, en-council 1.00 / 0.61 and drawn 1.00 / 0.41,
 * en-fire drawn 1.00 / 0.88, en-hydropower 1.00 / 0.61 (0.611) and drawn 1.00 / 0.47, en-weather 1.00 / 0.88
 * and drawn 1.00 / 0.85 (its drawn floor stays 0.80: 28 of 33 is 0.848).
 * With the evening landing of 6 December (a figure's qualifier said by its predicate and table
 * labels, a figure's own event on a wrong earlier weekday, places in Latin letters read in Arabic,
 * a day slipped in a pair of days across the languages, durations after a verb, days of the same
 * month, a percentage's noun of change): ar-pilgrimage 1.00 / 0.76 and drawn 1.00 / 0.62,
 * ar-returns 0.97 / 0.72 and drawn 0.88 / 0.59, en-council 1.00 / 0.63 and drawn 1.00 / 0.49,
 * en-hydropower 1.00 / 0.75 (its floor 0.70: 27 of 36 is 0.75 exactly) and drawn 1.00 / 0.64,
 * en-weather 1.00 / 0.91 and drawn 1.00 / 0.88.
 * With the night landing of 6 December (a single date across the languages, vote tables, places
 * swapped in a list, Latin-only places after a preposition, durations past a route, areas after
 * 'of'): ar-pilgrimage 1.00 / 0.81, ar-returns drawn 0.89 / 0.62, en-council 1.00 / 0.68 and drawn
 * 1.00 / 0.54, en-hydropower drawn 1.00 / 0.67. With its second round (a body inside another after a
 * preposition, parties set off after a name, a weekday before a vote's with a future verb after it):
 * ar-returns 0.97 / 0.74 and drawn 0.89 / 0.62, en-council 1.00 / 0.71 and drawn 1.00 / 0.63,
 * en-hydropower drawn 1.00 / 0.69.
 * ar-textiles (a strike at a Mahalla spinning mill suspended for a raise, with demanded and agreed
 * figures, a vote split and days counted from drafts dated a day or two later) and en-prison (an
 * inspection report on an overcrowded Durham jail, with a range of days, counts that share nouns,
 * ages and posts of several bodies), written by an outside writer on 2026-12-06 (23:35-23:40 UTC),
 * measured 1.00 / 0.68 (25 of 37) and 1.00 / 0.54 (20 of 37) with the editors' fact bases, 0.89 / 0.43
 * and 1.00 / 0.41 (15 of 37, 0.405) drawn, when they landed.
 * With the landing of 7 December, early morning (a table row's date past its figures, days of the
 * same month, ranges of weekdays after a label, border crossings and places of origin, durations
 * without their noun, a scale word the article's figure outgrows, short English names found in
 * Arabic drafts, drawn ranks of a series and parts of those counted): ar-education 1.00 / 0.97 and
 * drawn 1.00 / 0.90 (its drawn floor stays 0.85: 27 of 30 is 0.90 exactly), ar-pilgrimage
 * 1.00 / 0.86 and drawn 1.00 / 0.65, ar-returns 0.97 / 0.77 and drawn 0.96 / 0.62, en-council
 * 1.00 / 0.76, en-prison 1.00 / 0.57 and drawn 1.00 / 0.43, en-weather 1.00 / 0.94.
 * ar-railway (Morocco's high-speed line extended from Kenitra to Marrakech) and en-ambulance (an
 * independent review of ambulance waits in Wales), written by an outside writer on 2026-12-07
 * (03:15-03:22 UTC), measured 1.00 / 0.57 (21 of 37) and 1.00 / 0.41 (16 of 39) with the editors'
 * fact bases, 0.62 / 0.22 and 0.75 / 0.31 drawn, at main 1cd4049. With the landing of 7 December,
 * morning (two scales joined by و, eleven in words, estimates' objects, deadlines said with part of
 * a month, arrivals after a duration, attested Latin spellings of Arab names, posts named by a bare
 * noun, the sums worked out from the article only with the fact's own figure, a year of the
 * article's day and month): ar-railway drawn 0.73 / 0.22 (8 of 11; its drawn precision floor 0.70),
 * en-ambulance drawn 0.75 / 0.31 (12 of 16, 0.75 exactly, so its floor is 0.70), ar-returns
 * 0.97 / 0.79 and drawn 0.96 / 0.64, ar-textiles drawn 1.00 / 0.49, en-prison 1.00 / 0.59.
 * ar-housing (Jordan's 6,400 low-income flats) and en-measles (a measles outbreak in Birmingham),
 * written by an outside writer (helper dev30) on 2026-12-07, floors 0 / 0 until the session that
 * lands them sets them. ar-cement (Iraq reopens the Kubaisa cement plant) and en-whales (a pilot
 * whale mass stranding in Tasmania), written by an outside writer (helper dev31) on 2026-12-07,
 * first measured 0.96 / 0.70 and 0.85 / 0.62 (drawn 0.76 / 0.35 and 0.79 / 0.30) at main 25b28a8c.
 * With the landing of 7 December, midday (session 31): ar-cement 1.00 / 0.70 and drawn 0.93 / 0.38,
 * en-whales 0.96 / 0.65 and drawn 1.00 / 0.30, ar-housing 1.00 / 0.73 and drawn 1.00 / 0.38,
 * en-measles 1.00 / 0.67 and drawn 1.00 / 0.46, ar-railway 1.00 / 0.62 and drawn 1.00 / 0.41,
 * en-ambulance 1.00 / 0.56 and drawn 1.00 / 0.41, en-prison 1.00 / 0.62 and drawn 1.00 / 0.54.
 * ar-olives (Tunisia's olive oil export season) and en-drought (a water emergency in Nelson
 * Mandela Bay), written by an outside writer (helper dev32) on 2026-12-07, first measured
 * 0.93 / 0.63 and 1.00 / 0.58 (drawn 1.00 / 0.39 and 1.00 / 0.32) at main bdef3dbd. With the
 * landing of 7 December, afternoon (session 32): ar-cement 1.00 / 0.76 and drawn 1.00 / 0.46,
 * en-whales 1.00 / 0.70 and drawn 1.00 / 0.35, ar-olives 0.93 / 0.68 and drawn 1.00 / 0.39,
 * en-drought 1.00 / 0.58 and drawn 0.92 / 0.32 (a drawn mayor's title with "executive" and the
 * city after it is read as another post since a head the post's own titles write names it),
 * en-ambulance 1.00 / 0.72 and drawn 1.00 / 0.46, en-measles 1.00 / 0.72 and drawn 1.00 / 0.49,
 * en-council 1.00 / 0.80 and drawn 1.00 / 0.68, ar-housing 1.00 / 0.78, ar-returns drawn 1.00 / 0.64.
 * ar-hospital (Morocco's first southern university hospital, in Guelmim) and en-airport (Cork
 * Airport's terminal extension), written by an outside writer (helper dev33) on 2026-12-07, first
 * measured 0.97 / 0.86 and 0.96 / 0.70 (drawn 0.81 / 0.46 and 0.93 / 0.38) at main 10f0a762. With
 * the landing of 7 December, evening (session 33): ar-hospital drawn 0.88 / 0.57, ar-cement
 * 1.00 / 0.81 and drawn 1.00 / 0.51, ar-housing drawn 1.00 / 0.49, ar-olives 1.00 / 0.74 and drawn
 * 1.00 / 0.53, ar-railway 1.00 / 0.65 and drawn 1.00 / 0.49, ar-textiles 1.00 / 0.76 and drawn
 * 1.00 / 0.57, en-ambulance 1.00 / 0.74 and drawn 1.00 / 0.54, en-drought 1.00 / 0.76 and drawn
 * 1.00 / 0.37 (the executive mayor's title is read whole), en-prison drawn 1.00 / 0.57, en-whales
 * 1.00 / 0.73 and drawn 1.00 / 0.43.
 * ar-marathon (the Amman International Marathon) and en-tunnel (the Rest and Be Thankful road
 * tunnel on the A83), written by an outside writer (helper dev34) on 2026-12-07, first measured
 * 0.97 / 0.81 and 0.94 / 0.78 (drawn 0.95 / 0.49 and 0.62 / 0.35) at main 3aa38ea4.
 * ar-literacy (Morocco's national literacy programme) and en-cycling (the first Tour of the Cape),
 * written by an outside writer (helper dev35) on 2026-12-07, first measured 0.94 / 0.86 and
 * 1.00 / 0.68 (drawn 1.00 / 0.41 and 0.83 / 0.27) at main 6d2e5316; with the landing of the night
 * of 7–8 December (session 35): ar-literacy 1.00 / 0.92, en-cycling drawn 0.87 / 0.35.
 */
const STORIES: Story[] = [
  { name: 'ar-education', article: 'article.ar.txt', editor: { precision: 1, recall: 0.95 }, drawn: { precision: 1, recall: 0.85 } },
  { name: 'en-weather', article: 'article.en.txt', editor: { precision: 1, recall: 0.9 }, drawn: { precision: 1, recall: 0.85 } },
  { name: 'en-fire', article: 'article.en.txt', editor: { precision: 1, recall: 0.9 }, drawn: { precision: 1, recall: 0.85 } },
  { name: 'ar-pilgrimage', article: 'article.ar.txt', editor: { precision: 1, recall: 0.85 }, drawn: { precision: 1, recall: 0.7 } },
  { name: 'en-hydropower', article: 'article.en.txt', editor: { precision: 1, recall: 0.75 }, drawn: { precision: 1, recall: 0.7 } },
  { name: 'ar-returns', article: 'article.ar.txt', editor: { precision: 0.95, recall: 0.75 }, drawn: { precision: 0.95, recall: 0.6 } },
  { name: 'en-council', article: 'article.en.txt', editor: { precision: 1, recall: 0.8 }, drawn: { precision: 1, recall: 0.65 } },
  { name: 'ar-textiles', article: 'article.ar.txt', editor: { precision: 1, recall: 0.75 }, drawn: { precision: 1, recall: 0.55 } },
  { name: 'en-prison', article: 'article.en.txt', editor: { precision: 1, recall: 0.6 }, drawn: { precision: 1, recall: 0.55 } },
  { name: 'ar-railway', article: 'article.ar.txt', editor: { precision: 1, recall: 0.6 }, drawn: { precision: 1, recall: 0.5 } },
  { name: 'en-ambulance', article: 'article.en.txt', editor: { precision: 1, recall: 0.7 }, drawn: { precision: 1, recall: 0.5 } },
  { name: 'ar-housing', article: 'article.ar.txt', editor: { precision: 1, recall: 0.8 }, drawn: { precision: 0.95, recall: 0.5 } },
  { name: 'en-measles', article: 'article.en.txt', editor: { precision: 1, recall: 0.7 }, drawn: { precision: 0.95, recall: 0.5 } },
  { name: 'ar-cement', article: 'article.ar.txt', editor: { precision: 1, recall: 0.8 }, drawn: { precision: 0.95, recall: 0.55 } },
  { name: 'en-whales', article: 'article.en.txt', editor: { precision: 1, recall: 0.7 }, drawn: { precision: 0.95, recall: 0.4 } },
  { name: 'ar-olives', article: 'article.ar.txt', editor: { precision: 0.95, recall: 0.7 }, drawn: { precision: 0.95, recall: 0.5 } },
  { name: 'en-drought', article: 'article.en.txt', editor: { precision: 1, recall: 0.75 }, drawn: { precision: 0.95, recall: 0.35 } },
  { name: 'ar-hospital', article: 'article.ar.txt', editor: { precision: 1, recall: 0.9 }, drawn: { precision: 0.95, recall: 0.55 } },
  { name: 'en-airport', article: 'article.en.txt', editor: { precision: 1, recall: 0.7 }, drawn: { precision: 0.95, recall: 0.4 } },
  { name: 'ar-marathon', article: 'article.ar.txt', editor: { precision: 0.95, recall: 0.8 }, drawn: { precision: 0.95, recall: 0.55 } },
  { name: 'en-tunnel', article: 'article.en.txt', editor: { precision: 0.95, recall: 0.75 }, drawn: { precision: 0.9, recall: 0.5 } },
  { name: 'ar-literacy', article: 'article.ar.txt', editor: { precision: 0.95, recall: 0.85 }, drawn: { precision: 0.95, recall: 0.35 } },
  { name: 'en-cycling', article: 'article.en.txt', editor: { precision: 0.95, recall: 0.6 }, drawn: { precision: 0.8, recall: 0.3 } },
];

interface Report { precision: number; recall: number; fixAccuracy?: number; missed: string[]; falsePositives: string[] }

/** Checks the story's drafts against one fact base and scores the SARIF log with the shared scorer. */
function score(folder: string, factBase: string, dir: string): Report {
  const sarifPath = join(dir, 'run.sarif');
  const run = runCli(['check', '--no-config', '--no-bundled-kb', '--kb', factBase, '--format', 'sarif', '--output-file', sarifPath, join(folder, 'drafts')], { cwd: repoRoot });
  assert.ok(run.status === 0 || run.status === 1, `isnad check failed (${run.status}): ${run.stderr}`);
  JSON.parse(readFileSync(sarifPath, 'utf8'));
  const scored = spawnSync(process.execPath, [scorer, '--sarif', sarifPath, '--corpus', folder, '--json'], { encoding: 'utf8' });
  assert.equal(scored.status, 0, scored.stderr);
  return JSON.parse(scored.stdout) as Report;
}

/** Prints the figures and holds them to their floors. */
function holds(label: string, report: Report, floors: Floors): void {
  const fix = typeof report.fixAccuracy === 'number' ? report.fixAccuracy.toFixed(2) : 'n/a';
  const summary = `${label}: precision ${report.precision.toFixed(2)}, recall ${report.recall.toFixed(2)}, fix accuracy ${fix}; ${report.missed.length} missed, ${report.falsePositives.length} false positives`;
  console.log(summary);
  assert.ok(report.precision >= floors.precision, `${summary}; precision fell below its floor ${floors.precision}\nfalse positives:\n  ${report.falsePositives.join('\n  ')}`);
  assert.ok(report.recall >= floors.recall, `${summary}; recall fell below its floor ${floors.recall}\nmissed:\n  ${report.missed.join('\n  ')}`);
}

for (const story of STORIES) {
  const folder = join(storiesDir, story.name);
  const factBase = join(folder, 'editor.factbase.json');

  test(`dev story "${story.name}": the editor's fact base validates`, () => {
    assert.ok(existsSync(cliPath), 'dist/cli.js is built');
    const run = runCli(['kb', 'validate', factBase], { cwd: repoRoot });
    assert.equal(run.status, 0, `isnad kb validate ${factBase} failed:\n${run.stdout}${run.stderr}`);
  });

  test(`dev story "${story.name}": the editor's fact base holds its floors`, sharedOptions([scorer]), () => {
    assertShared([scorer]);
    const temp = tempDir('isnad-dev-');
    try {
      holds(`dev story ${story.name} (editor's fact base)`, score(folder, factBase, temp.dir), story.editor);
    } finally {
      temp.cleanup();
    }
  });

  test(`dev story "${story.name}": a fact base drawn from the article holds its floors`, sharedOptions([scorer]), () => {
    assertShared([scorer]);
    const temp = tempDir('isnad-dev-');
    try {
      const article = join(temp.dir, basename(story.article));
      copyFileSync(join(folder, story.article), article);
      const drawnPath = join(temp.dir, 'drawn.factbase.json');
      const drawn = runCli(['kb', 'draw', article, '--out', drawnPath]);
      assert.equal(drawn.status, 0, drawn.stderr);
      holds(`dev story ${story.name} (drawn fact base)`, score(folder, drawnPath, temp.dir), story.drawn);
    } finally {
      temp.cleanup();
    }
  });
}
