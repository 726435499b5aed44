/**
 * The English-speaking countries in the gazetteer (knowledge/lexicon/places.json: the states and
 * territories of Australia, the provinces and territories of Canada, the US states, New Zealand's
 * regions, Ireland's counties, with their capitals and towns), on an invented story (a bushfire
 * near Toowoomba) so that no corpus sentence is involved: a town put in the wrong state, province
 * or county is reported with the right one, in English and in Arabic; the right one, a namesake
 * that does lie there (Perth, Scotland; London, Ontario; Atlanta, Georgia), a town that is also a
 * word or a name, and a list of places are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';

const ARTICLE = [
  'Bushfire forces evacuations near Toowoomba',
  'A bushfire forced hundreds of residents to leave their homes near Toowoomba on Monday, Queensland fire officials said.',
].join('\n');

function bushfire(): FactBaseData {
  const cite = citer(ARTICLE);
  const data = {
    schemaVersion: 2,
    id: 'toowoomba-bushfire',
    source: { file: 'article.en.txt', lang: 'en', published: '2025-11-10' },
    places: [{ id: 'toowoomba', kind: 'city', names: { en: ['Toowoomba'] }, evidence: cite('Toowoomba') }],
  };
  return loadTestFactBase(data, 'toowoomba-bushfire.factbase.json', ARTICLE);
}

const checker = createChecker([bushfire()], { scope: 'all' });
const findings = findingLines(checker);

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(checker.check(ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
});

test('a town put in the wrong state, province or county is reported with its own', () => {
  // The fact base's town, which the gazetteer puts in Queensland.
  assert.deepEqual(findings('Residents left their homes near Toowoomba in New South Wales on Monday.'), ['place-containment: New South Wales → Queensland']);
  // Towns of the gazetteer alone.
  assert.deepEqual(findings('Crews from Darwin in Queensland joined the firefighters.'), ['place-containment: Queensland → Northern Territory']);
  assert.deepEqual(findings('Crews from Dallas in Florida joined the firefighters.'), ['place-containment: Florida → Texas']);
  assert.deepEqual(findings('Crews from Calgary in British Columbia joined the firefighters.'), ['place-containment: British Columbia → Alberta']);
  assert.deepEqual(findings('Crews from Cork in County Kerry joined the firefighters.'), ['place-containment: County Kerry → County Cork']);
  assert.deepEqual(findings('وانضمت فرق من مدينة تورونتو في مقاطعة كيبيك إلى رجال الإطفاء.'), ['place-containment: كيبيك → أونتاريو']);
  assert.deepEqual(findings('وانضمت فرق من مدينة هيوستن في ولاية فلوريدا إلى رجال الإطفاء.'), ['place-containment: فلوريدا → تكساس']);
  // A county of another country: the fix names the country, not "Co Australia".
  assert.deepEqual(findings('Residents left their homes near Toowoomba, Co Cork.'), ['place-containment: Co Cork → Australia']);
});

test('the right unit, a namesake that lies there, words and lists are not reported', () => {
  for (const draft of [
    'Residents left their homes near Toowoomba in Queensland on Monday.',
    'وانضمت فرق من مدينة تورونتو في مقاطعة أونتاريو إلى رجال الإطفاء.',
    'Crews from Houston, Texas, and from Brisbane joined the firefighters.',
    // Namesakes: another town of that name lies where the draft puts it.
    'Crews from Perth, Scotland, joined the firefighters.',
    'Crews from Atlanta in Georgia joined the firefighters.',
    'Crews from London, Ontario, joined the firefighters.',
    'Crews from Birmingham, Alabama, joined the firefighters.',
    'Crews from Wellington in Somerset joined the firefighters.',
    'Crews from Hamilton in Ontario and from Richmond, Virginia, joined them.',
    // A town that is a word, and a town that is a name.
    'A buffalo herd crossed the road near Toowoomba in Queensland.',
    'Reading in the state library, she found an old map of Queensland.',
    'Victoria Smith, a volunteer from Brisbane, drove the truck.',
    // A list of places, not a town and its state.
    'Crews came from Toowoomba, Victoria and New South Wales.',
  ]) {
    assert.deepEqual(findings(draft), [], draft);
  }
});
