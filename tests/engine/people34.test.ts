/**
 * People probes (session 34) over two invented articles on a bus company's strike
 * (`drawProbes/people34.en.txt`, `drawProbes/people34.ar.txt`), drawn into fact bases.
 *
 * Posts the drawing must not give: a title in apposition after two names joined by "and" or «و»
 * that joins two titles ("A and B, the council's leader and deputy leader", «أ وب، رئيس المجلس
 * ونائبته») names each person's post in turn, and neither is the whole; a title in apposition that
 * stands right before another person's name ("X, the daughter of former prime minister Y") is that
 * person's; a title that governs another in construct after a person's comma («X، المتحدث باسم عضو
 * المجلس البلدي Y») is X's, and the name after it the inner title's; so is the name of a
 * spokesperson's complement followed by a comma and the holder's name («المتحدث باسم رئيس الوزراء Y،
 * X»), and a word of time before a title behind ل is the governing title's («المستشارة السابقة
 * للرئيس Y»: Y is no former president). An English head with a possessive ("the prime minister's
 * spokesman") is no title of the name before it, nor is it drawn as the post of a name before or
 * after it ("X, the mayor's chief of staff"); a word of another clause between a title and a name
 * parts them ("appointed chief executive in May after Gail Burton resigned"). A name right after
 * the noun of an institution or a site (مستشفى الملك فيصل, مدرسة خالد بن الوليد) is its name, no
 * person's, and the title before it goes to the name after its comma. A title's place and the
 * holder's name in one capitalised run (the Mayor of Thornby Ruth Okafor) give the name from its
 * given name on; City Hall is a building, no person. True drafts get nothing; wrong ones are flagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probeFindings } from './drawProbeChecks';

const EN = 'people34.en.txt';
const AR = 'people34.ar.txt';
const MINISTERS = 'people34-ministers.ar.txt';
const STAFF = 'people34-staff.en.txt';
const SITES = 'people34-sites.ar.txt';
const MAYOR = 'people34-mayor.en.txt';

/** The findings of the people rules a sentence gets, as "rule: flagged words". */
const people = (file: string, sentence: string) => probeFindings(file, sentence).filter((finding) => /^(post-holder|name-spelling|affiliation):/.test(finding));

/** True restatements, and sentences the drawn facts cannot judge: none may be flagged. */
const CLEAN: readonly [string, string][] = [
  [EN, "Sue Kemp, the council's deputy leader, said they would meet the union."],
  [EN, 'Ian Brody, the council leader, said they would meet the union.'],
  [EN, 'Ruth Ambler, chair of the passenger forum, said services must improve.'],
  [EN, 'Forum chair Ruth Ambler said services must improve.'],
  [EN, 'Geoffrey Ambler, the former prime minister, has a daughter, Ruth.'],
  [EN, 'Health Secretary Colin Marsh appointed Harriet Lowe in 2024.'],
  [EN, 'Rail Minister Peter Stroud met Transport Secretary Imogen Vale on Thursday.'],
  [EN, "Simon Pell, the company's former chief executive, said the strike had been avoidable."],
  [AR, 'وقالت سعاد القاسم، نائبة رئيس المجلس، إنها ستلتقي النقابة.'],
  [AR, 'وقالت نائبة رئيس المجلس سعاد القاسم إنها ستلتقي النقابة.'],
  [AR, "Souad al-Qassem, the council's deputy head, said she would meet the union."],
  [AR, 'وقال رئيس المجلس إياد بركات إنه سيلتقي النقابة.'],
  [AR, 'وقالت عضو المجلس البلدي جمانة البرغوثي إن المجلس لم يُستشر.'],
  [AR, 'وقال عمر الطحان، المتحدث باسم البرغوثي، إن المجلس لم يُستشر.'],
  [AR, 'وتترأس رنا العمري منتدى الركاب، ووالدها رئيس الوزراء الأسبق جمال العمري.'],
  [MINISTERS, 'Prime Minister Bishr al-Khasawneh said the government was pleased.'],
  [MINISTERS, 'وقال رئيس الوزراء بشر الخصاونة إن الحكومة راضية.'],
  [MINISTERS, "Faisal al-Shboul, the prime minister's spokesman, said the government was pleased."],
  [MINISTERS, 'وقال فيصل الشبول، المتحدث باسم رئيس الوزراء، إن الحكومة راضية.'],
  [MINISTERS, 'وانتقد الرئيس الحالي إريك سالو الاتفاق.'],
  [STAFF, 'Peter Mills, an adviser to the minister, disagreed.'],
  [STAFF, 'Transport Minister Peter Mills disagreed.'],
  [STAFF, "Karen Doyle, the mayor's chief of staff, said the charges would stay."],
  [STAFF, 'Council leader Andrew Lyle said a review was due.'],
  [STAFF, "Gail Burton, the trust's former chief executive, resigned in May."],
  [SITES, 'وقالت مديرة مستشفى الملك فيصل ليلى الحسيني إن المستشفى بات أقرب إلى السكان.'],
  [SITES, 'ويقع الجسر قرب مدرسة خالد بن الوليد ومستشفى الأمير حمزة.'],
  [MAYOR, "Ruth Okafor, the mayor of Thornby, reopened the town's library on Saturday."],
  [MAYOR, 'The mayor, Ruth Okafor, later visited City Hall.'],
];

