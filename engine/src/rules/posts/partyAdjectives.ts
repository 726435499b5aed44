/**
 * Arabic relative adjectives (نسبة) made from the names of the parties a fact base knows: الاستقلالي
 * and الاستقلالية of حزب الاستقلال, الاتحادي of الاتحاد الاشتراكي, التجمعي of التجمع الوطني للأحرار.
 * The adjective is the first word of the name after its kind noun (حزب, حركة, تيار), without the
 * article and a final ة, with ي (masculine) or ية (feminine), with the article or without it: the
 * grammar of the nisba, written once here, not a list of any story's parties. A title's adjective
 * of this kind is the holder's party («الوزير الاستقلالي», «النائبة الاتحادية»), not a portfolio.
 */
import { nameKeys, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { Token } from '../../analysis';
import type { Organisation } from '../../factBase/schema';
import { ARABIC_ORGANISATION_HEADS } from '../../lexicon/organisations';
import type { PersonNamed } from '../../messages';
import { POLITICAL_KINDS, reportPartyWord, type PostContext } from './context';

/** Bases shorter than this make adjectives that are common words (الوطني of الوطن): not read. */
const MIN_BASE = 4;

const cache = new WeakMap<KnowledgeIndex, Map<string, Entity<Organisation>[]>>();

/** The folded adjectives of every political organisation of the fact bases, each with its organisations (built once per index). */
function adjectives(knowledge: KnowledgeIndex): Map<string, Entity<Organisation>[]> {
  let map = cache.get(knowledge);
  if (map) return map;
  map = new Map();
  for (const entity of knowledge.entities.values()) {
    // Only the fact bases' own parties: the reference lexicon's (الاتحاد الوطني الكردستاني) would
    // make «الاتحادي», "federal", a party's adjective in every story.
    if (entity.kind !== 'organisation' || !entity.factBase) continue;
    const org = entity as Entity<Organisation>;
    if (!POLITICAL_KINDS.has(org.fact.kind)) continue;
    for (const name of org.fact.names.ar) {
      const base = nisbaBase(nameKeys(name));
      if (!base) continue;
      for (const form of [base + 'ي', base + 'يه', 'ال' + base + 'ي', 'ال' + base + 'يه']) {
        const list = map.get(form) ?? [];
        if (!list.includes(org)) list.push(org);
        map.set(form, list);
      }
    }
  }
  cache.set(knowledge, map);
  return map;
}

/** The base of a name's adjective: its first word after a kind noun, without the article and a final ة (folded ه). */
function nisbaBase(keys: readonly string[]): string | undefined {
  let at = 0;
  while (at < keys.length - 1 && ARABIC_ORGANISATION_HEADS.get(keys[at]!.replace(/^ال/, '')) === 'political') at++;
  const word = keys[at];
  if (!word || !/^ال/.test(word)) return undefined;
  const base = word.slice(2).replace(/ه$/, '');
  // A name whose word is an adjective already (الحزب الاشتراكي) is read by the lexicon's sides.
  return base.length >= MIN_BASE && !base.endsWith('ي') ? base : undefined;
}

/** The known political organisations an Arabic word is the relative adjective of, if any. */
export function partiesOfAdjective(knowledge: KnowledgeIndex, token: Token): Entity<Organisation>[] | undefined {
  if (token.script !== 'ar' || !/(ي|يه)$/.test(token.key)) return undefined;
  return adjectives(knowledge).get(token.key);
}

/** The adjective of a party's name in the gender of the word `like` (ية or ي), with the article if `like` has it. */
export function adjectiveOf(party: Entity<Organisation>, like: Token): string | undefined {
  for (const name of party.fact.names.ar) {
    const words = name.split(/\s+/);
    const keys = nameKeys(name);
    if (words.length !== keys.length) continue;
    const base = nisbaBase(keys);
    if (!base) continue;
    const word = words[keys.findIndex((key) => key.replace(/^ال/, '').replace(/ه$/, '') === base)]!;
    const stem = word.replace(/^ال/, '').replace(/ة$/, '');
    return (like.key.startsWith('ال') ? 'ال' : '') + stem + (like.key.endsWith('يه') ? 'ية' : 'ي');
  }
  return undefined;
}

/** Reports an adjective of another party's name than the person's, fixed with their own party's adjective when its name makes one. */
export function reportAdjective(ctx: PostContext, token: Token, parties: readonly Entity<Organisation>[], personName: PersonNamed): void {
  reportPartyWord(ctx, token, token, parties, personName, 'ar', adjectiveOf(parties[0]!, token));
}
