/**
 * Automatic story detection: which stories a draft names enough of. Each anchor (a person,
 * organisation, group, place or `scope.anchors` word of a fact base) found in the draft counts
 * once, with the weight of its most distinctive form found; a story whose anchors add up to
 * {@link DETECTION_THRESHOLD} is the draft's story.
 */
import type { Analysis } from '../analysis';
import { tokenStems } from '../knowledge';
import { dates } from '../extract/dates';
import { EVENT_DAY_WEIGHT, type ScopeIndex } from './profile';

/**
 * The score at which a draft is about a story, provided it names at least
 * {@link DETECTION_MIN_NAMES} of the story's specific names (weight {@link SPECIFIC_WEIGHT} or
 * more): two people; a person and a specific organisation, place or dated event; a specific place
 * and two event days. One person with well-known places (another deal signed by the same prime
 * minister in Cairo), or well-known names alone, never reach it.
 */
export const DETECTION_THRESHOLD = 4;

/** How many specific names of a story a draft must name to be about it. */
export const DETECTION_MIN_NAMES = 2;

/** The weight from which a name counts as specific to its story. */
export const SPECIFIC_WEIGHT = 1.5;

/** Anchors found in some text: anchor index → weight of the best form found. */
export type AnchorHits = Map<number, number>;

/** Finds the anchors of every story in an analysed text (a block of a draft). */
export function findAnchors(analysis: Analysis, index: ScopeIndex): AnchorHits {
  const hits: AnchorHits = new Map();
  if (index.byFirstKey.size === 0) return hits;
  const tokens = analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.script !== 'ar' && token.script !== 'latin') continue;
    for (const { stem } of tokenStems(token)) {
      const forms = index.byFirstKey.get(stem);
      if (!forms) continue;
      for (const form of forms) {
        let matched = true;
        if (form.caps && !isCapitals(analysis.text.slice(token.oStart, token.oEnd))) continue;
        for (let j = 1; j < form.keys.length; j++) {
          const next = tokens[i + j];
          if (!next || next.sentence !== token.sentence || next.key !== form.keys[j]) {
            matched = false;
            break;
          }
        }
        if (matched && (hits.get(form.anchor) ?? 0) < form.weight) hits.set(form.anchor, form.weight);
      }
    }
  }
  if (index.eventDays.size > 0) {
    // A day and month the story dates an event on (and its year, when the draft gives one).
    for (const date of dates(analysis)) {
      if (!date.day || !date.month) continue;
      for (const event of index.eventDays.get(`${date.month.value}-${date.day.value}`) ?? []) {
        if (date.year && date.year.value !== event.year) continue;
        hits.set(event.anchor, EVENT_DAY_WEIGHT);
      }
    }
  }
  return hits;
}

function isCapitals(word: string): boolean {
  return /^[A-Z]+$/.test(word);
}

/** Merges the anchors of one block into those of the whole draft. */
export function mergeAnchors(into: AnchorHits, from: AnchorHits): void {
  for (const [anchor, weight] of from) if ((into.get(anchor) ?? 0) < weight) into.set(anchor, weight);
}

/** One story's score in a draft. */
export interface StoryScore {
  /** The fact base's id. */
  id: string;
  /** Its index in the checker's list. */
  profile: number;
  score: number;
  /** How many specific names were found. */
  specific: number;
  /** The names found, most distinctive first. */
  names: string[];
}

/** Whether a score ties a draft to its story. */
export function detected(score: StoryScore): boolean {
  return score.score >= DETECTION_THRESHOLD && score.specific >= DETECTION_MIN_NAMES;
}

/** Every story's score in a draft, best first; stories with nothing found are left out. */
export function scoreStories(hits: AnchorHits, index: ScopeIndex): StoryScore[] {
  const byProfile = new Map<number, { score: number; specific: number; names: { label: string; weight: number }[] }>();
  for (const [anchor, weight] of hits) {
    const { profile, label } = index.anchors[anchor]!;
    const entry = byProfile.get(profile) ?? { score: 0, specific: 0, names: [] };
    entry.score += weight;
    if (weight >= SPECIFIC_WEIGHT) entry.specific++;
    entry.names.push({ label, weight });
    byProfile.set(profile, entry);
  }
  return [...byProfile]
    .map(([profile, entry]) => ({
      id: index.ids[profile]!,
      profile,
      score: Math.round(entry.score * 10) / 10,
      specific: entry.specific,
      names: entry.names.sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label)).map((name) => name.label),
    }))
    .sort((a, b) => b.score - a.score || a.profile - b.profile);
}
