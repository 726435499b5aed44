/**
 * A party named before an elected member's title: "Alun Maddox, a Labour councillor"; "Meleri
 * Rhys, the Plaid Cymru member of the Senedd for the area"; "the Conservative MP". The
 * capitalised words between the article and the title name the party, not a person; set off by a
 * comma after a name, they say the person belongs to it. A place or a nationality there (a Swansea
 * councillor, a British MP) is no party. Before a bare title (councillor, MP) only a run that a
 * party's own words name is read (Labour, Conservative, Green Party): an unknown word there may be
 * a town; before "member of" a body, any capitalised run is the member's party. A party group's
 * title (the Conservative group leader) is read as a member's title, and a party's own words after
 * ", of" (Fiona Marr, of Labour,) name the person's party too, and so does a party before a
 * member's seat with the name after it ("The Labor member for Franklin, Dean Whitlock").
 */
import { ENGLISH_ORGANISATION_HEADS } from '../lexicon/organisations';
import { nationalityOf } from '../titles';
import type { DrawContext, DrawnEvidence, DrawnFact, DrawnPerson } from './context';
import { EN_TITLES } from './lexicon';
import { organisationAt } from './organisations';
import { key } from './words';

/** Titles of elected members that a party may stand before (folded lower case). */
const MEMBER_TITLES = new Set(['councillor', 'councilor', 'mp', 'ms', 'msp', 'td', 'mep', 'mla', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'assemblyman', 'assemblywoman', 'peer']);

/** Words that name a party's family in English copy (Labour, the Conservatives, a Democratic senator; Plaid, Welsh for party). */
export const PARTY_WORDS: ReadonlySet<string> = new Set(['labour', 'labor', 'conservative', 'conservatives', 'tory', 'tories', 'liberal', 'liberals', 'democrat', 'democrats', 'democratic', 'republican', 'republicans', 'green', 'greens', 'socialist', 'socialists', 'communist', 'communists', 'nationalist', 'nationalists', 'unionist', 'unionists', 'reform', 'plaid']);

/** Plural titles of elected members, said once before the names of several (Labour councillors Priya Nandra and Joe Whitley). */
const MEMBER_TITLES_PLURAL = new Set(['councillors', 'councilors', 'mps', 'msps', 'tds', 'meps', 'mlas', 'senators', 'lawmakers', 'legislators', 'peers']);

/** Heads of a party group's titles after "group" (the Conservative group leader, the Labour group's whip). */
const GROUP_HEADS = new Set(['leader', 'co-leader', 'deputy', 'convener', 'chair', 'whip']);

/** Whether tokens `at` and `at + 1` are a party group's title in lower case: "group leader". */
function groupTitle(ctx: DrawContext, at: number): boolean {
  const tokens = ctx.tokens;
  return tokens[at]?.key === 'group' && GROUP_HEADS.has(tokens[at + 1]?.key ?? '') && ctx.word(at) === 'group' && tokens[at + 1]!.clause === tokens[at].clause;
}

/** Determiners before the party: a Labour councillor, the Conservative MP, a former Labour councillor. */
const DETERMINERS = new Set(['a', 'an', 'the']);

/**
 * Whether token `end`, right after a capitalised run with one space between, is a lower-case
 * member's title or "group" ("Liberal Democrat group leader X", "One Green councillor"): the run
 * then describes the member, as a party or a place does, and names no person.
 */
export function memberTitleAfter(ctx: DrawContext, end: number): boolean {
  const title = ctx.tokens[end];
  if (!title || end === 0 || title.clause !== ctx.tokens[end - 1]!.clause || !/^ $/.test(ctx.gap(end - 1, end)) || !/^\p{Ll}/u.test(ctx.word(end))) return false;
  return MEMBER_TITLES.has(title.key) || title.key === 'group';
}

/** A party's words before a member's title, as a token range, with the token where the title ends. */
export interface PartyRun {
  start: number;
  end: number;
  titleEnd: number;
}

/** Whether the capitalised run [start, end) is a place, a person or a nationality: no party. */
export function notParty(ctx: DrawContext, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (ctx.placeAt.has(k) || (ctx.personAt[k] ?? -1) !== -1) return true;
  return end - start === 1 && !!nationalityOf(ctx.tokens[start]);
}

/** Whether a party's own words name the run (Labour, Welsh Conservatives, the Green Party). */
export function partyWords(ctx: DrawContext, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const word = ctx.tokens[k]!.key;
    if (PARTY_WORDS.has(word) || ENGLISH_ORGANISATION_HEADS.get(word) === 'political') return true;
  }
  return false;
}

