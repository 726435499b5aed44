/**
 * The prose mask against a CommonMark parser (micromark, a dev dependency): on fixture documents
 * and on documents made by a seeded generator that mixes the constructs the mask must tell apart
 * (fenced and indented code, code spans over lines, escaped backticks, setext and ATX headings,
 * blockquotes and list items nested in each other, HTML comments, emphasis and links), every
 * character micromark puts inside code is masked, every character of text micromark reports is
 * not, and a setext heading ends its block.
 *
 * Differences that are intended, and so not compared:
 * - `*`, `_` and `~` are masked wherever they stand, paired into emphasis or not (a lone one is
 *   no word), and `|` becomes a comma (a table row reads as one sentence; CommonMark has no tables);
 * - a bare URL (`https://…`, `www.…`) is masked, though CommonMark calls it text;
 * - the brackets of a link are masked even when no definition resolves it;
 * - an HTML comment is masked wherever it stands, even inside code, since directives live there
 *   (the generator writes none inside code).
 * - an ordered list that starts at another number than 1 (`2)`) opens a list item for the mask
 *   wherever CommonMark lets a list start; micromark also refuses it where a block before it (an
 *   indented code block, an outer list item's first line) could still go on, so the generator
 *   numbers its lists from 1.
 * Whitespace is not compared: a line break may become a space (a soft break) or stay.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { proseMask } from '../../engine/src/text/markdown';

/** What micromark says of a document: offsets of code characters and of text characters, and the line breaks that end a block. */
interface Reference {
  code: number[];
  prose: number[];
  hardBreaks: number[];
}

type Micromark = typeof import('micromark');

/** Token types whose characters are code. */
const CODE = new Set(['codeFlowValue', 'codeTextData']);
/** Token types whose characters are text, unless inside code or HTML. */
const TEXT = new Set(['data', 'characterEscapeValue']);
/** Token types inside which `data` is not prose. */
const NOT_PROSE = /^(?:code|html|definition|resource|autolink|characterReference)/;

function reference(micromark: Micromark, doc: string): Reference {
  const events = micromark.postprocess(micromark.parse().document().write(micromark.preprocess()(doc, undefined, true)));
  const out: Reference = { code: [], prose: [], hardBreaks: [] };
  const open: string[] = [];
  let lastLineEnding = -1;
  for (const [kind, token] of events) {
    if (kind === 'exit') {
      open.pop();
      if (token.type === 'setextHeading' && doc[token.end.offset] === '\n') out.hardBreaks.push(token.end.offset);
      continue;
    }
    if (token.type === 'lineEnding') lastLineEnding = token.start.offset;
    if (token.type === 'setextHeadingLine' && lastLineEnding >= 0) out.hardBreaks.push(lastLineEnding);
    const range = Array.from({ length: token.end.offset - token.start.offset }, (_, i) => token.start.offset + i);
    if (CODE.has(token.type)) out.code.push(...range);
    else if (TEXT.has(token.type) && !open.some((type) => NOT_PROSE.test(type))) out.prose.push(...range);
    open.push(token.type);
  }
  return out;
}

/** The offsets the intended differences cover (see the top of this file). */
function intended(doc: string): Set<number> {
  const skip = new Set<number>();
  for (const match of doc.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()[\]«»"]+|<!--[\s\S]*?(?:-->|$)/g)) {
    for (let i = match.index; i < match.index + match[0].length; i++) skip.add(i);
  }
  for (let i = 0; i < doc.length; i++) if ('*_~|[]'.includes(doc[i]!)) skip.add(i);
  return skip;
}

/** Every disagreement between the mask and micromark on `doc`, one line each. */
function compare(micromark: Micromark, doc: string): string[] {
  const mask = proseMask(doc).text;
  assert.equal(mask.length, doc.length);
  const ref = reference(micromark, doc);
  const skip = intended(doc);
  const show = (i: number) => `${i} ${JSON.stringify(doc.slice(Math.max(0, i - 12), i))}[${JSON.stringify(doc[i])}]${JSON.stringify(doc.slice(i + 1, i + 12))}`;
  const wrong: string[] = [];
  for (const i of ref.code) if (/\S/.test(doc[i]!) && mask[i] !== ' ') wrong.push(`code left as prose at ${show(i)}`);
  for (const i of ref.prose) if (/\S/.test(doc[i]!) && !skip.has(i) && mask[i] !== doc[i]) wrong.push(`text masked at ${show(i)}`);
  for (const i of ref.hardBreaks) if (mask[i] !== '\n') wrong.push(`a setext heading does not end its block at ${show(i)}`);
  return wrong;
}

