/**
 * The `event-place` rule's venues written right after an event's word: where the fact base puts an
 * event in a building (a hall, a theatre, a parliament's chamber), a venue no gazetteer lists that
 * the draft names right after the event's word has moved the event there ("the race finished at the
 * Citadel" for the Roman Theatre, "the petition was handed in at the Scottish Parliament" for the
 * City Chambers, «في كلمة بمقر ولاية الجهة» for the hospital's conference hall). The venue is named
 * by its construction: in English a capitalised name after "at" (and "the"), in Arabic a venue noun
 * and the words of its name (`places/venues.ts`); at most two words stand between the event's word
 * and the venue ("handed in at", «ألقاها في»).
 *
 * Left alone: a venue the article itself names anywhere (its words are the article's), a spelling
 * or a part of the building's own names (the Chambers for the City Chambers), a venue of the
 * building's own noun («مقر الحكومة» for «مقر مجلس الوزراء», which may be its other name), a sentence that
 * names the event's building itself, a building with no name in the draft's language (a translation
 * of its name cannot be told from another venue), an event's word the sentence does not back (`supportedEvents`)
 * unless it restates the event's article sentence,
 * a word of events in two buildings, a month's or a weekday's name, a name in the possessive
 * ("at the Council's request") or before a lower-case noun it qualifies ("at the Labour conference"), and a venue `places/venues.ts` already compared.
 */
import type { Analysis, Token } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event, Place } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import type { TriggerHit } from '../../events';
import { supportedEvents } from '../../events';
import { restatesEvidence } from '../../align';
import { editDistance, tokenContentStem } from '../../knowledge';
import { mentions, mentionedTokens } from '../../mentions';
import { wrongPlace } from '../../messages';
import { articleOf } from '../../factBase/article';
import { fold } from '../../text/normalise';
import { MONTH_NAMES, WEEKDAYS } from '../../lexicon/months';
import { VENUE_NOUNS } from '../../lexicon/words';
import { draftVenues, hasNoun, venueStart } from './venues';

/** The English names of months and weekdays, which name no venue after "at" (folded). */
const TIME_NAMES = new Set([...MONTH_NAMES.flat(), ...WEEKDAYS.flatMap((day) => day.names)].filter((name) => /^[a-z]+$/.test(name)));
const VENUE = new Set(VENUE_NOUNS);
/** The most words between an event's word and its venue (a speech at, «كلمة ألقاها ب»). */
const MOST_BETWEEN = 2;
/** The most capitalised words of an English venue's name. */
const MOST_NAME_WORDS = 4;

/** A venue the draft names by its construction: its tokens and its venue noun, if it has one. */
interface NamedVenue {
  tokenStart: number;
  tokenEnd: number;
  noun?: string;
}

/** The English venues of the draft: a capitalised run of unknown words after "at" and "the", not a time's name nor in the possessive. */
function englishVenues(analysis: Analysis, known: Uint8Array): NamedVenue[] {
  const tokens = analysis.tokens;
  const capitalised = (k: number, sentence: number) => {
    const token = tokens[k];
    return !!token && token.sentence === sentence && token.script === 'latin' && !known[k] && /^\p{Lu}/u.test(analysis.text.slice(token.oStart, token.oEnd));
  };
  const venues: NamedVenue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.key !== 'at') continue;
    const sentence = tokens[i]!.sentence;
    const start = tokens[i + 1]?.key === 'the' ? i + 2 : i + 1;
    let end = start;
    while (end - start < MOST_NAME_WORDS && capitalised(end, sentence) && (end === start || /^\s+$/.test(analysis.text.slice(tokens[end - 1]!.oEnd, tokens[end]!.oStart)))) end++;
    if (end === start || TIME_NAMES.has(tokens[start]!.key)) continue;
    // "at the Council's request": a name in the possessive is who, not where.
    if (/^['’]s\b/.test(analysis.text.slice(tokens[end - 1]!.oEnd, tokens[end - 1]!.oEnd + 3))) continue;
    // "at the Labour conference": a name before a lower-case noun qualifies that noun.
    const next = tokens[end];
    if (next && next.sentence === sentence && /^\s+$/.test(analysis.text.slice(tokens[end - 1]!.oEnd, next.oStart)) && /^\p{Ll}/u.test(analysis.text.slice(next.oStart, next.oEnd)) && tokenContentStem(next)) continue;
    // "at the Palace of Culture": a name that goes on after of, for or and is not read whole here.
    if (next && ['of', 'for', 'and'].includes(next.key) && capitalised(end + 1, sentence)) continue;
    const noun = tokens.slice(start, end).find((token) => VENUE.has(token.key))?.key;
    venues.push({ tokenStart: start, tokenEnd: end, noun });
    i = end - 1;
  }
  return venues;
}

/** The building an event is placed in, if it is one. */
function buildingOf(knowledge: KnowledgeIndex, event: Entity<Event>): Entity<Place> | undefined {
  if (!event.fact.place) return undefined;
  const at = knowledge.resolve(event, event.fact.place);
  const place = at ? knowledge.entity<Place>(at.key) : undefined;
  return place?.fact.kind === 'building' ? place : undefined;
}

/** Whether the draft's name is a spelling or a part of one of the building's names (the Chambers, «قاعة المؤتمرات»). */
function spellingOf(knowledge: KnowledgeIndex, entity: string, name: string): boolean {
  const words = name.split(' ').filter((word) => !VENUE.has(word) && !VENUE.has(word.replace(/^ال/, '')));
  for (const known of knowledge.foldedNamesOf(entity)) {
    if (editDistance(name, known, 2) <= 2) return true;
    const knownWords = new Set(known.split(' '));
    if (words.some((word) => knownWords.has(word))) return true;
  }
  return false;
}

