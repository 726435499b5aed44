/**
 * `post-holder`: an English acronym in capitals (RNLI, NFU) made of the initials of the post's
 * organisation's name (National Farmers' Union) is that organisation, though the fact base does
 * not list the acronym (drawing takes an acronym only from brackets): "the NFU's regional
 * director" restates "the National Farmers' Union's regional director".
 */
import type { Analysis, Token } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Organisation, Post } from '../../factBase/schema';

/** Words a name's acronym leaves out: of, for, and, the, on, in, at. */
const SKIPPED = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'at', '&']);

/** The initials of an English name's words, less function words, in capitals (Prison Officers' Association: POA). */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => word.length > 0 && !SKIPPED.has(word.toLowerCase()))
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

/** Whether `token` is written in capitals as the acronym of the English name of one of the posts' organisations. */
export function acronymOfPostOrganisation(analysis: Analysis, knowledge: KnowledgeIndex, posts: readonly Entity<Post>[], token: Token): boolean {
  if (token.script !== 'latin') return false;
  const written = analysis.text.slice(token.oStart, token.oEnd);
  if (!/^[A-Z]{2,6}$/.test(written)) return false;
  return posts.some((post) => {
    const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
    return !!org && (org.fact.names.en ?? []).some((name) => initialsOf(name) === written);
  });
}
