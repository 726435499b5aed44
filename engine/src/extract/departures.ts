/**
 * A place of departure: a place after "from" or «من» right after a verb of setting out ("the boat
 * sailed from Sfax", "set sail from Zuwara", «أبحر القارب من صفاقس», with the verb's subject between
 * in Arabic). The place is where the journey began, the place of the verb's own event: the
 * event-place rule compares it with that event only (not with another event of the sentence, a
 * rescue or a landing), and drawing takes it as that event's place. A place after "from" without
 * such a verb (aid from Tunisia, a man from Guinea) is no event's place. A place noun may stand
 * between "from" and the place, with a nationality ("sailed from the Indian port of Chennai",
 * «أبحرت السفينة من ميناء تشيناي الهندي»), and an Arabic subject may be a noun with its modifiers («أبحرت سفينة إغاثة تابعة
 * للبحرية الهندية من …»).
 */
import type { Token } from '../analysis';
import { PLACE_NOUNS, SETTING_OUT_VERBS } from '../lexicon/words';
import { nationalityOf } from '../titles';

const SETTING_OUT = new Set(SETTING_OUT_VERBS);
const PLACE_NOUN = new Set(PLACE_NOUNS);
/** The most place nouns and nationality adjectives between "from" and the place: "the Tunisian port of". */
const MOST_PLACE_NOUNS = 4;
/** The most words of an Arabic verb's subject between the verb and «من». */
const MOST_SUBJECT_WORDS = 5;

/**
 * The token of the verb of setting out whose "from" stands right before the place at
 * `placeToken` (or before the place nouns that precede it: "from the Indian port of"), or undefined.
 * English: the verb, then "sail" or "off" after "set", then "from"; Arabic: the verb, up to five
 * words of its subject («أبحر القارب من»), then «من».
 */
export function departureVerb(tokens: readonly Token[], placeToken: number): number | undefined {
  const sentence = tokens[placeToken]!.sentence;
  const at = (k: number): Token | undefined => (k >= 0 && tokens[k]!.sentence === sentence ? tokens[k] : undefined);
  let fromAt = placeToken - 1;
  while (fromAt >= placeToken - MOST_PLACE_NOUNS && (PLACE_NOUN.has(at(fromAt)?.key ?? '') || nationalityOf(at(fromAt)))) fromAt--;
  const from = at(fromAt);
  if (!from || (from.key !== 'from' && from.key !== 'من')) return undefined;
  if (from.key === 'from') {
    let k = fromAt - 1;
    const set = at(k - 1)?.key === 'set' && (at(k)?.key === 'sail' || at(k)?.key === 'off');
    if (set) k--;
    const verb = at(k);
    return verb && SETTING_OUT.has(verb.key) && (verb.key !== 'set' || set) ? k : undefined;
  }
  for (let k = fromAt - 1; k >= fromAt - 1 - MOST_SUBJECT_WORDS; k--) {
    const verb = at(k);
    if (!verb || verb.clause !== from.clause) return undefined;
    if (SETTING_OUT.has(verb.key)) return k;
  }
  return undefined;
}