/**
 * The party run that starts at token `start` and ends before token `end` (the end of its
 * capitalised run) when a determiner stands before it and an elected member's title after it;
 * undefined otherwise. An acronym title closing the run (the Plaid Cymru MS) is the title's.
 */
export function partyBeforeTitle(ctx: DrawContext, start: number, end: number): PartyRun | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || end <= start) return undefined;
  let before = start - 1;
  if (tokens[before]?.key === 'former') before--;
  if (!tokens[before] || !DETERMINERS.has(tokens[before]!.key) || tokens[before]!.clause !== tokens[start]!.clause) return undefined;
  let runEnd = end;
  let titleEnd: number;
  let memberOf = false;
  const acronym = /^[A-Z]{2,3}$/.test(ctx.word(end - 1)) && MEMBER_TITLES.has(tokens[end - 1]!.key);
  if (acronym) {
    runEnd = end - 1;
    titleEnd = end;
  } else {
    const title = tokens[end];
    if (!title || title.clause !== tokens[start]!.clause || !/^\p{Ll}/u.test(ctx.word(end))) return undefined;
    if (title.key === 'member' && tokens[end + 1]?.key === 'of') {
      titleEnd = end + 1;
      memberOf = true;
    }
    else if (MEMBER_TITLES.has(title.key)) titleEnd = end + 1;
    else if (groupTitle(ctx, end)) titleEnd = end + 2;
    else return undefined;
  }
  if (runEnd <= start || notParty(ctx, start, runEnd)) return undefined;
  // Before a bare title, only a party's own words: "a Llansamlet councillor" may be a town's; or a
  // party's initials, one word of capitals (an SNP councillor, a DUP MP), which no town is.
  if (!memberOf && !partyWords(ctx, start, runEnd) && !partyInitials(ctx, start, runEnd)) return undefined;
  return { start, end: runEnd, titleEnd };
}

/**
 * Whether the run [start, end) is one word of two to five capitals (SNP, DUP, ANC): a party's
 * initials before a member's title. A country's (a UK MP, a US senator) is a nationality or a
 * place, which `notParty` leaves out first.
 */
function partyInitials(ctx: DrawContext, start: number, end: number): boolean {
  return end === start + 1 && /^[A-Z]{2,5}$/.test(ctx.word(start));
}

/** The party of the member title in apposition right after a name's comma (NAME, a Labour councillor), if any. */
function partyAfterName(ctx: DrawContext, nameEnd: number): PartyRun | undefined {
  const tokens = ctx.tokens;
  if (!/^\s*,\s*$/.test(ctx.gap(nameEnd - 1, nameEnd))) return undefined;
  let start = nameEnd;
  while (start < tokens.length && start - nameEnd < 2 && (DETERMINERS.has(tokens[start]!.key) || tokens[start]!.key === 'former')) start++;
  let end = start;
  while (end < tokens.length && end - start < 5 && tokens[end]!.clause === tokens[start]!.clause && /^\p{Lu}/u.test(ctx.word(end)) && (end === start || /^ +$/.test(ctx.gap(end - 1, end)))) end++;
  return start > nameEnd ? partyBeforeTitle(ctx, start, end) : undefined;
}

/**
 * The party of a member title written right before a name (Labour councillor Priya Nandra, the
 * Conservative MP Tom Kershaw, Labour councillors Priya Nandra and Joe Whitley): a run of a party's
 * own words opening its clause or after a determiner, then the title. A name joined by "and" or a
 * comma to such a name takes the party of a plural title (… and Joe Whitley); a former member's
 * ("former Labour councillor") is left out.
 */
