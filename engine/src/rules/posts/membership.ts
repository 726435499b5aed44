/**
 * `affiliation` (and `post-holder` for a company): membership and leadership said outside a title
 * — «سامر الخطيب، أحد قادة حزب X», «عضو في X», «من أعضاء X», «القيادي في X», «المنتمي إلى X»,
 * «النائب عن كتلة X فلان», "P, a member of X", "P, a senior figure in X", "P, who is a leading
 * member of X", "X's P". The organisation named is compared with the person's own ties and posts
 * (compareTie): a person tied to another party, bloc or camp than the article's is reported.
 *
 * The cue must stand right after the person's name (a comma, "who is" or الذي between them, or the
 * title set off after the name), or
 * right before the organisation that the name follows («القيادي في حزب X سامر الخطيب»).
 */
import { wordKey } from '../../tokenKey';
import type { Mention } from '../../mentions';
import type { Token } from '../../analysis';
import { compareTie, constructedOrganisation, organisationHead } from './unknownOrganisation';
import { afterConstituency } from '../../titles';
import { adjectiveBesideName, sideBeforeName, sideInApposition, tieInParentheses } from '../affiliations/sidePhrases';
import { checkLedSides } from '../affiliations/ledSide';
import { checkNationalities } from '../affiliations/nationality';
import { checkWorkplace } from '../affiliations/workplace';
import { MEMBER_NOUNS_AR, STANCE_VERBS, TIE_CUES, type TieCue } from '../../lexicon/ties';
import { ALL_SPEECH_VERBS, COMMENT_VERBS } from '../../lexicon/speech';
import { tokenStems } from '../../knowledge';
import type { PostContext } from './context';

/** Cues by their first word. */
const BY_FIRST = new Map<string, TieCue[]>();
for (const cue of TIE_CUES) {
  const list = BY_FIRST.get(cue.words[0]!) ?? [];
  list.push(cue);
  BY_FIRST.set(cue.words[0]!, list);
}

/** Words that may stand between a name and its cue: "who is", الذي, وهو. */
const BRIDGE = new Set(['who', 'is', 'was', 'are', 'were', 'both', 'الذي', 'التي', 'اللذان', 'اللتان', 'وهو', 'وهي', 'وهما', 'هو', 'هي'].map((word) => wordKey(word)));

/** The longest cue that starts at token `index`, in its sentence, with the token after it. */
function cueAt(tokens: Token[], index: number): { end: number; cue: TieCue } | undefined {
  const first = tokens[index];
  const cues = first && BY_FIRST.get(first.key);
  if (!cues) return undefined;
  let best: { end: number; cue: TieCue } | undefined;
  for (const cue of cues) {
    const words = cue.words;
    if (index + words.length > tokens.length) continue;
    if (words.every((key, i) => tokens[index + i]!.key === key && tokens[index + i]!.sentence === first.sentence) && (!best || index + words.length > best.end)) best = { end: index + words.length, cue };
  }
  return best;
}

/**
 * Where a cue may start after a person's name: right after it, past "who is" or الذي, or past
 * the title set off after the name and "and" ("P, the council leader and a member of X").
 */
function cueStarts(ctx: PostContext, person: Mention): number[] {
  const { tokens, allTitles } = ctx;
  const starts = [person.tokenEnd];
  for (const title of allTitles) {
    const first = tokens[person.tokenEnd];
    if (!first || title.start < person.tokenEnd || title.start > person.tokenEnd + 2 || title.former || tokens[title.start]!.clause !== first.clause) continue;
    let k = title.end;
    if (tokens[k] && (tokens[k]!.key === 'and' || tokens[k]!.key === 'و')) k++;
    if (k > title.end) starts.push(k);
  }
  return starts;
}

/** Whether token `index` joins a name to the one before it: "and" before it, or Arabic و on it. */
function joins(tokens: Token[], index: number, before: number): boolean {
  const token = tokens[index];
  if (!token || token.clause !== tokens[before - 1]?.clause) return false;
  return token.script === 'ar' ? token.key.startsWith('و') && index === before : tokens[before]?.key === 'and' && index === before + 1;
}

/**
 * The people a plural cue ties beside `person`: those named before it and joined to it by "and"
 * or و ("Ruth Ellis and Tom Baird, both members of X"), or after it («عضوا حزب X فلان وفلان»).
 */
