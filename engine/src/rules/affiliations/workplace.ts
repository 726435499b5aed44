/**
 * The body a person works at, said in apposition by a description of their trade: "Helen Carver,
 * a hydrologist at Eastfield University"; "Helen Carver, hydrologist at …"; «هيلين كارفر،
 * الباحثة في جامعة …». The body after "at" or في is compared with the person's own ties and posts
 * (compareTie), as after "works at". A description that says the post is past ("a former lecturer
 * at") is left alone, and so is a place or a body the fact base cannot class.
 */
import type { Mention } from '../../mentions';
import type { PostContext } from '../posts/context';
import { compareTie } from '../posts/unknownOrganisation';
import { wordKey } from '../../tokenKey';

/** English words that end a description before "at" without being one: a past post, a relative, a link. */
const NOT_DESCRIPTION = new Set(['former', 'ex', 'retired', 'then', 'who', 'and', 'of', 'for', 'in', 'at', 'from', 'with']);

/** English participles, which end no description of a trade (speaking at, interviewed at). */
const PARTICIPLE = /(?:ing|ed)$/;

/** The most words a trade's description may take before "at" (a senior marine ecologist). */
const MAX_DESCRIPTION = 3;

/** Whether the draft sets token `index` off from the name that ends before it by a comma alone. */
function setOffByComma(ctx: PostContext, person: Mention, index: number): boolean {
  const token = ctx.tokens[index];
  return !!token && token.sentence === ctx.tokens[person.tokenStart]!.sentence && /^\s*[,،]\s*$/.test(ctx.analysis.mask.slice(person.end, token.oStart));
}

/** Where the body starts after an English description of trade and "at" set off after the name, if there is one. */
function englishBody(ctx: PostContext, person: Mention): number | undefined {
  const { tokens, analysis } = ctx;
  let k = person.tokenEnd;
  if (!setOffByComma(ctx, person, k) || tokens[k]!.script !== 'latin') return undefined;
  const clause = tokens[k]!.clause;
  if (tokens[k]!.key === 'a' || tokens[k]!.key === 'an') k++;
  const first = k;
  // A participle ("speaking at", "pictured at") tells where the person was, not where they work.
  while (k < tokens.length && k - first < MAX_DESCRIPTION && tokens[k]!.clause === clause && !NOT_DESCRIPTION.has(tokens[k]!.key) && !PARTICIPLE.test(tokens[k]!.key) && /^\p{Ll}/u.test(analysis.text.slice(tokens[k]!.oStart, tokens[k]!.oEnd))) k++;
  if (k === first || tokens[k]?.key !== 'at' || tokens[k]!.clause !== clause) return undefined;
  return k + 1;
}

/** Arabic descriptions of a person by trade or standing that stand with the article before في (folded); a title is read by the post checks. */
const AR_PREPOSITION = wordKey('في');

const titleStartCache = new WeakMap<PostContext['allTitles'], Set<number>>();

/** The tokens the draft's titles start at, once per draft. */
function titleStarts(titles: PostContext['allTitles']): Set<number> {
  let starts = titleStartCache.get(titles);
  if (!starts) titleStartCache.set(titles, (starts = new Set(titles.map((title) => title.start))));
  return starts;
}

/** Where the body starts after an Arabic definite description and في set off after the name («، الباحثة في جامعة …»), if there is one. */
function arabicBody(ctx: PostContext, person: Mention): number | undefined {
  const { tokens, allTitles } = ctx;
  const k = person.tokenEnd;
  if (!setOffByComma(ctx, person, k) || tokens[k]!.script !== 'ar' || !/^ال../.test(tokens[k]!.key) || tokens[k + 1]?.key !== AR_PREPOSITION) return undefined;
  if (tokens[k + 1]!.clause !== tokens[k]!.clause || titleStarts(allTitles).has(k)) return undefined;
  return k + 2;
}

/** Compares the body a description of trade in apposition gives a known person with the article's. */
export function checkWorkplace(ctx: PostContext, person: Mention): void {
  const english = englishBody(ctx, person);
  if (english !== undefined) {
    compareTie(ctx, person, english, 'en', true);
    return;
  }
  const arabic = arabicBody(ctx, person);
  if (arabic !== undefined) compareTie(ctx, person, arabic, 'ar', true);
}
