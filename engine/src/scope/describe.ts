/**
 * One line that says which stories a draft was checked against and why, in Arabic or English, for
 * the CLI's `--verbose` output and the editor's hovers alike.
 */
import type { StoryTie } from './tie';
import { DETECTION_MIN_CORROBORATING, DETECTION_MIN_NAMES, DETECTION_THRESHOLD, type StoryScore } from './detect';

/**
 * What a draft lacks to be tied to its closest story: its score against the one needed, its
 * specific names against the number needed, and, when it names one of the story's people in full
 * (or in full but spelt otherwise, which needs one more), how many of the story's figures, days or
 * places it repeats against the number that would do.
 */
function shortOf(best: Pick<StoryScore, 'score' | 'specific' | 'person' | 'spelled' | 'corroborating'>, ar: boolean): string {
  const parts = ar
    ? [`المجموع ${best.score} من ${DETECTION_THRESHOLD} مطلوبة`, `${best.specific} من ${DETECTION_MIN_NAMES} أسماء خاصة بالقصة مطلوبة`]
    : [`score ${best.score} of ${DETECTION_THRESHOLD} needed`, `${best.specific} of ${DETECTION_MIN_NAMES} names specific to the story needed`];
  if (best.person && best.specific < DETECTION_MIN_NAMES)
    parts.push(ar ? `أو اسم شخص كامل مع ${DETECTION_MIN_CORROBORATING} من أرقام القصة أو أيامها أو أماكنها: ${best.corroborating}` : `or a full name with ${DETECTION_MIN_CORROBORATING} of the story's figures, days or places: ${best.corroborating} found`);
  else if (best.spelled && best.specific < DETECTION_MIN_NAMES) {
    const needed = DETECTION_MIN_CORROBORATING + 1;
    parts.push(ar ? `أو اسم شخص كامل بتهجئة أخرى مع ${needed} من أرقام القصة أو أيامها أو أماكنها: ${best.corroborating}` : `or a full name spelt otherwise with ${needed} of the story's figures, days or places: ${best.corroborating} found`);
  }
  return parts.join(ar ? '، ' : ', ');
}

/**
 * Which stories a draft was checked against, and why, in one line: `checked against:
 * iraq-coalition-talks (detected: 9 names: Thabet al-Abbasi, …)`, or why it was checked against
 * none.
 */
export function describeStory(tie: StoryTie, lang: 'ar' | 'en'): string {
  const ar = lang === 'ar';
  const scoreOf = (id: string) => tie.scores.find((score) => score.id === id);
  const names = (id: string) => {
    const score = scoreOf(id);
    if (!score) return '';
    const shown = score.names.slice(0, 3).join(ar ? '، ' : ', ') + (score.names.length > 3 ? '…' : '');
    return ar ? `${score.names.length} أسماء: ${shown}` : `${score.names.length} ${score.names.length === 1 ? 'name' : 'names'}: ${shown}`;
  };
  const why = (id: string) => {
    switch (tie.by) {
      case 'front-matter':
        return ar ? 'المقدمة (story:)' : 'front matter';
      case 'path':
        return ar ? 'المسار' : 'path';
      case 'all':
        return ar ? 'كل قواعد الحقائق' : 'all fact bases';
      case 'detected':
        return ar ? `اكتُشفت: ${names(id)}` : `detected: ${names(id)}`;
    }
  };
  const unknown = tie.unknown.length > 0 ? (ar ? ` (غير محمّلة: ${tie.unknown.join('، ')})` : ` (not loaded: ${tie.unknown.join(', ')})`) : '';
  if (tie.factBases.length === 0) {
    const best = tie.scores[0];
    if (tie.by !== 'detected') return (ar ? `لم يُربط بأي قصة (${why('')})` : `checked against no story (${why('')})`) + unknown;
    return best
      ? ar
        ? `لم تُكتشف قصة (الأقرب: ${best.id}، ${shortOf(best, ar)}؛ ${names(best.id)})`
        : `no story detected (closest: ${best.id}, ${shortOf(best, ar)}; ${names(best.id)})`
      : ar
        ? 'لم تُكتشف قصة'
        : 'no story detected';
  }
  const list = tie.factBases.map((id) => `${id} (${why(id)})`).join(ar ? '، ' : ', ');
  return (ar ? `رُوجع مقابل: ${list}` : `checked against: ${list}`) + unknown;
}
