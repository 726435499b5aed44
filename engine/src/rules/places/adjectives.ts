/**
 * The `event-place` rule's places named by a nationality adjective: an event put "in an Algerian
 * village", «في قرية جزائرية», or said to strike «قرى جزائرية» or "Algerian villages", where the
 * fact base puts it in Morocco, is put in the wrong country. The adjective must qualify a noun of
 * settlement or area (village, town, region, قرية, بلدة, منطقة) after a locative or a verb of
 * striking, and an event's word must stand near in the clause and be backed as for a named place
 * (a participant, the restated sentence, the subject of the verb of striking); the fix is the right
 * country's adjective in the draft's form (مغربية, Moroccan).
 *
 * The adjectives of the nations of the United Kingdom name their nation so ("a Scottish town",
 * «مدينة اسكتلندية» for a fire in Wales; the fix is the event's nation's, Welsh).
 *
 * Left alone: an adjective on a person, a government or a body ("an Algerian official", «الحكومة
 * الجزائرية»), a settlement named after "from" (rescuers from an Algerian city), the right country
 * or one holding the event's place, an event whose country the fact base and gazetteer do not tell,
 * and a sentence about another occasion.
 */
import type { Analysis, Token } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event, Place } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { tokenStems } from '../../knowledge';
import { tokenLang } from '../../analysis';
import { hitsAround, supportedEvents, type TriggerHit } from '../../events';
import { placeTriggerHits } from './otherLanguage';
import { pairedEvents } from './eventPairs';
import { wordKey } from '../../tokenKey';
import { nationalityOf } from '../../titles';
import { otherOccasion, restatesEvidence } from '../../align';
import { wrongPlace } from '../../messages';
import { ADJECTIVE_VENUE_NOUNS, COUNTRY_PLACE, LOCATIVES, NATION_ADJECTIVES, NATIONALITIES, RELATIVE_WORDS, SETTLEMENT_NOUNS, STOPWORDS, STRIKE_VERBS } from '../../lexicon/words';
import { countryOf, placeChain } from './relation';
import { atAnotherTime } from './occasion';

const SETTLEMENT = new Set(SETTLEMENT_NOUNS);
/** Nouns a nationality adjective places in a country: settlements and areas, and venues (`ADJECTIVE_VENUE_NOUNS`). */
const PLACE_NOUN = new Set([...SETTLEMENT_NOUNS, ...ADJECTIVE_VENUE_NOUNS]);
const VENUE = new Set(ADJECTIVE_VENUE_NOUNS);
const STOP = new Set(STOPWORDS);
const LOCATIVE = new Set(LOCATIVES);
const STRIKE = new Set(STRIKE_VERBS);
const RELATIVES = new Set(RELATIVE_WORDS);
/** The nation of the United Kingdom each folded adjective names (welsh → wales). */
const NATION_OF_ADJECTIVE = new Map(
  Object.entries(NATION_ADJECTIVES).flatMap(([nation, forms]) => [forms.ar.m, forms.ar.f, ...forms.ar.other, ...forms.en].map((form) => [wordKey(form), `lexicon:${nation}`] as const)),
);

/** The gazetteer place an adjective names: a country by its nationality, or a nation of the United Kingdom. */
function placeOfAdjective(token: Token | undefined): string | undefined {
  const code = nationalityOf(token);
  const country = code ? COUNTRY_PLACE[code] : undefined;
  if (country) return `lexicon:${country}`;
  return token ? NATION_OF_ADJECTIVE.get(token.key) : undefined;
}

/** The nationality code of each country of the gazetteer (morocco → MA). */
const CODE_OF_PLACE = new Map(Object.entries(COUNTRY_PLACE).map(([code, place]) => [`lexicon:${place}`, code]));

/** A place named by a nationality adjective: its adjective's token, the country, and the phrase. */
interface AdjectivePlace {
  adjective: number;
  /** The token of the locative or verb of striking that opens the place. */
  cue: number;
  country: string;
  start: number;
  end: number;
}

/** Whether a token is one of `words`, with or without a clitic. */
const isOneOf = (token: Token | undefined, words: ReadonlySet<string>) => !!token && (words.has(token.key) || tokenStems(token).some((s) => words.has(s.stem)));

