/**
 * `affiliation`: a party word written with a title ("a Conservative councillor", "Republican
 * Senator Mark Dale", «السيناتور الجمهوري», "the Conservative shadow home secretary") given to a person whose party the fact
 * base names as another: the word is compared with the names of the person's parties and the
 * titles of their posts, side by side (lexicon/parties.ts), so that "Democratic" agrees with a
 * party called "Democrats". A person whose party the fact base does not name is not judged.
 */
import { nameKeys, tokenStems, type Entity } from '../../knowledge';
import type { Mention } from '../../mentions';
import type { Title } from '../../titles';
import type { Organisation, Post } from '../../factBase/schema';
import type { Token } from '../../analysis';
import { PARTY_SIDE } from '../../lexicon/parties';
import type { PersonNamed } from '../../messages';
import { POLITICAL_KINDS, reportPartyWord, sameOrRelated, type PostContext } from './context';
import { partiesOfAdjective, reportAdjective } from './partyAdjectives';

/** Families of titles a party word describes: members and representatives of a body. */
const MEMBER_FAMILIES = new Set(['member', 'representative']);

/**
 * Whether a party word describes a title of any family ("the Conservative shadow home secretary",
 * «رئيس الوزراء العمالي»): an Arabic relative adjective (العمالي, not the party's name العمال), or
 * an English word that is no minister's portfolio ("Labour Minister" or "Labor Minister" of a labour ministry).
 */
function sideOfAnyTitle(token: Token, title: Title): boolean {
  if (title.lang === 'ar') return /(ي|يه)$/.test(token.key);
  return !(title.family === 'minister' && (token.key === 'labour' || token.key === 'labor') && token.index === title.headStart - 1);
}

/** The side of a party word (lexicon/parties.ts) a token is, if any. */
export function sideOf(token: Token): number | undefined {
  const direct = PARTY_SIDE.get(token.key);
  if (direct !== undefined) return direct;
  for (const { stem } of tokenStems(token)) if (PARTY_SIDE.has(stem)) return PARTY_SIDE.get(stem);
  return undefined;
}

/** The sides named anywhere in a text of the fact base. */
function sidesIn(text: string): number[] {
  return nameKeys(text).map((key) => PARTY_SIDE.get(key)).filter((side): side is number => side !== undefined);
}

/** The person's parties: organisations of a political kind they belong to, lead or hold a post in. */
export function partiesOf(ctx: PostContext, person: Mention, posts: readonly Entity<Post>[]): Entity<Organisation>[] {
  const { knowledge } = ctx;
  const orgs = [
    ...(knowledge.affiliationsByMember.get(person.entity) ?? []).map((a) => knowledge.resolve<Organisation>(a, a.fact.organisation)),
    ...posts.map((post) => knowledge.resolve<Organisation>(post, post.fact.organisation)),
  ];
  return orgs.filter((org): org is Entity<Organisation> => !!org && POLITICAL_KINDS.has(org.fact.kind));
}

/** The first word of a party's names in a language that is a party word, as written there. */
function sideWord(party: Entity<Organisation>, lang: 'ar' | 'en'): string | undefined {
  for (const name of party.fact.names[lang]) {
    const words = name.split(/\s+/);
    const keys = nameKeys(name);
    if (words.length !== keys.length) continue;
    const index = keys.findIndex((key) => PARTY_SIDE.has(key));
    if (index < 0) continue;
    const word = words[index]!.replace(/[«»"“”]/g, '');
    // A word beside a title is the singular: "a Conservative councillor" of "Scottish Conservatives".
    return lang === 'en' && /s$/.test(word) && PARTY_SIDE.has(keys[index]!.slice(0, -1)) ? word.slice(0, -1) : word;
  }
  return undefined;
}

/** The sides named by the person's parties' names and posts' titles. */
export function ownSides(parties: readonly Entity<Organisation>[], posts: readonly Entity<Post>[]): Set<number> {
  const own = new Set<number>();
  for (const party of parties) for (const name of [...party.fact.names.ar, ...party.fact.names.en]) for (const side of sidesIn(name)) own.add(side);
  for (const post of posts) for (const form of [...post.fact.title.ar, ...post.fact.title.en]) for (const side of sidesIn(form)) own.add(side);
  return own;
}

/** Reports a party word of a member's title that is none of the person's parties' sides. */
export function titleParty(ctx: PostContext, title: Title, person: Mention, posts: readonly Entity<Post>[], personName: PersonNamed): void {
  const { analysis, tokens } = ctx;
  if (title.specEnd <= title.specStart) return;
  const member = MEMBER_FAMILIES.has(title.family);
  const parties = partiesOf(ctx, person, posts);
  if (parties.length === 0) return;
  // The sides of the person's parties and posts are read at the first party word of the title:
  // most titles have none.
  let own: Set<number> | undefined;
  for (let k = title.specStart; k < title.specEnd; k++) {
    const token = tokens[k]!;
    if (title.organisations.some((org) => k >= org.tokenStart && k < org.tokenEnd)) continue;
    // English writes a party's side with a capital ("a Conservative councillor"); lower case is another word.
    if (title.lang === 'en' && !/^[A-Z]/.test(analysis.text.slice(token.oStart, token.oEnd))) continue;
    // An adjective of a known party's name (الوزير الاستقلالي) right after the head names that party.
    const named = title.lang === 'ar' ? partiesOfAdjective(ctx.knowledge, token) : undefined;
    if (named) {
      if (k !== title.headEnd || named.some((party) => parties.some((own) => sameOrRelated(ctx.knowledge, party.key, own.key)))) continue;
      reportAdjective(ctx, token, parties, personName);
      return;
    }
    const side = sideOf(token);
    if (side === undefined || (!member && !sideOfAnyTitle(token, title))) continue;
    own ??= ownSides(parties, posts);
    if (own.has(side)) continue;
    // The finding spans the run of party words it starts ("Lib Dem"), which its fix replaces whole.
    let last = k;
    while (last + 1 < title.specEnd && sideOf(tokens[last + 1]!) !== undefined && (title.lang === 'ar' || /^[A-Z]/.test(analysis.text.slice(tokens[last + 1]!.oStart, tokens[last + 1]!.oEnd)))) last++;
    reportSide(ctx, token, parties, personName, title.lang, tokens[last]);
    return;
  }
}

/** Reports a party word that names another side than the person's parties', fixed with their own side's word. */
export function reportSide(ctx: PostContext, token: Token, parties: readonly Entity<Organisation>[], personName: PersonNamed, lang: 'ar' | 'en', last: Token = token): void {
  reportPartyWord(ctx, token, last, parties, personName, lang, sideWord(parties[0]!, lang));
}
