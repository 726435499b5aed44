/**
 * Drawn recall on Arabic articles, probed by helper drawar26 before the change that serves them:
 * durations after a verb of taking or sufficing, whose noun is the verb's subject before it («أن
 * رحلة الحافلة من ورقلة إلى تمنراست تستغرق نحو 19 ساعة», «طروداً غذائية تكفي 12 يوماً»), and the
 * age of a thing («ألا يزيد عمر الحافلة على أربع سنوات»), which drawing tied to the word right before
 * the figure and so drew as unsure, comparing no draft. Invented article: a bus line between Ouargla
 * and Tamanrasset in Algeria (`bus-line-ouargla.ar.txt`); its people and figures are invented.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const OUARGLA = 'bus-line-ouargla.ar.txt';

const PROBES: RuleProbe[] = [
  // The journey a verb of taking measures: a wrong duration is flagged, in either language; the true one is not.
  { file: OUARGLA, sentence: 'وقال بن عيسى إن رحلة الحافلة من ورقلة إلى تمنراست تستغرق نحو 24 ساعة.', flagged: '24 ساعة' },
  { file: OUARGLA, sentence: 'وقال بن عيسى إن رحلة الحافلة من ورقلة إلى تمنراست تستغرق نحو 19 ساعة.' },
  { file: OUARGLA, sentence: 'وتستغرق الرحلة بين ورقلة وتمنراست 24 ساعة.', flagged: '24 ساعة' },
  { file: OUARGLA, sentence: 'The bus journey from Ouargla to Tamanrasset takes about 24 hours.', flagged: '24 hours' },
  { file: OUARGLA, sentence: 'The bus journey from Ouargla to Tamanrasset takes about 19 hours.' },
  // What a verb of sufficing measures: the noun before it.
  { file: OUARGLA, sentence: 'ووزعت الجمعية على السائقين طروداً غذائية تكفي 20 يوماً.', flagged: '20 يوماً' },
  { file: OUARGLA, sentence: 'ووزعت الجمعية على السائقين طروداً غذائية تكفي 12 يوماً.' },
  // The age of a thing, in either language.
  { file: OUARGLA, sentence: 'واشترطت الوزارة ألا يزيد عمر الحافلة على عشر سنوات.', flagged: 'عشر سنوات' },
  { file: OUARGLA, sentence: 'واشترطت الوزارة ألا يزيد عمر الحافلة على أربع سنوات.' },
  { file: OUARGLA, sentence: 'No bus on the line may be more than ten years old.', flagged: 'ten years' },
  // Near misses: durations of other things the article does not give are not its durations.
  { file: OUARGLA, sentence: 'وتستغرق صيانة الحافلة الواحدة يومين.' },
  { file: OUARGLA, sentence: 'وتكفي شحنة الوقود الواحدة 3 أيام.' },
  { file: OUARGLA, sentence: 'وستستمر أشغال توسيع المحطة ستة أشهر.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
