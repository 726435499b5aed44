/**
 * The forms of an English verb (`engine/src/text/verbForms.ts`), which drawing gives a duration's
 * verb (`draw/quantityVerbs.ts`) and an event's verb after a modal (`draw/eventLinks.ts`): from the
 * base, and from a past form, irregular or regular.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formsOfBase, formsOfPast, irregularBase, verbFormList } from '../../engine/src/text/verbForms';

const list = (base: string) => verbFormList(formsOfBase(base)).join(' ');

test('from the base: -s, past and -ing by the spelling rules of English, irregular pasts by the table', () => {
  assert.equal(list('walk'), 'walk walks walked walking');
  assert.equal(list('take'), 'take takes took taking');
  assert.equal(list('carry'), 'carry carries carried carrying');
  assert.equal(list('reach'), 'reach reaches reached reaching');
  assert.equal(list('weigh'), 'weigh weighs weighed weighing');
  assert.equal(list('fix'), 'fix fixes fixed fixing');
  assert.equal(list('go'), 'go goes went going');
  assert.equal(list('play'), 'play plays played playing');
  assert.equal(list('agree'), 'agree agrees agreed agreeing');
  assert.equal(list('die'), 'die dies died dying');
  // A word of one syllable doubles its last consonant after a single vowel; a longer one does not.
  assert.equal(list('plan'), 'plan plans planned planning');
  assert.equal(list('run'), 'run runs ran running');
  assert.equal(list('visit'), 'visit visits visited visiting');
  assert.equal(list('rain'), 'rain rains rained raining');
  assert.equal(list('open'), 'open opens opened opening');
});

test('from a past form: an irregular one through its base, a regular one by the letters before -ed', () => {
  assert.equal(irregularBase('spent'), 'spend');
  assert.equal(irregularBase('walked'), undefined);
  assert.equal(verbFormList(formsOfPast('took')!).join(' '), 'take takes took taking');
  assert.equal(verbFormList(formsOfPast('walked')!).join(' '), 'walk walks walked walking');
  assert.equal(verbFormList(formsOfPast('planned')!).join(' '), 'plan plans planned planning');
  assert.equal(verbFormList(formsOfPast('carried')!).join(' '), 'carry carries carried carrying');
  assert.equal(verbFormList(formsOfPast('closed')!).join(' '), 'close closes closed closing');
  assert.equal(verbFormList(formsOfPast('declared')!).join(' '), 'declare declares declared declaring');
  assert.equal(verbFormList(formsOfPast('called')!).join(' '), 'call calls called calling');
  // A word that is no past form of -ed gives none.
  assert.equal(formsOfPast('agreed'), undefined);
  assert.equal(formsOfPast('walk'), undefined);
});
