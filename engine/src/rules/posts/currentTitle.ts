/**
 * `post-holder`: a title marked as held now ("the current director of the National Archives",
 * «المديرة الحالية لهيئة الأرشيف») given to a person who held that post only in the past. The word
 * of now states what the article denies, so no other holder of the post need be known; the word is
 * replaced by the word of the past. The title must be of the family of the person's past post, the
 * person must hold no current post of that family, and any organisation the title names must be
 * the past post's. A title in the language of the post's own titles must name the post by them; a
 * title in the other language (an Arabic draft, a fact base that names the post in English only) is
 * taken as the post's when nothing in it names another body.
 */
import { nameKeys, type Entity } from '../../knowledge';
import type { Title } from '../../titles';
import type { Organisation, Post } from '../../factBase/schema';
import type { Token } from '../../analysis';
import { PRESENT_TITLE_WORDS, ROLE_FAMILY } from '../../lexicon/words';
import { canonicalNames } from '../../names';
import { wrongPost, type PersonNamed } from '../../messages';
import { contentTokens, inSet, keySet, sameOrRelated, type PostContext } from './context';
import { titleAccepts } from './titleAccepts';

/** How many words of the post's title or organisation may stand between an English word of now and the title's head. */
const ENGLISH_REACH = 3;

/**
 * The token of the word that marks the title as held now, in the title's sentence and clause:
 * before its head in English (the current director, the authority's current director), after its
 * head or right after the whole title in Arabic (المديرة الحالية لـ…, مديرة الهيئة الحالية).
 */
function presentWord(ctx: PostContext, title: Title, postWords: ReadonlySet<string>): number | undefined {
  const { tokens } = ctx;
  const head = tokens[title.headStart]!;
  const same = (token: Token | undefined) => !!token && token.sentence === head.sentence && token.clause === head.clause;
  if (title.lang === 'en') {
    let before = title.headStart - 1;
    while (before >= title.headStart - ENGLISH_REACH && same(tokens[before]) && !PRESENT_TITLE_WORDS.has(tokens[before]!.key) && (before >= title.start || inSet(postWords, tokens[before]!))) before--;
    // "current affairs" is a field, not a time (the current affairs editor).
    return same(tokens[before]) && PRESENT_TITLE_WORDS.has(tokens[before]!.key) && tokens[before + 1]?.key !== 'affairs' ? before : undefined;
  }
  // Right after the head or its one adjective (المديرة الطبية الحالية), or at the title's end:
  // deeper inside the title's complement the word agrees with the complement (مدير مكتب الرئيس
  // الحالي ووزير: the current president's office).
  for (const k of [title.headEnd, title.headEnd + 1, title.end - 1, title.end]) if (same(tokens[k]) && PRESENT_TITLE_WORDS.has(tokens[k]!.key)) return k;
  return undefined;
}

/** Whether the post has titles in the title's language. */
function titledIn(post: Entity<Post>, lang: Title['lang']): boolean {
  return (lang === 'ar' ? post.fact.title.ar : post.fact.title.en).length > 0;
}

/** Whether the title may name the past post: its organisations are the post's, and its own words are the post's when both speak one language. */
function mayName(ctx: PostContext, title: Title, post: Entity<Post>, present: number): boolean {
  const { knowledge, tokens } = ctx;
  const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
  if (title.organisations.length > 0) return !!org && title.organisations.every((mention) => sameOrRelated(knowledge, mention.entity, org.key));
  if (!titledIn(post, title.lang)) return true;
  const allowed = keySet([...post.fact.title.ar, ...post.fact.title.en, ...(org ? [...org.fact.names.ar, ...org.fact.names.en] : [])]);
  const content = contentTokens(tokens, title.specStart, title.specEnd).filter((token) => token !== tokens[present]);
  // A bare head (the current director, «المديرة الحالية») names the post when it begins one of the post's titles.
  const head = title.head.words.join(' ').replace(/^ال/, '');
  if (content.length === 0) return [...post.fact.title.ar, ...post.fact.title.en].some((name) => nameKeys(name).join(' ').startsWith(head));
  return content.every((token) => inSet(allowed, token) || title.head.words.includes(token.key));
}

/** Reports a title marked as held now of a post the person held only in the past; returns whether it reported. */
export function checkCurrentTitleOfPast(ctx: PostContext, title: Title, posts: readonly Entity<Post>[], personName: PersonNamed): boolean {
  const { analysis, knowledge, tokens, push } = ctx;
  if (title.former || title.head.plural) return false;
  const family = posts.filter((post) => titleAccepts(title.family, ROLE_FAMILY[post.fact.role]));
  if (family.length === 0 || !family.every((post) => post.fact.status === 'former' || !!post.fact.until)) return false;
  const postWords = keySet(
    family.flatMap((post) => {
      const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
      return [...post.fact.title.ar, ...post.fact.title.en, ...(org ? [...org.fact.names.ar, ...org.fact.names.en] : [])];
    }),
  );
  const present = presentWord(ctx, title, postWords);
  if (present === undefined) return false;
  const post = family.find((candidate) => mayName(ctx, title, candidate, present));
  if (!post) return false;
  const token = tokens[present]!;
  const actual = analysis.text.slice(token.oStart, token.oEnd);
  const past = PRESENT_TITLE_WORDS.get(token.key)!;
  const own = canonicalNames(post.fact.title, post.id);
  push('role', {
    range: { start: token.oStart, end: token.oEnd },
    lang: title.lang,
    message: wrongPost({ person: personName, title: { en: `former ${own.en}`, ar: own.ar }, actual }),
    actual,
    expected: past,
    fix: { text: past },
    factId: post.id,
    evidence: knowledge.evidenceOf(post.key),
  });
  return true;
}
