/**
 * What an amount or a percentage is of: a noun of the amount table in its clause, the word before
 * it, the noun after "of" or «من», or the noun of the amount a change came to.
 */
import { nameKeys } from '../knowledge';
import type { DrawContext } from './context';
import { WEEKDAYS } from './lexicon';
import { MONTH_NAMES } from '../lexicon/months';
import { isSpeech, key, stemsOf } from './words';
import { isFutureVerb } from '../text/stem';
import { AR_STOP } from '../lexicon/functionWords';
import { AGREEMENT_ENTRY, AMOUNT_NOUNS, ASKED_ENTRIES, COUNT_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { CURRENCY, MULTIPLIER, APPROX, PERCENT_KEYS, GENERIC, EN_FUNCTION, EN_AUXILIARIES, NOT_AMOUNT_NOUNS } from './quantityTables';
import { estimatedNoun } from './quantityEstimates';
import { PEOPLE_ENTRY } from './quantityCounted';
import { changedSubject } from './quantityChanges';
import { SUBORDINATORS } from './quantityDurations';

/** Month and weekday names, which are never what a number measures. */
const MONTH_OR_DAY = new Set([...MONTH_NAMES.flat().flatMap((name) => nameKeys(name)), ...Object.keys(WEEKDAYS).map(key)]);

/** Words that say "worth", "amounting to", "in exchange for" before a figure: never what it measures. */
const VALUE_WORDS = new Set(
  ['قيمه', 'قيمتها', 'قيمته', 'بقيمه', 'قدره', 'قدرها', 'مقداره', 'مقدارها', 'نسبه', 'نسبتها', 'نسبته', 'بنسبه', 'مقابل', 'تبلغ', 'يبلغ', 'بلغت', 'بلغ', 'تتجاوز', 'يتجاوز', 'تزيد', 'يزيد', 'تفوق', 'يفوق', 'اجمالي', 'بمبلغ', 'مبلغ', 'worth', 'valued', 'totalling', 'totaling', 'amounting', 'paid', 'pay', 'for', 'at', 'to', 'fell', 'rose', 'reached', 'with'].map(key),
);

/**
 * Who pays, spends or receives (تنفق الدولة 48 مليون دينار, the government paid £5m): the subject
 * before an amount, never what it measures; an amount after one has no noun to draw.
 */
const PAYERS = new Set(['الدولة', 'دولة', 'الحكومة', 'حكومة', 'الوزارة', 'وزارة', 'الشركة', 'شركة', 'البنك', 'المجلس', 'الدول', 'state', 'government', 'ministry', 'company', 'council', 'bank', 'firm'].map(key));

/** Whether the figure `n` opens a later item of a list: «و» fused to its digits (و12 مليوناً), or "and" or «و» right before it. */
export function listItem(ctx: DrawContext, tokenStart: number): boolean {
  const before = ctx.tokens[tokenStart - 1];
  return /^و\d/.test(ctx.tokens[tokenStart]!.key) || (!!before && before.clause === ctx.tokens[tokenStart]!.clause && (before.key === 'and' || before.key === key('و')));
}

/** Whether a word that opens another act (after, «بعد») stands between tokens `from` and `to`. */
function subordinatorBetween(ctx: DrawContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (SUBORDINATORS.has(ctx.tokens[k]!.key)) return true;
  return false;
}

/** Whether a digit token other than the amount's own stands between tokens `from` and `to`. */
function numberBetween(ctx: DrawContext, from: number, to: number, ownStart: number, ownEnd: number): boolean {
  for (let k = from; k <= to && k < ctx.tokens.length; k++) if ((k < ownStart || k >= ownEnd) && ctx.tokens[k]!.script === 'digit') return true;
  return false;
}

/**
 * Words that may stand between a verb of asking or promising and the sum (appealed to donors for,
 * needs a further, «تحتاج إلى», «ناشدت المانحين توفير», «تعهدت الحكومة بتقديم»), folded.
 */
const ASK_LINKS = new Set(
  [
    ...['for', 'to', 'of', 'donors', 'the', 'international', 'community', 'a', 'an', 'further', 'another', 'additional', 'some', 'at', 'least', 'about', 'nearly', 'around', 'almost', 'over', 'more', 'than'],
    ...['إلى', 'الى', 'توفير', 'تأمين', 'لتوفير', 'المانحين', 'الدول', 'المجتمع', 'الدولي', 'بتقديم', 'تقديم', 'الحكومة', 'نحو', 'قرابة', 'حوالي', 'أكثر', 'من'],
  ].map(key),
);

/**
 * The noun of money asked or promised before the sum (needs $600 million, appealed to donors for
 * $1.2 million, «تحتاج إلى 5 ملايين دولار», «ناشدت المانحين توفير مليوني دولار»): a verb or noun of
 * need, appeal or pledge with only `ASK_LINKS` words between it and the sum, in its clause. It
 * outranks a nearer noun after the sum (in emergency funds), which says what the money is for.
 */
function askedNoun(ctx: DrawContext, tokenStart: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]!.clause;
  for (let k = tokenStart - 1; k >= 0 && tokenStart - k <= 6 && tokens[k]!.clause === clause; k--) {
    const found = quantityNounAt(AMOUNT_NOUNS, tokens, k);
    if (found && ASKED_ENTRIES.has(found.entry)) return found.entry;
    if (!ASK_LINKS.has(tokens[k]!.key)) return undefined;
  }
  return undefined;
}

