/**
 * Post and affiliation shapes on two invented stories (fixtures/postShapeStories.ts): acting and
 * former posts, titles after a name with a comma, an organisation between a title and a name,
 * "who heads X", a company's department director, "the union's X", party short names and Arabic
 * party adjectives, dual titles and the UN by description. Every wrong post or tie is reported
 * once, on the expected text; no true restatement or near miss is reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { findingLines, loadTestFactBase } from './helpers';
import { AR_ARTICLE, AR_CLEAN, AR_WRONG, EN_ARTICLE, EN_CLEAN, EN_WRONG, arFactBase, enFactBase } from './fixtures/postShapeStories';

const RULES = ['affiliation', 'post-holder'];
const stories = [
  { lang: 'en', wrong: EN_WRONG, clean: EN_CLEAN, findings: findingLines(createChecker([loadTestFactBase(enFactBase(), 'isles.factbase.json', EN_ARTICLE)], { scope: 'all' }), RULES) },
  { lang: 'ar', wrong: AR_WRONG, clean: AR_CLEAN, findings: findingLines(createChecker([loadTestFactBase(arFactBase(), 'souss.factbase.json', AR_ARTICLE)], { scope: 'all' }), RULES) },
];

/** A finding line flags the expected text, or a part of it (the scorer matches overlapping spans). */
function matches(line: string, expected: string): boolean {
  const flagged = line.replace(/^[a-z-]+: /, '').replace(/ → .*$/, '');
  return flagged.length > 0 && (expected.includes(flagged) || flagged.includes(expected));
}

/**
 * Probes no mechanism reads yet, run as todo: each is taken off this list in the commit that makes
 * it pass.
 */
const OPEN = new Set<string>([
  // A present title of a past post is judged only when someone else holds the post now (the
  // article names no agriculture minister now).
  'ورأى وزير الفلاحة محمد التازي أن المشروع تأخر عشر سنوات.',
  "Brian Tremblay, the union's president, warned of strike action.",
]);

for (const story of stories) {
  for (const [draft, expected] of story.wrong) {
    test(`${story.lang} wrong: ${draft}`, { todo: OPEN.has(draft) }, () => {
      const lines = story.findings(draft);
      assert.ok(lines.length === 1 && matches(lines[0]!, expected), `${draft} ⇒ ${lines.join(' | ')}`);
    });
  }
  for (const draft of story.clean) {
    test(`${story.lang} clean: ${draft.slice(0, 90)}`, { todo: OPEN.has(draft) }, () => {
      assert.deepEqual(story.findings(draft), []);
    });
  }
}
