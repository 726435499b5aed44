/**
 * The drawn quantities that are kept: a noun stated with one value in the article, or each value
 * with its own place, branch or verb; a figure of an earlier occasion gives way to the story's own.
 */
import type { DrawContext } from './context';
import { stemsOf } from './words';
import type { QualifiedNoun } from './quantityQualifiers';
import { earlierOccasionSentences } from './earlierOccasions';
import { forecastSentences } from './forecasts';
import { LENGTHS, SQUARE_UNITS, WEIGHT_UNITS } from './quantityMeasures';

/** A drawn quantity with its noun's key and what narrows it, before the values of each noun are compared. */
export interface Candidate {
  fact: Record<string, unknown>;
  /** Whether the figure stands in the headline or standfirst, above the dateline. */
  headline?: boolean;
  /**
   * Whether its noun is weakly read (a vague count: dozens of; others counted after what befell
   * them: injuring 37 others): it gives its noun no value of its own, and a weak figure that is
   * not marked unsure is kept only when no other figure of its noun is drawn.
   */
  vague?: boolean;
  noun: string;
  qualifier?: QualifiedNoun;
  /** The verb right before a count (ألغت 48 رحلة, treated 86 runners), which narrows a noun counted twice. */
  verb?: QualifiedNoun;
  /** The nationality beside a count's noun (خمس شركات تونسية, five Tunisian companies), which narrows a noun counted twice. */
  nationality?: QualifiedNoun;
  /** The sentence the figure stands in. */
  sentence?: number;
  /** Whether the figure is a part of a counted whole or that whole (18,342 candidates out of 47,915). */
  partWhole?: 'part' | 'whole';
  /** Whether the figure is a goal's or a proposal's (forecasts.ts `goalBefore`: aims to resettle 10,000 households; `proposalBefore`: proposed a 5% fare rise). */
  goal?: boolean;
}

/**
 * Keeps the quantities whose noun has one value in the article. A noun stated with two values (7
 * درجات here, 6.8 درجات there) ties no number reliably, unless each value has its own place or
 * branch (نسبة النجاح 58.6 في صفاقس، 55.2 في المنستير): a count then keeps its noun and gets the
 * place as its subject; a percentage or an amount, which the check ties by its noun alone, takes
 * the place's or the branch's name as its noun. Those come first, so that a draft sentence naming
 * the place is compared with the place's figure before the general one. A figure of an earlier
 * occasion (./earlierOccasions.ts) is left out where the story gives its noun a figure of its own.
 */
