/**
 * Affiliation probes (session 32) over an invented article on walk-in clinics
 * (`drawProbes/clinics32.en.txt`), drawn into a fact base.
 *
 * A party named in a spokesperson's title, by its possessive before the title ("The Liberal
 * Democrats' health spokesperson, X") or after "of" ("X, the education spokesperson of Plaid
 * Cymru"), is the post's organisation and the person's party: a draft that gives the post to
 * another party («المتحدثة باسم حزب العمال», "the health spokesperson of the Conservatives") is
 * flagged; an Arabic party's name ends before «لشؤون», which opens the title's portfolio. Traps: the true party in either language, a government's spokesman, and a title with
 * no party.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { probeFindings } from './drawProbeChecks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EN = 'clinics32.en.txt';

/** The findings of the tie rules a sentence gets, as "rule: flagged words". */
const ties = (sentence: string) => probeFindings(EN, sentence).filter((finding) => /^(affiliation|post-holder):/.test(finding));

/** Sentences that give a post to the wrong party, with words the finding must cover. */
const FLAGGED: readonly [string, string][] = [
  ['وقالت المتحدثة باسم حزب العمال لشؤون التعليم غوينليان هيوز إن الخطة جاءت متأخرة.', 'حزب العمال'],
  ['وقال مارتن بيلامي، المتحدث باسم حزب المحافظين لشؤون الصحة، إنها خطوة أولى مرحب بها.', 'حزب المحافظين'],
  ['Martin Bellamy, the health spokesperson of the Conservatives, called it a welcome first step.', 'Conservatives'],
];

for (const [sentence, words] of FLAGGED) {
  test(`flags the wrong party: ${sentence}`, () => {
    const found = ties(sentence);
    assert.ok(found.some((finding) => finding.includes(words)), JSON.stringify(found));
  });
}

/** True restatements and sentences the drawn facts cannot judge. */
const CLEAN: readonly string[] = [
  'وقالت المتحدثة باسم حزب بلايد كامري لشؤون التعليم غوينليان هيوز إن الخطة جاءت متأخرة.',
  'وقال مارتن بيلامي، المتحدث باسم حزب الديمقراطيين الأحرار لشؤون الصحة، إنها خطوة أولى مرحب بها.',
  'Gwenllian Hughes, the education spokesperson of Plaid Cymru, said the plan came too late.',
  "Martin Bellamy, the Liberal Democrats' health spokesperson, called it a welcome first step.",
  'Alun Jenkins, a spokesman for the Welsh Government, said the clinics would stay open until April.',
  'The health minister, Owen Pritchard, said the clinics would see 400 patients a day.',
];

for (const sentence of CLEAN) {
  test(`clean: ${sentence}`, () => {
    assert.deepEqual(ties(sentence), []);
  });
}

test('the party of a title is drawn as the post\'s organisation and the person\'s party', () => {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', EN), 'utf8');
  const kb = drawFactBase(article, {}).factBase as unknown as Record<string, Record<string, unknown>[]>;
  const nameOf = (id: unknown) => ((kb.organisations ?? []).find((fact) => fact.id === id)?.names as { en?: string[] } | undefined)?.en?.[0];
  const postOf = (holder: string) => nameOf((kb.posts ?? []).find((post) => post.holder === holder)?.organisation);
  assert.equal(postOf('hughes'), 'Plaid Cymru');
  assert.equal(postOf('bellamy'), 'Liberal Democrats');
  const parties = (kb.affiliations ?? []).map((tie) => `${String(tie.member)} → ${nameOf(tie.organisation)}`).sort();
  assert.deepEqual(parties, ['bellamy → Liberal Democrats', 'hughes → Plaid Cymru']);
});

/*
 * Australian copy spells the party Labor (the Australian Labor Party): "a Labor MP" names the
 * labour side as "a Labour MP" does, and gives a Greens member the wrong party. Traps: the true
 * party, and a labor minister's portfolio ("Labor Minister", a ministry of labour) in a title that
 * names no party.
 */
const AU = 'ferry32.en.txt';
const auTies = (sentence: string) => probeFindings(AU, sentence).filter((finding) => /^(affiliation|post-holder):/.test(finding));

const AU_FLAGGED: readonly [string, string][] = [
  ['Nadia Holloway, a Labor MP, said island residents had been warned about the ageing fleet.', 'Labor'],
  ['Labor MP Nadia Holloway said island residents had been warned about the ageing fleet.', 'Labor'],
  ['Marcus Reid, a Labor senator, said the government had already ordered two new vessels.', 'Labor'],
];

