/**
 * Property-based tests of the engine over hostile text (issue 6).
 *
 * Drafts are built from the article's own sentences, the rule fixtures' drafts and the fact base's
 * names (so rules really fire), mixed with what pasted text brings: lone surrogates, bidi controls,
 * zero-width characters, combining marks, presentation forms, tashkeel and tatweel runs, CR/LF/CRLF
 * mixes, NUL bytes and Markdown syntax. Properties:
 *
 * - the engine never throws and reports no internal error (check, hover, applyFixes);
 * - every range (finding, fix edit, hover card, evidence) lies inside its text and on UTF-16
 *   code-point boundaries;
 * - the result depends on the text only, not on the checks that came before (no state leaks
 *   between checks, whatever sequence of edits produced the text);
 * - text inserted after a finding's paragraph never moves or drops it;
 * - applying a finding's fix removes that finding and flags no new place elsewhere.
 *
 * The last two are stated for drafts whose pieces are separated as a writer separates them
 * (spaces, punctuation, line breaks); glued across scripts or sentences ("Àقيس", "النواب-Pentagon"),
 * words can defeat a fix, a known limitation listed in docs/reliability.md.
 *
 * Runs are seeded (ISNAD_SEED) and modest; ISNAD_FULL=1 runs ten times more.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes, createChecker, hoverAt, rules, type CheckOptions, type Finding, type SeveritySetting } from '../../engine/src/index';
import {
  bundled,
  fcParams,
  findingKey,
  findingProblems,
  fragment,
  hostileText,
  rangeProblem,
  textWithFindings,
  draftWithFindings,
  HOSTILE,
  articleSentences,
  knownMistakes,
  article,
  EngineWorker,
  FULL,
} from './helpers';

/** Every rule on, including those off by default (unverified-claim), so that all are exercised. */
const allRules = Object.fromEntries(rules.map((rule) => [rule.id, rule.defaultSeverity === 'off' ? 'hint' : rule.defaultSeverity])) as Record<string, SeveritySetting>;

const options: fc.Arbitrary<CheckOptions> = fc
  .record(
    {
      format: fc.constantFrom('markdown' as const, 'plaintext' as const),
      messageLang: fc.constantFrom('auto' as const, 'ar' as const, 'en' as const),
    },
    { requiredKeys: [] },
  )
  .map((opts) => ({ ...opts, rules: allRules }));

void describe('engine: hostile text', () => {
  void test('never throws, reports no internal error, and every range is inside the text on code-point boundaries', () => {
    const { checker } = bundled();
    fc.assert(
      fc.property(hostileText, options, (text, opts) => {
        const result = checker.check(text, opts);
        assert.deepEqual(result.internalErrors, []);
        assert.deepEqual(findingProblems(text, result.findings), []);
        assert.ok(result.lang === 'ar' || result.lang === 'en');
      }),
      fcParams(150),
    );
  });

  void test('drafts with known mistakes keep their findings valid under hostile surroundings', () => {
    const { checker } = bundled();
    let withFindings = 0;
    fc.assert(
      fc.property(textWithFindings, options, (text, opts) => {
        const result = checker.check(text, opts);
        assert.deepEqual(result.internalErrors, []);
        assert.deepEqual(findingProblems(text, result.findings), []);
        if (result.findings.length > 0) withFindings++;
      }),
      fcParams(150),
    );
    // The generator is meant to make rules fire; if it stops doing so the properties below are void.
    assert.ok(withFindings > 30, `only ${withFindings} drafts had findings`);
  });

  void test('hover never throws and its card range is inside the text', () => {
    const { checker } = bundled();
    fc.assert(
      fc.property(textWithFindings, fc.nat(), options, (text, at, opts) => {
        const offset = at % (text.length + 2) - 1; // also -1 and text.length + 1
        const card = hoverAt(checker, text, offset, opts);
        if (card) {
          assert.equal(rangeProblem(text, card.range, 'hover'), undefined);
          assert.deepEqual(findingProblems(text, card.findings), []);
        }
      }),
      fcParams(60),
    );
  });

  void test('applyFixes never throws and its text is well formed', () => {
    const { checker } = bundled();
    fc.assert(
      fc.property(textWithFindings, (text) => {
        const { findings } = checker.check(text, { rules: allRules });
        const fixed = applyFixes(text, findings);
        assert.ok(fixed.applied <= findings.length);
        // A fix never splits a surrogate pair, so it never creates a lone surrogate that was not there.
        const lone = (s: string) => (s.match(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g) ?? []).length;
        assert.ok(lone(fixed.text) <= lone(text), 'no new lone surrogates');
        assert.deepEqual(checker.check(fixed.text).internalErrors, []);
      }),
      fcParams(60),
    );
  });

  void test('inputs that are not strings are read as text, not thrown on', () => {
    const { checker } = bundled();
    for (const value of [undefined, null, 42, {}, [], Symbol.iterator.toString()]) {
      const result = checker.check(value as string);
      assert.deepEqual(result.internalErrors, []);
    }
  });
});

