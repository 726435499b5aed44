/**
 * The act a request asks for, which a deadline after the request dates: "asked residents to
 * register their property by 30 September" dates the registration (register), «طلب المجلس من
 * السكان تسجيل ممتلكاتهم قبل 30 سبتمبر» dates «تسجيل», «دعت الوزارة الشركات إلى تقديم العروض»
 * dates «تقديم». The request itself was made on another day (the article's, often), which a draft
 * may give beside the deadline. The verbs of a request are `lexicon/months.ts` `REQUEST_VERBS`.
 */
import type { DrawContext } from './context';
import { isRequestVerb } from '../lexicon/months';
import { key } from './words';

/** Words that lead the requested act in Arabic: to («إلى»), that («أن»). */
const AR_ACT_LEADS = new Set(['الى', 'ان', 'بان'].map(key));
/** The Arabic preposition of the addressee (طلب من السكان). */
const AR_ADDRESSEE = key('من');

/** Whether token `k` is a verb of a request (asked, «وطلب»), with the Arabic conjunction stripped. */
export function requestVerb(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  if (!token) return false;
  return isRequestVerb(token.key);
}

/**
 * Whether an English request verb at token `k` asks for an act that "to" and a verb name before the
 * date at token `start`, in the same clause (asked residents to register … by 30 September).
 */
export function englishRequestBefore(ctx: DrawContext, k: number, start: number): boolean {
  if (!requestVerb(ctx, k)) return false;
  const tokens = ctx.tokens;
  for (let j = k + 1; j + 1 < start && j - k <= 6; j++) {
    if (tokens[j]!.clause !== tokens[k]!.clause) return false;
    if (tokens[j]!.key === 'to' && /^[a-z]{3,}$/.test(tokens[j + 1]!.key)) return true;
  }
  return false;
}

/**
 * The token of the act an Arabic request verb at token `k` asks for, before the date at token
 * `start` in the same clause: the word after its addressee («من السكان تسجيل»), or after «إلى» or
 * «أن» (دعت الشركات إلى تقديم; طلبت أن تقدم), when it has no article (a verbal noun or a verb).
 */
export function arabicRequestedAct(ctx: DrawContext, k: number, start: number): number | undefined {
  if (!requestVerb(ctx, k)) return undefined;
  const tokens = ctx.tokens;
  for (let j = k + 1; j < start && j - k <= 6; j++) {
    if (tokens[j]!.clause !== tokens[k]!.clause) return undefined;
    let at = tokens[j]!.key === AR_ADDRESSEE ? j + 2 : AR_ACT_LEADS.has(tokens[j]!.key) ? j + 1 : -1;
    if (at < 0) continue;
    // The addressee's words with the article after its head (من سكان المنطقة المتضررة تسجيل).
    while (at > j + 1 && at < start && at - j <= 3 && /^(ال|وال)/.test(tokens[at]!.key)) at++;
    const act = tokens[at];
    if (!act || at >= start || act.clause !== tokens[k]!.clause || act.script !== 'ar' || /^(ال|وال|بال|لل)/.test(act.key)) return undefined;
    return at;
  }
  return undefined;
}
