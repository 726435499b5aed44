/**
 * Compares the titles and organisations a draft gives known people with the posts and
 * affiliations of the fact base. Shared by the rules `post-holder` (wrong post, wrong holder of a
 * post) and `affiliation` (a person or group tied to the wrong organisation), which report the
 * part of the result that is theirs. The checks themselves are modules of those rules
 * (`rules/posts/`); they run in this order and share one report function, so a range reported by
 * an earlier check, or one that overlaps it, is not reported again by a later one.
 */
import type { Analysis } from './analysis';
import type { KnowledgeIndex } from './knowledge';
import { mentions } from './mentions';
import { titles } from './titles';
import { perDraft } from './memo';
import type { Draft } from './findingBuilder';
import type { PostContext, PostDraft } from './rules/posts/context';
import { checkPersonTitles } from './rules/posts/personTitles';
import { checkTitleHolders } from './rules/posts/titleHolder';
import { checkLedBy } from './rules/posts/ledBy';
import { checkGroupAffiliations } from './rules/posts/groupAffiliation';
import { checkPersonOfOrganisation } from './rules/posts/unknownOrganisation';
import { checkMembership } from './rules/posts/membership';
import { checkOrganisationParents } from './rules/posts/organisationParent';
import { checkPostAreas } from './rules/posts/postArea';
import { checkLeadingAreas } from './rules/posts/leadingArea';
import { checkPostScopes } from './rules/posts/postScope';

/** Runs the comparison once per draft and returns the findings of both categories. */
export const postFindings = perDraft((analysis: Analysis, knowledge: KnowledgeIndex): { role: Draft[]; affiliation: Draft[] } => {
  const result = { role: [] as Draft[], affiliation: [] as Draft[] };
  if (knowledge.posts.length === 0 && knowledge.affiliations.length === 0) return result;
  const all = mentions(analysis, knowledge);
  const seen: { start: number; end: number }[] = [];
  const ctx: PostContext = {
    analysis,
    knowledge,
    tokens: analysis.tokens,
    all,
    people: all.filter((mention) => mention.kind === 'person'),
    nonPeople: all.filter((mention) => mention.kind !== 'person'),
    allTitles: titles(analysis, knowledge),
    push: (category: 'role' | 'affiliation', draft: PostDraft) => {
      // A range that overlaps one reported already is the same claim read by another check
      // ("a member of the Labour Party": its party word and its party's name).
      if (seen.some((range) => range.start < draft.range.end && draft.range.start < range.end)) return;
      seen.push(draft.range);
      result[category].push({ ...draft, ruleId: category === 'role' ? 'post-holder' : 'affiliation', advisory: draft.advisory || restsOnUnsure(knowledge, draft) });
    },
    reported: () => seen.length,
  };
  checkPersonTitles(ctx);
  checkPostAreas(ctx);
  checkLeadingAreas(ctx);
  checkPostScopes(ctx);
  checkTitleHolders(ctx);
  checkLedBy(ctx);
  checkGroupAffiliations(ctx);
  checkPersonOfOrganisation(ctx);
  checkMembership(ctx);
  checkOrganisationParents(ctx);
  return result;
});

/**
 * Whether a finding rests on a post or an affiliation the drawing marked unsure, in a sentence of
 * another language than its article's: such a post confirms a draft's title, but it contradicts
 * one at information level only (see `Draft.advisory`). In the article's own language its title is
 * the article's words, which drawing read; what it is unsure of is mostly the other language's
 * forms, built from a table.
 */
function restsOnUnsure(knowledge: KnowledgeIndex, draft: PostDraft): boolean {
  if (!draft.factId) return false;
  for (const factBase of knowledge.factBases) {
    const fact = knowledge.entity(`${factBase.id}:${draft.factId}`)?.fact as { review?: { unsure?: boolean } } | undefined;
    if (fact?.review?.unsure) return draft.lang !== factBase.source.lang;
  }
  return false;
}
