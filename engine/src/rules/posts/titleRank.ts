/**
 * `post-holder`: a rank of the uniformed services (lexicon/ranks.ts) given to a person whose post
 * the article names by another rank ("Chief Constable Owen Pugh", "Owen Pugh, a police
 * commissioner" for a chief superintendent; "deputy chief fire officer" for the chief fire
 * officer). A rank is one grade of a ladder, so it is compared with the post's own rank rather
 * than by family of posts.
 */
import { nameKeys, type Entity } from '../../knowledge';
import type { Title } from '../../titles';
import type { Post } from '../../factBase/schema';
import { RANKS } from '../../lexicon/ranks';
import { canonicalNames } from '../../names';
import { wrongPost, type PersonNamed } from '../../messages';
import type { PostContext } from './context';

/** The rank a title's head words are, if they are one. */
function rankOfHead(title: Title): string | undefined {
  if (title.lang !== 'en') return undefined;
  const head = title.head.words.join(' ');
  return RANKS.some((rank) => rank.words.join(' ') === head) ? head : undefined;
}

/** The longest rank in a text of the fact base (a post's title), with its words as written. */
function rankIn(form: string): { rank: string; written: string } | undefined {
  const keys = nameKeys(form);
  const words = form.split(/\s+/).filter((word) => word.length > 0);
  let best: { rank: string; written: string } | undefined;
  for (let i = 0; i < keys.length; i++) {
    for (const rank of RANKS) {
      const n = rank.words.length;
      if (best && n <= best.rank.split(' ').length) continue;
      if (rank.words.every((word, j) => keys[i + j] === word)) best = { rank: rank.words.join(' '), written: keys.length === words.length ? words.slice(i, i + n).join(' ') : rank.words.join(' ') };
    }
  }
  return best;
}

/**
 * Compares a rank title with the ranks the person's posts name. Returns the posts of the same
 * rank when there are some ('same'), 'other' after reporting a rank no post names while one names
 * another, and 'none' when the title is no rank or no post names one.
 */
export function titleRank(ctx: PostContext, title: Title, posts: readonly Entity<Post>[], personName: PersonNamed): { verdict: 'same'; posts: Entity<Post>[] } | { verdict: 'other' | 'none' } {
  const { analysis, knowledge, tokens, push } = ctx;
  const rank = rankOfHead(title);
  if (!rank) return { verdict: 'none' };
  const ranked = posts.filter((post) => post.fact.status !== 'former').map((post) => ({ post, ranks: post.fact.title.en.map(rankIn).filter((found) => !!found) }));
  const same = ranked.filter((entry) => entry.ranks.some((found) => found.rank === rank)).map((entry) => entry.post);
  if (same.length > 0) return { verdict: 'same', posts: same };
  const other = ranked.find((entry) => entry.ranks.length > 0);
  if (!other) return { verdict: 'none' };
  const start = tokens[title.headStart]!.oStart;
  const end = tokens[title.headEnd - 1]!.oEnd;
  const actual = analysis.text.slice(start, end);
  const written = other.ranks[0]!.written;
  const expected = /^[a-z]/.test(actual) ? written.toLowerCase() : written;
  push('role', {
    range: { start, end },
    lang: 'en',
    message: wrongPost({ person: personName, title: canonicalNames(other.post.fact.title, other.post.id), actual }),
    actual,
    expected,
    fix: { text: expected },
    factId: other.post.id,
    evidence: knowledge.evidenceOf(other.post.key),
  });
  return { verdict: 'other' };
}
