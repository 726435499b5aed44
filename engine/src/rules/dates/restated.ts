/**
 * `event-date`, days tied through alignment: of several events whose article sentence a draft
 * sentence restates ("visited the site on Thursday and will make a statement … on Tuesday 17
 * November"), the one whose own evidence has the most words beside the draft's day.
 */
import { analyse, type Analysis } from '../../analysis';
import { tokenContentStem, type Entity } from '../../knowledge';
import type { Event } from '../../factBase/schema';
import { contentStem } from '../../text/stem';

/** How many content words on each side of a day make its neighbourhood. */
const NEIGHBOURS = 4;

/**
 * The content stems of the four content words on either side of tokens `start..end` in their
 * clause; for a day set off by commas, its clause holding no content word besides it ("Gareth
 * Howells, on Friday, visited the site"), in the clauses on either side of it in its sentence.
 */
function neighbourStems(analysis: Analysis, start: number, end: number): Set<string> {
  const out = neighboursWithin(analysis, start, end, true);
  return out.size > 0 ? out : neighboursWithin(analysis, start, end, false);
}

/** The content stems of the four content words on either side of tokens `start..end`, in their clause or their sentence. */
function neighboursWithin(analysis: Analysis, start: number, end: number, inClause: boolean): Set<string> {
  const tokens = analysis.tokens;
  const within = inClause ? (k: number) => tokens[k]!.clause === tokens[start]!.clause : (k: number) => tokens[k]!.sentence === tokens[start]!.sentence;
  const out = new Set<string>();
  for (const step of [-1, 1]) {
    let taken = 0;
    for (let k = step < 0 ? start - 1 : end; k >= 0 && k < tokens.length && taken < NEIGHBOURS && within(k); k += step) {
      const stem = tokenContentStem(tokens[k]!);
      if (!stem) continue;
      taken++;
      out.add(stem);
    }
  }
  return out;
}

const evidenceStemCache = new WeakMap<Event, Set<string>>();

/** The content stems of an event's own evidence texts. */
function evidenceStems(event: Event): Set<string> {
  let stems = evidenceStemCache.get(event);
  if (!stems) {
    stems = new Set();
    for (const evidence of event.evidence ?? []) {
      for (const token of analyse(evidence.text, 'plaintext').tokens) {
        const stem = contentStem(token.key);
        if (stem) stems.add(stem);
      }
    }
    evidenceStemCache.set(event, stems);
  }
  return stems;
}

/**
 * Of several events restated by one sentence, those whose own evidence has the most words among
 * the words beside the draft's day; all of them when none has any.
 */
export function nearestInWords<T extends Entity<Event>>(analysis: Analysis, events: T[], start: number, end: number): T[] {
  if (events.length < 2) return events;
  const near = [...neighbourStems(analysis, start, end)];
  const shared = events.map((event) => near.filter((stem) => evidenceStems(event.fact).has(stem)).length);
  const most = Math.max(...shared);
  return most === 0 ? events : events.filter((_, index) => shared[index] === most);
}
