/**
 * Finds days and weeks counted back or forward from the draft's own date: "two days ago", "a
 * week ago", "in three days" (after will), «قبل يومين», «منذ أسبوع», «قبل ثلاثة أيام», «بعد
 * يومين» (after a future verb). A count tied to something else is left out: «قبل يومين من
 * القمة» (two days before the summit), "in two days of talks"; so is «منذ» after a word of
 * continuity (يستمر منذ أسبوع: "for a week", not "a week ago"), and a forward count without a
 * future marker before it in its clause ("signed it in two days" is a duration).
 */
import type { Analysis, Token } from '../analysis';
import { nameKeys, tokenStems } from '../knowledge';
import { COUNTED_BACK, COUNTED_FORWARD, CONTINUITY_WORDS, FUTURE_MARKERS } from '../lexicon/months';
import { arabicNumberWord, englishNumberWord, parseDigits, ARABIC_DUALS, UNIT_WORDS } from '../lexicon/numbers';
import { weekdayAt } from './weekdays';
import { isFutureVerb } from '../text/stem';

/** A count of days or weeks from the draft's own date. */
export interface CountedDays {
  /** The whole expression, preposition included. */
  tokenStart: number;
  tokenEnd: number;
  /** The tokens of the count and its unit (the part a fix rewrites). */
  countStart: number;
  countEnd: number;
  count: number;
  unit: 'day' | 'week';
  /** −1 back (ago, قبل, منذ), +1 forward (in, بعد). */
  direction: -1 | 1;
  /** How the count was written: a dual (يومين), a lone unit (a week, أسبوع), a number word or digits. */
  style: 'dual' | 'unit' | 'words' | 'digits';
}

const fold = (word: string) => nameKeys(word)[0]!;
const BACK = new Set(COUNTED_BACK.map(fold));
const FORWARD = new Set(COUNTED_FORWARD.map(fold));
const CONTINUITY = new Set(CONTINUITY_WORDS.map(fold));
const FUTURE = new Set(FUTURE_MARKERS.map(fold));
const SINCE = fold('منذ');
/** Words after a count that tie it to something else than the draft's date. */
const TIED = new Set(['من', 'على', 'of', 'before', 'after', 'earlier', 'later', 'from'].map(fold));

/** The count and unit starting at token `j`, if any. */
function countAt(tokens: Token[], j: number): { end: number; count: number; unit: 'day' | 'week'; style: CountedDays['style'] } | undefined {
  const token = tokens[j];
  if (!token) return undefined;
  const unitOf = (t: Token | undefined) => {
    if (!t || t.sentence !== token.sentence) return undefined;
    const unit = UNIT_WORDS[t.key];
    return unit === 'day' || unit === 'week' ? unit : undefined;
  };
  const dual = ARABIC_DUALS[token.key];
  if (dual && (dual.unit === 'day' || dual.unit === 'week')) return { end: j + 1, count: 2, unit: dual.unit, style: 'dual' };
  const single = unitOf(token);
  // A lone singular unit: «قبل أسبوع». A plural alone (قبل أيام, days ago) counts nothing.
  if (single && (token.key === fold('يوم') || token.key === fold('أسبوع'))) return { end: j + 1, count: 1, unit: single, style: 'unit' };
  const article = token.key === 'a' || token.key === 'an';
  const value = article ? 1 : (englishNumberWord(token.key) ?? arabicNumberWord(token.key) ?? (token.script === 'digit' ? parseDigits(token.text) : undefined));
  const unit = unitOf(tokens[j + 1]);
  if (value === undefined || !unit || value < 1 || !Number.isInteger(value)) return undefined;
  return { end: j + 2, count: value, unit, style: article || token.script !== 'digit' ? (article ? 'unit' : 'words') : 'digits' };
}

/** Whether a future marker (will, سوف, or a verb in the future: سيوقّع) stands in the clause within `reach` (eight) tokens before `i`. */
export function futureBefore(tokens: Token[], i: number, reach = 8): boolean {
  for (let k = i - 1; k >= 0 && k >= i - reach && tokens[k]!.clause === tokens[i]!.clause; k--) {
    if (isFutureMarker(tokens[k]!)) return true;
  }
  return false;
}

/** Whether a token is a future marker (will, سوف, due) or an Arabic verb in the future (سيوقّع). */
export function isFutureMarker(token: Token): boolean {
  return FUTURE.has(token.key) || (token.script === 'ar' && isFutureVerb(token.key));
}

/** Every counted day or week of the draft, in order. */
export function countedDays(analysis: Analysis): CountedDays[] {
  const tokens = analysis.tokens;
  const out: CountedDays[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.key;
    const bare = key.length > 3 && (key[0] === 'و' || key[0] === 'ف') ? key.slice(1) : key;
    if (tokens[i]!.script === 'ar' && (BACK.has(bare) || FORWARD.has(bare))) {
      const count = countAt(tokens, i + 1);
      if (!count || tokens[count.end - 1]!.sentence !== tokens[i]!.sentence) continue;
      const after = tokens[count.end];
      if (after && after.sentence === tokens[i]!.sentence && (TIED.has(after.key) || weekdayAt(tokens, count.end))) continue;
      const before = tokens[i - 1];
      if (bare === SINCE && before && before.sentence === tokens[i]!.sentence && tokenStems(before).some((s) => CONTINUITY.has(s.stem))) continue;
      const direction = BACK.has(bare) ? -1 : 1;
      if (direction === 1 && !futureBefore(tokens, i)) continue;
      out.push({ tokenStart: i, tokenEnd: count.end, countStart: i + 1, countEnd: count.end, count: count.count, unit: count.unit, direction, style: count.style });
      i = count.end - 1;
      continue;
    }
    if (tokens[i]!.script !== 'ar' && tokens[i]!.script !== 'other') {
      // English: "two days ago"; "in two days" after will.
      const forward = FORWARD.has(key);
      const count = countAt(tokens, forward ? i + 1 : i);
      if (!count || tokens[count.end - 1]!.sentence !== tokens[i]!.sentence) continue;
      const after = tokens[count.end];
      if (forward) {
        if ((after && after.sentence === tokens[i]!.sentence && TIED.has(after.key)) || !futureBefore(tokens, i)) continue;
        out.push({ tokenStart: i, tokenEnd: count.end, countStart: i + 1, countEnd: count.end, count: count.count, unit: count.unit, direction: 1, style: count.style });
        i = count.end - 1;
      } else if (after && after.sentence === tokens[i]!.sentence && BACK.has(after.key)) {
        out.push({ tokenStart: i, tokenEnd: count.end + 1, countStart: i, countEnd: count.end, count: count.count, unit: count.unit, direction: -1, style: count.style });
        i = count.end;
      }
    }
  }
  return out;
}
