/**
 * Linear growth of the whole check on the worst-case inputs of the benchmark (issue 12): one
 * paragraph with no line break, near-miss names back to back, quotation marks that never close,
 * one line with no punctuation, one token with no space. A block of the prose mask is a line, so
 * these make one block of the whole input, and any pass that walks the block's mentions, titles or
 * quotations once per mention is quadratic on them.
 *
 * The work is counted, not timed: V8's precise block coverage counts how many times each block of
 * the engine's code ran, which is the same on every run and on any machine, however loaded (work
 * inside built-ins such as a regular expression is not counted; the loops around them are). A
 * linear check costs 4.0–4.1 times the work for four times the input; the bound is 4.6, which the
 * quadratic passes these tests caught exceeded at this size (5.4× for one paragraph, 8.6× for
 * near-miss names; 4.7× for unclosed quotes), and which a sort (n log n) stays under.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Session } from 'node:inspector/promises';
import { setFlagsFromString } from 'node:v8';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { articleSentences, bundled, size } from './helpers';

// Optimised code does not update every block counter, so the counts of a hot loop would stop
// growing once V8 optimises it: the engine runs in the baseline tiers only in this file.
setFlagsFromString('--max-opt=1');

/** How many times the input grows, and the most the work may grow with it. */
const GROWTH = 4;
const BOUND = 4.6;
/** Characters of the smaller input: large enough that a quadratic pass dominates the count. */
const SMALL = size(40_000, 250_000);

/** Repeats `piece(i)` until the text is about `chars` long. */
function fill(chars: number, piece: (i: number) => string, separator = ' '): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const part = piece(i);
    parts.push(part);
    length += part.length + separator.length;
  }
  return parts.join(separator);
}

const sentences = articleSentences.filter((sentence) => sentence.split(/\s+/).length >= 8);

/** The bundled fact base's Arabic full names, each with one letter changed. */
function nearMissNames(): string[] {
  const names = bundled().factBase.people.flatMap((person) => person.names.ar ?? []).filter((name) => name.includes(' '));
  return names.map((name, i) => {
    const chars = [...name];
    const at = chars.length - 2 - (i % 3);
    chars[at] = chars[at] === 'ي' ? 'ا' : 'ي';
    return chars.join('');
  });
}

