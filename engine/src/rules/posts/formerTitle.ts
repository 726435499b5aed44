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
import { contentTokens, heldNow, inSet, keySet, sameOrRelated, type PostContext } from './context';
import { dates } from '../../extract/dates';
import { titleAccepts } from './titleAccepts';

/** The token of the word that marks the title as past: before it (English) or after its head (Arabic). */
function pastWord(ctx: PostContext, title: Title, postWords: Set<string>): number | undefined {
  const { tokens } = ctx;
  const sentence = tokens[title.headStart]!.sentence;
  // An English past word may stand before words of the post's titles or organisation that the
  // title did not take ("the former *council* leader").
  let before = title.start - 1;
  while (title.lang === 'en' && before > title.start - 4 && tokens[before] && tokens[before]!.sentence === sentence && inSet(postWords, tokens[before]!)) before--;
  // An Arabic one may stand after words of the post's title that the title did not take (وزير
  // التجهيز *والماء* السابق: a minister's specifier is one word).
  let after = title.end;
  while (title.lang === 'ar' && after < title.end + 3 && tokens[after] && tokens[after]!.sentence === sentence && tokens[after]!.clause === tokens[title.end - 1]!.clause && inSet(postWords, tokens[after]!)) after++;
  const range = title.lang === 'en' ? [Math.min(before, title.start - 1), title.headStart] : [title.headEnd, after + 1];
  for (let k = Math.max(0, range[0]!); k < range[1]! && k < tokens.length; k++) {
    if (tokens[k]!.sentence === sentence && PAST_TITLE_WORDS.has(tokens[k]!.key)) return k;
  }
  return undefined;
}

/** Whether an Arabic title's one-word head, without its article, is the first word of one of the post's Arabic titles. */
function arabicHeadOf(title: Title, post: Entity<Post>): boolean {
  const words = title.head.words;
  if (title.lang !== 'ar' || words.length !== 1 || !words[0]!.startsWith('ال')) return false;
  const bare = words[0]!.slice(2);
  return post.fact.title.ar.some((name) => nameKeys(name)[0] === bare);
}