function partyBeforeName(ctx: DrawContext, nameStart: number): PartyRun | undefined {
  const tokens = ctx.tokens;
  let first = nameStart;
  let listed = false;
  // Walk back over the names of a list to its first name (Priya Nandra and Joe Whitley).
  while (first >= 2 && (tokens[first - 1]!.key === 'and' || /^\s*,\s*$/.test(ctx.gap(first - 1, first))) && tokens[first - 1]!.clause === tokens[first]!.clause) {
    const link = tokens[first - 1]!.key === 'and' ? first - 1 : first;
    const person = ctx.personAt[link - 1] ?? -1;
    if (person === -1) break;
    let k = link - 1;
    while (k > 0 && ctx.personAt[k - 1] === person) k--;
    first = k;
    listed = true;
  }
  // A group's title before the name, also set off by commas (The SNP group leader, Alasdair Rennie).
  const group = !listed && first >= 2 && groupTitle(ctx, first - 2) && (tokens[first - 1]!.clause === tokens[first]!.clause || /^\s*,\s*$/.test(ctx.gap(first - 1, first)));
  const t = group ? first - 2 : first - 1;
  const title = tokens[t];
  if (!title || (!group && title.clause !== tokens[first]!.clause)) return undefined;
  const plural = MEMBER_TITLES_PLURAL.has(title.key);
  if (!(group || plural || (!listed && MEMBER_TITLES.has(title.key))) || !(/^\p{Ll}/u.test(ctx.word(t)) || /^[A-Z]{2,3}s?$/.test(ctx.word(t)))) return undefined;
  let start = t;
  // A capitalised "The" opening the sentence is the determiner, not the party's.
  while (start > 0 && t - start < 4 && /^\p{Lu}/u.test(ctx.word(start - 1)) && !DETERMINERS.has(tokens[start - 1]!.key) && tokens[start - 1]!.clause === title.clause && /^ +$/.test(ctx.gap(start - 1, start))) start--;
  const before = tokens[start - 1];
  const opens = !before || before.clause !== title.clause || DETERMINERS.has(before.key);
  if (start === t || !opens || notParty(ctx, start, t) || !partyWords(ctx, start, t)) return undefined;
  return { start, end: t, titleEnd: group ? t + 2 : t + 1 };
}

/** Words that may stand in a seat and its house between "member for" and the name's comma (for Clark in the House of Assembly). */
const SEAT_LINKS = new Set(['in', 'the', 'of', 'and']);

/**
 * Whether token `k` is the title of a member named by a seat: "member" in lower case, or an
 * elected member's title in capitals (the Scottish Conservative MSP for Argyll, the Labour MP for
 * Bridgend).
 */
function seatTitle(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  if (!token) return false;
  return (token.key === 'member' && ctx.word(k) === 'member') || (MEMBER_TITLES.has(token.key) && /^[A-Z]{2,3}$/.test(ctx.word(k)));
}

/**
 * The party before a member's seat when the name follows it after a comma: "The Labor member for
 * Franklin, Dean Whitlock"; "The Greens member for Clark in the House of Assembly, Rosalie Finch".
 * The seat's words (capitalised, or in, the, of) run from "for" to the comma; the party run stands
 * between a determiner and "member" and holds a party's own words.
 */
function partyBeforeSeat(ctx: DrawContext, nameStart: number): PartyRun | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || nameStart < 4 || !/^\s*,\s*$/.test(ctx.gap(nameStart - 1, nameStart))) return undefined;
  let k = nameStart - 1;
  while (k > 0 && nameStart - k <= 8 && tokens[k]!.key !== 'for' && tokens[k]!.sentence === tokens[nameStart]!.sentence && (SEAT_LINKS.has(tokens[k]!.key) || /^\p{Lu}/u.test(ctx.word(k)))) k--;
  const member = k - 1;
  if (tokens[k]?.key !== 'for' || k === nameStart - 1 || !seatTitle(ctx, member)) return undefined;
  let start = member;
  while (start > 0 && member - start < 4 && /^\p{Lu}/u.test(ctx.word(start - 1)) && !DETERMINERS.has(tokens[start - 1]!.key) && tokens[start - 1]!.clause === tokens[member]!.clause && /^ +$/.test(ctx.gap(start - 1, start))) start--;
  const before = tokens[start - 1];
  if (start === member || !before || !DETERMINERS.has(before.key) || notParty(ctx, start, member) || !partyWords(ctx, start, member)) return undefined;
  return { start, end: member, titleEnd: member + 1 };
}

/**
 * Whether two English names name one party: the same words, but for "the", a closing "party" and
 * a plural's s (Labour and the Labour Party, Liberal Democrat and Liberal Democrats).
 */
function sameParty(one: string, other: string): boolean {
  return bareParty(one) === bareParty(other);
}

/** A party's name without "the" before it, "party" after it or a plural's s, read word by word (linear on any input). */
function bareParty(name: string): string {
  const words = key(name).split(/\s+/).filter((word) => word !== '');
  if (words.length > 1 && words[0] === 'the') words.shift();
  if (words.length > 1 && words[words.length - 1] === 'party') words.pop();
  return words.join(' ').replace(/s$/, '');
}

