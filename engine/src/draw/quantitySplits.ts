/**
 * Splits drawn from the article: a vote or a bench split (voted 9-2, by a majority of two to one,
 * «بأغلبية 7 مقابل 2») as `unit: votes` with `against`, a unanimous decision of a counted bench
 * (the court's five justices unanimously dismissed: 5 against 0), and a score (won 2-1, «فاز 3-1»)
 * as `unit: score`. The checker compares a draft's split with the one whose sentence it restates.
 */
import { numbers } from '../extract/numbers';
import { splits, type Split } from '../extract/splits';
import type { DrawContext } from './context';
import { COUNT_NOUNS, quantityNounAt } from './quantityNouns';
import { key } from './words';

/** Words that make a split a vote or a bench's decision, not a score. */
const VOTE_WORDS = new Set(
  ['vote', 'votes', 'voted', 'voting', 'majority', 'ruled', 'ruling', 'judges', 'justices', 'verdict', 'decision', 'صوت', 'صوتت', 'صوتا', 'أصوات', 'بأغلبية', 'أغلبية', 'بالإجماع', 'تصويت', 'التصويت', 'القضاة', 'قضاة'].map(key),
);

/** Words that make a split a score of a match. */
const SCORE_WORDS = new Set(
  ['won', 'win', 'beat', 'beating', 'lost', 'defeat', 'defeated', 'draw', 'drew', 'victory', 'match', 'final', 'goal', 'goals', 'فاز', 'فوز', 'بفوز', 'خسر', 'خسارة', 'تعادل', 'هزم', 'هزيمة', 'المباراة', 'مباراة', 'النهائي', 'أهداف', 'هدف', 'بنتيجة', 'نتيجة'].map(key),
);

/** Words for a unanimous decision. */
const UNANIMOUS = new Set(['unanimously', 'unanimous', 'بالإجماع'].map(key));

const VOTE_NOUN = { ar: ['أغلبية', 'الأغلبية', 'أصوات', 'تصويت'], en: ['majority', 'vote', 'votes'] };
const SCORE_NOUN = { ar: ['نتيجة', 'النتيجة', 'بنتيجة'], en: ['score', 'result'] };

/** The kind of split by the words of its sentence: a vote, a score, or neither (a split with no such word is not drawn). */
function kindOf(ctx: DrawContext, split: Split): 'votes' | 'score' | undefined {
  // A split written with the noun of a vote (33 votes to 28) is a vote, whatever else its sentence says.
  if (split.noun) return 'votes';
  const sentence = ctx.tokens[split.tokenStart]!.sentence;
  let votes = false;
  let score = false;
  for (let k = split.tokenStart; k >= 0 && ctx.tokens[k]!.sentence === sentence; k--) {
    votes ||= VOTE_WORDS.has(ctx.tokens[k]!.key);
    score ||= SCORE_WORDS.has(ctx.tokens[k]!.key);
  }
  for (let k = split.tokenEnd; k < ctx.tokens.length && ctx.tokens[k]!.sentence === sentence; k++) {
    votes ||= VOTE_WORDS.has(ctx.tokens[k]!.key);
    score ||= SCORE_WORDS.has(ctx.tokens[k]!.key);
  }
  if (votes === score) return undefined;
  return votes ? 'votes' : 'score';
}

/** A bench counted in the sentence of a unanimous decision (the court's five justices unanimously): its size. */
function unanimousBench(ctx: DrawContext, at: number): { value: number; tokenStart: number } | undefined {
  const sentence = ctx.tokens[at]!.sentence;
  const counted = numbers(ctx.analysis).filter((n) => ctx.tokens[n.tokenStart]!.sentence === sentence && n.value > 1 && n.value < 1000 && quantityNounAt(COUNT_NOUNS, ctx.tokens, n.tokenEnd)?.entry.en.includes('judges'));
  const bench = counted.length === 1 ? counted[0]! : undefined;
  return bench ? { value: bench.value, tokenStart: bench.tokenStart } : undefined;
}

/** Draws the article's vote splits, unanimous decisions of a counted bench and scores into `ctx.out.quantities`. */
export function drawSplits(ctx: DrawContext): void {
  const seen = new Set<string>();
  const push = (value: number, against: number, unit: 'votes' | 'score', tokenStart: number, tokenEnd: number) => {
    const signature = `${value}-${against}-${unit}`;
    if (seen.has(signature) || ctx.tokens[tokenStart]!.quote !== -1 || tokenStart < ctx.datelineEnd) return;
    seen.add(signature);
    const noun = unit === 'votes' ? VOTE_NOUN : SCORE_NOUN;
    ctx.out.quantities.push({ id: ctx.id(`${unit}-${value}-${against}`), value, against, unit, noun: { ar: [...noun.ar], en: [...noun.en] }, evidence: [ctx.clauseEvidence(tokenStart, tokenEnd)] });
  };
  for (const split of splits(ctx.analysis)) {
    const kind = kindOf(ctx, split);
    if (kind) push(split.value, split.against, kind, split.tokenStart, split.tokenEnd);
  }
  for (let k = 0; k < ctx.tokens.length; k++) {
    if (!UNANIMOUS.has(ctx.tokens[k]!.key)) continue;
    const bench = unanimousBench(ctx, k);
    if (bench) push(bench.value, 0, 'votes', Math.min(bench.tokenStart, k), Math.max(bench.tokenStart, k) + 1);
  }
}
