/**
 * A place of departure: a place after "from" or «من» right after a verb of setting out ("the boat
 * sailed from Sfax", "set sail from Zuwara", «أبحر القارب من صفاقس», with the verb's subject between
 * in Arabic). The place is where the journey began, the place of the verb's own event: the
 * event-place rule compares it with that event only (not with another event of the sentence, a
 * rescue or a landing), and drawing takes it as that event's place. A place after "from" without
 * such a verb (aid from Tunisia, a man from Guinea) is no event's place.
 */
import type { Token } from '../analysis';
import { SETTING_OUT_VERBS } from '../lexicon/words';

const SETTING_OUT = new Set(SETTING_OUT_VERBS);

/**
 * The token of the verb of setting out whose "from" stands right before the place at
 * `placeToken`, or undefined. English: the verb, then "sail" or "off" after "set", then "from";
 * Arabic: the verb, up to two words of its subject («أبحر القارب من»), then «من».
 */
export function departureVerb(tokens: readonly Token[], placeToken: number): number | undefined {
  const from = tokens[placeToken - 1];
  if (!from || (from.key !== 'from' && from.key !== 'من')) return undefined;
  const sentence = tokens[placeToken]!.sentence;
  const at = (k: number): Token | undefined => (k >= 0 && tokens[k]!.sentence === sentence ? tokens[k] : undefined);
  if (from.key === 'from') {
    let k = placeToken - 2;
    const set = at(k - 1)?.key === 'set' && (at(k)?.key === 'sail' || at(k)?.key === 'off');
    if (set) k--;
    const verb = at(k);
    return verb && SETTING_OUT.has(verb.key) && (verb.key !== 'set' || set) ? k : undefined;
  }
  for (let k = placeToken - 2; k >= placeToken - 4; k--) {
    const verb = at(k);
    if (!verb || verb.clause !== from.clause) return undefined;
    if (SETTING_OUT.has(verb.key)) return k;
  }
  return undefined;
}