/**
 * The verb or locative that opens a place at token `k`: the token of a locative (in, في) or of a
 * verb of striking right before it (struck Algerian villages), or of a verb of striking before its
 * subject (ضرب الزلزال قرى …); -1 when none does.
 */
function placeCue(tokens: readonly Token[], k: number, sentence: number): number {
  const before = tokens[k - 1];
  if (!before || before.sentence !== sentence || before.key === 'from' || before.key === 'من') return -1;
  if (isOneOf(before, LOCATIVE) || isOneOf(before, STRIKE)) return k - 1;
  // The subject of a verb of striking between the verb and the place (ضرب الزلزال قرى جزائرية).
  const verb = tokens[k - 2];
  if (before.script === 'ar' && verb && verb.sentence === sentence && isOneOf(verb, STRIKE)) return k - 2;
  return -1;
}

/**
 * Whether the English noun at `k` ends its phrase: no lower-case word other than a function word
 * follows it in the same clause (a port operator, a hotel chain, the port's offices go on).
 */
function endsPhrase(analysis: Analysis, k: number): boolean {
  const tokens = analysis.tokens;
  const token = tokens[k]!;
  if (/^['’]s/.test(analysis.text.slice(token.oEnd, token.oEnd + 2))) return false;
  const next = tokens[k + 1];
  if (!next || next.sentence !== token.sentence || !/^\s+$/.test(analysis.text.slice(token.oEnd, next.oStart))) return true;
  return !/^[a-z]/.test(analysis.text.slice(next.oStart, next.oEnd)) || STOP.has(next.key);
}

/** The places named by a nationality adjective in the draft (see the module comment). */
function adjectivePlaces(analysis: Analysis): AdjectivePlace[] {
  const tokens = analysis.tokens;
  const out: AdjectivePlace[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const country = placeOfAdjective(tokens[k]);
    if (!country) continue;
    const sentence = tokens[k]!.sentence;
    const inSentence = (j: number) => (tokens[j]?.sentence === sentence ? tokens[j] : undefined);
    if (tokens[k]!.script === 'ar') {
      // «قرية جزائرية», «بقرية جزائرية»: the noun of settlement right before the adjective.
      const noun = inSentence(k - 1);
      const fused = !!noun && /^[وف]?ب/.test(noun.key) && PLACE_NOUN.has(noun.key.replace(/^[وف]?ب/, ''));
      if (!noun || (!isOneOf(noun, PLACE_NOUN) && !fused)) continue;
      const cue = fused ? k - 1 : placeCue(tokens, k - 1, sentence);
      if (cue >= 0) out.push({ adjective: k, cue, country, start: k - 1, end: k + 1 });
    } else {
      // "an Algerian village", "Algerian mountain villages".
      // "an Egyptian port", "a Syrian hotel": a venue noun that ends its phrase (not "an Egyptian
      // port operator", "a Syrian hotel chain", where the adjective is the owner's).
      const noun = isOneOf(inSentence(k + 1), SETTLEMENT) || (isOneOf(inSentence(k + 1), VENUE) && endsPhrase(analysis, k + 1)) ? k + 1 : isOneOf(inSentence(k + 2), SETTLEMENT) && /^[a-z]/.test(tokens[k + 1]!.text) ? k + 2 : -1;
      if (noun < 0) continue;
      const first = inSentence(k - 1) && ['a', 'an', 'the'].includes(tokens[k - 1]!.key) ? k - 1 : k;
      const cue = placeCue(tokens, first, sentence);
      if (cue >= 0) out.push({ adjective: k, cue, country, start: first, end: noun + 1 });
    }
  }
  return out;
}

/** The events an event's word near the place names and the sentence backs, with a place of their own. */
function eventsNear(analysis: Analysis, knowledge: KnowledgeIndex, place: AdjectivePlace, documentDate?: { year: number; month: number }): Entity<Event>[] {
  const hits = placeTriggerHits(analysis, knowledge);
  const sentence = analysis.tokens[place.start]!.sentence;
  const tokens = analysis.tokens;
  // The subject of the verb of striking that opens the place (the earthquake struck, ضرب الزلزال) is
  // tied to it without other backing.
  const struck = isOneOf(tokens[place.cue], STRIKE);
  const subjectOf = (hit: TriggerHit) => struck && (hit.tokenStart === place.cue + 1 || hit.tokenEnd === place.cue || (hit.tokenEnd === place.cue - 1 && RELATIVES.has(tokens[place.cue - 1]!.key)));
  for (const hit of hitsAround(analysis, hits, place.start, place.end, { before: 12, after: 5, sameClause: true })) {
    let events = subjectOf(hit) ? hit.events.filter((event) => event.fact.place) : supportedEvents(analysis, knowledge, hits, hit).filter((event) => event.fact.place);
    if (events.length === 0) events = pairedEvents(analysis, knowledge, hits, hit).filter((event) => !otherOccasion(analysis, knowledge, sentence, event));
    if (events.length === 0) events = hit.events.filter((event) => event.fact.place && restatesEvidence(analysis, knowledge, sentence, event) && !otherOccasion(analysis, knowledge, sentence, event));
    events = events.filter((event) => !atAnotherTime(analysis, knowledge, sentence, event, documentDate));
    if (events.length > 0) return events;
  }
  return [];
}

/** The right country's adjective in the draft's form: definite or not, feminine or not, English capitalised. */
function adjectiveFor(analysis: Analysis, knowledge: KnowledgeIndex, adjective: number, country: string): string | undefined {
  // A fact-base country is its gazetteer twin's.
  const code = CODE_OF_PLACE.get(country) ?? [...CODE_OF_PLACE].find(([place]) => knowledge.same(place, country))?.[1];
  const forms = code ? NATIONALITIES[code] : NATION_ADJECTIVES[knowledge.entity(country)?.id ?? ''];
  if (!forms) return undefined;
  const token = analysis.tokens[adjective]!;
  if (token.script !== 'ar') {
    const word = forms.en.find((form) => form.length > 3 && !form.includes('.'));
    return word ? word[0]!.toUpperCase() + word.slice(1) : undefined;
  }
  const form = token.key.endsWith('ه') ? forms.ar.f : forms.ar.m;
  return token.key.startsWith('ال') ? form : form.replace(/^ال/, '');
}

/** Reports each place named by a nationality adjective that puts an event in another country. */
export function checkAdjectivePlaces(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, documentDate?: { year: number; month: number }): void {
  for (const place of adjectivePlaces(analysis)) {
    const events = eventsNear(analysis, knowledge, place, documentDate);
    const wrong = events.map((event) => ({ event, at: knowledge.resolve<Place>(event, event.fact.place) })).find(({ at }) => {
      const country = at ? countryOf(knowledge, at.key) : undefined;
      return !!country && !knowledge.same(country.key, place.country) && !knowledge.placeWithin(at!.key, place.country);
    });
    if (!wrong || wrong.event !== events[0] || events.some((event) => event !== wrong.event && knowledge.same(countryOf(knowledge, knowledge.resolve(event, event.fact.place)!.key)?.key ?? '', place.country))) continue;
    // A nation's adjective is put right with the nation of the event's place (Scottish → Welsh).
    const nation = NATION_OF_ADJECTIVE.has(analysis.tokens[place.adjective]!.key) ? placeChain(knowledge, wrong.at!.key).find((outer) => NATION_ADJECTIVES[outer.id]) : undefined;
    const right = nation ?? countryOf(knowledge, wrong.at!.key)!;
    const fixText = adjectiveFor(analysis, knowledge, place.adjective, right.key);
    if (!fixText) continue;
    const token = analysis.tokens[place.adjective]!;
    const written = analysis.text.slice(token.oStart, token.oEnd);
    const actual = written;
    report({
      ruleId: 'event-place',
      range: { start: token.oStart, end: token.oEnd },
      lang: tokenLang(analysis, token),
      message: wrongPlace({ event: knowledge.names(wrong.event.key), place: knowledge.names(wrong.at!.key), actual }),
      actual,
      expected: fixText,
      fix: { text: fixText },
      factId: wrong.event.id,
      evidence: knowledge.evidenceOf(wrong.event.key),
    });
  }
}