for (const [sentence, words] of AU_FLAGGED) {
  test(`flags the wrong party (Labor): ${sentence}`, () => {
    const found = auTies(sentence);
    assert.ok(found.some((finding) => finding.includes(words)), JSON.stringify(found));
  });
}

const AU_CLEAN: readonly string[] = [
  'Nadia Holloway, a Greens MP, said island residents had been warned about the ageing fleet.',
  'Marcus Reid, a Liberal senator, said the government had already ordered two new vessels.',
  'Labor Minister Jo Castle said ferry crews would be paid for lost shifts.',
  'The Labor Minister, Jo Castle, said ferry crews would be paid for lost shifts.',
];

for (const sentence of AU_CLEAN) {
  test(`clean (Labor): ${sentence}`, () => {
    assert.deepEqual(auTies(sentence), []);
  });
}

/*
 * An Arabic cue of membership, then a party the fact base names in English only, then the name
 * («النائبة عن حزب العمال نادية هولواي», «القيادي في حزب العمال فلان»): the party named by its kind noun
 * is compared with the person's by its side, as it is after the name. Traps: the true party, a
 * side written as the party's adjective, and a body that is no party.
 */
const AR_BEFORE_FLAGGED: readonly [string, string][] = [
  ['وقالت النائبة عن حزب العمال نادية هولواي إن سكان الجزيرة حُذّروا من تقادم الأسطول.', 'حزب العمال'],
  ['وقال القيادي في حزب العمال ماركوس ريد إن الحكومة طلبت سفينتين جديدتين.', 'حزب العمال'],
];

for (const [sentence, words] of AR_BEFORE_FLAGGED) {
  test(`flags the wrong party before the name: ${sentence}`, () => {
    const found = auTies(sentence);
    assert.ok(found.some((finding) => finding.includes(words)), JSON.stringify(found));
  });
}

const AR_BEFORE_CLEAN: readonly string[] = [
  'وقالت النائبة عن حزب الخضر نادية هولواي إن سكان الجزيرة حُذّروا من تقادم الأسطول.',
  'وقال عضو الحزب الليبرالي ماركوس ريد إن الحكومة طلبت سفينتين جديدتين.',
  'وقالت عضوة مجلس إدارة الشركة نادية هولواي إن سكان الجزيرة حُذّروا من تقادم الأسطول.',
];

for (const sentence of AR_BEFORE_CLEAN) {
  test(`clean before the name: ${sentence}`, () => {
    assert.deepEqual(auTies(sentence), []);
  });
}

/*
 * A party before a member's seat, then the name set off by a comma ("The Labor member for
 * Franklin, Dean Whitlock, …"; "The Greens member for Clark in the House of Assembly, X"): the
 * member belongs to the party, so a draft that gives the seat to another party is flagged. Traps:
 * the true party, and a seat with no party before it.
 */
const SEAT_FLAGGED: readonly [string, string][] = [
  ['Dean Whitlock, the Greens member for Franklin, called for an inquiry into the maintenance budget.', 'Greens'],
  ['Dean Whitlock, a Liberal MP, called for an inquiry into the maintenance budget.', 'Liberal'],
  ['وطالب النائب عن حزب الخضر دين ويتلوك بفتح تحقيق في ميزانية الصيانة.', 'حزب الخضر'],
];

for (const [sentence, words] of SEAT_FLAGGED) {
  test(`flags the wrong party of a seat: ${sentence}`, () => {
    const found = auTies(sentence);
    assert.ok(found.some((finding) => finding.includes(words)), JSON.stringify(found));
  });
}

const SEAT_CLEAN: readonly string[] = [
  'Dean Whitlock, the Labor member for Franklin, called for an inquiry into the maintenance budget.',
  'وطالب النائب عن حزب العمال دين ويتلوك بفتح تحقيق في ميزانية الصيانة.',
];

for (const sentence of SEAT_CLEAN) {
  test(`clean seat: ${sentence}`, () => {
    assert.deepEqual(auTies(sentence), []);
  });
}

test('a party before a seat draws no party for a seat with none before it', () => {
  const kb = drawFactBase('HOBART, 3 December 2026 — The member for Franklin, Dean Whitlock, called for an inquiry.\n', {}).factBase as unknown as Record<string, unknown[]>;
  assert.deepEqual(kb.affiliations ?? [], []);
});
