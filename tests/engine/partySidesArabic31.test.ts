/**
 * An Arabic draft of an English story ties a person to a party by a side's name («حزب العمال»,
 * «حزب المحافظين») when the fact base names their party in English only and the party is on no
 * side (Plaid Cymru, the Scottish National Party): the side is another party, flagged. A party
 * whose English name translates to the side's word (the Workers' Party is «حزب العمال» too), the
 * person's own side, and a name with words this cannot read pass. Invented story and sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Talgarth council backs new clinic',
  'TALGARTH, Thursday 5 November 2026 - Talgarth Council backed a new clinic on Wednesday.',
  'Rhian Pritchard, the health spokesperson of Plaid Cymru, said the clinic was overdue.',
  "Marcos Oliveira, a member of the Workers' Party, praised the plan.",
  'Gwen Parry, a Labour councillor, voted for it.',
].join('\n');

function factBase(): object {
  const cite = citer(ARTICLE);
  return {
    schemaVersion: 2,
    id: 'talgarth-clinic',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-11-05' },
    people: [
      { id: 'pritchard', names: { en: ['Rhian Pritchard'] }, short: { en: ['Pritchard'] }, gender: 'f', transliterated: 'ar', evidence: cite('Rhian Pritchard') },
      { id: 'oliveira', names: { en: ['Marcos Oliveira'] }, short: { en: ['Oliveira'] }, gender: 'm', transliterated: 'ar', evidence: cite('Marcos Oliveira') },
      { id: 'parry', names: { en: ['Gwen Parry'] }, short: { en: ['Parry'] }, gender: 'f', transliterated: 'ar', evidence: cite('Gwen Parry') },
    ],
    organisations: [
      { id: 'council', kind: 'council', names: { en: ['Talgarth Council'] }, evidence: cite('Talgarth Council') },
      { id: 'plaid', kind: 'party', names: { en: ['Plaid Cymru', 'Plaid'] }, evidence: cite('Plaid Cymru') },
      { id: 'workers', kind: 'party', names: { en: ["Workers' Party"] }, evidence: cite("Workers' Party") },
      { id: 'labour', kind: 'party', names: { en: ['Labour', 'Labour Party'] }, evidence: cite('Labour') },
    ],
    posts: [
      { id: 'pritchard-spox', holder: 'pritchard', role: 'spokesperson', organisation: 'plaid', title: { en: ['health spokesperson', 'health spokesperson of Plaid Cymru'] }, evidence: cite('Rhian Pritchard, the health spokesperson of Plaid Cymru') },
    ],
    affiliations: [
      { id: 'pritchard-plaid', member: 'pritchard', organisation: 'plaid', relation: 'member-of', evidence: cite('the health spokesperson of Plaid Cymru') },
      { id: 'oliveira-workers', member: 'oliveira', organisation: 'workers', relation: 'member-of', evidence: cite("a member of the Workers' Party") },
      { id: 'parry-labour', member: 'parry', organisation: 'labour', relation: 'member-of', evidence: cite('a Labour councillor') },
    ],
  };
}

const findings = findingLines(createChecker([loadTestFactBase(factBase(), 'talgarth.factbase.json', ARTICLE)], { scope: 'all' }), ['affiliation', 'post-holder']);

test("a side's party given to a member of a party on no side is flagged", () => {
  for (const sentence of [
    'وقالت ريان بريتشارد، المتحدثة باسم حزب العمال، إن العيادة تأخرت.',
    'وقالت ريان بريتشارد، المتحدثة باسم حزب المحافظين، إن العيادة تأخرت.',
    'وقالت المتحدثة باسم حزب المحافظين ريان بريتشارد إن العيادة تأخرت.',
  ]) {
    assert.equal(findings(sentence).length, 1, sentence);
  }
});

test("a party named by a translation of its side's word, the person's own side and the true party pass", () => {
  for (const sentence of [
    'وأشاد ماركوس أوليفيرا، عضو حزب العمال، بالخطة.',
    'وصوتت غوين باري، عضوة حزب العمال، لصالحها.',
    'وقالت ريان بريتشارد، المتحدثة باسم حزب بلايد كمري، إن العيادة تأخرت.',
  ]) {
    assert.deepEqual(findings(sentence), [], sentence);
  }
});
