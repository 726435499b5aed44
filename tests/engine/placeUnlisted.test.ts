/**
 * Probes of the `event-place` rule on places no gazetteer lists, written before their fix: a draft
 * sentence that restates an article sentence and writes, in the slot of the article's place, a
 * name the construction marks as a place ("the town of Sehwan", "the district of Larkana",
 * "Punjab province", «بمدينة العبور», or a second name joined to the article's first, "between
 * Vilankulo and Massinga") has moved the event. Traps: the article's own place in the same
 * sentence beside another one, a spelling of the article's place, a short form of it, a place in a
 * sentence that restates nothing, and a place in a sentence whose article sentence names none.
 * Against three invented stories of tests/engine/fixtures/places/ (floods in Sindh, a cyclone in
 * Mozambique, a textile factory fire in Egypt's Sharqia governorate).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeChecker } from './placeFixtures';

/** The `event-place` findings of a draft as `flagged text → fix`. */
function flagged(story: string, draft: string): string[] {
  return placeChecker(story)
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

/** All the findings of a draft as `rule: flagged text`, for the traps. */
function anyFinding(story: string, draft: string): string[] {
  return placeChecker(story)
    .check(draft)
    .findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning')
    .map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`);
}

const wrong: [story: string, draft: string, expected: string][] = [
  ['floods', 'At least 23 people have died, most of them in the town of Sehwan.', 'Sehwan → Mehar'],
  ['floods', 'The flooding began on Monday in the district of Larkana after the Indus burst its banks.', 'Larkana → Dadu'],
  ['floods', "Monsoon floods have forced about 40,000 people from their homes in Pakistan's Punjab province, officials said.", 'Punjab → Sindh'],
  ['cyclone', 'Cyclone Zita made landfall late on Thursday between Vilankulo and Massinga, the meteorology institute said.', 'Massinga → Inhassoro'],
  ['cyclone', 'Four people were killed when their house collapsed in the village of Chibuto, the agency said.', 'Chibuto → Mapinhane'],
  ['textile', 'لقي سبعة عمال مصرعهم في حريق اندلع فجر الأحد في مصنع للنسيج بمدينة العبور.', 'العبور → العاشر من رمضان'],
];

for (const [story, draft, expected] of wrong) {
  test(`an unlisted place in the article place's slot: ${draft}`, () => {
    assert.deepEqual(flagged(story, draft), [expected]);
  });
}

const clean: [story: string, draft: string][] = [
  // The article's place is named beside the new one: the slot is filled.
  ['floods', 'Most of the 23 dead were in the town of Mehar and the nearby village of Johi.'],
  ['floods', 'At least 23 people have died, most of them in the town of Mehar, in the district of Dadu.'],
  // A spelling of the article's place.
  ['floods', 'At least 23 people have died, most of them in the town of Mehr.'],
  // A sentence that restates no article sentence.
  ['floods', 'Relief workers also reached the village of Johi by boat on Tuesday.'],
  // The article sentence names no place where the draft names one.
  ['floods', '"The water has reached villages that have never been flooded before," said Salman Shah, who visited the district of Jamshoro.'],
  ['cyclone', 'Cyclone Zita made landfall late on Thursday between Vilankulo and Inhassoro, in Inhambane province.'],
  ['cyclone', 'Four people were killed when their house collapsed in the village of Mapinhane, near the town of Massinga.'],
  // A short form of the article's place.
  ['textile', 'لقي سبعة عمال مصرعهم في حريق اندلع فجر الأحد في مصنع للنسيج بمدينة العاشر.'],
  ['textile', 'وشهدت بلدة قليوب الشهر الماضي حريقا مماثلا في مصنع للبلاستيك.'],
  // Nouns of units with other senses before a definite word: a group, a boycott.
  ['textile', 'لقي سبعة عمال مصرعهم في حريق اندلع فجر الأحد في مصنع للنسيج تملكه جماعة الأنصار الخيرية.'],
  ['textile', 'لقي سبعة عمال مصرعهم في حريق اندلع فجر الأحد في مصنع للنسيج وسط مقاطعة النقابات للتحقيق.'],
  // A capitalised unit noun is part of a name, not a place's unit.
  ['floods', 'Monsoon floods have forced about 40,000 people from their homes, officials of the Awami State said.'],
];

for (const [story, draft] of clean) {
  test(`no finding: ${draft}`, () => {
    assert.deepEqual(anyFinding(story, draft), []);
  });
}
