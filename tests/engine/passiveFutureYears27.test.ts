/**
 * The year of a month or a range of days given without one, after a future passive: "will be held
 * between 14 and 20 December", "will be built in January", "will be paid in February". An
 * irregular past form after "be" (held, built, paid) is a participle, not a past verb, so the
 * future word before it gives the month its time; before this, the nearest cue was read as the past
 * and a festival to come in an article of November 2026 was drawn as December 2025. Probed by helper
 * drawdates27 on an invented article, a glass festival in the invented town of Miravel dated
 * 18 November 2026, in English and Arabic (`glass-festival-miravel.*.txt`). Also a month with a
 * relative year after it ("was held in October last year", «أقيم في أكتوبر من العام الماضي»), which
 * was drawn in the article's year (English, where "October last" was read as last October) or as
 * two events (Arabic). Traps: the true year is clean, and the Arabic article, whose future verbs
 * were already read, keeps its years.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const EN = 'glass-festival-miravel.en.txt';
const AR = 'glass-festival-miravel.ar.txt';

const PROBES: RuleProbe[] = [
  // The future passive's month or days, in the coming year when the month has passed.
  { file: EN, sentence: 'The Miravel glassworks festival will be held between 14 and 20 December 2026 on the river quay.' },
  { file: EN, sentence: 'The Miravel glassworks festival will be held between 14 and 20 December 2025 on the river quay.', flagged: '2025' },
  { file: EN, sentence: 'New kilns for the festival will be built in January 2027, the office said.' },
  { file: EN, sentence: 'New kilns for the festival will be built in January 2026, the office said.', flagged: '2026' },
  { file: EN, sentence: 'Prizes for the best blown vase will be paid in February 2027.' },
  { file: EN, sentence: 'Prizes for the best blown vase will be paid in February 2026.', flagged: '2026' },
  // A month with a relative year after it (in October last year, «في أكتوبر من العام الماضي») takes that year.
  { file: EN, sentence: 'The festival was held in October 2025 and drew 12,000 visitors.' },
  { file: EN, sentence: 'The festival was held in October 2026 and drew 12,000 visitors.', flagged: '2026' },
  // Arabic: the future verbs were already read; the same drafts keep their findings.
  { file: AR, sentence: 'سيقام مهرجان الزجاج في ميرافيل بين 14 و20 ديسمبر 2026 على رصيف النهر.' },
  { file: AR, sentence: 'سيقام مهرجان الزجاج في ميرافيل بين 14 و20 ديسمبر 2025 على رصيف النهر.', flagged: '2025' },
  { file: AR, sentence: 'وسيتم بناء أفران جديدة للمهرجان في يناير 2027.' },
  { file: AR, sentence: 'وسيتم بناء أفران جديدة للمهرجان في يناير 2026.', flagged: '2026' },
  { file: AR, sentence: 'وكان المهرجان قد أقيم في أكتوبر 2025 واستقطب 12 ألف زائر.' },
  { file: AR, sentence: 'وكان المهرجان قد أقيم في أكتوبر 2026 واستقطب 12 ألف زائر.', flagged: '2026' },
];

for (const one of PROBES) ruleProbe('event-date', one);
