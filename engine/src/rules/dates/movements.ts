/**
 * `event-date`, clock times at the two ends of a journey. A sentence may give a journey's start
 * and its end («انطلقت القافلة … عند السابعة صباحاً، ووصلت … بعد نحو ثماني ساعات», "set off at
 * 7am and reached Mafraq about eight hours later") while only one of them has a time. A draft's
 * time beside a word of the other end (arrived at 3pm, «15:00 وصول القافلة») is that end's time,
 * which the article does not give: it is no wrong time of the start, and the reverse holds too.
 */
import type { Analysis, Token } from '../../analysis';
import { analyse } from '../../analysis';
import type { Entity } from '../../knowledge';
import { tokenStems } from '../../knowledge';
import { clockTimes, type ClockTime } from '../../extract/times';
import type { Event } from '../../factBase/schema';
import { ARRIVAL_WORDS, DEPARTURE_WORDS } from '../../lexicon/words';
import { wordKey } from '../../tokenKey';

type Movement = 'arrival' | 'departure';

/** How many words before a time a word of a journey's end may stand to be its own (set off from the port of Aqaba at 7am). */
const BEFORE = 8;

/** The end of a journey a word names, by its form or its stems (ووصلت, والانطلاق). */
function movementOf(token: Token | { key: string }): Movement | undefined {
  const keys = [token.key, token.key.replace(/^[وف]/, ''), ...tokenStems(token).map((stem) => stem.stem)];
  if (keys.some((key) => ARRIVAL_WORDS.has(key))) return 'arrival';
  if (keys.some((key) => DEPARTURE_WORDS.has(key))) return 'departure';
  return undefined;
}

/**
 * The end of a journey that the time at tokens [start, end) belongs to: the word of either end
 * nearest before it in its clause (set off from Aqaba at 9am), else the one right after it
 * («15:00 وصول القافلة»).
 */
function movementBeside(tokens: readonly Token[], start: number, end: number): Movement | undefined {
  const clause = tokens[start]!.clause;
  for (let k = start - 1; k >= 0 && k >= start - BEFORE && tokens[k]!.clause === clause; k--) {
    const movement = movementOf(tokens[k]!);
    if (movement) return movement;
  }
  // After the time, only the word right after it, as written («15:00 وصول القافلة», 3pm arrival):
  // a verb joined by "and" or «و» after the time (at 7am and reached …) is the next act's.
  // (A time's own colon may end the clause of its hour: 15:00 is read as two clauses.)
  const next = tokens[end];
  if (!next || next.clause !== tokens[end - 1]!.clause) return undefined;
  return ARRIVAL_WORDS.has(next.key) ? 'arrival' : DEPARTURE_WORDS.has(next.key) ? 'departure' : undefined;
}

const eventMovementCache = new WeakMap<Event, Movement | null>();

/**
 * The end of a journey whose time the event's fact gives: the one beside the time in its evidence
 * («عند السابعة صباحاً» after «انطلقت»), else the one its triggers name when they name one end only.
 */
function eventMovement(event: Entity<Event>): Movement | undefined {
  let movement = eventMovementCache.get(event.fact);
  if (movement === undefined) {
    movement = null;
    for (const range of event.fact.evidence ?? []) {
      const evidence = analyse(range.text, 'plaintext');
      const found = clockTimes(evidence).map((time) => movementBeside(evidence.tokens, time.tokenStart, time.tokenEnd)).find((kind) => kind !== undefined);
      if (found) {
        movement = found;
        break;
      }
    }
    if (movement === null) {
      const words = [...(event.fact.triggers?.ar ?? []), ...(event.fact.triggers?.en ?? [])].flatMap((trigger) => trigger.split(/\s+/));
      const kinds = new Set(words.map((word) => movementOf({ key: wordKey(word) })).filter((kind) => kind !== undefined));
      movement = kinds.size === 1 ? [...kinds][0]! : null;
    }
    eventMovementCache.set(event.fact, movement);
  }
  return movement ?? undefined;
}

/**
 * Whether the draft's time is the time of the other end of a journey than the one whose time the
 * event's fact gives (arrived at 3pm, for a departure at 7am).
 */
export function otherEndOfJourney(analysis: Analysis, time: ClockTime, event: Entity<Event>): boolean {
  const own = movementBeside(analysis.tokens, time.tokenStart, time.tokenEnd);
  if (!own) return false;
  const theirs = eventMovement(event);
  return theirs !== undefined && theirs !== own;
}
