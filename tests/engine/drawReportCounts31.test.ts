/**
 * Counts of men and of recommendations, probed by helper dnumbers31 before the change that serves
 * them: an inspection report counts the men a jail holds (840 men, «840 رجلاً») and the
 * recommendations it makes (27 recommendations, «27 توصية»), and drawing, whose table of counted
 * nouns had women but not men and no recommendations, drew neither. Invented articles: an
 * inspection of a crowded jail (`jail-report31.en.txt`, `jail-report31.ar.txt`); the jails, people
 * and figures are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type RuleProbe } from './drawProbeChecks';

const AR = 'jail-report31.ar.txt';
const EN = 'jail-report31.en.txt';

for (const file of [AR, EN]) {
  test(`${file}: the men held and the recommendations made are drawn with their nouns in both languages`, () => {
    const drawn = drawnQuantities(readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8'));
    const men = drawn.find((q) => q.value === 840 && q.unit === 'count');
    assert.ok(men?.noun?.en?.includes('men') && men.noun.ar?.includes('رجال'), JSON.stringify(men));
    const recommendations = drawn.find((q) => q.value === 27 && q.unit === 'count');
    assert.ok(recommendations?.noun?.en?.includes('recommendations') && recommendations.noun.ar?.includes('توصية'), JSON.stringify(recommendations));
  });
}

const PROBES: RuleProbe[] = [
  { file: EN, sentence: 'Inspectors found the jail holding 480 men.', flagged: '480' },
  { file: EN, sentence: 'Inspectors found the jail holding 840 men.' },
  { file: EN, sentence: 'The inspectorate made 72 recommendations in its report.', flagged: '72' },
  { file: EN, sentence: 'The inspectorate made 27 recommendations in its report.' },
  { file: AR, sentence: 'وقال المفتشون إن السجن يضم 480 رجلاً.', flagged: '480' },
  { file: AR, sentence: 'وقال المفتشون إن السجن يضم 840 رجلاً.' },
  { file: AR, sentence: 'وقدمت هيئة التفتيش 72 توصية في تقريرها.', flagged: '72' },
  {
    file: AR,
    sentence: 'The inspectorate made 72 recommendations in its report.',
    flagged: '72',
    todo: 'an English draft of the Arabic article: the check does not compare this sentence with the article sentence (cause not looked into)',
  },
  // Men counted in another matter are not the jail's.
  { file: EN, sentence: 'About 40 men and women work in the prison kitchen.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
