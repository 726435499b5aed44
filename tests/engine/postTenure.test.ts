/**
 * Posts said with their time or their government, in both languages: a person called the former
 * holder of a post the fact base says they still hold ("former transport minister Ruth Allan"),
 * and a spokeswoman tied to another country's government than the one she speaks for. On an
 * invented story (a rail link approved) so that no corpus sentence is involved; the true former
 * holder, a former post the fact base does not know and a "former" of another title stay unflagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Rail link approved after long dispute',
  'LISBURN, Tuesday 10 March 2026 - The Transport Minister, Ruth Allan, approved the rail link on Monday.',
  'Her predecessor as transport minister, Paul Kerr, had opposed it.',
  'A spokeswoman for the Irish government, Aoife Byrne, welcomed the decision.',
  'The British government said the link would open in 2030.',
].join('\n');

const cite = citer(ARTICLE);

const factBase = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'lisburn-rail',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-03-10' },
    people: [
      { id: 'allan', names: { en: ['Ruth Allan'], ar: ['روث آلان'] }, gender: 'f', evidence: cite('Ruth Allan') },
      { id: 'kerr', names: { en: ['Paul Kerr'], ar: ['بول كير'] }, gender: 'm', evidence: cite('Paul Kerr') },
      { id: 'byrne', names: { en: ['Aoife Byrne'], ar: ['إيفا بيرن'] }, gender: 'f', evidence: cite('Aoife Byrne') },
    ],
    organisations: [
      { id: 'uk-gov', kind: 'government', names: { en: ['British government', 'UK government'], ar: ['الحكومة البريطانية'] }, evidence: cite('The British government') },
      { id: 'irish-gov', kind: 'government', names: { en: ['Irish government', 'government of Ireland'], ar: ['الحكومة الأيرلندية'] }, evidence: cite('the Irish government') },
      { id: 'transport', kind: 'ministry', parent: 'uk-gov', names: { en: ['Transport Ministry', 'Department for Transport'], ar: ['وزارة النقل'] }, evidence: cite('Transport Minister') },
    ],
    posts: [
      { id: 'allan-minister', holder: 'allan', role: 'minister', organisation: 'transport', country: 'GB', title: { en: ['Transport Minister', 'transport minister'], ar: ['وزيرة النقل'] }, evidence: cite('The Transport Minister, Ruth Allan') },
      { id: 'kerr-minister', holder: 'kerr', role: 'minister', status: 'former', organisation: 'transport', country: 'GB', title: { en: ['transport minister'], ar: ['وزير النقل'] }, evidence: cite('Her predecessor as transport minister, Paul Kerr') },
      { id: 'byrne-spokeswoman', holder: 'byrne', role: 'spokesperson', organisation: 'irish-gov', country: 'IE', title: { en: ['government spokeswoman', 'spokeswoman'], ar: ['المتحدثة باسم الحكومة الأيرلندية'] }, evidence: cite('A spokeswoman for the Irish government, Aoife Byrne') },
    ],
  },
  'lisburn-rail.factbase.json',
  ARTICLE,
);

const findings = findingLines(createChecker([factBase], { scope: 'all' }), ['post-holder', 'affiliation']);

test('the former holder of a post the person still holds is flagged', () => {
  assert.equal(findings('Former transport minister Ruth Allan approved the rail link.').length, 1);
  assert.equal(findings('Ruth Allan, the former transport minister, approved the rail link.').length, 1);
  assert.equal(findings('وقالت وزيرة النقل السابقة روث آلان إن الخط سيفتح.').length, 1);
  assert.equal(findings('وقالت روث آلان، وزيرة النقل السابقة، إن الخط سيفتح.').length, 1);
});

test('a true former holder, an unknown former post and a "former" of another title pass', () => {
  assert.deepEqual(findings('Former transport minister Paul Kerr had opposed it.'), []);
  assert.deepEqual(findings('Paul Kerr, a former transport minister, had opposed it.'), []);
  assert.deepEqual(findings('وقال وزير النقل السابق بول كير إنه عارض الخط.'), []);
  assert.deepEqual(findings('Transport Minister Ruth Allan approved the rail link.'), []);
  assert.deepEqual(findings('Ruth Allan, a former teacher, approved the rail link.'), []);
  assert.deepEqual(findings('Ruth Allan, who replaced former transport minister Paul Kerr, approved the rail link.'), []);
  assert.deepEqual(findings('Former health minister Ruth Allan approved the rail link.'), []);
});

test("a government named with a post is compared by country with the post's government", () => {
  assert.equal(findings('British government spokeswoman Aoife Byrne welcomed the decision.').length, 1);
  assert.equal(findings('Aoife Byrne, a spokeswoman for the British government, welcomed the decision.').length, 1);
  assert.equal(findings('وقالت المتحدثة باسم الحكومة البريطانية إيفا بيرن إن القرار جيد.').length, 1);
  assert.deepEqual(findings('Irish government spokeswoman Aoife Byrne welcomed the decision.'), []);
  assert.deepEqual(findings('Aoife Byrne, a spokeswoman for the Irish government, welcomed the decision.'), []);
  assert.deepEqual(findings('وقالت المتحدثة باسم الحكومة الأيرلندية إيفا بيرن إن القرار جيد.'), []);
  // The minister's ministry belongs to the British government: naming it is no contradiction.
  assert.deepEqual(findings('British government minister Ruth Allan approved the rail link.'), []);
});
