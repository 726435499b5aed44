/**
 * `affiliation`: a body said to be led by a party's side in one compound word ("the
 * Conservative-led council", "a Labour-run authority") when the fact base names the body's leaders
 * and their parties, and none of them is of that side. The body is the organisation named right
 * after the word, or the one the fact base's organisations fit by the noun after it ("the
 * Conservative-led council" for the story's only council). Arabic writes the leadership with a verb
 * or بقيادة, which the led-by check reads.
 */
import type { Token } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Organisation, Post } from '../../factBase/schema';
import { mentionAt } from '../../mentions';
import { wordKey } from '../../tokenKey';
import { ROLE_FAMILY } from '../../lexicon/words';
import { CLASS_OF_KIND, ORGANISATION_REFERENCES } from '../../lexicon/organisations';
import { PARTY_SIDE } from '../../lexicon/parties';
import { wrongAffiliation } from '../../messages';
import { POLITICAL_KINDS, sameOrRelated, type PostContext } from '../posts/context';
import { ownSides } from '../posts/titleParty';
import { sideRun } from './sidePhrases';

/** The endings of a compound that says who leads a body. */
const LED = /^([A-Za-z]+)-(led|run|controlled|dominated)$/;

/** The body a noun after the compound names: the one organisation whose name or kind holds it, else of its class. */
function referredBody(ctx: PostContext, noun: Token): Entity<Organisation> | undefined {
  const { knowledge } = ctx;
  const orgs = knowledge.factBases.flatMap((factBase) => factBase.organisations.map((org) => knowledge.entity<Organisation>(`${factBase.id}:${org.id}`))).filter((org): org is Entity<Organisation> => !!org);
  const named = orgs.filter((org) => org.fact.kind === noun.key || org.fact.names.en.some((name) => name.toLowerCase().split(/\s+/).includes(noun.key)));
  const cls = ORGANISATION_REFERENCES.get(noun.key);
  const found = named.length > 0 ? named : cls ? orgs.filter((org) => CLASS_OF_KIND[org.fact.kind] === cls) : [];
  return found.length === 1 ? found[0] : undefined;
}

/** A leader of a body, with the parties they belong to and the posts they hold. */
interface Leader {
  person: string;
  parties: Entity<Organisation>[];
  posts: Entity<Post>[];
}

/** The one political organisation of the fact bases with an English name or first word `word` ("Plaid" of Plaid Cymru). */
function partyNamed(knowledge: KnowledgeIndex, word: string): Entity<Organisation> | undefined {
  const key = word.toLowerCase();
  const found = knowledge.factBases.flatMap((factBase) => factBase.organisations.filter((org) => POLITICAL_KINDS.has(org.kind) && org.names.en?.some((name) => name.toLowerCase() === key || name.toLowerCase().split(/\s+/)[0] === key)).map((org) => knowledge.entity<Organisation>(`${factBase.id}:${org.id}`)));
  return found.length === 1 ? found[0] : undefined;
}

/** The leaders of a body (holders of a leading post in it, members tied to it by `leads`) with their parties. */
function leadersOf(knowledge: KnowledgeIndex, body: string): Leader[] {
  const people = new Set<string>();
  for (const post of knowledge.posts) {
    if (post.fact.status === 'former' || ROLE_FAMILY[post.fact.role] !== 'leads' || knowledge.resolve(post, post.fact.organisation)?.key !== body) continue;
    const holder = knowledge.resolve(post, post.fact.holder);
    if (holder) people.add(holder.key);
  }
  for (const tie of knowledge.affiliations) {
    if (tie.fact.relation !== 'leads' || knowledge.resolve(tie, tie.fact.organisation)?.key !== body) continue;
    const member = knowledge.resolve(tie, tie.fact.member);
    if (member) people.add(member.key);
  }
  return [...people].map((person) => {
    // A party that leads the body is its own side.
    const own = knowledge.entity<Organisation>(person);
    if (own && 'kind' in own.fact) return { person: '', parties: POLITICAL_KINDS.has(own.fact.kind) ? [own] : [], posts: [] };
    const posts = knowledge.postsByHolder.get(person) ?? [];
    const ties = (knowledge.affiliationsByMember.get(person) ?? []).map((tie) => knowledge.resolve<Organisation>(tie, tie.fact.organisation));
    const parties = [...ties, ...posts.map((post) => knowledge.resolve<Organisation>(post, post.fact.organisation))].filter((org): org is Entity<Organisation> => !!org && POLITICAL_KINDS.has(org.fact.kind));
    return { person, parties, posts };
  });
}

/** Checks every "Side-led body" compound of the draft. */
export function checkLedSides(ctx: PostContext): void {
  const { analysis, knowledge, tokens, all, push } = ctx;
  for (const token of tokens) {
    if (token.script !== 'latin') continue;
    const written = analysis.text.slice(token.oStart, token.oEnd);
    const match = LED.exec(written);
    if (!match || !/^[A-Z]/.test(written)) continue;
    const side = PARTY_SIDE.get(wordKey(match[1]!));
    const party = side === undefined ? partyNamed(knowledge, match[1]!) : undefined;
    if (side === undefined && !party) continue;
    const next = tokens[token.index + 1];
    if (!next || next.sentence !== token.sentence) continue;
    const mention = mentionAt(all, next.index);
    const body = mention && mention.tokenStart === next.index && mention.kind === 'organisation' ? knowledge.entity<Organisation>(mention.entity) : referredBody(ctx, next);
    if (!body) continue;
    const leaders = leadersOf(knowledge, body.key);
    const agrees = (leader: Leader) => (party ? leader.parties.some((own) => sameOrRelated(knowledge, party.key, own.key)) : ownSides(leader.parties, leader.posts).has(side!));
    if (leaders.length === 0 || leaders.some((leader) => leader.parties.length === 0 || agrees(leader))) continue;
    const leader = leaders.find((each) => each.person !== '');
    if (!leader) continue;
    const actual = match[1]!;
    const fix = sideRun(leader.parties[0]!, 'en') ?? knowledge.canonicalName(leader.parties[0]!.key, 'en');
    push('affiliation', {
      range: { start: token.oStart, end: token.oStart + actual.length },
      lang: 'en',
      message: wrongAffiliation({ person: knowledge.personNames(leader.person), organisation: knowledge.names(leader.parties[0]!.key), actual }),
      actual,
      expected: fix,
      fix: { text: fix },
      factId: leader.parties[0]!.id,
      evidence: knowledge.evidenceOf(leader.parties[0]!.key),
    });
  }
}