void describe('engine: results depend on the text only', () => {
  void test('after any sequence of edits, checking the final text equals a fresh check of it', () => {
    const { factBase } = bundled();
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.oneof(fragment, fc.constant('')) });
    fc.assert(
      fc.property(textWithFindings, fc.array(edit, { minLength: 1, maxLength: 12 }), options, (initial, edits, opts) => {
        // One checker follows the edits, checking and hovering after each, as an editor would.
        const session = createChecker([factBase]);
        let text = initial;
        for (const { at, remove, insert } of edits) {
          const start = at % (text.length + 1);
          text = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
          session.check(text, opts);
          hoverAt(session, text, start, opts);
        }
        const fresh = createChecker([factBase]).check(text, opts);
        assert.deepEqual(session.check(text, opts), fresh);
      }),
      fcParams(20),
    );
  });
});

/** Offsets just after a paragraph break at or after `from` (and the end of the text). */
function paragraphEnds(text: string, from: number): number[] {
  const ends: number[] = [];
  for (let i = text.indexOf('\n\n', from); i >= 0; i = text.indexOf('\n\n', i + 1)) ends.push(i + 2);
  ends.push(text.length);
  return ends;
}

void describe('engine: stability', () => {
  void test('text inserted after a finding, at a paragraph break, never moves or drops it', () => {
    const { checker } = bundled();
    // What is inserted never closes a construct opened earlier (front matter, a fence, a comment),
    // which would legitimately re-read what came before.
    const insert = fc.array(fc.oneof(fc.constantFrom(...articleSentences), fc.constantFrom(...knownMistakes), fc.constantFrom(...HOSTILE.bidi, ...HOSTILE.tashkeel, ' ', '\n')), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(draftWithFindings, insert, fc.nat(), fc.constantFrom<'markdown' | 'plaintext'>('markdown', 'plaintext'), (text, inserted, pick, format) => {
        const before = checker.check(text, { format, rules: allRules }).findings;
        if (before.length === 0) return;
        const finding = before[pick % before.length]!;
        const candidates = paragraphEnds(text, finding.range.end);
        const at = candidates[pick % candidates.length]!;
        const added = `${at === text.length && !text.endsWith('\n\n') ? '\n\n' : ''}${inserted}\n\n`;
        const changed = text.slice(0, at) + added + text.slice(at);
        const after = new Set(checker.check(changed, { format, rules: allRules }).findings.map((f) => findingKey(f)));
        for (const earlier of before.filter((f) => f.range.end <= finding.range.end)) {
          assert.ok(after.has(findingKey(earlier)), `${findingKey(earlier)} moved or vanished after inserting ${JSON.stringify(added)} at ${at}`);
        }
      }),
      fcParams(80),
    );
  });

  void test('applying a fix removes that finding and flags no new place elsewhere', () => {
    const { checker } = bundled();
    let fixesTried = 0;
    fc.assert(
      fc.property(draftWithFindings, fc.nat(), fc.constantFrom<'markdown' | 'plaintext'>('markdown', 'plaintext'), (text, pick, format) => {
        const before = checker.check(text, { format, rules: allRules }).findings;
        const fixable = before.filter((finding) => finding.fixes.length > 0);
        if (fixable.length === 0) return;
        const finding = fixable[pick % fixable.length]!;
        fixesTried++;
        const { text: fixed, applied } = applyFixes(text, [finding]);
        assert.equal(applied, 1);
        const edits = finding.fixes[0]!.edits;
        const editStart = Math.min(...edits.map((edit) => edit.range.start));
        const editEnd = Math.max(...edits.map((edit) => edit.range.end));
        const delta = fixed.length - text.length;
        // Map a finding of the fixed text back to the original's offsets.
        const back = (f: Finding) => (f.range.start >= editEnd + delta ? findingKey(f, -delta) : findingKey(f));
        const after = checker.check(fixed, { format, rules: allRules }).findings;
        const original = new Set(before.map((f) => findingKey(f)));
        const same = (f: Finding) => f.ruleId === finding.ruleId && f.range.start < editEnd + delta && f.range.end > editStart;
        assert.ok(!after.some(same), `the fixed finding ${findingKey(finding)} is still reported in ${JSON.stringify(fixed.slice(Math.max(0, editStart - 40), editEnd + delta + 40))}`);
        // Elsewhere: away from the edited text. (What the edited text itself may newly trigger is
        // a known limitation, see docs/reliability.md: an organisation's name fixed inside «…»
        // can make quote-wording see an altered quotation.)
        const overlapsEdit = (f: Finding) => f.range.start < editEnd + delta && f.range.end > editStart;
        // A place already flagged may be judged again under another rule once the fix changes the
        // person it is about ("State Department spokesman" + the right speaker); a new place may not.
        const flaggedBefore = (f: Finding) => {
          const shift = f.range.start >= editEnd + delta ? -delta : 0;
          return before.some((b) => b.range.start < f.range.end + shift && f.range.start + shift < b.range.end);
        };
        const added = after.filter((f) => !original.has(back(f)) && !overlapsEdit(f) && !flaggedBefore(f));
        assert.deepEqual(
          added.map((f) => `${findingKey(f)} ${JSON.stringify(fixed.slice(f.range.start, f.range.end))}`),
          [],
          `fixing ${findingKey(finding)} → ${JSON.stringify(edits.map((edit) => edit.text))} added findings`,
        );
      }),
      fcParams(120),
    );
    assert.ok(fixesTried > 20, `only ${fixesTried} fixes were tried`);
  });
});

