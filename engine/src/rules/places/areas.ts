/**
 * The `event-place` rule's areas named by a direction without a town: a draft that writes "the
 * north of the country", «شمال البلاد», «شمال ويلز» or «شرق عمان» where the article sentence it
 * restates names an area of the fact base by another point of the compass ("south Wales", «جنوب
 * البلاد», "the south of the country") has moved what happened there. The area is the draft's own
 * words after the direction (البلاد, "the country", a place's name), matched with the article's
 * area when they are written alike, when they name the same place in either language (ويلز,
 * Wales), or when the draft says "the country" (البلاد) for the place that holds the article's area.
 *
 * Left alone: a compound direction (جنوب غرب البلاد, the south-west of the country), an area the
 * fact base names itself (the article names both), a sentence that restates no article sentence
 * naming such an area, or names another year or an earlier time (another occasion). "north Wales"
 * for "south Wales" is `compass.ts`'s.
 */
import type { Analysis, Token } from '../../analysis';
import type { KnowledgeIndex } from '../../knowledge';
import type { Place } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import type { Mention } from '../../mentions';
import { nameKeys } from '../../knowledge';
import { overlappingSentences } from '../../align';
import { mentions } from '../../mentions';
import { wrongRestatedPlace } from '../../messages';
import { COMPASS_POINTS, DIRECTIONS } from '../../lexicon/directions';
import { arabicDirectionNoun, partStart } from './direction';
import { earlierTimes } from './occasion';
import { namesOtherYear } from './restated';
import { placeChain } from './relation';

/** The point of the compass each direction word names (شمال, north, northern → north). */
const POINT: ReadonlyMap<string, string> = new Map(COMPASS_POINTS.flatMap((point) => [[nameKeys(point.ar)[0]!, point.en], [point.en, point.en], [point.adjective, point.en]]));
/** Every direction word, the centre's included: one before another makes a compound. */
const DIRECTION_WORDS: ReadonlySet<string> = new Set(DIRECTIONS.flatMap((direction) => [nameKeys(direction.ar)[0]!, direction.en, direction.adjective]));
/** The words for the country of the story, as a direction's complement (البلاد, the country). */
const COUNTRY_WORDS: readonly (readonly string[])[] = [['البلاد'], ['the', 'country']];

/** A draft's direction part: the direction word's token, its point, and the tokens of what follows. */
interface DraftArea {
  /** The first token of the part as reported (the direction, or "the" before it). */
  start: number;
  direction: number;
  point: string;
  /** The tokens of the area's complement (البلاد, "the country", a place's name). */
  placeStart: number;
  placeEnd: number;
  lang: 'ar' | 'en';
}

/** An area of the fact base read from one of its names: its point and the keys after it. */
interface NamedArea {
  point: string;
  rest: readonly string[];
}

/** Reads a name of a fact-base area: «جنوب البلاد», "south Wales", "southern Oman", "the south of the country". */
function namedArea(keys: readonly string[]): NamedArea | undefined {
  const [first, second, third] = keys;
  if (first === 'the' && second && third === 'of' && POINT.has(second) && keys.length > 3) return { point: POINT.get(second)!, rest: keys.slice(3) };
  if (!first || keys.length < 2 || !POINT.has(first) || DIRECTION_WORDS.has(second!)) return undefined;
  return { point: POINT.get(first)!, rest: keys.slice(1) };
}

/** Whether two lists of keys are equal. */
const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key, index) => key === b[index]);

/** The direction part starting at token `k`, if one starts there (see the module comment). */
function draftAreaAt(analysis: Analysis, k: number): DraftArea | undefined {
  const tokens = analysis.tokens;
  const token = tokens[k]!;
  const inSentence = (j: number): Token | undefined => (tokens[j]?.sentence === token.sentence ? tokens[j] : undefined);
  if (token.script === 'ar') {
    const noun = arabicDirectionNoun(token.key);
    const point = noun ? POINT.get(noun.noun) : undefined;
    const next = inSentence(k + 1);
    if (!point || !next || next.script !== 'ar' || arabicDirectionNoun(next.key)) return undefined;
    const before = inSentence(k - 1);
    if (before && !noun!.fused && arabicDirectionNoun(before.key)) return undefined;
    return { start: k, direction: k, point, placeStart: k + 1, placeEnd: k + 2, lang: 'ar' };
  }
  // "the north of the country", "the north of Wales".
  const point = POINT.get(token.key);
  if (!point || !COMPASS_POINTS.some((p) => p.en === token.key) || inSentence(k - 1)?.key !== 'the' || inSentence(k + 1)?.key !== 'of') return undefined;
  const next = inSentence(k + 2);
  if (!next) return undefined;
  const end = next.key === 'the' && inSentence(k + 3) ? k + 4 : k + 3;
  return { start: k - 1, direction: k, point, placeStart: k + 2, placeEnd: end, lang: 'en' };
}

