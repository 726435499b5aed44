/**
 * Rule `event-place`: an event of the fact base put in the wrong place ("المفاوضات في نيويورك"
 * for talks in Washington, "the latest Israeli strike on Aden" for Hodeidah). A place is tied to
 * the event whose trigger word is nearest in the same clause; a one-word trigger must be backed by
 * the sentence (a participant, the event's place, another trigger). A place that contains the
 * event's place, or lies inside it, agrees with it (اليمن for the Hodeidah strike). A place written
 * right after a noun for people (فصائل في بغداد, officials in Baghdad), in a person's life story
 * (who grew up in X, المولود في X), or as part of a title (السفيرة لدى العراق), is not compared, nor is another place in a sentence that already names the
 * event's own. A place after a locative of direction (taken to X, «نُقل إلى X») with no trigger
 * near is compared only with the place of the restated article sentence on the same word.
 */
import type { Rule } from './rule';
import { mentions } from '../mentions';
import { hitsAround, supportedEvents, triggerHits } from '../events';
import { nationalityOf, titles } from '../titles';
import { tokenStems } from '../knowledge';
import { tokenLang } from '../analysis';
import { ACTOR_NOUNS, BIOGRAPHY_WORDS, LOCATIVES, PLACE_NOUNS, PLACE_UNIT_LEVEL } from '../lexicon/words';
import type { Place } from '../factBase/schema';
import { wrongPlace, wrongRestatedPlace } from '../messages';
import { restatedWith } from '../align';
import type { Mention } from '../mentions';
import type { KnowledgeIndex } from '../knowledge';
import type { Analysis } from '../analysis';
import type { RuleContext } from './rule';
import { restatedPlace } from './places/restated';
import { checkCompassParts } from './places/compass';
import { placeFix } from './places/relation';

const LOCATIVE = new Set(LOCATIVES);
const ACTORS = new Set(ACTOR_NOUNS);
const BIOGRAPHY = new Set(BIOGRAPHY_WORDS);
const PLACE_NOUN = new Set(PLACE_NOUNS);
const UNIT_WORD = new Set(Object.keys(PLACE_UNIT_LEVEL));
const STRICT_LOCATIVE = new Set(['في', 'in', 'at', 'inside', 'داخل']);