const FIXTURES: Record<string, string> = {
  'fence in a blockquote': '> وقال الوزير\n> ```\n> وأفادت خمسة مصادر\n> ```\n> بعد ذلك',
  'fence in a list item': '- first item\n\n  ```js\n  const five = 5;\n  ```\n- second item\n\n1. ordered\n   ~~~\n   code line\n   ~~~\n',
  'fence in a nested quote and list': '> - item\n>   ```\n>   secret code\n>   ```\n> - after\n>\n> > deeper\n> > ~~~\n> > more code\n> > ~~~\n',
  'escaped backticks': 'He wrote \\`not code\\` and `real code` then \\\\`code after an escaped backslash`.',
  'code span over two lines': 'A span `that runs\nover two lines` ends here.\n\n> quoted `span\n> over lines` too',
  'setext headings': 'Title one\n=========\nThe paragraph after it.\n\nTitle two\n---\nAnother paragraph.\n\n- Item title\n  ---\n  item text',
  'indented code': 'Text.\n\n    indented code\n    more\n\n- item\n\n      code in item\n\n  item paragraph\n\n>     code in quote',
  'unclosed fence and spans': 'a `b ``c\n\n```\nunclosed fence\n> still code',
  'a draft': '---\ntitle: مسودة\n---\n# العنوان\n\nوقال ثامر العباسي إن `الحوار` مستمر.\n<!-- isnad-disable-next-line -->\nجملة *مؤكدة* و[رابط](https://example.com).\n',
};

test('the prose mask agrees with micromark on fixture documents', async () => {
  const micromark = await import('micromark');
  for (const [name, doc] of Object.entries(FIXTURES)) {
    // Front matter is no CommonMark: micromark reads its fences as a break and a heading.
    const body = doc.startsWith('---\n') ? doc.slice(doc.indexOf('\n---\n', 4) + 5) : doc;
    const offset = doc.length - body.length;
    const wrong = compare(micromark, doc).filter(() => offset === 0);
    if (offset > 0) {
      const maskBody = proseMask(doc).text.slice(offset);
      assert.equal(maskBody.length, body.length);
      wrong.push(...compare(micromark, body));
    }
    assert.deepEqual(wrong, [], name);
  }
});

/** A small seeded generator (mulberry32), so that every run tests the same documents. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['وأفادت', 'خمسة', 'مصادر', 'عراقية', 'الوزير', 'draft', 'minister', 'said', 'five', 'sources', 'talks'];

/** A generated Markdown document: blocks nested up to three containers deep. */
function generate(seed: number): string {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const inline = (): string => {
    const parts: string[] = [];
    for (let k = 0, n = 2 + Math.floor(rnd() * 6); k < n; k++) {
      const r = rnd();
      if (r < 0.15) parts.push(`\`${words(2)}\``);
      else if (r < 0.22) parts.push(`\`\`${words(1)} \` ${words(1)}\`\``);
      else if (r < 0.3) parts.push(`\\\`${words(1)}`);
      else if (r < 0.36) parts.push(`\`${words(1)}\n${words(1)}\``);
      else if (r < 0.42) parts.push(`*${words(1)}*`);
      else if (r < 0.46) parts.push(`[${words(1)}](https://example.com/${pick(WORDS)})`);
      else if (r < 0.5) parts.push('`unclosed');
      else parts.push(words(1 + Math.floor(rnd() * 3)));
    }
    return parts.join(rnd() < 0.2 ? '\n' : ' ');
  };
  const block = (depth: number): string[] => {
    const r = rnd();
    if (depth < 3 && r < 0.15) return block(depth + 1).map((line) => (line === '' ? '>' : `> ${line}`));
    if (depth < 3 && r < 0.3) {
      const marker = pick(['- ', '* ', '1. ', '1) ']);
      // An item that starts with a blank line cannot follow a block that could still go on, for
      // micromark (see above); the generator starts items with their content.
      const inner = [...block(depth + 1), ...(rnd() < 0.5 ? ['', ...block(depth + 1)] : [])];
      while (inner[0] === '') inner.shift();
      return inner.map((line, i) => (i === 0 ? marker + line : line === '' ? '' : ' '.repeat(marker.length) + line));
    }
    if (r < 0.4) {
      const fence = pick(['```', '~~~', '````']);
      return [fence + (rnd() < 0.5 ? 'text' : ''), words(3), `${words(1)} \`${words(1)}\` *x*`, fence];
    }
    if (r < 0.47) return ['', `    ${words(2)}`, `    ${words(1)}`, ''];
    if (r < 0.55) return [`${pick(['#', '##', '###'])} ${inline().replace(/\n/g, ' ')}`];
    if (r < 0.65) return [...inline().split('\n'), pick(['===', '---', '= = =', '-----'])];
    if (r < 0.7) return [`<!-- ${words(2)} -->`];
    return inline().split('\n');
  };
  const lines: string[] = [];
  for (let k = 0, n = 3 + Math.floor(rnd() * 8); k < n; k++) {
    lines.push(...block(0));
    if (rnd() < 0.7) lines.push('');
  }
  return lines.join('\n');
}

test('the prose mask agrees with micromark on generated documents', async () => {
  const micromark = await import('micromark');
  const failures: string[] = [];
  for (let seed = 1; seed <= 400; seed++) {
    const doc = generate(seed);
    const wrong = compare(micromark, doc);
    if (process.env.SEED_DUMP === String(seed)) console.log(JSON.stringify(doc), JSON.stringify(proseMask(doc).text));
    if (wrong.length > 0) failures.push(`seed ${seed}: ${wrong.slice(0, 3).join('; ')}\n${JSON.stringify(doc)}`);
  }
  assert.deepEqual(failures.slice(0, 5), [], `${failures.length} of 400 documents disagree`);
});
