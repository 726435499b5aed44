/**
 * `quantity`, people counted with a verb: "64 people were killed", «قتل 64 شخصاً», "injuring 121
 * others". A word that counts no one kind of thing (people, persons, others, شخص, آخرين) takes its
 * meaning from the verb beside it: the count facts whose noun or qualifier is a word of the verb's
 * concept (`lexicon/concepts.ts`: killed, قتل, قتلى and وفاة are one) are the facts it may mean.
 */
import type { Analysis } from '../../analysis';
import { tokenConceptKey, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { conceptKey, THING_CONCEPTS } from '../../lexicon/concepts';
import { contentStem } from '../../text/stem';
import { wordKey } from '../../tokenKey';


/**
 * Words that count people without saying what befell them (folded); with them the pronoun of a
 * part of those named before ("2,300 workers, nine of whom died", «توفي تسعة منهم»), which the
 * verb beside it gives a meaning as well.
 */
export const PERSON_WORDS: ReadonlySet<string> = new Set(['people', 'persons', 'others', 'whom', 'شخص', 'شخصا', 'أشخاص', 'آخرين', 'آخرون', 'نسمة', 'منهم'].map(wordKey));

/**
 * Lives counted after a verb that takes them ("claimed 2,012 lives", "took one life", "cost 40
 * lives") are deaths; lives counted after another verb ("saved 40 lives") are not (folded).
 */
const LIVES: ReadonlySet<string> = new Set(['lives', 'life'].map(wordKey));
const LIFE_TAKERS: ReadonlySet<string> = new Set(['claimed', 'claim', 'claims', 'claiming', 'took', 'take', 'takes', 'taking', 'cost', 'costs', 'costing'].map(wordKey));

/**
 * «فقد» before a count of people (وفُقد 41 شخصاً) makes them the missing, unless their lives follow
 * the count (فقد 14 شخصاً حياتهم): then they are the dead (folded, without a clitic و or ف).
 */
const LOSS_VERBS: ReadonlySet<string> = new Set(['فقد', 'فقدت', 'فقدوا'].map(wordKey));
const LIVES_LOST: ReadonlySet<string> = new Set(['حياته', 'حياتها', 'حياتهم', 'حياتهن', 'أرواحهم', 'أرواحهن', 'أرواحا'].map(wordKey));

/** Whether a token joins another phrase on: and, or, an Arabic word behind و. */
function coordinates(token: { key: string; script: string } | undefined): boolean {
  if (!token) return false;
  return token.key === 'and' || token.key === 'or' || (token.script === 'ar' && token.key.length > 3 && token.key.startsWith('و'));
}

/** English determiners that make the word after them a noun (the projects, its plants), folded. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our'].map(wordKey));

/**
 * Whether the token at `k` is a definite noun: an Arabic word with the article, behind a clitic or
 * not (المشاريع, والمشاريع), or an English word after a determiner (the projects). Before the count
 * such a word is the subject of the verb («ستخدم المشاريع 68 ألف نسمة»), not what befell the
 * people counted.
 */
function definiteNoun(analysis: Analysis, k: number): boolean {
  const token = analysis.tokens[k]!;
  if (token.script === 'ar') return /^[وفبل]?ال../.test(token.key) || /^لل../.test(token.key);
  const before = analysis.tokens[k - 1];
  return token.script === 'latin' && !!before && before.clause === token.clause && DETERMINERS.has(before.key);
}

/** How far from the number and its noun the verb may stand, in words of their clause. */
const REACH = 4;

/**
 * How far before the number a verb that opens its clause may stand, its subject and a place
 * between (قتلت الانهيارات الأرضية في منطقة دولاكا 32 شخصاً).
 */
const OPENING_REACH = 7;

const conceptFactsOf = new WeakMap<KnowledgeIndex, Map<string, Entity<Quantity>[]>>();

/** The count facts of each concept that one of their nouns or qualifiers is a word of. */
function conceptFacts(knowledge: KnowledgeIndex): Map<string, Entity<Quantity>[]> {
  let map = conceptFactsOf.get(knowledge);
  if (map) return map;
  map = new Map();
  for (const fact of knowledge.quantities) {
    if (fact.fact.unit !== 'count') continue;
    const q = fact.fact;
    const words = [...(q.noun?.ar ?? []), ...(q.noun?.en ?? []), ...(q.qualifier?.ar ?? []), ...(q.qualifier?.en ?? [])].flatMap((text) => text.split(/\s+/));
    const conceptsOf = (list: readonly string[]) => new Set(list.map((word) => conceptKey(contentStem(wordKey(word)) ?? '')).filter((concept) => concept.startsWith('~')));
    // A fact counted with a bare word (800 people, «نحو 800 شخص») takes its concept from the verb
    // of its own evidence («أودى بحياة نحو 800 شخص»).
    let concepts = conceptsOf(words);
    if (concepts.size === 0) concepts = conceptsOf(q.evidence.flatMap((evidence) => evidence.text.split(/\s+/)));
    for (const concept of concepts) map.set(concept, [...(map.get(concept) ?? []), fact]);
  }
  conceptFactsOf.set(knowledge, map);
  return map;
}

/**
 * The count facts that the people counted at token `noun` (a word of `PERSON_WORDS`, after the
 * number that starts at token `numberStart`) may be: those of the concept of the nearest word of
 * the clause, within `REACH` words, whose concept some count fact has. Undefined when the noun
 * counts something else or no such verb stands by it.
 */
export function verbCountFacts(analysis: Analysis, knowledge: KnowledgeIndex, noun: number, numberStart: number): Entity<Quantity>[] | undefined {
  const tokens = analysis.tokens;
  const clause = tokens[noun]!.clause;
  if (LIVES.has(tokens[noun]!.key)) {
    // The taker stands right before the figure or its hedge ("claimed more than 2,000 lives").
    const taker = [1, 2, 3].some((step) => tokens[numberStart - step]?.clause === clause && LIFE_TAKERS.has(tokens[numberStart - step]!.key));
    return taker ? conceptFacts(knowledge).get('~kill') : undefined;
  }
  if (!PERSON_WORDS.has(tokens[noun]!.key)) return undefined;
  const byConcept = conceptFacts(knowledge);
  if (byConcept.size === 0) return undefined;
  const loss = lossFacts(analysis, byConcept, noun, numberStart);
  if (loss) return loss;
  // After the noun, a conjunction starts another verb's phrase: «أودى بحياة 2021 شخصاً وأصاب 2059
  // آخرين» counts deaths, not the injured of «وأصاب».
  let after = true;
  for (let step = 1; step <= REACH; step++) {
    if (after && coordinates(tokens[noun + step])) after = false;
    for (const k of after ? [numberStart - step, noun + step] : [numberStart - step]) {
      const token = tokens[k];
      if (!token || token.clause !== clause || (k < numberStart && definiteNoun(analysis, k))) continue;
      // A thing beside the people (their houses) is not what befell them: the next word may be.
      const key = tokenConceptKey(token);
      const facts = key && !THING_CONCEPTS.has(key) ? byConcept.get(key) : undefined;
      if (facts) return facts;
    }
  }
  return openingVerbFacts(analysis, byConcept, numberStart);
}

/** The facts of «فقد» right before the count (or its hedge): the dead when lives follow the noun, else the missing. */
function lossFacts(analysis: Analysis, byConcept: Map<string, Entity<Quantity>[]>, noun: number, numberStart: number): Entity<Quantity>[] | undefined {
  const tokens = analysis.tokens;
  const clause = tokens[noun]!.clause;
  const verb = [1, 2].find((step) => tokens[numberStart - step]?.clause === clause && LOSS_VERBS.has(tokens[numberStart - step]!.key.replace(/^[وف](?=فقد)/, '')));
  if (verb === undefined) return undefined;
  const lives = [1, 2].some((step) => tokens[noun + step]?.clause === clause && LIVES_LOST.has(tokens[noun + step]!.key));
  return byConcept.get(lives ? '~kill' : '~missing');
}

/**
 * The facts of a verb that opens the count's clause further off than `REACH`, its subject and a
 * place between: only the clause's first word, so a noun of the subject is never read as the verb.
 */
function openingVerbFacts(analysis: Analysis, byConcept: Map<string, Entity<Quantity>[]>, numberStart: number): Entity<Quantity>[] | undefined {
  const tokens = analysis.tokens;
  const clause = tokens[numberStart]!.clause;
  for (let k = numberStart - REACH - 1; k >= 0 && numberStart - k <= OPENING_REACH && tokens[k]!.clause === clause; k--) {
    if (tokens[k - 1]?.clause === clause) continue;
    const key = definiteNoun(analysis, k) ? undefined : tokenConceptKey(tokens[k]!);
    return key && !THING_CONCEPTS.has(key) ? byConcept.get(key) : undefined;
  }
  return undefined;
}
