/**
 * `quantity`, the nouns of a fact given in one language only, read in a draft of the other: a fact
 * base written for an English article, or drawn from one, names what a figure counts in English
 * (savings, passengers, loan), and an Arabic draft restates it with its own word (الوفورات, راكب,
 * قرض). A draft's word names such a fact when it is a word of the concept (`lexicon/concepts.ts`)
 * of one of the fact's one-word nouns and the fact gives no noun in the word's language: where it
 * does, its own nouns are what a draft's word is compared with, as before. A duration whose noun
 * is its unit's own word (hours) is named by the unit's word of the other language («ساعة»), but
 * not a number of years, which an Arabic draft writes for ages too («(34 عاماً)»).
 */
import type { Token } from '../../analysis';
import { tokenConcept, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { wordConcept } from '../../lexicon/concepts';
import { wordKey } from '../../tokenKey';
import { tokenStems } from '../../knowledge';
import { UNIT_WORDS } from '../../lexicon/numbers';

type Lang = 'ar' | 'en';

/** The language a draft's word is written in, by its script; digits and other scripts have none. */
function wordLang(token: Token): Lang | undefined {
  if (token.script === 'ar') return 'ar';
  return token.script === 'latin' ? 'en' : undefined;
}

/** The concepts of a fact's one-word nouns in `lang`. */
function nounConcepts(fact: Quantity, lang: Lang): string[] {
  return (fact.noun?.[lang] ?? [])
    .filter((noun) => !/\s/.test(noun.trim()))
    .map((noun) => wordConcept(wordKey(noun)))
    .filter((concept): concept is string => !!concept);
}

/** The concepts of a fact's nouns a word of `lang` may name it by: none when the fact gives a noun in `lang`. */
function conceptsFor(fact: Quantity, lang: Lang): string[] {
  if ((fact.noun?.[lang] ?? []).length > 0) return [];
  return nounConcepts(fact, lang === 'ar' ? 'en' : 'ar');
}

const byConceptOf = new WeakMap<KnowledgeIndex, Record<Lang, Map<string, Entity<Quantity>[]>>>();

/** For each language, the facts each concept names in it (`conceptsFor`), built once per knowledge index. */
function factsByConcept(knowledge: KnowledgeIndex): Record<Lang, Map<string, Entity<Quantity>[]>> {
  let maps = byConceptOf.get(knowledge);
  if (maps) return maps;
  maps = { ar: new Map(), en: new Map() };
  for (const fact of knowledge.quantities) {
    for (const lang of ['ar', 'en'] as const) {
      for (const concept of new Set(conceptsFor(fact.fact, lang))) maps[lang].set(concept, [...(maps[lang].get(concept) ?? []), fact]);
    }
  }
  byConceptOf.set(knowledge, maps);
  return maps;
}

/** The time units whose word a fact's noun may be and a draft's word of the other language names: not years. */
const UNIT_NOUNS: ReadonlySet<string> = new Set(['hour', 'minute', 'day', 'week', 'month']);

/** The time unit of {@link UNIT_NOUNS} a word is the word of (hours, «ساعات»), if any. */
function unitOfWord(key: string): string | undefined {
  const unit = tokenStems({ key }).map(({ stem }) => UNIT_WORDS[stem]).find((found) => found !== undefined);
  return unit && UNIT_NOUNS.has(unit) ? unit : undefined;
}

/** Whether one of a fact's nouns in the other language than `lang` is the word of its own unit (hours for a fact in hours). */
function nounIsUnit(fact: Quantity, lang: Lang): boolean {
  if ((fact.noun?.[lang] ?? []).length > 0) return false;
  return (fact.noun?.[lang === 'ar' ? 'en' : 'ar'] ?? []).some((noun) => unitOfWord(wordKey(noun)) === fact.unit);
}

/** The facts whose noun is their unit's word in the other language, named by the draft's unit word at `token` («ساعة» for hours). */
export function unitWordFacts(knowledge: KnowledgeIndex, token: Token): Entity<Quantity>[] | undefined {
  const lang = wordLang(token);
  const unit = lang ? unitOfWord(token.key) : undefined;
  if (!lang || !unit) return undefined;
  const facts = knowledge.quantities.filter((fact) => fact.fact.unit === unit && nounIsUnit(fact.fact, lang));
  return facts.length > 0 ? facts : undefined;
}

/** Whether the draft's word at `token` is the unit word that names `fact` in the other language than its nouns («ساعة» for hours). */
export function namesByUnitWord(token: Token, fact: Quantity): boolean {
  const lang = wordLang(token);
  return !!lang && unitOfWord(token.key) === fact.unit && nounIsUnit(fact, lang);
}

/** The facts of units `units` the draft's word at `token` names through a noun of the other language. */
export function otherLanguageFacts(knowledge: KnowledgeIndex, token: Token, units: ReadonlySet<string>): Entity<Quantity>[] | undefined {
  const lang = wordLang(token);
  const concept = lang ? tokenConcept(token) : undefined;
  if (!lang || !concept) return undefined;
  const facts = factsByConcept(knowledge)[lang].get(concept)?.filter((fact) => units.has(fact.fact.unit));
  return facts && facts.length > 0 ? facts : undefined;
}

/** Whether the draft's word at `token` names `fact` through a noun of the other language. */
export function namesInOtherLanguage(token: Token, fact: Quantity): boolean {
  const lang = wordLang(token);
  const concept = lang ? tokenConcept(token) : undefined;
  return !!lang && !!concept && conceptsFor(fact, lang).includes(concept);
}
