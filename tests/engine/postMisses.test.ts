/**
 * Titles said in wordings the checks missed, in both languages, on the dev stories' fact bases:
 * a Member of the Senedd's "MS" with a party before it ("Labour MS Meleri Rhys" for a Plaid Cymru
 * member; "Ms" before a name stays a courtesy), "X, who chairs Y" (a chair's verb, compared like a
 * verb of heading but naming no chief executive), a title after «بصفته» ("in his capacity as"), and
 * an Arabic staff title whose organisation follows «في» («المسؤول في وزارة الصحة»). Each with true
 * restatements that must pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { findingLines, fixtureFactBase } from './helpers';

const RULES = ['post-holder', 'affiliation'];
const fire = findingLines(createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' }), RULES);
const weather = findingLines(createChecker([fixtureFactBase('dev-stories/en-weather')], { scope: 'all' }), RULES);
const education = findingLines(createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' }), RULES);

test("a party before a Member of the Senedd's MS is compared with the member's party", () => {
  assert.ok(fire('Labour MS Meleri Rhys called for a public inquiry.').some((line) => line.startsWith('affiliation: Labour')));
  assert.deepEqual(fire('Plaid Cymru MS Meleri Rhys called for a public inquiry.'), []);
  assert.deepEqual(fire('Meleri Rhys MS called for a public inquiry.'), []);
  // "Ms" before a name is a courtesy title.
  assert.deepEqual(weather('The premier, Ms Thornton, said the recovery would take months.'), []);
  assert.deepEqual(weather('Queensland Premier Ms Rebecca Thornton said the recovery would take months.'), []);
});

test('"who chairs" names a chair or a leader of the body, and flags another body or a managing director', () => {
  assert.ok(fire('Alun Maddox, who chairs Natural Resources Wales, said the authority would review the permit.').length > 0);
  assert.ok(fire('Sian Beddoe, who chairs Gwalia Recycling, apologised to residents.').length > 0);
  assert.deepEqual(fire('Alun Maddox, who chairs Swansea Council, said the authority would review the permit.'), []);
});

test('a title after بصفته is the name\'s', () => {
  assert.ok(education('وقال منصف الرياحي بصفته وزير الصحة إن الامتحانات ستجرى.').length > 0);
  assert.ok(education('وقال حاتم البجاوي، بصفته الكاتب العام لنقابة التعليم الأساسي، إن النقابة متمسكة بمطالبها.').length > 0);
  assert.deepEqual(education('وقال منصف الرياحي بصفته وزير التربية إن الامتحانات ستجرى.'), []);
  assert.deepEqual(education('وقال حاتم البجاوي، بصفته الكاتب العام للجامعة العامة للتعليم الثانوي، إن النقابة متمسكة بمطالبها.'), []);
});

test('an Arabic staff title takes the organisation after في', () => {
  assert.ok(education('وقال حاتم البجاوي، المسؤول في وزارة التربية، إن النقابة متمسكة بمطالبها.').length > 0);
  assert.ok(education('وقال المسؤول في وزارة التربية حاتم البجاوي إن النقابة متمسكة بمطالبها.').length > 0);
  assert.deepEqual(education('وقال حاتم البجاوي، المسؤول في الجامعة العامة للتعليم الثانوي، إن النقابة متمسكة بمطالبها.'), []);
});
