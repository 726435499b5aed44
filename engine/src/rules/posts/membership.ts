/**
 * `affiliation` (and `post-holder` for a company): membership and leadership said outside a title
 * — «سامر الخطيب، أحد قادة حزب X», «عضو في X», «من أعضاء X», «القيادي في X», «المنتمي إلى X»,
 * «النائب عن كتلة X فلان», "P, a member of X", "P, a senior figure in X", "P, who is a leading
 * member of X", "X's P". The organisation named is compared with the person's own ties and posts
 * (compareTie): a person tied to another party, bloc or camp than the article's is reported.
 *
 * The cue must stand right after the person's name (a comma, "who is" or الذي between them), or
 * right before the organisation that the name follows («القيادي في حزب X سامر الخطيب»).
 */
import { wordKey } from '../../tokenKey';
import type { Mention } from '../../mentions';
import type { Token } from '../../analysis';
import { compareTie } from './unknownOrganisation';
import type { PostContext } from './context';

/** Folds a cue word the way the analyser folds the draft. */

/** The words that say "member of" or "leader in", before the organisation, in both languages. */
const CUES: readonly (readonly string[])[] = [
  // Arabic: one of the leaders of, one of the members of, a member (in), the leading figure in, belonging to, the deputy for.
  'أحد قادة', 'أحد أبرز قادة', 'من قادة', 'من أبرز قادة', 'أحد قيادات', 'من قيادات', 'إحدى قيادات',
  'أحد أعضاء', 'من أعضاء', 'إحدى عضوات', 'عضو في', 'عضوة في', 'العضو في', 'العضوة في', 'عضو', 'عضوة',
  'القيادي في', 'القيادية في', 'قيادي في', 'قيادية في', 'القيادي البارز في', 'القيادية البارزة في',
  'المنتمي إلى', 'المنتمية إلى', 'المنتمي', 'المنتمية', 'الذي ينتمي إلى', 'التي تنتمي إلى', 'ينتمي إلى', 'تنتمي إلى',
  'نائب عن', 'النائب عن', 'نائبة عن', 'النائبة عن',
  // English.
  'a member of', 'member of', 'a senior member of', 'a leading member of', 'a founding member of', 'a prominent member of',
  'a senior figure in', 'a leading figure in', 'a key figure in', 'a senior figure of', 'a prominent figure in',
  'one of the leaders of', 'a leader of', 'a senior leader of', 'a senior leader in',
].map((cue) => cue.split(' ').map((word) => wordKey(word)));

/** Cues by their first word. */
const BY_FIRST = new Map<string, (readonly string[])[]>();
for (const cue of CUES) {
  const list = BY_FIRST.get(cue[0]!) ?? [];
  list.push(cue);
  BY_FIRST.set(cue[0]!, list);
}

/** Words that may stand between a name and its cue: "who is", الذي, وهو. */
const BRIDGE = new Set(['who', 'is', 'was', 'الذي', 'التي', 'وهو', 'وهي', 'هو', 'هي'].map((word) => wordKey(word)));

/** The end (exclusive) of the longest cue that starts at token `index`, in its sentence. */
function cueEnd(tokens: Token[], index: number): number | undefined {
  const first = tokens[index];
  const cues = first && BY_FIRST.get(first.key);
  if (!cues) return undefined;
  let best: number | undefined;
  for (const cue of cues) {
    if (index + cue.length > tokens.length) continue;
    if (cue.every((key, i) => tokens[index + i]!.key === key && tokens[index + i]!.sentence === first.sentence)) best = Math.max(best ?? 0, index + cue.length);
  }
  return best;
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
    // P, a member of X; P, who is a member of X; P، أحد قادة X.
    let wordKey = person.tokenEnd;
    while (wordKey < person.tokenEnd + 2 && tokens[wordKey] && BRIDGE.has(tokens[wordKey]!.key)) wordKey++;
    if (!tokens[wordKey] || tokens[wordKey]!.sentence !== tokens[person.tokenStart]!.sentence) continue;
    const end = cueEnd(tokens, wordKey);
    if (end !== undefined) compareTie(ctx, person, end, tokens[wordKey]!.script === 'ar' ? 'ar' : 'en', true);
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
    for (; start >= Math.max(0, org.tokenStart - 4) && !cue; start--) cue = cueEnd(tokens, start) === org.tokenStart;
    if (cue || (possessive && last.script === 'latin')) compareTie(ctx, person, org.tokenStart, last.script === 'ar' ? 'ar' : 'en', true);
  }
}