/** The event word that ends at most `MOST_BETWEEN` words before token `start` in its clause, with the one building its backed events are placed in. */
function eventBefore(analysis: Analysis, knowledge: KnowledgeIndex, hits: readonly TriggerHit[], hitsByEnd: ReadonlyMap<number, TriggerHit>, start: number): { event: Entity<Event>; building: Entity<Place> } | undefined {
  const tokens = analysis.tokens;
  const clause = tokens[start]!.clause;
  for (let end = start; end >= start - MOST_BETWEEN && end > 0; end--) {
    if (tokens[end - 1]!.clause !== clause) return undefined;
    const hit = hitsByEnd.get(end);
    if (!hit) continue;
    // A word the sentence does not back names its event where the sentence restates the event's own (said in a speech …).
    const supported = supportedEvents(analysis, knowledge, hits, hit);
    const events = supported.length > 0 ? supported : hit.events.filter((event) => restatesEvidence(analysis, knowledge, tokens[start]!.sentence, event));
    const placed = events.map((event) => ({ event, building: buildingOf(knowledge, event) }));
    const buildings = new Set(placed.map(({ building }) => building?.key));
    const [only] = placed;
    if (buildings.size !== 1 || !only?.building) return undefined;
    return { event: only.event, building: only.building };
  }
  return undefined;
}

/** Whether the draft sentence of token `start` names the place `entity` itself. */
function namesPlace(analysis: Analysis, knowledge: KnowledgeIndex, start: number, entity: string): boolean {
  const sentence = analysis.tokens[start]!.sentence;
  return mentions(analysis, knowledge).some((mention) => mention.kind === 'place' && analysis.tokens[mention.tokenStart]!.sentence === sentence && knowledge.same(mention.entity, entity));
}

/**
 * Reports each venue named right after an event's word that is not the event's building (see the
 * module comment); `compared` holds the first tokens of the venues `places/venues.ts` compared.
 */
export function checkEventVenues(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, hits: readonly TriggerHit[], compared: ReadonlySet<number>): void {
  const known = mentionedTokens(analysis, knowledge);
  const tokens = analysis.tokens;
  const hitsByEnd = new Map<number, TriggerHit>();
  for (const hit of hits) hitsByEnd.set(hit.tokenEnd, hit);
  let articles: string[] | undefined;
  const venues: NamedVenue[] = [...englishVenues(analysis, known), ...draftVenues(analysis, known).filter((venue) => tokens[venue.tokenStart]!.script === 'ar')];
  for (const venue of venues) {
    if (compared.has(venue.tokenStart)) continue;
    // An Arabic venue noun right after an event's word with no locative is the word's genitive
    // object (توقيع عقد محطة التحلية, the plant's contract), not the place of the event.
    if (tokens[venue.tokenStart]!.script === 'ar' && !arabicLocative(analysis, venue)) continue;
    const placed = eventBefore(analysis, knowledge, hits, hitsByEnd, arabicLocativeStart(tokens, venue.tokenStart));
    if (!placed) continue;
    const first = tokens[venue.tokenStart]!;
    const start = venueStart(analysis, venue);
    const end = tokens[venue.tokenEnd - 1]!.oEnd;
    const actual = analysis.text.slice(start, end);
    const folded = fold(actual);
    articles ??= knowledge.factBases.map((factBase) => fold(articleOf(factBase) ?? ''));
    if (articles.some((article) => article.includes(folded))) continue;
    // A venue of the building's own noun («مقر الحكومة» for «مقر مجلس الوزراء») may be the building by another name: `places/venues.ts` compares those.
    if ((venue.noun !== undefined && hasNoun(knowledge, placed.building.key, venue.noun)) || spellingOf(knowledge, placed.building.key, folded) || namesPlace(analysis, knowledge, venue.tokenStart, placed.building.key)) continue;
    const lang = first.script === 'ar' ? 'ar' : 'en';
    // A building with no name in the draft's language (drawn from an article of the other) cannot be told from a translation of its name.
    if ((placed.building.fact.names[lang] ?? []).length === 0) continue;
    const expected = knowledge.canonicalName(placed.building.key, lang);
    report({
      ruleId: 'event-place',
      range: { start, end },
      lang,
      message: wrongPlace({ event: knowledge.names(placed.event.key), place: knowledge.names(placed.building.key), actual }),
      actual,
      expected,
      fix: { text: expected },
      factId: placed.event.id,
      evidence: knowledge.evidenceOf(placed.event.key),
    });
  }
}

/** Whether an Arabic venue stands after a locative: «ب» fused to its noun (بمقر، وبقاعة) or «في», «عند» or «داخل» before it. */
function arabicLocative(analysis: Analysis, venue: NamedVenue): boolean {
  const tokens = analysis.tokens;
  const before = tokens[venue.tokenStart - 1]?.key;
  if (before === 'في' || before === 'عند' || before === 'داخل') return true;
  const token = tokens[venue.tokenStart]!;
  const surface = fold(analysis.text.slice(token.oStart, token.oEnd)).replace(/^[وف](?=ب)/, '');
  return surface.startsWith('ب') && (venue.noun === undefined || !surface.startsWith(fold(venue.noun)));
}

/** The token an Arabic venue's locative stands on: the venue's own when «ب» is fused to it (بمقر), else the «في» before it. */
function arabicLocativeStart(tokens: readonly Token[], start: number): number {
  return tokens[start]!.script === 'ar' && tokens[start - 1]?.key === 'في' ? start - 1 : start;
}

