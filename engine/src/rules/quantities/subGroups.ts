/**
 * `quantity`, a part of a count given by its place with its noun left out: «سقط 2012 قتيلاً
 * بينهم 1329 في إقليم الحوز», "7 people died, including 4 in Hammamet". The figure after a word
 * that opens a part (`lexicon/numbers.ts` `SUBGROUP_WORDS`) counts what the count before it
 * counts; with a place after it in its clause, it is compared with the fact of that thing whose
 * subject is that place (the article's 1,293 deaths in Al Haouz). A part with its own noun («بينهم
 * 12 طفلاً»), or with no known place, is not compared.
 */
import type { Analysis, Token } from '../../analysis';
import { tokenLang } from '../../analysis';
import { tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { NumberExpression } from '../../extract/numbers';
import type { Quantity } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { SUBGROUP_WORDS } from '../../lexicon/numbers';
import { wordKey } from '../../tokenKey';
import { hedgeAgrees, hedgesBefore } from '../../extract/hedges';
import { otherOccasion } from '../../align';
import { digitsLike } from '../../messages/digits';
import { wrongNumberFinding } from './finding';
import { verbCountFacts } from './verbCounts';
import { withoutArticle } from './labels';
import { countPlaces } from './countPlaces';
import { anotherTime } from './occasions';

const OPENERS = SUBGROUP_WORDS.map((words) => words.map(wordKey));

/** Words that may follow a part's figure before its place (in, at, «في»). */
const BEFORE_PLACE = new Set(['in', 'at', 'في', 'ب'].map(wordKey));

/** Whether a word that opens a part ends right before token `at`, in its clause or after a comma. */
function opensPart(tokens: readonly Token[], at: number): boolean {
  return OPENERS.some((keys) => keys.every((key, k) => tokens[at - keys.length + k]?.key === key && tokens[at - keys.length + k]!.sentence === tokens[at]!.sentence));
}

/** The count facts the figure `whole` counts, by the noun after it (or the verb beside a noun of people). */
function wholeFacts(analysis: Analysis, knowledge: KnowledgeIndex, whole: NumberExpression): Entity<Quantity>[] {
  const noun = analysis.tokens[whole.tokenEnd];
  if (!noun || noun.sentence !== analysis.tokens[whole.tokenStart]!.sentence) return [];
  const byVerb = verbCountFacts(analysis, knowledge, whole.tokenEnd, whole.tokenStart);
  if (byVerb) return byVerb;
  return [...new Set([...tokenStems(noun).flatMap((s) => knowledge.quantityNouns.get(s.stem) ?? []), ...(knowledge.quantityNouns.get(withoutArticle(noun.key)) ?? [])])];
}

/** Reports each part of a count, given by its place, that is not the article's figure for that place. */
export function checkSubGroups(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly NumberExpression[], report: (draft: Draft) => void, reported: Set<number>): void {
  const tokens = analysis.tokens;
  for (const part of all) {
    if (!opensPart(tokens, part.tokenStart) || reported.has(part.start)) continue;
    const next = tokens[part.tokenEnd];
    const clause = tokens[part.tokenStart]!.clause;
    if (!next || next.clause !== clause || !BEFORE_PLACE.has(next.key)) continue;
    const sentence = tokens[part.tokenStart]!.sentence;
    const whole = [...all].reverse().find((n) => n.tokenEnd <= part.tokenStart && tokens[n.tokenStart]!.sentence === sentence);
    if (!whole) continue;
    const places = countPlaces(analysis, knowledge, sentence).filter((mention) => mention.tokenStart >= part.tokenEnd && tokens[mention.tokenStart]!.clause === clause);
    const facts = wholeFacts(analysis, knowledge, whole).filter((fact) => {
      const subject = fact.fact.unit === 'count' ? knowledge.resolve(fact, fact.fact.subject) : undefined;
      return subject?.kind === 'place' && places.some((mention) => knowledge.same(mention.entity, subject.key));
    });
    const fact = facts[0];
    if (!fact || facts.some((other) => other.fact.value === part.value || hedgeAgrees(hedgesBefore(tokens, part.tokenStart), part.value, other.fact.value))) continue;
    if (otherOccasion(analysis, knowledge, sentence, fact, part.tokenStart) || anotherTime(analysis, fact, part.tokenStart)) continue;
    reported.add(part.start);
    const actual = analysis.text.slice(part.start, part.end);
    const expected = part.style === 'digits' ? digitsLike(fact.fact.value, actual) : String(fact.fact.value);
    report(wrongNumberFinding(knowledge, fact, { range: { start: part.start, end: part.end }, lang: tokenLang(analysis, tokens[part.tokenStart]!), actual, expected, fix: { text: expected } }));
  }
}
