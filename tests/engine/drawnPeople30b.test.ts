/**
 * False alarms of drawn fact bases in people, probed by helper dpost before the change that fixes
 * them. An invented English article (`valley-bridge30b.en.txt`) names two parties right before a
 * lower-case title and the holder's name (Plaid Cymru leader Rhodri Pugh, Sinn Dara chairman Ciaran
 * Walsh). English writes no person's name right before a lower-case title and another name: the run
 * before the title is the body the title belongs to, never a person. True drafts must get nothing;
 * wrong names must stay flagged. An invented Arabic article (`port-works30b.ar.txt`) names a
 * director whose family name has two letters (ضو), which copy writes Dou or Daou.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const EN = 'valley-bridge30b.en.txt';
const AR = 'port-works30b.ar.txt';

const NAMES: RuleProbe[] = [
  // A party named in Arabic by its English name is no person whose spelling is checked.
  { file: EN, sentence: 'وقال حزب شين دارا إن المال يجب أن يذهب إلى المستشفيات.' },
  { file: EN, sentence: 'Sinn Dara said the money should go to hospitals.' },
  { file: EN, sentence: 'Plaid Cymru leader Rhodri Pugh said the party backed the plan.' },
  // The holder after the title stays a person: wrong names must stay flagged.
  { file: EN, sentence: 'Plaid Cymru leader Rhodri Price said the party backed the plan.', flagged: 'Rhodri Price' },
  { file: EN, sentence: 'Transport Minister Carys Evanson said work would begin in March.', flagged: 'Carys Evanson' },
  // A name of two letters, a consonant and a final و, is written with a short a before the vowel
  // (ضو: Daou as well as Dou), as French-trained copy writes it.
  { file: AR, sentence: 'Port director Adel Daou said the works would end in 2028.' },
  { file: AR, sentence: 'Port director Adel Dou said the works would end in 2028.' },
];

for (const one of NAMES) ruleProbe('name-spelling', one);

test(`${EN}: the parties before a title are drawn as no person, their holders are`, () => {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', EN), 'utf8');
  const people = (drawFactBase(article, {}).factBase.people ?? []).map((person) => (person.names as { en?: string[] }).en?.[0]);
  assert.deepEqual(people, ['Rhodri Pugh', 'Ciaran Walsh', 'Carys Evans']);
});