function joinedPeople(ctx: PostContext, person: Mention, byStart: Map<number, Mention>, direction: 'before' | 'after'): Mention[] {
  const { tokens, people } = ctx;
  const out: Mention[] = [];
  let current = person;
  for (let guard = 0; guard < 4; guard++) {
    const next = direction === 'after'
      ? (byStart.get(current.tokenEnd) ?? byStart.get(current.tokenEnd + 1))
      : people.find((other) => other.tokenEnd === current.tokenStart || other.tokenEnd === current.tokenStart - 1);
    if (!next || next === current) break;
    const [first, second] = direction === 'after' ? [current, next] : [next, current];
    if (!joins(tokens, second.tokenStart, first.tokenEnd)) break;
    out.push(next);
    current = next;
  }
  return out;
}

/** Arabic verbs of speech, comment and stance whose subject's name may be followed by «من» and where the subject is from (less «حذّر», warned of). */
const FROM_OPENERS: ReadonlySet<string> = new Set([...ALL_SPEECH_VERBS, ...COMMENT_VERBS, ...STANCE_VERBS].filter((key) => !key.startsWith('حذر')));

/**
 * Whether the word right before the name, or before the title right before it, is such a verb
 * («وانتقدت فلانة من حزب X», «وانتقدت النائبة فلانة، من حزب X»): other verbs take من as their
 * complement («انسحبت فلانة من حزب X», «طلبت فلانة من حزب X»).
 */
function afterStanceVerb(ctx: PostContext, person: Mention): boolean {
  const title = ctx.allTitles.find((candidate) => candidate.end === person.tokenStart && candidate.lang === 'ar');
  const member = !title && MEMBER_NOUNS_AR.has(ctx.tokens[person.tokenStart - 1]?.key ?? '') ? 1 : 0;
  const before = ctx.tokens[(title?.start ?? person.tokenStart - member) - 1];
  if (!before || before.script !== 'ar' || before.sentence !== ctx.tokens[person.tokenStart]!.sentence) return false;
  return FROM_OPENERS.has(before.key) || tokenStems(before).some((s) => FROM_OPENERS.has(s.stem));
}

/**
 * «النائبة عن حزب العمال فلانة», «عضو حزب X فلان»: a cue, then a party the fact base does not
 * know by that name (named by its kind noun), ending right at the name. A known organisation
 * there is read by the loop over mentions; this reads the party named by construction, compared
 * with the person's by its words and, across scripts, by its side.
 */
function cueBeforeConstructed(ctx: PostContext, person: Mention, organisationEnds: ReadonlySet<number>): void {
  const { analysis, tokens } = ctx;
  const first = tokens[person.tokenStart];
  if (!first || first.script !== 'ar' || organisationEnds.has(person.tokenStart)) return;
  for (let head = person.tokenStart - 1; head >= Math.max(0, person.tokenStart - 4); head--) {
    if (tokens[head]!.clause !== first.clause) return;
    if (organisationHead(analysis, tokens[head]!) !== 'political') continue;
    let cue = false;
    for (let start = head - 1; start >= Math.max(0, head - 4) && !cue; start--) cue = cueAt(tokens, start)?.end === head;
    if (cue) compareTie(ctx, person, head, 'ar', true, 'political');
    return;
  }
}

/**
 * "P, the Freedom Party's caucus leader": a party the fact base does not know, named by its kind
 * noun in the possessive before a title set off after the name, is the party whose post the person
 * holds; it is compared with the person's parties. A known party there is the title's own (titles.ts).
 */
function possessivePartyAfterName(ctx: PostContext, person: Mention, start: number): void {
  const { analysis, tokens, all, allTitles } = ctx;
  const from = tokens[start]?.key === 'the' ? start + 1 : start;
  const first = tokens[from];
  if (!first || first.script !== 'latin' || first.clause !== tokens[start]!.clause) return;
  const found = constructedOrganisation(analysis, from, Math.min(tokens.length, from + 6), all);
  if (!found || found.tokenStart !== from || found.cls !== 'political' || found.partOf) return;
  const last = tokens[found.tokenEnd - 1]!;
  if (!/['’]s?$/.test(analysis.text.slice(last.oStart, last.oEnd)) && !/^['’]s?\s/.test(analysis.text.slice(last.oEnd, tokens[found.tokenEnd]?.oStart ?? last.oEnd))) return;
  if (!allTitles.some((title) => title.headStart >= found.tokenEnd && title.headStart <= found.tokenEnd + 1 && tokens[title.headStart]!.clause === first.clause)) return;
  compareTie(ctx, person, from, 'en', true, 'political');
}

