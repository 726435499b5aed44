/**
 * Posts behind a possessive pronoun: "Its chief executive, Jane Doe" and «رئيسها التنفيذي، حسام
 * الشريف» are posts of the body named just before (with membership of it); "its head of highways"
 * and «مدير عملياتها», whose pronoun is on the title's complement, are posts of a unit inside the
 * body and drawn unsure, as is a pronoun after sentences that name two bodies. A definite kind
 * noun heads a name only before a nationality or a naming adjective and a complement with لل
 * (الشركة المصرية للنقل النهري), not before a participle (الشركة المالكة للعبارة).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';
import { drawnChecker } from './helpers';

type Named = { id: string; names: { ar?: string[]; en?: string[] } };
type Drawn = { organisations: Named[]; posts: { holder: string; role: string; organisation?: string; review?: { unsure?: boolean } }[]; affiliations: { member: string; organisation: string }[] };

/** Each drawn post as "holder role organisation[ unsure]", and each membership as "member in organisation". */
function posts(text: string): string[] {
  const kb = drawFactBase(text).factBase as unknown as Drawn;
  const name = (id?: string) => {
    const names = kb.organisations.find((o) => o.id === id)?.names;
    return names ? (names.en ?? names.ar)![0] : String(id);
  };
  return [
    ...kb.posts.map((p) => `${p.holder} ${p.role} ${name(p.organisation)}${p.review?.unsure && p.review && !String((p.review as { reason?: string }).reason).includes('table') ? ' unsure' : ''}`),
    ...kb.affiliations.map((a) => `${a.member} in ${name(a.organisation)}`),
  ];
}

const EN = 'Firm\n\nLONDON, Monday 9 March 2026 - Harbour Ferries Ltd suspended sailings on Sunday.';
const AR = 'شركة\n\nالقاهرة – الاثنين 9 مارس/آذار 2026\n\nأعلنت الشركة المصرية للنقل النهري وقف رحلاتها.';

test('a title with its possessive pronoun is the post of the body named just before, in English and Arabic', () => {
  assert.deepEqual(posts(`${EN} Its chief executive, Jane Doe, said the firm would reopen.\n`), ['doe chief-executive Harbour Ferries Ltd', 'doe in Harbour Ferries Ltd']);
  assert.deepEqual(posts(`${AR} وقال رئيسها التنفيذي، حسام الشريف، إن الشركة ستعود.\n`), ['al-sherif chief-executive الشركة المصرية للنقل النهري', 'al-sherif in الشركة المصرية للنقل النهري']);
});

test('near misses: the pronoun on a complement, or two bodies named before, leave the post unsure and draw no membership', () => {
  assert.deepEqual(posts(`${EN} Its head of operations, Jane Doe, said the firm would reopen.\n`), ['doe head Harbour Ferries Ltd unsure']);
  assert.deepEqual(posts(`${AR} وقال مدير عملياتها، حسام الشريف، إن الشركة ستعود.\n`), ['al-sherif director الشركة المصرية للنقل النهري unsure']);
  assert.deepEqual(posts(`${EN.replace('suspended', 'and Shropshire Council suspended')} Its chief executive, Jane Doe, said the firm would reopen.\n`).filter((p) => p.startsWith('doe')), ['doe chief-executive Shropshire Council unsure']);
  // A participle after a definite kind noun names no body.
  const kb = drawFactBase('شركة\n\nالقاهرة – الاثنين 9 مارس/آذار 2026\n\nوقالت الشركة المالكة للعبارة إن الرحلات ستعود.\n').factBase as unknown as Drawn;
  assert.deepEqual(kb.organisations.map((o) => o.names.ar?.[0]), []);
});

test('a draft giving the post to the wrong body or another title is flagged; the true one is not', () => {
  const article = `${EN} Its chief executive, Jane Doe, said the firm would reopen.\n`;
  const checker = drawnChecker(article);
  const found = (text: string) => checker.check(text).findings.map((f) => f.ruleId);
  assert.deepEqual(found('Jane Doe, the chairman of Harbour Ferries Ltd, said the firm would reopen.'), ['post-holder']);
  assert.deepEqual(found('Jane Doe, the chief executive of Harbour Ferries Ltd, said the firm would reopen.'), []);
});

test('a name led by a definite kind noun is also drawn as its indefinite chain, and a title with its pronoun also without it, so a draft naming the body another way is not flagged', () => {
  const article = `${AR} وقال مدير عملياتها، حسام الشريف، إن العبّارة خضعت للفحص.\n`;
  const kb = drawFactBase(article).factBase as unknown as Drawn & { posts: { title: { ar?: string[] } }[] };
  assert.deepEqual(kb.organisations[0]!.names.ar, ['الشركة المصرية للنقل النهري', 'شركة النقل النهري المصرية', 'شركة النقل النهري']);
  assert.deepEqual(kb.posts[0]!.title.ar, ['مدير عملياتها', 'مدير العمليات', 'مدير عمليات']);
  const parsed = parseFactBase(JSON.stringify(kb), 'ferry.factbase.json', article);
  const checker = createChecker([parsed.factBase!], { scope: 'all' });
  const found = (text: string) => checker.check(text).findings.map((f) => f.ruleId);
  assert.deepEqual(found('وقال مدير عمليات شركة النقل النهري المصرية حسام الشريف إن العبارة خضعت للفحص.'), []);
  assert.deepEqual(found('وقال حسام الشريف، رئيس الشركة المصرية للنقل النهري، إن العبارة خضعت للفحص.'), ['post-holder']);
});
