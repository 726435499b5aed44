/**
 * `post-holder`: the callings of a court. A judge («القاضي», «رئيس الدائرة», judge), a public
 * prosecutor («النائب العام», «المدعي العام», «وكيل النيابة», prosecutor, attorney general) and a
 * lawyer («المحامي», «محامي المتهم الأول», lawyer, attorney) exclude one another: a draft that gives
 * one of them to a person the fact base gives another is a wrong post. A person who holds none of
 * them is not compared (a minister may be a lawyer by trade). «المستشار» before a judge's or a
 * prosecutor's name is the judiciary's form of address in Egypt and Kuwait, not an adviser's post.
 */
import { nameKeys, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { Title } from '../../titles';
import type { Organisation, Post } from '../../factBase/schema';
import { TITLE_HEADS, type RoleFamily } from '../../lexicon/words';
import type { PersonNamed } from '../../messages';
import { heldNow, reportWrongTitle, type PostContext } from './context';

/** The callings compared here: the families of their title heads. */
const CALLINGS: ReadonlySet<RoleFamily> = new Set<RoleFamily>(['judge', 'prosecutor', 'lawyer']);

/** Roles of the posts a court's own members hold (its president, a member of its bench). */
const BENCH_ROLES: ReadonlySet<string> = new Set(['judge', 'head', 'president', 'deputy-head', 'member']);

/** The title heads of the callings, for reading them in a post's titles. */
const CALLING_HEADS = TITLE_HEADS.filter((head) => CALLINGS.has(head.family));

/** Whether two folded words are one with or without the Arabic article. */
const sameWord = (a: string, b: string) => a === b || a === 'ال' + b || 'ال' + a === b;

/** The calling a post is of: its role, the court it belongs to, or a calling's head in its titles. */
function callingOf(knowledge: KnowledgeIndex, post: Entity<Post>): RoleFamily | undefined {
  if (post.fact.role === 'judge') return 'judge';
  const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
  if (org?.fact.kind === 'court' && BENCH_ROLES.has(post.fact.role)) return 'judge';
  return titleCalling(post.fact);
}

/**
 * The calling whose head a post's titles write, read once per post: every title a draft gives a
 * person was checked against all of the person's posts, and their title forms were folded again
 * each time.
 */
function titleCalling(post: Post): RoleFamily | undefined {
  const known = titleCallings.get(post);
  if (known !== undefined) return known ?? undefined;
  let found: RoleFamily | undefined;
  for (const form of [...post.title.ar, ...post.title.en]) {
    const keys = nameKeys(form);
    for (const head of CALLING_HEADS) {
      for (let i = 0; i + head.words.length <= keys.length && !found; i++) if (head.words.every((word, k) => sameWord(keys[i + k]!, word))) found = head.family;
      if (found) break;
    }
    if (found) break;
  }
  titleCallings.set(post, found ?? null);
  return found;
}

/** What `titleCalling` found for a post, or null for a post whose titles write no calling. */
const titleCallings = new WeakMap<Post, RoleFamily | null>();

/**
 * Compares a title of a court's calling (or a bare «المستشار») with the callings of the person's
 * current posts. 'reported' after reporting a wrong calling; 'accepted' when the title is settled
 * here (its calling is the person's, «المستشار» before a judge or a prosecutor, or a lawyer's or
 * prosecutor's title, which no other check reads); 'none' when the other checks should judge it.
 */
export function checkJudicialTitle(ctx: PostContext, title: Title, posts: readonly Entity<Post>[], personName: PersonNamed): 'reported' | 'accepted' | 'none' {
  const { knowledge } = ctx;
  const bareCounsellor = title.lang === 'ar' && title.family === 'adviser' && title.specEnd <= title.specStart;
  // Any other title than a calling's or a bare «المستشار» is left to the other checks, before the
  // person's posts are read.
  if (!bareCounsellor && !CALLINGS.has(title.family)) return 'none';
  const current = posts.filter(heldNow);
  const callings = new Map<RoleFamily, Entity<Post>>();
  for (const post of current) {
    const calling = callingOf(knowledge, post);
    if (calling && !callings.has(calling)) callings.set(calling, post);
  }
  if (bareCounsellor) return callings.has('judge') || callings.has('prosecutor') ? 'accepted' : 'none';
  if (callings.size === 0 || callings.has(title.family)) return title.family === 'judge' ? 'none' : 'accepted';
  reportWrongTitle(ctx, [...callings.values()][0]!, personName, { start: title.start, end: title.end, lang: title.lang, single: current.length === 1 });
  return 'reported';
}
