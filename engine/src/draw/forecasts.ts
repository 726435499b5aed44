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
