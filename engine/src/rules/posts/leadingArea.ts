/**
 * `post-holder`: a post whose title names its area by points of the compass before its head ("North
 * East representative"), given in a draft by a title of the post's family that names another point:
 * before the head ("North West representative") or after في, for or in («ممثل النقابة في شمال غرب
 * إنجلترا», "representative for the North West"). The title is read by its family, not by its words,
 * so a draft in the other language than the fact base's titles is compared too. The post's own
 * points, or some of them (a vaguer area: north England for North East), pass, and so do points
 * outside the title (said after it, of something else).
 */
import { nameKeys, type Entity } from '../../knowledge';
import type { Token } from '../../analysis';
import type { Mention } from '../../mentions';
import type { Post } from '../../factBase/schema';
import { titlesOf, type Title } from '../../titles';
import { COMPASS_POINTS } from '../../lexicon/directions';
import { ROLE_FAMILY } from '../../lexicon/words';
import { reportPostWords, type PostContext } from './context';
import { titleAccepts } from './titleAccepts';
import { compassPoints } from './postArea';

/** Words that put an area after a title's head (folded). */
const LINKERS = new Set(['for', 'in', 'في']);

/** A word of the article an English area may have after its linker ("for the North West"). */
const ARTICLE = 'the';

/** A post's area named by points of the compass before its head: the points, sorted, and as written. */
interface LeadingArea {
  post: Entity<Post>;
  points: string[];
  written: string;
}

/** The leading areas of the person's current posts: a title of compass words followed by a head ("North East representative"). */
function leadingAreas(posts: readonly Entity<Post>[]): LeadingArea[] {
  const out: LeadingArea[] = [];
  for (const post of posts) {
    if (post.fact.status === 'former' || post.fact.until) continue;
    for (const form of post.fact.title.en) {
      const words = form.split(/\s+/).filter(Boolean);
      const keys = nameKeys(form);
      if (words.length !== keys.length) continue;
      let lead = 0;
      while (lead < keys.length && compassPoints(keys[lead]!).length > 0) lead++;
      if (lead === 0 || lead === keys.length) continue;
      out.push({ post, points: keys.slice(0, lead).flatMap(compassPoints).sort(), written: words.slice(0, lead).join(' ') });
    }
  }
  return out;
}

/** A run of compass words in the draft: its tokens and points. */
interface FoundPoints {
  from: number;
  to: number;
  points: string[];
}

/** The run of compass words from `start` in the sentence of `start`, when there is one and it opens no place's name. */
function runFrom(tokens: readonly Token[], start: number, placeEnds: readonly number[]): FoundPoints | undefined {
  const sentence = tokens[start]?.sentence;
  let end = start;
  while (end < tokens.length && tokens[end]!.sentence === sentence && compassPoints(tokens[end]!.key).length > 0) end++;
  // A place whose name opens with the compass words (South Tyneside) is no area of its own.
  if (end === start || placeEnds[start]! > end) return undefined;
  return { from: start, to: end, points: tokens.slice(start, end).flatMap((token) => compassPoints(token.key)).sort() };
}

/** For each token, the end of the place mention that covers it (0 where none does). */
function placeEndsOf(length: number, nonPeople: readonly Mention[]): number[] {
  const ends = new Array<number>(length).fill(0);
  for (const mention of nonPeople) if (mention.kind === 'place') for (let k = mention.tokenStart; k < mention.tokenEnd && k < length; k++) ends[k] = mention.tokenEnd;
  return ends;
}

/**
 * The compass words of a title: right before its head ("North West representative"), or after a
 * linker inside the title or right after it in its clause ("representative for the North West",
 * «ممثل النقابة في شمال غرب إنجلترا»).
 */
function titlePoints(tokens: readonly Token[], title: Title, placeEnds: readonly number[]): FoundPoints | undefined {
  let start = title.headStart;
  while (start > Math.max(title.start - 1, title.headStart - 3, 0) && compassPoints(tokens[start - 1]!.key).length > 0) start--;
  if (start < title.headStart && tokens[start]!.sentence === tokens[title.headStart]!.sentence) return { from: start, to: title.headStart, points: tokens.slice(start, title.headStart).flatMap((token) => compassPoints(token.key)).sort() };
  const clause = tokens[title.headStart]!.clause;
  for (let k = title.headEnd; k <= title.end && k < tokens.length && tokens[k]!.clause === clause; k++) {
    if (!LINKERS.has(tokens[k]!.key)) continue;
    const found = runFrom(tokens, tokens[k + 1]?.key === ARTICLE ? k + 2 : k + 1, placeEnds);
    if (found && tokens[found.from]!.clause === clause) return found;
  }
  return undefined;
}

/** The points as the draft's language writes them: «شمال شرق» in Arabic, the fact base's words in English. */
function writtenIn(area: LeadingArea, arabic: boolean): string {
  if (!arabic) return area.written;
  const order = ['north', 'south', 'east', 'west'];
  return [...area.points].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((point) => COMPASS_POINTS.find((each) => each.en === point)!.ar).join(' ');
}

/** Checks the compass words of every title of a leading area's family given to its holder. */
export function checkLeadingAreas(ctx: PostContext): void {
  const { analysis, knowledge, allTitles, people, nonPeople, tokens } = ctx;
  let placeEnds: number[] | undefined;
  for (const person of people) {
    const areas = leadingAreas(knowledge.postsByHolder.get(person.entity) ?? []);
    if (areas.length === 0) continue;
    for (const title of titlesOf(analysis, allTitles, person, people, nonPeople)) {
      const area = areas.find((each) => titleAccepts(title.family, ROLE_FAMILY[each.post.fact.role]));
      placeEnds ??= placeEndsOf(tokens.length, nonPeople);
      const found = area && titlePoints(tokens, title, placeEnds);
      if (!area || !found) continue;
      // The post's own area, or a vaguer one, is no other area.
      if (areas.some((each) => found.points.every((point) => each.points.includes(point)))) continue;
      reportPostWords(ctx, person, area.post, writtenIn(area, tokens[found.from]!.script === 'ar'), found.from, found.to);
    }
  }
}
