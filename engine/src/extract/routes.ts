/**
 * Routes named by their two ends: a place right after "from" or «من» followed by "to" or «إلى» and
 * a second place ("a railway line from Tanta to Alexandria", «خط حديدي من سوسة إلى صفاقس»). Only
 * two place names with nothing but that preposition between them make a route; "from the port of
 * Sfax to …", a list of places or a date between them does not. Read alike in the article (the
 * `route` of a place slot, `align.ts`) and in a draft (`rules/places/routes.ts`).
 */
import type { Analysis } from '../analysis';
import type { Mention } from '../mentions';
import { ORIGIN_WORDS, ROUTE_END_WORDS } from '../lexicon/words';

const FROM = new Set(ORIGIN_WORDS);
const TO = new Set(ROUTE_END_WORDS);

/** One route: the place it starts from and the place it leads to. */
export interface Route {
  from: Mention;
  to: Mention;
}

/** The routes among the place mentions `all` of `analysis`, in text order. */
export function routes(analysis: Analysis, all: readonly Mention[]): Route[] {
  const tokens = analysis.tokens;
  const places = all.filter((mention) => mention.kind === 'place').sort((a, b) => a.tokenStart - b.tokenStart);
  const found: Route[] = [];
  for (let k = 0; k + 1 < places.length; k++) {
    const from = places[k]!;
    const to = places[k + 1]!;
    const before = tokens[from.tokenStart - 1];
    const between = tokens[from.tokenEnd];
    if (!before || !FROM.has(before.key) || before.sentence !== tokens[from.tokenStart]!.sentence) continue;
    if (to.tokenStart !== from.tokenEnd + 1 || !between || !TO.has(between.key) || between.sentence !== before.sentence) continue;
    if (tokens[to.tokenStart]!.sentence !== before.sentence) continue;
    found.push({ from, to });
  }
  return found;
}
