/**
 * The Markdown prose mask: code, link targets, URLs, HTML comments and front-matter keys are not
 * prose; headings, lists, tables, blockquotes, emphasis, link text, footnotes and front-matter
 * values are. The mask keeps the text's length, so offsets stay exact.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { proseMask } from '../../engine/src/text/markdown';
import { bundled } from './helpers';

const lines = (...parts: string[]) => parts.join('\n');

test('markdown mask keeps the length and hides code, URLs, comments and keys', () => {
  const text = lines(
    '---',
    'title: "خمسة مصادر"',
    '---',
    '# Heading',
    '```',
    'code here',
    '```',
    'Text with `inline code` and [link text](https://example.com/x) <!-- note -->',
    '',
    '    indented code',
  );
  const mask = proseMask(text).text;
  assert.equal(mask.length, text.length);
  assert.ok(!mask.includes('title:'));
  assert.ok(mask.includes('خمسة مصادر'));
  assert.ok(mask.includes('Heading'));
  assert.ok(!mask.includes('code here'));
  assert.ok(!mask.includes('inline code'));
  assert.ok(mask.includes('link text'));
  assert.ok(!mask.includes('example.com'));
  assert.ok(!mask.includes('note'));
  assert.ok(!mask.includes('indented code'));
});

const prose: { name: string; text: string; wrong: string }[] = [
  { name: 'heading', text: '# وأفادت خمسة مصادر عراقية', wrong: 'خمسة' },
  { name: 'list item', text: '- وأفادت خمسة مصادر عراقية', wrong: 'خمسة' },
  { name: 'table cell', text: '| المصادر | وأفادت خمسة مصادر عراقية |\n|---|---|\n| a | b |', wrong: 'خمسة' },
  { name: 'blockquote', text: '> وأفادت خمسة مصادر عراقية', wrong: 'خمسة' },
  { name: 'emphasis', text: 'وأفادت **خمسة** مصادر عراقية', wrong: 'خمسة' },
  { name: 'link text', text: 'وأفادت [خمسة مصادر عراقية](https://example.com)', wrong: 'خمسة' },
  { name: 'footnote', text: 'نص[^1]\n\n[^1]: وأفادت خمسة مصادر عراقية', wrong: 'خمسة' },
  { name: 'front-matter value', text: '---\ntitle: وأفادت خمسة مصادر عراقية\n---\n\nنص', wrong: 'خمسة' },
];

for (const c of prose) {
  test(`markdown: a wrong fact in a ${c.name} is checked`, () => {
    const { checker } = bundled();
    const findings = checker.check(c.text).findings;
    assert.deepEqual(findings.map((f) => c.text.slice(f.range.start, f.range.end)), [c.wrong]);
  });
}

const notProse: { name: string; text: string }[] = [
  { name: 'fenced code', text: '```\nوأفادت خمسة مصادر عراقية\n```' },
  { name: 'tilde fence', text: '~~~text\nوأفادت خمسة مصادر عراقية\n~~~' },
  { name: 'inline code', text: 'نص `وأفادت خمسة مصادر عراقية` نص' },
  { name: 'URL', text: 'انظر https://example.com/khamsa-masadir/2026' },
  { name: 'link target', text: '[تقرير](https://example.com/2026/five-iraqi-sources)' },
  { name: 'HTML comment', text: '<!-- وأفادت خمسة مصادر عراقية -->' },
  { name: 'front-matter key', text: '---\nsources_count_five: 5\n---\n' },
  { name: 'fence in a blockquote', text: '> نص\n> ```\n> وأفادت خمسة مصادر عراقية\n> ```' },
  { name: 'fence in a list item', text: '- نص\n\n  ```\n  وأفادت خمسة مصادر عراقية\n  ```\n- نص' },
  { name: 'fence in a list item in a blockquote', text: '> 1. نص\n>    ~~~\n>    وأفادت خمسة مصادر عراقية\n>    ~~~' },
  { name: 'indented code in a list item', text: '- نص\n\n      وأفادت خمسة مصادر عراقية' },
  { name: 'code span over two lines', text: 'نص `وأفادت خمسة\nمصادر عراقية` نص' },
];

for (const c of notProse) {
  test(`markdown: ${c.name} is not checked`, () => {
    const { checker } = bundled();
    assert.deepEqual(checker.check(c.text).findings, []);
  });
}

test('plain text: Markdown syntax is not special, blank lines end paragraphs', () => {
  const { checker } = bundled();
  const text = 'وأفادت خمسة مصادر عراقية\n\n`وأفادت خمسة مصادر عراقية`';
  assert.equal(checker.check(text, { format: 'plaintext' }).findings.length, 2);
  assert.equal(checker.check(text, { format: 'markdown' }).findings.length, 1);
});

test('markdown: escaped backticks are text, not the edges of a code span', () => {
  const text = 'وأفادت \\`خمسة\\` مصادر و`code` بعدها';
  const mask = proseMask(text).text;
  assert.ok(mask.includes('خمسة'), mask);
  assert.ok(!mask.includes('code'), mask);
  assert.ok(mask.includes('بعدها'), mask);
});

test('markdown: a setext heading ends its block, and its underline is markup', () => {
  for (const underline of ['===', '---']) {
    const text = `العنوان\n${underline}\nوأفادت خمسة مصادر عراقية`;
    const mask = proseMask(text).text;
    assert.equal(mask, `العنوان\n${' '.repeat(underline.length)}\nوأفادت خمسة مصادر عراقية`);
    const { checker } = bundled();
    assert.deepEqual(checker.check(text).findings.map((f) => text.slice(f.range.start, f.range.end)), ['خمسة']);
  }
  // Without a paragraph before it, a line of = is text and a line of - is a thematic break.
  assert.equal(proseMask('نص\n\n===').text, 'نص\n\n===');
  assert.equal(proseMask('نص\n\n---').text, 'نص\n\n   ');
});