/** The drawn organisation the party run names, or a party drawn for it; undefined when the run is a body of another kind. */
export function partyOf(ctx: DrawContext, run: PartyRun): string | undefined {
  const drawn = organisationAt(ctx, run.start);
  if (drawn) {
    const kind = ctx.out.organisations.find((fact) => fact.id === drawn)?.kind;
    return kind === 'party' || kind === 'movement' || kind === 'bloc' || kind === 'alliance' ? drawn : undefined;
  }
  const name = ctx.text(run.start, run.end);
  const known = ctx.out.organisations.find((fact) => ((fact.names as { en?: string[] }).en ?? []).some((other) => sameParty(other, name)));
  if (known) return known.kind === 'party' ? known.id : undefined;
  const fact: DrawnFact = { id: ctx.id(`party-${key(name).replace(/\s+/g, '-')}`), names: { en: [name] }, kind: 'party', evidence: [ctx.tokenEvidence(run.start, run.end)] };
  ctx.out.organisations.push(fact);
  for (let k = run.start; k < run.end; k++) ctx.orgAt.set(k, fact.id);
  return fact.id;
}

/** The title entries of a councillor and of a member of a parliament, whose forms an elected member's drawn post takes. */
const COUNCILLOR = EN_TITLES.find((title) => title.en?.includes('councillor'));
const MP = EN_TITLES.find((title) => title.en?.includes('mp'));

/**
 * Draws the post of an elected member that a party's run stands before when the title tables,
 * read one name at a time, leave it out: a councillor named after a plural title (Labour
 * councillors Priya Nandra and Joe Whitley), a member of a parliament named by "member of" (Meleri
 * Rhys, the Plaid Cymru member of the Senedd), so that a draft giving them another party is compared.
 */
function drawMemberPost(ctx: DrawContext, person: DrawnPerson, run: PartyRun, evidence: DrawnEvidence): void {
  const holder = String(person.fact.id);
  const tokens = ctx.tokens;
  const word = tokens[run.titleEnd - 1]!.key;
  const memberOf = word === 'member' && tokens[run.titleEnd]?.key === 'of';
  if ((word === 'member' || MEMBER_TITLES.has(word)) && tokens[run.titleEnd]?.key === 'for') return drawSeatPost(ctx, holder, run, evidence);
  const entry = ['councillors', 'councilors'].includes(word) ? COUNCILLOR : memberOf ? MP : undefined;
  if (!entry || ctx.out.posts.some((post) => post.holder === holder && post.role === entry.role)) return;
  let end = run.titleEnd;
  // "member of the Senedd": the body's capitalised words belong to the title.
  if (memberOf) {
    end++;
    if (tokens[end]?.key === 'the') end++;
    while (end < tokens.length && tokens[end]!.clause === tokens[run.end]!.clause && /^\p{Lu}/u.test(ctx.word(end))) end++;
  }
  const english = entry === COUNCILLOR ? [...entry.english] : [ctx.text(run.end, end), ...entry.english];
  const arabic = person.fact.gender === 'f' ? entry.arabic?.f : person.fact.gender === 'm' ? entry.arabic?.m : [...(entry.arabic?.m ?? []), ...(entry.arabic?.f ?? [])];
  ctx.out.posts.push({ id: ctx.id(`${holder}-${entry.role}`), holder, role: entry.role, title: { en: english, ...(arabic ? { ar: [...arabic] } : {}) }, evidence: [evidence] });
}

/**
 * The post of a member named by a seat ("member for Franklin"): a member's post titled by those
 * words alone, as a seat may be a parliament's or a council ward's, so no house's title is given.
 */
function drawSeatPost(ctx: DrawContext, holder: string, run: PartyRun, evidence: DrawnEvidence): void {
  const tokens = ctx.tokens;
  if (ctx.out.posts.some((post) => post.holder === holder && post.role === 'member')) return;
  let end = run.titleEnd + 1;
  // The seat's words are capitalised, with "and" between two of them (Argyll and Bute).
  const seatWord = (k: number) => tokens[k]!.clause === tokens[run.end]!.clause && /^\p{Lu}/u.test(ctx.word(k));
  while (end < tokens.length && (seatWord(end) || (end > run.titleEnd + 1 && ctx.word(end) === 'and' && end + 1 < tokens.length && seatWord(end + 1)))) end++;
  if (end === run.titleEnd + 1) return;
  ctx.out.posts.push({ id: ctx.id(`${holder}-member`), holder, role: 'member', title: { en: [ctx.text(run.end, end)] }, evidence: [evidence] });
}