/** The noun an amount or a percentage is of: money asked or promised, else a noun of the amount table in its clause, nearest first, at most four words away. */
export function amountNoun(ctx: DrawContext, tokenStart: number, tokenEnd: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]!.clause;
  const asked = askedNoun(ctx, tokenStart);
  if (asked) return asked;
  // The object of an estimate («وقدّرت الشركة خسائر الإنتاج … بنحو 85 مليون دينار», put its losses at).
  const estimated = estimatedNoun(ctx, tokenStart);
  if (estimated) return estimated;
  // A later item of a list (و12 مليوناً من المنح) takes its noun from after it, never from the item before.
  const item = listItem(ctx, tokenStart);
  // An agreement is what the sum is of only when no other noun of the table is near: the annual
  // cost of the agreement («الكلفة السنوية للاتفاق 210 ملايين دينار») is a cost.
  let agreement: QuantityNoun | undefined;
  for (let distance = 1; distance <= 4; distance++) {
    for (const k of item ? [tokenEnd - 1 + distance] : [tokenStart - distance, tokenEnd - 1 + distance]) {
      const token = tokens[k];
      if (!token || token.clause !== clause || numberBetween(ctx, Math.min(k, tokenStart), Math.max(k, tokenEnd - 1), tokenStart, tokenEnd)) continue;
      // A noun before "after" or «بعد» is another act's (backed the budget after securing £1.2 million).
      if (k < tokenStart && subordinatorBetween(ctx, k, tokenStart)) continue;
      const found = quantityNounAt(AMOUNT_NOUNS, tokens, k);
      if (found && found.entry === AGREEMENT_ENTRY) agreement ??= found.entry;
      else if (found) return found.entry;
    }
  }
  if (agreement) return agreement;
  // The subject of a verb of change before the figure, across a period (net profit for 2025 rose to).
  const changed = changedSubject(ctx, tokenStart);
  if (changed) return changed;
  // The subject that opens the clause, further off (Unemployment in the region already stands at 7.3 per cent).
  let first = tokenStart;
  while (first > 0 && tokenStart - first < 8 && tokens[first - 1]!.clause === clause) first--;
  const opening = first === tokenStart || (first > 0 && tokens[first - 1]!.clause === clause) ? undefined : quantityNounAt(AMOUNT_NOUNS, tokens, first);
  return opening && !numberBetween(ctx, first, tokenStart - 1, tokenStart, tokenEnd) ? opening.entry : undefined;
}

/** Arabic particles before a verb: قد صرفت, لن تصرف, لم يدفع, سوف يصرف. */
const AR_VERB_PARTICLES = new Set(['قد', 'لقد', 'لن', 'لم', 'سوف', 'وقد', 'ولن', 'ولم'].map(key));

/**
 * Whether token `k` is a verb by its form or its neighbour: an Arabic verb in the future (ستصرف)
 * or after a particle (لن تصرف), an English word after an auxiliary or a modal (would release, be
 * paid) or an English past form (resumed). A quantity's noun is never a verb.
 */
