/**
 * A departure in an Arabic article: a verb of setting out with a convoy or a craft as its subject
 * right after it («تنطلق القافلة الثانية يوم الخميس», «أبحرت السفينة»). Drawing gives the date's
 * event the verb with its subject, as written, and the English phrases of the traveller leaving
 * (convoy leaves, ship departed); the verb with another subject (انطلقت الأعمال: the works began) is left as it was. The
 * words are `lexicon.ts` `SETTING_OUT_ARABIC`, `TRAVELLERS_ARABIC` and `SETTING_OUT_ENGLISH`.
 */
import type { DrawContext } from './context';
import { key } from './words';
import { SETTING_OUT_ARABIC, SETTING_OUT_ENGLISH, TRAVELLERS_ARABIC } from './lexicon';

const VERBS = new Set(SETTING_OUT_ARABIC.map(key));
const TRAVELLERS = new Map(TRAVELLERS_ARABIC.map((row) => [key(row.ar), row.en]));
/** How many words after the verb its subject may stand: right after it only (انطلقت القافلة; انطلقت صباح اليوم القافلة is not read). */
const SUBJECT_REACH = 1;

/** The folded verb of setting out a word writes, behind a conjunction or the future's س (وانطلقت, ستنطلق), or undefined. */
function settingOutVerb(word: string): string | undefined {
  const bare = word.replace(/^[وف](?=\S{4,})/, '');
  const present = bare.replace(/^س(?=[يت]\S{3,})/, '');
  return VERBS.has(bare) ? bare : VERBS.has(present) ? present : undefined;
}

/** The English nouns of a folded word that is a traveller, with the article (القافلة) and without; else undefined. */
function traveller(word: string): readonly string[] | undefined {
  return TRAVELLERS.get(word.replace(/^ال/, ''));
}

/**
 * The triggers of a departure in the clause of the date at `start`, not before `from`: the verb of
 * setting out with its traveller as written (تنطلق القافلة). Empty where there is none.
 */
export function settingOutTriggers(ctx: DrawContext, from: number, start: number): string[] {
  const tokens = ctx.tokens;
  const clause = tokens[start]!.clause;
  for (let k = from; k < start; k++) {
    if (tokens[k]!.clause !== clause || tokens[k]!.script !== 'ar' || settingOutVerb(tokens[k]!.key) === undefined) continue;
    for (let j = k + 1; j <= k + SUBJECT_REACH && j < start && tokens[j]!.clause === clause; j++) {
      if (!traveller(tokens[j]!.key)) continue;
      const written = (at: number) => ctx.word(at).replace(/[\u064b-\u065f\u0640]/g, '');
      return [`${written(k).replace(/^[وف](?=\S{4,})/, '')} ${written(j)}`];
    }
  }
  return [];
}

/** The English phrases of a drawn departure, the traveller's noun and a verb of leaving (تنطلق القافلة → convoy leaves, convoy departed …), or undefined for another trigger. */
export function settingOutEnglish(trigger: string): readonly string[] | undefined {
  const match = /^(\S+) (\S+)$/.exec(trigger);
  const nouns = match && settingOutVerb(key(match[1]!)) !== undefined ? traveller(key(match[2]!)) : undefined;
  return nouns?.flatMap((noun) => SETTING_OUT_ENGLISH.map((verb) => `${noun} ${verb}`));
}
