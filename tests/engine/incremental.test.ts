/**
 * Incremental checking while a draft is edited (issue 12): the checker remembers the last drafts it
 * checked and, for the next version of one, masks again only the chunks the edit touched
 * (engine/src/text/chunks.ts) and looks up only the blocks between the shared start and end
 * (engine/src/blocks.ts). The results must be exactly those of a fresh check, whatever the edit
 * opens or closes: fences, HTML comments, front matter, lists, indented code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, type CheckOptions } from '../../engine/src/index';
import { proseMask } from '../../engine/src/text/markdown';
import { chunkStarts, commonPrefix, commonSuffix, maskDraft, remask } from '../../engine/src/text/chunks';
import { bundled, repoRoot } from './helpers';

const article = readFileSync(join(repoRoot, 'knowledge', 'article.ar.txt'), 'utf8');
const sentences = article
  .split(/(?<=[.!؟?])\s+|\n+/)
  .map((sentence) => sentence.trim())
  .filter((sentence) => sentence.length > 20);

/** Wrong forms of the bundled fact base's names and numbers, so that checks find something. */
const mistakes = ['قيس الخزاعي', 'رومانوفسكا', 'أبو علاء الولائى', 'ثلاثة مصادر عراقية', 'في 25 يناير', 'وزير الخارجية فؤاد حسن'];

/** What an edit may insert: prose, and the Markdown that opens or closes a construct. */
const PIECES = ['```\n', '~~~', '<!--', '-->', '<!-- isnad-disable-next-line -->\n', '---\n', '...\n', '\n\n', '\n', '- ', '1. ', '    ', '# ', '> ', '| a | b |\n|---|---|\n', '<pre>', '</pre>', 'date: 2024-01-23\n', 'x', 'و', ' ', '[link](http://example.com) ', '`code` ', '\r\n'];

/** A deterministic pseudo-random sequence (an LCG), so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A draft of `paragraphs` paragraphs of the article's sentences and mistakes, with Markdown around them. */
function draft(next: () => number, paragraphs: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const parts: string[] = [];
  if (next() < 0.3) parts.push('---\ntitle: مسودة\ndate: 2024-01-22\n---\n');
  for (let i = 0; i < paragraphs; i++) {
    const roll = next();
    if (roll < 0.1) parts.push(`## ${pick(sentences).slice(0, 40)}`);
    else if (roll < 0.15) parts.push('```\nقيس الخزاعي\n\nرومانوفسكا\n```');
    else if (roll < 0.2) parts.push(`- ${pick(sentences)}\n- ${pick(mistakes)}\n\n    ${pick(sentences)}`);
    else if (roll < 0.25) parts.push(`<!-- isnad-disable-next-line -->\n${pick(mistakes)} ${pick(sentences)}`);
    else parts.push([pick(sentences), pick(mistakes), pick(sentences)].join(' '));
  }
  return parts.join('\n\n') + '\n';
}

/** Applies a random edit: a piece of Markdown or prose inserted, or a few characters deleted. */
function edit(next: () => number, text: string): string {
  const at = Math.floor(next() * (text.length + 1));
  if (next() < 0.3) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 12)));
  const piece = next() < 0.7 ? PIECES[Math.floor(next() * PIECES.length)]! : mistakes[Math.floor(next() * mistakes.length)]!;
  return text.slice(0, at) + piece + text.slice(at);
}

test('a draft masks as the concatenation of its chunks, each masked alone', () => {
  const next = random(7);
  for (let round = 0; round < 60; round++) {
    let text = draft(next, 3 + Math.floor(next() * 8));
    for (let k = 0; k < 3; k++) text = edit(next, text);
    for (const format of ['markdown', 'plaintext'] as const) {
      const whole = proseMask(text, format);
      const starts = chunkStarts(text);
      const ends = [...starts.slice(1), text.length];
      const parts = starts.map((start, i) => ({ start, mask: proseMask(text.slice(start, ends[i]), format) }));
      assert.equal(parts.map((part) => part.mask.text).join(''), whole.text, `${format} mask of ${JSON.stringify(text)}`);
      assert.deepEqual(
        parts.flatMap((part) => part.mask.directives.map((directive) => ({ ...directive, offset: directive.offset + part.start }))),
        whole.directives,
      );
    }
  }
});

test('after every edit, the incremental mask equals the whole-draft mask', () => {
  const next = random(11);
  for (let round = 0; round < 30; round++) {
    let text = draft(next, 6);
    for (const format of ['markdown', 'plaintext'] as const) {
      let previous = maskDraft(text, format);
      for (let k = 0; k < 15; k++) {
        text = edit(next, text);
        const prefix = commonPrefix(previous.text, text);
        const { draft: masked } = remask(previous, text, prefix, commonSuffix(previous.text, text, prefix));
        assert.deepEqual(masked.mask, proseMask(text, format), `${format}: ${JSON.stringify(text)}`);
        assert.deepEqual(masked.chunks, chunkStarts(text));
        previous = masked;
      }
    }
  }
});

test('a checker that followed the edits finds exactly what a fresh checker finds', () => {
  const { factBase } = bundled();
  const next = random(3);
  const variants: CheckOptions[] = [{}, { format: 'plaintext' }, { scope: 'all' }, { messageLang: 'en', rules: { 'unverified-claim': 'hint' } }];
  // A reference that masks every draft whole: before each check it has seen only unrelated drafts
  // (it remembers four), so nothing of an earlier version is reused but the blocks' results.
  const reference = createChecker([factBase]);
  const whole = (text: string, options: CheckOptions) => {
    for (const other of ['a', 'b', 'c', 'd']) reference.check(other, options);
    return reference.check(text, options);
  };
  for (let round = 0; round < 6; round++) {
    const options = variants[round % variants.length]!;
    const session = createChecker([factBase]);
    let text = draft(next, 6);
    session.check(text, options);
    for (let k = 0; k < 10; k++) {
      text = edit(next, text);
      // Another draft checked in between, as with two editors open.
      if (k % 5 === 4) session.check(draft(next, 3), options);
      assert.deepEqual(session.check(text, options), whole(text, options), JSON.stringify(text));
    }
    assert.deepEqual(session.check(text, options), createChecker([factBase]).check(text, options));
  }
});

test('an edit in the middle of a long draft masks again only the paragraphs around it', () => {
  const paragraphs = Array.from({ length: 60 }, (_, i) => `${sentences[i % sentences.length]} ${sentences[(i + 7) % sentences.length]}`);
  const text = paragraphs.join('\n\n');
  const previous = maskDraft(text, 'markdown');
  const at = text.indexOf(paragraphs[30]!) + 5;
  const edited = text.slice(0, at) + 'ب' + text.slice(at);
  const prefix = commonPrefix(text, edited);
  const result = remask(previous, edited, prefix, commonSuffix(text, edited, prefix));
  assert.ok(result.newEnd - result.start <= paragraphs[30]!.length + 3, `masked again ${result.newEnd - result.start} of ${edited.length} characters`);
  assert.equal(result.draft.mask.text, proseMask(edited).text);
});
