/**
 * The bugs the robustness tests found, each pinned by the smallest input that showed it, so that
 * they stay fixed even when the random generators wander elsewhere. docs/reliability.md lists them.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes } from '../../engine/src/index';
import { bundled, findingKey, rangeProblem } from './helpers';

void describe('regressions found by the robustness tests', () => {
  void test('presentation-form code points that NFKC keeps (﴾ ﴿, U+FDD0) do not overflow the stack', () => {
    const { checker } = bundled();
    for (const char of ['\ufd3e', '\ufd3f', '\ufdd0', '\ufdfd', '\ufbc0', '\ufe73', '\uffef']) {
      const text = `قال وزير الدفاع ثامر العباسي ${char}إن المفاوضات مستمرة${char}.`;
      const result = checker.check(text);
      assert.deepEqual(result.internalErrors, [], `U+${char.charCodeAt(0).toString(16)}`);
      assert.ok(result.findings.some((finding) => finding.ruleId === 'name-spelling'), 'the rules still run');
    }
  });

  void test('a title that ends a paragraph does not make the next paragraph’s first words its holder', () => {
    const { checker } = bundled();
    const text = 'الأمين العام لكتائب سيد الشهداء\n\nForeign Minister Thabet al-Abbasi is leading the talks.';
    const findings = checker.check(text).findings;
    assert.deepEqual(
      findings.map((finding) => `${findingKey(finding)} ${text.slice(finding.range.start, finding.range.end)}`),
      [`post-holder@${text.indexOf('Foreign')}-${text.indexOf('Foreign') + 7} Foreign`],
    );
    // And its fix leaves nothing behind.
    const fixed = applyFixes(text, findings).text;
    assert.deepEqual(checker.check(fixed).findings, []);
  });

  void test('capitalised title words that run into a known name are not another person’s name', () => {
    const { checker } = bundled();
    const text = 'Habib al-Halawi "الأمين العام لكتائب سيد الشهداء. Iraqi Foreign Minister Thabet al-Abbasi is leading the talks.';
    const holders = checker.check(text).findings.filter((finding) => finding.ruleId === 'post-holder');
    assert.deepEqual(
      holders.map((finding) => text.slice(finding.range.start, finding.range.end)),
      ['Foreign'],
    );
  });
});

void describe('suppression directives', () => {
  void test('lines end at \\r as well as \\n: isnad-disable-line silences its own line only', () => {
    const { checker } = bundled();
    const line = 'قال وزير الدفاع ثامر العباسي إن المفاوضات مستمرة.';
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `${line} <!-- isnad-disable-line -->${eol}${line}${eol}`;
      const findings = checker.check(text).findings.filter((finding) => finding.ruleId === 'name-spelling');
      assert.equal(findings.length, 1, `with ${JSON.stringify(eol)} line ends`);
      assert.ok(findings[0]!.range.start > text.indexOf(eol), 'the finding left is on the second line');
    }
  });
});

void describe('line breaks', () => {
  void test('a quotation open to the end of a CRLF line does not end between the \\r and the \\n', () => {
    const { checker } = bundled();
    const text = 'قال العباسي «كلام غير موجود في المقال أبدا\r\nسطر آخر\r\n';
    const findings = checker.check(text, { rules: { 'unverified-claim': 'hint' } }).findings;
    assert.ok(findings.length > 0, 'the unverified quotation is reported');
    for (const finding of findings) assert.equal(rangeProblem(text, finding.range, finding.ruleId), undefined);
  });
});

void describe('fixes that fix', () => {
  void test('"deputy" is added in the title’s language, and only where the result is a deputy title of the right organisation', () => {
    const { checker } = bundled();
    const fixOf = (text: string) => checker.check(text).findings.find((finding) => finding.ruleId === 'post-holder')?.fixes[0]?.edits.map((edit) => edit.text);
    // An English sentence glued to an Arabic title: the word is Arabic.
    assert.deepEqual(fixOf('member of the parliamentary Security and Defence Committeeمنذ اغتيال رئيس هيئة الحشد الشعبي أبو مهدي المهندس.'), ['نائب رئيس']);
    assert.deepEqual(fixOf('Since PMF head Abu Mahdi al-Muhandis was killed.'), ['deputy head']);
    // The deputy form of a secretary-general's title (نائب الأمين العام) is read since the title
    // table lists it; the organisation is another: no fix, only the finding.
    assert.deepEqual(fixOf('الأمين العام أبو مهدي المهندس قُتل.'), ['نائب الأمين العام']);
    assert.equal(fixOf('الأمين العام لحركة عصائب أهل الحق قُتل المهندس وسليماني.'), undefined);
    // Every fix offered here removes its finding.
    for (const text of ['منذ اغتيال رئيس هيئة الحشد الشعبي أبو مهدي المهندس.', 'Since PMF head Abu Mahdi al-Muhandis was killed.', 'الأمين العام أبو مهدي المهندس قُتل.']) {
      const finding = checker.check(text).findings.find((f) => f.ruleId === 'post-holder')!;
      assert.deepEqual(checker.check(applyFixes(text, [finding]).text).findings.filter((f) => f.ruleId === 'post-holder'), [], text);
    }
  });
});

void describe('titles belong to people', () => {
  void test('an organisation inside a title that a person holds is not a nearby group’s affiliation', () => {
    const { checker } = bundled();
    for (const text of [
      'السياسيين الشيعة State Department spokesman Matthew Miller gave no details.',
      'قادة الفصائل وقال المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر إن الجانبين يجتمعان.',
    ]) {
      assert.deepEqual(checker.check(text).findings.map((f) => f.ruleId), [], text);
    }
    // A group with its own affiliation is still checked.
    assert.deepEqual(checker.check('ويصر سياسيون شيعة ينتمون إلى «التيار الصدري» على الانسحاب.').findings.map((f) => f.ruleId), ['affiliation']);
  });
});

void describe('organisation fixes make the whole title right, or are not offered', () => {
  void test('no fix that leaves a wrong title (and its finding) in place', () => {
    const { checker } = bundled();
    for (const text of [
      'PMF deputy chief Matt Miller gave no details.',
      'عضو لجنة الأمن والدفاع النيابية Miller',
      'Department of State Defense Minister Muhandis',
      'وزير الخارجية ثابت العباسي member of the Security and Defence Committee',
      'المتحدث باسم الخارجية الأمريكية وحسب عضو لجنة الأمن والدفاع النيابية طالب اليساري، فإن العلاقة متشنجة.',
      'member of the parliamentary Security and Defence Committee قيس الخزاعي',
    ]) {
      const findings = checker.check(text).findings;
      assert.ok(findings.length > 0, `still a finding: ${text}`);
      for (const finding of findings.filter((f) => f.fixes.length > 0)) {
        const fixed = applyFixes(text, [finding]).text;
        const left = checker.check(fixed).findings.filter((f) => f.ruleId === finding.ruleId && f.range.start < finding.range.end + fixed.length - text.length && f.range.end > finding.range.start);
        assert.deepEqual(left.map((f) => fixed.slice(f.range.start, f.range.end)), [], `${text} → ${fixed}`);
      }
    }
  });
});
