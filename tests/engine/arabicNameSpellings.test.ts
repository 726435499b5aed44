/**
 * The Arabic forms drawn for Arabic names an English article writes in Latin letters (Yemen's health
 * minister Qasem al-Bahri, Sudan's Haitham Osman Ibrahim, a WHO official Hanan Bakhit: invented
 * officials), which an Arabic draft of the story writes as the Arabic press does: given names from
 * the lexicon's spellings (عثمان, not أوسمان; حنان, not هانان), and an h before a consonant kept
 * (البحري, not الباري).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicNameForms } from '../../engine/src/lexicon/foreignNames';

const cases: [string, string][] = [
  ['Haitham Osman Ibrahim', 'هيثم عثمان إبراهيم'],
  ['Hanan Bakhit', 'حنان'],
  ['Qasem al-Bahri', 'قاسم البحري'],
  ['Kadhim al-Saadi', 'كاظم'],
  ['Nawal Mansour', 'نوال'],
];

for (const [latin, arabic] of cases) {
  test(`${latin}: an Arabic form holds ${arabic}`, () => {
    const forms = arabicNameForms(latin).spellings;
    assert.ok(forms.some((form) => form.includes(arabic)), JSON.stringify(forms));
  });
}

test('near misses: a Western name keeps its silent h (Hugh Ashby, Sarah Leigh: هيو, سارة)', () => {
  assert.ok(arabicNameForms('Hugh Ashby').spellings.some((form) => form.startsWith('هيو ')), JSON.stringify(arabicNameForms('Hugh Ashby').spellings));
  assert.ok(!arabicNameForms('Sarah Leigh').spellings.some((form) => /ه$/.test(form.split(' ')[1] ?? '')), JSON.stringify(arabicNameForms('Sarah Leigh').spellings));
});
