/**
 * `post-holder`: a post whose English title has a word of scope before its head ("regional
 * director", "country director for Egypt"), given in a draft with another scope before the same
 * head, right before the name ("UNICEF country director Ana Ruiz") or in apposition after it ("Ana
 * Ruiz, UNICEF's country director,"). A title without a scope, a head the person's posts do not
 * write with one, and a scoped title that stands beside another person pass. The title is read
 * from the post's own forms, as `postArea.ts` reads an area.
 */
import { nameKeys, type Entity } from '../../knowledge';
import type { Mention } from '../../mentions';
import type { Post } from '../../factBase/schema';
import { TITLE_SCOPES } from '../../lexicon/words';
import { reportPostWords, type PostContext } from './context';

/** A post's scoped title: the scope, the head word after it and the scope word as written. */
interface ScopeForm {
  post: Entity<Post>;
  scope: string;
  head: string;
  written: string;
}

const formCache = new WeakMap<readonly Entity<Post>[], readonly ScopeForm[]>();
const NO_POSTS: readonly Entity<Post>[] = [];

/** The scoped English titles of the person's current posts, read once per list of posts. */
function scopeForms(posts: readonly Entity<Post>[]): readonly ScopeForm[] {
  let out = formCache.get(posts);
  if (out) return out;
  const found: ScopeForm[] = [];
  for (const post of posts) {
    if (post.fact.status === 'former') continue;
    for (const form of post.fact.title.en) {
      const words = form.split(/\s+/).filter(Boolean);
      const keys = nameKeys(form);
      if (words.length !== keys.length) continue;
      const at = keys.findIndex((key, index) => TITLE_SCOPES.has(key) && index + 1 < keys.length);
      if (at >= 0) found.push({ post, scope: TITLE_SCOPES.get(keys[at]!)!, head: keys[at + 1]!, written: words[at]! });
    }
  }
  out = found;
  formCache.set(posts, out);
  return out;
}

/** Checks the scope of the titles given next to each known person. */
export function checkPostScopes(ctx: PostContext): void {
  const { knowledge, people } = ctx;
  for (const person of people) {
    const forms = scopeForms(knowledge.postsByHolder.get(person.entity) ?? NO_POSTS);
    if (forms.length === 0) continue;
    const at = scopeBefore(ctx, person) ?? scopeAfter(ctx, person);
    if (at === undefined) continue;
    const scope = TITLE_SCOPES.get(ctx.tokens[at]!.key)!;
    const head = ctx.tokens[at + 1]!.key;
    const sameHead = forms.filter((form) => form.head === head);
    if (sameHead.length === 0 || sameHead.some((form) => form.scope === scope)) continue;
    report(ctx, person, at, sameHead[0]!);
  }
}

/** A scope word and a head right before the name ("UNICEF country director Ana Ruiz"): the scope's token. */
function scopeBefore(ctx: PostContext, person: Mention): number | undefined {
  const { tokens } = ctx;
  const at = person.tokenStart - 2;
  if (at < 0 || !TITLE_SCOPES.has(tokens[at]!.key) || tokens[at]!.clause !== tokens[person.tokenStart]!.clause) return undefined;
  return /^\s+$/.test(ctx.analysis.text.slice(tokens[at + 1]!.oEnd, tokens[person.tokenStart]!.oStart)) ? at : undefined;
}

/**
 * A scope word and a head in apposition after the name: a comma, then at most "the" and an
 * organisation (with its possessive) before the scope ("Ana Ruiz, UNICEF's country director").
 */
function scopeAfter(ctx: PostContext, person: Mention): number | undefined {
  const { tokens, analysis, nonPeople } = ctx;
  const next = tokens[person.tokenEnd];
  if (!next || !/^\s*,\s*$/.test(analysis.text.slice(tokens[person.tokenEnd - 1]!.oEnd, next.oStart))) return undefined;
  let k = person.tokenEnd;
  if (['the', 'a', 'an'].includes(tokens[k]!.key)) k++;
  const org = nonPeople.find((mention) => mention.kind === 'organisation' && mention.tokenStart === k);
  if (org) k = org.tokenEnd;
  if (!tokens[k + 1] || !TITLE_SCOPES.has(tokens[k]!.key) || tokens[k]!.sentence !== next.sentence || tokens[k + 1]!.sentence !== next.sentence) return undefined;
  return k;
}

/** Reports the draft's scope word, with the post's own as fix. */
function report(ctx: PostContext, person: Mention, at: number, form: ScopeForm): void {
  reportPostWords(ctx, person, form.post, form.written, at, at + 1);
}
