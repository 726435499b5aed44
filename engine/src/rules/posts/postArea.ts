/**
 * `post-holder`: a post whose title names its area after a linker ("operations manager for
 * south-west Wales", «مدير العمليات في جنوب غرب ويلز»), given in a draft with the same words before
 * the linker and the same place after it, but another point of the compass ("operations manager
 * for north Wales"). A vaguer area (the place with no point, or some of the post's own points),
 * the post's own area and words that are no such area pass. A post whose title names its place
 * after the linker ("country manager for Zambia", «مدير مكتب المنظمة في الأردن») given with another
 * known place there ("country manager for Malawi") is wrong too; a place inside the post's, or
 * containing it, is not another place. The title is read from the post's own forms, since such
 * posts (manager, officer) are not the title heads the other checks read.
 */
import { nameKeys, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { Mention } from '../../mentions';
import type { Token } from '../../analysis';
import type { Post } from '../../factBase/schema';
import { COMPASS_POINTS } from '../../lexicon/directions';
import { reportPostWords, type PostContext } from './context';

/** Words that put a post's area after its title (folded). */
const LINKERS = new Set(['for', 'of', 'in', 'في']);

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
      if (lead === 0 || lead === area.length) continue;
      const points = area.slice(0, lead).flatMap(compassPoints).sort().join(' ');
      out.push({ post, pre: keys.slice(0, at), linker: keys[at]!, points, base: area.slice(lead), written: words.slice(at + 1, at + 1 + lead).join(' ') });
    }
  }
  return out;
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
        if (found?.place && !forms.some((other) => other.places?.some((place) => samePlace(knowledge, place, found.place!)))) reportArea(ctx, person, form, found);
        continue;
      }
      const found = areaNear(ctx, person, form, (start) => compassAt(ctx.tokens, start, form));
      // Another post of the person may name that area with the same words.
      // A part of the post's own points (south Wales for south-west Wales) is vaguer, not another area.
      const within = (other: AreaForm) => found!.points.split(' ').every((point) => other.points.split(' ').includes(point));
      const own = found && forms.some((other) => within(other) && other.linker === form.linker && other.pre.join(' ') === form.pre.join(' ') && other.base.join(' ') === form.base.join(' '));
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
    const end = found.to;
    const after = start >= person.tokenEnd;
    const before = end + form.base.length <= person.tokenStart;
    if (!after && !before) continue;
    const gapFrom = after ? person.tokenEnd : end + form.base.length;
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

/** A known place named from `areaStart` (a fact base's or the gazetteer's). */
function placeAt(ctx: PostContext, areaStart: number): FoundArea | undefined {
  const place = ctx.nonPeople.find((mention) => mention.kind === 'place' && mention.tokenStart === areaStart);
  return place ? { from: areaStart, to: place.tokenEnd, points: '', place: place.entity } : undefined;
}

/** Whether two places are one, or one lies inside the other (a town of the post's country is no other place). */
function samePlace(knowledge: KnowledgeIndex, a: string, b: string): boolean {
  return knowledge.same(a, b) || knowledge.placeWithin(a, b) || knowledge.placeWithin(b, a);
}

/** Reports another point of the compass than the post's own area's. */
function reportArea(ctx: PostContext, person: Mention, form: AreaForm, found: FoundArea): void {
  reportPostWords(ctx, person, form.post, form.written, found.from, found.to);
}
