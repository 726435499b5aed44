/**
 * The draft's own date, probed by helper dates30 before the change that reads it only from a
 * dateline. A draft states its date in its front matter or on a dateline among its first lines
 * (a place and perhaps a weekday before the date, nothing after it but punctuation, or a wire
 * dateline's dash); a full date inside a lead sentence ("will take effect on 1 May 2027") is the
 * date of what the sentence tells, not the day the draft was written. Read as the draft's date, it
 * made the event's own date look past for a date to come (so a month moved with the day kept went
 * unflagged) and moved the day that relative days count from. Articles invented here: a ferry
 * strike at Lindholm that ended with a pay deal signed on Wednesday 2 December 2026
 * (`ferry-lindholm30.en.txt`), and a dockers' strike at the port of Sidi Hamza that ended the same
 * day (`port-hamza30.ar.txt`); both were published on Thursday 3 December 2026.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeChecker } from './drawProbeChecks';

const FERRY = 'ferry-lindholm30.en.txt';
const PORT = 'port-hamza30.ar.txt';

/** A sentence, the words the `event-date` finding must flag and the fix it must offer; none for a clean sentence. */
interface DateProbe {
  file: string;
  sentence: string;
  flagged?: string;
  fix?: string;
}

const PROBES: DateProbe[] = [
  // A lead sentence's full date with its month moved (1 March 2027 → 1 May 2027) or its day moved.
  { file: FERRY, sentence: 'The new pay scale will take effect on 1 May 2027.', flagged: 'May', fix: 'March' },
  { file: FERRY, sentence: 'The new pay scale will take effect on 2 March 2027.', flagged: '2', fix: '1' },
  { file: PORT, sentence: 'وسيبدأ العمل بسلم الأجور الجديد في 2 مارس/آذار 2027.', flagged: '2', fix: '1' },
  { file: PORT, sentence: 'وسيبدأ العمل بسلم الأجور الجديد في 1 مايو/أيار 2027.', flagged: 'مايو/أيار', fix: 'مارس/آذار' },
  // A relative day counts from the article's date, not from a date its lead sentence gives:
  // the deal signed yesterday (2 December, for the article of 3 December) is right.
  { file: FERRY, sentence: 'The strike began on 26 November 2026, and the operator signed the pay deal yesterday.' },
  { file: PORT, sentence: 'بدأ الإضراب في 26 نوفمبر/تشرين الثاني 2026، ووقعت إدارة الميناء أمس اتفاق الأجور.' },
];


/**
 * A byline or a publication label before the date is a dateline too, and so is a date with its
 * clock time after it (found in review): "By Jane Smith, 4 December 2026", "Published on 4 December
 * 2026", "Updated: 4 December 2026 10:30 GMT", «نشر في 4 ديسمبر 2026». Dated the day after the
 * article, such a draft's "yesterday" is 3 December, not the deal's day; a lead sentence after a
 * label-less line is still no dateline.
 */
const HEADED: DateProbe[] = [
  { file: FERRY, sentence: 'By Jane Smith, 4 December 2026\n\nThe operator signed the pay deal yesterday.', flagged: 'yesterday', fix: 'the day before yesterday' },
  { file: FERRY, sentence: 'Published on 4 December 2026\n\nThe operator signed the pay deal yesterday.', flagged: 'yesterday', fix: 'the day before yesterday' },
  { file: FERRY, sentence: 'Updated: 4 December 2026 10:30 GMT\n\nThe operator signed the pay deal yesterday.', flagged: 'yesterday', fix: 'the day before yesterday' },
  { file: PORT, sentence: 'نشر في 4 ديسمبر 2026\n\nووقعت إدارة الميناء أمس اتفاق الأجور.', flagged: 'أمس', fix: 'أول أمس' },
  { file: FERRY, sentence: 'By Jane Smith, 3 December 2026\n\nThe operator signed the pay deal yesterday.' },
];

/**
 * A sentence that opens with a label's word is no dateline (found in the second review): "Last
 * month …", «نشرت وزارة الصحة تقريرها … يوم 4 ديسمبر 2026», "By law … by 4 December 2026". Read
 * as the draft's date, such a first line made the draft a day later, and its true «أمس» or
 * yesterday wrong.
 */
const SENTENCES: DateProbe[] = [
  { file: FERRY, sentence: 'Updated rules were published on 4 December 2026.\n\nThe operator signed the pay deal yesterday.' },
  { file: FERRY, sentence: 'By law the new scale is published by 4 December 2026.\n\nThe operator signed the pay deal yesterday.' },
  { file: PORT, sentence: 'نشرت إدارة الميناء جدول الأجور الجديد يوم 4 ديسمبر 2026.\n\nووقعت إدارة الميناء أمس اتفاق الأجور.' },
];

/** Each probe: the `event-date` findings it gets, with each one's first fix, are exactly the ones it names (none for a clean one). */
for (const { file, sentence, flagged, fix } of [...PROBES, ...HEADED, ...SENTENCES]) {
  test(`${file}: ${flagged ? `flags ${flagged} (→ ${fix})` : 'clean'}: ${sentence.replace(/\n+/g, ' / ')}`, () => {
    const found = probeChecker(file)
      .check(sentence)
      .findings.filter((finding) => finding.ruleId === 'event-date')
      .map((finding) => [sentence.slice(finding.range.start, finding.range.end), finding.fixes?.[0]?.edits.map((edit) => edit.text).join(' ')]);
    assert.deepEqual(found, flagged ? [[flagged, fix]] : []);
  });
}
