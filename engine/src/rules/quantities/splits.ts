/**
 * `quantity`, splits: a vote or a bench split (four to one, 2-1, 4 مقابل 1) that differs from the
 * article's (`unit: votes` with `against`: 5 against 0 for a unanimous ruling), and a match's score
 * (`unit: score` with `against`: won 2-1). A split is tied to
 * the facts whose event the sentence names by a trigger, or whose evidence sentence it restates;
 * a split the fact base gives anywhere is never flagged. A row of a vote table (`extract/tableSplits.ts`)
 * gives the two sides in its columns, in either order: a row with one side of exactly one split
 * fact and another figure than its other side has that figure wrong ("| SNP amendment | 26 | 38 |"
 * for 36 votes to 26).
 */
import type { Analysis } from '../../analysis';
import { tokenLang } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import { restatesEvidence } from '../../align';
import { supportedEvents, triggerHits } from '../../events';
import { splits, type Split } from '../../extract/splits';
import { tableSplits, type TableSplit } from '../../extract/tableSplits';
import type { Quantity } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { wrongSplit } from '../../messages';
import { ENGLISH_DISPLAY } from '../../lexicon/numbers';

/**
 * The split facts the sentence of `split` speaks of. The split's own noun (33 votes to 28) names
 * no event: it is a trigger of every vote of the article, and would tie the amendment's split to
 * the budget's vote too.
 */
function tiedFacts(analysis: Analysis, knowledge: KnowledgeIndex, facts: Entity<Quantity>[], split: Split): Entity<Quantity>[] {
  const hits = triggerHits(analysis, knowledge);
  const sentence = analysis.tokens[split.tokenStart]!.sentence;
  const outside = (tokenStart: number) => tokenStart < split.tokenStart || tokenStart >= split.tokenEnd;
  const events = new Set(
    hits
      .filter((hit) => analysis.tokens[hit.tokenStart]!.sentence === sentence && outside(hit.tokenStart))
      .flatMap((hit) => supportedEvents(analysis, knowledge, hits, hit).map((event) => event.key)),
  );
  return facts.filter((fact) => events.has(knowledge.resolve(fact, fact.fact.subject)?.key ?? '') || restatesEvidence(analysis, knowledge, sentence, fact));
}

/** The article's split in the draft's way of writing it: unanimously, 2-1, two to one. */
function expectedText(analysis: Analysis, split: Split, fact: Quantity, lang: 'ar' | 'en'): string {
  if (fact.against === 0 && fact.unit === 'votes') return lang === 'ar' ? 'بالإجماع' : 'unanimously';
  const against = fact.against!;
  if (split.style === 'digits') return `${fact.value}${analysis.text.slice(split.start, split.end).replace(/^\d+|\d+$/g, '')}${against}`;
  const noun = split.noun ? `${split.noun} ` : '';
  return lang === 'ar' ? `${fact.value} ${noun}مقابل ${against}` : `${ENGLISH_DISPLAY[fact.value] ?? fact.value} ${noun}to ${ENGLISH_DISPLAY[against] ?? against}`;
}

/**
 * The wrong figure of a vote table's row and the fact it is compared with: the row's other figure
 * is one side of exactly one of the vote facts, and this one is not its other side.
 */
function wrongSide(row: TableSplit, facts: readonly Entity<Quantity>[]): { wrong: TableSplit['for']; fact: Entity<Quantity>; expected: number } | undefined {
  const sides = (fact: Entity<Quantity>) => [fact.fact.value, fact.fact.against!];
  const holding = (value: number) => facts.filter((fact) => sides(fact).includes(value));
  const forFacts = holding(row.for.value);
  const againstFacts = holding(row.against.value);
  if (forFacts.length + againstFacts.length !== 1) return undefined;
  const [fact, kept, wrong] = forFacts.length === 1 ? [forFacts[0]!, row.for, row.against] : [againstFacts[0]!, row.against, row.for];
  const [value, against] = sides(fact);
  return { wrong, fact, expected: kept.value === value ? against! : value! };
}

/** Checks the rows of the draft's vote tables against the article's votes. */
function checkTableSplits(analysis: Analysis, knowledge: KnowledgeIndex, facts: readonly Entity<Quantity>[], report: (draft: Draft) => void): void {
  for (const row of tableSplits(analysis)) {
    const found = wrongSide(row, facts.filter((fact) => fact.fact.unit === 'votes'));
    if (!found) continue;
    const lang = tokenLang(analysis, analysis.tokens[row.labelStart]!);
    const actual = analysis.text.slice(found.wrong.start, found.wrong.end);
    const expected = String(found.expected);
    report({
      ruleId: 'quantity',
      range: { start: found.wrong.start, end: found.wrong.end },
      lang,
      message: wrongSplit({ value: found.fact.fact.value, against: found.fact.fact.against!, actual }),
      actual,
      expected,
      fix: { text: expected },
      factId: found.fact.id,
      evidence: knowledge.evidenceOf(found.fact.key),
    });
  }
}

/** Checks every split of the draft against the split of the event it is about. */
export function checkSplits(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void): void {
  const facts = knowledge.quantities.filter((q) => (q.fact.unit === 'votes' || q.fact.unit === 'score') && q.fact.against !== undefined);
  if (facts.length === 0) return;
  checkTableSplits(analysis, knowledge, facts, report);
  for (const split of splits(analysis)) {
    if (facts.some((q) => q.fact.value === split.value && q.fact.against === split.against)) continue;
    const tied = tiedFacts(analysis, knowledge, facts, split);
    if (new Set(tied.map((q) => `${q.fact.value}:${q.fact.against}`)).size !== 1) continue;
    const fact = tied[0]!;
    const lang = tokenLang(analysis, analysis.tokens[split.tokenStart]!);
    const actual = analysis.text.slice(split.start, split.end);
    const expected = expectedText(analysis, split, fact.fact, lang);
    report({
      ruleId: 'quantity',
      range: { start: split.start, end: split.end },
      lang,
      message: wrongSplit({ value: fact.fact.value, against: fact.fact.against!, actual, score: fact.fact.unit === 'score' }),
      actual,
      expected,
      fix: { text: expected },
      factId: fact.id,
      evidence: knowledge.evidenceOf(fact.key),
    });
  }
}
