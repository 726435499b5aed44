/**
 * Areas of an English article given after the noun they measure and "of" (holds back a reservoir
 * of 23 square kilometres), probed by helper drawen27 before the change that serves them: drawing
 * found no measure noun there (area, covers) and left the figure out, so no draft's area was
 * compared. Invented article: an irrigation dam in Malawi (`reservoir-chimwala.en.txt`); its
 * people and figures are invented.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const CHIMWALA = 'reservoir-chimwala.en.txt';

const PROBES: RuleProbe[] = [
  // The reservoir's area, in either language: a wrong one is flagged, the true one is not.
  { file: CHIMWALA, sentence: 'The Chimwala dam holds back a reservoir of 32 square kilometres.', flagged: '32' },
  { file: CHIMWALA, sentence: 'The Chimwala dam holds back a reservoir of 23 square kilometres.' },
  { file: CHIMWALA, sentence: 'وتبلغ مساحة البحيرة 32 كيلومتراً مربعاً.', flagged: '32' },
  { file: CHIMWALA, sentence: 'ويحتجز سد تشيموالا بحيرة مساحتها 32 كيلومتراً مربعاً.', flagged: '32', todo: 'the check: the area\'s noun with a possessive («مساحتها») is not read as the fact\'s noun «مساحة»' },
  { file: CHIMWALA, sentence: 'ويحتجز سد تشيموالا بحيرة مساحتها 23 كيلومتراً مربعاً.' },
  // Near misses: another area of the article, and areas of other things, are not the reservoir's.
  { file: CHIMWALA, sentence: 'The Nkhotakota wildlife reserve downstream covers 1,800 square kilometres.' },
  { file: CHIMWALA, sentence: 'Farmers near the dam own plots of 2 square kilometres or less.' },
  { file: CHIMWALA, sentence: 'The Bua River drains a basin of 10,700 square kilometres.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
