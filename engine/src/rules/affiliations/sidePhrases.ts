/**
 * `affiliation`: a party named beside a person's name without a title or a cue word — a side in
 * apposition ("Tom Baird, a Liberal Democrat, said"), or a party or side in parentheses after the
 * name ("Ruth Ellis (Conservative)", «رامي الحداد (حزب الوسط)»). A party the fact base knows or
 * one named by its construction is compared with the person's ties (compareTie); a phrase of
 * party words alone is compared with the sides of the person's parties (lexicon/parties.ts).
 */
import type { Mention } from '../../mentions';
import { nameKeys, type Entity } from '../../knowledge';
import type { Organisation } from '../../factBase/schema';
import { PARTY_SIDE } from '../../lexicon/parties';
import { wrongAffiliation } from '../../messages';
import type { PostContext } from '../posts/context';
import { compareTie } from '../posts/unknownOrganisation';
import { ownSides, partiesOf, sideOf } from '../posts/titleParty';
import { partiesOfAdjective, reportAdjective } from '../posts/partyAdjectives';
import { sameOrRelated } from '../posts/context';
import { wordKey } from '../../tokenKey';

/** Words a phrase of party words may hold beside them: "Liberal Democrat Party", «الحزب الاشتراكي». */
const PARTY_NOUNS = new Set(['party', 'حزب', 'الحزب']);

/** The most words a phrase of party words or a party's name in parentheses is read over. */
const MAX_WORDS = 5;

/**
 * Reports a phrase of party words in tokens [from, to) that names none of the person's parties'
 * sides; returns whether the tokens were such a phrase (reported or not). English party words are
 * capitalised.
 */
export function partyWords(ctx: PostContext, person: Mention, from: number, to: number): boolean {
  const { analysis, knowledge, tokens } = ctx;
  if (to <= from || to - from > MAX_WORDS) return false;
  const sides: { side: number; at: number }[] = [];
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (token.script === 'latin' && !/^[A-Z]/.test(analysis.text.slice(token.oStart, token.oEnd))) return false;
    const side = sideOf(token);
    if (side !== undefined) sides.push({ side, at: k });
    else if (!PARTY_NOUNS.has(token.key)) return false;
  }
  if (sides.length === 0) return false;
  const posts = knowledge.postsByHolder.get(person.entity) ?? [];
  const parties = partiesOf(ctx, person, posts);
  if (parties.length === 0) return true;
  const own = ownSides(parties, posts);
  if (sides.some(({ side }) => own.has(side))) return true;
  const lang = tokens[from]!.script === 'ar' ? 'ar' : 'en';
  const party = parties[0]!;
  const start = tokens[sides[0]!.at]!.oStart;
  const end = tokens[sides[sides.length - 1]!.at]!.oEnd;
  const actual = analysis.text.slice(start, end);
  // Party words are fixed with the party's own (Liberal Democrat), else its name (Plaid Cymru).
  const word = sideRun(party, lang) ?? knowledge.canonicalName(party.key, lang);
  push(ctx, { start, end }, lang, { person: person.entity, party, actual, fix: word });
  return true;
}

/**
 * The party words of a party's name as written there, singular in English ("Liberal Democrat" of
 * "Liberal Democrats"), for a fix in place of the draft's party words.
 */