/** Whether the title names the post: its specifier's words and organisations are the post's. */
function namesPost(ctx: PostContext, title: Title, post: Entity<Post>, past: number): boolean {
  const { knowledge, tokens } = ctx;
  const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
  if (title.organisations.length > 0) return !!org && title.organisations.every((mention) => sameOrRelated(knowledge, mention.entity, org.key));
  const content = contentTokens(tokens, title.specStart, title.specEnd).filter((token) => token !== tokens[past]);
  // A bare head ("the former premier") names the post when it is one of the post's titles; an
  // Arabic one with the article («الوزير السابق») when it is the head of one («وزير التجهيز والماء»).
  if (content.length === 0) return [...post.fact.title.ar, ...post.fact.title.en].some((name) => nameKeys(name).join(' ') === title.head.words.join(' ')) || arabicHeadOf(title, post);
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

/** Families of titles a present title of a past post is not judged for. */
const NOT_JUDGED: ReadonlySet<string> = new Set(['member', 'representative', 'staff']);

/** Words before a title that put it in the past of the sentence ("as transport minister", "when he was", «عندما كان»), folded. */
const THEN_BEFORE: ReadonlySet<string> = new Set(['as', 'was', 'when', 'while', 'كان', 'كانت', 'عندما', 'حين', 'حينما', 'ابان', 'خلال', 'بصفته', 'بصفتها'].map((word) => nameKeys(word)[0]!));

/** Words that date a sentence to the past of a post: «آنذاك», «حينها», «وقتها», "at the time" (folded). */
const AT_THE_TIME: ReadonlySet<string> = new Set(
  ['انذاك', 'حينها', 'حينذاك', 'وقتها', 'يومها', 'عهد', 'ابان', 'ولايته', 'ولايتها', 'حكومته', 'حكومتها', 'شغل', 'تولى', 'سبق', 'time', 'tenure', 'era', 'during', 'then'].map((word) => nameKeys(word)[0]!),
);

/**
 * `post-holder`: a present title of a post the person held only in the past ("Alan Fraser, the
 * transport secretary", «وزير الفلاحة محمد التازي» for the former agriculture minister). The title
 * must name the past post by its own words or organisation (a bare head, «الوزير», may be kept as
 * a courtesy), the person must hold no current post of its family, and the sentence must not put
 * the title in the past (a year, "as", "when he was", «آنذاك»). Returns whether it reported.
 */
export function checkPresentTitleOfPast(ctx: PostContext, title: Title, posts: readonly Entity<Post>[], personName: PersonNamed): boolean {
  const { analysis, knowledge, tokens, push } = ctx;
  // A member's, a representative's or a staff title names a tie the affiliation checks compare.
  if (title.former || title.head.plural || NOT_JUDGED.has(title.family)) return false;
  const family = posts.filter((post) => titleAccepts(title.family, ROLE_FAMILY[post.fact.role]));
  if (family.length === 0 || !family.every((post) => post.fact.status === 'former' || !!post.fact.until)) return false;
  if (title.organisations.length === 0 && contentTokens(tokens, title.specStart, title.specEnd).length === 0) return false;
  const post = family.find((candidate) => namesPost(ctx, title, candidate, -1) && heldNowByAnother(ctx, candidate));
  if (!post || inThePast(ctx, title)) return false;
  const start = tokens[title.start]!.oStart;
  const end = tokens[Math.max(title.specEnd, title.headEnd) - 1]!.oEnd;
  const own = canonicalNames(post.fact.title, post.id);
  const person = knowledge.entity<{ gender?: string }>(post.fact.holder ? knowledge.resolve(post, post.fact.holder)?.key ?? '' : '')?.fact;
  const marked = (text: string) => nameKeys(text).some((key) => PAST_TITLE_WORDS.has(key));
  const past = { en: marked(own.en) ? own.en : `former ${own.en}`, ar: marked(own.ar) ? own.ar : `${own.ar} ${person?.gender === 'f' ? 'السابقة' : 'السابق'}` };
  push('role', {
    range: { start, end },
    lang: title.lang,
    message: wrongPost({ person: personName, title: past, actual: analysis.text.slice(start, end) }),
    actual: analysis.text.slice(start, end),
    factId: post.id,
    evidence: knowledge.evidenceOf(post.key),
  });
  return true;
}

/**
 * Whether another known person holds the past post now: a current post of its role in its
 * organisation (the finance ministry's minister now), so that the present title is someone else's.
 * A past post without an organisation (as drawn from "former finance minister X" beside "Finance
 * Minister Y") is held now by another through a current post of its role and country that has one
 * of its titles, past words left out.
 */
function heldNowByAnother(ctx: PostContext, past: Entity<Post>): boolean {
  const { knowledge } = ctx;
  const org = knowledge.resolve<Organisation>(past, past.fact.organisation);
  const holder = knowledge.resolve(past, past.fact.holder)?.key;
  const another = (post: Entity<Post>) => post.fact.role === past.fact.role && heldNow(post) && knowledge.resolve(post, post.fact.holder)?.key !== holder;
  if (org) return knowledge.postsAt(org.key).some(another);
  const titles = presentTitles(past.fact);
  const sameCountry = (post: Entity<Post>) => !post.fact.country || !past.fact.country || post.fact.country === past.fact.country;
  return [...titles].some((title) =>
    (knowledge.postsByTitleWord.get(title.split(' ')[0]!) ?? []).some((post) => another(post) && sameCountry(post) && presentTitles(post.fact).has(title)),
  );
}

/** A post's titles in both languages, folded, without the words that mark them as past. */
function presentTitles(post: Post): Set<string> {
  return new Set([...post.title.ar, ...post.title.en].map((title) => nameKeys(title).filter((key) => !PAST_TITLE_WORDS.has(key)).join(' ')).filter((title) => title.length > 0));
}

/** The sentences of a draft that hold a year, found once per analysis. */
const yearSentences = new WeakMap<PostContext['analysis'], Set<number>>();

/** The most tokens either side of a title read for a word of then: keeps the check linear on one endless sentence. */
const WINDOW = 40;

/** Whether the sentence puts the title in the past: a year in it, a word of then before the title, or «آنذاك» near it. */
function inThePast(ctx: PostContext, title: Title): boolean {
  const { analysis, tokens } = ctx;
  const sentence = tokens[title.headStart]!.sentence;
  let years = yearSentences.get(analysis);
  if (!years) {
    years = new Set(dates(analysis).filter((date) => !!date.year).map((date) => tokens[date.tokenStart]!.sentence));
    yearSentences.set(analysis, years);
  }
  if (years.has(sentence)) return true;
  for (let k = Math.max(0, title.start - 3); k < title.start; k++) if (tokens[k]!.sentence === sentence && THEN_BEFORE.has(tokens[k]!.key)) return true;
  for (let k = Math.max(0, title.start - WINDOW); k < Math.min(tokens.length, title.end + WINDOW); k++) if (tokens[k]!.sentence === sentence && AT_THE_TIME.has(tokens[k]!.key)) return true;
  return false;
}
