/**
 * `event-date`, days: a trigger farther than six words before a weekday or a relative day still
 * names the day's event when the words between are the trigger's object or its subject ("will
 * debate a consultant study of bus services next Tuesday", «ويناقش أعضاء المجلس مراجعة مستقلة
 * لخطوط الحافلات يوم الثلاثاء»): the trigger starts at most ten words before the day, at most six
 * content words stand between them, and between them stands no name the fact base knows, no figure, no punctuation, no other
 * day, date or trigger, and no word that opens a clause or a verb of its own (to, that, after,
 * «أن», «التي», «بعد»; `lexicon/words.ts` `OBJECT_BREAK_WORDS`) nor English past form (drew,
 * approved), after which the day may be what that clause or verb tells.
 */
import type { Analysis } from '../../analysis';
import { tokenContentStem, tokenStems, type KnowledgeIndex } from '../../knowledge';
import { firstMentionFrom, mentions } from '../../mentions';
import type { TriggerHit } from '../../events';
import { OBJECT_BREAK_WORDS } from '../../lexicon/words';
import { dayNounAt, relativeDayIn, weekdayAt } from '../../extract/weekdays';
import { irregularBase } from '../../text/verbForms';

/** How many words before the day the trigger may start. */
const FARTHEST = 10;
/** How many content words may stand between the trigger and the day. */
const MOST_CONTENT = 6;

const byStartCache = new WeakMap<readonly TriggerHit[], Map<number, TriggerHit[]>>();

/** The draft's trigger hits by their first token, once per list, so a day looks only at the words before it. */
function hitsByStart(hits: readonly TriggerHit[]): Map<number, TriggerHit[]> {
  let byStart = byStartCache.get(hits);
  if (!byStart) {
    byStart = new Map();
    for (const hit of hits) {
      const list = byStart.get(hit.tokenStart);
      if (list) list.push(hit);
      else byStart.set(hit.tokenStart, [hit]);
    }
    byStartCache.set(hits, byStart);
  }
  return byStart;
}

/**
 * Whether the trigger hit, ending before the day that starts at token `day`, reaches the day over
 * its object: see the module's comment. `hits` are the draft's trigger hits: none other may stand
 * between.
 */
export function reachesOverObject(analysis: Analysis, knowledge: KnowledgeIndex, hit: TriggerHit, day: number, hits: readonly TriggerHit[]): boolean {
  const tokens = analysis.tokens;
  if (hit.tokenStart < day - FARTHEST || hit.tokenEnd > day) return false;
  // A name between (a person, a body, a place) is the sentence's own matter: the restated article sentence ties the day.
  const known = mentions(analysis, knowledge);
  if ((known[firstMentionFrom(known, hit.tokenEnd)]?.tokenStart ?? day) < day) return false;
  const starting = hitsByStart(hits);
  for (let k = hit.tokenEnd; k < day; k++) if (starting.get(k)?.some((other) => other !== hit && other.tokenEnd <= day)) return false;
  // The words that lead the day (next Tuesday, on Tuesday, «يوم الثلاثاء») are the day's own.
  let end = day;
  while (end > hit.tokenEnd && dayNounAt(tokens, end - 1)) end--;
  if (/[,،;؛:()«»"“”]/u.test(analysis.text.slice(tokens[hit.tokenEnd - 1]!.oEnd, tokens[day]!.oStart))) return false;
  let content = 0;
  for (let k = hit.tokenEnd; k < end; k++) {
    const token = tokens[k]!;
    if (token.script === 'digit' || /^\d/.test(token.key) || weekdayAt(tokens, k) || relativeDayIn(analysis, k)) return false;
    if (OBJECT_BREAK_WORDS.has(token.key) || tokenStems(token).some((stem) => OBJECT_BREAK_WORDS.has(stem.stem))) return false;
    // An English past form between ("a plan the mayor drew up on Tuesday") is a verb of its own.
    if (token.script === 'latin' && (/[^e]ed$/.test(token.key) || irregularBase(token.key) !== undefined)) return false;
    if (tokenContentStem(token)) content++;
  }
  return content <= MOST_CONTENT;
}
