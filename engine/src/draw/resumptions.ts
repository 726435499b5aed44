/**
 * An Arabic act resumed: a verb of doing again (أعاد, أعيد, إعادة) and the verbal noun it governs a
 * few words after it (أعادت وزارة الصناعة … اليوم الأربعاء تشغيل المعمل), one act that English names
 * by one verb (restarted, reopened). Drawing gives the date's event the verb, the noun and the
 * phrase «إعادة» + noun that a draft names the act by in a noun phrase, and the phrase's English
 * verbs; the noun alone names the plain act (تشغيل: operation) and is translated by nothing. An
 * English article's verb is given the Arabic phrases the other way. The words are `lexicon.ts`
 * `RESUMING_VERBS` and `RESUMED_ACTS`.
 */
import type { DrawContext } from './context';
import { key } from './words';
import { RESUMED_ACTS, RESUMING_VERBS } from './lexicon';

const VERBS = new Set(RESUMING_VERBS.map(key));
const ACTS = new Map(RESUMED_ACTS.map((row) => [key(row.ar), row]));
/** The noun of doing again, which opens the phrase a draft names the act by. */
const AGAIN = 'إعادة';
/** How many words may stand between the verb and its noun: its subject and the date (أعادت وزارة الصناعة والمعادن العراقية اليوم الأربعاء تشغيل). */
const REACH = 8;

/** Whether a folded word is a verb of doing again, behind a conjunction, a preposition or the future's س (وأعادت, بإعادة, ستعيد). */
function resumingVerb(word: string): boolean {
  const bare = word.replace(/^[وف]/, '');
  return VERBS.has(bare) || VERBS.has(bare.replace(/^[بل]/, '')) || VERBS.has(bare.replace(/^س(?=[يت])/, ''));
}

/**
 * The row of a folded word that is a noun resumed, as written or behind a conjunction, a
 * preposition or the article, or before a pronoun (بإعادة تشغيله). The word is looked up as written
 * first, so that a noun whose first letter looks like a clitic (فتح, بناء) keeps it.
 */
function resumedAct(word: string): (typeof RESUMED_ACTS)[number] | undefined {
  for (const form of [word, word.replace(/^[وف]/, ''), word.replace(/^[وف]?[بل]/, ''), word.replace(/^[وف]?[بل]?(ال|ل)/, '')]) {
    const row = ACTS.get(form) ?? ACTS.get(form.replace(/(هما|هم|ها|ه)$/, ''));
    if (row) return row;
  }
  return undefined;
}

/**
 * The triggers of an act resumed whose noun stands in the clause of the date at `start`, with its
 * verb up to eight words before it in the sentence, not before `from`: the verb as written (without
 * its conjunction), the noun and «إعادة» + noun. Empty where there is none.
 */
export function resumedTriggers(ctx: DrawContext, from: number, start: number, to: number): string[] {
  const tokens = ctx.tokens;
  const clause = tokens[start]!.clause;
  for (let j = from + 1; j < to; j++) {
    if (tokens[j]!.clause !== clause || tokens[j]!.script !== 'ar') continue;
    const row = resumedAct(tokens[j]!.key);
    if (!row) continue;
    for (let k = j - 1; k >= from && j - k <= REACH && tokens[k]!.sentence === tokens[j]!.sentence; k--) {
      if (!resumingVerb(tokens[k]!.key)) continue;
      const verb = ctx.word(k).replace(/[\u064b-\u065f\u0640]/g, '').replace(/^[وف](?=\S{3,})/, '');
      return [...new Set([verb, row.ar, `${AGAIN} ${row.ar}`])];
    }
  }
  return [];
}

/** The English verbs of a drawn phrase «إعادة» + noun (إعادة تشغيل → restarted, reopened, resumed), or undefined. */
export function resumedEnglish(trigger: string): string[] | undefined {
  const match = /^(\S+) (\S+)$/.exec(trigger);
  return match && key(match[1]!) === key(AGAIN) ? ACTS.get(key(match[2]!))?.en : undefined;
}

/**
 * Each English verb of an act resumed → the Arabic phrases a draft names it by, the verb right
 * before its noun: «إعادة تشغيل», «أعيد فتح», «أعادت تشغيل» (reopened → إعادة فتح, أعيد فتح …).
 */
export const RESUMED_ARABIC: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const row of RESUMED_ACTS) {
    const phrases = [AGAIN, 'أعيد', 'أعيدت', 'أعاد', 'أعادت'].map((verb) => `${verb} ${row.ar}`);
    for (const english of row.en) out.set(key(english), [...new Set([...(out.get(key(english)) ?? []), ...phrases])]);
  }
  return out;
})();