/** `unit` repeated into one line of `chars` UTF-16 code units. */
const oneLine = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

void describe('engine: one-megabyte lines', () => {
  // Each case is one line of a million characters (the dense prose cases an eighth of that by
  // default; ISNAD_FULL=1 runs every case at a megabyte and in both formats), checked in a worker
  // with a deadline so that a regression into catastrophic backtracking fails instead of hanging
  // `npm test`. The line of Arabic words without a full stop is one sentence of 30,000 words.
  const MB = 1024 * 1024;
  const dense = FULL ? MB : MB / 8;
  const cases: Record<string, string> = {
    'spaces then a letter': oneLine(' ', MB) + 'x',
    'tabs and no-break spaces': oneLine('\t\u00a0', MB) + 'x',
    'backticks': oneLine('`', MB),
    'backticks and letters': oneLine('``a', MB),
    'brackets': oneLine('[', MB),
    'link brackets': oneLine('[[a](', MB),
    'pipes and dashes': oneLine('|-', MB) + 'x',
    'table row then spaces': '|---|' + oneLine(' ', MB) + 'x',
    'HTML comment openers': oneLine('<!--', MB),
    'tags': oneLine('<a', MB),
    'URLs': oneLine('http://', MB),
    'greater-than signs': oneLine('>', MB),
    'hashes': '#' + oneLine(' #', MB) + 'x',
    'underscores': oneLine('_a', MB),
    'NUL bytes': oneLine('\u0000', MB),
    'lone surrogates': oneLine('\ud800a\udc00', MB),
    'zero-width and bidi': oneLine('\u200b\u202e\u2067\ufeff', MB),
    'tatweel inside a name': 'ثابت' + oneLine('\u0640', MB) + 'العباسي',
    'tashkeel': oneLine('ثَ\u0651', MB),
    'quotes': oneLine('«', MB),
    'digits and separators': oneLine('2,0', MB),
    'presentation forms': oneLine('\ufdfa\ufd3e', dense / 2),
    'Arabic words, no full stop': oneLine('ثابت العباسي وزير الدفاع قال إن ', dense),
    'English words, no full stop': oneLine('Defence Minister Thabet al-Abbasi said in Washington that ', dense),
    'the article on one line': oneLine(article.replace(/\n+/g, ' ') + ' ', dense),
    'known mistakes on one line': oneLine(knownMistakes.join(' ، ') + ' . ', dense),
    // Not one line: a finding and a suppression directive on every line (suppression used to take
    // O(findings × directives × length) time).
    'a directive on every line': oneLine('قال وزير الدفاع ثامر العباسي إن المفاوضات مستمرة. <!-- isnad-disable-line quantity -->\n', dense),
  };
  let worker: EngineWorker;
  before(() => {
    worker = new EngineWorker();
  });
  after(async () => {
    await worker.close();
  });
  for (const [name, text] of Object.entries(cases)) {
    void test(`${name} (${text.length.toLocaleString('en')} UTF-16 units)`, async () => {
      for (const format of FULL ? (['markdown', 'plaintext'] as const) : (['markdown'] as const)) {
        const result = await worker.check(text, { format, rules: allRules }, FULL ? 300_000 : 60_000);
        assert.deepEqual(result.internalErrors, [], format);
        assert.deepEqual(result.problems, [], format);
      }
    });
  }
});
