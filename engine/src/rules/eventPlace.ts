/**
 * Rule `event-place`: an event of the fact base put in the wrong place ("المفاوضات في نيويورك"
 * for talks in Washington, "the latest Israeli strike on Aden" for Hodeidah). A place is tied to
 * the event whose trigger word is nearest in the same clause; a one-word trigger must be backed by
 * the sentence (a participant, the event's place, another trigger). A place that contains the
 * event's place, or lies inside it, agrees with it (اليمن for the Hodeidah strike). A place written
 * right after a speech verb (said in Karachi that …, speaking in Karachi, «وقالت في القاهرة إن») is
 * where the words were said, not the place of an event word after it. A place written
 * right after a noun for people (فصائل في بغداد, officials in Baghdad) or, in English, right before
 * one ("Mwanza officials said"), in a person's life story
 * (who grew up in X, المولود في X), or as part of a title (السفيرة لدى العراق), is not compared, nor is another place in a sentence that already names the
 * event's own. A place after a locative of direction (taken to X, «نُقل إلى X») with no trigger
 * near is compared only with the place of the restated article sentence on the same word.
 *
 * The object of a verb of striking is a place as after a locative (ضرب الزلزال الجزائر, the fire hit
 * Cardiff), and the trigger that is the subject of such a verb, or of a verb of occurring (وقع
 * الزلزال في X), is tied to the event without other backing; so is a trigger in a sentence that
 * restates the event's article sentence. A place that an article sentence the draft restates names
 * is the article's only when the two share two words or names besides it: the place's name alone
 * does not make the restatement ("The blaze broke out in Cardiff" for the statement in Cardiff). A
 * landscape or a part named by a direction in the event's country is not compared (the gazetteer
 * cannot tell whether it holds the event's place).
 *
 * "into" is a locative of direction (the typhoon slammed into the Visayas), and so are the words of a
 * heading (moves towards Toowoomba, «نحو», «باتجاه»: `HEADING_WORDS`). A place after a heading is
 * where something goes, not where its event happened («أول شحنة نحو إسبانيا» for the first cargo
 * that left Sfax): it is compared only with the restated sentence's slot on the same word.
 * The place a verb of setting out leaves from ("sailed from Libya", «أبحر القارب من ليبيا») is its own
 * event's place, compared with no other event's (`extract/departures.ts`). Any other place after
 * "from" or «من» (a farmer from Jerash, «حاجة من الكرك») is where someone or something comes from,
 * compared only with the restated sentence's slot of origin on the same word (`align.ts`).
 * A town named by its distance from the event ("30 km south of Herat", «على بعد 30 كلم جنوب غرب
 * كركوك», "20 km from Herat") is compared as after "near" (`extract/placeDistances.ts`).
 *
 * A part of a country or region named by a direction ("in the north of England", «بجنوب إسبانيا»)
 * is compared as its place and reported whole, and an area named by a direction without a town ("the
 * north of the country", «شمال البلاد») with the restated sentence's area (`places/areas.ts`); the object of a verb of visiting (visited Cardiff,
 * «زار مراكش») is the visit's place; a clause of place after a place ("travelled to Bowen, where she
 * told reporters", «حيث عقد ندوة صحفية», a day between them or not) ties its event to the place, and
 * "for" after a verb of leaving is a locative ("headed for Sousse"); a word of sequence between the
 * place and the event's word puts them at two times ("flew to Sousse after the news conference",
 * «عقب الندوة»), and the place is not the event's. A settlement named by a nationality adjective
 * ("struck Algerian villages", «ضرب الزلزال قرى جزائرية»), or a venue that lies where its adjective
 * says ("held in an Egyptian port", «بفندق ليبي»; not "an Egyptian port operator"), puts the event
 * in that country (`places/adjectives.ts`). A sea or a region of several countries (the Red Sea, the
 * Maghreb: `places/relation.ts` `beyondCountries`) never contradicts a place inside a country ("a
 * Red Sea port" for Aqaba). A place the restated article
 * sentence gives another event of the story, one the draft sentence does not name, does not excuse
 * the place ("travelled to Cardiff to visit the site"). A venue no gazetteer lists is compared
 * with the venue of its kind the restated sentence names, or else with a known venue of another
 * kind that follows the same word ("held at the Royal Cultural Centre" for the Movenpick hotel,
 * «عقدتها بقاعة بلدية صفاقس» for «بمقر الولاية»: `places/venues.ts`); a venue no gazetteer lists
 * named right after the word of an event the fact base puts in a building is compared with that
 * building ("finished at the Citadel" for the Roman Theatre: `places/eventVenues.ts`), and a place no
 * gazetteer lists, marked by its construction ("the town of Sehwan", "Punjab province", «بمدينة
 * العبور»), with the place of the restated sentence's slot (`places/unlisted.ts`). A place swapped in
 * a list of three or more, all the article's but one where an article sentence lists the others
 * beside one more ("from Fez, Meknes and Agadir" for «من فاس ومكناس ووجدة»), is compared with that
 * one, with no trigger word or shared words and across languages (`places/listSwaps.ts`); so is the
 * second place of a pair ("in Iringa and Dodoma" for Iringa and Mbeya) where the article sentence
 * the draft restates most closely lists the first with exactly one other. An end of a route changed
 * while the other end stays ("a railway line from Cairo to Alexandria" for Tanta to Alexandria,
 * «من القيروان إلى صفاقس») is compared with the route of that sentence (`places/routes.ts`), and a
 * route whose two ends are swapped ("from Alexandria to Tanta", «من صفاقس إلى سوسة») is reported whole. A title in the
 * sentence that names a post of one of the event's participants ("the premier", «الوزير») backs its
 * trigger as the participant's name would. A sentence dated to an earlier time than the event ("last
 * year", "two years ago", «العام الماضي», «قبل عامين»; not a figure's time, «مقابل 37 في المئة العام
 * الماضي») speaks of another occasion, and its places are not compared (`places/occasion.ts`); so
 * does one that names only years before the event's ("a fire broke out in Cardiff in 2019"). An
 * event word of the other language than the fact base's (الحريق for an English base's "fire") names
 * its event where the event has no word in that language (`places/otherLanguage.ts`), and a word of
 * another event of the story at the same place backs an event's word ("houses collapsed in Oran in
 * the earthquake", `places/eventPairs.ts`). A district of the event's city that the gazetteer lists
 * is wrong where the fact base puts the event in another listed district ("in Sketty" for
 * Llansamlet), and may hold a place the fact base puts in the city alone (`places/relation.ts`).
 * The event happened in each place of the list its article sentence names with its own place ("in
 * Tanta and Mansoura"), so a place that agrees with another place of that list agrees with the
 * event («في محافظة الدقهلية» for Mansoura), though a drawn event keeps only the first
 * (`places/pairedPlaces.ts`).
 */
