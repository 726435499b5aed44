/**
 * `quantity`, ordinals: a rank the article gives with an ordinal ("the second cyclone to hit
 * Queensland this season", «ثاني إعصار», «المرتبة الثانية»), written with another one ("the third
 * cyclone"). A fact is an ordinal one when its evidence clause writes its value as an ordinal
 * beside one of its nouns and its evidence does not write it as a number; a draft's ordinal beside
 * that noun is compared with it in a clause that names the fact's subject (a sentence that
 * restates the fact's own, for a fact without one), and not in one about another occasion. An
 * ordinal is never read as a count (`extract/ordinals.ts`).
 */
import type { Analysis, Token } from '../../analysis';
import { analyse, tokenLang } from '../../analysis';
import { numbers } from '../../extract/numbers';
import { tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { ordinalAt, ordinalLike, type Ordinal } from '../../extract/ordinals';
import { otherOccasion, restatesEvidence } from '../../align';
import { mentions } from '../../mentions';
import { wrongRank } from '../../messages';
import { evidenceClauses } from './evidenceClause';
import { withoutArticle } from './labels';
import { anotherTime } from './occasions';

/** The token an ordinal ranks: the noun after it ("second cyclone", «ثاني إعصار»), or before an Arabic one with the article («الإعصار الثاني»). */
function rankedAt(tokens: readonly Token[], i: number, ordinal: Ordinal): Token | undefined {
  const noun = ordinal.article ? tokens[i - 1] : tokens[i + 1];
  return noun && noun.clause === tokens[i]!.clause ? noun : undefined;
}

/** Whether a token is one of the fact's nouns (an Arabic one with or without its article). */
function isNounOf(knowledge: KnowledgeIndex, token: Token, fact: Entity<Quantity>): boolean {
  const keys = [...tokenStems(token).map((s) => s.stem), withoutArticle(token.key)];
  return keys.some((key) => knowledge.quantityNouns.get(key)?.includes(fact));
}

const ordinalFacts = new WeakMap<Entity<Quantity>, boolean>();

/** Whether the article gives the fact as an ordinal beside one of its nouns. */
function ordinalFact(knowledge: KnowledgeIndex, fact: Entity<Quantity>): boolean {
  let known = ordinalFacts.get(fact);
  if (known === undefined) {
    const clause = evidenceClauses(fact);
    const tokens = clause.tokens;
    // A figure the evidence also writes as a number is a count ("two goals, his second in the
    // 67th minute"), not a rank.
    const counted = numbers(analyse(fact.fact.evidence.map((evidence) => evidence.text).join('\n'), 'plaintext')).some((number) => number.value === fact.fact.value);
    known = !counted && tokens.some((token, i) => {
      const ordinal = ordinalAt(token);
      const noun = ordinal?.value === fact.fact.value ? rankedAt(tokens, i, ordinal) : undefined;
      return !!noun && isNounOf(knowledge, noun, fact);
    });
    ordinalFacts.set(fact, known);
  }
  return known;
}

/**
 * Whether the ordinal at token `at` is the fact's rank: the fact's subject (or a place inside it)
 * is named in its clause ("the third cyclone to hit Queensland"; a rank given another club or
 * region is that one's), or, for a fact without a subject, the sentence restates its evidence.
 */
function ranksSubject(analysis: Analysis, knowledge: KnowledgeIndex, fact: Entity<Quantity>, at: number): boolean {
  const tokens = analysis.tokens;
  if (!fact.fact.subject) return restatesEvidence(analysis, knowledge, tokens[at]!.sentence, fact);
  const subject = knowledge.resolve(fact, fact.fact.subject);
  if (!subject) return false;
  return mentions(analysis, knowledge).some(
    (mention) => tokens[mention.tokenStart]!.clause === tokens[at]!.clause && (knowledge.same(mention.entity, subject.key) || (subject.kind === 'place' && knowledge.placeWithin(mention.entity, subject.key))),
  );
}

const withOrdinals = new WeakMap<KnowledgeIndex, boolean>();

/**
 * Whether some fact a draft's noun may find (one with a noun) is an ordinal one, once per index:
 * most fact bases have none, and every word of every draft was read for an ordinal all the same.
 */
function hasOrdinalFacts(knowledge: KnowledgeIndex): boolean {
  let known = withOrdinals.get(knowledge);
  if (known === undefined) {
    known = false;
    for (const facts of knowledge.quantityNouns.values()) {
      if (!facts.some((fact) => ordinalFact(knowledge, fact))) continue;
      known = true;
      break;
    }
    withOrdinals.set(knowledge, known);
  }
  return known;
}

/** Reports each ordinal beside the noun of an ordinal fact that ranks otherwise than the article. */
export function checkOrdinals(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, reported: Set<number>): void {
  if (!hasOrdinalFacts(knowledge)) return;
  const tokens = analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const ordinal = ordinalAt(tokens[i]);
    const noun = ordinal ? rankedAt(tokens, i, ordinal) : undefined;
    if (!ordinal || !noun) continue;
    const sentence = tokens[i]!.sentence;
    const facts = tokenStems(noun).flatMap((s) => knowledge.quantityNouns.get(s.stem) ?? []).concat(knowledge.quantityNouns.get(withoutArticle(noun.key)) ?? []);
    const fact = facts.find((candidate) => ordinalFact(knowledge, candidate));
    if (!fact || fact.fact.value === ordinal.value || reported.has(tokens[i]!.oStart)) continue;
    if (!ranksSubject(analysis, knowledge, fact, i)) continue;
    if (otherOccasion(analysis, knowledge, sentence, fact, i) || anotherTime(analysis, fact, i)) continue;
    const actual = analysis.text.slice(tokens[i]!.oStart, tokens[i]!.oEnd);
    const expected = ordinalLike(fact.fact.value, ordinal, actual);
    reported.add(tokens[i]!.oStart);
    report({
      ruleId: 'quantity',
      range: { start: tokens[i]!.oStart, end: tokens[i]!.oEnd },
      lang: tokenLang(analysis, tokens[i]!),
      message: wrongRank({ noun: fact.fact.noun, value: fact.fact.value, actual }),
      actual,
      expected,
      fix: expected ? { text: expected } : undefined,
      factId: fact.id,
      evidence: knowledge.evidenceOf(fact.key),
    });
  }
}
