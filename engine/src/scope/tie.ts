/**
 * Ties a draft to the stories it is about, so that each fact base speaks only about its own
 * story. In order:
 *
 * 1. the draft's front matter (`story: <fact-base id>` or a list; `story: none` for none);
 * 2. the host's ties by the draft's path (`.isnadrc.json` `factBases[].drafts` globs and the
 *    fact base's own `scope.drafts` globs, matched by the CLI and the server alike);
 * 3. otherwise automatic detection: every story whose distinctive names the draft names enough
 *    of (see `detect.ts`).
 *
 * With `scope: 'all'` every loaded fact base applies (the behaviour before stories were scoped).
 */
import { detected, type StoryScore } from './detect';

/** Why a draft is tied to its stories. */
export type TieReason = 'front-matter' | 'path' | 'detected' | 'all';

/** The stories a draft is about. */
export interface StoryTie {
  /** The ids of the fact bases whose facts speak about the draft (none: it gets no finding). */
  factBases: string[];
  /** How they were chosen; `detected` with an empty list means nothing was detected. */
  by: TieReason;
  /** Detection's scores of the loaded stories that the draft names at all, best first. */
  scores: { id: string; score: number; specific: number; person: boolean; spelled?: true; corroborating: number; names: string[] }[];
  /** Ids the draft or the host named that no loaded fact base has. */
  unknown: string[];
}

/** What {@link tieStories} decides from. */
export interface TieInput {
  /** The loaded fact bases' ids, in order. */
  ids: readonly string[];
  frontMatter: string[] | undefined;
  /** The host's ties by path. */
  byPath: readonly string[] | undefined;
  scores: StoryScore[];
  scope: 'story' | 'all';
}

/** Decides which loaded fact bases speak about a draft. */
export function tieStories(input: TieInput): StoryTie {
  // `spelled` is said only when true, so that the scores of most drafts read as they did.
  const scores = input.scores.map(({ id, score, specific, person, spelled, corroborating, names }) => ({ id, score, specific, person, ...(spelled && !person ? { spelled: true as const } : {}), corroborating, names }));
  const loaded = new Set(input.ids);
  const explicit = (ids: readonly string[], by: TieReason): StoryTie => {
    const unique = [...new Set(ids)];
    return { factBases: unique.filter((id) => loaded.has(id)), by, scores, unknown: unique.filter((id) => !loaded.has(id)) };
  };
  if (input.scope === 'all') return { factBases: [...new Set(input.ids)], by: 'all', scores, unknown: [] };
  if (input.frontMatter !== undefined) return explicit(input.frontMatter, 'front-matter');
  if (input.byPath && input.byPath.length > 0) return explicit(input.byPath, 'path');
  const found = input.scores.filter(detected).map((score) => score.id);
  return { factBases: [...new Set(found)], by: 'detected', scores, unknown: [] };
}