const INPUTS: Record<string, (chars: number) => string> = {
  'one paragraph (no line break)': (chars) => fill(chars, (i) => sentences[(i * 7) % sentences.length]!),
  'near-miss names, back to back': (chars) => {
    const names = nearMissNames();
    return fill(chars, (i) => `و${names[i % names.length]!}${i % 7 === 6 ? '.' : '،'}`);
  },
  'unclosed quotation marks': (chars) => fill(chars, (i) => (i % 2 ? '«' : '"') + sentences[(i * 5) % sentences.length]!.replace(/[«»"]/g, '')),
  'one line, no punctuation': (chars) => fill(chars, (i) => sentences[(i * 3) % sentences.length]!.replace(/[.,،؛:!?؟()«»"]/g, '')),
  'one token, no spaces': (chars) => fill(chars, (i) => sentences[i % sentences.length]!.replace(/[^\u0621-\u064a]/g, ''), ''),
  // The prose mask's constructs: code spans are matched over a whole paragraph, containers are
  // followed line by line, and a setext heading ends a paragraph.
  'unclosed backticks in one paragraph': (chars) => fill(chars, (i) => `${'`'.repeat(1 + (i % 5))}${sentences[(i * 3) % sentences.length]!}${i % 9 === 8 ? '\n' : ''}`),
  'escaped backticks and runs over lines': (chars) => fill(chars, (i) => `\\\`${sentences[i % sentences.length]!.slice(0, 40)} \`\`${i % 2 ? '\n' : ' '}`),
  'deeply nested blockquotes with fences': (chars) =>
    fill(chars, (i) => {
      const prefix = '> '.repeat(1 + (i % 40));
      return `${prefix}${sentences[i % sentences.length]!}\n${prefix}\`\`\`\n${prefix}code ${i}\n${prefix}\`\`\``;
    }, '\n'),
  'nested list items with fences and indented code': (chars) =>
    fill(chars, (i) => {
      const indent = '  '.repeat(i % 30);
      return `${indent}- ${sentences[i % sentences.length]!}\n\n${indent}  \`\`\`\n${indent}  code\n${indent}  \`\`\`\n\n${indent}      indented`;
    }, '\n'),
  'many setext headings': (chars) => fill(chars, (i) => `${sentences[i % sentences.length]!}\n${i % 2 ? '===' : '---'}\n${sentences[(i + 1) % sentences.length]!}`, '\n'),
};

/** Blocks of the engine's code run while checking `text` with a fresh checker (no remembered blocks). */
async function work(session: Session, text: string, factBases: FactBaseData[] = [bundled().factBase]): Promise<number> {
  const checker = createChecker(factBases);
  // Indexes built on first use are not the check's work. One sentence is not tied to a story by
  // detection, so the warm-up ties it to every fact base to build each one's index.
  checker.check('وقال ثامر العباسي إن الحوار مستمر.', { scope: 'all' });
  await session.post('Profiler.takePreciseCoverage'); // resets the counters
  const result = checker.check(text);
  const { result: scripts } = await session.post('Profiler.takePreciseCoverage');
  assert.deepEqual(result.internalErrors, []);
  let count = 0;
  for (const script of scripts) {
    if (!script.url.includes('/engine/src/')) continue;
    for (const fn of script.functions) for (const range of fn.ranges) count += range.count;
  }
  return count;
}

void describe('the check grows linearly with the input on the worst cases', () => {
  for (const [name, make] of Object.entries(INPUTS)) {
    void test(`${name}: ${GROWTH}× the input costs at most ${BOUND}× the work`, async () => {
      const session = new Session();
      session.connect();
      try {
        await session.post('Profiler.enable');
        await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
        await work(session, make(SMALL / 4)); // every code path compiled and counted once before
        const small = await work(session, make(SMALL));
        const large = await work(session, make(SMALL * GROWTH));
        const ratio = large / small;
        assert.ok(ratio <= BOUND, `${name}: ${GROWTH}× the input took ${ratio.toFixed(1)}× the work (${small} → ${large} blocks run)`);
      } finally {
        await session.post('Profiler.stopPreciseCoverage').catch(() => undefined);
        session.disconnect();
      }
    });
  }
});

/**
 * The bundled fact base plus `count` people who share the given names of the bundled people (and
 * so every name in the article) and twenty family names, three letters apart from each other: as
 * in a newsroom's fact bases, thousands of people share each given name and each family name.
 */
function crowd(count: number): FactBaseData {
  const base = bundled().factBase;
  const given = [...new Set(base.people.flatMap((person) => person.names.ar ?? []).map((name) => name.split(' ')[0]!))];
  const letters = 'بتثجحخدذرزسشصضطظغفقكمن';
  const families = Array.from({ length: 20 }, (_, i) => `ال${letters[i]}${letters[(i + 7) % 22]}${letters[(i + 13) % 22]}وي`);
  const people = Array.from({ length: count }, (_, i) => {
    const family = families[Math.floor(i / given.length) % families.length]!;
    return { id: `crowd-${i}`, names: { ar: [`${given[i % given.length]} ${family}`], en: [] }, short: { ar: [family], en: [] }, evidence: base.people[0]!.evidence };
  });
  return { ...base, id: 'crowd', people: [...base.people, ...people] };
}

void describe('the check does not grow with the number of people who share a name', () => {
  void test('100 times more people sharing the article’s given names cost at most 1.5× the work', async () => {
    const session = new Session();
    session.connect();
    try {
      await session.post('Profiler.enable');
      await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
      const draft = [sentences.join(' '), INPUTS['near-miss names, back to back']!(4_000)].join('\n\n');
      await work(session, draft, [crowd(100)]);
      const few = await work(session, draft, [crowd(100)]);
      const many = await work(session, draft, [crowd(10_000)]);
      const ratio = many / few;
      assert.ok(ratio <= 1.5, `100× the people took ${ratio.toFixed(2)}× the work (${few} → ${many} blocks run)`);
    } finally {
      await session.post('Profiler.stopPreciseCoverage').catch(() => undefined);
      session.disconnect();
    }
  });
});