/** Words that say membership of the party after a name: ", a member of the", "of the" (folded). */
const MEMBER_OF_THE = [['a', 'member', 'of', 'the'], ['member', 'of', 'the'], ['of', 'the']];

/**
 * The party a name is said to belong to by the word "party" after its own name in lower case
 * (Ben Evardone, a member of the Lakas-CMD party; Senator Risa Hontiveros of the Akbayan party),
 * as wire copy names the parties of the Philippines, India or Nigeria: the capitalised run (a
 * hyphen may join its words) between "the" and "party". The word "party" ends the run, so an
 * organisation of another kind is never read as one.
 */
function partyByWord(ctx: DrawContext, spanEnd: number): PartyRun | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[spanEnd - 1]?.clause;
  // The place or body the person serves may stand between (Governor Ben Evardone of Eastern Samar, a member of …).
  let nameEnd = spanEnd;
  if (tokens[spanEnd]?.key === 'of' && /^\p{Lu}/u.test(ctx.word(spanEnd + 1))) {
    let k = spanEnd + 1;
    while (k < tokens.length && k - spanEnd <= 4 && /^\p{Lu}/u.test(ctx.word(k)) && tokens[k]!.clause === tokens[spanEnd + 1]!.clause) k++;
    if (/^\s*,\s*$/.test(ctx.gap(k - 1, k))) nameEnd = k;
  }
  const comma = /^\s*,\s*$/.test(ctx.gap(nameEnd - 1, nameEnd));
  const cue = MEMBER_OF_THE.find((words) => (comma || words[0] === 'of') && words.every((word, j) => tokens[nameEnd + j]?.key === word));
  if (!cue) return undefined;
  const start = nameEnd + cue.length;
  let end = start;
  while (end < tokens.length && end - start < 4 && /^\p{Lu}/u.test(ctx.word(end)) && (end === start || /^[ -]$/.test(ctx.gap(end - 1, end)))) end++;
  const party = tokens[end];
  if (end === start || !party || party.key !== 'party' || ctx.word(end) !== 'party' || (!comma && party.clause !== clause) || notParty(ctx, start, end)) return undefined;
  return { start, end, titleEnd: end + 1 };
}

/**
 * A party named by its own words alone, set off by commas after a name with "of" (Fiona Marr, of
 * Labour; Daisy Hocking, of the Greens): the capitalised run must end its clause.
 */
function partyAfterOf(ctx: DrawContext, spanEnd: number): PartyRun | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || !/^\s*,\s*$/.test(ctx.gap(spanEnd - 1, spanEnd)) || tokens[spanEnd]?.key !== 'of') return undefined;
  const start = tokens[spanEnd + 1]?.key === 'the' ? spanEnd + 2 : spanEnd + 1;
  let end = start;
  while (end < tokens.length && end - start < 4 && tokens[end]!.clause === tokens[start]!.clause && /^\p{Lu}/u.test(ctx.word(end)) && (end === start || /^ +$/.test(ctx.gap(end - 1, end)))) end++;
  const next = tokens[end];
  if (end === start || (next && next.sentence === tokens[start]!.sentence && next.clause === tokens[start]!.clause)) return undefined;
  return notParty(ctx, start, end) || !partyWords(ctx, start, end) ? undefined : { start, end, titleEnd: end };
}

/** Draws that a person is a member of the party named before their member title in apposition (NAME, a Labour councillor) or before their name. */
export function drawPartyMembers(ctx: DrawContext): void {
  for (const person of ctx.people) {
    const member = String(person.fact.id);
    for (const span of person.spans) {
      const run = partyAfterName(ctx, span.tokenEnd) ?? partyBeforeName(ctx, span.tokenStart) ?? partyBeforeSeat(ctx, span.tokenStart) ?? partyByWord(ctx, span.tokenEnd) ?? partyAfterOf(ctx, span.tokenEnd);
      const party = run ? partyOf(ctx, run) : undefined;
      if (!run || !party || ctx.out.affiliations.some((fact) => fact.member === member && fact.organisation === party)) continue;
      const evidence = ctx.evidence(ctx.tokens[Math.min(span.tokenStart, run.start)]!.oStart, ctx.tokens[Math.max(run.titleEnd, span.tokenEnd) - 1]!.oEnd);
      ctx.out.affiliations.push({ id: ctx.id(`${member}-member-of-${party}`), member, relation: 'member-of', organisation: party, evidence: [evidence] });
      drawMemberPost(ctx, person, run, evidence);
    }
  }
}
