/**
 * What a drawn amount or duration is of, probed by helper drawnq29 before the changes that serve
 * them: a sum an estimate puts a figure on («وقدّرت الشركة خسائر الإنتاج … بنحو 85 مليون دينار»,
 * put its production losses … at about 85 million dinars), which drawing tied to the hedge with
 * its preposition («بنحو») or to the last word before it (stoppage) instead of the estimate's
 * object; a duration after which something arrived («ووصلت القافلة … بعد نحو تسع ساعات», reached
 * the mill after about nine hours), the journey's, which drawing tied to the place before it and
 * marked unsure; and an exception particle or an adverb before a percentage («سوى», only, so far),
 * which is never what a figure is of. Invented articles: a fire that halts a textile mill in Sousse
 * (`mill-fire-sousse29.ar.txt`, `mill-fire-sousse29.en.txt`); the firm, figures and dates are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type DrawnQuantity, type RuleProbe } from './drawProbeChecks';

const AR = 'mill-fire-sousse29.ar.txt';
const EN = 'mill-fire-sousse29.en.txt';

/** The quantities drawn from a probe article. */
function drawn(file: string): DrawnQuantity[] {
  return drawnQuantities(readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8'));
}

/** The drawn quantity of a value and unit. */
function quantity(file: string, value: number, unit: string): DrawnQuantity | undefined {
  return drawn(file).find((q) => q.value === value && q.unit === unit);
}

for (const [file, lang] of [[AR, 'ar'], [EN, 'en']] as const) {
  test(`${file}: the sum an estimate puts a figure on is of the estimate's object (losses)`, () => {
    const losses = quantity(file, 85_000_000, 'money');
    assert.ok(losses?.noun?.en?.includes('losses'), JSON.stringify(losses));
    assert.ok(losses?.noun?.ar?.includes('خسائر'), JSON.stringify(losses));
  });

  test(`${file}: a duration after which something arrived is the journey's, and sure`, () => {
    const journey = quantity(file, 9, 'hour');
    assert.ok(journey?.noun?.en?.includes('journey'), JSON.stringify(journey));
    assert.equal(journey?.review, undefined);
  });

  test(`${file}: an exception particle or an adverb is never what a percentage is of`, () => {
    const share = quantity(file, 60, 'percent');
    const words = share?.noun?.[lang] ?? [];
    for (const word of ['سوى', 'far', 'only']) assert.ok(!words.includes(word), JSON.stringify(share));
  });

  test(`${file}: the grant keeps its own noun`, () => {
    assert.ok(quantity(file, 300, 'money')?.noun?.en?.includes('grant'));
  });
}

const PROBES: RuleProbe[] = [
  // A wrong estimate of the losses is flagged in either language; the true one is not.
  { file: AR, sentence: 'وقدّرت الشركة خسائر الإنتاج بنحو 58 مليون دينار.', flagged: '58 مليون دينار' },
  { file: AR, sentence: 'وقدّرت الشركة خسائر الإنتاج بنحو 85 مليون دينار.' },
  { file: AR, sentence: 'The company put its production losses at about 58 million dinars.', flagged: '58 million dinars' },
  { file: EN, sentence: 'The company put its production losses at about 58 million dinars.', flagged: '58 million dinars' },
  { file: EN, sentence: 'The company estimated its losses at 85 million dinars.' },
  // Another sum after the same hedge with its preposition is not compared with the losses.
  { file: AR, sentence: 'وتبرعت البلدية لصندوق العمال بنحو 40 مليون دينار.' },
  // A wrong length of the journey is flagged; the true one, and another duration, are not.
  { file: AR, sentence: 'ووصلت قافلة الإطفاء إلى المصنع بعد نحو سبع ساعات.', flagged: 'سبع ساعات' },
  { file: AR, sentence: 'ووصلت قافلة الإطفاء إلى المصنع بعد نحو تسع ساعات.' },
  { file: EN, sentence: 'The fire-fighting convoy reached the mill after about seven hours.', flagged: 'seven hours' },
  { file: EN, sentence: 'The fire-fighting convoy reached the mill after about nine hours.' },
  { file: EN, sentence: 'Firefighters stayed at the mill for seven hours after the blaze was put out.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