function verbAt(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  if (!token) return false;
  const before = ctx.tokens[k - 1];
  if (token.script === 'ar') return isFutureVerb(token.key) || (!!before && before.clause === token.clause && AR_VERB_PARTICLES.has(before.key));
  if (EN_AUXILIARIES.has(token.key)) return true;
  return (!!before && before.clause === token.clause && EN_AUXILIARIES.has(before.key) && before.key !== 'to') || /^[a-z]{3,}[^e]ed$/.test(token.key);
}

/**
 * The content word before a number (قيمتها 35 مليار, a 35% stake), for money and percentages, and
 * for durations (`pastVerb`) also the subject before a verb (الرواتب ستصرف خلال عشرة أيام → الرواتب;
 * wages would be paid within ten days → wages). A verb before an amount ends the search: the word
 * before it is who pays (the province would release C$25 million).
 */
export function nounBefore(ctx: DrawContext, index: number, pastVerb = false): string | undefined {
  // The words of a hedge of two words right before the figure (grants of up to £500, منحاً تصل إلى) do not take the reach.
  let reach = 3;
  while (reach < 5 && APPROX.some((a) => a.keys.length > 1 && a.keys.includes(ctx.tokens[index - reach + 2]?.key ?? ''))) reach++;
  // A later item of a list (و1.5 مليون للمتاجر, and £1.5 million for shops) takes no noun from the item before it.
  if (/^و\d/.test(ctx.tokens[index]!.key)) return undefined;
  for (let k = index - 1; k >= 0 && index - k <= reach; k--) {
    const token = ctx.tokens[k]!;
    if (token.clause !== ctx.tokens[index]!.clause || token.key === 'and' || token.key === key('و')) return undefined;
    if (ctx.lexiconMentionAt(k) || ctx.personAt[k] !== -1 || ctx.placeAt.has(k) || ctx.orgAt.has(k) || MONTH_OR_DAY.has(token.key) || PAYERS.has(token.key)) return undefined;
    if (CURRENCY.has(token.key) || MULTIPLIER.has(token.key) || isSpeech(token)) return undefined;
    const verb = verbAt(ctx, k);
    if (verb && pastVerb) {
      // The verb and its auxiliaries (would be paid, لن تصرف) stand between the subject and the figure.
      reach = index - k + 3;
      continue;
    }
    if (token.script === 'digit' || PERCENT_KEYS.has(token.key) || AR_STOP.has(token.key) || EN_FUNCTION.has(token.key) || GENERIC.has(token.key) || VALUE_WORDS.has(token.key) || stemsOf(token).some((stem) => VALUE_WORDS.has(stem)) || APPROX.some((a) => a.keys.includes(token.key)) || token.key.length < 3) continue;
    // An exception particle or an adverb (سوى, only, so far) is never a noun. A hedge fused with
    // its preposition (بنحو) is not passed over here: an estimate's sum has taken the estimate's
    // object before this is reached (quantityEstimates.ts).
    if (NOT_AMOUNT_NOUNS.has(token.key) || stemsOf(token).some((stem) => NOT_AMOUNT_NOUNS.has(stem))) continue;
    if (verb) return undefined;
    return ctx.word(k);
  }
  return undefined;
}

/** Words that open a clause with the amount a change came to: to, «إلى», «ليصل إلى». */
const CAME_TO = new Set(['to', 'الي', 'لتصل', 'ليصل', 'لتبلغ', 'ليبلغ'].map(key));

/**
 * The noun of the amount or percentage drawn before in the sentence, for an amount that opens its
 * clause with "to" (sales had fallen 18 per cent in the year to June, to £96 million from £117
 * million; «تراجعت المبيعات 18 في المئة، إلى 96 مليون جنيه») or follows the percentage of the
 * change at once: the amount the change came to. `rightAfter` keeps a rate's noun to the latter.
 */