export const eventPlace: Rule = {
  id: 'event-place',
  category: 'place',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'An event is placed somewhere other than where the article puts it.',
    ar: 'حدث نُسب إلى مكان غير الذي يذكره المقال.',
  },
  check({ analysis, knowledge, report }) {
    checkCompassParts(analysis, knowledge, report);
    // Without a trigger word, a place may still fill another place's slot in a restated sentence.
    const hits = triggerHits(analysis, knowledge);
    const tokens = analysis.tokens;
    const all = mentions(analysis, knowledge);
    // Tokens up to two words after a title (السفيرة لدى العراق) belong to it.
    const titleNear = new Uint8Array(tokens.length);
    for (const title of titles(analysis, knowledge)) {
      const end = Math.max(title.end, title.headEnd);
      for (let k = title.headStart + 1; k <= end + 2 && k < tokens.length; k++) if (tokens[k]!.sentence === tokens[title.headStart]!.sentence) titleNear[k] = 1;
    }
    // Places and organisations between a trigger and a place take the place for themselves
    // (مستقبل مهمة التحالف الدولي في العراق).
    const blockers = new Uint8Array(tokens.length);
    for (const mention of all) if (mention.kind === 'place' || mention.kind === 'organisation') for (let k = mention.tokenStart; k < mention.tokenEnd; k++) blockers[k] = 1;
    const possessivePlace = new Uint8Array(tokens.length);
    for (const mention of all) {
      if (mention.kind === 'place' && /^['’]s\b/i.test(analysis.text.slice(mention.end, mention.end + 3))) for (let k = mention.tokenStart; k < mention.tokenEnd; k++) possessivePlace[k] = 1;
    }
    let previousCued: { start: number; end: number } | undefined;
    for (const place of all) {
      if (place.kind !== 'place') continue;
      // A locative before the place: في, على, قرب, in, on, near (or fused: بواشنطن).
      const first = tokens[place.tokenStart]!;
      let cue = place.tokenStart - 1;
      const fused = place.start > first.oStart && /^[بف]?[بل]?/.test(analysis.text.slice(first.oStart, place.start));
      // Place nouns, nationalities and a country in the possessive may stand between the locative
      // and the place: "in the Yemeni port of Mukalla", "on Yemen's port of Mukalla".
      while (cue >= 0 && (PLACE_NOUN.has(tokens[cue]!.key) || nationalityOf(tokens[cue]) || possessivePlace[cue])) cue--;
      const cueToken = tokens[cue];
      let hasCue = (cueToken && cueToken.sentence === first.sentence && tokenStems(cueToken).some((s) => LOCATIVE.has(s.stem))) || (fused && analysis.text.slice(first.oStart, place.start).startsWith('ب'));
      // "في غزة ورفح", "in Gaza and Khan Younis": a place joined to a located place is located too.
      // "on Yemen's port of Mukalla": a place inside a located place's phrase is located too.
      if (!hasCue && previousCued && cue >= previousCued.start && cue < previousCued.end && tokens[cue]!.sentence === first.sentence) hasCue = true;
      if (!hasCue && previousCued && cueToken && cueToken.sentence === first.sentence) {
        const joinedByAnd = (cueToken && (cueToken.key === 'and' || cueToken.key === 'و' || cueToken.key === 'or') && cue === previousCued.end) || (place.tokenStart === previousCued.end && analysis.text.slice(first.oStart, place.start) === 'و');
        if (joinedByAnd) hasCue = true;
      }
      // "Israel's strike": a place in the possessive is who acted, not where.
      if (/['’]s$/i.test(analysis.text.slice(place.start, Math.min(analysis.text.length, place.end + 2)))) continue;
      // «مدينة X», "the city of X": the construction says X is a place, with or without a locative.
      const constructed = UNIT_WORD.has(place.form.keys[0] ?? '') || unitNoun(tokens[place.tokenStart - 1]) || (tokens[place.tokenStart - 1]?.key === 'of' && unitNoun(tokens[place.tokenStart - 2]));
      if (!hasCue && !constructed) continue;
      // A locative of place proper (في, in, at, ب), not of direction (to, on, near): for the slot comparison.
      const strictCue = constructed || (fused && analysis.text.slice(first.oStart, place.start).startsWith('ب')) || (!!cueToken && cueToken.sentence === first.sentence && STRICT_LOCATIVE.has(cueToken.key));
      const chain = previousCued && place.tokenStart - previousCued.end <= 3 ? { start: previousCued.start, end: place.tokenEnd } : { start: place.tokenStart, end: place.tokenEnd };
      previousCued = chain;
      // A place that belongs to a title (السفيرة لدى العراق, representative in parliament) is not
      // an event's place.
      if (titleNear[place.tokenStart]) continue;
      // A place after a noun for people describes them.
      const before = tokens[cue - 1];
      if (before && before.sentence === first.sentence && tokenStems(before).some((s) => ACTORS.has(s.stem))) continue;
      // A place in a person's life story (who grew up in X, المولود في X) is not an event's place.
      if (hasCue && lifeStoryBefore(tokens, cue, first.sentence)) continue;
      let placed: ReturnType<typeof supportedEvents> = [];
      if (hasCue) for (const hit of hitsAround(analysis, hits, place.tokenStart, place.tokenEnd, { before: 12, after: 5, sameClause: true, barrier: (index) => blockers[index] === 1 && (index < chain.start || index >= chain.end) })) {
        placed = supportedEvents(analysis, knowledge, hits, hit).filter((event) => event.fact.place);
        if (placed.length > 0) break;
      }
      if (placed.length === 0) {
        if (hasCue || constructed) reportRestated(analysis, knowledge, place, report, strictCue);
        continue;
      }
      const agrees = placed.some((event) => {
        const eventPlace = knowledge.resolve(event, event.fact.place);
        if (!eventPlace) return true;
        return knowledge.placeWithin(place.entity, eventPlace.key) || knowledge.placeWithin(eventPlace.key, place.entity) || knowledge.same(place.entity, eventPlace.key);
      });
      if (agrees) continue;
      // The writer already put the event in its right place in this sentence: another place near
      // a trigger word is about something else (other talks, another strike).
      const sentence = first.sentence;
      const rightPlaceNamed = all.some((other) => other.kind === 'place' && other !== place && tokens[other.tokenStart]!.sentence === sentence && placed.some((event) => {
        const eventPlace = knowledge.resolve(event, event.fact.place);
        return !!eventPlace && (knowledge.placeWithin(other.entity, eventPlace.key) || knowledge.same(other.entity, eventPlace.key));
      }));
      if (rightPlaceNamed) continue;
      // The sentence restates an article sentence that names this place: the place is the article's.
      const placeKeys: string[] = [];
      for (let k = place.tokenStart; k < place.tokenEnd; k++) placeKeys.push(tokens[k]!.key, ...tokenStems(tokens[k]!).map((s) => s.stem));
      if (restatedWith(analysis, knowledge, sentence, (aligned) => placeKeys.some((key) => aligned.keys.has(key)))) continue;
      const event = placed[0]!;
      const eventPlace = knowledge.resolve<Place>(event, event.fact.place)!;
      // Places of other events at the same trigger (the whole list must disagree).
      const lang = tokenLang(analysis, first);
      const actual = analysis.text.slice(place.start, place.end);
      // Name the city inside a compound place (مطار بغداد الدولي → بغداد) when the draft writes one.
      let expectedPlace = eventPlace;
      const placeFact = knowledge.entity<Place>(place.entity)?.fact;
      if (placeFact && (placeFact.kind === 'city' || placeFact.kind === 'country') && eventPlace.fact.kind !== 'city' && eventPlace.fact.kind !== 'country') {
        const within = knowledge.resolve<Place>(eventPlace, eventPlace.fact.within);
        if (within) expectedPlace = within;
      }
      const expected = knowledge.canonicalName(expectedPlace.key, lang);
      report({
        ruleId: 'event-place',
        range: { start: place.start, end: place.end },
        lang,
        message: wrongPlace({ event: knowledge.names(event.key), place: knowledge.names(eventPlace.key), actual }),
        actual,
        expected,
        fix: { text: expected },
        factId: event.id,
        evidence: knowledge.evidenceOf(event.key),
      });
    }
  },
};

/** Whether a token is a unit noun, with or without a clitic (مدينة, بمدينة, وبلدة, town). */
function unitNoun(token: Analysis['tokens'][number] | undefined): boolean {
  return !!token && (UNIT_WORD.has(token.key) || tokenStems(token).some((s) => UNIT_WORD.has(s.stem)));
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
 * Reports a place that fills the slot of another place in the article sentence the draft sentence
 * restates (see `places/restated.ts`). A city or country written for a building or district of the
 * article is compared with the city around it (Chequers for Downing Street stays a building; the
 * New Alamein for the cabinet's seat in the New Administrative Capital names the capital). A
 * place after a locative of direction (to, إلى) is compared only with a slot on the same word.
 */
function reportRestated(analysis: Analysis, knowledge: KnowledgeIndex, place: Mention, report: RuleContext['report'], strict: boolean): void {
  const found = restatedPlace(analysis, knowledge, place, strict);
  if (!found) return;
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