export function keepSingleValued(ctx: DrawContext, candidates: Candidate[]): void {
  // A figure of an earlier occasion (وكانت الهيئة قد فرضت في مارس 2025 غرامة …) gives way to the
  // story's own figure of its noun, which it would otherwise make doubtful; one with a place or a
  // branch of its own (محطة … في جزيرة جربة بطاقة 50 ألف متر مكعب) is told apart by it below.
  // So does an analysts' forecast or a goal (./forecasts.ts): the story's own figure is the reported one.
  const earlier = new Set([...earlierOccasionSentences(ctx), ...forecastSentences(ctx)]);
  const isEarlier = (c: Candidate) => ((c.sentence !== undefined && earlier.has(c.sentence)) || !!c.goal) && !c.qualifier;
  const currentNouns = new Set(candidates.filter((c) => !isEarlier(c) && !c.vague).map((c) => c.noun));
  const drawn = candidates.filter((c) => !isEarlier(c) || !currentNouns.has(c.noun));
  const valuesOf = (list: Candidate[], keyOf: (c: Candidate) => string) => {
    const values = new Map<string, Set<unknown>>();
    for (const c of list) values.set(keyOf(c), (values.get(keyOf(c)) ?? new Set()).add(c.fact.value));
    return values;
  };
  // A vague count (hundreds of residents) gives no value that makes a figure of its noun doubtful.
  const first = valuesOf(drawn.filter((c) => !c.vague), (c) => c.noun);
  // A figure the article also gives without a place (a headline's, the national rate) is the general one.
  const general = valuesOf(drawn.filter((c) => !c.qualifier), (c) => c.noun);
  for (const c of drawn) {
    // A measure of another unit is compared only with the place it was measured at (412 mm at Proserpine).
    if (c.fact.unit === 'other' && c.qualifier?.subject) c.fact.subject ??= c.qualifier.subject;
    if ((first.get(c.noun)?.size ?? 1) === 1 || !c.qualifier || general.get(c.noun)?.has(c.fact.value)) continue;
    // A count or a measure keeps its noun and takes the place as its subject; an amount takes the place's name as its noun.
    if (c.fact.unit === 'count' || c.fact.unit === 'other' || LENGTHS.has(String(c.fact.unit)) || String(c.fact.unit) in SQUARE_UNITS) c.noun = `${c.noun}|${c.qualifier.key}`;
    else {
      c.noun = `${c.qualifier.key}|${String(c.fact.currency ?? c.fact.unit)}`;
      c.fact.noun = c.qualifier.noun;
    }
    if (c.qualifier.subject) c.fact.subject = c.qualifier.subject;
  }
  // A count stated twice, once with a nationality (عقوداً مع 14 شركة، منها ثماني شركات مغربية;
  // 14 companies, among them eight Moroccan companies), is two facts: the part qualified by its
  // nationality, the whole with the bare noun.
  const split = qualifyByNationality(drawn, first);
  // A count stated twice with two verbs (ألغت 48 رحلة وأجّلت 31 رحلة; treated 86 of the 9,600
  // runners) is two facts, each qualified by its verb; a count with no verb keeps the bare noun.
  // So is a weight given twice in its bare unit, each qualified by its noun (a load of 3,700 tonnes).
  for (const c of drawn) {
    if ((first.get(c.noun)?.size ?? 1) === 1 || split.has(c.noun) || c.qualifier || !c.verb || (c.fact.unit !== 'count' && !WEIGHT_UNITS.has(String(c.fact.unit))) || c.fact.qualifier) continue;
    c.noun = `${c.noun}|${c.verb.key}`;
    // A weight takes the noun itself, which the check ties a weight by (a load of 3,700 tonnes).
    if (c.fact.unit === 'count') c.fact.qualifier = c.verb.noun;
    else c.fact.noun = c.verb.noun;
  }
  const values = valuesOf(drawn.filter((c) => !c.vague), (c) => c.noun);
  const weakValues = valuesOf(drawn.filter((c) => c.vague), (c) => c.noun);
  const pairs = partWholeNouns(drawn);
  const once = new Set<string>();
  const kept = drawn.filter(({ fact, noun, vague }) => {
    // The same figure of the same noun twice (a headline's and the body's) is one fact.
    const signature = `${String(fact.value)}|${noun}`;
    if (once.has(signature)) return false;
    once.add(signature);
    // A fact marked unsure contradicts no draft: the ends of a range are both kept, for review.
    if ((fact.review as { unsure?: boolean } | undefined)?.unsure && (values.get(noun)?.size ?? 1) <= 2) return true;
    if (vague) return !values.has(noun) && weakValues.get(noun)!.size === 1;
    return (values.get(noun)!.size === 1 || pairs.has(noun)) && !digitsWithClitic(ctx, noun, fact.value);
  });
  const specific = (c: Candidate) => (c.fact.unit !== 'count' && c.noun.startsWith(c.qualifier?.key ?? '\0') ? 0 : 1);
  kept.sort((a, b) => specific(a) - specific(b));
  for (const { fact } of kept) ctx.out.quantities.push(fact as never);
}

/**
 * Qualifies by its nationality each count of a noun of several values (`first`) that has one and
 * no other qualifier, and returns the nouns so split: their other counts keep the bare noun.
 */
function qualifyByNationality(drawn: Candidate[], first: ReadonlyMap<string, ReadonlySet<unknown>>): Set<string> {
  const split = new Set<string>();
  for (const c of drawn) {
    if ((first.get(c.noun)?.size ?? 1) === 1 || c.qualifier || !c.nationality || c.fact.unit !== 'count' || c.fact.qualifier) continue;
    split.add(c.noun);
    c.noun = `${c.noun}|${c.nationality.key}`;
    c.fact.qualifier = c.nationality.noun;
  }
  return split;
}

/**
 * The nouns whose only figures are a part and its whole in one sentence (نجح 18342 مترشحاً من أصل
 * 47915): both hold, and the check compares a draft's figure with the nearer one, so the noun keeps
 * both. A third figure of the noun makes it doubtful as any noun of two values.
 */
function partWholeNouns(drawn: readonly Candidate[]): Set<string> {
  const byNoun = new Map<string, Candidate[]>();
  for (const c of drawn) if (!c.vague) byNoun.set(c.noun, [...(byNoun.get(c.noun) ?? []), c]);
  const pairs = new Set<string>();
  for (const [noun, list] of byNoun) {
    const [first, second] = list;
    if (list.length === 2 && first!.sentence === second!.sentence && new Set(list.map((c) => c.partWhole)).size === 2 && list.every((c) => c.partWhole)) pairs.add(noun);
  }
  return pairs;
}

/** Whether the article also writes the noun after a number with a clitic (بـ6.8 درجات) of another value. */
function digitsWithClitic(ctx: DrawContext, noun: string, value: unknown): boolean {
  return ctx.tokens.some((token, i) => {
    const match = /^[وبل]+(\d+(?:[.,]\d+)?)$/.exec(token.key);
    return !!match && Number(match[1]!.replace(',', '.')) !== value && stemsOf(ctx.tokens[i + 1]).includes(noun);
  });
}
