/**
 * Posts named by a verb in a relative clause after a name ("Jane Ellery, who chairs the Otter
 * Valley Association"; «حسن بوزيد، الذي يرأس الاتحاد الوطني للفلاحين»), read only there (posts.ts
 * `verbTitleAt`), and movements or fronts named without guillemets after a word of belonging
 * («عضو حركة مجتمع السلم», «المنتمي إلى تيار المستقبل»; organisations.ts `tiedHead`). Near misses:
 * a verb before a name is no title, a unit inside a body gets no post, and حركة alone is a noun.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

type Fact = Record<string, unknown>;
interface Drawn {
  people: Fact[];
  posts: Fact[];
  organisations: Fact[];
  affiliations: Fact[];
}

const draw = (article: string) => drawFactBase(article, { published: '2026-12-01' }).factBase as unknown as Drawn;
const firstName = (fact: Fact | undefined) => (fact ? Object.values(fact.names as Record<string, string[]>)[0]![0] : undefined);

/** Each post as "holder: role @ organisation". */
function posts(kb: Drawn): string[] {
  return kb.posts.map((post) => `${firstName(kb.people.find((p) => p.id === post.holder))}: ${String(post.role)} @ ${firstName(kb.organisations.find((o) => o.id === post.organisation)) ?? '-'}`);
}

test('English: who chairs, heads, runs or founded a body is its chair, head or founder', () => {
  assert.deepEqual(posts(draw('Jane Ellery, who chairs the Otter Valley Association, called the fine far too small.')), ['Jane Ellery: chairman @ Otter Valley Association']);
  assert.deepEqual(posts(draw('Alasdair Kerr, who chairs the Mull Community Council, said islanders had waited.')), ['Alasdair Kerr: chairman @ Mull Community Council']);
  assert.deepEqual(posts(draw('Ann Lee, who heads the Highland Housing Authority, said rents would rise.')), ['Ann Lee: head @ Highland Housing Authority']);
});

test("English near misses: a unit inside a body, a verb that is no post's, a title before the name", () => {
  assert.deepEqual(posts(draw("Megan Firth, who heads Devon County Council's environmental health team, said tests were continuing.")), []);
  assert.deepEqual(posts(draw('Megan Firth, who visited the Otter Valley Association, said tests were continuing.')), []);
});

test('Arabic: «الذي يرأس» and «التي ترأس» name the chair of the body after them; a verb before a name is no title', () => {
  assert.deepEqual(posts(draw('وقال حسن بوزيد، الذي يرأس الاتحاد الوطني للفلاحين، إن المحصول تراجع.')), ['حسن بوزيد: chairman @ الاتحاد الوطني للفلاحين']);
  assert.deepEqual(posts(draw('وقالت سلمى العلوي، التي ترأس جمعية حماية المستهلك، إن الأسعار ارتفعت.')), ['سلمى العلوي: chairman @ جمعية حماية المستهلك']);
  assert.deepEqual(posts(draw('وترأس سلمان العلوي اجتماعاً لجمعية حماية المستهلك.')), []);
});

test('Arabic: a movement named after a word of belonging is drawn with the tie; حركة alone is a noun', () => {
  const kb = draw('ودعت النائبة سميرة بوعزة، عضو حركة مجتمع السلم، الحكومة إلى الحوار. وقال سعد الحريري، المنتمي إلى تيار المستقبل، إن الحوار ضروري.');
  assert.deepEqual(kb.organisations.map(firstName).sort(), ['تيار المستقبل', 'حركة مجتمع السلم']);
  const ties = kb.affiliations.map((a) => `${firstName(kb.people.find((p) => p.id === a.member))} → ${firstName(kb.organisations.find((o) => o.id === a.organisation))}`);
  assert.deepEqual(ties.sort(), ['سعد الحريري → تيار المستقبل', 'سميرة بوعزة → حركة مجتمع السلم']);
  assert.deepEqual(draw('وتسببت حركة المرور في تأخير الوفد الذي ترأسه سميرة بوعزة.').organisations, []);
});

test('a chair drawn from "who chairs" is compared: another body is flagged, the same one in other words is not', () => {
  const article = 'Jane Ellery, who chairs the Otter Valley Association, called the fine far too small.';
  const parsed = parseFactBase(JSON.stringify(draw(article)), 'probe.factbase.json', article);
  const checker = createChecker([parsed.factBase!], { scope: 'all' });
  const flagged = (sentence: string) => checker.check(sentence).findings.map((f) => f.ruleId);
  assert.deepEqual(flagged('Jane Ellery, chair of the Otter Valley Association, called the fine far too small.'), []);
  assert.deepEqual(flagged('Otter Valley Association chairwoman Jane Ellery called the fine too small.'), []);
  assert.deepEqual(flagged('Jane Ellery, chief executive of the Otter Valley Association, called the fine far too small.'), ['post-holder']);
});
