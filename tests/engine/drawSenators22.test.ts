/**
 * Senators' titles, probed by helper drawfp22 before the change that draws them. "Senator" and
 * "Sen." before a name, «السيناتور» and «عضو مجلس الشيوخ» before one, are the post of the person
 * named after them: "Senator Marla Quenby" was drawn as a person of that whole name with no post,
 * «السيناتور مارلا كوينبي» was not drawn at all, and «عضو مجلس الشيوخ» had only "member" as its
 * English form. Articles invented here: senators seeking an inquiry into a dam failure
 * (`dam-inquiry.en.txt`, `dam-inquiry.ar.txt`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

const dir = join(import.meta.dirname, 'fixtures', 'drawProbes');
const EN = 'dam-inquiry.en.txt';
const AR = 'dam-inquiry.ar.txt';

interface Drawn {
  people: { id: string; names: { ar?: string[]; en?: string[] } }[];
  posts: { holder: string; role: string; title: { ar?: string[]; en?: string[] } }[];
}

function drawn(file: string): Drawn {
  return drawFactBase(readFileSync(join(dir, file), 'utf8'), {}).factBase as unknown as Drawn;
}

interface SenatorProbe {
  file: string;
  /** The person's name as drawn in the article's language. */
  name: string;
  /** A form the post's title must have in the other language or its own. */
  title: string;
  todo?: string;
}

const SENATORS: SenatorProbe[] = [
  { file: EN, name: 'Marla Quenby', title: 'Senator' },
  { file: EN, name: 'Tobias Wrenfield', title: 'Senator' },
  { file: AR, name: 'مارلا كوينبي', title: 'السيناتور' },
  { file: AR, name: 'توبياس رينفيلد', title: 'senator' },
];

for (const { file, name, title, todo } of SENATORS) {
  test(`${file}: ${name} is drawn as a senator (${title})`, todo ? { todo } : {}, () => {
    const base = drawn(file);
    const person = base.people.find((p) => [...(p.names.en ?? []), ...(p.names.ar ?? [])].includes(name));
    assert.ok(person, JSON.stringify(base.people.map((p) => p.names)));
    const posts = base.posts.filter((post) => post.holder === person.id);
    assert.ok(posts.some((post) => post.role === 'member' && [...(post.title.en ?? []), ...(post.title.ar ?? [])].includes(title)), JSON.stringify(posts));
  });
}

// The article's governor stays the governor, and no name keeps the title.
test(`${EN}: no drawn name holds Senator`, () => {
  assert.deepEqual(drawn(EN).people.flatMap((p) => p.names.en ?? []).filter((n) => /senator|\bsen\b/i.test(n)), []);
});

// Drafts checked against the drawn bases.
probe(EN, { sentence: 'Senator Marla Quenby called for a federal inquiry into the Dorvale dam failure.' });
probe(EN, { sentence: 'Sen. Tobias Wrenfield said the state had been warned.' });
probe(EN, { sentence: 'Governor Marla Quenby called for a federal inquiry into the Dorvale dam failure.', rule: 'post-holder' });
probe(EN, { sentence: 'Senator Alda Pressly said repairs would cost $240 million.', rule: 'post-holder', todo: 'a member\'s title given to a governor is not compared with the governor\'s post' });
probe(AR, { sentence: 'ودعت السيناتور مارلا كوينبي إلى تحقيق فدرالي في انهيار سد دورفيل.' });
probe(AR, { sentence: 'وقال السيناتور توبياس رينفيلد إن الولاية تلقت تحذيرات.' });
probe(AR, { sentence: 'ودعت الوزيرة مارلا كوينبي إلى تحقيق فدرالي في انهيار سد دورفيل.', rule: 'post-holder' });
