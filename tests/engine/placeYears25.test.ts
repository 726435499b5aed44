/**
 * Years after a semicolon, probed by helper occasions25 before the change that reads them. A draft
 * sentence that names a year none of its article sentences gives speaks of another occasion, and its
 * places are not compared with the article's; but a year told in a part of the sentence that a
 * semicolon sets off ("… the rapid bus route to Merthyr Tydfil; the route first opened in 2019") is
 * that part's time, not the time of a place in another part. Articles: a Cardiff council budget that
 * extends a rapid bus route to Caerphilly (`bus-route-cardiff.en.txt`) and a Jordanian budget that
 * widens the road to Madaba (`road-madaba.ar.txt`), both invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, parseFactBase } from '../../engine/src/index';
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const BUS = 'bus-route-cardiff.en.txt';
const ROAD = 'road-madaba.ar.txt';

const PROBES: RuleProbe[] = [
  // A wrong place before a semicolon, with a year of another time after it.
  { file: BUS, sentence: '£6.1m – to extend the rapid bus route to Merthyr Tydfil; the route first opened in 2019.', flagged: 'Merthyr Tydfil' },
  { file: ROAD, sentence: 'وخصصت الموازنة 14 مليون دينار لتوسيع الطريق إلى السلط؛ وكان الطريق قد افتتح عام 2015.', flagged: 'السلط' },
  // The same wrong places without the year, which were flagged already.
  { file: BUS, sentence: 'The budget sets aside £6.1 million to extend the rapid bus route to Merthyr Tydfil.', flagged: 'Merthyr Tydfil' },
  { file: ROAD, sentence: 'وخصصت الموازنة 14 مليون دينار لتوسيع الطريق إلى السلط.', flagged: 'السلط' },
  // The right place, with the year after a semicolon.
  { file: BUS, sentence: '£6.1m – to extend the rapid bus route to Caerphilly; the route first opened in 2019.' },
  { file: ROAD, sentence: 'وخصصت الموازنة 14 مليون دينار لتوسيع الطريق إلى مادبا؛ وكان الطريق قد افتتح عام 2015.' },
  // A year in the place's own part still makes it another occasion.
  { file: BUS, sentence: 'In 2019 the council extended the rapid bus route to Merthyr Tydfil.' },
  { file: BUS, sentence: 'The route reached Merthyr Tydfil in 2019; the budget sets aside £6.1 million to extend the rapid bus route.' },
  { file: ROAD, sentence: 'وفي عام 2015 وسعت الوزارة الطريق إلى السلط.' },
  { file: ROAD, sentence: 'ووصل الطريق إلى السلط عام 2015؛ وخصصت الموازنة 14 مليون دينار لتوسيعه.' },
];

for (const one of PROBES) ruleProbe('event-place', one);

/**
 * The same articles with a fact base an editor might write, naming the places alone and no event:
 * a place is then compared by its slot in the restated article sentence (`places/restated.ts`),
 * whose years are read part by part too.
 */
function editorFindings(file: string, places: readonly { id: string; name: string; lang: 'ar' | 'en'; within: string }[]): (draft: string) => string[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  const lang = file.endsWith('.ar.txt') ? 'ar' : 'en';
  const factBase = {
    schemaVersion: 2,
    id: `editor-${file.replace(/\W+/g, '-')}`,
    title: file,
    source: { file, lang, published: '2026-03-03' },
    places: places.map(({ id, name, within }) => {
      const start = article.indexOf(name);
      return { id, names: { [lang]: [name] }, kind: 'city', within, evidence: [{ start, end: start + name.length, text: name }] };
    }),
  };
  const parsed = parseFactBase(JSON.stringify(factBase), 'editor.factbase.json', article);
  assert.deepEqual(parsed.problems, []);
  const checker = createChecker([parsed.factBase!], { scope: 'all' });
  return (draft) => checker.check(draft).findings.filter((f) => f.ruleId === 'event-place').map((f) => draft.slice(f.range.start, f.range.end));
}

test('editor fact bases: a wrong place before a semicolon is compared by its slot whatever year follows', () => {
  const bus = editorFindings(BUS, [{ id: 'caerphilly', name: 'Caerphilly', lang: 'en', within: 'wales' }, { id: 'pontypridd', name: 'Pontypridd', lang: 'en', within: 'wales' }]);
  assert.deepEqual(bus('£6.1m – to extend the rapid bus route to Merthyr Tydfil; the route first opened in 2019.'), ['Merthyr Tydfil']);
  assert.deepEqual(bus('£6.1m – to extend the rapid bus route to Caerphilly; the route first opened in 2019.'), []);
  assert.deepEqual(bus('In 2019 the council extended the rapid bus route to Merthyr Tydfil.'), []);
  const road = editorFindings(ROAD, [{ id: 'madaba', name: 'مادبا', lang: 'ar', within: 'madaba-governorate' }, { id: 'jerash', name: 'جرش', lang: 'ar', within: 'jerash-governorate' }]);
  assert.deepEqual(road('وخصصت الموازنة 14 مليون دينار لتوسيع الطريق إلى السلط؛ وكان الطريق قد افتتح عام 2015.'), ['السلط']);
  assert.deepEqual(road('وخصصت الموازنة 14 مليون دينار لتوسيع الطريق إلى مادبا؛ وكان الطريق قد افتتح عام 2015.'), []);
  assert.deepEqual(road('وفي عام 2015 وسعت الوزارة الطريق إلى السلط.'), []);
});
