/**
 * `post-holder`: "shadow" makes a title another post. An opposition politician who shadows a
 * minister ("the shadow home secretary", «وزيرة الصحة في حكومة الظل») does not hold the
 * minister's post, and the minister holds no shadow post: a shadow title given to someone who
 * holds no shadow post, and a shadow post's title without "shadow" given to its holder, are wrong.
 */
import { nameKeys, tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { Title } from '../../titles';
import type { Post } from '../../factBase/schema';
import { ROLE_FAMILY, TITLE_HEADS } from '../../lexicon/words';
import type { PersonNamed } from '../../messages';
import { wrongPostDraft, type PostContext } from './context';
import { titleAccepts } from './titleAccepts';

/** The words that make a title a shadow's, in a post's title (folded). */
const SHADOW_KEYS: ReadonlySet<string> = new Set(['shadow', 'الظل']);

/** The English words before a title that make it a shadow's or the opposition's. */
const SHADOW_OR_OPPOSITION: ReadonlySet<string> = new Set(['shadow', 'opposition']);

/** The words that make a title the opposition's: "opposition leader", «زعيم المعارضة» (folded). */
const OPPOSITION_KEYS: ReadonlySet<string> = new Set(['opposition', 'المعارضه']);

/** Families of posts held in a government, whose holders are no part of the opposition. */
const GOVERNING_FAMILIES: ReadonlySet<string> = new Set(['minister', 'prime-minister', 'king']);

/**
 * The folded keys of each of a post's titles, English then Arabic, made once per post: the checks
 * below ask for them for every title the drafts give each of a person's posts.
 */
function titleKeys(post: Post): readonly (readonly string[])[] {
  let keys = titleKeysOf.get(post);
  if (!keys) {
    keys = [];
    for (const form of post.title.en) keys.push(nameKeys(form));
    for (const form of post.title.ar) keys.push(nameKeys(form));
    titleKeysOf.set(post, keys);
  }
  return keys;
}

const titleKeysOf = new WeakMap<Post, (readonly string[])[]>();

/** Whether one of the post's titles has one of the words. */
function titledWith(post: Entity<Post>, words: ReadonlySet<string>): boolean {
  return titleKeys(post.fact).some((keys) => keys.some((key) => words.has(key)));
}

/**
 * The keys of an index's shadow posts (one of whose titles has a shadow's word), read once per
 * index from its lists of posts by title word, which hold the same folded words: every title a
 * draft gives a known person asked it of each of the person's posts.
 */
function shadowPostKeys(knowledge: KnowledgeIndex): ReadonlySet<string> {
  let keys = shadowKeysOf.get(knowledge);
  if (!keys) {
    keys = new Set<string>();
    for (const word of SHADOW_KEYS) for (const post of knowledge.postsByTitleWord.get(word) ?? []) keys.add(post.key);
    shadowKeysOf.set(knowledge, keys);
  }
  return keys;
}

const shadowKeysOf = new WeakMap<KnowledgeIndex, Set<string>>();

/** The families of the heads a post's titles are written with ("shadow home secretary": a minister's). */
function titleFamilies(post: Entity<Post>): Set<string> {
  const out = new Set<string>();
  for (const keys of titleKeys(post.fact)) {
    for (const head of TITLE_HEADS) {
      for (let i = 0; i + head.words.length <= keys.length; i++) {
        if (head.words.every((word, k) => keys[i + k] === word)) out.add(head.family);
      }
    }
  }
  return out;
}

/**
 * The tokens of the shadow's words that go with a title: "shadow" right before it or first in its
 * specifier (English), «في حكومة الظل» right after it (Arabic).
 */
function shadowWords(ctx: PostContext, title: Title): { start: number; end: number; opposition?: boolean } | undefined {
  const { tokens } = ctx;
  const sentence = tokens[title.headStart]!.sentence;
  const at = (k: number) => (tokens[k] && tokens[k].sentence === sentence ? tokens[k] : undefined);
  if (title.lang === 'en') {
    for (const k of [title.start - 1, title.start]) if (k < title.headStart && SHADOW_OR_OPPOSITION.has(at(k)?.key ?? '')) return { start: k, end: k + 1, opposition: OPPOSITION_KEYS.has(tokens[k]!.key) };
    return undefined;
  }
  // «زعيم المعارضة»: the opposition as the head's complement.
  if (title.specStart < title.specEnd && OPPOSITION_KEYS.has(tokens[title.specStart]!.key)) return { start: title.specStart, end: title.specStart + 1, opposition: true };
  for (let k = title.headEnd; k < title.end + 3; k++) {
    const government = at(k);
    const shade = at(k + 1);
    if (government && shade && tokenStems(government).some((s) => s.stem === 'حكومه') && tokenStems(shade).some((s) => s.stem === 'الظل')) return { start: k, end: k + 2 };
  }
  return undefined;
}

/**
 * Reports a shadow title given to someone who holds no shadow post, or a shadow post's title
 * without "shadow"; true when it reported.
 */
export function checkShadowTitle(ctx: PostContext, title: Title, posts: readonly Entity<Post>[], personName: PersonNamed): boolean {
  const { analysis, knowledge, tokens, push } = ctx;
  const shadow = shadowWords(ctx, title);
  const current = posts.filter((post) => post.fact.status !== 'former');
  const shadowKeys = shadowPostKeys(knowledge);
  const isShadowPost = (p: Entity<Post>) => shadowKeys.has(p.key);
  const shadowPosts = shadowKeys.size === 0 ? [] : current.filter(isShadowPost);
  let post: Entity<Post> | undefined;
  // The opposition's title is wrong only for someone in government (a minister, a premier).
  const opposing = shadow?.opposition ? current.some((p) => titledWith(p, OPPOSITION_KEYS)) || !current.some((p) => GOVERNING_FAMILIES.has(ROLE_FAMILY[p.fact.role] ?? '')) : false;
  if (shadow && shadowPosts.length === 0 && !opposing) post = current.find((p) => titleAccepts(title.family, ROLE_FAMILY[p.fact.role])) ?? current[0];
  else if (!shadow && shadowPosts.length > 0 && !current.some((p) => !isShadowPost(p) && titleAccepts(title.family, ROLE_FAMILY[p.fact.role]))) {
    post = shadowPosts.find((p) => titleFamilies(p).has(title.family));
  }
  if (!post) return false;
  const first = Math.min(title.start, shadow?.start ?? title.start);
  const last = Math.max(title.end, shadow?.end ?? title.end);
  const range = { start: tokens[first]!.oStart, end: tokens[last - 1]!.oEnd };
  const actual = analysis.text.slice(range.start, range.end);
  const expected = current.length === 1 ? post.fact.title[title.lang][0] : undefined;
  push('role', wrongPostDraft(knowledge, post, personName, { range, lang: title.lang, actual, expected }));
  return true;
}
