/**
 * Probes of a person's home town given after the person's age ("Doreen Whitfield, 82, from
 * Bradford", «فاطمة البقالي (67 عاماً) من تطوان»), written by helper places (session 32) before its
 * change. A draft that moves the person to another town restates the article sentence, but the
 * place after "from" or «من» hung on the age's figure or its year word, which names nobody, so the
 * two slots of origin were never compared. The invented articles: hospital waits in Leeds, with two
 * patients from Bradford and York (`hospital-waits32.en.txt`); a new hospital in Tangier, with two
 * patients from Tetouan and Nador (`clinic-patients32.ar.txt`). Each wrong town is flagged with the
 * article's, in both languages (an Arabic draft of the Arabic article was flagged already: both
 * slots hung on the year word «عاماً»). Traps: the right town; the other patient's town in that patient's
 * own sentence; the event's place in the same sentence as the person's town; the country that holds
 * the town; and an age with no place of origin after it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeChecker } from './drawProbeChecks';

const LEEDS = 'hospital-waits32.en.txt';
const TANGIER = 'clinic-patients32.ar.txt';

/** A sentence and the `actual → expected` of each `event-place` finding it must get (none when clean). */
const PROBES: { file: string; sentence: string; found: string[] }[] = [
  // Another town for the person's home town, after the age.
  { file: LEEDS, sentence: 'Doreen Whitfield, 82, from Sheffield, waited nine hours on a trolley after a fall at home.', found: ['Sheffield → Bradford'] },
  { file: LEEDS, sentence: 'دورين ويتفيلد (82 عاماً) من شيفيلد انتظرت تسع ساعات على نقالة بعد سقوطها في منزلها.', found: ['شيفيلد → برادفورد'] },
  { file: TANGIER, sentence: 'Among the first patients was Fatima Bakkali, 67, from Nador, who travelled 60 km every week for treatment.', found: ['Nador → Tetouan'] },
  // The right towns, and the other patient's town in that patient's own sentence.
  { file: LEEDS, sentence: 'Doreen Whitfield, 82, from Bradford, waited nine hours on a trolley after a fall at home.', found: [] },
  { file: LEEDS, sentence: 'Peter Haines, 64, from York, waited six hours for a scan after a stroke.', found: [] },
  { file: TANGIER, sentence: 'وقال عبد الرحيم الوزاني (54 عاماً) من الناظور إنه انتظر سنتين لإجراء عملية في الرئة.', found: [] },
  { file: TANGIER, sentence: 'ومن بين أوائل المرضى فاطمة البقالي (67 عاماً) من تطوان، التي كانت تقطع 60 كيلومتراً كل أسبوع.', found: [] },
  // The event's place beside the person's home town, and the country that holds the town.
  { file: LEEDS, sentence: 'Doreen Whitfield, 82, from Bradford, waited nine hours on a trolley at a hospital in Leeds.', found: [] },
  { file: LEEDS, sentence: 'Doreen Whitfield, 82, from England, waited nine hours on a trolley after a fall at home.', found: [] },
  // An age with no home town after it; a town after "from" that is where a journey began.
  { file: LEEDS, sentence: 'Doreen Whitfield, 82, was moved from a trolley to a bed after nine hours.', found: [] },
  { file: LEEDS, sentence: 'Peter Haines, 64, drove from Sheffield and waited six hours for a scan after a stroke.', found: [] },
];

for (const { file, sentence, found } of PROBES) {
  test(`${file}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    const findings = probeChecker(file).check(sentence).findings.filter((finding) => finding.ruleId === 'event-place');
    assert.deepEqual(findings.map((finding) => `${finding.actual} → ${finding.expected ?? ''}`), found);
  });
}
