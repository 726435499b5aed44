/**
 * Post-holder probes of helper ties25: a title given through a reference to the organisation
 * ("the ministry's secretary-general", «الأمين العام للوزارة») after the name of someone who holds
 * another post of that organisation. The title names the organisation as surely as its name would,
 * so the wrong post is flagged, as it is when the draft names the ministry. Articles invented here:
 * hail grants to olive farmers in Ajloun, told in English (`orchard-grants.en.txt`) and in Arabic
 * (`orchard-grants.ar.txt`); the ministry's director of rural support, Samer al-Qudah, is not its
 * secretary-general, Reem Haddadin.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const EN = 'orchard-grants.en.txt';
const AR = 'orchard-grants.ar.txt';

const PROBES: RuleProbe[] = [
  // A post of another family at the organisation the reference names, after the name.
  { file: EN, sentence: "Grants will be paid before 20 December, said Samer al-Qudah, the ministry's secretary-general.", flagged: 'secretary-general' },
  { file: EN, sentence: "Samer al-Qudah, the ministry's secretary-general, said inspectors had visited 180 villages.", flagged: 'secretary-general' },
  { file: AR, sentence: 'وقال سامر القضاة، الأمين العام للوزارة، إن المنح ستصرف قبل 20 ديسمبر.', flagged: 'الأمين العام' },
  // The same wrong post with the organisation named, which was already flagged.
  { file: EN, sentence: 'Samer al-Qudah, secretary-general of the Ministry of Agriculture, said inspectors had visited 180 villages.', flagged: 'secretary-general' },
  // True restatements through a reference, which must stay clean.
  { file: EN, sentence: "Reem Haddadin, the ministry's secretary-general, said the grants would be paid before 20 December." },
  { file: EN, sentence: "The ministry's secretary-general, Reem Haddadin, said inspectors had visited 180 villages." },
  { file: EN, sentence: "Samer al-Qudah, the ministry's director of rural support, said 2,300 farmers would get grants." },
  { file: AR, sentence: 'وقالت ريم حدادين، الأمينة العامة للوزارة، إن المنح ستصرف قبل 20 ديسمبر.' },
  { file: AR, sentence: 'وقال سامر القضاة، مدير الدعم الريفي في الوزارة، إن 2300 مزارع سيحصلون على منح.' },
  // A generic head through a reference stays a description, not a post: the director leads his unit.
  { file: EN, sentence: "Samer al-Qudah, who heads the ministry's rural support, said 2,300 farmers would get grants." },
];

for (const one of PROBES) ruleProbe('post-holder', one);
