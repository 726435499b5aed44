/**
 * `post-holder`: a title marked as past ("former transport minister Ruth Allan", «وزيرة النقل
 * السابقة») given to a person the fact base says still holds that post, and no past post of its
 * family. The title must name the post: its specifier's words are the post's title or its
 * organisation's name, and any organisation it names is the post's; a title of its head alone
 * ("the former premier") names it when the head is one of the post's titles.
 */
import { nameKeys, type Entity } from '../../knowledge';
import type { Title } from '../../titles';
import type { Organisation, Post } from '../../factBase/schema';
import { PAST_TITLE_WORDS, ROLE_FAMILY } from '../../lexicon/words';
import { canonicalNames } from '../../names';
import { wrongPost, type PersonNamed } from '../../messages';
import { contentTokens, inSet, keySet, sameOrRelated, type PostContext } from './context';
import { titleAccepts } from './titleAccepts';

/** The token of the word that marks the title as past: before it (English) or after its head (Arabic). */
function pastWord(ctx: PostContext, title: Title, postWords: Set<string>): number | undefined {
  const { tokens } = ctx;
  const sentence = tokens[title.headStart]!.sentence;
  // An English past word may stand before words of the post's titles or organisation that the
  // title did not take ("the former *council* leader").
  let before = title.start - 1;
  while (title.lang === 'en' && before > title.start - 4 && tokens[before] && tokens[before]!.sentence === sentence && inSet(postWords, tokens[before]!)) before--;
  const range = title.lang === 'en' ? [Math.min(before, title.start - 1), title.headStart] : [title.headEnd, title.end + 1];
  for (let k = Math.max(0, range[0]!); k < range[1]! && k < tokens.length; k++) {
    if (tokens[k]!.sentence === sentence && PAST_TITLE_WORDS.has(tokens[k]!.key)) return k;
  }
  return undefined;
}

/** Whether the title names the post: its specifier's words and organisations are the post's. */
function namesPost(ctx: PostContext, title: Title, post: Entity<Post>, past: number): boolean {
  const { knowledge, tokens } = ctx;
  const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
  if (title.organisations.length > 0) return !!org && title.organisations.every((mention) => sameOrRelated(knowledge, mention.entity, org.key));
  const content = contentTokens(tokens, title.specStart, title.specEnd).filter((token) => token !== tokens[past]);
  // A bare head ("the former premier") names the post when it is one of the post's titles.
  if (content.length === 0) return [...post.fact.title.ar, ...post.fact.title.en].some((name) => nameKeys(name).join(' ') === title.head.words.join(' '));
  const allowed = keySet([...post.fact.title.ar, ...post.fact.title.en, ...(org ? [...org.fact.names.ar, ...org.fact.names.en] : [])]);
  return content.every((token) => inSet(allowed, token) || title.head.words.includes(token.key));
}

/** Reports a past title of a post the person holds now. */
export function checkFormerTitle(ctx: PostContext, title: Title, posts: readonly Entity<Post>[], personName: PersonNamed): void {
  const { analysis, knowledge, tokens, push } = ctx;
  const postWords = keySet(
    posts.flatMap((post) => {
      const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
      return [...post.fact.title.ar, ...post.fact.title.en, ...(org ? [...org.fact.names.ar, ...org.fact.names.en] : [])];
    }),
  );
  const past = pastWord(ctx, title, postWords);
  if (past === undefined) return;
  const family = posts.filter((post) => titleAccepts(title.family, ROLE_FAMILY[post.fact.role]));
  // A past post of the family may be the one the title means.
  if (family.length === 0 || family.some((post) => post.fact.status === 'former' || post.fact.until)) return;
  const post = family.find((candidate) => namesPost(ctx, title, candidate, past));
  if (!post) return;
  const token = tokens[past]!;
  const actual = analysis.text.slice(token.oStart, token.oEnd);
  push('role', {
    range: { start: token.oStart, end: token.oEnd },
    lang: title.lang,
    message: wrongPost({ person: personName, title: canonicalNames(post.fact.title, post.id), actual }),
    actual,
    factId: post.id,
    evidence: knowledge.evidenceOf(post.key),
  });
}