import type { Rule } from './rule';
import { mentions } from '../mentions';
import { hitsAround, supportedEvents, type TriggerHit } from '../events';
import { nationalityOf, titles, type Title } from '../titles';
import { titleAccepts } from './posts/titleAccepts';
import { tokenStems } from '../knowledge';
import { tokenLang } from '../analysis';
import { weekdayAt } from '../extract/weekdays';
import { ALL_SPEECH_VERBS, SPEAKING_WORDS } from '../lexicon/speech';
import { ACTOR_NOUNS, BIOGRAPHY_WORDS, DEPARTURE_VERBS, HEADING_WORDS, HOME_TOWN_NOUNS, TIME_ADVERBS, ROLE_FAMILY, LOCATIVES, NEIGHBOURING_WORDS, ORIGIN_WORDS, SEQUENCE_WORDS, OCCURRENCE_VERBS, PLACE_NOUNS, PLACE_UNIT_LEVEL, REACH_VERBS, RELATIVE_WORDS, STRIKE_VERBS, VISIT_VERBS } from '../lexicon/words';
import type { Place } from '../factBase/schema';
import { swappedRoute, wrongPlace, wrongRestatedPlace } from '../messages';
import { otherOccasion, restatedWith, restatesEvidence, sharedOutside } from '../align';
import type { Mention } from '../mentions';
import type { KnowledgeIndex } from '../knowledge';
import type { Analysis } from '../analysis';
import type { ArticleSentence } from '../align';
import type { Entity } from '../knowledge';
import type { Event } from '../factBase/schema';
import type { RuleContext } from './rule';
import type { EvidenceRef } from '../types';
import { restatedPlace, type RestatedPlace } from './places/restated';
import { listSwaps } from './places/listSwaps';
import { routeChanges, type RouteChange } from './places/routes';
import { checkCompassParts } from './places/compass';
import { checkUnknownVenues } from './places/venues';
import { checkEventVenues } from './places/eventVenues';
import { checkUnlistedPlaces } from './places/unlisted';
import { checkDirectionAreas } from './places/areas';
import { checkAdjectivePlaces } from './places/adjectives';
import { beyondCountries, countryOf, districtMayHold, mayOverlap, namedAfter, placeFix, placeName } from './places/relation';
import { directionPart, partStart, type DirectionPart } from './places/direction';
import { atAnotherTime } from './places/occasion';
import { otherLanguageHit, placeTriggerHits } from './places/otherLanguage';
import { pairedEvents } from './places/eventPairs';
import { distanceBefore } from '../extract/placeDistances';
import { departureVerb } from '../extract/departures';
import { inOneList, placeLists } from './places/lists';
import { articleList } from './places/articleLists';
import { listedBesideEventPlace } from './places/pairedPlaces';

const LOCATIVE = new Set(LOCATIVES);
const HEADING = new Set(HEADING_WORDS);
const STRIKE = new Set(STRIKE_VERBS);
const VISIT = new Set(VISIT_VERBS);
const REACH = new Set(REACH_VERBS);
const OCCUR = new Set(OCCURRENCE_VERBS);
const RELATIVES = new Set(RELATIVE_WORDS);
const ACTORS = new Set(ACTOR_NOUNS);
const BIOGRAPHY = new Set(BIOGRAPHY_WORDS);
const HOME_TOWN = new Set(HOME_TOWN_NOUNS);
const PLACE_NOUN = new Set(PLACE_NOUNS);
const NEIGHBOURING = new Set(NEIGHBOURING_WORDS);
const SEQUENCE = new Set(SEQUENCE_WORDS);
const DEPARTURE = new Set(DEPARTURE_VERBS);
const UNIT_WORD = new Set(Object.keys(PLACE_UNIT_LEVEL));
/** English articles that may stand between a locative and a place used before its noun. */
const ARTICLES = new Set(['a', 'an', 'the']);
const STRICT_LOCATIVE = new Set(['في', 'in', 'at', 'inside', 'داخل']);
/** Words before the place where someone or something comes from (`ORIGIN_WORDS`). */
const ORIGIN = new Set(ORIGIN_WORDS);

export const eventPlace: Rule = {
  id: 'event-place',
  category: 'place',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'An event is placed somewhere other than where the article puts it.',
    ar: 'حدث نُسب إلى مكان غير الذي يذكره المقال.',
  },
  check({ analysis, knowledge, report, documentDate }) {
    for (const checkPart of [checkCompassParts, checkDirectionAreas]) checkPart(analysis, knowledge, report);
    const comparedVenues = checkUnknownVenues(analysis, knowledge, report);
    checkAdjectivePlaces(analysis, knowledge, report, documentDate);
    // Without a trigger word, a place may still fill another place's slot in a restated sentence.
    // An event word of the other language counts where the event has none in it (`places/otherLanguage.ts`).
    const hits = placeTriggerHits(analysis, knowledge);
    checkEventVenues(analysis, knowledge, report, hits, comparedVenues);
    const all = mentions(analysis, knowledge);
    checkUnlistedPlaces(analysis, knowledge, report, all);
    // A place swapped in a list of the article's places, or at an end of a route, is reported once, here.
    const swapped = reportListSwaps(analysis, knowledge, report, all);
    for (const place of all) if (place.kind === 'place' && !swapped.has(place)) reportOrigin(analysis, knowledge, place, report);
    const scan = placeScan({ analysis, knowledge, report, documentDate }, hits, all, swapped);
    let previousCued: TokenSpan | undefined;
    for (const place of all) {
      if (place.kind !== 'place' || swapped.has(place)) continue;
      const cued = readCue(scan, place, previousCued);
      if (!cued) continue;
      const chain = previousCued && place.tokenStart - previousCued.end <= 3 ? { start: previousCued.start, end: place.tokenEnd } : { start: place.tokenStart, end: place.tokenEnd };
      previousCued = chain;
      checkPlace(scan, place, cued, chain);
    }
  },
};

/** A span of tokens, `[start, end)`. */
interface TokenSpan {
  start: number;
  end: number;
}

/** What the rule reads once per draft for every place it compares with an event's. */
interface PlaceScan {
  analysis: Analysis;
  knowledge: KnowledgeIndex;
  report: RuleContext['report'];
  documentDate: RuleContext['documentDate'];
  /** The trigger hits of the draft, those of the other language included. */
  hits: readonly TriggerHit[];
  /** The places already reported as swapped in a list of the article's places. */
  swapped: ReadonlySet<Mention>;
  /** Every mention of the draft. */
  all: readonly Mention[];
  /** The trigger hits around a token. */
  near: HitsNear;
  /** The titles of a sentence: a participant's title backs its event's trigger. */
  sentenceTitles: (sentence: number) => Title[];
  /** 1 on the tokens that belong to a title (`titleMarks`). */
  titleNear: Uint8Array;
  /** 1 on the tokens of places and organisations, which take a place after them for themselves. */
  blockers: Uint8Array;
  /** 1 on the tokens of a place in the possessive ("Yemen's port of Mukalla"). */
  possessivePlace: Uint8Array;
}

