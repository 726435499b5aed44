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
import { compareTie } from './unknownOrganisation';
import { sideNoun } from './titleParty';
import { TIE_CUES, type TieCue } from '../../lexicon/ties';
import type { PostContext } from './context';

/** Cues by their first word. */
const BY_FIRST = new Map<string, TieCue[]>();
for (const cue of TIE_CUES) {
  const list = BY_FIRST.get(cue.words[0]!) ?? [];
  list.push(cue);
  BY_FIRST.set(cue.words[0]!, list);
}

/** Words that may stand between a name and its cue: "who is", الذي, وهو. */
const BRIDGE = new Set(['who', 'is', 'was', 'الذي', 'التي', 'وهو', 'وهي', 'هو', 'هي'].map((word) => wordKey(word)));

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

/** Checks each known person's name for a membership cue after it or before it. */
export function checkMembership(ctx: PostContext): void {
  const { analysis, knowledge, tokens, people, all } = ctx;
  if (people.length === 0) return;
  const peopleByStart = new Map<number, Mention>();
  for (const person of people) {
    if ((knowledge.postsByHolder.get(person.entity)?.length ?? 0) + (knowledge.affiliationsByMember.get(person.entity)?.length ?? 0) > 0) peopleByStart.set(person.tokenStart, person);
  }
  if (peopleByStart.size === 0) return;
  for (const person of peopleByStart.values()) {
    // P, a member of X; P, who is a member of X; P، أحد قادة X; P, the council leader and a member of X.
    for (const start of cueStarts(ctx, person)) {
      let k = start;
      while (k < start + 2 && tokens[k] && BRIDGE.has(tokens[k]!.key)) k++;
      if (!tokens[k] || tokens[k]!.sentence !== tokens[person.tokenStart]!.sentence) continue;
      const found = cueAt(tokens, k);
      if (found) compareTie(ctx, person, found.end, tokens[k]!.script === 'ar' ? 'ar' : 'en', true, found.cue.only);
      // P, a Conservative, …: a side as a noun.
      else sideNoun(ctx, person, k);
    }
  }
  // «القيادي في حزب X سامر الخطيب», "X's P": the organisation, then the name.
  for (const org of all) {
    if (org.kind !== 'organisation') continue;
    const person = peopleByStart.get(org.tokenEnd);
    if (!person || tokens[person.tokenStart]!.sentence !== tokens[org.tokenStart]!.sentence) continue;
    const last = tokens[org.tokenEnd - 1]!;
    const possessive = /['’]s?$/.test(analysis.text.slice(last.oStart, last.oEnd)) || /^['’]s?\s/.test(analysis.text.slice(org.end, tokens[org.tokenEnd]!.oStart));
    let start = org.tokenStart - 1;
    let cue = false;
    for (; start >= Math.max(0, org.tokenStart - 4) && !cue; start--) cue = cueAt(tokens, start)?.end === org.tokenStart;
    if (cue || (possessive && last.script === 'latin')) compareTie(ctx, person, org.tokenStart, last.script === 'ar' ? 'ar' : 'en', true);
  }
}
