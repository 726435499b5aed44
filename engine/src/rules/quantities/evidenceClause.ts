/**
 * `quantity`, the article clause around a fact's evidence: the evidence text widened to the
 * article's punctuation on either side («في 27 مركزاً» is read in «جنّدت هذه السنة أكثر من 14 ألف
 * أستاذ للإصلاح في 27 مركزاً»), analysed once per fact. Labels (`labels.ts`) and times
 * (`occasions.ts`) read what the article says around a figure from it.
 */
import { analyse, type Analysis } from '../../analysis';
import type { Entity } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { articleOf } from '../../factBase/article';
import { incrementWord } from '../../extract/increments';

const clauses = new WeakMap<Entity<Quantity>, Analysis>();

/** The article clauses of a fact's evidence (its evidence texts where the article is not at hand), analysed. */
export function evidenceClauses(fact: Entity<Quantity>): Analysis {
  let analysis = clauses.get(fact);
  if (analysis) return analysis;
  const article = fact.factBase ? articleOf(fact.factBase) : undefined;
  const texts = fact.fact.evidence.map((evidence) => {
    if (!article || article.slice(evidence.start, evidence.end) !== evidence.text) return evidence.text;
    const before = article.slice(0, evidence.start).search(/[.,،؛;:\n][^.,،؛;:\n]*$/);
    const after = article.slice(evidence.end).search(/[.,،؛;:\n]/);
    return article.slice(before < 0 ? 0 : before + 1, after < 0 ? article.length : evidence.end + after);
  });
  analysis = analyse(texts.join('\n'), 'plaintext');
  clauses.set(fact, analysis);
  return analysis;
}

/**
 * Whether the article gives the fact itself as an increment or as other things than another
 * figure's ("another 200 to 300 millimetres", «ثلاثة سدود أخرى»): a draft's increment is then
 * compared with it like any figure.
 */
export function incrementFact(fact: Entity<Quantity>): boolean {
  return evidenceClauses(fact).tokens.some(incrementWord);
}
