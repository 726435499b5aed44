/**
 * A count given twice, the second time narrowed by a nationality (عقوداً مع 11 شركة، منها خمس
 * شركات تونسية; contracts with 11 companies, among them five Tunisian companies), probed by helper
 * drawq30 before the change that serves it: drawing left both figures out, as two values of one
 * noun. The nationality tells them apart: the whole keeps the bare noun and the part is qualified
 * by its nationality, as an editor writes them. Traps: a count of one value keeps its bare noun
 * (four sources), and a draft giving the part's true figure is not compared with the whole.
 * Invented articles: the expansion of the port of Zarzis (`port-works30.ar.txt`,
 * `port-works30.en.txt`); the events, figures and dates are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type DrawnQuantity, type RuleProbe } from './drawProbeChecks';

const AR = 'port-works30.ar.txt';
const EN = 'port-works30.en.txt';

/** The drawn count of a value in a probe article, with its qualifier. */
function count(file: string, value: number): (DrawnQuantity & { qualifier?: { ar?: string[]; en?: string[] } }) | undefined {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return drawnQuantities(article).find((q) => q.value === value && q.unit === 'count');
}

for (const file of [AR, EN]) {
  test(`${file}: the whole keeps the bare noun`, () => {
    const whole = count(file, 11);
    assert.ok(whole?.noun?.en?.includes('companies'), JSON.stringify(whole));
    assert.equal(whole?.qualifier, undefined);
  });

  test(`${file}: the part is qualified by its nationality in both languages`, () => {
    const part = count(file, 5);
    assert.ok(part?.noun?.en?.includes('companies'), JSON.stringify(part));
    assert.ok(part?.qualifier?.ar?.includes('تونسية') && part.qualifier.en?.includes('Tunisian'), JSON.stringify(part));
  });

  test(`${file}: a count of one value keeps its bare noun`, () => {
    const sources = count(file, 4);
    assert.ok(sources?.noun?.en?.includes('sources'), JSON.stringify(sources));
    assert.equal(sources?.qualifier, undefined);
  });
}

const PROBES: RuleProbe[] = [
  // A wrong whole or a wrong part is flagged; the true ones are not.
  { file: AR, sentence: 'ووقعت الوزارة عقوداً مع 13 شركة.', flagged: '13' },
  { file: AR, sentence: 'ووقعت الوزارة عقوداً مع 11 شركة.' },
  { file: AR, sentence: 'ووقعت الوزارة عقوداً مع 11 شركة، منها سبع شركات تونسية.', flagged: 'سبع' },
  { file: AR, sentence: 'ووقعت الوزارة عقوداً مع 11 شركة، منها خمس شركات تونسية.' },
  { file: EN, sentence: 'The ministry signed contracts with 13 companies.', flagged: '13' },
  { file: EN, sentence: 'The ministry signed contracts with 11 companies.' },
  { file: EN, sentence: 'Seven Tunisian companies are among the contractors.', flagged: 'Seven' },
  { file: EN, sentence: 'Five Tunisian companies are among the contractors.' },
  // A count of one value is compared as before.
  { file: AR, sentence: 'وذكرت ثلاثة مصادر في الوزارة أن الميناء سيوفر فرص عمل.', flagged: 'ثلاثة' },
  { file: EN, sentence: 'Three sources at the ministry said the port would create jobs.', flagged: 'Three' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