/** Checks each known person's name for a membership cue after it or before it. */
export function checkMembership(ctx: PostContext): void {
  const { analysis, knowledge, tokens, people, all } = ctx;
  // The Conservative-led council.
  checkLedSides(ctx);
  // A French engineer, «المهندس الفرنسي».
  checkNationalities(ctx);
  if (people.length === 0) return;
  const peopleByStart = new Map<number, Mention>();
  for (const person of people) {
    if ((knowledge.postsByHolder.get(person.entity)?.length ?? 0) + (knowledge.affiliationsByMember.get(person.entity)?.length ?? 0) > 0) peopleByStart.set(person.tokenStart, person);
  }
  if (peopleByStart.size === 0) return;
  // Where each organisation mention ends, read once: a lookup per person keeps the check linear.
  const organisationEnds = new Set(all.filter((mention) => mention.kind === 'organisation').map((mention) => mention.tokenEnd));
  for (const person of peopleByStart.values()) {
    // P, a member of X; P, who is a member of X; P، أحد قادة X; P, the council leader and a member of X.
    for (const start of cueStarts(ctx, person)) {
      let k = start;
      while (k < start + 3 && tokens[k] && BRIDGE.has(tokens[k]!.key)) k++;
      if (!tokens[k] || tokens[k]!.sentence !== tokens[person.tokenStart]!.sentence) continue;
      const found = cueAt(tokens, k);
      const lang = tokens[k]!.script === 'ar' ? 'ar' : 'en';
      if (found) for (const each of [person, ...(found.cue.plural ? joinedPeople(ctx, person, peopleByStart, 'before') : [])]) compareTie(ctx, each, found.end, lang, true, found.cue.only);
      // «وانتقدت فلانة من حزب X»: a party after من right after the name of a verb's subject.
      else if (k === person.tokenEnd && tokens[k]!.key === 'من' && afterStanceVerb(ctx, person)) compareTie(ctx, person, k + 1, 'ar', true, 'political');
      // P, a Conservative, …; P, a Liberal Democrat, …: a side as a noun.
      else {
        sideInApposition(ctx, person, k);
        // P, the Freedom Party's caucus leader.
        if (k === person.tokenEnd) possessivePartyAfterName(ctx, person, k);
      }
    }
    // «فلان، رئيس المجلس عن حزب X»: a title set off after the name, then عن and a party.
    for (const title of ctx.allTitles) {
      if (title.start >= person.tokenEnd && title.start <= person.tokenEnd + 1 && tokens[title.end]?.key === 'عن' && tokens[title.start]!.clause === tokens[title.end]!.clause && tokens[title.start]!.clause !== tokens[person.tokenEnd - 1]!.clause) compareTie(ctx, person, title.end + 1, 'ar', true, 'political');
    }
    // P (Conservative), فلان (حزب X); Conservative P.
    tieInParentheses(ctx, person);
    sideBeforeName(ctx, person);
    // «النائبة الاستقلالية فلانة», «فلان، القيادي التجمعي».
    adjectiveBesideName(ctx, person);
    // «النائبة عن حزب X فلانة» with a party the fact base names otherwise.
    cueBeforeConstructed(ctx, person, organisationEnds);
    // P, a hydrologist at X; «فلانة، الباحثة في X».
    checkWorkplace(ctx, person);
  }
  // «القيادي في حزب X سامر الخطيب», "X's P": the organisation, then the name.
  for (const org of all) {
    if (org.kind !== 'organisation') continue;
    // The name follows the organisation, or the member's constituency after it («عن المنطقة»).
    const person = peopleByStart.get(org.tokenEnd) ?? peopleByStart.get(afterConstituency(tokens, org.tokenEnd));
    // The name must stand in the organisation's clause: «عضو حزب X، وفلان» names another person.
    if (!person || tokens[person.tokenStart]!.clause !== tokens[org.tokenEnd - 1]!.clause) continue;
    const last = tokens[org.tokenEnd - 1]!;
    const possessive = /['’]s?$/.test(analysis.text.slice(last.oStart, last.oEnd)) || /^['’]s?\s/.test(analysis.text.slice(org.end, tokens[org.tokenEnd]!.oStart));
    let cue: TieCue | undefined;
    for (let start = org.tokenStart - 1; start >= Math.max(0, org.tokenStart - 4) && !cue; start--) {
      const found = cueAt(tokens, start);
      if (found?.end === org.tokenStart) cue = found.cue;
    }
    // «المستشارة عن حزب X فلان»: a member's title, عن and the party before the name.
    const behalf = tokens[org.tokenStart - 1]?.key === 'عن' && ctx.allTitles.some((title) => title.end === org.tokenStart - 1 && tokens[title.start]!.sentence === tokens[org.tokenStart]!.sentence);
    if (!cue && !behalf && !(possessive && last.script === 'latin')) continue;
    for (const each of [person, ...(cue?.plural ? joinedPeople(ctx, person, peopleByStart, 'after') : [])]) compareTie(ctx, each, org.tokenStart, last.script === 'ar' ? 'ar' : 'en', true);
  }
}
