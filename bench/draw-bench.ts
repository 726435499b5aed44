// Times `isnad kb draw`'s engine module on articles: the bundled article, the shared stories, and
// a 1,000-word article made of their paragraphs (the goal is under 2 s for 1,000 words). Prints
// one line per article: words, median milliseconds over five runs, facts drawn. Never asserts.
//
//   node --import tsx bench/draw-bench.ts [article ...]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../engine/src/draw/index';

const root = join(import.meta.dirname, '..');
const given = process.argv.slice(2);
const articles = given.length > 0 ? given : [
  join(root, 'knowledge', 'article.ar.txt'),
  ...['ar-economy/article.ar.txt', 'ar-disaster/article.ar.txt', 'en-court/article.en.txt'].map((p) => join(root, '..', 'shared', 'stories', p)),
].filter((path) => existsSync(path));

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function time(name: string, text: string): void {
  drawFactBase(text);
  const runs: number[] = [];
  let facts = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const { factBase } = drawFactBase(text);
    runs.push(performance.now() - start);
    facts = ['people', 'organisations', 'posts', 'places', 'events', 'quantities', 'quotes'].reduce((sum, s) => sum + (factBase as unknown as Record<string, unknown[]>)[s]!.length, 0);
  }
  runs.sort((a, b) => a - b);
  console.log(`${name.padEnd(40)} ${String(words(text)).padStart(6)} words  ${runs[2]!.toFixed(1).padStart(8)} ms (median of 5)  ${facts} facts`);
}

const texts = articles.map((path) => readFileSync(path, 'utf8'));
articles.forEach((path, i) => time(path.split('/').slice(-2).join('/'), texts[i]!));
// A 1,000-word Arabic article: the Arabic articles' paragraphs, repeated until 1,000 words.
const arabic = texts.filter((text) => /[\u0600-\u06ff]/.test(text)).flatMap((text) => text.split('\n').slice(2));
let long = texts[0]?.split('\n').slice(0, 2).join('\n') ?? '';
for (let i = 0; arabic.length > 0 && words(long) < 1000; i++) long += '\n' + arabic[i % arabic.length];
if (long) time('synthetic 1,000-word Arabic article', long);
