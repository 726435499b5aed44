/**
 * Affiliation probes (session 35). A party the fact base knows by its name alone, with no kind
 * noun (a name like Sinn Féin or Fatah), is still the person's party when a draft names another
 * party by its kind noun after a cue of membership («العضوة في حزب الوسط», "a member of the Centre
 * Party"). TD, the Irish house's own word for its member, is a member's title like MP: a party
 * before it is the member's side ("a Green TD"), and drawing takes the party before it ("the Labour
 * TD for X, Y") as the person's. Well-known parties of Ireland, the United Kingdom, South Africa and
 * Canada are in the reference lexicon, so a draft that gives a person one of them (a Fine Gael TD)
 * is compared even when the story does not name it. Traps: the true party with or without its kind noun, the
 * person's second true body (the council, a committee), the member's own title.
 * Sentences and article invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { drawFactBase } from '../../engine/src/draw/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Kilbrack council backs new bus lane',
  'KILBRACK, Monday 9 November 2026 - Kilbrack City Council voted on Monday for a bus lane to the harbour.',
  'The mayor, Niamh Tully, a Saoirse Nua councillor, said the lane would open in March.',
  'But the Labour TD for Kilbrack North, Ciara Moyles, who sits on the Joint Committee on Transport, said the harbour still had no rail link.',
  'Declan Ryan, a Fianna Fáil councillor, voted against the lane.',
].join('\n\n') + '\n';

function factBase(): object {
  const cite = citer(ARTICLE);
  return {
    schemaVersion: 2,
    id: 'kilbrack-lane',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-11-09' },
    people: [
      { id: 'tully', names: { en: ['Niamh Tully'], ar: ['نيام تولي'] }, short: { en: ['Tully'] }, gender: 'f', evidence: cite('Niamh Tully') },
      { id: 'moyles', names: { en: ['Ciara Moyles'], ar: ['كيارا مويلز'] }, short: { en: ['Moyles'] }, gender: 'f', evidence: cite('Ciara Moyles') },
      { id: 'ryan', names: { en: ['Declan Ryan'], ar: ['ديكلان رايان'] }, short: { en: ['Ryan'] }, gender: 'm', evidence: cite('Declan Ryan') },
    ],
    organisations: [
      { id: 'council', kind: 'council', names: { en: ['Kilbrack City Council'], ar: ['مجلس مدينة كيلبراك'] }, evidence: cite('Kilbrack City Council') },
      { id: 'saoirse', kind: 'party', names: { en: ['Saoirse Nua'], ar: ['سيرشا نوا'] }, evidence: cite('a Saoirse Nua councillor') },
      { id: 'labour', kind: 'party', names: { en: ['Labour Party', 'Labour'], ar: ['حزب العمال'] }, evidence: cite('the Labour TD') },
      { id: 'ff', kind: 'party', names: { en: ['Fianna Fáil'], ar: ['فيانا فايل'] }, evidence: cite('a Fianna Fáil councillor') },
      { id: 'dail', kind: 'parliament', names: { en: ['Dáil'], ar: ['مجلس النواب'] }, evidence: cite('the Labour TD for Kilbrack North') },
      { id: 'committee', kind: 'committee', parent: 'dail', names: { en: ['Joint Committee on Transport', 'transport committee'], ar: ['لجنة النقل'] }, evidence: cite('Joint Committee on Transport') },
    ],
    posts: [
      { id: 'tully-mayor', holder: 'tully', role: 'mayor', organisation: 'council', title: { en: ['mayor'], ar: ['رئيسة البلدية'] }, evidence: cite('The mayor, Niamh Tully') },
      { id: 'tully-councillor', holder: 'tully', role: 'member', organisation: 'council', title: { en: ['councillor'], ar: ['عضوة المجلس البلدي'] }, evidence: cite('a Saoirse Nua councillor') },
      { id: 'ryan-councillor', holder: 'ryan', role: 'member', organisation: 'council', title: { en: ['councillor'], ar: ['عضو المجلس البلدي'] }, evidence: cite('a Fianna Fáil councillor') },
      { id: 'moyles-td', holder: 'moyles', role: 'member', organisation: 'dail', title: { en: ['TD'], ar: ['النائبة'] }, evidence: cite('the Labour TD for Kilbrack North, Ciara Moyles') },
      { id: 'moyles-committee', holder: 'moyles', role: 'member', organisation: 'committee', title: { en: ['member of the transport committee'], ar: ['عضوة لجنة النقل'] }, evidence: cite('who sits on the Joint Committee on Transport') },
    ],
    affiliations: [
      { id: 'tully-saoirse', member: 'tully', organisation: 'saoirse', relation: 'member-of', evidence: cite('a Saoirse Nua councillor') },
      { id: 'moyles-labour', member: 'moyles', organisation: 'labour', relation: 'member-of', evidence: cite('the Labour TD') },
      { id: 'ryan-ff', member: 'ryan', organisation: 'ff', relation: 'member-of', evidence: cite('a Fianna Fáil councillor') },
    ],
  };
}

const checker = createChecker([loadTestFactBase(factBase(), 'kilbrack.factbase.json', ARTICLE)], { scope: 'all' });

/** The findings of the tie and post rules, as "rule: flagged text". */
function findings(draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'post-holder' || finding.ruleId === 'affiliation')
    .map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`);
}

const FLAGGED: readonly [string, string][] = [
  ['وقالت نيام تولي، العضوة في حزب الوسط، إن المسار سيفتح في مارس.', 'affiliation: حزب الوسط'],
  ['وقالت نيام تولي، المنتمية إلى حزب الوسط، إن المسار سيفتح في مارس.', 'affiliation: حزب الوسط'],
  ['Niamh Tully, a member of the Centre Party, said the lane would open in March.', 'affiliation: Centre Party'],
  ['Ciara Moyles, a Green TD, said the harbour still had no rail link.', 'affiliation: Green'],
  ['Ciara Moyles, the Saoirse Nua TD for Kilbrack North, said the harbour still had no rail link.', 'affiliation: Saoirse Nua'],
  // Well-known parties the fact base does not name (the reference lexicon of organisations).
  ['Ciara Moyles, a Fine Gael TD, said the harbour still had no rail link.', 'affiliation: Fine Gael'],
  ['Declan Ryan, a Sinn Féin councillor, voted against the lane.', 'affiliation: Sinn Féin'],
  ['وصوّت ديكلان رايان، العضو في فاين غيل، ضد المسار.', 'affiliation: فاين غيل'],
];

for (const [draft, expected] of FLAGGED) {
  test(`flags: ${draft}`, () => {
    const found = findings(draft);
    assert.ok(found.includes(expected), `${draft} ⇒ ${found.join(' | ')}`);
  });
}

const CLEAN: readonly string[] = [
  'وقالت نيام تولي، العضوة في حزب سيرشا نوا، إن المسار سيفتح في مارس.',
  'وقالت نيام تولي، العضوة في سيرشا نوا، إن المسار سيفتح في مارس.',
  'وقالت نيام تولي، العضوة في مجلس مدينة كيلبراك، إن المسار سيفتح في مارس.',
  'Niamh Tully, a member of Saoirse Nua, said the lane would open in March.',
  'Ciara Moyles, the Labour TD for Kilbrack North, said the harbour still had no rail link.',
  'Ciara Moyles, a Labour TD and a member of the transport committee, said the harbour still had no rail link.',
  'وقالت كيارا مويلز، النائبة عن حزب العمال، إن الميناء ما زال بلا خط للقطار.',
  'A spokesman for the council said the lane would open in March.',
  'Declan Ryan, a Fianna Fail councillor, voted against the lane.',
  'وصوّت ديكلان رايان، العضو في حزب فيانا فايل، ضد المسار.',
  'Ciara Moyles, the Labour TD, said Fine Gael had ignored the harbour.',
];

for (const draft of CLEAN) {
  test(`clean: ${draft}`, () => {
    assert.deepEqual(findings(draft), []);
  });
}

test('a party before the title TD is drawn as the member\'s party', () => {
  const kb = drawFactBase(ARTICLE, { published: '2026-11-09' }).factBase as unknown as Record<string, (Record<string, unknown> & { id: string })[]>;
  const nameOf = (list: (Record<string, unknown> & { id: string })[] | undefined, id: unknown) => ((list ?? []).find((fact) => fact.id === id)?.names as { en?: string[] } | undefined)?.en?.[0] ?? String(id);
  const ties = (kb.affiliations ?? []).map((tie) => `${nameOf(kb.people, tie.member)} → ${nameOf(kb.organisations, tie.organisation)}`);
  assert.ok(ties.includes('Ciara Moyles → Labour'), ties.join(' | '));
});

/*
 * A caucus is a party's group in a house: "the Civic Democratic Alliance's caucus leader" leads a party's
 * group, so drawing makes the body a party, and a draft's "the Freedom Party's caucus leader" for
 * the same person names another party.
 */
const CAUCUS = [
  'Harbour city council declares water emergency',
  'PORT ELLIS, Tuesday 3 November 2026 - The city declared a water emergency on Tuesday.',
  'Pieter Botha, the Civic Democratic Alliance\'s caucus leader in the council, said the leaks had been reported two years ago.',
].join('\n\n') + '\n';

test('the body whose caucus a person leads is drawn as a party', () => {
  const kb = drawFactBase(CAUCUS, { published: '2026-11-03' }).factBase as unknown as Record<string, (Record<string, unknown> & { id: string })[]>;
  const body = (kb.organisations ?? []).find((fact) => (fact.names as { en?: string[] }).en?.includes('Civic Democratic Alliance'));
  assert.equal(body?.kind, 'party');
});

const drawnCaucus = drawFactBase(CAUCUS, { published: '2026-11-03' }).factBase;
/** The Arabic name drawn for Pieter Botha. */
const BOTHA = ((drawnCaucus.people ?? []).find((person) => person.id === 'botha')?.names as { ar?: string[] } | undefined)?.ar?.[0] ?? 'botha';
const caucus = createChecker([loadTestFactBase(drawnCaucus, 'caucus.factbase.json', CAUCUS)], { scope: 'all' });
const caucusFindings = (draft: string) => caucus.check(draft).findings.filter((finding) => finding.ruleId === 'affiliation' || finding.ruleId === 'post-holder').map((finding) => draft.slice(finding.range.start, finding.range.end));

test('flags: another party\'s caucus leader', () => {
  for (const draft of ['Pieter Botha, the Freedom Party\'s caucus leader in the council, said the leaks had been reported two years ago.', 'Pieter Botha, the Freedom Party\'s caucus leader, said the leaks had been reported two years ago.']) {
    assert.ok(caucusFindings(draft).some((text) => text.includes('Freedom Party')), `${draft} ⇒ ${caucusFindings(draft).join(' | ')}`);
  }
});

test('clean: the true party\'s caucus leader', () => {
  for (const draft of [
    // The party's Arabic name runs on into the verb's object (no comma): its side word agrees with the party's.
    `واتهم ${BOTHA}، زعيم كتلة التحالف المدني الديمقراطي البلدية بتجاهل التحذيرات.`,'Pieter Botha, the Civic Democratic Alliance\'s caucus leader in the council, said the leaks had been reported two years ago.', 'Pieter Botha, the caucus leader, said the leaks had been reported two years ago.']) {
    assert.deepEqual(caucusFindings(draft), []);
  }
});
