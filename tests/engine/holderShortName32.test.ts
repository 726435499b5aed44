/**
 * A holder named without the father's name: an Arabic name of three parts (given, father's,
 * family) is written in news with the middle part left out («سامر كريم الخطيب» as «سامر
 * الخطيب»), as an English middle name is. Such a name after the post's title is the holder, not
 * another person (found at the held-out guard of session 32, once a common given name started the
 * name after a title; the story below is invented).
 *
 * Flagged: another family name, or another given name, after the title.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = 'وقال مدير مستشفى الكرامة التعليمي سامر كريم الخطيب إن المستشفى استقبل 40 مصاباً.';
const cite = citer(ARTICLE);

const factBase = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'karama-hospital32',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-12-10' },
    people: [{ id: 'khatib', names: { ar: ['سامر كريم الخطيب'], en: ['Samer Karim al-Khatib'] }, gender: 'm', evidence: cite('سامر كريم الخطيب') }],
    organisations: [{ id: 'karama', names: { ar: ['مستشفى الكرامة التعليمي'], en: ['Karama Teaching Hospital'] }, kind: 'other', evidence: cite('مستشفى الكرامة التعليمي') }],
    posts: [{ id: 'khatib-director', holder: 'khatib', role: 'director', organisation: 'karama', title: { ar: ['مدير مستشفى الكرامة التعليمي'], en: ['director of Karama Teaching Hospital'] }, evidence: cite('مدير مستشفى الكرامة التعليمي سامر كريم الخطيب') }],
  },
  'karama.factbase.json',
  ARTICLE,
);
const lines = findingLines(createChecker([factBase], { scope: 'all' }), ['post-holder', 'name-spelling']);

test('the holder without the father\'s name gets nothing', () => {
  assert.deepEqual(lines('وقال مدير مستشفى الكرامة التعليمي سامر الخطيب إن المستشفى استقبل عشرات المصابين.'), []);
  assert.deepEqual(lines('Karama Teaching Hospital director Samer al-Khatib said dozens of injured people were brought in.'), []);
});

test('another family name or another given name after the title is flagged', () => {
  assert.equal(lines('وقال مدير مستشفى الكرامة التعليمي سامر الجبوري إن المستشفى استقبل عشرات المصابين.').length, 1);
  assert.equal(lines('وقال مدير مستشفى الكرامة التعليمي ثامر الخطيب إن المستشفى استقبل عشرات المصابين.').length, 1);
});
