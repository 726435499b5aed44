/**
 * The parts of a sentence that semicolons set off ("… the bus route to Merthyr Tydfil; the route
 * first opened in 2019", «… الطريق إلى السلط؛ وكان الطريق قد افتتح عام 2015»). A semicolon joins
 * two statements that could each stand alone, so a time told in one part is that part's, not the
 * time of a place named in another: the place checks read a sentence's years part by part.
 */
import type { Analysis } from '../analysis';

/** A semicolon, Latin or Arabic. */
const SEMICOLON = /[;؛]/;

const cache = new WeakMap<Analysis, Uint16Array>();

/**
 * The part of its sentence each token stands in: how many semicolons stand between the sentence's
 * first token and it. Once per draft.
 */
function partsOf(analysis: Analysis): Uint16Array {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const tokens = analysis.tokens;
  const parts = new Uint16Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1]!;
    if (token.sentence !== previous.sentence) continue;
    const gap = analysis.text.slice(previous.oEnd, token.oStart);
    parts[i] = Math.min(parts[i - 1]! + (SEMICOLON.test(gap) ? 1 : 0), 0xffff);
  }
  cache.set(analysis, parts);
  return parts;
}

/**
 * Whether tokens `token` and `other` of one sentence stand in the same part of it (no semicolon
 * between them).
 */
export function samePart(analysis: Analysis, token: number, other: number): boolean {
  const parts = partsOf(analysis);
  return parts[token] === parts[other];
}
