/**
 * The user documentation's own links: the README is a front page that sends readers to the pages
 * of `docs/` and to `knowledge/README.md`, so every relative link of those pages must name a file
 * of the repository and, with a `#fragment`, a heading of that file (GitHub's anchors: lower case,
 * punctuation dropped, spaces as hyphens). A page moved or a heading renamed fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from './helpers';

/** The pages checked: the README, CONTRIBUTING, every page of docs/ and the fact-base guide. */
const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  'knowledge/README.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** GitHub's anchor for a heading's text. */
function headingAnchor(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown file's headings (outside fenced code), with GitHub's -1, -2 for repeats. */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const anchor = headingAnchor(match[1]!);
    let unique = anchor;
    for (let n = 1; anchors.has(unique); n++) unique = `${anchor}-${n}`;
    anchors.add(unique);
  }
  return anchors;
}

/** The relative link targets of a Markdown page, outside fenced code and code spans. */
function linksOf(text: string): string[] {
  const prose = text.replace(/^\s*(```|~~~)[\s\S]*?^\s*\1/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z]+:/i.test(target));
}

test('headingAnchor follows GitHub', () => {
  assert.equal(headingAnchor("A fact base for today's story"), 'a-fact-base-for-todays-story');
  assert.equal(headingAnchor('`isnad kb draw`'), 'isnad-kb-draw');
  assert.equal(headingAnchor('In CI: GitHub Actions'), 'in-ci-github-actions');
  assert.equal(headingAnchor('`scope`: which drafts the fact base speaks about'), 'scope-which-drafts-the-fact-base-speaks-about');
});

test('every relative link of the README and the documentation pages resolves to a file and a heading', () => {
  const broken: string[] = [];
  let count = 0;
  for (const page of PAGES) {
    const text = readFileSync(join(repoRoot, page), 'utf8');
    for (const target of linksOf(text)) {
      count++;
      const [pathPart, fragment] = target.split('#') as [string, string | undefined];
      const file = pathPart === '' ? join(repoRoot, page) : join(repoRoot, dirname(page), decodeURIComponent(pathPart));
      if (!existsSync(file)) {
        broken.push(`${page}: ${target} (no such file)`);
        continue;
      }
      if (fragment === undefined || !file.endsWith('.md') || statSync(file).isDirectory()) continue;
      if (!anchorsOf(readFileSync(file, 'utf8')).has(decodeURIComponent(fragment))) broken.push(`${page}: ${target} (no heading #${fragment} in ${relative(repoRoot, file)})`);
    }
  }
  assert.ok(count > 50, `the pages' links were found (${count})`);
  assert.deepEqual(broken, [], 'broken links in the documentation');
});