for (const [file, sentence] of CLEAN) {
  test(`${file}: clean: ${sentence}`, () => {
    assert.deepEqual(people(file, sentence), []);
  });
}

/** Wrong restatements of posts the drawing reads, with the words the finding must cover. */
const FLAGGED: readonly [string, string, string][] = [
  [AR, 'وقالت المتحدثة باسم المجلس البلدي جمانة البرغوثي إن المجلس لم يُستشر.', 'المتحدثة باسم'],
  [MINISTERS, 'وقال وزير الإعلام فيصل الشبول إن الحكومة راضية.', 'وزير الإعلام'],
  [MINISTERS, 'Information Minister Faisal al-Shboul said the government was pleased.', 'Information Minister'],
  [SITES, 'Leila al-Husseini, a spokeswoman for King Faisal Hospital, said the hospital was now closer to residents.', 'spokeswoman'],
  [MAYOR, "The Mayor of Ashby Ruth Okafor reopened the town's library on Saturday.", 'Ashby'],
];

for (const [file, sentence, words] of FLAGGED) {
  test(`${file}: flagged: ${sentence}`, () => {
    const found = people(file, sentence);
    assert.ok(found.some((finding) => finding.startsWith('post-holder:') && finding.includes(words)), JSON.stringify(found));
  });
}

/** The drawn posts of a probe article, as "holder: first title". */
function drawnPosts(file: string): string[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  const kb = drawFactBase(article, {}).factBase as unknown as { posts?: { holder: string; title: Record<string, string[]> }[] };
  const lang = file.endsWith('.ar.txt') ? 'ar' : 'en';
  return (kb.posts ?? []).map((post) => `${post.holder}: ${(post.title[lang] ?? [])[0]}`);
}

test('a title in apposition before another name is that name\'s, not the apposed person\'s', () => {
  const posts = drawnPosts(EN);
  assert.ok(posts.includes('ambler-2: prime minister'), JSON.stringify(posts));
  assert.ok(!posts.includes('ambler: prime minister'), JSON.stringify(posts));
});

test('respective titles after two joined names are not given whole to the second', () => {
  assert.ok(!drawnPosts(EN).some((post) => post.startsWith('kemp:')), JSON.stringify(drawnPosts(EN)));
  assert.ok(!drawnPosts(AR).some((post) => post.startsWith('al-qassem:')), JSON.stringify(drawnPosts(AR)));
});

test('the name after a title that a person\'s apposed title governs is the inner title\'s', () => {
  const posts = drawnPosts(AR);
  assert.ok(!posts.some((post) => post.startsWith('al-barghouthi: المتحدث')), JSON.stringify(posts));
});

test('a word of time before a title behind ل is the governing title\'s', () => {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', MINISTERS), 'utf8');
  const kb = drawFactBase(article, {}).factBase as unknown as { posts?: { holder: string; status?: string }[] };
  const salo = (kb.posts ?? []).find((post) => post.holder === 'salo');
  assert.ok(salo && salo.status !== 'former', JSON.stringify(salo));
});

test('a title with a possessive, or parted from the name by another clause, is drawn for no one', () => {
  const posts = drawnPosts(STAFF);
  for (const holder of ['doyle', 'mills', 'lyle', 'burton']) assert.ok(!posts.some((post) => post.startsWith(`${holder}:`)), JSON.stringify(posts));
  assert.ok(posts.includes('wicks: chairman'), JSON.stringify(posts));
});

test('a name after the noun of an institution or a site is drawn as no person', () => {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', SITES), 'utf8');
  const kb = drawFactBase(article, {}).factBase as unknown as { people?: { names: { ar?: string[] } }[] };
  const names = (kb.people ?? []).map((person) => person.names.ar?.[0]);
  for (const name of ['الملك فيصل', 'خالد بن الوليد', 'الأمير حمزة']) assert.ok(!names.includes(name), JSON.stringify(names));
  assert.ok(drawnPosts(SITES).includes('al-hasini: مدير مستشفى الملك فيصل'), JSON.stringify(drawnPosts(SITES)));
});

test('the holder\'s name after a title\'s place in one capitalised run is drawn, and City Hall is no person', () => {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', MAYOR), 'utf8');
  const kb = drawFactBase(article, {}).factBase as unknown as { people?: { names: { en?: string[] } }[] };
  const names = (kb.people ?? []).map((person) => person.names.en?.[0]);
  assert.ok(names.includes('Ruth Okafor') && !names.includes('City Hall'), JSON.stringify(names));
  assert.ok(drawnPosts(MAYOR).includes('okafor: Mayor of Thornby'), JSON.stringify(drawnPosts(MAYOR)));
});
