/**
 * Sentence probes against the fact bases drawn from two invented articles of
 * tests/engine/fixtures/drawProbes, written before the drawing changes they test: a biscuit factory
 * closing lines in Corby (English) and a bus of teachers overturned near Hail (Arabic). Each wrong
 * sentence changes one figure, day or age and is flagged once; the true restatements, and the earlier
 * values of a comparison (£117 million a year earlier, «176 حادثاً … العام الماضي»), are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeFindings } from './drawProbeChecks';

/** The findings each sentence gets from the fact base drawn from a probe article. */
function findingsOf(file: string, sentences: string[]): string[][] {
  return sentences.map((sentence) => probeFindings(file, sentence));
}

const PROBES: { file: string; wrong: string[]; true_: string[]; todo?: boolean }[] = [
  {
    file: 'factory.en.txt',
    wrong: [
      'Harrowgate Foods will cut 240 jobs at its Corby factory.',
      'The company will pay a bonus of £1,200 to staff who stay.',
      'Workers were told at a meeting on Monday.',
      'Tom Adeyemi, 44, said the union would ballot members.',
      'Sarah Quinn visited the factory last Friday.',
      'The union will ballot its 460 members at the site.',
    ],
    true_: [
      'Harrowgate Foods will cut 420 jobs in Corby.',
      'The energy bill rose from £2.6 million to £4.2 million.',
      'About 1,300 people work at the site.',
      'The meeting was held at 7am on Tuesday.',
      'Sarah Quinn visited the factory on 8 October.',
      'Union officials met managers on Tuesday.',
      'Sales were £117 million a year earlier.',
    ],
  },
  {
    // A percentage and an amount of a named thing far before them (sales had fallen 18 per cent … to £96 million), and apprentices counted in words.
    file: 'factory.en.txt',
    wrong: ['Sales fell 16 per cent in the year to June.', 'Sales fell to £69 million in the year to June.', 'Sixteen apprentices will be offered places in Wigan.'],
    true_: ['Sales fell 18 per cent to £96 million.', 'Sixty apprentices will move to Wigan.'],
  },
  {
    file: 'bus.ar.txt',
    wrong: ['وقع الحادث على بعد 50 كيلومتراً من مدينة حائل.', 'وأعلنت الوزارة تعويضاً قدره 150 ألف ريال لكل أسرة.', 'ويزور أمير المنطقة المصابات يوم السبت.'],
    true_: ['وقع الحادث على بعد 40 كيلومتراً من حائل.', 'وانقلبت الحافلة يوم الخميس 19 نوفمبر.', 'وسجلت المنطقة 176 حادثاً في الفترة نفسها من العام الماضي.', 'ويبلغ سائق الحافلة 58 عاماً.'],
  },
  {
    // Teachers counted as the dead, the injured and the passengers; accidents counted; a percentage of a named group; the day of the overturning.
    file: 'bus.ar.txt',
    wrong: [
      'توفيت ست معلمات في انقلاب الحافلة.',
      'وأصيبت 15 معلمة أخرى.',
      'وكانت الحافلة تقل 21 معلمة.',
      'وسجلت المنطقة 221 حادثاً مرورياً خلال تسعة أشهر.',
      'وقالت الوزارة إن 83 في المئة من معلمات المنطقة يقطعن أكثر من 100 كيلومتر.',
      'وانقلبت الحافلة فجر الأربعاء.',
    ],
    true_: ['لقيت خمس معلمات حتفهن في انقلاب الحافلة.', 'وأصيبت 14 معلمة أخرى.', 'وكانت الحافلة تقل 19 معلمة.'],
  },
];

for (const probe of PROBES) {
  test(`${probe.file}: ${probe.wrong.join(' ')} flagged; ${probe.true_.join(' ')} not`, { todo: probe.todo }, () => {
    const wrong = findingsOf(probe.file, probe.wrong);
    assert.deepEqual(wrong.map((f) => f.length), probe.wrong.map(() => 1), JSON.stringify(wrong));
    assert.deepEqual(findingsOf(probe.file, probe.true_), probe.true_.map(() => []));
  });
}
