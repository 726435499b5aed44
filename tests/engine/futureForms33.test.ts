/**
 * An Arabic trigger written in the future (ستكتمل, سيفتتح) names its event in a draft that writes
 * the verb without the future's سـ (وتكتمل, يفتتح): the same verb, told from another day. A
 * trigger written without it (تنطلق) is not read in the future (ستنطلق): a drawn trigger that only
 * renders an English word would then name every such verb of a draft. The story is
 * invented (a water treatment plant at Qarnit, article of 8 December 2026).
 *
 * Must be flagged: the completion and the opening given a wrong year, month or day. Traps: the right dates; a noun that begins as a future verb would («سيول», floods) and a
 * verb of another event beside the date.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'محطة قرنيط لمعالجة المياه',
  'قرنيط، 8 ديسمبر 2026 - قالت وزارة المياه إن أعمال محطة قرنيط لمعالجة المياه ستكتمل في يونيو 2027، وإن الوزير سيفتتح المحطة في 3 يوليو 2027.',
  'وتنطلق إمدادات المياه من المحطة إلى 40 قرية في 10 يوليو 2027.',
].join('\n\n');

const cite = citer(ARTICLE);

function plant(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'qarnit-plant',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-12-08' },
    places: [{ id: 'qarnit', names: { ar: ['قرنيط'], en: ['Qarnit'] }, kind: 'city', evidence: cite('قرنيط') }],
    organisations: [{ id: 'ministry', names: { ar: ['وزارة المياه'], en: ['the water ministry'] }, kind: 'ministry', evidence: cite('وزارة المياه') }],
    events: [
      {
        id: 'completion',
        names: { ar: ['اكتمال أعمال المحطة'], en: ['the completion of the plant'] },
        triggers: { ar: ['ستكتمل'], en: ['completed'] },
        date: { year: 2027, month: 6, relative: 'في يونيو 2027' },
        place: 'qarnit',
        participants: ['ministry'],
        evidence: cite('أعمال محطة قرنيط لمعالجة المياه ستكتمل في يونيو 2027'),
      },
      {
        id: 'opening',
        names: { ar: ['افتتاح المحطة'], en: ['the opening of the plant'] },
        triggers: { ar: ['سيفتتح'], en: ['open'] },
        date: { year: 2027, month: 7, day: 3, relative: 'في 3 يوليو 2027' },
        place: 'qarnit',
        participants: ['ministry'],
        evidence: cite('الوزير سيفتتح المحطة في 3 يوليو 2027'),
      },
      {
        id: 'supply',
        names: { ar: ['بدء إمدادات المياه'], en: ['the start of water supply'] },
        triggers: { ar: ['تنطلق'], en: ['supply'] },
        date: { year: 2027, month: 7, day: 10, relative: 'في 10 يوليو 2027' },
        place: 'qarnit',
        evidence: cite('وتنطلق إمدادات المياه من المحطة إلى 40 قرية في 10 يوليو 2027'),
      },
    ],
  };
  return loadTestFactBase(data, 'qarnit-plant.factbase.json', ARTICLE);
}

const checker = createChecker([plant()], { scope: 'all' });
const flagged = (body: string) => {
  const draft = `---\ndate: 2026-12-09\nstory: qarnit-plant\n---\n\n${body}\n`;
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
};

test('a trigger in the future names its event in a draft without the future', () => {
  assert.deepEqual(flagged('وتكتمل أعمال محطة قرنيط في يونيو 2028.'), ['2028']);
  assert.deepEqual(flagged('ويفتتح وزير المياه محطة قرنيط في 3 أغسطس 2027.'), ['أغسطس']);
});

test('traps: the right dates, a noun shaped as a future verb, another verb beside the date', () => {
  assert.deepEqual(flagged('وتكتمل أعمال محطة قرنيط في يونيو 2027.'), []);
  assert.deepEqual(flagged('ويفتتح وزير المياه محطة قرنيط في 3 يوليو 2027.'), []);
  assert.deepEqual(flagged('وستنطلق إمدادات المياه من محطة قرنيط في 10 يوليو 2027.'), []);
  assert.deepEqual(flagged('وضربت سيول قرنيط في مارس 2025.'), []);
  assert.deepEqual(flagged('وتكتمل أعمال محطة قرنيط بعد أن ضربت السيول المنطقة في مارس 2025.'), []);
});
