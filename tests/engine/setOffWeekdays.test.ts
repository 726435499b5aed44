/**
 * A weekday set off by commas between a subject and its verb ("Gareth Howells, on Friday, visited
 * the site", «الجامعة العامة للتعليم الثانوي، يوم الأربعاء، وقعت … اتفاقاً») speaks in the clauses
 * on either side of it: the words beside it there say which of the events of the restated article
 * sentence it dates. Probes against the dev stories en-fire (Howells visited on Thursday 12
 * November; he will address the Senedd on Tuesday 17 November, in the same article sentence) and
 * ar-education (the agreement signed on Thursday 9 July), written before the change, with the
 * right days that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { datedFindings as dated, fixtureFactBase } from './helpers';

const fire = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });


test('a weekday set off between the subject and the verb dates the event of the verb', () => {
  assert.deepEqual(dated(fire, 'Gareth Howells, on Friday, visited the site in Llansamlet.'), ['Friday → Thursday @ visit']);
  assert.deepEqual(dated(education, 'الجامعة العامة للتعليم الثانوي، يوم الأربعاء، وقعت مع وزارة التربية اتفاقاً يقضي بزيادة المنحة.'), ['الأربعاء → الخميس @ agreement']);
});

test('the right weekday set off between the subject and the verb stays clean', () => {
  assert.deepEqual(dated(fire, 'Gareth Howells, on Thursday, visited the site in Llansamlet.'), []);
  assert.deepEqual(dated(fire, 'Gareth Howells, on Tuesday, will make a statement to the Senedd in Cardiff.'), []);
  assert.deepEqual(dated(education, 'الجامعة العامة للتعليم الثانوي، يوم الخميس، وقعت مع وزارة التربية اتفاقاً يقضي بزيادة المنحة.'), []);
});