export function continuedNoun(ctx: DrawContext, at: number, last: { sentence: number; known: QuantityNoun; percentEnd?: number; rightAfter?: boolean } | undefined): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  if (!last || last.sentence !== tokens[at]!.sentence) return undefined;
  let k = at - 1;
  if (tokens[k] && CAME_TO.has(tokens[k]!.key) && tokens[k - 1]?.key && CAME_TO.has(tokens[k - 1]!.key)) k--;
  if (!tokens[k] || !CAME_TO.has(tokens[k]!.key) || tokens[k]!.clause !== tokens[at]!.clause) return undefined;
  // The word opens a clause, or follows at once the percentage of the change («ارتفعت الإيرادات
  // 11 في المئة إلى 9.8 مليار درهم», «بنسبة 18% إلى 4.6 مليار درهم»).
  return (!last.rightAfter && tokens[k - 1]?.clause !== tokens[k]!.clause) || last.percentEnd === k ? last.known : undefined;
}

const OF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all']);

/**
 * The counted noun of the table after "of" or «من» right after a percentage (38 في المئة من معلمات
 * المنطقة, 40% of the teachers): what the percentage is a share of, with its forms in both languages.
 */
export function ofCounted(ctx: DrawContext, end: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  if (!['of', 'من'].includes(tokens[end]?.key ?? '') || tokens[end]!.clause !== tokens[end - 1]?.clause) return undefined;
  let k = end + 1;
  while (OF_DETERMINERS.has(tokens[k]?.key ?? '')) k++;
  if (tokens[k]?.clause !== tokens[end]!.clause || ctx.personAt[k] !== -1) return undefined;
  const found = quantityNounAt(COUNT_NOUNS, tokens, k, true);
  return found && found.entry !== PEOPLE_ENTRY && !pronounOfTaMarbuta(ctx, k, found.entry) ? found.entry : undefined;
}

/**
 * Whether the word at token `k` is written with ة while no form of `entry` ends in ة or ه: the
 * stems read its folded ه as the pronoun "his" (حاجة, need, as حاج, pilgrim, with ه), but a
 * feminine noun written with ة carries no pronoun, so the word is not the entry's noun.
 */
function pronounOfTaMarbuta(ctx: DrawContext, k: number, entry: QuantityNoun): boolean {
  return /ة$/.test(ctx.word(k)) && !entry.ar.some((form) => /[ةه]$/.test(form.split(/\s+/)[0]!));
}

/**
 * The English noun after "of" right after a figure (78% of its members → members); with `share`,
 * for a percentage, also the Arabic noun in construct after «من» (30 في المئة من مياه الشرب →
 * مياه), not a name, a figure or a word of value (من إجمالي).
 */
export function ofNoun(ctx: DrawContext, end: number, share = false): string | undefined {
  const tokens = ctx.tokens;
  const after = tokens[end + 1];
  if (share && tokens[end]?.key === key('من') && after && after.script === 'ar' && after.clause === tokens[end].clause && after.quote === -1) {
    // Only a noun in construct with a definite word (مياه الشرب, طلاب الجامعة): a definite noun alone (من المستوى المطلوب) may be a measure's level, not a share.
    const genitive = tokens[end + 2];
    const construct = !/^ال/.test(after.key) && !!genitive && genitive.clause === after.clause && /^ال/.test(genitive.key);
    const content = construct && after.key.length >= 3 && !AR_STOP.has(after.key) && !GENERIC.has(after.key) && !VALUE_WORDS.has(after.key) && !/\d/.test(after.key);
    const named = ctx.personAt[end + 1] !== -1 || ctx.placeAt.has(end + 1) || ctx.orgAt.has(end + 1) || !!ctx.lexiconMentionAt(end + 1);
    return content && !named ? ctx.word(end + 1) : undefined;
  }
  if (tokens[end]?.key !== 'of' || tokens[end].clause !== tokens[end - 1]?.clause) return undefined;
  let k = end + 1;
  while (OF_DETERMINERS.has(tokens[k]?.key ?? '')) k++;
  const word = ctx.word(k);
  return tokens[k]?.clause === tokens[end].clause && /^[a-z]{3,}$/.test(word) && !AR_STOP.has(tokens[k]!.key) ? word : undefined;
}

/** A noun as written and without the accusative alef (قتيلاً → قتيل) or clitics. */
export function nounForms(noun: string): string[] {
  const bare = noun.replace(/[\u064b-\u065f\u0640]/g, '');
  const forms = [bare];
  if (/[^ا]ا$/.test(bare) && bare.length > 3) forms.push(bare.slice(0, -1));
  return [...new Set(forms)];
}
