/**
 * Sentences of an article that give others' forecasts of a figure: analysts' expectations beside a
 * company's results (Analysts had expected a profit of 2.9 billion riyals; «وكان المحللون يتوقعون
 * أرباحاً بقيمة 2.9 مليار ريال»). A figure there is the forecast's, not the story's: where the article
 * gives its noun another figure, that one is the story's and the forecast is left out rather than
 * making the noun doubtful, as a figure of an earlier occasion is (quantityKeep.ts).
 * The words are those of results stories on the business pages of Reuters, AFP and Asharq Al-Awsat:
 * who forecasts (analysts, economists, a poll) and the verbs and nouns of forecasting.
 */
import type { DrawContext } from './context';
import { key, stemsOf } from './words';

/** Who forecasts a figure: analysts, economists, a poll, the consensus. */
const FORECASTERS = new Set(['analyst', 'analysts', 'economists', 'poll', 'polled', 'consensus', 'محلل', 'محللون', 'محللين', 'المحللون', 'المحللين', 'محللي', 'الاقتصاديين', 'استطلاع'].map(key));

/** Verbs and nouns of forecasting: expected, forecast, estimates, «توقع», «تقديرات». */
const FORECASTING = new Set(['expected', 'expect', 'expecting', 'forecast', 'forecasts', 'forecasting', 'estimated', 'estimate', 'estimates', 'predicted', 'consensus', 'توقع', 'توقعوا', 'يتوقع', 'يتوقعون', 'توقعات', 'تقديرات', 'متوقعا', 'تتوقع'].map(key));

/** The indexes of the article's sentences that give a forecaster's expectation of a figure. */
export function forecastSentences(ctx: DrawContext): Set<number> {
  const forecasters = new Set<number>();
  const forecasting = new Set<number>();
  for (const token of ctx.tokens) {
    const words = [token.key, ...stemsOf(token)];
    if (words.some((word) => FORECASTERS.has(word))) forecasters.add(token.sentence);
    if (words.some((word) => FORECASTING.has(word))) forecasting.add(token.sentence);
  }
  return new Set([...forecasters].filter((sentence) => forecasting.has(sentence)));
}

/**
 * Words of a goal set for a figure: a government's or a company's aim (aims to resettle 10,000
 * households by 2030; «تهدف الحكومة إلى خفض معدل البطالة إلى 9 في المئة»). The words are those of
 * policy and results stories of Reuters, AFP and Asharq Al-Awsat: aim, target, goal, «هدف», «سعى»,
 * «طمح» and «استهدف» in their common forms.
 */
const GOALS = new Set(['aim', 'aims', 'aiming', 'target', 'targets', 'goal', 'تهدف', 'يهدف', 'وتهدف', 'ويهدف', 'هدف', 'الهدف', 'هدفها', 'تستهدف', 'يستهدف', 'وتستهدف', 'ويستهدف', 'تسعى', 'يسعى', 'وتسعى', 'ويسعى', 'تطمح', 'يطمح', 'وتطمح', 'ويطمح'].map(key));

/** The words after a goal word that make it a goal to reach (aims to, «تهدف إلى»): "aimed at" and «تستهدف» before a figure name whom a plan reaches. */
const GOAL_TO = new Set(['to', 'إلى', 'الى'].map(key));

/** How many words before a figure a goal word may stand in its clause (aims to cut the unemployment rate to). */
const GOAL_REACH = 8;

/**
 * Whether the figure at token `tokenStart` is a goal's: a goal word followed by "to" or «إلى»
 * (over the subject of an Arabic verb: «تهدف الحكومة إلى») stands before it in its clause, within a few words, and the figure is what the goal brings
 * something to ("to" or «إلى» right before it: aims to cut the unemployment rate to 3 per cent).
 * Like a forecast's, such a figure gives way to the story's own figure of its noun (quantityKeep.ts);
 * a plan's figure (aims to resettle 10,000 households, a campaign aimed at 3 million children) is
 * left as it is.
 */
export function goalBefore(ctx: DrawContext, tokenStart: number): boolean {
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]?.clause;
  if (!GOAL_TO.has(tokens[tokenStart - 1]?.key ?? '')) return false;
  for (let k = tokenStart - 2; k >= 0 && tokenStart - k <= GOAL_REACH && tokens[k]!.clause === clause; k--) if (GOALS.has(tokens[k]!.key) && [k + 1, k + 2].some((j) => j < tokenStart - 1 && GOAL_TO.has(tokens[j]!.key))) return true;
  return false;
}

/** Verbs of a proposal (proposed a 5% fare rise, «اقترحت زيادة بنسبة 5%»): the figure is what was put forward, not what was decided. */
const PROPOSALS = new Set(['proposed', 'proposes', 'proposing', 'suggested', 'suggests', 'اقترح', 'اقترحت', 'يقترح', 'تقترح', 'واقترح', 'واقترحت'].map(key));

/** Words that make "proposed" an adjective of the noun after it (the proposed budget), not a proposal's verb. */
const PROPOSAL_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this']);

/** How many words before a figure a verb of proposal may stand in its sentence (proposed a 5% fare rise and a 10% council tax increase). */
const PROPOSAL_REACH = 10;

/**
 * Whether the figure at token `tokenStart` is a proposal's: a verb of proposal stands before it in
 * its sentence, within a few words and with no other verb's figure between (His party's amendment,
 * which proposed a 5% fare rise and a 10% council tax increase, was defeated). Like a goal's, such a
 * figure gives way to the story's own figure of its noun (quantityKeep.ts: Council tax will rise by 8%).
 */
export function proposalBefore(ctx: DrawContext, tokenStart: number): boolean {
  const tokens = ctx.tokens;
  const sentence = tokens[tokenStart]?.sentence;
  for (let k = tokenStart - 1; k >= 0 && tokenStart - k <= PROPOSAL_REACH && tokens[k]!.sentence === sentence; k--) {
    if (PROPOSALS.has(tokens[k]!.key) && !PROPOSAL_DETERMINERS.has(tokens[k - 1]?.key ?? '')) return true;
  }
  return false;
}