/** Reads, once per draft, the titles, trigger hits and marks the places are compared with. */
function placeScan(context: Pick<RuleContext, 'analysis' | 'knowledge' | 'report' | 'documentDate'>, hits: readonly TriggerHit[], all: readonly Mention[], swapped: ReadonlySet<Mention>): PlaceScan {
  const { analysis } = context;
  const tokens = analysis.tokens;
  // Tokens up to two words after a title (السفيرة لدى العراق) belong to it (`titleMarks`).
  // The titles of each sentence, read once: a participant's title backs its event's trigger.
  const allTitles = titles(analysis, context.knowledge);
  const sentenceTitles = (sentence: number) => allTitles.filter((title) => tokens[title.headStart]!.sentence === sentence);
  // Places and organisations between a trigger and a place take the place for themselves
  // (مستقبل مهمة التحالف الدولي في العراق) when they stand right before its locative; further
  // back they are the trigger's subject or object («وقّعت مصر الاتفاق في دبي»).
  const blockers = new Uint8Array(tokens.length);
  for (const mention of all) if (mention.kind === 'place' || mention.kind === 'organisation') for (let k = mention.tokenStart; k < mention.tokenEnd; k++) blockers[k] = 1;
  const possessivePlace = new Uint8Array(tokens.length);
  for (const mention of all) {
    if (mention.kind === 'place' && /^['’]s\b/i.test(analysis.text.slice(mention.end, mention.end + 3))) for (let k = mention.tokenStart; k < mention.tokenEnd; k++) possessivePlace[k] = 1;
  }
  return { ...context, documentDate: context.documentDate, hits, all, swapped, near: hitsNearBy(tokens.length, hits), sentenceTitles, titleNear: titleMarks(analysis, allTitles, hits), blockers, possessivePlace };
}

/** How a place is tied to the words before it: its locative or other cue, and what kind it is. */
interface PlaceCue {
  /** The token of the locative or verb before the place (-1 when there is none). */
  cue: number;
  /** A part of the place named by a direction ("in the north of England"). */
  direction: DirectionPart | undefined;
  /** Whether a locative, a verb or a list ties the place to what happened. */
  hasCue: boolean;
  /** Whether a unit noun says the name is a place («مدينة X», "the city of X"). */
  constructed: boolean;
  /** Whether the cue is a locative of place proper (في, in, at, ب), not of direction (to, on, near). */
  strictCue: boolean;
  /** Whether the place is the object of a verb of striking. */
  struck: boolean;
  /** Whether the place is the object of a verb of visiting. */
  visited: boolean;
  /** The verb of setting out the place is the start of, if any (`extract/departures.ts`). */
  setOut: number | undefined;
  /** The trigger hit said to strike or occur at the place, if any. */
  subject: TriggerHit | undefined;
  /** Whether a word of heading cues the place (towards X, «نحو X», «باتجاه X»): where something goes. */
  heading: boolean;
}

/**
 * The token of the locative before a place: over a part named by a direction, place nouns,
 * nationalities, a country in the possessive, an adjective of adjacency and, before a noun the
 * place describes or after a locative, an article.
 */
function cueBefore(scan: PlaceScan, place: Mention, direction: DirectionPart | undefined): number {
  const { analysis, possessivePlace } = scan;
  const tokens = analysis.tokens;
  let cue = direction ? direction.cue : place.tokenStart - 1;
  // Place nouns, nationalities, a country in the possessive and an adjective of adjacency may
  // stand between the locative and the place: "in the Yemeni port of Mukalla", "on Yemen's
  // port of Mukalla", "in neighbouring Balochistan".
  while (cue >= 0 && (PLACE_NOUN.has(tokens[cue]!.key) || nationalityOf(tokens[cue]) || possessivePlace[cue] || NEIGHBOURING.has(tokens[cue]!.key))) cue--;
  // A place before the noun it locates, after an article: "at a Cardiff recycling plant".
  // So may "the" after "into" or a locative: "slammed into the Visayas", "in the Bicol region".
  if (cue === place.tokenStart - 1 && ARTICLES.has(tokens[cue]?.key ?? '') && (beforeNoun(analysis, place) || theAfterLocative(tokens, cue))) cue--;
  return cue;
}

/**
 * Whether a place without a cue of its own is joined to the place cued before it: "في غزة ورفح",
 * "in Gaza and Khan Younis", or inside its phrase ("on Yemen's port of Mukalla").
 */
function joinedToCued(analysis: Analysis, place: Mention, cue: number, previousCued: TokenSpan | undefined): boolean {
  const tokens = analysis.tokens;
  const first = tokens[place.tokenStart]!;
  if (!previousCued) return false;
  if (cue >= previousCued.start && cue < previousCued.end && tokens[cue]!.sentence === first.sentence) return true;
  const cueToken = tokens[cue];
  if (!cueToken || cueToken.sentence !== first.sentence) return false;
  return ((cueToken.key === 'and' || cueToken.key === 'و' || cueToken.key === 'or') && cue === previousCued.end) || (place.tokenStart === previousCued.end && analysis.text.slice(first.oStart, place.start) === 'و');
}

/**
 * How a place is cued (`PlaceCue`), or undefined when it is not compared at all: a place in the
 * possessive ("Israel's strike") is who acted, and a place with neither a cue nor a unit noun is
 * not said to be where anything happened.
 */
function readCue(scan: PlaceScan, place: Mention, previousCued: TokenSpan | undefined): PlaceCue | undefined {
  const { analysis, knowledge } = scan;
  const tokens = analysis.tokens;
  const first = tokens[place.tokenStart]!;
  // "in the north of England", «بجنوب إسبانيا»: a part of the place named by a direction.
  // "30 km south of Herat", «على بعد 30 كلم جنوب غرب كركوك»: near the place, as after "near"
  // (`extract/placeDistances.ts`); its direction is from the place, not a part of it.
  const distant = nearByDistance(knowledge, tokens, place);
  const direction = distant ? undefined : directionPart(analysis, knowledge, place, place.tokenStart - 1);
  const cue = cueBefore(scan, place, direction);
  const cueToken = tokens[cue];
  const inSentence = !!cueToken && cueToken.sentence === first.sentence;
  // A locative fused to the place (بواشنطن).
  const fusedBi = place.start > first.oStart && analysis.text.slice(first.oStart, place.start).startsWith('ب');
  // visited Cardiff, «زار مراكش»: the place is the visit's, the event of the verb itself.
  const visited = inSentence && visitVerb(cueToken);
  // "headed for Sousse", "left for Cairo": "for" after a verb of leaving is a locative of direction.
  const departure = inSentence && cueToken.key === 'for' && DEPARTURE.has(tokens[cue - 1]?.key ?? '');
  // «بمدينة نيوبورت», «بالعاصمة تونس»: a place noun that carries the locative ب.
  const fusedNoun = inSentence && cue < place.tokenStart && fusedPlaceNoun(cueToken.key);
  // "reached Malta": the object of a verb of reaching is where it arrived, a locative of direction.
  const reached = inSentence && REACH.has(cueToken.key);
  const locative = inSentence && (cueToken.key === 'into' || HEADING.has(cueToken.key) || tokenStems(cueToken).some((s) => LOCATIVE.has(s.stem)));
  let hasCue = locative || departure || visited || reached || fusedNoun || fusedBi || !!direction?.fused || distant || joinedToCued(analysis, place, cue, previousCued);
  // "sailed from Libya", «أبحر القارب من ليبيا»: where the verb's own journey began (`extract/departures.ts`).
  const setOut = hasCue ? undefined : departureVerb(tokens, place.tokenStart);
  if (setOut !== undefined) hasCue = true;
  // «ضرب الزلزال الجزائر», "the fire hit Cardiff": the object of a verb of striking is where.
  const strike = hasCue ? undefined : strikeBefore(analysis, scan.near, cue, first.sentence);
  const struck = !!strike;
  if (struck) hasCue = true;
  // The event that is said to strike or occur there («وقعت الهزة في X»).
  const subject = strike?.subject ?? (hasCue ? occurredBefore(analysis, scan.near, cue, first.sentence) : undefined);
  // "Israel's strike": a place in the possessive is who acted, not where.
  if (/['’]s$/i.test(analysis.text.slice(place.start, Math.min(analysis.text.length, place.end + 2)))) return undefined;
  // «مدينة X», "the city of X": the construction says X is a place, with or without a locative.
  const constructed = UNIT_WORD.has(place.form.keys[0] ?? '') || unitNoun(tokens[place.tokenStart - 1]) || (tokens[place.tokenStart - 1]?.key === 'of' && unitNoun(tokens[place.tokenStart - 2]));
  if (!hasCue && !constructed) return undefined;
  // A locative of place proper (في, in, at, ب), not of direction (to, on, near): for the slot comparison.
  const strictCue = constructed || struck || fusedNoun || !!direction?.fused || fusedBi || visited || (inSentence && STRICT_LOCATIVE.has(cueToken.key));
  const heading = inSentence && HEADING.has(cueToken.key);
  return { cue, direction, hasCue, constructed, strictCue, struck, visited, setOut, subject, heading };
}

/**
 * Compares a cued place with the events its sentence ties to it, and reports it when it agrees
 * with none of them and the sentence does not excuse it. `chain` is the run of places it belongs
 * to ("in Gaza and Khan Younis"), which does not block its own trigger words.
 */
function checkPlace(scan: PlaceScan, place: Mention, cued: PlaceCue, chain: TokenSpan): void {
  const { analysis, knowledge, report } = scan;
  const tokens = analysis.tokens;
  const sentence = tokens[place.tokenStart]!.sentence;
  // A place that belongs to a title (السفيرة لدى العراق, representative in parliament) is not
  // an event's place.
  // A clause of place after it ("X, where …", «X حيث …») makes it the place of what happened.
  const whereClause = whereHits(analysis, scan.hits, place);
  if (scan.titleNear[place.tokenStart] && whereClause.length === 0) return;
  if (describesPeople(analysis, place, cued.cue)) return;
  // A place in a person's life story (who grew up in X, المولود في X) is not an event's place.
  if (cued.hasCue && lifeStoryBefore(tokens, cued.cue, sentence)) return;
  // A place named by its construction after a noun of origin («ابن مدينة سوسة») is a home town.
  if (!cued.hasCue && cued.constructed && homeTownBefore(tokens, place)) return;
  // A heading («أول شحنة نحو إسبانيا», the first cargo towards France) names where the thing goes,
  // not where its event happened (the port it left): it is compared only with the restated
  // sentence's slot on the same word.
  if (cued.heading) {
    reportRestated(analysis, knowledge, place, report, false);
    return;
  }
  const found = placedEvents(scan, place, cued, chain, whereClause);
  if (found.placed.length === 0 && found.otherTime) return;
  if (found.placed.length === 0) {
    // Where words were said is compared only with a slot on the same word (said in Karachi).
    if (cued.hasCue || cued.constructed) reportRestated(analysis, knowledge, place, report, cued.strictCue && !found.spoken);
    return;
  }
  // Whether the place agrees only by lying inside a country the events are placed in: the
  // sentence's restated slot may still name a part of that country, which is then compared
  // ("killed 46 people in Balochistan" for an event drawn in Pakistan whose restated article
  // sentence puts the deaths in southern Sindh).
  const agreement = bestAgreement(knowledge, place, found.placed, cued.strictCue);
  if (agreement === 'country' && cued.hasCue) reportRestated(analysis, knowledge, place, report, cued.strictCue && !found.spoken);
  if (agreement !== 'none') return;
  // The event happened in each place of the article's list that holds its own (`places/pairedPlaces.ts`).
  if (listedBesideEventPlace(knowledge, place, found.placed)) return;
  if (rightPlaceNamed(scan, place, found.placed)) return;
  // A list the article gives for some thing ("to build clinics in Cusco and Puno") is where the
  // thing goes, not where the event happened (`places/articleLists.ts`).
  if (articleList(analysis, knowledge, scan.all, place, { placed: found.placed, swapped: scan.swapped })) return;
  if (restatedNamesPlace(scan, place, found, cued.strictCue)) return;
  reportWrongPlace(scan, place, found.placed[0]!, cued.direction);
}

/** The events a sentence ties to a place, and how it ties them. */
interface PlacedEvents {
  /** The events placed by the nearest backed trigger word, each with a place of its own. */
  placed: Entity<Event>[];
  /** Whether the events are tied only by the sentence restating their article sentence. */
  tiedByRestating: boolean;
  /** Whether the event's word follows the place ("travelled to Cardiff to visit the site"). */
  triggerAfter: boolean;
  /** Whether an event's word near the place was of another time than the sentence's. */
  otherTime: boolean;
  /** Whether the place is where words were said ("said in Karachi that …"). */
  spoken: boolean;
}

/**
 * The events a place is said to be the place of: those of the nearest trigger word around it in
 * its clause (or in a clause of place after it) that the sentence backs, at the sentence's time.
 */
function placedEvents(scan: PlaceScan, place: Mention, cued: PlaceCue, chain: TokenSpan, whereClause: readonly TriggerHit[]): PlacedEvents {
  const { analysis, knowledge, hits, blockers } = scan;
  const tokens = analysis.tokens;
  const { cue, hasCue } = cued;
  const sentence = tokens[place.tokenStart]!.sentence;
  const found: PlacedEvents = { placed: [], tiedByRestating: false, triggerAfter: false, otherTime: false, spoken: false };
  const around = hasCue ? hitsAround(analysis, hits, place.tokenStart, place.tokenEnd, { before: 12, after: 5, sameClause: true, barrier: (index) => blockers[index] === 1 && (index < chain.start || index >= chain.end) && (index > place.tokenStart || index >= cue - 1) }) : [];
  // A word of sequence between the place and the event's word puts them at two times ("flew to
  // Sousse after the news conference").
  const sameTime = (hit: TriggerHit) => !sequenceBetween(tokens, hit.tokenStart >= place.tokenEnd ? place.tokenEnd : hit.tokenEnd, hit.tokenStart >= place.tokenEnd ? hit.tokenStart : place.tokenStart);
  // "said in Karachi that …", "speaking in Karachi": the place is where the words were said, and
  // an event word after it is their matter, not an event there.
  found.spoken = hasCue && !cued.struck && !cued.visited && speechBefore(analysis, cue, sentence);
  // After a verb of visiting or of setting out, only the verb's own event is placed there.
  const ownVerb = cued.visited ? cue : cued.setOut;
  const candidates = ownVerb !== undefined ? around.filter((hit) => hit.tokenStart <= ownVerb && ownVerb < hit.tokenEnd) : [...around.filter(sameTime), ...whereClause].filter((hit) => !found.spoken || hit.tokenEnd <= place.tokenStart);
  if (!hasCue) return found;
  for (const hit of candidates) {
    if (!cued.strictCue && otherLanguageHit(hit)) continue;
    found.placed = supportedEvents(analysis, knowledge, hits, hit).filter((event) => event.fact.place);
    // A trigger the sentence does not back otherwise is backed by the sentence restating the
    // event's own article sentence («انهارت منازل كثيرة في أغادير» for the houses that
    // collapsed in Al Haouz), unless it speaks of another occasion (a year of its own).
    // So is a trigger the sentence says struck or occurred at the place («وقع الزلزال في X»).
    if (found.placed.length === 0) ({ placed: found.placed, tiedByRestating: found.tiedByRestating } = backedOtherwise(analysis, knowledge, hits, hit, { subject: cued.subject, titles: scan.sentenceTitles(sentence) }));
    found.triggerAfter = hit.tokenStart >= place.tokenEnd;
    // A sentence dated to an earlier time than the event ("last year", «العام الماضي», "in
    // 2019") speaks of another occasion: an earlier visit, another year's news conference. The
    // next event's word may still be of that time ("in August 2021 a smaller blaze broke out").
    const placedNow = found.placed.filter((event) => !atAnotherTime(analysis, knowledge, sentence, event, scan.documentDate, place.tokenStart));
    if (found.placed.length > 0 && placedNow.length === 0) found.otherTime = true;
    found.placed = placedNow;
    if (found.placed.length > 0) break;
  }
  return found;
}

/**
 * Whether the writer already put the events in their right place in this sentence: another place
 * near a trigger word is then about something else (other talks, another strike). Not a town of
 * the same list ("in Pisa and Perugia"): the list puts the event in each of its towns.
 */
function rightPlaceNamed(scan: PlaceScan, place: Mention, placed: readonly Entity<Event>[]): boolean {
  const { analysis, knowledge, all } = scan;
  const tokens = analysis.tokens;
  const sentence = tokens[place.tokenStart]!.sentence;
  return all.some((other) => other.kind === 'place' && other !== place && tokens[other.tokenStart]!.sentence === sentence && !inOneList(placeLists(analysis.text, all), other, place) && placed.some((event) => {
    const eventPlace = knowledge.resolve(event, event.fact.place);
    return !!eventPlace && (knowledge.placeWithin(other.entity, eventPlace.key) || knowledge.same(other.entity, eventPlace.key));
  }));
}

/**
 * Whether the sentence restates an article sentence that names this place: the place is then the
 * article's. The place's own name does not make the restatement: two words of the sentence
 * besides it must be the article sentence's too ("The blaze broke out in Cardiff" restates no
 * sentence about the statement in Cardiff). For events tied only by that restatement, any
 * restated sentence that names the place will do.
 */
function restatedNamesPlace(scan: PlaceScan, place: Mention, found: PlacedEvents, strictCue: boolean): boolean {
  const { analysis, knowledge, all, hits } = scan;
  const tokens = analysis.tokens;
  const sentence = tokens[place.tokenStart]!.sentence;
  const placeKeys: string[] = [];
  // A unit noun of the name (إقليم شيشاوة) is no part of it: another province is named with it too.
  for (let k = place.tokenStart; k < place.tokenEnd; k++) if (!unitNoun(tokens[k]) || place.tokenEnd - place.tokenStart === 1) placeKeys.push(tokens[k]!.key, ...tokenStems(tokens[k]!).map((s) => s.stem));
  // A place the article sentence gives another event of the fact base, one the draft sentence
  // does not name ("travelled to Cardiff to visit the site" for the statement in Cardiff), is
  // not this event's: after a locative of place, or of direction before the event's word (a
  // journey made for it; "visited the site before returning to Cardiff" is another journey).
  // An event tied only by the restatement keeps the benefit of the doubt.
  const named = new Set(all.filter((mention) => mention.kind !== 'place' && tokens[mention.tokenStart]!.sentence === sentence).map((mention) => mention.entity));
  const anotherEvents = (aligned: ArticleSentence) => !found.tiedByRestating && (strictCue || found.triggerAfter) && placeOfOtherEvent(knowledge, aligned, place.entity, found.placed, { hits, sentence, tokens, named });
  return restatedWith(analysis, knowledge, sentence, (aligned) => namesPlace(knowledge, aligned, place, placeKeys) && (found.tiedByRestating || sharedOutside(analysis, knowledge, sentence, aligned, place.tokenStart, place.tokenEnd) >= 2) && !anotherEvents(aligned));
}

/**
 * Reports a place that contradicts the place of `event`. A part named by a direction is replaced
 * whole ("the north of England"), and a city or country written for a compound place of the
 * article (مطار بغداد الدولي) is fixed with the city or country around it.
 */
function reportWrongPlace(scan: PlaceScan, place: Mention, event: Entity<Event>, direction: DirectionPart | undefined): void {
  const { analysis, knowledge, report } = scan;
  const eventPlace = knowledge.resolve<Place>(event, event.fact.place)!;
  const lang = tokenLang(analysis, analysis.tokens[place.tokenStart]!);
  const from = direction ? partStart(analysis, direction) : place.start;
  const actual = analysis.text.slice(from, place.end);
  // Name the city inside a compound place (مطار بغداد الدولي → بغداد) when the draft writes one.
  let expectedPlace = eventPlace;
  const placeFact = knowledge.entity<Place>(place.entity)?.fact;
  if (placeFact && (placeFact.kind === 'city' || placeFact.kind === 'country') && eventPlace.fact.kind !== 'city' && eventPlace.fact.kind !== 'country') {
    const within = knowledge.resolve<Place>(eventPlace, eventPlace.fact.within);
    if (within) expectedPlace = within;
  }
  const expected = placeName(knowledge, expectedPlace.key, lang);
  report({
    ruleId: 'event-place',
    range: { start: from, end: place.end },
    lang,
    message: wrongPlace({ event: knowledge.names(event.key), place: knowledge.names(eventPlace.key), actual }),
    actual,
    expected,
    fix: { text: expected },
    factId: event.id,
    evidence: knowledge.evidenceOf(event.key),
  });
}

/**
 * Whether an article sentence names a draft's place: by its words (`keys`), or by the place itself,
 * which a sentence of the other language names in its own words («ليفورنو» for Livorno).
 */
function namesPlace(knowledge: KnowledgeIndex, aligned: ArticleSentence, place: Mention, keys: readonly string[]): boolean {
  return keys.some((key) => aligned.keys.has(key)) || aligned.places.some((slot) => knowledge.same(slot.entity, place.entity));
}

/**
 * For each token, 1 when it belongs to a title: up to two words after it, over the words that tie
 * a place to it (the ambassador to Iraq, «السفيرة لدى العراق»). A title read over an event's
 * trigger word («ترأس الملك جلسة عمل في مراكش») has taken the event for its complement: the place
 * is the event's, so it marks nothing.
 */
function titleMarks(analysis: Analysis, allTitles: readonly Title[], hits: readonly TriggerHit[]): Uint8Array {
  const tokens = analysis.tokens;
  const titleNear = new Uint8Array(tokens.length);
  const triggerAt = new Uint8Array(tokens.length);
  for (const hit of hits) triggerAt.fill(1, hit.tokenStart, hit.tokenEnd);
  for (const title of allTitles) {
    const end = Math.max(title.end, title.headEnd);
    if (triggerAt.subarray(title.headEnd, end).includes(1)) continue;
    // Past the title's end only over the words that tie a place to it: a verb between them starts
    // the sentence's own matter ("the premier flew to Cairns"). Not past a title that ends with
    // its body's name: a place after it is the body's or the person's city, compared with the
    // restated sentence's («المتحدثة باسم هيئة إدارة الكوارث في مومباي», as "a spokeswoman for the
    // department in Milan" is).
    const reach = title.organisations.at(-1)?.tokenEnd === end ? end - 1 : end + 2;
    for (let k = title.headStart + 1; k <= reach && k < tokens.length; k++) {
      if (tokens[k]!.sentence !== tokens[title.headStart]!.sentence) break;
      if (k > end && !titleLink(tokens[k - 1]!)) break;
      titleNear[k] = 1;
    }
  }
  return titleNear;
}

/** The trigger hits on the tokens from two before `k` to one after it, in order. */
type HitsNear = (k: number) => TriggerHit[];

/** Looks trigger hits up by token, for the words around a verb (each hit indexed once). */
function hitsNearBy(tokenCount: number, hits: readonly TriggerHit[]): HitsNear {
  const at = new Int32Array(tokenCount).fill(-1);
  hits.forEach((hit, index) => at.fill(index, hit.tokenStart, hit.tokenEnd));
  return (k) => {
    const found: TriggerHit[] = [];
    for (let j = Math.max(0, k - 2); j <= k + 1 && j < tokenCount; j++) {
      const hit = at[j]! >= 0 ? hits[at[j]!]! : undefined;
      if (hit && !found.includes(hit)) found.push(hit);
    }
    return found;
  };
}

/**
 * Whether token `k` is one of `verbs` (folded, with or without a clitic) in sentence `sentence`.
 */
function verbAt(tokens: Analysis['tokens'], verbs: ReadonlySet<string>, k: number, sentence: number): boolean {
  const token = tokens[k];
  return !!token && token.sentence === sentence && (verbs.has(token.key) || tokenStems(token).some((s) => verbs.has(s.stem)));
}

/**
 * The trigger hit that is the subject of the verb at `verb`: right after it (ضرب الزلزال, وقعت
 * الهزة, with one word after it: زلزال عنيف), or right before it, alone or through a relative
 * (the fire hit, الزلزال الذي ضرب, the quake that struck).
 */
function subjectOf(analysis: Analysis, near: HitsNear, verb: number): TriggerHit | undefined {
  const tokens = analysis.tokens;
  const sentence = tokens[verb]!.sentence;
  const relative = (k: number) => RELATIVES.has(tokens[k]?.key ?? '');
  return near(verb).find((hit) => tokens[hit.tokenStart]!.sentence === sentence && (hit.tokenStart === verb + 1 || hit.tokenEnd === verb || (hit.tokenEnd === verb - 1 && relative(verb - 1))));
}

/**
 * A verb of striking whose object is the place at `cue + 1` (ضرب الزلزال الجزائر, الذي ضرب
 * الجزائر, the fire hit Cardiff), with the trigger hit that is its subject when there is one.
 */
function strikeBefore(analysis: Analysis, near: HitsNear, cue: number, sentence: number): { subject?: TriggerHit } | undefined {
  const tokens = analysis.tokens;
  if (verbAt(tokens, STRIKE, cue, sentence)) return { subject: subjectOf(analysis, near, cue) };
  // The verb's subject between the verb and its object (ضرب الزلزال العنيف الجزائر). An Arabic
  // trigger without its article right before the place is a construct that names another event
  // (ضرب زلزال الجزائر عام 1980: the Algeria earthquake), not a subject.
  const construct = (hit: TriggerHit) => cue === hit.tokenEnd - 1 && tokens[cue]!.script === 'ar' && !tokens[cue]!.key.startsWith('ال');
  const subject = near(cue).find((hit) => tokens[hit.tokenStart]!.sentence === sentence && hit.tokenStart <= cue && cue <= hit.tokenEnd && !construct(hit) && verbAt(tokens, STRIKE, hit.tokenStart - 1, sentence));
  return subject ? { subject } : undefined;
}

/**
 * The trigger hit that is the subject of a verb of occurring right before the locative at `cue`
 * (وقع الزلزال في, the quake occurred in): the sentence says the event took place there.
 */
function occurredBefore(analysis: Analysis, near: HitsNear, cue: number, sentence: number): TriggerHit | undefined {
  const tokens = analysis.tokens;
  // The verb right before the locative (the quake occurred in), or before its subject (وقع الزلزال في).
  if (verbAt(tokens, OCCUR, cue - 1, sentence)) return subjectOf(analysis, near, cue - 1);
  const subject = near(cue).find((hit) => tokens[hit.tokenStart]!.sentence === sentence && (hit.tokenEnd === cue || hit.tokenEnd === cue - 1) && verbAt(tokens, OCCUR, hit.tokenStart - 1, sentence));
  return subject;
}

/** Words that tie a place to a title before it (to, in, لدى, of, the). */
const TITLE_LINKS = new Set(['لدي', 'of', 'for', 'ل', ...ARTICLES]);

/** Whether a token after a title ties the place after it to the title rather than to a verb. */
function titleLink(token: Analysis['tokens'][number]): boolean {
  return TITLE_LINKS.has(token.key) || LOCATIVE.has(token.key) || PLACE_NOUN.has(token.key) || tokenStems(token).some((s) => LOCATIVE.has(s.stem));
}

/** The words that open a relative clause of place after a place ("X, where …", «X حيث …»). */
const WHERE = new Set(['where', 'حيث']);

/**
 * The trigger hits in a relative clause of place right after `place` ("travelled to Bowen, where
 * she told reporters …", «توجه إلى صفاقس حيث عقد ندوة صحفية»): within six words of its opening word,
 * in the same sentence. What the clause tells happened at the place.
 */
function whereHits(analysis: Analysis, hits: readonly TriggerHit[], place: Mention): TriggerHit[] {
  const tokens = analysis.tokens;
  // A day may stand between the place and the clause ("flew to Sousse on Monday, where …", «وصل
  // إلى سوسة يوم الاثنين حيث …»).
  let at = place.tokenEnd;
  while (at < place.tokenEnd + 3 && tokens[at] && tokens[at]!.sentence === tokens[place.tokenStart]!.sentence && (DAY_WORDS.has(tokens[at]!.key) || weekdayAt(tokens, at))) at++;
  const opening = tokens[at];
  if (!opening || opening.sentence !== tokens[place.tokenStart]!.sentence || !WHERE.has(opening.key)) return [];
  return hits.filter((hit) => hit.tokenStart > at && hit.tokenStart <= at + 6 && tokens[hit.tokenStart]!.sentence === opening.sentence);
}

/** Words that introduce a day between a place and its clause of place (on Monday, يوم الاثنين). */
const DAY_WORDS = new Set(['on', 'يوم']);
/** Adverbs of time that may stand between a speech verb and its locative (said later in Rabat). */
const TIME_ADVERB = new Set(TIME_ADVERBS);
const SPEAKING = new Set([...ALL_SPEECH_VERBS, ...SPEAKING_WORDS]);

/**
 * Whether a speech verb stands right before the locative at `cue` ("said in", «وقالت … في»), or
 * with a day between ("said on Wednesday in"), in sentence `sentence`.
 */
function speechBefore(analysis: Analysis, cue: number, sentence: number): boolean {
  const tokens = analysis.tokens;
  for (let k = cue - 1; k >= cue - 3 && k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (SPEAKING.has(tokens[k]!.key) || tokenStems(tokens[k]!).some((form) => SPEAKING.has(form.stem))) return true;
    if (!DAY_WORDS.has(tokens[k]!.key) && !TIME_ADVERB.has(tokens[k]!.key) && !weekdayAt(tokens, k)) return false;
  }
  return false;
}

/** Whether a word of sequence (after, before, «عقب») stands among the tokens from `start` to `end`. */
function sequenceBetween(tokens: Analysis['tokens'], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (SEQUENCE.has(tokens[k]!.key)) return true;
  return false;
}

/** Whether an English place is followed, in the same phrase, by a lower-case word it describes ("a Cardiff recycling plant"). */
function beforeNoun(analysis: Analysis, place: Mention): boolean {
  const next = analysis.tokens[place.tokenEnd];
  if (!next || next.sentence !== analysis.tokens[place.tokenStart]!.sentence || next.script !== 'latin') return false;
  return /^\s+$/.test(analysis.text.slice(place.end, next.oStart)) && /^[a-z]/.test(analysis.text.slice(next.oStart, next.oEnd));
}

/**
 * Whether a place describes people rather than placing an event: right after a noun for people
 * (the locative at `cue`: «فصائل في بغداد», officials in Baghdad), or, in English, right before one
 * ("Mwanza officials said"), which may follow a list's locative without being one of its towns.
 */
function describesPeople(analysis: Analysis, place: Mention, cue: number): boolean {
  const tokens = analysis.tokens;
  const before = tokens[cue - 1];
  if (before && before.sentence === tokens[place.tokenStart]!.sentence && tokenStems(before).some((s) => ACTORS.has(s.stem))) return true;
  return beforeNoun(analysis, place) && ACTORS.has(tokens[place.tokenEnd]!.key);
}

/** Whether a folded word is a place or unit noun that carries the locative ب (بمدينة, وبالعاصمة). */
function fusedPlaceNoun(key: string): boolean {
  const bare = /^[وف]?ب/.test(key) ? key.replace(/^[وف]?ب/, '') : undefined;
  return !!bare && (PLACE_NOUN.has(bare) || UNIT_WORD.has(bare));
}

/** Whether a token is a unit noun, with or without a clitic (مدينة, بمدينة, وبلدة, town). */
function unitNoun(token: Analysis['tokens'][number] | undefined): boolean {
  return !!token && (UNIT_WORD.has(token.key) || tokenStems(token).some((s) => UNIT_WORD.has(s.stem)));
}

/** Whether a token is a verb of visiting, with or without a clitic (زار, وزار, visited). */
function visitVerb(token: Analysis['tokens'][number]): boolean {
  return VISIT.has(token.key) || tokenStems(token).some((s) => VISIT.has(s.stem));
}

/** Whether the token at `k` is "the" right after "into" or a locative of the same sentence. */
function theAfterLocative(tokens: Analysis['tokens'], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k]!.key === 'the' && !!before && before.sentence === tokens[k]!.sentence && (before.key === 'into' || LOCATIVE.has(before.key));
}

/**
 * Whether a town is named by its distance from the event ("30 km south of Herat"). Only a town or a
 * smaller place: "40 miles north of England" is outside England, not near a place in it.
 */
function nearByDistance(knowledge: KnowledgeIndex, tokens: Analysis['tokens'], place: Mention): boolean {
  const kind = knowledge.entity<Place>(place.entity)?.fact.kind;
  return kind !== 'country' && kind !== 'region' && distanceBefore(tokens, place.tokenStart);
}

/** Whether one of the three words before the locative at `cue` tells a person's life story (born, grew up, نشأ). */
function lifeStoryBefore(tokens: Analysis['tokens'], cue: number, sentence: number): boolean {
  for (let k = cue - 1; k >= 0 && k >= cue - 3; k--) {
    const token = tokens[k]!;
    if (token.sentence !== sentence) return false;
    if (BIOGRAPHY.has(token.key) || tokenStems(token).some((s) => BIOGRAPHY.has(s.stem))) return true;
  }
  return false;
}

/**
 * Whether a noun of origin (son of, native of, «ابن», «أصيل») stands up to four words before a
 * place named by its construction, in its clause: «الحشاني، ابن مدينة سوسة،», a native of the town
 * of Sfax. The place is the person's home town.
 */
function homeTownBefore(tokens: Analysis['tokens'], place: Mention): boolean {
  const clause = tokens[place.tokenStart]!.clause;
  for (let k = place.tokenStart - 1; k >= 0 && k >= place.tokenStart - 4 && tokens[k]!.clause === clause; k--) {
    if (HOME_TOWN.has(tokens[k]!.key)) return true;
  }
  return false;
}

/**
 * Reports a place of origin, right after "from" or «من» (any other place is left alone), that fills the restated sentence's slot
 * on the same word where the article names another; a place the restated sentence names too is the
 * article's (one of a list: leave from Morogoro, Dodoma and Iringa), and a life story's is left alone.
 */
function reportOrigin(analysis: Analysis, knowledge: KnowledgeIndex, place: Mention, report: RuleContext['report']): void {
  const tokens = analysis.tokens;
  const sentence = tokens[place.tokenStart]!.sentence;
  const cue = place.tokenStart - 1;
  const cueToken = tokens[cue];
  if (!cueToken || cueToken.sentence !== sentence || !ORIGIN.has(cueToken.key) || tokens[place.tokenStart]!.oStart !== place.start) return;
  // A place named with its unit noun (from the province of X, «من محافظة الكرك») is read as one
  // after a locative, and a journey's start (sailed from X) as its own event's place.
  if (UNIT_WORD.has(place.form.keys[0] ?? '') || departureVerb(tokens, place.tokenStart) !== undefined) return;
  if (lifeStoryBefore(tokens, cue, sentence)) return;
  if (restatedWith(analysis, knowledge, sentence, (aligned) => aligned.places.some((slot) => knowledge.same(slot.entity, place.entity)))) return;
  reportRestated(analysis, knowledge, place, report, false);
}

/**
 * Reports a place that fills the slot of another place in the article sentence the draft sentence
 * restates (see `places/restated.ts`). A city or country written for a building or district of the
 * article is compared with the city around it (Chequers for Downing Street stays a building; the
 * New Alamein for the cabinet's seat in the New Administrative Capital names the capital). A
 * place after a locative of direction (to, إلى) is compared only with a slot on the same word.
 */
function reportRestated(analysis: Analysis, knowledge: KnowledgeIndex, place: Mention, report: RuleContext['report'], strict: boolean): void {
  const found = restatedPlace(analysis, knowledge, place, strict);
  if (found) reportSlotPlace(analysis, knowledge, place, report, found);
}

/** Reports the places swapped in a list of the article's places (`places/listSwaps.ts`) and the changed ends of routes (`places/routes.ts`); returns them. */
function reportListSwaps(analysis: Analysis, knowledge: KnowledgeIndex, report: RuleContext['report'], all: readonly Mention[]): Set<Mention> {
  const swapped = new Set<Mention>();
  const changes: RouteChange[] = [...listSwaps(analysis, knowledge, all), ...routeChanges(analysis, knowledge, all)];
  for (const swap of changes) {
    if (swapped.has(swap.place) || (swap.swapped && swapped.has(swap.swapped))) continue;
    const otherEnd = swap.swapped;
    if (otherEnd) reportRouteSwap(analysis, knowledge, report, swap.place, otherEnd, swap.evidence);
    else reportSlotPlace(analysis, knowledge, swap.place, report, { expected: swap.expected, evidence: swap.evidence });
    swapped.add(swap.place);
    if (otherEnd) swapped.add(otherEnd);
  }
  return swapped;
}

/**
 * Reports a route whose two ends are swapped (`places/routes.ts`), from its start to its end: the fix
 * puts the draft's own two names back in the article's order.
 */
function reportRouteSwap(analysis: Analysis, knowledge: KnowledgeIndex, report: RuleContext['report'], start: Mention, end: Mention, evidence: EvidenceRef): void {
  const text = analysis.text;
  const actual = text.slice(start.start, end.end);
  const expected = text.slice(end.start, end.end) + text.slice(start.end, end.start) + text.slice(start.start, start.end);
  report({
    ruleId: 'event-place',
    range: { start: start.start, end: end.end },
    lang: tokenLang(analysis, analysis.tokens[start.tokenStart]!),
    message: swappedRoute({ from: knowledge.names(end.entity), to: knowledge.names(start.entity), actual }),
    actual,
    expected,
    fix: { text: expected },
    factId: knowledge.entity<Place>(end.entity)?.id ?? end.entity,
    evidence: [evidence],
  });
}

/** Reports a place put in the slot of the article's place `found.expected` (see {@link reportRestated}). */
function reportSlotPlace(analysis: Analysis, knowledge: KnowledgeIndex, place: Mention, report: RuleContext['report'], found: RestatedPlace): void {
  let expected = found.expected;
  const draftKind = knowledge.entity<Place>(place.entity)?.fact.kind;
  if (draftKind === 'city' && expected.fact.kind !== 'city' && expected.fact.kind !== 'country') {
    for (let outer = knowledge.resolve<Place>(expected, expected.fact.within); outer; outer = knowledge.resolve<Place>(outer, outer.fact.within)) {
      if (outer.fact.kind === 'city') {
        expected = outer;
        break;
      }
    }
  }
  const lang = tokenLang(analysis, analysis.tokens[place.tokenStart]!);
  const fix = placeFix(analysis, knowledge, place, expected.key, lang);
  const actual = analysis.text.slice(fix.start, fix.end);
  report({
    ruleId: 'event-place',
    range: { start: fix.start, end: fix.end },
    lang,
    message: found.event ? wrongPlace({ event: knowledge.names(found.event.key), place: knowledge.names(expected.key), actual }) : wrongRestatedPlace({ place: knowledge.names(expected.key), actual }),
    actual,
    expected: fix.text,
    fix: { text: fix.text },
    factId: found.event?.id ?? expected.id,
    evidence: found.event ? knowledge.evidenceOf(found.event.key) : [found.evidence],
  });
}

/**
 * How the draft place agrees with an event's place: `exact` (the same place, one inside the other,
 * or a place that may overlap it), `country` (only by lying inside the country the event is placed
 * in as a whole), or `none`. An event without a place agrees exactly.
 */
function placeAgreement(knowledge: KnowledgeIndex, place: Mention, event: Entity<Event>, strictCue: boolean): 'exact' | 'country' | 'none' {
  const eventPlace = knowledge.resolve<Place>(event, event.fact.place);
  if (!eventPlace) return 'exact';
  if (eventPlace.fact.kind === 'country' && !knowledge.same(place.entity, eventPlace.key) && knowledge.placeWithin(place.entity, eventPlace.key)) return 'country';
  // A landscape or a part named by a direction in the event's country (the High Atlas for a
  // village of Al Haouz) may hold the event's place: the gazetteer cannot tell.
  // A district of the event's city may hold a place the fact base puts in no listed district of it.
  // A sea or a region of several countries may hold a place in a country (`beyondCountries`).
  if (beyondCountries(knowledge, place.entity) && countryOf(knowledge, eventPlace.key)) return 'exact';
  const agrees = knowledge.placeWithin(place.entity, eventPlace.key) || knowledge.placeWithin(eventPlace.key, place.entity) || knowledge.same(place.entity, eventPlace.key) || mayOverlap(knowledge, place.entity, eventPlace.key) || namedAfter(knowledge, place.entity, eventPlace.key) || districtMayHold(knowledge, place.entity, eventPlace.key, strictCue);
  return agrees ? 'exact' : 'none';
}

/**
 * The closest agreement of the draft place with any of the placed events (`placeAgreement`):
 * `exact` when one event agrees exactly, else `country` when one agrees by its country, else
 * `none`. A loop rather than a list of agreements: in `check`'s compiled code a list made by `map`
 * had another hidden class than the one its first runs had seen, and the whole rule was compiled
 * twice.
 */
function bestAgreement(knowledge: KnowledgeIndex, place: Mention, placed: readonly Entity<Event>[], strictCue: boolean): 'exact' | 'country' | 'none' {
  let best: 'country' | 'none' = 'none';
  for (const event of placed) {
    const kind = placeAgreement(knowledge, place, event, strictCue);
    if (kind === 'exact') return kind;
    if (kind === 'country') best = kind;
  }
  return best;
}

/** The draft sentence a place is read in: its trigger hits, its tokens and the names it mentions. */
interface DraftSentence {
  hits: readonly TriggerHit[];
  sentence: number;
  tokens: Analysis['tokens'];
  named: ReadonlySet<string>;
}

/**
 * Whether the place `entity` is, in the article sentence `aligned`, the place of an event of the
 * fact base other than the `placed` ones (its evidence lies in that sentence) whose trigger the
 * draft sentence does not hold, nor a participant of that event alone (Makolo, who spoke in
 * Kigali, for the ruling in London): the article gives the place to that event, not to the draft's.
 */
function placeOfOtherEvent(knowledge: KnowledgeIndex, aligned: ArticleSentence, entity: string, placed: readonly Entity<Event>[], draft: DraftSentence): boolean {
  const { hits, sentence, tokens, named } = draft;
  const participants = (event: Entity<Event>) => (event.fact.participants ?? []).map((id) => knowledge.resolve(event, id)?.key);
  const mine = new Set(placed.flatMap(participants));
  return knowledge.events.some((event) => {
    if (participants(event).some((key) => !!key && named.has(key) && !mine.has(key))) return false;
    if (event.factBase !== aligned.factBase || !event.fact.place || placed.includes(event)) return false;
    if (!event.fact.evidence.some((range) => range.start < aligned.end && aligned.start < range.end)) return false;
    const at = knowledge.resolve(event, event.fact.place);
    if (!at || !knowledge.same(at.key, entity)) return false;
    if (placed.some((mine) => { const own = knowledge.resolve(mine, mine.fact.place); return !!own && knowledge.same(own.key, at.key); })) return false;
    return !hits.some((hit) => tokens[hit.tokenStart]!.sentence === sentence && hit.events.includes(event));
  });
}

/**
 * The events of a trigger that the sentence does not back by a name, backed otherwise: by a title
 * of one of the event's participants, by a word of another event of the story at an agreeing place
 * (`places/eventPairs.ts`), by being the subject of a verb of striking or occurring at the place, or
 * by the sentence restating the event's own article sentence; never in a sentence about another
 * occasion. `tiedByRestating` says the restatement alone tied them.
 */
function backedOtherwise(analysis: Analysis, knowledge: KnowledgeIndex, hits: readonly TriggerHit[], hit: TriggerHit, near: { subject?: TriggerHit; titles: readonly Title[] }): { placed: Entity<Event>[]; tiedByRestating: boolean } {
  const sentence = analysis.tokens[hit.tokenStart]!.sentence;
  const now = (event: Entity<Event>) => !otherOccasion(analysis, knowledge, sentence, event);
  const titled = hit.events.filter((event) => event.fact.place && titledParticipant(knowledge, event, near.titles) && now(event));
  if (titled.length > 0) return { placed: titled, tiedByRestating: false };
  const paired = pairedEvents(analysis, knowledge, hits, hit).filter(now);
  if (paired.length > 0) return { placed: paired, tiedByRestating: false };
  const placed = hit.events.filter((event) => event.fact.place && (hit === near.subject || restatesEvidence(analysis, knowledge, sentence, event)) && now(event));
  return { placed, tiedByRestating: hit !== near.subject };
}

/**
 * Whether a title of the sentence ("the premier", «الوزير») names a post that a participant of
 * the event holds: the sentence speaks of that participant, which backs the event's trigger.
 */
function titledParticipant(knowledge: KnowledgeIndex, event: Entity<Event>, sentenceTitles: readonly Title[]): boolean {
  if (sentenceTitles.length === 0) return false;
  return (event.fact.participants ?? []).some((id) => {
    const person = knowledge.resolve(event, id);
    const posts = person ? knowledge.postsByHolder.get(person.key) ?? [] : [];
    return posts.some((post) => sentenceTitles.some((title) => !title.former && titleAccepts(title.family, ROLE_FAMILY[post.fact.role])));
  });
}
