/** Helpers of the probes of story detection with drawn fact bases (scopeDrawn30, scopeDrawn31). */
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase, type FactBaseData } from '../../engine/src/index';

/** A fact base drawn from an invented article with no edits, parsed as a user's would be (no problems). */
export function drawnFactBase(article: string, id: string, lang: 'ar' | 'en'): FactBaseData {
  const { factBase } = drawFactBase(article, { id, file: `${id}.${lang}.txt` });
  const parsed = parseFactBase(JSON.stringify(factBase), `${id}.json`, article);
  assert.deepEqual(parsed.problems, []);
  return parsed.factBase!;
}

/** Whether story detection ties the draft to the fact base's story. */
export function tiedTo(factBase: FactBaseData, draft: string): boolean {
  return createChecker([factBase]).storyOf(draft, { format: 'markdown' }).factBases.includes(factBase.id);
}
