/**
 * Parts of a count with what befell them, probed by helper drawqty28 before the change that draws
 * them: «حافلة تقل 38 عاملاً، توفي منهم أربعة», "a boat carrying 61 people, seven of whom drowned".
 * Wire copy gives a toll this way, as a part of those counted before; drawing read no noun after
 * the part's figure and left the toll out. The part is the dead's count, kept only where the
 * article gives the dead no other figure. Traps: the whole's own figure, another part with no
 * fate (two of whom are in a serious condition, «حالة اثنين منهم حرجة»). Articles (invented): a
 * farm workers' bus overturned near Dakhla (`bus-dakhla28.ar.txt`) and a passenger boat capsized on
 * Lake Kivu (`boat-kivu28.en.txt`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type RuleProbe } from './drawProbeChecks';

const BUS = 'bus-dakhla28.ar.txt';
const BOAT = 'boat-kivu28.en.txt';

/** What a wrong toll of the part's kind waits for: the part is drawn as the dead, with no kind of its own. */
const KIND = 'the dead of a part are drawn without the kind of those counted before them (workers)';

const PROBES: RuleProbe[] = [
  // The toll, restated in the article's construction and in others.
  { file: BUS, sentence: 'انقلبت حافلة تقل 38 عاملاً زراعياً قرب الداخلة، توفي منهم أربعة.' },
  { file: BUS, sentence: 'انقلبت حافلة تقل 38 عاملاً زراعياً قرب الداخلة، توفي منهم ستة.', flagged: 'ستة' },
  { file: BUS, sentence: 'انقلبت حافلة تقل 38 عاملاً زراعياً، توفي أربعة منهم.' },
  { file: BUS, sentence: 'لقي أربعة عمال حتفهم في انقلاب الحافلة.' },
  { file: BUS, sentence: 'لقي ستة عمال حتفهم في انقلاب الحافلة.', flagged: 'ستة', todo: KIND },
  { file: BOAT, sentence: 'A boat carrying 61 people capsized on Lake Kivu, seven of whom drowned.' },
  { file: BOAT, sentence: 'A boat carrying 61 people capsized on Lake Kivu, nine of whom drowned.', flagged: 'nine' },
  { file: BOAT, sentence: 'Seven people drowned when the boat capsized on Lake Kivu.' },
  { file: BOAT, sentence: 'Nine people drowned when the boat capsized on Lake Kivu.', flagged: 'Nine' },
  // The whole, and a part with no fate.
  { file: BUS, sentence: 'كانت الحافلة تقل 38 عاملاً زراعياً.' },
  { file: BUS, sentence: 'وقال مدير المستشفى إن حالة اثنين منهم حرجة.' },
  { file: BOAT, sentence: 'The boat was carrying 61 people.' },
  { file: BOAT, sentence: 'Twelve passengers were treated in hospital, two of whom are in a serious condition.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);

/** The counts drawn from a probe article, as value and first English noun. */
function counts(file: string): string[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return drawnQuantities(article)
    .filter((quantity) => quantity.unit === 'count')
    .map((quantity) => `${quantity.value}:${quantity.noun?.en?.[0] ?? quantity.noun?.ar?.[0]}`);
}

test('bus-dakhla28.ar.txt: the part who died is drawn as the dead', () => {
  assert.deepEqual(counts(BUS), ['38:worker', '4:dead']);
});
test('boat-kivu28.en.txt: the part who drowned is drawn as the dead', () => {
  assert.deepEqual(counts(BOAT), ['61:people', '7:dead', '12:passenger']);
});
