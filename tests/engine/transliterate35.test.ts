/**
 * An Arabic name opened by ع before و or ي written as a consonant (a long vowel after it) is
 * spelt with a short vowel for the ع (العياشي → al-Ayashi, عياد → Ayad), as the press writes
 * it; before ي written as a vowel the ع is that vowel (عيسى → Issa). Invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transliterateName } from '../../engine/src/draw/transliterate';

const spellings = (name: string) => transliterateName(name).spellings;

test('ع before a glide and a long vowel takes a short a: العياشي → al-Ayashi, عياد → Ayad', () => {
  assert.equal(spellings('العياشي')[0], 'al-Ayashi');
  assert.ok(spellings('منير العياشي').includes('Mounir Ayashi') || spellings('منير العياشي').some((s) => s.endsWith(' Ayashi')), JSON.stringify(spellings('منير العياشي')));
  assert.equal(spellings('عياد')[0], 'Ayad');
  assert.ok(spellings('عواد').includes('Awad'), JSON.stringify(spellings('عواد')));
});

test('ع before ي written as a vowel is that vowel: عيسى → Issa, عيد → Id/Eid', () => {
  assert.equal(spellings('عيسى')[0], 'Issa');
  assert.ok(spellings('عيد').includes('Eid'), JSON.stringify(spellings('عيد')));
});

test('ع before و and ي keeps its old reading: العويس → al-Uwais', () => {
  assert.equal(spellings('العويس')[0], 'al-Uwais'); assert.ok(spellings('العويس').includes('al-Uwais'), JSON.stringify(spellings('العويس')));
});
