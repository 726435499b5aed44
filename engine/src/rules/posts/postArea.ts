/**
 * `post-holder`: a post whose title names its area after a linker ("operations manager for
 * south-west Wales", «مدير العمليات في جنوب غرب ويلز»), given in a draft with the same words before
 * the linker and the same place after it, but another point of the compass ("operations manager
 * for north Wales"). A vaguer area (the place with no point, or some of the post's own points),
 * the post's own area and words that are no such area pass. A post whose title names its place
 * after the linker ("country manager for Zambia", «مدير مكتب المنظمة في الأردن») given with another
 * known place there ("country manager for Malawi") is wrong too; a place inside the post's, or
 * containing it, is not another place. A constituency named by its place and a point of the
 * compass after it ("member of the Senedd for Cardiff North", "TD for Limerick South-Central",
 * «عضوة البرلمان عن كارديف الشمالية») given with the same place and another point ("for Cardiff
 * West") is wrong too; the place with no point, or with some of the post's own points, is vaguer.
 * The title is read from the post's own forms, since such posts (manager, officer, member) are not
 * the title heads the other checks read.
 */
import { nameKeys, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { Mention } from '../../mentions';
import type { Token } from '../../analysis';
import type { Post } from '../../factBase/schema';
import { COMPASS_POINTS, POINTS_AFTER_PLACE } from '../../lexicon/directions';
import { reportPostWords, type PostContext } from './context';

/** Words that put a post's area after its title (folded). */
const LINKERS = new Set(['for', 'of', 'in', 'في', 'عن']);

/** The points of the compass a folded word names: south → south, southwestern → south and west, شمال → north. */
export function compassPoints(key: string): string[] {
  const bare = key.replace(/^ال/, '');
  for (const point of COMPASS_POINTS) if (bare === point.ar || key === point.en || key === point.adjective) return [point.en];
  const compound = /^(north|south)(east|west)(ern)?$/.exec(key);
  return compound ? [compound[1]!, compound[2]!] : [];
}

/** A post's title split at its linker: the words before it, the area's points and the rest of the area. */
interface AreaForm {
  post: Entity<Post>;
  pre: string[];
  linker: string;
  points: string;
  base: string[];
  /** The area's compass words as the fact base writes them, or its place's name. */
  written: string;
  /** The places the area names, when it is a known place with no point of the compass. */
  places?: readonly string[];
  /** Set when the area's points follow its place (Cardiff North), not precede it (north Wales). */
  trailing?: true;
}

/** An area found in the draft: its tokens, and its points of the compass or the place it names. */
interface FoundArea {
  from: number;
  to: number;
  points: string;
  place?: string;
}

/**
 * The forms of the person's current posts whose area has a point of the compass, read once per
 * list of posts: the index's lists do not change while drafts are checked, and every person named
 * in every draft asks.
 */
function areaForms(knowledge: KnowledgeIndex, posts: readonly Entity<Post>[]): readonly AreaForm[] {
  let out = areaFormCache.get(posts);
  if (!out) {
    out = readAreaForms(knowledge, posts);
    areaFormCache.set(posts, out);
  }
  return out;
}

const areaFormCache = new WeakMap<readonly Entity<Post>[], readonly AreaForm[]>();
const NO_POSTS: readonly Entity<Post>[] = [];

/** The forms of the posts whose area has a point of the compass or is a known place (see {@link areaForms}). */
function readAreaForms(knowledge: KnowledgeIndex, posts: readonly Entity<Post>[]): AreaForm[] {
  const out: AreaForm[] = [];
  for (const post of posts) {
    if (post.fact.status === 'former') continue;
    for (const form of [...post.fact.title.ar, ...post.fact.title.en]) {
      const words = form.split(/\s+/).filter(Boolean);
      const keys = nameKeys(form);
      if (words.length !== keys.length) continue;
      const at = keys.findIndex((key, index) => index > 0 && LINKERS.has(key));
      if (at < 0) continue;
      const area = keys.slice(at + 1);
      let lead = 0;
      while (lead < area.length && compassPoints(area[lead]!).length > 0) lead++;
      const places = lead === 0 ? knowledge.placesNamed(area.join(' ')) : [];
      if (places.length > 0) out.push({ post, pre: keys.slice(0, at), linker: keys[at]!, points: '', base: [], written: words.slice(at + 1).join(' '), places });
      const trailing = trailingForm(post, keys, words, at);
      if (trailing) out.push(trailing);
      if (lead === 0 || lead === area.length) continue;
      const points = area.slice(0, lead).flatMap(compassPoints).sort().join(' ');
      out.push({ post, pre: keys.slice(0, at), linker: keys[at]!, points, base: area.slice(lead), written: words.slice(at + 1, at + 1 + lead).join(' ') });
    }
  }
  return out;
}

/** The points of the compass folded words give after a place, sorted, or none when one of them gives none. */
function pointsAfterPlace(keys: readonly string[]): string {
  const points = keys.map((key) => POINTS_AFTER_PLACE.get(key));
  return points.every((point) => point !== undefined) ? points.flat().sort().join(' ') : '';
}

/**
 * The form of a post's title whose area, after the linker at `at`, ends in points of the compass
 * after its place ("member of the Senedd for Cardiff North"): the points, and the place's words
 * (and any words between the linker and the place) as its base.
 */
function trailingForm(post: Entity<Post>, keys: readonly string[], words: readonly string[], at: number): AreaForm | undefined {
  let start = keys.length;
  while (start > at + 2 && POINTS_AFTER_PLACE.has(keys[start - 1]!)) start--;
  // A base of an article alone names no place ("minister for the North").
  if (start === keys.length || keys.slice(at + 1, start).every((key) => key === 'the')) return undefined;
  const points = pointsAfterPlace(keys.slice(start));
  return { post, pre: keys.slice(0, at), linker: keys[at]!, points, base: keys.slice(at + 1, start), written: words.slice(start).join(' '), trailing: true };
}

/** Whether the tokens from `start` hold `keys` one by one in one sentence. */
function holds(tokens: Token[], start: number, keys: readonly string[]): boolean {
  const sentence = tokens[start]?.sentence;
  return keys.every((key, offset) => tokens[start + offset]?.key === key && tokens[start + offset]!.sentence === sentence);
}

/** Checks the area of every post title given next to a known person. */
export function checkPostAreas(ctx: PostContext): void {
  const { knowledge, people } = ctx;
  for (const person of people) {
    const forms = areaForms(knowledge, knowledge.postsByHolder.get(person.entity) ?? NO_POSTS);
    for (const form of forms) {
      if (form.places) {
        const found = areaNear(ctx, person, form, (start) => placeAt(ctx, start));
        if (found?.place && !forms.some((other) => other.places?.some((place) => samePlace(knowledge, place, found.place!)) || placeOfTrailing(ctx.tokens, other, found))) reportArea(ctx, person, form, found);
        continue;
      }
      const found = areaNear(ctx, person, form, (start) => (form.trailing ? trailingAt(ctx.tokens, start, form) : compassAt(ctx.tokens, start, form)));
      // Another post of the person may name that area with the same words.
      // A part of the post's own points (south Wales for south-west Wales) is vaguer, not another area.
      const within = (other: AreaForm) => found!.points.split(' ').every((point) => other.points.split(' ').includes(point));
      const own = found && forms.some((other) => within(other) && other.trailing === form.trailing && other.linker === form.linker && other.pre.join(' ') === form.pre.join(' ') && other.base.join(' ') === form.base.join(' '));
      if (found && !own) reportArea(ctx, person, form, found);
    }
  }
}

/**
 * The draft's compass words of the post's title set off by a comma beside the name: after it
 * ("P, the agency's operations manager for north Wales") or before it ("… for north Wales, P").
 */
function areaNear(ctx: PostContext, person: Mention, form: AreaForm, areaAt: (start: number) => FoundArea | undefined): FoundArea | undefined {
  const { analysis, tokens, people } = ctx;
  const sentence = tokens[person.tokenStart]!.sentence;
  const otherPerson = (from: number, to: number) => people.some((other) => other !== person && other.tokenStart < to && other.tokenEnd > from);
  for (let start = Math.max(0, person.tokenStart - 12); start <= person.tokenEnd + 6 && start < tokens.length; start++) {
    if (tokens[start]!.sentence !== sentence || !holds(tokens, start, [...form.pre, form.linker])) continue;
    const found = areaAt(start + form.pre.length + 1);
    if (!found) continue;
    // The area's end: past the rest of the form's area after points before it (north Wales).
    const end = form.trailing ? found.to : found.to + form.base.length;
    const after = start >= person.tokenEnd;
    const before = end <= person.tokenStart;
    if (!after && !before) continue;
    const gapFrom = after ? person.tokenEnd : end;
    const gapTo = after ? start : person.tokenStart;
    if (otherPerson(gapFrom, gapTo) || gapTo - gapFrom > 5) continue;
    const gap = analysis.mask.slice(tokens[gapFrom - 1]!.oEnd, tokens[gapTo]!.oStart);
    // A title right before the name is the name's without a comma too.
    const adjoining = before && gapFrom === gapTo;
    if (!adjoining && !/[,،]/.test(gap.slice(0, after ? 3 : gap.length))) continue;
    return found;
  }
  return undefined;
}

/** The points of the compass from `areaStart`, followed by the rest of the form's area. */
function compassAt(tokens: Token[], areaStart: number, form: AreaForm): FoundArea | undefined {
  const sentence = tokens[areaStart]?.sentence;
  let end = areaStart;
  while (end < tokens.length && tokens[end]!.sentence === sentence && compassPoints(tokens[end]!.key).length > 0) end++;
  if (end === areaStart || !holds(tokens, end, form.base)) return undefined;
  const points = tokens.slice(areaStart, end).flatMap((token) => compassPoints(token.key)).sort().join(' ');
  return { from: areaStart, to: end, points };
}

/** The form's place from `areaStart`, followed by points of the compass (Cardiff West for Cardiff North); none without a point. */
function trailingAt(tokens: Token[], areaStart: number, form: AreaForm): FoundArea | undefined {
  if (!holds(tokens, areaStart, form.base)) return undefined;
  const from = areaStart + form.base.length;
  const sentence = tokens[areaStart]!.sentence;
  let end = from;
  while (end < tokens.length && tokens[end]!.sentence === sentence && POINTS_AFTER_PLACE.has(tokens[end]!.key)) end++;
  if (end === from) return undefined;
  return { from, to: end, points: pointsAfterPlace(tokens.slice(from, end).map((token) => token.key)) };
}

/** A known place named from `areaStart` (a fact base's or the gazetteer's). */
function placeAt(ctx: PostContext, areaStart: number): FoundArea | undefined {
  const place = ctx.nonPeople.find((mention) => mention.kind === 'place' && mention.tokenStart === areaStart);
  return place ? { from: areaStart, to: place.tokenEnd, points: '', place: place.entity } : undefined;
}

/**
 * Whether the draft's place is the place of a constituency form without its points ("MP for
 * Wolverhampton" for the MP for Wolverhampton West): vaguer, not another place.
 */
function placeOfTrailing(tokens: Token[], form: AreaForm, found: FoundArea): boolean {
  return !!form.trailing && found.to - found.from === form.base.length && holds(tokens, found.from, form.base);
}

/** Whether two places are one, or one lies inside the other (a town of the post's country is no other place). */
function samePlace(knowledge: KnowledgeIndex, a: string, b: string): boolean {
  return knowledge.same(a, b) || knowledge.placeWithin(a, b) || knowledge.placeWithin(b, a);
}

/** Reports another point of the compass than the post's own area's. */
function reportArea(ctx: PostContext, person: Mention, form: AreaForm, found: FoundArea): void {
  reportPostWords(ctx, person, form.post, form.written, found.from, found.to);
}
