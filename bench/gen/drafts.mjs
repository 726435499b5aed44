// Deterministic drafts for the editing and worst-case benchmarks, built from the article's
// sentences (knowledge/article.ar.txt) like bench/peer/make_corpus.py builds the corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../lib/stats.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTICLE = join(ROOT, 'knowledge', 'article.ar.txt');

/** Correct names of the article and the wrong forms the corpus plants (from make_corpus.py). */
export const NAME_PAIRS = [
  ['ثابت العباسي', ['ثامر العباسي', 'ثابت العبيدي']],
  ['ماثيو ميلر', ['ماثيو ميلز', 'مايكل ميلر']],
  ['إلينا رومانوسكي', ['إيلينا رومانوفسكي', 'إلينا رومانوفسكي']],
  ['صدام حسين', ['صدام حسن']],
  ['أبو مهدي المهندس', ['أبو مهند المهندس']],
  ['قاسم سليماني', ['قاسم سلماني', 'قاسم سليمان']],
  ['طالب اليساري', ['طالب الياسري']],
  ['قيس الخزعلي', ['قيس الخزاعي']],
  ['حبيب الحلاوي', ['حبيب الحلواني']],
  ['أبو آلاء الولائي', ['أبو علاء الولائي']],
];

let sentencesCache;
/** The article's sentences (paragraphs split after full stops), headings left out. */
export function sentences() {
  if (sentencesCache) return sentencesCache;
  const text = readFileSync(ARTICLE, 'utf8');
  const out = [];
  for (const para of text.split('\n')) {
    const p = para.trim();
    if (!p || p.split(/\s+/).length < 8) continue;
    for (const s of p.split(/(?<=\.)\s+/)) if (s.trim()) out.push(s.trim());
  }
  sentencesCache = out;
  return out;
}

const words = (s) => s.split(/\s+/).filter(Boolean).length;

/** Replaces the n-th occurrence of a correct name by a wrong form, now and then. */
function plant(r, text, rate) {
  for (const [correct, wrongs] of NAME_PAIRS) {
    let at = text.indexOf(correct);
    while (at >= 0) {
      if (r() < rate) {
        const wrong = r.pick(wrongs);
        text = text.slice(0, at) + wrong + text.slice(at + correct.length);
        at = text.indexOf(correct, at + wrong.length);
      } else at = text.indexOf(correct, at + correct.length);
    }
  }
  return text;
}

/** A Markdown draft of about `target` words: heading, paragraphs, quotes, lists, some wrong names. */
export function draftOfWords(target, seed = 1, errorRate = 0.05) {
  const r = rng(`draft:${seed}:${target}`);
  const pool = sentences();
  const lines = ['# مسودة للاختبار', ''];
  let n = 0;
  let order = [];
  while (n < target) {
    const k = r.int(1, 3);
    const para = [];
    for (let i = 0; i < k; i++) {
      if (order.length === 0) order = r.shuffle([...pool]);
      const s = order.pop();
      para.push(s);
      n += words(s);
    }
    const roll = r();
    lines.push((roll < 0.1 ? '> ' : roll < 0.18 ? '- ' : '') + para.join(' '), '');
  }
  return plant(r, lines.join('\n'), errorRate);
}

/** Text of about `bytes` UTF-8 bytes built by repeating `piece(i)`. */
function fill(bytes, piece, sep = ' ') {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    size += Buffer.byteLength(p) + Buffer.byteLength(sep);
  }
  return parts.join(sep);
}

/** Mutates a name by one letter (substitute, insert or drop), never giving back a correct form. */
function nearMiss(r, name) {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  for (;;) {
    const chars = [...name];
    const positions = chars.map((c, i) => (c === ' ' ? -1 : i)).filter((i) => i >= 0);
    const at = r.pick(positions);
    const op = r.int(0, 2);
    if (op === 0) chars[at] = letters[r.int(0, letters.length - 1)];
    else if (op === 1) chars.splice(at, 0, letters[r.int(0, letters.length - 1)]);
    else if (chars.length > 4) chars.splice(at, 1);
    const out = chars.join('');
    if (!NAME_PAIRS.some(([c]) => c === out)) return out;
  }
}

/** The worst-case inputs, by kind, of about `bytes` UTF-8 bytes. */
export const WORST = {
  /** One paragraph: every sentence on one line, no block break. */
  paragraph: (bytes, seed = 1) => {
    const r = rng(`paragraph:${seed}`);
    const pool = sentences();
    return plant(r, fill(bytes, () => r.pick(pool)), 0.05);
  },
  /** Near-miss names, one after another (`count` of them, or enough for `bytes`). */
  nearMiss: (bytes, seed = 1, count = 0) => {
    const r = rng(`near:${seed}`);
    const names = NAME_PAIRS.map(([c]) => c);
    const piece = (i) => `و${nearMiss(r, names[i % names.length])}${i % 7 === 6 ? '.' : '،'}`;
    if (count > 0) return Array.from({ length: count }, (_, i) => piece(i)).join(' ');
    return fill(bytes, piece);
  },
  /** Quotations that open and never close: « and " at the start of every sentence, one paragraph. */
  unclosedQuotes: (bytes, seed = 1) => {
    const r = rng(`quotes:${seed}`);
    const pool = sentences();
    return fill(bytes, (i) => (i % 2 ? '«' : '"') + r.pick(pool).replace(/[«»"]/g, ''));
  },
  /** One line with no sentence or clause punctuation at all: a single sentence of that size. */
  longLine: (bytes, seed = 1) => {
    const r = rng(`line:${seed}`);
    const pool = sentences().map((s) => s.replace(/[.,،؛:!?؟()«»"]/g, ''));
    return fill(bytes, () => r.pick(pool));
  },
  /** One token with no space: Arabic letters run together (a pasted run with no separators). */
  longToken: (bytes, seed = 1) => {
    const r = rng(`token:${seed}`);
    const pool = sentences().map((s) => s.replace(/[^\u0621-\u064a]/g, ''));
    return fill(bytes, () => r.pick(pool), '');
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind, size] = process.argv.slice(2);
  const text = kind === 'words' ? draftOfWords(Number(size)) : WORST[kind](Number(size) * 1e6);
  process.stdout.write(text);
}
