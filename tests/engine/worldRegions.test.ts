/**
 * Regions of several countries and continents (Latin America, South America, West Africa, the
 * Horn of Africa, Southeast Asia; «أمريكا اللاتينية», «غرب أفريقيا», «القرن الأفريقي»): read as
 * places in no country, never as the country a word of theirs names ("America" is the United
 * States only alone). Probes on an invented Reuters-style story of a dock strike at Santos, Brazil,
 * and on the places fixtures' desalination story (Aqaba, Jordan).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { placeChecker } from './placeFixtures';

const placesDrawn = (article: string) => drawFactBase(article, {}).factBase.places.map((place) => place.id);

test('"Latin America" and "South America" in an article are drawn as regions, not as the United States', () => {
  const article =
    "SANTOS, Brazil, April 14 (Reuters) - About 4,000 dock workers at the Port of Santos, Latin America's busiest container port, walked off the job on Tuesday. Exporters across South America fear delays.\n";
  const ids = placesDrawn(article);
  assert.ok(!ids.includes('usa'), JSON.stringify(ids));
  assert.ok(ids.includes('latin-america') && ids.includes('south-america'), JSON.stringify(ids));
});

test('«أمريكا اللاتينية» and «غرب أفريقيا» in an Arabic article are regions, not the United States or a direction of a country', () => {
  const article = 'سانتوس (البرازيل) - أضرب نحو 4000 عامل في ميناء سانتوس، أكبر موانئ الحاويات في أمريكا اللاتينية، يوم الثلاثاء. ويخشى مصدرو غرب أفريقيا تأخر الشحنات.\n';
  const ids = placesDrawn(article);
  assert.ok(!ids.includes('usa'), JSON.stringify(ids));
  assert.ok(ids.includes('latin-america') && ids.includes('west-africa'), JSON.stringify(ids));
});

/** The place findings of a draft of the desalination story (Aqaba, Jordan). */
function flagged(draft: string): string[] {
  return placeChecker('desalination')
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place' || finding.ruleId === 'place-containment')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
}

test('a draft naming a region of several countries is not read as the United States or compared as a city', () => {
  assert.deepEqual(flagged('The signing ceremony, a first for the Middle East and North Africa, was held in Aqaba.'), []);
  assert.deepEqual(flagged('The signing ceremony was held in West Asia.'), []);
  assert.deepEqual(flagged('The signing ceremony, watched by investors from Latin America, was held in Aqaba.'), []);
  assert.deepEqual(flagged('The signing ceremony was held in Washington.'), ['Washington']);
});