/** Whether the draft's complement names the place the article's area is read from. */
function sameComplement(analysis: Analysis, knowledge: KnowledgeIndex, area: DraftArea, named: NamedArea, region: string, mention: Mention | undefined): boolean {
  const draftKeys = analysis.tokens.slice(area.placeStart, area.placeEnd).map((token) => token.key);
  const restNames = named.rest.join(' ');
  if (sameKeys(draftKeys.slice(0, named.rest.length), named.rest)) return true;
  // The same place in either language (ويلز for Wales).
  if (mention && knowledge.foldedNamesOf(mention.entity).has(restNames)) return true;
  // "the country", البلاد: the place that holds the article's area.
  const isCountryWords = COUNTRY_WORDS.some((words) => sameKeys(draftKeys.slice(0, words.length), words));
  if (isCountryWords && COUNTRY_WORDS.some((words) => sameKeys(named.rest, words))) return true;
  const container = placeChain(knowledge, region)[1];
  return isCountryWords && !!container && knowledge.foldedNamesOf(container.key).has(restNames);
}

/**
 * Reports each direction part of the draft (see the module comment) whose article area, in an
 * article sentence the draft sentence restates, is named by another point of the compass.
 */
export function checkDirectionAreas(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void): void {
  const tokens = analysis.tokens;
  let byToken: Map<number, Mention> | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const key = tokens[k]!.key;
    if (!DIRECTION_WORDS.has(key) && !(tokens[k]!.script === 'ar' && arabicDirectionNoun(key))) continue;
    const area = draftAreaAt(analysis, k);
    if (!area) continue;
    byToken ??= new Map(mentions(analysis, knowledge).map((mention) => [mention.tokenStart, mention]));
    const sentence = tokens[k]!.sentence;
    const mention = byToken.get(area.placeStart);
    // A part the draft names that is itself a place (North Korea, a fact-base area) is left alone.
    if (byToken.get(area.direction)?.kind === 'place') continue;
    if (mention?.kind === 'place' && mention.tokenEnd > area.placeEnd) area.placeEnd = mention.tokenEnd;
    const found = articleArea(analysis, knowledge, area, sentence, mention);
    if (!found) continue;
    const from = area.lang === 'ar' ? partStart(analysis, { start: area.direction, cue: area.direction - 1, fused: false }) : tokens[area.direction]!.oStart;
    const end = tokens[area.placeEnd - 1]!.oEnd;
    const actual = analysis.text.slice(from, end);
    const word = area.lang === 'ar' ? COMPASS_POINTS.find((point) => point.en === found.point)!.ar : found.point;
    const expected = `${word}${analysis.text.slice(tokens[area.direction]!.oEnd, end)}`;
    report({
      ruleId: 'event-place',
      range: { start: from, end },
      lang: area.lang,
      message: wrongRestatedPlace({ place: knowledge.names(found.region), actual }),
      actual,
      expected,
      fix: { text: expected },
      factId: knowledge.entity(found.region)?.id,
      evidence: knowledge.evidenceOf(found.region),
    });
    k = area.placeEnd - 1;
  }
}

/** The article's area of another point that the draft's part stands for, in a sentence it restates. */
function articleArea(analysis: Analysis, knowledge: KnowledgeIndex, area: DraftArea, sentence: number, mention: Mention | undefined): { region: string; point: string } | undefined {
  if (earlierTimes(analysis, knowledge).has(sentence)) return undefined;
  const aligned = overlappingSentences(analysis, knowledge, sentence);
  if (aligned.length === 0 || namesOtherYear(analysis, knowledge, sentence, aligned)) return undefined;
  let found: { region: string; point: string } | undefined;
  for (const article of aligned) {
    for (const slot of article.places) {
      const region = knowledge.entity<Place>(slot.entity);
      if (!region?.factBase || region.fact.kind !== 'region') continue;
      for (const name of knowledge.foldedNamesOf(slot.entity)) {
        const named = namedArea(name.split(' '));
        if (!named || !sameComplement(analysis, knowledge, area, named, slot.entity, mention)) continue;
        // The article names the draft's own area: it is right.
        if (named.point === area.point) return undefined;
        found ??= { region: slot.entity, point: named.point };
      }
    }
  }
  return found;
}

