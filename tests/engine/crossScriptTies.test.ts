/**
 * Party membership said in Arabic of a story whose fact base names its parties in English only:
 * «عضو حزب X», «العضو في حزب X», «المنتمي إلى حزب X», «النائبة عن حزب X فلانة». The party is told by
 * the consonants of its own name (بلايد كامري for Plaid Cymru) or by a word of a party's side
 * (العمال for Labour, المحافظين for the Conservatives); «عضو حزب X» is membership of the party, not a
 * member's post in another body. A party the draft names in words that are neither is not judged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { findingLines, fixtureFactBase } from './helpers';

const RULES = ['post-holder', 'affiliation'];
const fire = findingLines(createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' }), RULES);
const court = findingLines(createChecker([fixtureFactBase('stories/en-court', 'uk-rwanda-ruling.factbase.json')], { scope: 'all' }), RULES);

test('a party the person does not belong to, named in Arabic, is flagged as an affiliation', () => {
  for (const sentence of [
    'وقال ألون مادوكس، العضو في حزب بلايد كامري، إن الموقع سيُفتَّش.',
    'وقال ألون مادوكس، عضو حزب بلايد كامري، إن الموقع سيُفتَّش.',
    'وقال ألون مادوكس المنتمي إلى حزب بلايد كامري إن الموقع سيُفتَّش.',
    'وقال ألون مادوكس، عضو حزب المحافظين، إن الموقع سيُفتَّش.',
    'وقالت ميليري ريس، العضو في حزب العمال، إن تحقيقاً يجب أن يُفتح.',
  ]) {
    assert.ok(fire(sentence).some((line) => line.startsWith('affiliation: ')), sentence);
  }
  assert.ok(court('وقالت إيفيت كوبر، العضو في حزب المحافظين، إن الخطة فشلت.').some((line) => line.startsWith('affiliation: ')));
});

test("the person's own party named in Arabic passes, as membership and not as a member's post", () => {
  for (const sentence of [
    'وقال ألون مادوكس، العضو في حزب العمال، إن الموقع سيُفتَّش.',
    'وقال ألون مادوكس، عضو حزب العمال، إن الموقع سيُفتَّش.',
    'وقال ألون مادوكس المنتمي إلى حزب العمال إن الموقع سيُفتَّش.',
    'وقالت ميليري ريس، عضو حزب بلايد كامري، إن تحقيقاً يجب أن يُفتح.',
    'وقالت ميليري ريس، العضو في حزب بلايد، إن تحقيقاً يجب أن يُفتح.',
    // A party named in words that are neither its consonants nor a side's is not judged.
    'وقالت ميليري ريس، العضو في حزب ويلز، إن تحقيقاً يجب أن يُفتح.',
  ]) {
    assert.deepEqual(fire(sentence), [], sentence);
  }
  assert.deepEqual(court('وقالت إيفيت كوبر، العضو في حزب العمال، إن الخطة فشلت.'), []);
  assert.deepEqual(court('وقال ريشي سوناك، زعيم حزب المحافظين، إن الحكومة ستعمل على معاهدة جديدة.'), []);
});