export function sideRun(party: Entity<Organisation>, lang: 'ar' | 'en'): string | undefined {
  for (const name of party.fact.names[lang] ?? []) {
    const words = name.split(/\s+/);
    const keys = nameKeys(name);
    if (words.length !== keys.length) continue;
    const first = keys.findIndex((key) => PARTY_SIDE.has(key));
    if (first < 0) continue;
    let last = first;
    while (last + 1 < keys.length && PARTY_SIDE.has(keys[last + 1]!)) last++;
    const run = words.slice(first, last + 1).map((word) => word.replace(/[«»"“”]/g, ''));
    const tail = keys[last]!;
    if (lang === 'en' && tail.endsWith('s') && PARTY_SIDE.has(tail.slice(0, -1))) run[run.length - 1] = run[run.length - 1]!.slice(0, -1);
    return run.join(' ');
  }
  return undefined;
}

/** Reports party words that name another side than the person's party, fixed with its own words. */
function push(ctx: PostContext, range: { start: number; end: number }, lang: 'ar' | 'en', f: { person: string; party: Entity<Organisation>; actual: string; fix?: string }): void {
  const { knowledge } = ctx;
  ctx.push('affiliation', {
    range,
    lang,
    message: wrongAffiliation({ person: knowledge.personNames(f.person), organisation: knowledge.names(f.party.key), actual: f.actual }),
    actual: f.actual,
    expected: f.fix ?? knowledge.canonicalName(f.party.key, lang),
    fix: f.fix ? { text: f.fix } : undefined,
    factId: f.party.id,
    evidence: knowledge.evidenceOf(f.party.key),
  });
}

/**
 * "Tom Baird, a Liberal Democrat, said": "a" and party words that end their clause, after the
 * name (token `start` is the first after the name and its comma).
 */
export function sideInApposition(ctx: PostContext, person: Mention, start: number): void {
  const { tokens } = ctx;
  const article = tokens[start];
  if (!article || (article.key !== 'a' && article.key !== 'an') || article.clause === tokens[person.tokenEnd - 1]?.clause) return;
  let end = start + 1;
  while (end < tokens.length && end - start <= MAX_WORDS && tokens[end]!.clause === article.clause && tokens[end]!.sentence === article.sentence) end++;
  partyWords(ctx, person, start + 1, end);
}

/**
 * "Ruth Ellis (Conservative)", «رامي الحداد (حزب الوسط)»: what the parentheses right after the
 * name hold, up to a comma inside them, when it is a party or party words.
 */
export function tieInParentheses(ctx: PostContext, person: Mention): void {
  const { analysis, tokens } = ctx;
  const first = tokens[person.tokenEnd];
  if (!first || first.sentence !== tokens[person.tokenStart]!.sentence) return;
  if (!/^\s*\(\s*$/.test(analysis.text.slice(person.end, first.oStart))) return;
  let end = person.tokenEnd;
  let closed = false;
  while (!closed && end < tokens.length && end - person.tokenEnd < MAX_WORDS && tokens[end]!.sentence === first.sentence) {
    const after = analysis.text.slice(tokens[end]!.oEnd, tokens[end + 1]?.oStart ?? analysis.text.length);
    end++;
    if (/[()]/.test(after) && !/^\s*\)/.test(after)) return;
    closed = /^\s*[),،]/.test(after);
  }
  if (!closed || partyWords(ctx, person, person.tokenEnd, end)) return;
  compareTie(ctx, person, person.tokenEnd, first.script === 'ar' ? 'ar' : 'en', true);
}

/**
 * "Conservative Ruth Ellis said": capitalised party words right before the name, at the start of
 * its clause or after "the" or "and", that are no part of a known name or title.
 */
export function sideBeforeName(ctx: PostContext, person: Mention): void {
  const { tokens, all, allTitles } = ctx;
  const s = person.tokenStart;
  const first = tokens[s]!;
  if (first.script !== 'latin') return;
  const opens = (k: number) => {
    const before = tokens[k - 1];
    return !before || before.clause !== first.clause || before.sentence !== first.sentence || before.key === 'the' || before.key === 'and';
  };
  // "Labour Ruth Ellis": a party the fact base knows, by its name.
  const party = all.find((mention) => mention.tokenEnd === s && mention.kind === 'organisation' && tokens[mention.tokenStart]!.clause === first.clause);
  if (party) {
    if (opens(party.tokenStart) && !allTitles.some((title) => title.start < s && title.end > party.tokenStart)) compareTie(ctx, person, party.tokenStart, 'en', true, 'political');
    return;
  }
  let start = s;
  while (start > 0 && s - start < 2 && tokens[start - 1]!.clause === first.clause && tokens[start - 1]!.sentence === first.sentence && sideOf(tokens[start - 1]!) !== undefined) start--;
  if (start === s || !opens(start)) return;
  if (all.some((mention) => mention.tokenStart < s && mention.tokenEnd > start) || allTitles.some((title) => title.start < s && title.end > start)) return;
  partyWords(ctx, person, start, s);
}

/**
 * Arabic words of a member or a leading figure that take the adjective of the member's party
 * beside them («النائبة الاستقلالية», «القيادي التجمعي») where they are no title the post checks
 * read (folded).
 */
const MEMBER_WORDS: ReadonlySet<string> = new Set(['النائب', 'النائبة', 'القيادي', 'القيادية', 'العضو', 'العضوة', 'المناضل', 'المناضلة'].map(wordKey));

/**
 * «النائبة الاستقلالية ليلى المنصوري», «محمد التازي، القيادي التجمعي،»: a member's word and the
 * adjective of a known party's name (posts/partyAdjectives.ts) right before the name, or set off
 * right after it and ending its clause, compared with the person's parties.
 */
export function adjectiveBesideName(ctx: PostContext, person: Mention): void {
  const { tokens, knowledge } = ctx;
  const s = person.tokenStart;
  const sentence = tokens[s]!.sentence;
  const at = (k: number) => (k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence ? tokens[k] : undefined);
  let adjective: number | undefined;
  const before = at(s - 1);
  if (before && MEMBER_WORDS.has(at(s - 2)?.key ?? '') && before.clause === tokens[s]!.clause) adjective = s - 1;
  const word = at(person.tokenEnd);
  const after = at(person.tokenEnd + 1);
  const next = at(person.tokenEnd + 2);
  if (adjective === undefined && word && after && MEMBER_WORDS.has(word.key) && word.clause !== tokens[person.tokenEnd - 1]!.clause && (!next || next.clause !== after.clause)) adjective = person.tokenEnd + 1;
  if (adjective === undefined) return;
  const named = partiesOfAdjective(knowledge, tokens[adjective]!);
  if (!named) return;
  const posts = knowledge.postsByHolder.get(person.entity) ?? [];
  const parties = partiesOf(ctx, person, posts);
  if (parties.length === 0 || named.some((party) => parties.some((own) => sameOrRelated(knowledge, party.key, own.key)))) return;
  reportAdjective(ctx, tokens[adjective]!, parties, knowledge.personNames(person.entity));
}
