/**
 * A story's verbatim quotes as evidence of the story: four words of a quote in a row, three of
 * them content words ("the size of two football pitches", «هي الأفضل منذ عشر سنوات»), are
 * something no other story says. Each quote is one anchor, specific to its story, found by any of
 * its windows of four words; a draft that names one of the story's people and repeats a quote is
 * about the story.
 */
import { analyse } from '../analysis';
import { contentStem } from '../text/stem';

/** How many words of a quote in a row a draft must repeat. */
const WINDOW = 4;

/** How many of them must be content words (not "and the wind kept"). */
const CONTENT_WORDS = 3;

/** The windows of {@link WINDOW} words in a row of a quote, within a sentence, that start on a content word and hold enough of them. */
export function quoteWindows(text: string): string[][] {
  const tokens = analyse(text, 'plaintext').tokens.filter((token) => token.script === 'ar' || token.script === 'latin');
  const out: string[][] = [];
  const seen = new Set<string>();
  for (let i = 0; i + WINDOW <= tokens.length; i++) {
    const window = tokens.slice(i, i + WINDOW);
    if (window.some((token) => token.sentence !== window[0]!.sentence)) continue;
    // A window starts on a content word: a draft's every "the" or «في» is then no start to look up.
    if (!contentStem(window[0]!.key) || window.filter((token) => contentStem(token.key)).length < CONTENT_WORDS) continue;
    const keys = window.map((token) => token.key);
    const joined = keys.join(' ');
    if (seen.has(joined)) continue;
    seen.add(joined);
    out.push(keys);
  }
  return out;
}
