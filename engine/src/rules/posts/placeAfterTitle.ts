/**
 * `post-holder`: the words after a title that name a place, for a post the fact base ties to no
 * organisation. Such words say where the post is held («رئيسة بلدية …», «رئيسة البلدية التنفيذية
 * لمدينة …»), which `postArea.ts` compares; they are no other post. A place is a place mention,
 * with the nouns of a place before it (لمدينة, لبلدة), or Arabic words that write a place the fact
 * base names in Latin letters only (`crossScriptPlaces.ts` `writesLatinPlace`: «لخليج نيلسون
 * مانديلا» for Nelson Mandela Bay).
 */
import type { Analysis, Token } from '../../analysis';
import type { Mention } from '../../mentions';
import type { KnowledgeIndex } from '../../knowledge';
import { tokenStems } from '../../knowledge';
import { writesLatinPlace } from '../../crossScriptPlaces';
import { ARABIC_PLACE_NOUNS } from '../../lexicon/words';
import { organisationHead } from './unknownOrganisation';

/** Whether a token is an Arabic noun of a place behind its clitics (لمدينة, بلدة). */
function placeNoun(token: Token): boolean {
  return token.script === 'ar' && tokenStems(token).some(({ stem }) => ARABIC_PLACE_NOUNS.has(stem));
}

/**
 * Whether the words `unknown` (a contiguous run of a title's specifier) all name a place: each in
 * a place mention of `nonPeople` or a noun of a place right before one, or together the Arabic
 * writing of a place the fact base names in Latin letters only, with no head of an organisation's
 * name among them (the university of «لجامعة نيلسون مانديلا» is a body, not the place).
 */
export function namesPlace(analysis: Analysis, knowledge: KnowledgeIndex, nonPeople: readonly Mention[], unknown: readonly Token[]): boolean {
  const tokens = analysis.tokens;
  const inPlace = (index: number) => nonPeople.some((mention) => mention.kind === 'place' && index >= mention.tokenStart && index < mention.tokenEnd);
  const placed = unknown.every((token) => inPlace(token.index) || (placeNoun(token) && inPlace(token.index + 1) && tokens[token.index + 1]!.clause === token.clause));
  return placed || (!unknown.some((token) => organisationHead(analysis, token)) && writesLatinPlace(knowledge, unknown));
}
