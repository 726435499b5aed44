/**
 * `post-holder`: a title whose head the fact base writes as the head of one of the post's own
 * titles names that post, whatever family its role gives it: "chair of Kambi village" for a
 * post of role head titled "village chair" and "chairwoman of the village of Kambi". The fact base's own wording of the post is the article's; only a head that a deputy's
 * word opens there (vice chair, deputy head), or that starts a longer head there («رئيسة» of
 * «رئيسة الوزراء», a prime minister's), is not the post's own.
 */
import { nameKeys, type Entity } from '../../knowledge';
import type { Post } from '../../factBase/schema';
import type { Title } from '../../titles';
import { DEPUTY_WORDS, TITLE_HEADS } from '../../lexicon/words';

const DEPUTY = new Set(DEPUTY_WORDS);

/** Whether a longer title head than `head` starts at word `i` of `form` («رئيسة الوزراء», not «رئيسة»). */
function longerHeadAt(form: readonly string[], i: number, head: readonly string[]): boolean {
  return TITLE_HEADS.some((other) => other.words.length > head.length && i + other.words.length <= form.length && other.words.every((word, j) => form[i + j] === word));
}

/** Whether the folded words `form` hold `head` in a row as their whole head: not right after a deputy's word, nor the start of a longer head. */
function holdsHead(form: readonly string[], head: readonly string[]): boolean {
  for (let i = 0; i + head.length <= form.length; i++) {
    if (head.every((word, j) => form[i + j] === word) && !(i > 0 && DEPUTY.has(form[i - 1]!)) && !longerHeadAt(form, i, head)) return true;
  }
  return false;
}

/** The posts whose own titles, as the fact base writes them, have the title's head. */
export function postsWordedAs(title: Title, posts: readonly Entity<Post>[]): Entity<Post>[] {
  const head = title.head.words;
  if (head.length === 0) return [];
  return posts.filter((post) => [...(post.fact.title.en ?? []), ...(post.fact.title.ar ?? [])].some((form) => holdsHead(nameKeys(form), head)));
}
