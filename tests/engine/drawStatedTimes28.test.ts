/**
 * A count stated after its noun with a time between (helper drawqty28, probes before the change):
 * «بلغ عدد السياح … خلال الأشهر العشرة الأولى من العام 640 ألف سائح», "the number of anglers … in
 * the past three seasons reached 9,400". The first figure after the noun was read as its stated
 * count even where it counts the months or the weeks of the period, so drawing gave the noun two
 * values (ten and 640,000) and kept neither, and a draft's period was compared as the count. A
 * figure right after a noun of time («الأشهر العشرة», «الأسابيع الستة») is the period's. Articles
 * (invented): tourists in Aqaba (`tourists-aqaba28.ar.txt`) and salmon anglers on the Tweed
 * (`anglers-tweed28.en.txt`).
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const AQABA = 'tourists-aqaba28.ar.txt';
const TWEED = 'anglers-tweed28.en.txt';

/** What the English wrong count waits for: its noun or its period is not read (anglers are no counted noun of the table; seasons no unit of time). */
const SEASONS = 'the English count of anglers stated after a period of seasons is not drawn';

const PROBES: RuleProbe[] = [
  { file: AQABA, sentence: 'بلغ عدد السياح الوافدين إلى العقبة خلال الأشهر العشرة الأولى من العام 640 ألف سائح.' },
  { file: AQABA, sentence: 'بلغ عدد السياح الوافدين إلى العقبة خلال الأشهر العشرة الأولى من العام 460 ألف سائح.', flagged: '460 ألف' },
  { file: AQABA, sentence: 'استقبلت العقبة 460 ألف سائح منذ بداية العام.', flagged: '460 ألف' },
  { file: AQABA, sentence: 'وبلغ عدد الرحلات المباشرة إلى مطار الملك حسين الدولي في الأسابيع الستة الماضية 84 رحلة.' },
  { file: AQABA, sentence: 'وبلغ عدد الرحلات المباشرة في الأسابيع الستة الماضية 48 رحلة.', flagged: '48' },
  { file: TWEED, sentence: 'The number of anglers fishing the River Tweed in the past three seasons reached 9,400.' },
  { file: TWEED, sentence: 'The number of anglers fishing the River Tweed in the past three seasons reached 4,900.', flagged: '4,900', todo: SEASONS },
  { file: TWEED, sentence: 'The number of salmon caught over the last two months rose to 1,150.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
