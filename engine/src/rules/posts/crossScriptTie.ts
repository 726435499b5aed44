/**
 * A tie to an organisation named in the other script than all its names in the fact base: «العضو
 * في حزب بلايد كامري» for a story whose parties are named in English only, "a member of the Labour
 * Party" for one whose parties are named in Arabic only. The draft's phrase cannot be matched with
 * the names, so its words are read two ways: by their consonants (`scope/skeleton.ts`: بلايد كامري
 * has those of Plaid Cymru) and, for a party, by the side its words name (`lexicon/parties.ts`:
 * العمال and Labour, المحافظين and the Conservatives).
 *
 * The phrase agrees with the person's organisation when one of its words has the consonants of one
 * of that organisation's words, or names that organisation's side; it contradicts it when all its
 * words name another side, or when one has the consonants of another organisation of the story of
 * the same class and none those of the person's; anything else is not judged.
 */
import type { Token } from '../../analysis';
import { nameKeys, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { Organisation } from '../../factBase/schema';
import { ARABIC_GENITIVES_OF_ENGLISH, CLASS_OF_KIND, type OrganisationClass } from '../../lexicon/organisations';
import { wordKey } from '../../tokenKey';
import { PARTY_SIDE } from '../../lexicon/parties';
import { arabicSkeleton, isArabicWord, latinSkeletons } from '../../scope/skeleton';

/** What the phrase's words say of the person's organisations: the same one, another one, or nothing. */
export type CrossVerdict = 'agrees' | 'contradicts' | 'unknown';

/** The skeletons of a folded word of either script, without its article. */
function wordSkeletons(word: string): string[] {
  return isArabicWord(word) ? [arabicSkeleton(word)] : latinSkeletons(word);
}

/** Whether a draft word has the consonants of a word of the organisation's names in the other script. */
function soundsLike(token: Token, org: Entity<Organisation>): boolean {
  const mine = wordSkeletons(token.key).filter((skeleton) => skeleton.length >= 2);
  if (mine.length === 0) return false;
  const names = token.script === 'ar' ? org.fact.names.en : org.fact.names.ar;
  return (names ?? []).some((name) => nameKeys(name).some((word) => wordSkeletons(word).some((skeleton) => mine.includes(skeleton))));
}

/**
 * The party sides the words of an organisation's names name (labour for "Labour Party" and «حزب
 * العمال»), or that their Arabic translation names (the Workers' Party is «حزب العمال» too).
 */
function sidesOf(org: Entity<Organisation>): Set<number> {
  const out = new Set<number>();
  for (const name of [...(org.fact.names.ar ?? []), ...(org.fact.names.en ?? [])]) {
    for (const word of nameKeys(name)) {
      const translated = ARABIC_GENITIVES_OF_ENGLISH.get(word);
      const side = PARTY_SIDE.get(word) ?? (translated === undefined ? undefined : PARTY_SIDE.get(wordKey(translated)));
      if (side !== undefined) out.add(side);
    }
  }
  return out;
}

const classCache = new WeakMap<KnowledgeIndex, Map<OrganisationClass, Entity<Organisation>[]>>();

/** The story's organisations of one class, listed once per knowledge index. */
function organisationsOfClass(knowledge: KnowledgeIndex, cls: OrganisationClass): readonly Entity<Organisation>[] {
  let byClass = classCache.get(knowledge);
  if (!byClass) {
    byClass = new Map();
    for (const entity of knowledge.entities.values()) {
      if (entity.kind !== 'organisation' || entity.factBase === undefined) continue;
      const org = entity as Entity<Organisation>;
      const own = CLASS_OF_KIND[org.fact.kind];
      if (!own) continue;
      const list = byClass.get(own) ?? [];
      list.push(org);
      byClass.set(own, list);
    }
    classCache.set(knowledge, byClass);
  }
  return byClass.get(cls) ?? [];
}

/**
 * Whether the words of a phrase naming an organisation of class `cls` in the other script than
 * the person's organisations' names (`own`) name one of them, another of the story, or neither.
 */
export function crossScriptVerdict(knowledge: KnowledgeIndex, content: readonly Token[], own: readonly Entity<Organisation>[], cls: OrganisationClass): CrossVerdict {
  if (content.length === 0) return 'unknown';
  if (content.some((token) => own.some((org) => soundsLike(token, org)))) return 'agrees';
  const ownSides = new Set(own.flatMap((org) => [...sidesOf(org)]));
  const sides = content.map((token) => PARTY_SIDE.get(token.key.replace(/^(ال|بال|لل|وال)/, 'ال')) ?? PARTY_SIDE.get(token.key));
  if (cls === 'political' && sides.some((side) => side !== undefined && ownSides.has(side))) return 'agrees';
  if (cls === 'political' && sides.every((side) => side !== undefined)) return 'contradicts';
  const others = organisationsOfClass(knowledge, cls).filter((org) => !own.some((mine) => mine.key === org.key));
  return content.some((token) => others.some((org) => soundsLike(token, org))) ? 'contradicts' : 'unknown';
}
