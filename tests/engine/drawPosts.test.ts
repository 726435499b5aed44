/**
 * People's posts, organisations and affiliations drawn from an article, on two invented stories
 * (`tests/fixtures/draw-posts`: an English and an Arabic football story). Each story's
 * `expected.json` lists the posts, ties and organisations the drawn fact base should hold (with a
 * title or a name in the other language) and each draft's planted errors. The test prints what was
 * drawn and found, holds the counts at their floors (they may only rise) and the false alarms at
 * their ceiling (it may only fall).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';
import { fold } from '../../engine/src/text/normalise';

const root = join(__dirname, '..', 'fixtures', 'draw-posts');

interface Expected {
  drafts: Record<string, string[]>;
  posts: { holder: string; role: string; organisation?: string; ar?: string; en?: string }[];
  affiliations: { member: string; relation: string; organisation: string }[];
  organisations: { name: string; kind: string; other?: string }[];
}

interface Names { ar?: string[]; en?: string[] }

const STORIES = [
  { name: 'club', article: 'article.en.txt', lang: 'en' as const },
  { name: 'sahel', article: 'article.ar.txt', lang: 'ar' as const },
];

/** Floors: expected facts drawn (of 30) and planted errors found (of 13), measured 5, 3 and 4 false alarms before the drawing of posts, titles and ties in both languages, 29, 8 and none after it. */
const FLOORS = { facts: 29, errors: 8, falseAlarms: 0 };

const same = (a: string, b: string) => fold(a) === fold(b);
const has = (names: Names | undefined, wanted: string) => [...(names?.ar ?? []), ...(names?.en ?? [])].some((name) => same(name, wanted));
const contains = (names: string[] | undefined, wanted: string) => (names ?? []).some((name) => fold(name).includes(fold(wanted)));

test('posts, organisations and affiliations drawn from two invented stories, and the drafts checked with them', () => {
  let facts = 0;
  let found = 0;
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  for (const story of STORIES) {
    const dir = join(root, story.name);
    const article = readFileSync(join(dir, story.article), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const parsed = parseFactBase(JSON.stringify(drawFactBase(article, { lang: story.lang }).factBase), `${story.name}.factbase.json`, article);
    assert.deepEqual(parsed.problems, [], story.name);
    const kb = parsed.factBase!;
    const person = (name: string) => kb.people.find((p) => has(p.names as Names, name));
    const organisation = (name: string) => kb.organisations.find((o) => has(o.names as Names, name));
    for (const want of expected.posts) {
      const holder = person(want.holder);
      const org = want.organisation ? organisation(want.organisation) : undefined;
      const post = kb.posts.find((p) => p.holder === holder?.id && p.role === want.role && (!want.organisation || p.organisation === org?.id));
      const other = want.ar ?? want.en;
      const ok = !!post && contains(want.ar ? post.title.ar : post.title.en, other!);
      if (ok) facts++;
      else missed.push(`${story.name}: post ${want.holder} ${want.role} ${want.organisation ?? ''} ${other ?? ''}`);
    }
    for (const want of expected.affiliations) {
      const member = person(want.member);
      const org = organisation(want.organisation);
      if (kb.affiliations.some((a) => a.member === member?.id && a.relation === want.relation && a.organisation === org?.id)) facts++;
      else missed.push(`${story.name}: affiliation ${want.member} ${want.relation} ${want.organisation}`);
    }
    for (const want of expected.organisations) {
      const org = organisation(want.name);
      if (org && org.kind === want.kind && (!want.other || has(org.names, want.other))) facts++;
      else missed.push(`${story.name}: organisation ${want.name} ${want.kind} ${want.other ?? ''}`);
    }
    const checker = createChecker([kb], { scope: 'all' });
    for (const [file, wrong] of Object.entries(expected.drafts)) {
      const text = readFileSync(join(dir, 'drafts', file), 'utf8');
      const covered = checker.check(text).findings.map((finding) => text.slice(finding.range.start, finding.range.end));
      // A planted error may be reported on either of its words ("name|title": the name, or the title wrongly given to it).
      const covers = (span: string, words: string) => words.split('|').some((word) => span.includes(word));
      for (const words of wrong) {
        if (covered.some((span) => covers(span, words))) found++;
        else missed.push(`${file}: ${words}`);
      }
      for (const span of covered) if (!wrong.some((words) => covers(span, words))) falseAlarms.push(`${file}: “${span}”`);
    }
  }
  console.log(`# draw posts: ${facts} expected facts drawn, ${found} planted errors found, ${falseAlarms.length} false alarms (${falseAlarms.join('; ')}); missed: ${missed.join('; ')}`);
  assert.ok(falseAlarms.length <= FLOORS.falseAlarms, `false alarms: ${falseAlarms.join('; ')}`);
  assert.ok(facts >= FLOORS.facts, `facts drawn ${facts} < ${FLOORS.facts}`);
  assert.ok(found >= FLOORS.errors, `errors found ${found} < ${FLOORS.errors}`);
});

test('a player named after his club\'s possessive or in an Arabic construct is its player and member; a near miss of a person\'s possessive gives no club', () => {
  const en = drawFactBase('LEEDS, March 14, 2026 - Ashdown Rovers\' striker Kofi Mensah scored twice on Thursday. Harbourside City\'s captain, Jamal Osei, said sorry.\n', { lang: 'en' }).factBase;
  const mensah = en.people.find((p) => has(p.names as Names, 'Kofi Mensah'));
  const rovers = en.organisations.find((o) => has(o.names as Names, 'Ashdown Rovers'));
  assert.ok(mensah && rovers, 'Mensah and the Rovers are drawn');
  assert.ok(en.posts.some((p) => p.holder === mensah.id && p.role === 'player' && p.organisation === rovers.id), 'Mensah plays for the Rovers');
  assert.ok(en.affiliations.some((a) => a.member === mensah.id && a.organisation === rovers.id && a.relation === 'member-of'));
  const osei = en.people.find((p) => has(p.names as Names, 'Jamal Osei'));
  assert.ok(osei && !en.affiliations.some((a) => a.member === osei.id), 'Harbourside City is no body the drawer knows: no tie');
  const ar = drawFactBase('القاهرة، 10 مارس 2026 - وسجل مهاجم نادي الساحل الرياضي سفيان العلمي هدفين يوم الثلاثاء.\n', { lang: 'ar' }).factBase;
  const almi = ar.people.find((p) => has(p.names as Names, 'سفيان العلمي'));
  const club = ar.organisations.find((o) => has(o.names as Names, 'نادي الساحل الرياضي'));
  assert.ok(almi && club, 'the striker and the club are drawn');
  assert.ok(ar.posts.some((p) => p.holder === almi.id && p.role === 'player' && p.organisation === club.id), 'مهاجم نادي X is a player of X');
});
