/**
 * The verb of an Arabic event to come, far before its date: a verb in the future (ستخرج, سيصدر)
 * or an imperfect right after «أن» (أن يصدر), up to ten words before the date in its clause («إن
 * أول شاحنة ستخرج من الورشة الجديدة في مارس 2028», «ومن المنتظر أن يصدر قرار تحديد الرسوم في 4
 * يناير»). `eventLinks.ts` takes it as the trigger of an event that no nearer word names; the
 * engine reads the verb in either tense (`events.ts`).
 */
import type { DrawContext } from './context';
import { isFutureVerb } from '../text/stem';
import { key } from './words';

/** How many words before the date the verb may stand. */
const REACH = 10;

const THAT = new Set(['أن', 'وأن', 'بأن'].map(key));

/** The token of the nearest verb to come before the date at `start`, not before `opening` nor more than `reach` words back, in the date's clause. */
export function arabicVerbToCome(ctx: DrawContext, start: number, opening: number, reach = REACH): number | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[start]!.clause;
  for (let k = start - 1; k >= opening && start - k <= reach && tokens[k]!.clause === clause; k--) {
    const token = tokens[k]!;
    if (token.script !== 'ar') continue;
    if (isFutureVerb(token.key)) return k;
    if (THAT.has(tokens[k - 1]?.key ?? '') && /^[يت]\S{3,}$/.test(token.key)) return k;
  }
  return undefined;
}
